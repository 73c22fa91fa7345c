"""``labeldesk import``, run as a user runs it: a real process on a real workspace file."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from cli_helpers import assert_one_line_error, labeldesk
from sqlalchemy import func, select

from labeldesk.storage.models import Batch, Conversation, GoldItem
from labeldesk.workspace import Workspace


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    path = tmp_path / "ws.db"
    Workspace.open(path, create=True).close()
    return path


def count(ws_path: Path, model) -> int:
    with Workspace.open(ws_path) as ws, ws.db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_import_bitext_prints_a_summary(ws_path, shared_data):
    proc = labeldesk("import", str(shared_data / "bitext_customer_support.jsonl"),
                     "--batch", "bitext", "-w", str(ws_path))
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert first.startswith("imported 4,514 conversations into new batch 'bitext' (0 duplicates")
    assert "languages: en " in first
    assert "with 9,028 predictions" in proc.stdout  # no taxonomy: labels kept as written
    again = labeldesk("import", str(shared_data / "bitext_customer_support.jsonl"),
                      "--batch", "bitext", "-w", str(ws_path))
    assert again.returncode == 0, again.stderr
    assert "imported 0 conversations into existing batch 'bitext' (4,514 duplicates" in again.stdout


def test_import_sgd_as_gold_with_taxonomy_and_json_output(ws_path, shared_data):
    tax = labeldesk("taxonomy", "import", str(shared_data / "sgd_taxonomy.csv"),
                    "-w", str(ws_path))
    assert tax.returncode == 0, tax.stderr
    proc = labeldesk("import", str(shared_data / "sgd_sample.jsonl"), "--batch", "sgd",
                     "--labels-as", "gold", "--taxonomy", "sgd", "--no-detect-language",
                     "--json", "-w", str(ws_path))
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["imported"] == 2080
    assert result["gold"] == 2080
    assert result["languages"] == {"en": 2080}
    assert count(ws_path, GoldItem) == 2080


def test_map_and_speaker_map_options(ws_path, tmp_path):
    path = tmp_path / "tickets.csv"
    path.write_text("ticket,role,message\nT1,USER,hello\nT1,SYSTEM,hi there\nT1,Robo,beep\n",
                    encoding="utf-8")
    proc = labeldesk("import", str(path), "--batch", "t", "--map", "conversation_id=ticket",
                     "--map", "text=message", "--map", "speaker=role",
                     "--speaker-map", "Robo=bot,USER=customer", "-w", str(ws_path))
    assert proc.returncode == 0, proc.stderr
    assert count(ws_path, Conversation) == 1


def test_bad_file_exits_2_with_one_line_and_lists_problems(ws_path, tmp_path):
    path = tmp_path / "bad.jsonl"
    good = orjson.dumps({"id": "a", "turns": [{"speaker": "customer", "text": "hi"}]})
    bad_speaker = b'{"id": "c", "turns": [{"speaker": "x", "text": "y"}]}'
    path.write_bytes(good + b"\n{broken\n" + bad_speaker + b"\n")
    proc = labeldesk("import", str(path), "--batch", "b", "-w", str(ws_path))
    assert_one_line_error(proc, f"{path}:line 2", "malformed JSON", "(and 1 more problem)")
    assert "2 problems, nothing imported:" in proc.stdout
    assert "line 3: field 'turns[0].speaker'" in proc.stdout
    assert count(ws_path, Batch) == 0
    assert count(ws_path, Conversation) == 0


@pytest.mark.parametrize(("setup", "needles"), [
    ("empty", ("no conversations in",)),
    ("encoding", ("not UTF-8 at line 1", "--encoding")),
    ("missing", ("no such file",)),
    ("column", ("missing column 'speaker'", "--map speaker=<column>")),
])
def test_input_errors(ws_path, tmp_path, setup, needles):
    path = tmp_path / ("data.csv" if setup == "column" else "data.jsonl")
    if setup == "empty":
        path.write_bytes(b"")
    elif setup == "encoding":
        path.write_bytes('{"id": "1", "turns": [{"speaker": "customer", "text": "ça"}]}\n'
                         .encode("cp1252"))
    elif setup == "column":
        path.write_text("conversation_id,text\nc1,hi\n", encoding="utf-8")
    proc = labeldesk("import", str(path), "--batch", "b", "-w", str(ws_path))
    assert_one_line_error(proc, *needles)


def test_skip_invalid_writes_rejects_next_to_the_input(ws_path, tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "turns": [{"speaker": "customer", "text": "hi"}]}\n{oops\n')
    proc = labeldesk("import", str(path), "--batch", "b", "--skip-invalid", "-w", str(ws_path))
    assert proc.returncode == 0, proc.stderr
    rejects = tmp_path / "mixed.jsonl.rejects.jsonl"
    assert f"rejected 1 invalid record(s); see {rejects}" in proc.stdout
    line = orjson.loads(rejects.read_bytes())
    assert line["where"] == "line 2"
    assert line["record"] == "{oops"


def test_usage_errors(ws_path, tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"")
    proc = labeldesk("import", str(path), "--batch", "b", "--map", "nonsense", "-w", str(ws_path))
    assert proc.returncode == 2
    assert "is not NAME=VALUE" in proc.stderr
    proc = labeldesk("import", str(path), "--batch", "b", "--rejects", "r.jsonl",
                     "-w", str(ws_path))
    assert proc.returncode == 2
    assert "--rejects only applies with --skip-invalid" in proc.stderr
    proc = labeldesk("import", str(path), "-w", str(ws_path))
    assert proc.returncode == 2
    assert "--batch" in proc.stderr


def test_help_describes_every_option():
    proc = labeldesk("import", "--help")
    assert proc.returncode == 0
    for option in ("--batch", "--format", "--map", "--speaker-map", "--layout", "--labels-as",
                   "--taxonomy", "--gold-explanation-field", "--skip-invalid", "--rejects",
                   "--encoding", "--no-detect-language", "--workspace", "--json"):
        assert option in proc.stdout
