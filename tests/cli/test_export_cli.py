"""``labeldesk export``, run as a user runs it: a real process, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from cli_helpers import assert_one_line_error, labeldesk

from labeldesk.ingest.importer import ImportOptions
from labeldesk.workspace import Workspace

CONVERSATIONS = [
    {
        "id": "c1",
        "language": "en",
        "turns": [
            {"speaker": "customer", "text": "where is my order"},
            {"speaker": "agent", "text": "checking"},
        ],
        "annotations": [{"labeller": "alice", "labels": ["ORDER"]}],
    },
    {"id": "c2", "turns": [{"speaker": "customer", "text": "ยังไม่ได้รับของครับ"}]},
]


@pytest.fixture
def ws_path(tmp_path: Path) -> str:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(orjson.dumps(c) + b"\n" for c in CONVERSATIONS))
    path = tmp_path / "ws.db"
    with Workspace.open(path, create=True) as ws:
        ws.importer.import_file(src, ImportOptions(batch="b"))
    return str(path)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("out.jsonl", "jsonl"),
        ("out.csv", "csv"),
        ("out.parquet", "parquet"),
        ("out.xlsx", "xlsx"),
        ("tasks.json", "labelstudio"),
    ],
)
def test_export_writes_the_file_named_by_the_extension(ws_path, tmp_path, name, fmt):
    out = tmp_path / name
    proc = labeldesk(
        "export", "-w", ws_path, "--batch", "b", "-o", str(out), env={"LABELDESK_PROGRESS": "1"}
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout.startswith(f"exported 2 conversations of batch 'b' to {out} ({fmt}) in ")
    assert out.stat().st_size > 0


def test_export_format_option_and_json_output(ws_path, tmp_path):
    out = tmp_path / "export.txt"
    proc = labeldesk(
        "export", "-w", ws_path, "-b", "b", "--format", "jsonl", "-o", str(out), "--json"
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert {k: result[k] for k in ("batch", "format", "path", "conversations")} == {
        "batch": "b",
        "format": "jsonl",
        "path": str(out),
        "conversations": 2,
    }
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["c1", "c2"]


def test_unknown_batch_is_a_one_line_error(ws_path, tmp_path):
    proc = labeldesk("export", "-w", ws_path, "-b", "nope", "-o", str(tmp_path / "o.csv"))
    assert_one_line_error(proc, "no batch named 'nope'", "batches: b")
    assert not (tmp_path / "o.csv").exists()


def test_missing_output_directory_is_a_one_line_error(ws_path, tmp_path):
    out = tmp_path / "missing" / "o.csv"
    proc = labeldesk("export", "-w", ws_path, "-b", "b", "-o", str(out))
    assert_one_line_error(proc, f"cannot write {out}", "does not exist")


def test_unknown_format_is_a_one_line_error(ws_path, tmp_path):
    proc = labeldesk(
        "export", "-w", ws_path, "-b", "b", "-f", "yaml", "-o", str(tmp_path / "o.yaml")
    )
    assert_one_line_error(proc, "unknown format 'yaml'", "csv, jsonl, parquet, xlsx, labelstudio")
    proc = labeldesk("export", "-w", ws_path, "-b", "b", "-o", str(tmp_path / "o.txt"))
    assert_one_line_error(proc, "cannot tell the format of 'o.txt'", "--format")


def test_missing_workspace_is_a_one_line_error(tmp_path):
    proc = labeldesk(
        "export", "-w", str(tmp_path / "none.db"), "-b", "b", "-o", str(tmp_path / "o.csv")
    )
    assert_one_line_error(proc, "no workspace at")
