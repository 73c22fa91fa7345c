"""Bad input: every problem is reported with file, line/row and field, and a bad file changes
nothing (unless --skip-invalid, which imports the rest and writes a rejects file)."""

from __future__ import annotations

import csv
from pathlib import Path

import orjson
import pytest
from sqlalchemy import func, select

from labeldesk.errors import CancelledError, InputError
from labeldesk.ingest.importer import ImportOptions
from labeldesk.storage.models import AuditEntry, Batch, Conversation, Turn


def options(**kw) -> ImportOptions:
    kw.setdefault("batch", "b")
    kw.setdefault("detect_language", False)
    return ImportOptions(**kw)


def conv(cid: str, text: str = "hello", speaker: str = "customer", **extra) -> dict:
    return {"id": cid, "turns": [{"speaker": speaker, "text": text or f"text of {cid}"}], **extra}


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_bytes(b"".join(
        (r if isinstance(r, bytes) else orjson.dumps(r)) + b"\n" for r in rows))
    return path


def counts(ws) -> tuple[int, int, int]:
    with ws.db.sessions() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (Batch, Conversation, Turn))


def problems_of(excinfo) -> list[tuple[str, str, str]]:
    return [(p.where, p.field, p.message) for p in excinfo.value.problems]


def test_wrong_encoding_names_line_and_byte_and_suggests_encoding(workspace, tmp_path):
    path = tmp_path / "thai.jsonl"
    thai = '{"id": "t2", "turns": [{"speaker": "customer", "text": "สวัสดีครับ"}]}'
    path.write_bytes(orjson.dumps(conv("t1", "hello")) + b"\n" + thai.encode("cp874") + b"\n")
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    where, _field, message = problems_of(exc)[0]
    assert where == "line 2"
    assert f"not UTF-8 at line 2, byte {thai.index('ส') + 1}" in message
    assert "--encoding" in message
    assert str(path) in str(exc.value)
    assert counts(workspace) == (0, 0, 0)
    r = workspace.importer.import_file(path, options(encoding="cp874"))
    assert r.imported == 2
    with workspace.db.sessions() as s:
        assert s.scalar(select(Turn.text).where(Turn.text.like("ส%"))) == "สวัสดีครับ"


def test_csv_in_another_encoding_fails_with_its_line(workspace, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("id,text\nc1,plain\nc2,café crème\n".encode("cp1252"))
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    assert "not UTF-8 at line 3, byte 7" in str(exc.value)
    assert workspace.importer.import_file(path, options(encoding="cp1252")).imported == 2


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xef\xbb\xbf"])
def test_empty_file_says_no_conversations(workspace, tmp_path, content):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError, match=r"no conversations in .*empty\.jsonl"):
        workspace.importer.import_file(path, options())
    assert counts(workspace) == (0, 0, 0)


def test_empty_csv_with_only_a_header(workspace, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("id,text\n", encoding="utf-8")
    with pytest.raises(InputError, match="no conversations"):
        workspace.importer.import_file(path, options())


def test_truncated_last_line_is_a_problem_at_that_line(workspace, tmp_path):
    path = write_jsonl(tmp_path / "cut.jsonl", [conv("a"), conv("b")])
    with path.open("ab") as f:
        f.write(orjson.dumps(conv("c"))[:25])  # no newline: the file was cut off
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    assert problems_of(exc)[0][0] == "line 3"
    assert "cut short" in problems_of(exc)[0][2]
    assert counts(workspace) == (0, 0, 0)


def test_malformed_json_line_and_non_object(workspace, tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl", [conv("a"), b'{"id": "b", turns: []}', b"[1, 2]",
                                                conv("d")])
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    found = problems_of(exc)
    assert [w for w, _, _ in found] == ["line 2", "line 3"]
    assert "malformed JSON" in found[0][2]
    assert "expected a JSON object" in found[1][2]


def test_unknown_speaker_names_line_and_field(workspace, tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl", [
        conv("a"), {"id": "b", "turns": [{"speaker": "customer", "text": "x"},
                                         {"speaker": "narrator", "text": "y"}]}])
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    where, field, message = problems_of(exc)[0]
    assert (where, field) == ("line 2", "turns[1].speaker")
    assert "unknown speaker 'narrator'" in message
    assert "--speaker-map" in message
    r = workspace.importer.import_file(path, options(speaker_map={"narrator": "bot"}))
    assert r.imported == 2


