"""``labeldesk quality`` and ``labeldesk targets``, run as a lead runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import assert_one_line_error, labeldesk
from quality_case import build

from labeldesk.workspace import Workspace


@pytest.fixture
def ws_path(tmp_path: Path) -> str:
    """The hand-worked case of tests/quality_case.py, in a workspace file."""
    path = tmp_path / "ws.db"
    with Workspace.open(path, create=True) as ws:
        build(ws)
        ws.set_setting("training", {"threshold": 0.8, "n_items": 1, "pause_production": True})
    return str(path)


def run(*args: str) -> str:
    proc = labeldesk(*args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_targets_show_and_set(ws_path):
    assert run("targets", "-w", ws_path).strip() == (
        "targets: gold accuracy >= 95.0%, kappa >= 0.80, once a labeller has 20 answers"
    )
    out = run("targets", "-w", ws_path, "--min-items", "5", "--kappa", "0.75")
    assert out.strip() == (
        "targets set: gold accuracy >= 95.0%, kappa >= 0.75, once a labeller has 5 answers"
    )
    assert json.loads(run("targets", "-w", ws_path, "--json")) == {
        "gold_accuracy": 0.95, "kappa": 0.75, "min_items": 5,
    }  # fmt: skip
    proc = labeldesk("targets", "-w", ws_path, "--gold-accuracy", "1.5")
    assert proc.returncode == 2
    assert "1.5" in proc.stderr


def test_quality_table_marks_the_flagged(ws_path):
    run("targets", "-w", ws_path, "--min-items", "5")
    out = run("quality", "-w", ws_path, "--batch", "b1")
    lines = out.splitlines()
    assert lines[0] == "Quality of batch b1: 12 conversations"
    assert "gold 2 · review 2 · agreement 3 · consensus 1 · single 2 · none 2" in lines[1]
    assert "Krippendorff's alpha 0.487" in out
    assert "warning: only 8 item(s) have two or more ratings" in out
    table = {line.split()[0]: line for line in lines if line.split()[:1] in (
        ["Anong"], ["Budi"], ["Chai"], ["Dewi"])}  # fmt: skip
    # Anong: 9 items, gold 1 of 2 = 50.0% (Wilson 9-91%), 100% agreement, kappa 1
    assert "50.0% (9-91%) n=2" in table["Anong"]
    assert table["Anong"].endswith("! gold<95.0%")
    assert table["Budi"].endswith("! gold<95.0%, kappa<0.80")
    assert "0.636" in table["Budi"]
    assert table["Chai"].endswith("! kappa<0.80")
    assert table["Dewi"].endswith("! too fast")
    assert "flagged: Budi (gold_accuracy, kappa); misses most: ORDER" in out


def test_quality_json_by_vendor(ws_path):
    report = json.loads(run("quality", "-w", ws_path, "--batch", "b1", "--by", "vendor",
                            "--json"))  # fmt: skip
    assert report["by"] == "vendor"
    acme = report["rows"][0]
    assert (acme["name"], acme["n_items"], acme["gold_n"], acme["gold_correct"]) == (
        "Acme", 15, 3, 1)  # fmt: skip
    assert acme["agreement"] == pytest.approx(0.9)
    assert report["agreement"]["krippendorff_alpha"]["value"] == pytest.approx(19 / 39)
    assert report["decided"]["gold"] == 2


def test_quality_since(ws_path):
    report = json.loads(run("quality", "-w", ws_path, "--batch", "b1", "--since", "2026-11-03",
                            "--json"))  # fmt: skip
    assert report["since"] == "2026-11-03"
    assert {r["name"]: r["n_items"] for r in report["rows"]} == {
        "Anong": 2, "Budi": 1, "Chai": 2,
    }  # fmt: skip


def test_send_refreshers(ws_path):
    # only Budi falls short: gold 0 of 1 < 40%; Chai's kappa 0.2 >= 0.1
    run("targets", "-w", ws_path, "--min-items", "5", "--gold-accuracy", "0.4", "--kappa", "0.1")
    out = run("quality", "-w", ws_path, "--batch", "b1", "--send-refreshers")
    assert "refresher quiz for Budi: 1 items on ORDER; production paused until passed" in out
    again = json.loads(run("quality", "-w", ws_path, "--batch", "b1", "--send-refreshers",
                           "--json"))  # fmt: skip
    assert again["refreshers"] == []  # Budi's quiz is still open


def test_errors_are_one_line(ws_path):
    assert_one_line_error(labeldesk("quality", "-w", ws_path, "--batch", "nope"), "nope", "b1")
    proc = labeldesk("quality", "-w", ws_path, "--by", "team")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_empty_workspace(tmp_path):
    path = str(tmp_path / "empty.db")
    run("init", "-w", path)
    out = run("quality", "-w", path)
    assert "no answers in this scope yet" in out
