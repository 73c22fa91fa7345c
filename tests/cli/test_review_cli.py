"""``labeldesk review detect|status|promote``: output through click, errors in a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import assert_one_line_error, labeldesk
from click.testing import CliRunner, Result
from labelling_data import make_labelling_workspace
from review_data import LEAF, OTHER, add_reviewers, answered_items

from labeldesk.cli import main
from labeldesk.review.dto import ReviewAnswer
from labeldesk.storage.models import Verdict
from labeldesk.workspace import Workspace


@pytest.fixture
def ws_path(tmp_path: Path) -> str:
    """A labelling workspace with reviewers, 6 disagreements and 20 agreed items (closed)."""
    made = make_labelling_workspace(tmp_path)
    add_reviewers(made.ws)
    answered_items(made.ws, 6, {"Anong": [LEAF], "Wei": [OTHER]}, prefix="differ")
    answered_items(made.ws, 20, {"Anong": [LEAF], "Wei": [LEAF]}, prefix="same")
    made.ws.close()
    return str(tmp_path / "ws.db")


def cli(*args: str) -> Result:
    """Run the CLI in-process; exceptions propagate."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_detect_prints_a_summary_and_is_idempotent(ws_path: str) -> None:
    first = cli("review", "detect", "-w", ws_path, "--audit", "0.5", "--seed", "3")
    lines = first.stdout.splitlines()
    assert (
        lines[0]
        == "every batch: 26 conversations with overlap (mode exact, audit share 0.5, seed 3)"
    )
    assert "  new disagreements            6" in lines
    again = json.loads(
        cli("review", "detect", "-w", ws_path, "--audit", "0.5", "--seed", "3", "--json").stdout
    )
    assert again["disagreements"] == 0
    assert again["audits"] == 0
    assert (
        again["already"]
        == 6
        + json.loads(cli("review", "status", "-w", ws_path, "--json").stdout)["by_reason"]["audit"][
            "items"
        ]
    )


def test_detect_leaf_mode_and_batch(ws_path: str) -> None:
    out = json.loads(
        cli("review", "detect", "-w", ws_path, "--batch", "chats", "--mode", "leaf",
            "--audit", "0", "--json").stdout
    )  # fmt: skip
    assert (out["mode"], out["checked"], out["disagreements"], out["audits"]) == ("leaf", 26, 6, 0)
    assert out["agreed"] == 20
    assert out["routed"] == 6


def test_status_counts_by_reason(ws_path: str) -> None:
    cli("review", "detect", "-w", ws_path, "--audit", "0")
    text = cli("review", "status", "-w", ws_path).stdout.splitlines()
    assert text[0].split() == ["reason", "items", "reviewed", "pending"]
    assert text[1].split() == ["disagreement", "6", "0", "6"]
    assert text[2].split() == ["audit", "0", "0", "0"]


def test_promote_a_reviewed_item(ws_path: str) -> None:
    cli("review", "detect", "-w", ws_path, "--audit", "0")
    with Workspace.open(ws_path) as ws:
        rita = ws.users.find("Rita")
        row = ws.reviews.page(rita, limit=1)[0]
        verdicts = {"A": Verdict.CORRECT, "B": Verdict.CORRECT}
        ws.reviews.submit(rita, row.assignment_id, ReviewAnswer(labels=(LEAF,), verdicts=verdicts))
    out = cli("review", "promote", row.external_id, "-e", "Cancel, clearly.", "--as", "Dana",
              "-w", ws_path)  # fmt: skip
    assert out.stdout.startswith(f"{row.external_id} is now a gold item")
    proc = labeldesk("review", "promote", row.external_id, "-e", "x", "--as", "Dana", "-w", ws_path)
    assert_one_line_error(proc, "already a gold item")


def test_user_errors_are_one_line(ws_path: str) -> None:
    assert_one_line_error(labeldesk("review", "detect", "-w", ws_path, "-b", "nope"), "no batch")
    proc = labeldesk("review", "promote", "differ-00001", "-e", "x", "--as", "Anong", "-w", ws_path)
    assert_one_line_error(proc, "no review item")
    cli("review", "detect", "-w", ws_path, "--audit", "0")
    with Workspace.open(ws_path) as ws:
        ext = ws.reviews.page(ws.users.find("Rita"), limit=1)[0].external_id
    proc = labeldesk("review", "promote", ext, "-e", "x", "--as", "Dana", "-w", ws_path)
    assert_one_line_error(proc, "not reviewed yet")
    proc = labeldesk("review", "promote", ext, "-e", "x", "--as", "Anong", "-w", ws_path)
    assert_one_line_error(proc, "reviewers and leads")
    bad = labeldesk("review", "detect", "-w", ws_path, "--audit", "2")
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
