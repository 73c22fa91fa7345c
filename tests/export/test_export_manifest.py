"""``labeldesk export --with-qa``: the manifest's numbers against ones worked out by hand.

The case is :mod:`manifest_case` (five compared conversations, three labellers, one gold
item, one review), exported by the real CLI against a workspace URL: a SQLite file and, as
on a hub, a PostgreSQL database (``module_db_url``; skipped without a server).

The ratings that agreement is computed from (labelled answers on conversations with two or
more, h5's skip and batch ``other`` left out)::

    item  h1  h2  h3  h4  h6          X = ORDER>cancel_order, Y = ORDER>track_order,
    p-a   X   X   Z   .   X           Z = REFUND>get_refund
    p-b   X   Y   .   Y   .
    p-c   .   .   Z   Z   Y           (h2: Anong's latest revision, X, counts)

10 ratings, 2 per item; category totals n_X = 4, n_Y = 3, n_Z = 3 (n = 10).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from manifest_case import TAXONOMY, USERS, build

from labeldesk.review.ratings import read_ratings, summarise
from labeldesk.workspace import Workspace
from tests.cli.cli_helpers import labeldesk

Z95 = 1.959963984540054


@pytest.fixture(scope="module")
def exported(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The case on one backend, exported to JSONL with its manifest by the CLI."""
    with Workspace.open(module_db_url, create=True) as ws:
        build(ws)
    out = tmp_path_factory.mktemp("export") / "hand.jsonl"
    args = ("export", "--batch", "hand", "--with-qa", "-o", str(out), "-w", module_db_url)
    text_run, json_run = labeldesk(*args), labeldesk(*args, "--json")
    assert text_run.returncode == 0, text_run.stderr
    assert json_run.returncode == 0, json_run.stderr
    manifest = out.with_name("hand.jsonl.manifest.json")
    return {
        "out": out,
        "path": manifest,
        "stdout": text_run.stdout,
        "result": json.loads(json_run.stdout),
        "raw": manifest.read_bytes(),
        "manifest": json.loads(manifest.read_bytes()),
    }


def value(estimate: dict[str, float | None] | None) -> float:
    assert estimate is not None
    assert estimate["value"] is not None
    return estimate["value"]


def test_the_cli_says_where_the_manifest_is(exported):
    assert exported["stdout"].splitlines()[-1] == f"wrote the QA manifest {exported['path']}"
    assert exported["result"]["manifest"] == str(exported["path"])
    assert exported["result"]["conversations"] == 7  # batch "other" stays out


