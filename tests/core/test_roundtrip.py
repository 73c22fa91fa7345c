"""Export, then import into a fresh workspace, then export again: nothing is lost, in every format.

The source workspace holds real conversations from the shared data (200 Bitext, 100 SGD, all
ABCD) plus Thai, Chinese and Vietnamese ones with CRLF text, timestamps and nested metadata;
two labellers' annotations (a second revision, turn labels, unsure, a skip, notes), a gold
item in the training pool, and scored model predictions on turns.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from labeldesk.export.shapes import conversation_json
from labeldesk.ingest.importer import ImportOptions
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Conversation,
    GoldItem,
    GoldPool,
    Prediction,
    Role,
    User,
)
from labeldesk.workspace import Workspace

BATCH = "mixed"
SUFFIX = {
    "jsonl": "jsonl",
    "csv": "csv",
    "parquet": "parquet",
    "xlsx": "xlsx",
    "labelstudio": "json",
}

INTERNATIONAL = [
    {
        "id": "intl-th-1",
        "language": "th",
        "channel": "line",
        "turns": [
            {
                "speaker": "customer",
                "text": "สวัสดีครับ\r\nสั่งของไปแล้วยังไม่ได้รับเลยครับ",
                "ts": "2024-05-01T10:00:00+07:00",
            },
            {
                "speaker": "agent",
                "text": "ขออภัยค่ะ รบกวนขอเลขคำสั่งซื้อด้วยค่ะ",
                "ts": "2024-05-01T10:01:30+07:00",
                "sentiment": {"score": -0.25},
            },
            {"speaker": "customer", "text": "  3348917502  \r\n"},
        ],
        "meta": {
            "market": "TH",
            "order": {"id": "3348917502", "items": [1, 2.5, None, True], "note": "ของแตก"},
            "order_id": "123",
            "empty": "",
            "flag": False,
            "count": 7,
            "formula": "=1+1",
            "quoted": '"already quoted"',
        },
    },
    {
        "id": "intl-zh-1",
        "language": "zh",
        "turns": [
            {"speaker": "customer", "text": "我的订单还没到，已经一个星期了。请帮我查一下。"},  # noqa: RUF001
            {"speaker": "agent", "text": "您好！请提供订单号，我马上为您查询。"},  # noqa: RUF001
        ],
        "meta": {"market": "CN", "tags": ["物流", "延迟"]},
    },
    {
        "id": "intl-vi-1",
        "turns": [
            {"speaker": "customer", "text": "Tôi chưa nhận được hàng. Đơn hàng của tôi ở đâu?"},
            {"speaker": "bot", "text": "Xin chào! Vui lòng cho biết mã đơn hàng của bạn."},
        ],
        "meta": {"market": "VN"},
    },
]


def _lines(path: Path, limit: int | None) -> list[bytes]:
    with path.open("rb") as f:
        lines = [line for line in f if line.strip()]
    return lines[:limit]


def _source_file(shared_data: Path, out: Path) -> Path:
    lines = (
        _lines(shared_data / "bitext_customer_support.jsonl", 200)
        + _lines(shared_data / "sgd_sample.jsonl", 100)
        + _lines(shared_data / "abcd_sample.jsonl", None)
        + [orjson.dumps(c) + b"\n" for c in INTERNATIONAL]
    )
    out.write_bytes(b"".join(lines))
    return out


def _conversation_ids(ws: Workspace, *external_ids: str) -> list[int]:
    with ws.db.sessions() as s:
        rows = dict(
            s.query(Conversation.external_id, Conversation.id)
            .filter(Conversation.external_id.in_(external_ids))
            .all()
        )
    return [rows[e] for e in external_ids]


def _annotate(ws: Workspace) -> None:
    """Two labellers, a revised answer, turn labels, unsure, a skip; gold; scored predictions."""
    ids = _conversation_ids(
        ws,
        "bitext-00001",
        "bitext-00002",
        "sgd-train-32_00011",
        "abcd-3592",
        "intl-th-1",
        "intl-zh-1",
        "intl-vi-1",
    )
    with ws.db.sessions.begin() as s:
        alice = User(name="alice", role=Role.LABELLER, languages=["en", "th"])
        bob = User(name="bob", role=Role.LABELLER, languages=["en", "zh", "vi"])
        s.add_all([alice, bob])
        s.flush()
        for n, cid in enumerate(ids):
            a = Annotation(conversation_id=cid, user_id=alice.id, latest_revision=2)
            b = Annotation(conversation_id=cid, user_id=bob.id, latest_revision=1)
            s.add_all([a, b])
            s.flush()
            s.add(
                AnnotationRevision(
                    annotation_id=a.id,
                    number=1,
                    labels=["ORDER"],
                    turn_labels={},
                    active_seconds=3.0,
                )
            )
            s.add(
                AnnotationRevision(
                    annotation_id=a.id,
                    number=2,
                    labels=["ORDER", "ORDER>cancel_order"],
                    turn_labels={"0": ["ORDER>cancel_order"], "1": ["ACCOUNT"]},
                    note='second look: "cancel", not track\r\nline two' if n == 0 else "",
                    active_seconds=12.25 + n,
                )
            )
            skipped = n == 3
            s.add(
                AnnotationRevision(
                    annotation_id=b.id,
                    number=1,
                    labels=[] if skipped else ["SHIPPING>delivery_period"],
                    turn_labels={},
                    unsure=n % 2 == 1,
                    skip_reason="not a customer-service chat" if skipped else None,
                    note="ไม่แน่ใจ" if n == 4 else "",
                    active_seconds=0.30000000000000004,
                )
            )
        s.add(
            GoldItem(
                conversation_id=ids[1],
                labels=["ORDER>cancel_order"],
                turn_labels={"0": ["ORDER"]},
                explanation="asks to cancel\nan order",
                pool=GoldPool.TRAINING,
            )
        )
        s.add_all(
            [
                Prediction(
                    conversation_id=ids[0],
                    label_key="ORDER>track_order",
                    score=0.125,
                    model="clf-v2",
                ),
                Prediction(
                    conversation_id=ids[0], label_key="ORDER", score=0.9, model="clf-v2", turn_idx=1
                ),
                Prediction(
                    conversation_id=ids[4], label_key="SHIPPING", score=None, model="clf-v2"
                ),
            ]
        )


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The labelled source workspace (built once for the module)."""
    shared = Path(__file__).resolve().parents[3] / "shared" / "data"
    tmp = tmp_path_factory.mktemp("source")
    ws = Workspace.open(tmp / "ws.db", create=True)
    ws.importer.import_file(_source_file(shared, tmp / "mixed.jsonl"), ImportOptions(batch=BATCH))
    _annotate(ws)
    try:
        yield ws
    finally:
        ws.close()