def test_unknown_label_names_line_and_labels_field(workspace, shared_data, tmp_path):
    workspace.taxonomy.import_file(shared_data / "bitext_taxonomy.csv")
    path = write_jsonl(tmp_path / "l.jsonl", [
        conv("a", labels=["ORDER>cancel_order"]), conv("b", "other", labels=["ORDER>teleport"])])
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    assert problems_of(exc) == [("line 2", "labels", "unknown label 'ORDER>teleport'")]
    assert counts(workspace) == (0, 0, 0)


def test_missing_required_columns_are_named(workspace, tmp_path):
    per_turn = tmp_path / "t.csv"
    per_turn.write_text("conversation_id,message\nc1,hello\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(per_turn, options())
    fields = [f for _, f, _ in problems_of(exc)]
    assert fields == ["speaker", "text"]
    assert "--map text=<column>" in problems_of(exc)[1][2]
    per_conv = tmp_path / "c.csv"
    per_conv.write_text("ticket,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column 'id'"):
        workspace.importer.import_file(per_conv, options())
    assert workspace.importer.import_file(
        per_conv, options(column_map={"id": "ticket"})).imported == 1


def test_missing_id_and_turns_in_jsonl(workspace, tmp_path):
    path = write_jsonl(tmp_path / "m.jsonl", [{"turns": []}, {"id": "x"}, {"id": "y", "turns": []}])
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    found = problems_of(exc)
    assert ("line 1", "id", "missing conversation id") in found
    assert ("line 2", "turns", "missing turns (a list of {speaker, text})") in found
    assert ("line 3", "turns", "a conversation needs at least one turn") in found


def test_text_over_the_limit_is_a_problem(workspace, tmp_path):
    from labeldesk.ingest.validate import MAX_TEXT_CHARS

    path = write_jsonl(tmp_path / "huge.jsonl", [conv("h", "x" * (MAX_TEXT_CHARS + 1))])
    with pytest.raises(InputError, match="longer than 10,000,000 characters"):
        workspace.importer.import_file(path, options())


def test_all_or_nothing_bad_row_at_the_end(workspace, tmp_path):
    rows = [conv(f"c{i}", f"message {i}") for i in range(5000)]
    rows.append({"id": "last", "turns": [{"speaker": "alien", "text": "boo"}]})
    path = write_jsonl(tmp_path / "end.jsonl", rows)
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options(chunk_size=1000))
    assert problems_of(exc)[0][0] == "line 5001"
    assert counts(workspace) == (0, 0, 0)
    with workspace.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_problems_are_capped_with_a_count_of_the_rest(workspace, tmp_path):
    rows = [b"not json"] * 120
    path = write_jsonl(tmp_path / "junk.jsonl", rows)
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    assert len(exc.value.problems) == 50
    assert exc.value.more == 70
    assert "(and 119 more problems)" in str(exc.value)


def test_skip_invalid_imports_the_rest_and_writes_rejects(workspace, tmp_path):
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        conv("a"), b"{oops", conv("b", "fine", speaker="alien"), conv("c", "good too")])
    r = workspace.importer.import_file(path, options(skip_invalid=True))
    assert (r.imported, r.rejected) == (2, 2)
    assert r.rejects_path == tmp_path / "mixed.jsonl.rejects.jsonl"
    rejects = [orjson.loads(line) for line in r.rejects_path.read_bytes().splitlines()]
    assert [x["where"] for x in rejects] == ["line 2", "line 3"]
    assert rejects[0]["record"] == "{oops"
    assert "malformed JSON" in rejects[0]["error"]
    assert rejects[1]["field"] == "turns[0].speaker"
    assert "alien" in rejects[1]["error"]
    assert rejects[1]["record"]["id"] == "b"
    custom = tmp_path / "out" / "rej.jsonl"
    custom.parent.mkdir()
    r2 = workspace.importer.import_file(path, options(batch="b2", skip_invalid=True,
                                                     rejects=custom))
    assert r2.imported == 0
    assert r2.duplicates == 2
    assert custom.exists()


def test_failed_import_leaves_no_rejects_file(workspace, tmp_path):
    def cancel(progress):
        raise CancelledError("cancelled")

    path = write_jsonl(tmp_path / "x.jsonl", [b"{bad", conv("a")])
    with pytest.raises(CancelledError):
        workspace.importer.import_file(path, options(skip_invalid=True), cancel)
    assert not list(tmp_path.glob("*.rejects.jsonl*"))
    assert counts(workspace) == (0, 0, 0)