def test_checksum_and_size_are_those_of_the_written_file(exported):
    data = exported["out"].read_bytes()
    assert exported["manifest"]["data_file"] == {
        "name": "hand.jsonl",
        "format": "jsonl",
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def test_agreement_at_the_labels_is_the_hand_arithmetic(exported):
    agreement = exported["manifest"]["agreement"]
    assert (agreement["items"], agreement["raters"], agreement["ratings"]) == (5, 3, 10)
    # Percent agreement: the items' shares of agreeing pairs, h1 1, h2 0, h3 1, h4 0, h6 0.
    assert value(agreement["percent_agreement"]) == pytest.approx(2 / 5, abs=1e-6)
    # Fleiss (2 ratings on every item): P = 0.4, Pe = .4^2 + .3^2 + .3^2 = 0.34,
    # kappa = (0.4 - 0.34) / (1 - 0.34) = 0.06 / 0.66.
    assert value(agreement["fleiss_kappa"]) == pytest.approx(0.06 / 0.66, abs=1e-6)
    # Alpha, nominal: h2, h4, h6 disagree, each 2 ordered off-diagonal pairs: sum(o) = 6;
    # n^2 - sum(n_c^2) = 100 - 34 = 66; alpha = 1 - (n - 1) 6 / 66 = 1 - 54/66.
    alpha = agreement["krippendorff_alpha"]
    assert value(alpha["nominal"]) == pytest.approx(1 - 54 / 66, abs=1e-6)
    # Cohen per pair: A-B on h1, h2: po 1/2, pe 1 x 1/2 -> 0; A-C on h3, h6: po 1/2,
    # pe = 1/2 x 1/2 (Z) = 1/4 -> (1/2 - 1/4) / (3/4) = 1/3; B-C on h4: po 0, pe 0 -> 0.
    # Mean (0 + 1/3 + 0) / 3.
    assert value(agreement["mean_pairwise_cohen_kappa"]) == pytest.approx(1 / 9, abs=1e-6)


def test_taxonomy_alpha_and_levels_are_the_hand_arithmetic(exported):
    agreement = exported["manifest"]["agreement"]
    # Bitext has two levels and several branches: the diameter is 4 (leaf, branch, root,
    # branch, leaf). d(X, Y) = 2/4 (siblings), d(X, Z) = d(Y, Z) = 4/4; delta = d^2.
    # Observed sum(o delta): h2 (X,Y) 2 x 1/4, h4 (Y,Z) 2 x 1, h6 (X,Y) 2 x 1/4 = 3.
    # Expected sum(n_c n_k delta): X-Y 2 x 12 x 1/4 = 6, X-Z 2 x 12 = 24, Y-Z 2 x 9 = 18: 48.
    # alpha = 1 - 9 x 3 / 48 = 21/48.
    taxonomy = value(agreement["krippendorff_alpha"]["taxonomy"])
    assert taxonomy == pytest.approx(21 / 48, abs=1e-6)
    top, leaf = agreement["levels"]
    assert (top["level"], leaf["level"]) == (1, 2)
    # Level 1: X, Y -> ORDER (O), Z -> REFUND (R): h1 OO, h2 OO, h3 RR, h4 OR, h6 OO.
    # Percent 4/5. n_O = 7, n_R = 3: Pe = .49 + .09 = .58, Fleiss (0.8 - .58) / .42.
    # Alpha: only h4 disagrees, sum(o) = 2; 100 - 49 - 9 = 42; 1 - 9 x 2 / 42.
    # Cohen: A-B all O: pe = 1, undefined, left out; A-C on h3 RR, h6 OO: po 1, pe 1/2 -> 1;
    # B-C on h4 OR: po 0, pe 0 -> 0. Mean over the defined pairs (1 + 0) / 2.
    assert value(top["percent_agreement"]) == pytest.approx(4 / 5, abs=1e-6)
    assert value(top["fleiss_kappa"]) == pytest.approx(0.22 / 0.42, abs=1e-6)
    assert value(top["krippendorff_alpha"]["nominal"]) == pytest.approx(1 - 18 / 42, abs=1e-6)
    assert value(top["mean_pairwise_cohen_kappa"]) == pytest.approx(1 / 2, abs=1e-6)
    # The leaves are the labels themselves.
    for key in ("percent_agreement", "fleiss_kappa", "mean_pairwise_cohen_kappa"):
        assert leaf[key] == agreement[key]
    assert leaf["krippendorff_alpha"]["nominal"] == agreement["krippendorff_alpha"]["nominal"]


def test_intervals_are_those_of_the_agreement_command_on_the_same_ratings(exported, tmp_path):
    # The same ten ratings as a ratings file, items and annotators in the manifest's order.
    x, y, z = "ORDER>cancel_order", "ORDER>track_order", "REFUND>get_refund"
    rows = [("h1", "p-a", x), ("h1", "p-b", x), ("h2", "p-a", x), ("h2", "p-b", y),
            ("h3", "p-a", z), ("h3", "p-c", z), ("h4", "p-b", y), ("h4", "p-c", z),
            ("h6", "p-a", x), ("h6", "p-c", y)]  # fmt: skip
    ratings = tmp_path / "ratings.csv"
    ratings.write_text("item,annotator,label\n" + "".join(f"{i},{a},{lab}\n" for i, a, lab in rows))
    summary = summarise(read_ratings(ratings))
    agreement = exported["manifest"]["agreement"]
    for key, estimate in (
        ("percent_agreement", summary.percent_agreement),
        ("mean_pairwise_cohen_kappa", summary.mean_pairwise_cohen_kappa),
        ("fleiss_kappa", summary.fleiss_kappa),
    ):
        assert estimate is not None
        assert agreement[key] == {
            "value": round(estimate.value, 6),
            "ci_low": round(estimate.ci_low, 6),
            "ci_high": round(estimate.ci_high, 6),
        }, key
    assert agreement["bootstrap"] == {"resamples": 1000, "seed": 0, "confidence": 0.95}
    taxonomy = agreement["krippendorff_alpha"]["taxonomy"]
    assert -1.0 <= taxonomy["ci_low"] <= taxonomy["value"] <= taxonomy["ci_high"] <= 1.0


def test_gold_accuracy_and_its_wilson_interval(exported):
    gold = exported["manifest"]["gold"]
    # h6 (answer X): Anong X right, Chai Y wrong: 1 of 2.
    k, n = 1, 2
    p = k / n
    centre = (p + Z95**2 / (2 * n)) / (1 + Z95**2 / n)
    half = Z95 / (1 + Z95**2 / n) * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n))
    assert gold["items"] == 1
    assert (gold["results"], gold["correct"], gold["accuracy"]) == (2, 1, 0.5)
    assert gold["wilson_95"] == pytest.approx([centre - half, centre + half], abs=1e-6)


