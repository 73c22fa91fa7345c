"""``labeldesk agreement``, run as a user runs it, on published worked examples and bad files."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from cli_helpers import assert_one_line_error, labeldesk

from labeldesk.review.agreement import cohen_kappa
from labeldesk.review.ratings import mean_pairwise_cohen_kappa, read_ratings

METRICS = Path("/work/shared/data/metrics")
OUR_METRICS = Path(__file__).resolve().parents[1] / "data" / "metrics"
#: The keys the issue lists for --json; cohen_kappa and fleiss_kappa only when they apply.
ALWAYS = {
    "n_items",
    "n_annotators",
    "percent_agreement",
    "mean_pairwise_cohen_kappa",
    "krippendorff_alpha",
}


def write_csv(path: Path, rows: list[tuple[object, object, object]]) -> Path:
    lines = ["item,annotator,label", *(f"{i},{a},{lab}" for i, a, lab in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def fleiss_csv(tmp_path: Path) -> Path:
    """The Wikipedia 10 x 5 count table as ratings: 14 ratings per item, category c1..c5."""
    table = json.loads((METRICS / "fleiss_kappa_wikipedia_10x5.json").read_text())["table"]
    rows = []
    for item, counts in enumerate(table):
        labels = [f"c{c + 1}" for c, n in enumerate(counts) for _ in range(n)]
        rows += [(f"s{item}", f"r{a}", lab) for a, lab in enumerate(labels)]
    return write_csv(tmp_path / "fleiss.csv", rows)


@pytest.fixture
def kripp_jsonl(tmp_path: Path) -> Path:
    """Krippendorff's (2011) 4 observers x 12 units, null ratings left out."""
    data = json.loads((METRICS / "krippendorff_alpha_2011_4x12.json").read_text())["ratings"]
    path = tmp_path / "kripp.jsonl"
    lines = [
        json.dumps({"item": f"u{u + 1}", "annotator": "ABCD"[o], "label": value})
        for o, row in enumerate(data)
        for u, value in enumerate(row)
        if value is not None
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_json(*args: str) -> dict:
    return run_json_and_warnings(*args)[0]


def run_json_and_warnings(*args: str) -> tuple[dict, list[str]]:
    """The --json object on stdout, and the warnings on stderr."""
    proc = labeldesk("agreement", *args, "--json")
    assert proc.returncode == 0, proc.stderr
    warnings = proc.stderr.splitlines()
    assert all(line.startswith("warning: ") for line in warnings), proc.stderr
    return json.loads(proc.stdout), [line.removeprefix("warning: ") for line in warnings]


def assert_estimates(result: dict) -> None:
    """Every statistic is null or a value with its interval around it."""
    for key in set(result) - {"n_items", "n_annotators"}:
        est = result[key]
        if est is None:
            continue
        assert set(est) == {"value", "ci_low", "ci_high"}, key
        assert est["ci_low"] <= est["value"] <= est["ci_high"], key


def test_fleiss_worked_example_gives_0_210(fleiss_csv):
    proc = labeldesk("agreement", str(fleiss_csv))
    assert proc.returncode == 0, proc.stderr
    assert "10 items, 14 annotators, 140 ratings" in proc.stdout
    line = next(x for x in proc.stdout.splitlines() if "Fleiss' kappa" in x)
    assert "0.210" in line
    assert "95% CI" in line
    result = run_json(str(fleiss_csv))
    fleiss = result["fleiss_kappa"]
    assert round(fleiss["value"], 3) == 0.210
    assert fleiss["ci_low"] < fleiss["value"] < fleiss["ci_high"]
    assert result["percent_agreement"]["value"] == pytest.approx(0.378, abs=5e-4)


@pytest.mark.parametrize(
    ("level", "expected"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_worked_example_at_each_level(kripp_jsonl, level, expected):
    result = run_json(str(kripp_jsonl), "--level", level)
    assert round(result["krippendorff_alpha"]["value"], 3) == expected
    assert set(result) == ALWAYS


def test_json_shape(kripp_jsonl):
    result, warnings = run_json_and_warnings(str(kripp_jsonl))
    # Four annotators: no cohen_kappa. Items have 1 to 4 ratings: no fleiss_kappa.
    assert set(result) == ALWAYS
    assert (result["n_items"], result["n_annotators"]) == (12, 4)
    for key in ALWAYS - {"n_items", "n_annotators"}:
        assert result[key] is not None, key
    assert_estimates(result)
    assert any("Fleiss' kappa not shown" in w for w in warnings)
    assert any("at least 30 shared items" in w for w in warnings)
    text = labeldesk("agreement", str(kripp_jsonl))
    assert "41 ratings" in text.stdout
    assert "Fleiss' kappa:" in text.stdout
    assert "n/a" in text.stdout


def test_json_keys_with_two_annotators_and_complete_items(tmp_path):
    rows = [(f"i{n}", who, lab) for n in range(40) for who, lab in (("A", n % 3), ("B", n % 4))]
    result, _ = run_json_and_warnings(str(write_csv(tmp_path / "two.csv", rows)))
    assert set(result) == ALWAYS | {"cohen_kappa", "fleiss_kappa"}
    assert result["cohen_kappa"] == result["mean_pairwise_cohen_kappa"]
    assert_estimates(result)


def test_json_keys_with_many_annotators_and_complete_items(fleiss_csv):
    result = run_json(str(fleiss_csv))
    assert set(result) == ALWAYS | {"fleiss_kappa"}  # 14 annotators: no cohen_kappa
    assert result["n_annotators"] == 14
    assert_estimates(result)


def test_json_keys_with_two_annotators_and_missing_ratings(tmp_path):
    rows = [(f"i{n}", "A", n % 3) for n in range(40)] + [(f"i{n}", "B", n % 2) for n in range(30)]
    result = run_json(str(write_csv(tmp_path / "gaps.csv", rows)))
    assert set(result) == ALWAYS | {"cohen_kappa"}  # items have 1 or 2 ratings: no Fleiss
    assert_estimates(result)


def test_undefined_statistic_is_null_with_a_warning(tmp_path):
    # Both annotators always say "x": every chance-corrected statistic is undefined.
    rows = [(f"i{n}", who, "x") for n in range(5) for who in "AB"]
    result, warnings = run_json_and_warnings(str(write_csv(tmp_path / "same.csv", rows)))
    assert set(result) == ALWAYS | {"cohen_kappa", "fleiss_kappa"}
    assert result["percent_agreement"]["value"] == 1.0
    for key in ("cohen_kappa", "mean_pairwise_cohen_kappa", "fleiss_kappa", "krippendorff_alpha"):
        assert result[key] is None, key
    assert any("Fleiss' kappa not shown" in w for w in warnings)
    assert any("Krippendorff's alpha (nominal) not shown" in w for w in warnings)
    assert any("at least 30 shared items" in w for w in warnings)


def test_fleiss_1971_psychiatric_diagnoses(tmp_path):
    """Fleiss (1971): 30 patients, 6 diagnoses each; kappa .430 (R irr: 0.4302445)."""
    case = json.loads((OUR_METRICS / "fleiss_kappa_1971_diagnoses.json").read_text())["cases"][0]
    rows = [
        (f"patient{p}", f"psychiatrist{r}", label)
        for p, labels in enumerate(case["units"])
        for r, label in enumerate(labels)
    ]
    result = run_json(str(write_csv(tmp_path / "diagnoses.csv", rows)))
    assert set(result) == ALWAYS | {"fleiss_kappa"}
    assert result["fleiss_kappa"]["value"] == pytest.approx(0.4302445, abs=5e-8)
    assert result["percent_agreement"]["value"] == pytest.approx(0.5556, abs=5e-5)
    assert_estimates(result)


def test_mean_pairwise_kappa_matches_cohen_kappa_pair_by_pair(kripp_jsonl):
    ratings = read_ratings(kripp_jsonl)
    m = ratings.matrix
    expected = np.mean(
        [
            cohen_kappa(list(m[a]), list(m[b])).kappa
            for a, b in itertools.combinations(range(m.shape[0]), 2)
        ]
    )
    assert mean_pairwise_cohen_kappa(m) == pytest.approx(expected, abs=1e-12)
    assert run_json(str(kripp_jsonl))["mean_pairwise_cohen_kappa"]["value"] == pytest.approx(
        expected, abs=1e-12
    )


def test_two_annotators_report_cohen_kappa_and_categories(tmp_path):
    # Wikipedia's Cohen example: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no -> kappa 0.4
    pairs = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    rows = [
        (f"i{n}", who, lab)
        for n, pair in enumerate(pairs)
        for who, lab in zip("AB", pair, strict=True)
    ]
    path = write_csv(tmp_path / "two.csv", rows)
    result, warnings = run_json_and_warnings(
        str(path), "--categories", "no,yes", "--level", "ordinal"
    )
    assert result["cohen_kappa"]["value"] == pytest.approx(0.4)
    assert not any("shared items" in w for w in warnings)  # 50 items are enough


def test_ordinal_text_labels_need_categories(tmp_path):
    path = write_csv(tmp_path / "r.csv", [("1", "A", "low"), ("1", "B", "high")])
    proc = labeldesk("agreement", str(path), "--level", "ordinal", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["krippendorff_alpha"] is None


@pytest.mark.parametrize(
    ("content", "needles"),
    [
        ("item,annotator\n1,A\n", ["row 1", "'label'", "missing column"]),
        ("item,annotator,label\n1,A,x\n1,B,\n", ["row 3", "'label'", "empty label"]),
        (
            "item,annotator,label\n1,A,x\n1,B,y\n1,A,y\n",
            ["row 4", "'label'", "twice with different labels", "row 2"],
        ),
        ("", ["empty file"]),
        ("item,annotator,label\n", ["empty file"]),
    ],
    ids=["missing-column", "empty-label", "conflicting-duplicate", "empty", "header-only"],
)
def test_bad_csv_is_a_one_line_error(tmp_path, content, needles):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    assert_one_line_error(labeldesk("agreement", str(path)), str(path), *needles)


def test_bad_jsonl_is_a_one_line_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"item": 1, "annotator": "A", "label": "x"}\n{"item": 1, "label": "y"}\n', encoding="utf-8"
    )
    assert_one_line_error(
        labeldesk("agreement", str(path)), str(path), "line 2", "'annotator'", "missing key"
    )


def test_unreadable_encoding_names_the_line(tmp_path):
    path = tmp_path / "cp874.csv"
    path.write_bytes("item,annotator,label\n1,A,ดี\n".encode("cp874"))
    assert_one_line_error(labeldesk("agreement", str(path)), str(path), "line 2", "UTF-8")
    ok = labeldesk("agreement", str(path), "--encoding", "cp874")
    assert ok.returncode == 0, ok.stderr


def test_label_outside_categories_and_identical_repeat(tmp_path):
    path = write_csv(tmp_path / "r.csv", [(1, "A", "x"), (1, "A", "x"), (1, "B", "z")])
    assert read_ratings(path).n_ratings == 2  # an exact repeat counts once
    assert_one_line_error(
        labeldesk("agreement", str(path), "--categories", "x,y"), "row 4", "'label'", "'z'"
    )


def test_missing_file(tmp_path):
    assert_one_line_error(
        labeldesk("agreement", str(tmp_path / "nope.csv")), "nope.csv", "cannot read"
    )


def test_listed_in_help():
    proc = labeldesk("--help")
    assert "agreement" in proc.stdout
