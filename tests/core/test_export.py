"""The exporter on a small hand-built workspace: shapes of every format, errors, atomic writes."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from labeldesk.errors import CancelledError, LabelDeskError
from labeldesk.export import FORMATS, ExportService, resolve_format
from labeldesk.export import records as rec
from labeldesk.export.shapes import conversation_json
from labeldesk.export.table import decode_meta_cell, encode_meta_value
from labeldesk.progress import Progress
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Batch,
    Conversation,
    GoldItem,
    GoldPool,
    Prediction,
    Role,
    Turn,
    User,
)
from labeldesk.workspace import Workspace

SUFFIX = {
    "jsonl": "jsonl",
    "csv": "csv",
    "parquet": "parquet",
    "xlsx": "xlsx",
    "labelstudio": "json",
}


def add_conversation(s, batch: Batch, external_id: str, turns, **kw) -> Conversation:
    conv = Conversation(
        external_id=external_id,
        batch_id=batch.id,
        content_hash=external_id,
        n_turns=len(turns),
        **kw,
    )
    s.add(conv)
    s.flush()
    for i, (speaker, text, *rest) in enumerate(turns):
        s.add(
            Turn(
                conversation_id=conv.id,
                idx=i,
                speaker=speaker,
                text=text,
                ts=rest[0] if rest else None,
                meta=rest[1] if len(rest) > 1 else None,
            )
        )
    return conv


def answer(s, conv: Conversation, user: User, *revisions: dict, latest: int | None = None) -> None:
    ann = Annotation(
        conversation_id=conv.id, user_id=user.id, latest_revision=latest or len(revisions)
    )
    s.add(ann)
    s.flush()
    for n, fields in enumerate(revisions, start=1):
        fields.setdefault("turn_labels", {})
        s.add(AnnotationRevision(annotation_id=ann.id, number=n, **fields))


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    """Batch ``b``: two labelled conversations; batch ``other``: one, with ids in between."""
    with workspace.db.sessions.begin() as s:
        b, other = Batch(name="b"), Batch(name="other")
        alice = User(name="alice", role=Role.LABELLER, languages=["en"], pseudonym="p-alice")
        bob = User(name="bob", role=Role.LABELLER, languages=["th"], pseudonym="p-bob")
        s.add_all([b, other, alice, bob])
        s.flush()
        one = add_conversation(
            s,
            b,
            "c1",
            [
                ("customer", "where is my order?\r\nit is late", "2024-05-01T10:00:00Z"),
                ("agent", "Let me check.", None, {"macro": "lookup", "n": 2}),
            ],
            language="en",
            language_confidence=0.75,
            source_language="en",
            meta={"market": "TH", "order_id": "123", "nested": {"a": [1, None]}, "n": 3},
        )
        add_conversation(s, other, "x1", [("customer", "other batch")])
        two = add_conversation(
            s, b, "c2", [("customer", "สวัสดีครับ ของยังไม่มา")], language="th", language_confidence=0.5
        )
        answer(
            s,
            one,
            alice,
            {"labels": ["ORDER"]},
            {
                "labels": ["ORDER>late"],
                "turn_labels": {"0": ["ORDER>late"]},
                "note": "revised",
                "active_seconds": 12.5,
            },
        )
        answer(s, one, bob, {"labels": ["ORDER"], "unsure": True, "active_seconds": 3.0})
        answer(
            s,
            two,
            bob,
            {"labels": [], "skip_reason": "not Thai"},
            {"labels": ["SHIPPING"]},
            latest=1,
        )  # stale pointer: number 2 is still the answer
        s.add(
            GoldItem(
                conversation_id=one.id,
                labels=["ORDER>late"],
                turn_labels={},
                explanation="late order",
                pool=GoldPool.TRAINING,
            )
        )
        s.add_all(
            [
                Prediction(
                    conversation_id=one.id, label_key="ORDER", score=0.5, model="m2", turn_idx=1
                ),
                Prediction(conversation_id=one.id, label_key="ORDER>late", score=0.25, model="m2"),
                Prediction(conversation_id=one.id, label_key="SHIPPING", score=None, model="m1"),
            ]
        )
    return workspace


def export(ws: Workspace, fmt: str, tmp_path: Path, batch: str = "b") -> Path:
    out = tmp_path / f"out.{SUFFIX[fmt]}"
    result = ws.exporter.export_batch(batch, fmt, out)
    assert (result.batch, result.format, result.path) == (batch, fmt, out)
    return out


# -- records and JSONL --------------------------------------------------------------------------


def test_jsonl_has_one_object_per_conversation_in_the_documented_shape(ws, tmp_path):
    lines = export(ws, "jsonl", tmp_path).read_bytes().splitlines()
    first, second = (orjson.loads(line) for line in lines)
    assert first == {
        "id": "c1",
        "batch": "b",
        "language": "en",
        "language_confidence": 0.75,
        "source_language": "en",
        "turns": [
            {
                "speaker": "customer",
                "text": "where is my order?\r\nit is late",
                "ts": "2024-05-01T10:00:00Z",
            },
            {"speaker": "agent", "text": "Let me check.", "macro": "lookup", "n": 2},
        ],
        "meta": {"market": "TH", "order_id": "123", "nested": {"a": [1, None]}, "n": 3},
        "predictions": [
            {"label": "SHIPPING", "score": None, "model": "m1", "turn": None},
            {"label": "ORDER>late", "score": 0.25, "model": "m2", "turn": None},
            {"label": "ORDER", "score": 0.5, "model": "m2", "turn": 1},
        ],
        "gold": {
            "labels": ["ORDER>late"],
            "turn_labels": {},
            "explanation": "late order",
            "pool": "training",
        },
        "annotations": [
            {
                "labeller": "alice",
                "labeller_id": "p-alice",
                "labels": ["ORDER>late"],
                "turn_labels": {"0": ["ORDER>late"]},
                "unsure": False,
                "skip_reason": None,
                "note": "revised",
                "active_seconds": 12.5,
                "revision": 2,
            },
            {
                "labeller": "bob",
                "labeller_id": "p-bob",
                "labels": ["ORDER"],
                "turn_labels": {},
                "unsure": True,
                "skip_reason": None,
                "note": "",
                "active_seconds": 3.0,
                "revision": 1,
            },
        ],
        # A gold item (here a training one): its known answer is final.
        "final": {
            "labels": ["ORDER>late"],
            "decided_by": "gold",
            "confidence": 1.0,
            "n_answers": 0,
        },
        "qa": {"gold": {"pool": "training", "results": []}},
    }
    assert second["id"] == "c2"
    # bob's answer pointer says revision 1, a skip: no answer, so no final label
    assert second["final"]["decided_by"] == "none"
    assert second["qa"] is None
    assert second["turns"] == [{"speaker": "customer", "text": "สวัสดีครับ ของยังไม่มา"}]
    assert second["source_language"] is None
    assert second["gold"] is None
    assert [(a["revision"], a["labels"]) for a in second["annotations"]] == [(2, ["SHIPPING"])]


def test_jsonl_is_utf8_with_sorted_keys_and_no_escapes(ws, tmp_path):
    data = export(ws, "jsonl", tmp_path).read_bytes()
    assert "สวัสดีครับ".encode() in data
    line = data.splitlines()[0]
    assert line == orjson.dumps(orjson.loads(line), option=orjson.OPT_SORT_KEYS)
    assert data.endswith(b"\n")
    assert b"\r\n" not in data.replace(b"\\r\\n", b"")


def test_iter_records_streams_pages_and_skips_other_batches(ws, monkeypatch):
    monkeypatch.setattr(rec, "PAGE_SIZE", 1)
    records = list(ws.exporter.iter_records("b"))
    assert [r.external_id for r in records] == ["c1", "c2"]
    assert [len(r.turns) for r in records] == [2, 1]
    assert records[0].batch == "b"


def test_interleaved_batches_keep_their_own_turns(ws, monkeypatch):
    """A page whose id range holds another batch's conversation (c1 < x1 < c2)."""
    monkeypatch.setattr(rec, "PAGE_SIZE", 10)
    turns = {r.external_id: [t.text for t in r.turns] for r in ws.exporter.iter_records("b")}
    assert turns == {
        "c1": ["where is my order?\r\nit is late", "Let me check."],
        "c2": ["สวัสดีครับ ของยังไม่มา"],
    }
    other = list(ws.exporter.iter_records("other"))
    assert [(r.external_id, [t.text for t in r.turns]) for r in other] == [("x1", ["other batch"])]