def _records(ws: Workspace) -> dict[str, dict[str, Any]]:
    return {r.external_id: conversation_json(r) for r in ws.exporter.iter_records(BATCH)}


def _content(record: dict[str, Any]) -> dict[str, Any]:
    """What the import record contract carries today (no pseudonyms, pool, source language)."""
    out = {k: v for k, v in record.items() if k != "source_language"}
    out["annotations"] = [
        {k: v for k, v in a.items() if k != "labeller_id"} for a in record["annotations"]
    ]
    if out["gold"] is not None:
        out["gold"] = {k: v for k, v in out["gold"].items() if k != "pool"}
    return out


def _identity(record: dict[str, Any]) -> dict[str, Any]:
    """What needs more of the record contract: source language, pseudonyms, gold pool."""
    return {
        "source_language": record.get("source_language"),
        "labeller_ids": [a["labeller_id"] for a in record["annotations"]],
        "pool": None if record["gold"] is None else record["gold"]["pool"],
    }


def _round_trip(source: Workspace, fmt: str, tmp_path: Path) -> Workspace:
    out = tmp_path / f"export.{SUFFIX[fmt]}"
    result = source.exporter.export_batch(BATCH, fmt, out)
    assert result.conversations == 308
    fresh = Workspace.open(tmp_path / "fresh.db", create=True)
    imported = fresh.importer.import_file(out, ImportOptions(batch=BATCH, format=fmt))
    assert imported.imported == 308
    assert imported.rejected == 0
    return fresh


