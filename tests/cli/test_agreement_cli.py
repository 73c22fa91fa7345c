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
    proc = labeldesk("agreement", *args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


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
    assert result["level"] == level


def test_json_shape(kripp_jsonl):
    result = run_json(str(kripp_jsonl))
    assert (result["n_items"], result["n_annotators"], result["n_ratings"]) == (12, 4, 41)
    for key in ("percent_agreement", "mean_pairwise_cohen_kappa", "krippendorff_alpha"):
        est = result[key]
        assert set(est) == {"value", "ci_low", "ci_high"}
        assert est["ci_low"] <= est["value"] <= est["ci_high"], key
    assert result["cohen_kappa"] is None  # four annotators, not two
    # items have 1 to 4 ratings, so Fleiss' kappa is not shown, and the reason is given
    assert result["fleiss_kappa"] is None
    assert any("Fleiss' kappa not shown" in w for w in result["warnings"])
    assert any("at least 30 shared items" in w for w in result["warnings"])
    text = labeldesk("agreement", str(kripp_jsonl))
    assert "Fleiss' kappa:" in text.stdout
    assert "n/a" in text.stdout


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
    result = run_json(str(path), "--categories", "no,yes", "--level", "ordinal")
    assert result["cohen_kappa"]["value"] == pytest.approx(0.4)
    assert not any("shared items" in w for w in result["warnings"])  # 50 items are enough


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
