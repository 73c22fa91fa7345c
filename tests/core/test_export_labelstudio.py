"""Label Studio: the task list LabelDesk writes, and the reader for it and for Label Studio's own
exports (Paragraphs with Taxonomy, Choices and ParagraphLabels)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from labeldesk.errors import InputError
from labeldesk.export import labelstudio as writer
from labeldesk.export.shapes import conversation_json
from labeldesk.ingest import labelstudio as reader
from labeldesk.ingest.importer import ImportOptions
from labeldesk.ingest.jsonl import Rejected
from labeldesk.ingest.labelstudio import read_labelstudio
from labeldesk.ingest.record import ConversationRecord
from labeldesk.workspace import Workspace

CONVERSATIONS = [
    {
        "id": "c1",
        "language": "en",
        "turns": [
            {
                "speaker": "customer",
                "text": "Where is my order?\r\nIt is late.",
                "ts": "2024-05-01T10:00:00Z",
            },
            {"speaker": "agent", "text": "Let me check.", "macro": "lookup"},
        ],
        "meta": {"market": "TH", "order": {"id": "123", "items": [1, None]}},
        "predictions": [
            {"label": "ORDER>late", "score": 0.30000000000000004, "model": "m1", "turn": None},
            {"label": "ORDER", "score": None, "model": "m1", "turn": 0},
            {"label": "SHIPPING", "score": 0.5, "model": "m2", "turn": None},
        ],
        "gold": {"labels": ["ORDER>late"], "explanation": "late", "turn_labels": {"0": ["ORDER"]}},
        "annotations": [
            {
                "labeller": "alice",
                "labels": ["ORDER", "ORDER>late"],
                "turn_labels": {"0": ["ORDER>late"], "1": ["ACCOUNT"]},
                "note": "two\nlines",
                "active_seconds": 12.25,
                "revision": 2,
            },
            {"labeller": "bob", "labels": [], "skip_reason": "not my language", "unsure": True},
        ],
    },
    {
        "id": "c2",
        "turns": [
            {"speaker": "customer", "text": "ยังไม่ได้รับของครับ"},
            {"speaker": "bot", "text": "ขอเลขคำสั่งซื้อด้วยค่ะ"},
        ],
    },
]

#: What Label Studio itself exports for a project with Paragraphs, Taxonomy, ParagraphLabels,
#: Choices, TextArea and Rating; trimmed of a few bookkeeping fields.
LABEL_STUDIO_EXPORT = [
    {
        "id": 101,
        "annotations": [
            {
                "id": 7,
                "completed_by": 3,
                "result": [
                    {
                        "value": {"taxonomy": [["Order", "Late delivery"], ["Order"]]},
                        "id": "tx1",
                        "from_name": "intent",
                        "to_name": "chat",
                        "type": "taxonomy",
                        "origin": "manual",
                    },
                    {
                        "value": {
                            "start": "1",
                            "end": "2",
                            "startOffset": 0,
                            "endOffset": 12,
                            "text": "Where is my…",
                            "paragraphlabels": ["Complaint"],
                        },
                        "id": "pl1",
                        "from_name": "turn",
                        "to_name": "chat",
                        "type": "paragraphlabels",
                        "origin": "manual",
                    },
                    {
                        "value": {"choices": ["Negative"]},
                        "id": "ch1",
                        "from_name": "sentiment",
                        "to_name": "chat",
                        "type": "choices",
                        "origin": "manual",
                    },
                    {
                        "value": {"text": ["customer was polite"]},
                        "id": "ta1",
                        "from_name": "comment",
                        "to_name": "chat",
                        "type": "textarea",
                        "origin": "manual",
                    },
                    {
                        "value": {"rating": 4},
                        "id": "r1",
                        "from_name": "quality",
                        "to_name": "chat",
                        "type": "rating",
                        "origin": "manual",
                    },
                ],
                "was_cancelled": False,
                "ground_truth": False,
                "created_at": "2024-03-01T10:00:00.000000Z",
                "updated_at": "2024-03-01T10:00:42.000000Z",
                "lead_time": 42.5,
                "prediction": {},
                "result_count": 0,
                "task": 101,
                "parent_prediction": None,
                "parent_annotation": None,
            },
            {
                "id": 8,
                "completed_by": {
                    "id": 4,
                    "email": "nok@example.com",
                    "first_name": "Nok",
                    "last_name": "",
                },
                "result": [],
                "was_cancelled": True,
                "ground_truth": False,
                "lead_time": 3.0,
                "task": 101,
            },
        ],
        "drafts": [],
        "predictions": [
            {
                "id": 5,
                "model_version": "intent-v1",
                "score": 0.8,
                "created_ago": "3 hours",
                "result": [
                    {
                        "from_name": "intent",
                        "to_name": "chat",
                        "type": "taxonomy",
                        "value": {"taxonomy": [["Order", "Late delivery"]]},
                    }
                ],
            },
        ],
        "data": {
            "chat": [
                {"author": "Customer", "text": "Hi"},
                {"author": "Customer", "text": "Where is my parcel?"},
                {"author": "Agent:", "text": "Let me check"},
            ],
            "order_id": "A-1",
            "channel": "web",
        },
        "meta": {},
        "created_at": "2024-03-01T09:00:00.000000Z",
        "inner_id": 1,
        "total_annotations": 1,
        "cancelled_annotations": 1,
        "total_predictions": 1,
        "project": 3,
        "updated_by": 3,
    },
    {
        "id": 102,
        "data": {"text": "single message task"},
        "annotations": [
            {
                "completed_by": 3,
                "result": [
                    {
                        "type": "choices",
                        "value": {"choices": ["Other"]},
                        "from_name": "intent",
                        "to_name": "text",
                    },
                    {
                        "type": "labels",
                        "value": {"start": 0, "end": 6, "text": "single", "labels": ["X"]},
                        "from_name": "ner",
                        "to_name": "text",
                    },
                ],
            }
        ],
    },
]


@pytest.fixture
def ws(workspace: Workspace, tmp_path: Path) -> Workspace:
    src = tmp_path / "src.jsonl"
    src.write_bytes(b"".join(orjson.dumps(c) + b"\n" for c in CONVERSATIONS))
    workspace.importer.import_file(src, ImportOptions(batch="b"))
    return workspace


def test_tasks_have_the_dialogue_labels_and_predictions(ws, tmp_path):
    out = tmp_path / "tasks.json"
    ws.exporter.export_batch("b", "labelstudio", out)
    raw = out.read_bytes()
    assert raw.startswith(b"[\n{")
    assert raw.endswith(b"}\n]\n")
    assert len(raw.splitlines()) == 4  # one task per line
    task = orjson.loads(raw)[0]
    assert task["id"] == 1
    assert task["data"]["id"] == "c1"
    assert task["data"]["dialogue"][0] == {
        "author": "customer",
        "text": "Where is my order?\r\nIt is late.",
        "ts": "2024-05-01T10:00:00Z",
    }
    assert task["data"]["dialogue"][1]["meta"] == {"macro": "lookup"}
    alice = task["annotations"][0]
    assert alice["was_cancelled"] is False
    assert alice["ground_truth"] is False
    assert alice["lead_time"] == 12.25
    assert "completed_by" not in alice  # Label Studio gives the importing user the annotation
    taxonomy, turn0, turn1 = alice["result"]
    assert taxonomy["type"] == "taxonomy"
    assert taxonomy["value"] == {"taxonomy": [["ORDER"], ["ORDER", "late"]]}
    assert (taxonomy["from_name"], taxonomy["to_name"]) == ("label", "dialogue")
    assert turn0["type"] == "paragraphlabels"
    assert turn0["value"] == {
        "start": "0",
        "end": "0",
        "startOffset": 0,
        "endOffset": 31,
        "paragraphlabels": ["ORDER>late"],
    }
    assert turn1["value"]["start"] == "1"
    assert task["annotations"][1]["was_cancelled"] is True
    extras = task["data"]["labeldesk"]
    assert extras["annotations"][1] == {
        "labeller": "bob",
        "labeller_id": extras["annotations"][1]["labeller_id"],
        "unsure": True,
        "skip_reason": "not my language",
        "note": "",
        "active_seconds": 0.0,
        "revision": 1,
    }
    assert extras["gold"]["explanation"] == "late"
    m1, m2 = task["predictions"]
    assert (m1["model_version"], m1["score"], m2["score"]) == ("m1", 0.30000000000000004, 0.5)
    assert [r["score"] for r in m1["result"]] == [0.30000000000000004, None]
    assert m1["result"][1]["value"]["start"] == "0"


def test_reader_gives_back_what_was_exported(ws, tmp_path):
    out = tmp_path / "tasks.json"
    ws.exporter.export_batch("b", "labelstudio", out)
    exported = [conversation_json(r) for r in ws.exporter.iter_records("b")]
    read = [r for r in read_labelstudio(out) if isinstance(r, ConversationRecord)]
    assert [r.where for r in read] == ["task 1", "task 2"]
    for record, want in zip(read, exported, strict=True):
        got = conversation_json(record)
        assert record.language == want["source_language"]  # the file's language, as in JSONL
        assert record.language_confidence == want["language_confidence"]
        for key in ("id", "turns", "meta", "predictions"):
            assert got[key] == want[key], key
        gold = want["gold"] and {k: v for k, v in want["gold"].items() if k != "pool"}
        assert (got["gold"] and {k: v for k, v in got["gold"].items() if k != "pool"}) == gold
        strip = ("labeller_id",)
        assert [{k: v for k, v in a.items() if k not in strip} for a in got["annotations"]] == [
            {k: v for k, v in a.items() if k not in strip} for a in want["annotations"]
        ]


def test_reader_streams_tasks_across_buffer_boundaries(ws, tmp_path, monkeypatch):
    out = tmp_path / "tasks.json"
    ws.exporter.export_batch("b", "labelstudio", out)
    whole = [conversation_json(r) for r in read_labelstudio(out)]
    pretty = tmp_path / "pretty.json"
    pretty.write_bytes(
        b"\xef\xbb\xbf" + orjson.dumps(orjson.loads(out.read_bytes()), option=orjson.OPT_INDENT_2)
    )
    monkeypatch.setattr(reader, "_CHUNK", 7)
    assert [conversation_json(r) for r in read_labelstudio(out)] == whole
    assert [conversation_json(r) for r in read_labelstudio(pretty)] == whole


def test_reader_understands_label_studio_own_export(tmp_path):
    path = tmp_path / "project-3.json"
    path.write_bytes(orjson.dumps(LABEL_STUDIO_EXPORT, option=orjson.OPT_INDENT_2))
    first, second = read_labelstudio(path)
    assert first.external_id == "labelstudio-101"
    assert [(t.speaker, t.text) for t in first.turns] == [
        ("Customer", "Hi"),
        ("Customer", "Where is my parcel?"),
        ("Agent", "Let me check"),
    ]
    assert first.meta == {"order_id": "A-1", "channel": "web", "labelstudio_task_id": 101}
    one, two = first.annotations
    assert one.labeller == "labelstudio-user-3"
    assert one.labels == ["Order>Late delivery", "Order", "Negative"]
    assert one.turn_labels == {"1": ["Complaint"], "2": ["Complaint"]}
    assert (one.note, one.active_seconds, one.skip_reason) == ("customer was polite", 42.5, None)
    assert (two.labeller, two.labels, two.skip_reason) == (
        "nok@example.com",
        [],
        "skipped in Label Studio",
    )
    assert [(p.label, p.score, p.model, p.turn) for p in first.predictions] == [
        ("Order>Late delivery", 0.8, "intent-v1", None)
    ]
    assert [(t.speaker, t.text) for t in second.turns] == [("customer", "single message task")]
    assert second.annotations[0].labels == ["Other"]  # a Text tag's span label is not a turn
    assert second.annotations[0].turn_labels == {}


def test_label_studio_export_imports_into_a_workspace(workspace, tmp_path):
    path = tmp_path / "project-3.json"
    path.write_bytes(orjson.dumps(LABEL_STUDIO_EXPORT))
    result = workspace.importer.import_file(path, ImportOptions(batch="from-ls"))
    assert (result.imported, result.annotations, result.predictions) == (2, 3, 1)
    records = {r.external_id: r for r in workspace.exporter.iter_records("from-ls")}
    assert [t.speaker for t in records["labelstudio-101"].turns] == [
        "customer",
        "customer",
        "agent",
    ]
    assert sorted(a.labeller for a in records["labelstudio-101"].annotations) == [
        "labelstudio-user-3",
        "nok@example.com",
    ]


def test_bad_files_and_tasks_say_where(tmp_path):
    not_a_list = tmp_path / "a.json"
    not_a_list.write_text('{"data": {}}')
    with pytest.raises(InputError, match="expected '\\[' but found"):
        list(read_labelstudio(not_a_list))
    cut = tmp_path / "b.json"
    cut.write_text('[{"data": {"dialogue": [{"author": "agent", "text": "hi"}]}},\n{"data": {"di')
    with pytest.raises(InputError, match=r"task 2.*invalid JSON"):
        list(read_labelstudio(cut))
    mixed = tmp_path / "c.json"
    mixed.write_text(
        '[1, {"data": {"foo": 1}}, {"data": {"dialogue": [{"author": "agent", "text": "hi"}]}}]'
    )
    items = list(read_labelstudio(mixed))
    assert [type(i).__name__ for i in items] == ["Rejected", "Rejected", "ConversationRecord"]
    assert isinstance(items[0], Rejected)
    assert items[0].where == "task 1"
    assert "no dialogue" in items[1].problems[0].message
    assert items[2].external_id == "labelstudio-3"  # no id anywhere: its place in the file


def test_label_config_matches_the_export():
    config = writer.label_config(["ORDER", "ORDER>late", "ACCOUNT>login & password"])
    assert '<Paragraphs name="dialogue" value="$dialogue" layout="dialogue"' in config
    assert '<Taxonomy name="label" toName="dialogue">' in config
    assert '<Choice value="ORDER">\n      <Choice value="late"/>\n    </Choice>' in config
    assert '<Label value="ACCOUNT&gt;login &amp; password"/>' in config
