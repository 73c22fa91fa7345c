"""``labeldesk import --redact``, run as a user runs it: personal data is masked before it is
stored, the counts are printed and logged, and the original text is nowhere in the file."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from cli_helpers import assert_one_line_error, labeldesk
from sqlalchemy import select

from labeldesk.storage.models import AuditEntry, Conversation, Turn
from labeldesk.workspace import Workspace

#: The personal data in CONVERSATIONS; none of it may reach the workspace file.
SECRETS = (
    "081-234-5678",
    "somchai.k@gmail.com",
    "4885 3933 6338 7508",
    "1-2601-81590-83-9",
    "850312-14-5523",
    "3171015708850003",
    "240315ABCD1234",
    "TH0412345678A",
    "+65 9123 4567",
    "0912 345 678",
    "5664107866",
    "jason.tan88@gmail.com",
)

CONVERSATIONS = [
    {
        "id": "th-1",
        "market": "TH",
        "order_id": "5664107866",
        "turns": [
            {"speaker": "customer", "text": "สวัสดีค่ะ เบอร์ 081-234-5678 อีเมล somchai.k@gmail.com ค่ะ"},
            {"speaker": "agent", "text": "ขอบคุณค่ะ คำสั่งซื้อเลขที่ 240315ABCD1234 นะคะ"},
            {"speaker": "customer", "text": "เลขบัตรประชาชน 1-2601-81590-83-9 ค่ะ ราคา 1,250 บาท"},
        ],
    },
    {
        "id": "en-1",
        "market": "SG",
        "turns": [
            {"speaker": "customer", "text": "I was charged twice on card 4885 3933 6338 7508!"},
            {"speaker": "agent", "text": "Sorry! Can we call you?", "contact": "+65 9123 4567"},
            {"speaker": "customer", "text": "Mail jason.tan88@gmail.com, tracking TH0412345678A"},
        ],
    },
    {
        "id": "ms-1",
        "turns": [
            {
                "speaker": "customer",
                "text": "No IC saya 850312-14-5523, NIK kakak 3171015708850003",
            },
        ],
    },
    {
        "id": "vi-1",
        "turns": [
            {"speaker": "customer", "text": "Gọi mình số 0912 345 678 nhé, giá 1.250.000đ"},
        ],
    },
    {"id": "zh-1", "turns": [{"speaker": "customer", "text": "我买了三件，价格是129.90元。"}]},  # noqa: RUF001
]
WANT = {"CARD": 1, "EMAIL": 2, "NATIONAL_ID": 3, "ORDER": 2, "PHONE": 3, "TRACKING": 1}


@pytest.fixture
def conversations(tmp_path: Path) -> Path:
    path = tmp_path / "chats.jsonl"
    path.write_bytes(b"".join(orjson.dumps(c) + b"\n" for c in CONVERSATIONS))
    return path


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    path = tmp_path / "ws.db"
    assert labeldesk("init", "-w", str(path)).returncode == 0
    return path


def workspace_bytes(ws_path: Path) -> bytes:
    """The workspace file as it is on disk, with its WAL and shared-memory files."""
    return b"".join(p.read_bytes() for p in ws_path.parent.glob(ws_path.name + "*"))


def stored(location: str | Path) -> tuple[list[str], list[dict]]:
    with Workspace.open(location) as ws, ws.db.sessions() as s:
        texts = list(s.scalars(select(Turn.text).order_by(Turn.conversation_id, Turn.idx)))
        metas = [m or {} for m in s.scalars(select(Conversation.meta).order_by(Conversation.id))]
        turn_metas = [m for m in s.scalars(select(Turn.meta)) if m]
    return texts, [*metas, *turn_metas]


def test_redacted_import_prints_counts_and_stores_no_personal_data(ws_path, conversations):
    proc = labeldesk(
        "import", str(conversations), "--batch", "chats", "--redact", "-w", str(ws_path)
    )
    assert proc.returncode == 0, proc.stderr
    assert "imported 5 conversations" in proc.stdout
    assert (
        "redacted 12 spans: CARD 1, EMAIL 2, NATIONAL_ID 3, ORDER 2, PHONE 3, TRACKING 1"
        in proc.stdout
    )
    texts, metas = stored(ws_path)
    assert texts[:3] == [
        "สวัสดีค่ะ เบอร์ [PHONE] อีเมล [EMAIL] ค่ะ",
        "ขอบคุณค่ะ คำสั่งซื้อเลขที่ [ORDER] นะคะ",
        "เลขบัตรประชาชน [NATIONAL_ID] ค่ะ ราคา 1,250 บาท",  # the price is kept
    ]
    assert "我买了三件，价格是129.90元。" in texts  # noqa: RUF001 - Chinese punctuation
    assert {"market": "TH", "order_id": "[ORDER]"} in metas  # the key names the number
    assert {"contact": "[PHONE]"} in metas
    raw = workspace_bytes(ws_path)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    with Workspace.open(ws_path) as ws, ws.db.sessions() as s:
        payload = s.scalars(select(AuditEntry.payload).where(AuditEntry.action == "import")).one()
    assert payload["redacted"] == WANT
    assert not any(secret in json.dumps(payload, ensure_ascii=False) for secret in SECRETS)


def test_the_file_check_would_see_the_data_without_redact(ws_path, conversations):
    proc = labeldesk("import", str(conversations), "--batch", "chats", "--json", "-w", str(ws_path))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["redacted"] is None
    raw = workspace_bytes(ws_path)
    assert b"somchai.k@gmail.com" in raw
    assert b"081-234-5678" in raw


def test_json_output_and_duplicates_are_not_counted(ws_path, conversations):
    args = (
        "import",
        str(conversations),
        "--batch",
        "chats",
        "--redact",
        "--json",
        "-w",
        str(ws_path),
    )
    first = json.loads(labeldesk(*args).stdout)
    assert first["redacted"] == WANT
    again = labeldesk(*args)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["redacted"] == {}  # all five were duplicates
    assert json.loads(again.stdout)["duplicate_ids"] == 5
    human = labeldesk(*args[:-3], "-w", str(ws_path))
    assert "redacted nothing" in human.stdout


def test_workspace_patterns_are_set_checked_and_used(ws_path, tmp_path):
    path = tmp_path / "tickets.jsonl"
    path.write_bytes(
        orjson.dumps(
            {
                "id": "t",
                "turns": [
                    {"speaker": "customer", "text": "ticket TK-123456 about order #99887766"}
                ],
            }
        )
        + b"\n"
    )
    bad = labeldesk(
        "settings", "redaction.patterns", '{"TICKET": "TK-(\\\\d{6}"}', "-w", str(ws_path)
    )
    assert_one_line_error(
        bad, "setting 'redaction.patterns'", "pattern TICKET", "is not a valid regular expression"
    )
    bad_name = labeldesk(
        "settings", "redaction.patterns", '{"ticket": "TK-\\\\d{6}"}', "-w", str(ws_path)
    )
    assert_one_line_error(bad_name, "type name 'ticket' must be upper-case letters A-Z and _")
    ok = labeldesk(
        "settings", "redaction.patterns", '{"TICKET": "TK-\\\\d{6}"}', "-w", str(ws_path)
    )
    assert ok.returncode == 0, ok.stderr
    proc = labeldesk("import", str(path), "--batch", "t", "--redact", "-w", str(ws_path))
    assert "redacted 1 span: TICKET 1" in proc.stdout  # no ORDER pattern any more
    assert stored(ws_path)[0] == ["ticket [TICKET] about order #99887766"]


def test_a_bad_pattern_stored_in_the_workspace_stops_the_import(ws_path, conversations):
    with Workspace.open(ws_path) as ws:  # e.g. written by an older version, or by hand
        ws.set_setting("redaction.patterns", {"ORDER": "[unclosed"})
    proc = labeldesk(
        "import", str(conversations), "--batch", "chats", "--redact", "-w", str(ws_path)
    )
    assert_one_line_error(proc, "setting 'redaction.patterns': pattern ORDER ('[unclosed')")
    assert stored(ws_path)[0] == []


def test_non_utf8_input_still_gets_the_encoding_error(ws_path, tmp_path):
    path = tmp_path / "thai.jsonl"
    thai = '{"id": "t2", "turns": [{"speaker": "customer", "text": "โทร 0812345678"}]}'
    ascii_line = orjson.dumps({"id": "t1", "turns": [{"speaker": "customer", "text": "hi"}]})
    path.write_bytes(ascii_line + b"\n" + thai.encode("cp874") + b"\n")
    proc = labeldesk("import", str(path), "--batch", "b", "--redact", "-w", str(ws_path))
    assert_one_line_error(proc, f"{path}:line 2", "not UTF-8 at line 2", "--encoding")
    assert stored(ws_path)[0] == []
    again = labeldesk(
        "import", str(path), "--batch", "b", "--redact", "--encoding", "cp874", "-w", str(ws_path)
    )
    assert again.returncode == 0, again.stderr
    assert "โทร [PHONE]" in stored(ws_path)[0]


def test_redacted_import_into_a_hub_database(db_url, conversations):
    assert labeldesk("init", "-w", db_url).returncode == 0
    proc = labeldesk(
        "import", str(conversations), "--batch", "chats", "--redact", "--json", "-w", db_url
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["redacted"] == WANT
    texts, metas = stored(db_url)
    joined = "\n".join(texts) + json.dumps(metas, ensure_ascii=False)
    assert "[PHONE]" in joined
    for secret in SECRETS:
        assert secret not in joined, secret
