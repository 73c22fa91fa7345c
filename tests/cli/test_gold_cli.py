"""``labeldesk gold`` and ``labeldesk training``, run as a user runs them on a real workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import assert_one_line_error, labeldesk
from gold_data import CANCEL, REFUND, TRACK, add_training_batch


@pytest.fixture
def wsfile(labelling_ws) -> str:
    """The labelling workspace's file, closed so that the CLI has it to itself."""
    location = str(Path(labelling_ws.ws.db.url.removeprefix("sqlite:///")))
    labelling_ws.ws.close()
    return location


def run(*args: str) -> str:
    proc = labeldesk(*args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_import_then_list(wsfile, tmp_path) -> None:
    gold = write(
        tmp_path / "gold.csv",
        "conversation,labels,explanation,pool\n"
        f"en-000,{CANCEL},Wants to cancel.,\n"
        f"th-001,{TRACK},ลูกค้าถามว่าพัสดุอยู่ไหน,training\n",
    )
    out = run("gold", "import", str(gold), "-w", wsfile)
    assert "2 gold item(s) added, 0 replaced, 0 already there" in out
    assert "hidden 1, training 1" in out
    listed = json.loads(run("gold", "list", "--json", "-w", wsfile))
    assert [(g["external_id"], g["labels"], g["pool"]) for g in listed] == [
        ("en-000", [CANCEL], "hidden"),
        ("th-001", [TRACK], "training"),
    ]
    text = run("gold", "list", "--pool", "training", "-w", wsfile)
    assert "th-001  [training]  ORDER>track_order  (not answered)" in text
    assert "en-000" not in text
    again = json.loads(run("gold", "import", str(gold), "-w", wsfile, "--json"))
    assert (again["added"], again["unchanged"]) == (0, 2)


def test_a_bad_file_is_one_line_error_and_every_problem_listed(wsfile, tmp_path) -> None:
    gold = write(
        tmp_path / "gold.csv",
        f"conversation,labels,explanation\nnope,{CANCEL},x\nen-001,ORDER,x\nen-002,{CANCEL},\n",
    )
    proc = labeldesk("gold", "import", str(gold), "-w", wsfile)
    assert_one_line_error(proc, str(gold), "row 2", "field 'conversation'", "(and 2 more")
    assert "3 problems, nothing imported" in proc.stdout
    assert "row 3: field 'labels'" in proc.stdout
    assert "row 4: field 'explanation'" in proc.stdout
    assert json.loads(run("gold", "list", "--json", "-w", wsfile)) == []


def test_encoding_and_replace_options(wsfile, tmp_path) -> None:
    latin = write(
        tmp_path / "latin.csv",
        f"conversation,labels,explanation\nen-000,{CANCEL},déjà payé\n",
        encoding="cp1252",
    )
    proc = labeldesk("gold", "import", str(latin), "-w", wsfile)
    assert_one_line_error(proc, "line 2", "--encoding")
    run("gold", "import", str(latin), "--encoding", "cp1252", "-w", wsfile)
    changed = write(
        tmp_path / "changed.jsonl",
        json.dumps({"conversation": "en-000", "labels": [REFUND], "explanation": "money back"}),
    )
    proc = labeldesk("gold", "import", str(changed), "-w", wsfile)
    assert_one_line_error(proc, "line 1", "already gold", "--replace")
    out = run("gold", "import", str(changed), "--replace", "-w", wsfile)
    assert "0 gold item(s) added, 1 replaced" in out


def test_training_start_and_status(labelling_ws, tmp_path) -> None:
    add_training_batch(labelling_ws.ws, tmp_path)
    wsfile = labelling_ws.ws.db.url.removeprefix("sqlite:///")
    labelling_ws.ws.close()
    out = run(
        "training",
        "start",
        "Anong",
        "--items",
        "3",
        "--threshold",
        "0.5",
        "--branch",
        "ORDER",
        "--no-pause",
        "-w",
        wsfile,
    )
    assert out.startswith("started: Anong: onboarding quiz on ORDER, 0 of 3 answered")
    assert "pass mark 50%" in out
    assert "production open" in out
    proc = labeldesk("training", "start", "Anong", "-w", wsfile)
    assert_one_line_error(proc, "already has an open quiz")
    proc = labeldesk("training", "start", "Wei", "--items", "99", "-w", wsfile)
    assert_one_line_error(proc, "only 12 training items", "the quiz needs 99")
    status = json.loads(run("training", "status", "Anong", "--json", "-w", wsfile))
    assert [(q["user"], q["status"], q["n_items"], q["branches"]) for q in status] == [
        ("Anong", "open", 3, ["ORDER"])
    ]
    assert "no training quizzes" in run("training", "status", "Wei", "-w", wsfile)
    proc = labeldesk("training", "status", "Nobody", "-w", wsfile)
    assert proc.returncode == 2
