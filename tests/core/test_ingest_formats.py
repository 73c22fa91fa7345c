"""Import the shared conversation files in every format: JSONL as shipped, and CSV (per turn,
per conversation), XLSX and Parquet made from them in the test."""

from __future__ import annotations

import csv
from pathlib import Path

import orjson
import pytest
from sqlalchemy import func, select

from labeldesk.ingest.importer import ImportOptions
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Batch,
    Conversation,
    GoldItem,
    Prediction,
    Turn,
    User,
)


def load(path: Path, limit: int | None = None) -> list[dict]:
    with path.open("rb") as f:
        rows = [orjson.loads(line) for line in f]
    return rows[:limit]


def count(ws, model, *where) -> int:
    with ws.db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def conversation(ws, external_id: str) -> tuple[Conversation, list[Turn]]:
    with ws.db.sessions() as s:
        conv = s.scalar(select(Conversation).where(Conversation.external_id == external_id))
        turns = s.scalars(select(Turn).where(Turn.conversation_id == conv.id).order_by(Turn.idx))
        return conv, list(turns)


def options(**kw) -> ImportOptions:
    kw.setdefault("batch", "b")
    return ImportOptions(**kw)


def write_per_turn_csv(path: Path, convs: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["conversation_id", "turn", "speaker", "text", "active_intents", "language",
                    "labels", "meta.source"])
        for c in convs:
            for i, t in enumerate(c["turns"]):
                first = i == 0
                intents = "|".join(t.get("active_intents", []))
                w.writerow([c["id"], i, t["speaker"], t["text"], intents,
                            c["language"] if first else "",
                            "|".join(c["labels"]) if first else "",
                            c["source"] if first else ""])


def per_conversation_rows(convs: list[dict]) -> list[dict]:
    return [
        {"id": c["id"], "text": c["turns"][0]["text"], "response": c["turns"][1]["text"],
         "labels": orjson.dumps(c["labels"]).decode(), "language": c["language"],
         "category": c["category"], "meta.intent": c["intent"]}
        for c in convs
    ]


# -- JSONL --------------------------------------------------------------------------------


def test_jsonl_bitext_imports_every_conversation_with_predictions(workspace, shared_data):
    workspace.taxonomy.import_file(shared_data / "bitext_taxonomy.csv")
    result = workspace.importer.import_file(
        shared_data / "bitext_customer_support.jsonl", options(batch="bitext"))
    assert result.imported == 4514
    assert result.duplicates == 0
    assert result.rejected == 0
    assert sum(result.languages.values()) == 4514
    assert result.languages.get("en", 0) > 4000  # detected from the customer turns
    # labels ["ORDER", "ORDER>cancel_order"] on a leaf-only taxonomy: the leaf only
    assert result.predictions == 4514
    assert count(workspace, Conversation) == 4514
    assert count(workspace, Turn) == 2 * 4514
    conv, turns = conversation(workspace, "bitext-00001")
    assert conv.source_language == "en"
    assert conv.language in ("en", "und")
    assert 0.0 <= conv.language_confidence <= 1.0
    assert conv.meta["category"] == "ORDER"
    assert conv.meta["intent"] == "cancel_order"
    assert conv.meta["entity"]["value"] == "113542617735902"
    assert conv.meta["tags"] == "BIL"
    assert [t.speaker for t in turns] == ["customer", "agent"]
    assert turns[0].text == "how can I cancel purchase 113542617735902?"
    assert "\r\n" in turns[1].text  # texts are stored exactly as given
    with workspace.db.sessions() as s:
        keys = set(s.scalars(select(Prediction.label_key)))
        batch = s.scalar(select(Batch).where(Batch.name == "bitext"))
        assert batch.taxonomy_id is not None
    assert "ORDER>cancel_order" in keys
    assert "ORDER" not in keys