# Known gaps on the import side, as strict xfails: when the importer closes one, its test
# XPASSes and fails, and the marker goes. (Checked against the importer as of this commit.)
# The importer closed every content gap (CSV, XLSX and Parquet columns, meta cells, turn meta).
CONTENT_GAPS: dict[str, str] = {}
# Pseudonyms, the gold pool and the file's own language now survive every format.
IDENTITY_GAPS: dict[str, str] = {}


def _formats(gaps: dict[str, str]) -> list[Any]:
    return [
        pytest.param(fmt, marks=pytest.mark.xfail(reason=gaps[fmt], strict=True))
        if fmt in gaps
        else fmt
        for fmt in SUFFIX
    ]


@pytest.mark.parametrize("fmt", _formats(CONTENT_GAPS))
def test_round_trip_keeps_every_conversation_and_answer(source, fmt, tmp_path):
    before = _records(source)
    with _round_trip(source, fmt, tmp_path) as fresh:
        after = _records(fresh)
    assert sorted(after) == sorted(before)
    for key, record in before.items():
        assert _content(after[key]) == _content(record), key


@pytest.mark.parametrize("fmt", _formats(IDENTITY_GAPS))
def test_round_trip_keeps_pseudonyms_gold_pool_and_source_language(source, fmt, tmp_path):
    before = _records(source)
    with _round_trip(source, fmt, tmp_path) as fresh:
        after = _records(fresh)
    for key, record in before.items():
        assert _identity(after[key]) == _identity(record), key


# Parquet copies stored JSON text as the workspace holds it (key order included), so its bytes
# after a re-import may differ while its content is equal (checked above); XLSX stores its
# save time.
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "labelstudio"])
def test_export_of_the_import_is_byte_identical(source, fmt, tmp_path):
    first = tmp_path / f"first.{SUFFIX[fmt]}"
    source.exporter.export_batch(BATCH, fmt, first)
    with _round_trip(source, fmt, tmp_path) as fresh:
        again = tmp_path / f"again.{SUFFIX[fmt]}"
        fresh.exporter.export_batch(BATCH, fmt, again)
    assert again.read_bytes() == first.read_bytes()


def test_source_workspace_has_what_the_round_trip_checks(source):
    records = _records(source)
    th = records["intl-th-1"]
    assert th["turns"][0]["text"].endswith("\r\nสั่งของไปแล้วยังไม่ได้รับเลยครับ")
    assert th["turns"][1]["sentiment"] == {"score": -0.25}
    assert th["meta"]["order"]["items"] == [1, 2.5, None, True]
    assert th["language"] == "th"
    assert records["intl-zh-1"]["language"] == "zh"
    assert records["intl-vi-1"]["turns"][1]["speaker"] == "bot"
    sgd = records["sgd-train-32_00011"]
    assert sgd["turns"][0]["active_intents"] == ["Banks_1>CheckBalance"]
    first = records["bitext-00001"]
    alice, bob = first["annotations"]
    assert (alice["labeller"], alice["revision"]) == ("alice", 2)
    assert alice["turn_labels"] == {"0": ["ORDER>cancel_order"], "1": ["ACCOUNT"]}
    assert bob["active_seconds"] == 0.30000000000000004
    assert records["abcd-3592"]["annotations"][1]["skip_reason"] == "not a customer-service chat"
    assert records["bitext-00002"]["gold"]["pool"] == "training"
    assert [p["model"] for p in first["predictions"]] == ["clf-v2", "clf-v2", "file", "file"]