def test_cancel_midway_changes_nothing(workspace, tmp_path):
    path = write_jsonl(tmp_path / "many.jsonl", [conv(f"c{i}", f"m {i}") for i in range(3000)])
    calls = []

    def cancel_on_second(progress):
        calls.append(progress)
        if len(calls) == 2:
            raise CancelledError("cancelled by the user")

    with pytest.raises(CancelledError):
        workspace.importer.import_file(path, options(chunk_size=1000), cancel_on_second)
    assert counts(workspace) == (0, 0, 0)
    assert workspace.importer.import_file(path, options()).imported == 3000


def test_per_turn_rows_must_be_together(workspace, tmp_path):
    path = tmp_path / "split.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["conversation_id", "speaker", "text"],
                                 ["c1", "customer", "a"], ["c2", "customer", "b"],
                                 ["c1", "agent", "c"]])
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    where, field, message = problems_of(exc)[0]
    assert (where, field) == ("row 4", "conversation_id")
    assert "not together" in message
    assert counts(workspace) == (0, 0, 0)


def test_csv_row_problems_name_the_row(workspace, tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("conversation_id,speaker,text,turn\nc1,customer,hi,1\nc1,ghost,boo,2\n"
                    ",agent,orphan,1\nc2,agent,x,second\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    assert [(w, f) for w, f, _ in problems_of(exc)] == [
        ("row 3", "speaker"), ("row 4", "conversation_id"), ("row 5", "turn")]


def test_csv_ragged_row_and_bad_labels_json(workspace, tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("id,text\nc1,hi,extra\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"row 2.*3 fields but the header has 2"):
        workspace.importer.import_file(path, options())
    path.write_text('id,text,labels\nc1,hi,"[oops"\n', encoding="utf-8")
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options())
    assert problems_of(exc)[0][:2] == ("row 2", "labels")


def test_unknown_format_and_missing_file(workspace, tmp_path):
    with pytest.raises(InputError, match="no such file"):
        workspace.importer.import_file(tmp_path / "nope.jsonl", options())
    odd = tmp_path / "data.txt"
    odd.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="--format"):
        workspace.importer.import_file(odd, options())
    with pytest.raises(InputError, match="not a readable Parquet"):
        workspace.importer.import_file(odd, options(format="parquet"))
    with pytest.raises(InputError, match="not a readable XLSX"):
        workspace.importer.import_file(odd, options(format="xlsx"))


def test_json_list_goes_to_the_label_studio_reader(workspace, tmp_path):
    from labeldesk.ingest.readers import guess_format

    path = tmp_path / "export.json"
    path.write_text(
        '[{"id": 7, "data": {"dialogue": [{"author": "customer", "text": "hi there"}]}}]',
        encoding="utf-8")
    assert guess_format(path) == "labelstudio"
    assert workspace.importer.import_file(path, options()).imported == 1


def test_bad_gold_pool_names_line_and_field(workspace, tmp_path):
    path = write_jsonl(tmp_path / "g.jsonl", [
        conv("a", gold={"labels": [], "pool": "training"}),
        conv("b", text="other", gold={"labels": [], "pool": "secret"})])
    with pytest.raises(InputError) as exc:
        workspace.importer.import_file(path, options(labels_as="ignore"))
    where, field, message = problems_of(exc)[0]
    assert (where, field) == ("line 2", "gold")
    assert "'secret'" in message
    assert counts(workspace) == (0, 0, 0)


def test_given_pseudonym_is_kept_unless_another_user_has_it(workspace, tmp_path):
    from labeldesk.storage.models import User

    ann = {"labeller": "ann", "labeller_id": "p-ann", "labels": []}
    bob = {"labeller": "bob", "labeller_id": "p-ann", "labels": []}  # clashes with ann's
    workspace.importer.import_file(
        write_jsonl(tmp_path / "a.jsonl", [conv("a", annotations=[ann])]), options())
    workspace.importer.import_file(
        write_jsonl(tmp_path / "b.jsonl", [conv("b", text="other", annotations=[bob])]),
        options(batch="c"))
    with workspace.db.sessions() as s:
        pseudonyms = {name: p for name, p in s.execute(select(User.name, User.pseudonym))}
    assert pseudonyms["ann"] == "p-ann"
    assert pseudonyms["bob"] not in ("p-ann", "")