def test_jsonl_sgd_labels_as_gold_resolve_full_paths(workspace, shared_data):
    workspace.taxonomy.import_file(shared_data / "sgd_taxonomy.csv")
    result = workspace.importer.import_file(
        shared_data / "sgd_sample.jsonl", options(labels_as="gold", taxonomy="sgd"))
    assert result.imported == 2080
    assert result.gold == 2080
    assert result.predictions == 0
    conv, turns = conversation(workspace, "sgd-train-32_00011")
    assert turns[0].meta == {"active_intents": ["Banks_1>CheckBalance"]}
    assert turns[1].meta is None
    assert conv.meta["services"] == ["Banks_1"]
    with workspace.db.sessions() as s:
        gold = s.scalar(select(GoldItem).where(GoldItem.conversation_id == conv.id))
    # "Banks>Banks_1>CheckBalance" resolves to the key "Banks_1>CheckBalance"; ancestors drop
    assert gold.labels == ["Banks_1>CheckBalance", "Banks_1>TransferMoney"]


def test_labels_ignored_and_no_taxonomy_keeps_raw_strings(workspace, shared_data):
    r = workspace.importer.import_file(shared_data / "abcd_sample.jsonl",
                                       options(labels_as="ignore", detect_language=False))
    assert r.imported == 5
    assert r.predictions == 0
    assert r.gold == 0
    r2 = workspace.importer.import_file(shared_data / "abcd_sample.jsonl",
                                        options(batch="again", detect_language=False))
    assert r2.imported == 0
    assert r2.duplicate_ids == 5
    workspace2_keys = ["product_defect", "product_defect>return_size"]
    from labeldesk.ingest.record import ConversationRecord, TurnRecord

    rec = ConversationRecord("raw-1", [TurnRecord("customer", "hello there")],
                             labels=workspace2_keys)
    r3 = workspace.importer.import_records([rec], options(batch="raw"))
    assert r3.predictions == 2  # no taxonomy: labels kept as written
    abcd = load(shared_data / "abcd_sample.jsonl")
    conv, _ = conversation(workspace, abcd[0]["id"])
    assert conv.meta["actions"] == abcd[0]["actions"]  # unknown keys go to meta


# -- CSV ----------------------------------------------------------------------------------


def test_csv_one_row_per_turn(workspace, shared_data, tmp_path):
    workspace.taxonomy.import_file(shared_data / "sgd_taxonomy.csv")
    convs = load(shared_data / "sgd_sample.jsonl")
    path = tmp_path / "sgd_turns.csv"
    write_per_turn_csv(path, convs)
    result = workspace.importer.import_file(path, options())
    assert result.imported == 2080
    assert count(workspace, Turn) == sum(len(c["turns"]) for c in convs)
    conv, turns = conversation(workspace, convs[0]["id"])
    assert [t.text for t in turns] == [t["text"] for t in convs[0]["turns"]]
    assert turns[0].meta == {"active_intents": "Banks_1>CheckBalance"}
    assert conv.meta == {"source": convs[0]["source"]}
    assert conv.source_language == "en"
    assert result.predictions == sum(
        len([lbl for lbl in c["labels"] if lbl.count(">") == 2]) for c in convs)


def test_csv_one_row_per_conversation(workspace, shared_data, tmp_path):
    convs = load(shared_data / "bitext_customer_support.jsonl")
    path = tmp_path / "bitext.csv"
    rows = per_conversation_rows(convs)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    result = workspace.importer.import_file(path, options(detect_language=False))
    assert result.imported == 4514
    assert result.predictions == 2 * 4514
    conv, turns = conversation(workspace, "bitext-00002")
    assert [(t.speaker, t.text) for t in turns] == [
        (t["speaker"], t["text"]) for t in convs[1]["turns"]]
    assert conv.meta == {"category": "ORDER", "intent": "cancel_order"}