def test_unknown_batch_names_the_batches_there_are(ws, tmp_path):
    with pytest.raises(LabelDeskError, match=r"no batch named 'nope' \(batches: b, other\)"):
        ws.exporter.export_batch("nope", "jsonl", tmp_path / "x.jsonl")
    assert not (tmp_path / "x.jsonl").exists()
    with pytest.raises(LabelDeskError, match="no batch named"):
        list(ws.exporter.iter_records("nope"))


# -- formats and destinations -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.jsonl", "jsonl"),
        ("a.csv", "csv"),
        ("a.PARQUET", "parquet"),
        ("a.xlsx", "xlsx"),
        ("a.json", "labelstudio"),
        ("a.ndjson", "jsonl"),
    ],
)
def test_format_comes_from_the_extension(name, fmt):
    assert resolve_format(None, Path(name)) == fmt


def test_unknown_format_and_extension_are_clear_errors():
    with pytest.raises(LabelDeskError, match="unknown format 'tsv'; choose one of csv, jsonl"):
        resolve_format("tsv", Path("a.csv"))
    with pytest.raises(LabelDeskError, match=r"cannot tell the format of 'a\.txt'.*--format"):
        resolve_format(None, Path("a.txt"))
    assert resolve_format("LabelStudio", Path("a.txt")) == "labelstudio"


