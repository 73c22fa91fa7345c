"""The importer with ``redact=True``: what it masks, what it leaves, and what it stores.

Languages are detected on the text as written, so ``--redact`` does not change them, and
the content hash is of the masked text that is stored (a hash of the original next to the
masked text would let anyone find the masked number by trying them all).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from labeldesk.ingest.importer import ImportOptions
from labeldesk.ingest.record import ConversationRecord, TurnRecord
from labeldesk.ingest.validate import content_hash
from labeldesk.redact.evaluation import load_messages
from labeldesk.storage.models import Conversation, Turn
from labeldesk.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data" / "redaction"


def record(cid: str, *texts: str, **meta) -> ConversationRecord:
    return ConversationRecord(cid, [TurnRecord("customer", t) for t in texts], dict(meta))


def stored_turns(ws) -> list[str]:
    with ws.db.sessions() as s:
        return list(s.scalars(select(Turn.text).order_by(Turn.conversation_id, Turn.idx)))


def test_records_made_in_code_are_masked_with_their_metadata(workspace):
    rec = record("c1", "call 0812345678", order_id=5664107866, qty=3, paid=True)
    rec.turns[0].meta = {"email": "a.b@gmail.com"}
    result = workspace.importer.import_records(
        [rec], ImportOptions(batch="b", redact=True, detect_language=False)
    )
    assert result.redacted == {"EMAIL": 1, "ORDER": 1, "PHONE": 1}
    assert stored_turns(workspace) == ["call [PHONE]"]
    with workspace.db.sessions() as s:
        assert s.scalar(select(Conversation.meta)) == {
            "order_id": "[ORDER]",
            "qty": 3,
            "paid": True,
        }
        assert s.scalar(select(Turn.meta)) == {"email": "[EMAIL]"}


def test_without_redact_nothing_changes(workspace):
    result = workspace.importer.import_records(
        [record("c1", "call 0812345678")], ImportOptions(batch="b", detect_language=False)
    )
    assert result.redacted is None
    assert stored_turns(workspace) == ["call 0812345678"]


def test_the_content_hash_is_of_the_masked_text(workspace):
    records = [record("c1", "call me on 0812345678"), record("c2", "call me on 0898765432")]
    result = workspace.importer.import_records(
        records, ImportOptions(batch="b", redact=True, detect_language=False)
    )
    # once masked, the two are the same conversation: a labeller would see it twice
    assert (result.imported, result.duplicate_content) == (1, 1)
    assert result.redacted == {"PHONE": 1}  # the duplicate's number is not counted
    with workspace.db.sessions() as s:
        stored_hash = s.scalar(select(Conversation.content_hash))
    assert stored_hash == content_hash([TurnRecord("customer", "call me on [PHONE]")])


def languages(ws) -> list[str]:
    with ws.db.sessions() as s:
        return list(s.scalars(select(Conversation.language).order_by(Conversation.id)))


@pytest.mark.parametrize("parallel", [False, True], ids=["here", "worker-processes"])
def test_languages_are_detected_on_the_text_as_written(workspace, tmp_path, parallel):
    messages = load_messages(DATA / "dev.jsonl")
    options = ImportOptions(batch="b", parallel_detection=parallel)
    workspace.importer.import_records(
        [record(f"m{i}", m.text) for i, m in enumerate(messages)], options
    )
    with Workspace.open(tmp_path / "masked.db", create=True) as other:
        masked = other.importer.import_records(
            [record(f"m{i}", m.text) for i, m in enumerate(messages)], replace(options, redact=True)
        )
        assert masked.imported == len(messages)
        assert sum(masked.redacted.values()) == sum(len(m.spans) for m in messages)
        assert "[PHONE]" in "".join(stored_turns(other))
        assert languages(other) == languages(workspace)


def test_gold_explanations_and_imported_notes_are_masked_too(workspace, tmp_path):
    # labellers read a gold item's explanation as feedback, and notes travel with answers
    import orjson

    from labeldesk.storage.models import AnnotationRevision, GoldItem

    rows = [
        {"id": "g1", "turns": [{"speaker": "customer", "text": "hi"}],
         "gold": {"labels": ["a"], "explanation": "she gave 0812345678, so it is a"},
         "annotations": [{"labeller": "ana", "labels": ["a"], "note": "mail a.b@gmail.com"}]},
        {"id": "g2", "turns": [{"speaker": "customer", "text": "hello"}],
         "labels": ["a"], "why": "ask ops@shop.co.th"},
    ]  # fmt: skip
    path = tmp_path / "g.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    result = workspace.importer.import_file(
        path,
        ImportOptions(batch="b", redact=True, detect_language=False, labels_as="gold",
                      gold_explanation_field="why"),
    )  # fmt: skip
    assert result.redacted == {"EMAIL": 2, "PHONE": 1}
    with workspace.db.sessions() as s:
        explanations = sorted(s.scalars(select(GoldItem.explanation)))
        notes = list(s.scalars(select(AnnotationRevision.note)))
    assert explanations == ["ask [EMAIL]", "she gave [PHONE], so it is a"]
    assert notes == ["mail [EMAIL]"]
    raw = (tmp_path / "ws.db").read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("ws.db-*")
    )
    assert b"0812345678" not in raw
    assert b"a.b@gmail.com" not in raw