def test_csv_column_and_speaker_mapping(workspace, tmp_path):
    path = tmp_path / "tickets.csv"
    path.write_text(
        "ticket,role,message,when\n"
        "T-1,USER,my parcel is late,2024-01-01T10:00\n"
        "T-1,SYSTEM,sorry to hear that,2024-01-01T10:01\n"
        "T-1,Bot,here is a tracking link,\n"
        "T-2,Client,refund please,\n", encoding="utf-8")
    result = workspace.importer.import_file(path, options(
        column_map={"conversation_id": "ticket", "text": "message", "speaker": "role",
                    "ts": "when"},
        speaker_map={"Client": "customer"}, detect_language=False))
    assert result.imported == 2
    _, turns = conversation(workspace, "T-1")
    assert [(t.speaker, t.text, t.ts) for t in turns] == [
        ("customer", "my parcel is late", "2024-01-01T10:00"),
        ("agent", "sorry to hear that", "2024-01-01T10:01"),
        ("bot", "here is a tracking link", None),
    ]
    assert conversation(workspace, "T-2")[1][0].speaker == "customer"


def test_tsv_with_bom_and_turn_column_reorders(workspace, tmp_path):
    path = tmp_path / "x.tsv"
    path.write_bytes("\ufeffconversation_id\tturn\tspeaker\ttext\n"
                     "c1\t2\tagent\tsecond\nc1\t1\tcustomer\tfirst\n".encode())
    workspace.importer.import_file(path, options(detect_language=False))
    assert [t.text for t in conversation(workspace, "c1")[1]] == ["first", "second"]


# -- XLSX and Parquet ---------------------------------------------------------------------


def test_xlsx_per_conversation_and_per_turn(workspace, shared_data, tmp_path):
    import pandas as pd

    bitext = load(shared_data / "bitext_customer_support.jsonl", limit=300)
    pd.DataFrame(per_conversation_rows(bitext)).to_excel(tmp_path / "b.xlsx", index=False)
    r = workspace.importer.import_file(tmp_path / "b.xlsx", options(detect_language=False))
    assert r.imported == 300
    assert r.predictions == 600
    sgd = load(shared_data / "sgd_sample.jsonl", limit=100)
    write_per_turn_csv(tmp_path / "s.csv", sgd)
    frame = pd.read_csv(tmp_path / "s.csv", dtype=str, keep_default_na=False)
    frame["turn"] = frame["turn"].astype(int)  # a number cell, as spreadsheets have
    frame.to_excel(tmp_path / "s.xlsx", index=False)
    r = workspace.importer.import_file(tmp_path / "s.xlsx", options(batch="sgd"))
    assert r.imported == 100
    _, turns = conversation(workspace, sgd[5]["id"])
    assert [t.text for t in turns] == [t["text"] for t in sgd[5]["turns"]]