def test_counts_final_labels_and_reviews(exported):
    m = exported["manifest"]
    assert m["counts"] == {
        "conversations": 7,  # h1..h7
        "labelled": 5,  # h1, h2, h3, h4, h6
        "skipped": 1,  # h5: only a skip
        "unanswered": 1,  # h7
        "annotations": 11,  # 2 + 2 + 2 + 2 + 1 + 2
        "skips": 1,
        "unsure": 1,  # Budi on h4
        "reviewed": 1,  # h2
        "gold_items": 1,  # h6
        "labellers": 3,
    }
    # h1, h3 agree; h2 reviewed; h4 differs unreviewed (majority tie -> consensus); h6 gold;
    # h5 and h7 have no labelled answer.
    assert m["final_labels"] == {
        "gold": 1, "review": 1, "agreement": 2, "consensus": 1, "single": 0, "none": 2,
    }  # fmt: skip
    assert m["review"] == {
        "items": 2,  # h2 and h4
        "reviewed": 1,
        "pending": 1,
        "by_reason": {"disagreement": 2, "audit": 0},
        "by_cause": dict.fromkeys(
            ("ambiguous", "guideline_gap", "taxonomy_gap", "other", "none"), 0
        )
        | {"labeller_error": 1},
        "promoted_to_gold": 0,
        "slots": {"correct": 1, "incorrect": 1},  # Anong right, Budi overturned
        "overturn_rate": 0.5,
    }


def test_labellers_are_pseudonyms_with_their_counts(exported):
    m = exported["manifest"]
    assert m["labellers"] == [
        {"id": "p-a", "annotations": 5, "labelled": 4, "skips": 1, "unsure": 0,
         "gold_results": 1, "gold_correct": 1, "slots": 1, "overturned": 0},
        {"id": "p-b", "annotations": 3, "labelled": 3, "skips": 0, "unsure": 1,
         "gold_results": 0, "gold_correct": 0, "slots": 1, "overturned": 1},
        {"id": "p-c", "annotations": 3, "labelled": 3, "skips": 0, "unsure": 0,
         "gold_results": 1, "gold_correct": 0, "slots": 0, "overturned": 0},
    ]  # fmt: skip
    raw = exported["raw"].decode()
    for name, _, _ in USERS.values():
        assert name not in raw


def test_taxonomy_versions_and_the_only_times(exported):
    m = exported["manifest"]
    assert m["taxonomy"] == {
        "name": "bitext",
        "version": 1,
        "checksum": hashlib.sha256(TAXONOMY.read_bytes()).hexdigest(),
        "versions_used": [1],
    }
    # The newest answer is Anong's second revision on h2 (09:00 + 2 min + 30 min).
    assert m["data_as_of"] == {
        "latest_answer": "2026-11-02T09:32:00.000000Z",
        "latest_review": "2026-11-03T10:00:00.000000Z",
    }
    times = re.findall(r"\d{4}-\d\d-\d\dT\d\d:\d\d", exported["raw"].decode())
    assert times == ["2026-11-02T09:32", "2026-11-03T10:00"]
    assert m["labeldesk"]["schema"]
    assert m["manifest_version"] == 1


def test_manifest_file_is_sorted_indented_json(exported):
    raw: bytes = exported["raw"]
    assert raw == (json.dumps(json.loads(raw), indent=2, sort_keys=True) + "\n").encode()


def test_a_second_export_is_byte_identical(exported, module_db_url: str, tmp_path: Path):
    out = tmp_path / "hand.jsonl"  # same name, another folder
    proc = labeldesk("export", "-b", "hand", "--with-qa", "-o", str(out), "-w", module_db_url)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == exported["out"].read_bytes()
    assert out.with_name("hand.jsonl.manifest.json").read_bytes() == exported["raw"]


def test_an_exporter_without_qa_columns_makes_the_same_manifest(exported, module_db_url, tmp_path):
    from labeldesk.export import ExportService
    from labeldesk.review.manifest import qa_manifest

    with Workspace.open(module_db_url) as ws:
        plain = ExportService(ws.db)  # no QA provider: the manifest reads the batch itself
        result = plain.export_batch("hand", None, tmp_path / "hand.jsonl", manifest=qa_manifest)
    assert result.manifest is not None
    manifest = json.loads(result.manifest.read_bytes())
    assert (
        manifest.pop("data_file")["sha256"] == hashlib.sha256(result.path.read_bytes()).hexdigest()
    )
    expected = dict(exported["manifest"])
    del expected["data_file"]
    assert manifest == expected