def test_missing_or_unwritable_directory_is_a_clear_error(ws, tmp_path):
    with pytest.raises(LabelDeskError, match=r"directory .* does not exist"):
        ws.exporter.export_batch("b", "csv", tmp_path / "no" / "out.csv")
    with pytest.raises(LabelDeskError, match="it is a directory"):
        ws.exporter.export_batch("b", "csv", tmp_path)
    if os.geteuid() == 0:
        pytest.skip("root may write into a read-only directory")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(LabelDeskError, match=r"directory .* is not writable"):
            ws.exporter.export_batch("b", "csv", locked / "out.csv")
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize("fmt", FORMATS)
def test_cancelled_export_leaves_the_old_file_and_no_temporary(ws, tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(rec, "PAGE_SIZE", 1)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"out.{SUFFIX[fmt]}"
    out.write_bytes(b"previous export")

    def cancel_after_first_page(p: Progress) -> None:
        if p.done >= 1:
            raise CancelledError("cancelled")

    with pytest.raises(CancelledError):
        ws.exporter.export_batch("b", fmt, out, cancel_after_first_page)
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in folder.iterdir()] == [out.name]


def test_progress_counts_conversations_up_to_the_total(ws, tmp_path, monkeypatch):
    monkeypatch.setattr(rec, "PAGE_SIZE", 1)
    seen: list[Progress] = []
    result = ws.exporter.export_batch("b", "parquet", tmp_path / "o.parquet", seen.append)
    assert [(p.done, p.total) for p in seen] == [(0, 2), (1, 2), (2, 2)]
    assert result.conversations == 2
    assert result.seconds > 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_workspace_gives_the_same_bytes(ws, tmp_path, fmt):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = export(ws, fmt, tmp_path / "a"), export(ws, fmt, tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_batch_gives_a_valid_empty_file(workspace, tmp_path, fmt):
    with workspace.db.sessions.begin() as s:
        s.add(Batch(name="empty"))
    out = export(workspace, fmt, tmp_path, batch="empty")
    if fmt == "labelstudio":
        assert orjson.loads(out.read_bytes()) == []
    elif fmt == "jsonl":
        assert out.read_bytes() == b""
    elif fmt == "csv":
        assert out.read_text().startswith("id,batch,language,")
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows == 0


# -- CSV and XLSX -------------------------------------------------------------------------------


def csv_rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without BOM
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def test_csv_has_one_row_per_conversation_with_json_and_flattened_columns(ws, tmp_path):
    out = export(ws, "csv", tmp_path)
    assert out.read_bytes().split(b"\r\n")[0] == (
        b"id,batch,language,language_confidence,source_language,n_turns,labels.alice,"
        b"labels.bob,meta.market,meta.n,meta.nested,meta.order_id,turns,predictions,gold,"
        b"annotations,final_labels,decided_by,final,qa"
    )
    first, second = csv_rows(out)
    assert (first["final_labels"], first["decided_by"]) == ("ORDER>late", "gold")
    assert orjson.loads(first["qa"]) == {"gold": {"pool": "training", "results": []}}
    assert (second["final_labels"], second["decided_by"], second["qa"]) == ("", "none", "")
    assert first["labels.alice"] == "ORDER>late"
    assert (first["meta.market"], first["meta.order_id"], first["meta.n"]) == ("TH", '"123"', "3")
    assert orjson.loads(first["meta.nested"]) == {"a": [1, None]}
    assert first["n_turns"] == "2"
    assert first["language_confidence"] == "0.75"
    assert orjson.loads(first["turns"])[0]["text"] == "where is my order?\r\nit is late"
    assert orjson.loads(first["annotations"])[0]["labeller"] == "alice"
    assert orjson.loads(first["gold"])["pool"] == "training"
    assert second["gold"] == ""
    assert second["meta.market"] == ""
    assert second["labels.alice"] == ""
    assert second["source_language"] == ""
    record = next(iter(ws.exporter.iter_records("b")))
    assert {
        k[5:]: decode_meta_cell(v) for k, v in first.items() if k.startswith("meta.") and v
    } == record.meta


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@given(json_values)
def test_meta_cells_decode_to_the_value_written(value):
    cell = encode_meta_value(value)
    assert cell != ""  # an empty cell means "no such key"
    assert decode_meta_cell(cell) == value


@pytest.mark.parametrize("text", ["123", "true", "null", "[1]", '"x"', "", " 7 ", "-0.5"])
def test_strings_that_look_like_json_are_quoted(text):
    assert encode_meta_value(text) == orjson.dumps(text).decode()
    assert encode_meta_value("plain text") == "plain text"


def test_xlsx_rows_hold_the_same_cells_and_formulas_stay_text(ws, tmp_path):
    import openpyxl

    with ws.db.sessions.begin() as s:
        conv = s.query(Conversation).filter_by(external_id="c2").one()
        conv.meta = {"formula": '=HYPERLINK("http://x")'}
    out = export(ws, "xlsx", tmp_path)
    sheet = openpyxl.load_workbook(out, read_only=True, data_only=True).worksheets[0]
    header, first, second = (list(r) for r in sheet.iter_rows(values_only=True))
    row = dict(zip(header, first, strict=True))
    assert sheet.title == "conversations"
    assert (row["id"], row["n_turns"], row["language_confidence"]) == ("c1", 2, 0.75)
    assert row["meta.order_id"] == '"123"'
    assert orjson.loads(row["turns"])[1]["macro"] == "lookup"
    second += [None] * (len(header) - len(second))  # read-only mode drops empty trailing cells
    cell = dict(zip(header, second, strict=True))["meta.formula"]
    assert cell == '=HYPERLINK("http://x")'  # text, not a formula (data_only would give None)


def test_xlsx_refuses_a_cell_longer_than_excel_allows(ws, tmp_path):
    with ws.db.sessions.begin() as s:
        conv = s.query(Conversation).filter_by(external_id="c2").one()
        s.add(Turn(conversation_id=conv.id, idx=1, speaker="agent", text="x" * 40_000))
    out = tmp_path / "out.xlsx"
    with pytest.raises(
        LabelDeskError,
        match=r"conversation 'c2': column 'turns' holds "
        r"40,0\d\d characters.*32,767.*CSV, JSONL or Parquet",
    ):
        ws.exporter.export_batch("b", "xlsx", out)
    assert not out.exists()
    assert export(ws, "csv", tmp_path).exists()  # the other formats have no such limit


# -- Parquet ------------------------------------------------------------------------------------


def test_parquet_has_nested_turns_and_the_jsonl_values(ws, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = export(ws, "parquet", tmp_path)
    table = pq.read_table(out)
    assert table.schema.field("turns").type == pa.list_(
        pa.struct(
            [
                ("speaker", pa.string()),
                ("text", pa.string()),
                ("ts", pa.string()),
                ("meta", pa.string()),
            ]
        )
    )
    assert pq.ParquetFile(out).metadata.row_group(0).column(0).compression == "ZSTD"
    expected = [conversation_json(r) for r in ws.exporter.iter_records("b")]
    for row, want in zip(table.to_pylist(), expected, strict=True):
        assert row["id"] == want["id"]
        assert row["n_turns"] == len(want["turns"])
        for turn, want_turn in zip(row["turns"], want["turns"], strict=True):
            flat = {k: v for k, v in turn.items() if k != "meta" and v is not None}
            flat.update(orjson.loads(turn["meta"]) if turn["meta"] else {})
            assert flat == want_turn
        for col in ("meta", "predictions", "gold", "annotations"):
            assert (orjson.loads(row[col]) if row[col] else None) == want[col], col
        for col in ("batch", "language", "language_confidence", "source_language"):
            assert row[col] == want[col], col


def test_export_service_is_what_the_workspace_wires(ws):
    assert isinstance(ws.exporter, ExportService)


def test_parquet_worker_processes_write_the_same_bytes(ws, tmp_path, monkeypatch):
    """Pages read by worker processes (one page per conversation here) give the same file."""
    from labeldesk.export import parquet

    monkeypatch.setattr(rec, "PAGE_SIZE", 1)
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    monkeypatch.setenv("LABELDESK_EXPORT_WORKERS", "1")
    single = export(ws, "parquet", tmp_path / "one")
    monkeypatch.setenv("LABELDESK_EXPORT_WORKERS", "2")
    monkeypatch.setattr(parquet, "MIN_PAGES_PER_WORKER", 1)
    seen: list[Progress] = []
    ws.exporter.export_batch("b", "parquet", tmp_path / "two" / "out.parquet", seen.append)
    assert (tmp_path / "two" / "out.parquet").read_bytes() == single.read_bytes()
    assert [(p.done, p.total) for p in seen] == [(0, 2), (1, 2), (2, 2)]


def test_parquet_turn_text_with_nul_bytes_and_control_characters(workspace, tmp_path):
    """Column-wise SQLite reads fall back to rows when a value holds the separator byte."""
    import pyarrow.parquet as pq

    with workspace.db.sessions.begin() as s:
        b = Batch(name="b")
        s.add(b)
        s.flush()
        add_conversation(s, b, "nul", [("customer", "a\x00b", "\x01"), ("agent", "", None)])
        add_conversation(s, b, "ctl", [("customer", "\x01", None, {"k": 1}), ("bot", "x", "")])
    table = pq.read_table(export(workspace, "parquet", tmp_path))
    assert table.column("turns").to_pylist() == [
        [
            {"speaker": "customer", "text": "a\x00b", "ts": "\x01", "meta": None},
            {"speaker": "agent", "text": "", "ts": None, "meta": None},
        ],
        [
            {"speaker": "customer", "text": "\x01", "ts": None, "meta": '{"k": 1}'},
            {"speaker": "bot", "text": "x", "ts": "", "meta": None},
        ],
    ]
    assert table.column("n_turns").to_pylist() == [2, 2]