def test_parquet_nested_turns_and_per_turn(workspace, shared_data, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    sgd = load(shared_data / "sgd_sample.jsonl")
    table = pa.Table.from_pylist([
        {"id": c["id"], "language": c["language"], "labels": c["labels"],
         "turns": [{"speaker": t["speaker"], "text": t["text"]} for t in c["turns"]],
         "meta": {"source": c["source"]}}
        for c in sgd
    ])
    pq.write_table(table, tmp_path / "sgd.parquet", row_group_size=500)
    r = workspace.importer.import_file(tmp_path / "sgd.parquet", options())
    assert r.imported == 2080
    assert r.languages.get("en", 0) > 2000
    conv, turns = conversation(workspace, sgd[-1]["id"])
    assert [t.text for t in turns] == [t["text"] for t in sgd[-1]["turns"]]
    assert conv.meta == {"source": sgd[-1]["source"]}

    bitext = load(shared_data / "bitext_customer_support.jsonl", limit=1000)
    flat = pa.Table.from_pylist([
        {"conversation_id": c["id"], "speaker": t["speaker"], "text": t["text"]}
        for c in bitext for t in c["turns"]
    ])
    pq.write_table(flat, tmp_path / "bitext.parquet")
    r = workspace.importer.import_file(tmp_path / "bitext.parquet",
                                       options(batch="bitext", detect_language=False))
    assert r.imported == 1000


# -- predictions, gold and annotations as the exporter writes them ------------------------


def test_predictions_gold_and_annotations_records(workspace, shared_data, tmp_path):
    workspace.taxonomy.import_file(shared_data / "bitext_taxonomy.csv")
    rows = [
        {"id": "x-1", "turns": [{"speaker": "customer", "text": "cancel my order please"}],
         "predictions": [
             {"label": "ORDER>cancel_order", "score": 0.9, "model": "m1", "turn": None}],
         "gold": {"labels": ["ORDER>cancel_order"], "explanation": "asks to cancel"},
         "annotations": [
             {"labeller": "ana", "labels": ["ORDER>cancel_order"], "unsure": True,
              "note": "hm", "active_seconds": 12.5, "revision": 3,
              "turn_labels": {"0": ["ORDER>cancel_order"]}},
             {"labeller": "ben", "labels": [], "skip_reason": "not English"},
         ],
         "meta": {"market": "SG"}},
        {"id": "x-2", "turns": [{"speaker": "customer", "text": "where is my refund"}],
         "annotations": [{"labeller": "ana", "labels": ["REFUND>track_refund"]}]},
    ]
    path = tmp_path / "exported.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    r = workspace.importer.import_file(path, options(detect_language=False))
    assert (r.imported, r.predictions, r.gold, r.annotations) == (2, 1, 1, 3)
    with workspace.db.sessions() as s:
        users = {n: r for n, r in s.execute(select(User.name, User.role))}
        assert users == {"ana": "labeller", "ben": "labeller"}
        rev = s.scalar(select(AnnotationRevision).where(AnnotationRevision.number == 3))
        assert rev.labels == ["ORDER>cancel_order"]
        assert rev.unsure
        assert rev.note == "hm"
        assert rev.turn_labels == {"0": ["ORDER>cancel_order"]}
        assert rev.active_seconds == 12.5
        assert rev.taxonomy_version_id is not None
        assert s.scalar(select(func.max(Annotation.latest_revision))) == 3
        pred = s.scalar(select(Prediction))
        assert (pred.label_key, pred.score, pred.model, pred.turn_idx) == (
            "ORDER>cancel_order", 0.9, "m1", None)
        assert s.scalar(select(GoldItem.explanation)) == "asks to cancel"


def test_gold_explanation_field_is_taken_out_of_meta(workspace, tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_bytes(orjson.dumps({"id": "g1", "turns": [{"speaker": "customer", "text": "hi"}],
                                   "labels": ["a"], "why": "because"}) + b"\n")
    workspace.importer.import_file(path, options(labels_as="gold", gold_explanation_field="why",
                                                 detect_language=False))
    conv, _ = conversation(workspace, "g1")
    assert "why" not in conv.meta
    with workspace.db.sessions() as s:
        gold = s.scalar(select(GoldItem))
    assert (gold.labels, gold.explanation) == (["a"], "because")


# -- dedupe, batches, determinism ---------------------------------------------------------


def test_duplicates_by_id_and_by_content_are_counted(workspace, tmp_path):
    def conv(cid, text):
        return {"id": cid, "turns": [{"speaker": "customer", "text": text}]}

    path = tmp_path / "d.jsonl"
    rows = [conv("a", "one"), conv("b", "two"), conv("a", "three"), conv("c", "one "),
            conv("d", "four")]
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    r = workspace.importer.import_file(path, options(detect_language=False))
    assert (r.imported, r.duplicate_ids, r.duplicate_content) == (3, 1, 1)
    again = workspace.importer.import_file(path, options(detect_language=False))
    assert (again.imported, again.duplicates, again.batch_created) == (0, 5, False)
    assert count(workspace, Batch) == 1


def test_existing_batch_is_appended_to(workspace, shared_data, tmp_path):
    convs = load(shared_data / "abcd_sample.jsonl")
    (tmp_path / "one.jsonl").write_bytes(orjson.dumps(convs[0]) + b"\n")
    (tmp_path / "two.jsonl").write_bytes(b"".join(orjson.dumps(c) + b"\n" for c in convs[1:]))
    first = workspace.importer.import_file(tmp_path / "one.jsonl", options())
    second = workspace.importer.import_file(tmp_path / "two.jsonl", options())
    assert first.batch_created
    assert not second.batch_created
    with workspace.db.sessions() as s:
        assert s.scalar(select(func.count(func.distinct(Conversation.batch_id)))) == 1
    assert count(workspace, Conversation) == 5


def test_language_detection_is_deterministic(tmp_path, shared_data):
    from labeldesk.workspace import Workspace

    found = []
    for name, parallel in (("a.db", False), ("b.db", True)):
        with Workspace.open(tmp_path / name, create=True) as ws:
            ws.importer.import_file(shared_data / "sgd_sample.jsonl",
                                    options(chunk_size=300, parallel_detection=parallel))
            with ws.db.sessions() as s:
                found.append(s.execute(select(Conversation.external_id, Conversation.language,
                                              Conversation.language_confidence)
                                       .order_by(Conversation.external_id)).all())
    assert found[0] == found[1]


def test_import_records_reports_progress_per_chunk(workspace):
    from labeldesk.ingest.record import ConversationRecord, TurnRecord

    seen = []
    records = (ConversationRecord(f"r{i}", [TurnRecord("USER", f"message number {i}")])
               for i in range(25))
    r = workspace.importer.import_records(records, options(chunk_size=10), seen.append)
    assert r.imported == 25
    assert [p.done for p in seen] == [10, 20, 25]
    assert seen[-1].unit == "conversations"
    assert conversation(workspace, "r3")[1][0].speaker == "customer"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_one_megabyte_text_field_imports(workspace, tmp_path, fmt):
    big = "refund " * 150_000  # 1,050,000 characters
    path = tmp_path / f"big.{fmt}"
    if fmt == "jsonl":
        path.write_bytes(orjson.dumps({"id": "big", "turns": [
            {"speaker": "customer", "text": big}]}) + b"\n")
    else:
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([["id", "text"], ["big", big]])
    r = workspace.importer.import_file(path, options())
    assert r.imported == 1
    assert conversation(workspace, "big")[1][0].text == big


def test_existing_batch_keeps_its_taxonomy(workspace, shared_data, tmp_path):
    from labeldesk.errors import LabelDeskError

    workspace.taxonomy.import_file(shared_data / "bitext_taxonomy.csv")
    workspace.taxonomy.import_file(shared_data / "sgd_taxonomy.csv")
    path = shared_data / "abcd_sample.jsonl"
    with pytest.raises(LabelDeskError, match="several taxonomies"):
        workspace.importer.import_file(path, options(labels_as="ignore"))
    workspace.importer.import_file(path, options(labels_as="ignore", taxonomy="sgd"))
    with pytest.raises(LabelDeskError, match="the batch uses taxonomy 'sgd', not 'bitext'"):
        workspace.importer.import_file(path, options(labels_as="ignore", taxonomy="bitext"))
    again = workspace.importer.import_file(path, options(labels_as="ignore"))  # the batch's
    assert again.duplicate_ids == 5


def test_labeldesk_export_columns_read_back(workspace, tmp_path):
    path = tmp_path / "export.csv"
    turns = orjson.dumps([{"speaker": "customer", "text": "hi", "meta": '{"mood": "ok"}'}]).decode()
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([
            ["id", "batch", "language", "language_confidence", "source_language", "n_turns",
             "labels.ana", "meta.count", "meta.order_id", "meta.note", "turns", "annotations"],
            ["e1", "old", "th", "0.75", "", "1", "x", "7", '"123"', "plain text", turns, "[]"],
        ])
    workspace.importer.import_file(path, options(detect_language=False))
    conv, turns_ = conversation(workspace, "e1")
    assert conv.meta == {"count": 7, "order_id": "123", "note": "plain text"}
    assert conv.source_language is None  # the export's source_language column wins
    assert conv.language == "und"
    assert turns_[0].meta == {"mood": "ok"}
