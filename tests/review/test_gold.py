"""Gold items: importing answer files (and every way a file can be wrong), adding gold from a
review, scoring the first answer, and the feedback a labeller sees from it.

Everything runs on a real SQLite workspace; answers go through the labelling service, as the
app saves them, so the scoring hook runs inside the labeller's commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gold_data import CANCEL, DELAY, REFUND, TRACK, write_gold_jsonl
from hypothesis import given
from hypothesis import strategies as st
from labelling_data import SHARED
from sqlalchemy import func, select, update

from labeldesk.errors import InputError
from labeldesk.labelling import Answer, Profile
from labeldesk.review.gold import GoldError, grade
from labeldesk.storage.models import (
    AuditEntry,
    Batch,
    GoldItem,
    GoldPool,
    GoldResult,
    OutboxEntry,
)
from labeldesk.workspace import Workspace


@pytest.fixture
def ws(labelling_ws) -> Workspace:
    return labelling_ws.ws


@pytest.fixture
def anong(ws: Workspace) -> Profile:
    return ws.users.find("Anong")


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def count(ws: Workspace, model: type, *where: object) -> int:
    with ws.db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def audit_actions(ws: Workspace) -> list[str]:
    with ws.db.sessions() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def problem_of(exc: pytest.ExceptionInfo[InputError]) -> tuple[str, str, str, str]:
    first = exc.value.problems[0]
    return first.file, first.where, first.field, first.message


# -- import: the happy paths ----------------------------------------------------------------


def test_csv_import_with_separators_turn_labels_aliases_and_pools(ws, tmp_path) -> None:
    path = write_csv(
        tmp_path / "gold.csv",
        [
            "external_id,labels,turn_labels,explanation,pool",
            f'en-000,{CANCEL},"{{""2"": [""{CANCEL}""]}}",Wants to cancel.,',
            f"th-001,{TRACK},,ลูกค้าถามว่าพัสดุอยู่ไหน,training",
            "zh-002,ORDER > track_order,,客户问包裹在哪里,",
        ],
    )
    result = ws.gold.import_file(path)
    assert (result.added, result.replaced, result.unchanged) == (3, 0, 0)
    assert result.by_pool == {"hidden": 2, "training": 1}
    items = {g.external_id: g for g in ws.gold.list()}
    assert items["en-000"].labels == (CANCEL,)
    assert items["en-000"].turn_labels == {2: (CANCEL,)}
    assert items["en-000"].pool is GoldPool.HIDDEN
    assert items["th-001"].pool is GoldPool.TRAINING
    assert items["th-001"].explanation == "ลูกค้าถามว่าพัสดุอยู่ไหน"
    assert items["zh-002"].labels == (TRACK,)  # a label path is resolved to its key
    assert [g.external_id for g in ws.gold.list(pool=GoldPool.TRAINING)] == ["th-001"]
    assert audit_actions(ws)[-1] == "gold.import"
    assert count(ws, OutboxEntry, OutboxEntry.record_type == "gold_item") == 3


def test_jsonl_import_takes_lists_strings_and_the_pool_option(ws, tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"conversation": "en-000", "labels": [CANCEL], "explanation": "a"}),
                "",
                json.dumps({"id": "en-001", "labels": f"{TRACK}", "explanation": "b"}),
                json.dumps(
                    {
                        "conversation": "en-002",
                        "labels": REFUND,
                        "turn_labels": {"0": REFUND, "2": []},
                        "explanation": "c",
                        "pool": "hidden",
                    }
                ),
            ]
        ),
        encoding="utf-8",
    )
    result = ws.gold.import_file(path, pool=GoldPool.TRAINING)
    assert (result.added, result.by_pool) == (3, {"training": 2, "hidden": 1})
    items = {g.external_id: g for g in ws.gold.list()}
    assert items["en-001"].labels == (TRACK,)
    assert items["en-002"].turn_labels == {0: (REFUND,)}
    assert items["en-002"].pool is GoldPool.HIDDEN


def test_a_utf8_bom_and_another_encoding_are_read(ws, tmp_path) -> None:
    bom = tmp_path / "bom.csv"
    bom.write_bytes(
        b"\xef\xbb\xbf" + f"conversation,labels,explanation\nen-000,{CANCEL},x\n".encode()
    )
    assert ws.gold.import_file(bom).added == 1
    latin = write_csv(
        tmp_path / "latin.csv",
        ["conversation,labels,explanation", f"en-001,{CANCEL},Le client veut annuler: déjà payé"],
        encoding="cp1252",
    )
    assert ws.gold.import_file(latin, encoding="cp1252").added == 1
    assert "déjà" in {g.external_id: g for g in ws.gold.list()}["en-001"].explanation


def test_progress_is_reported(ws, tmp_path) -> None:
    seen = []
    path = write_gold_jsonl(tmp_path / "g.jsonl", {"en-000": CANCEL, "en-001": TRACK})
    ws.gold.import_file(path, progress=seen.append)
    assert seen[-1].done == seen[-1].total == 2


# -- import: every way a file can be wrong ----------------------------------------------------

HEADER = "conversation,labels,explanation"


@pytest.mark.parametrize(
    ("lines", "where", "field", "message"),
    [
        ([HEADER, f"nope-1,{CANCEL},x"], "row 2", "conversation", "no conversation 'nope-1'"),
        ([HEADER, "en-000,ORDER>teleport,x"], "row 2", "labels", "not a label of taxonomy"),
        ([HEADER, "en-000,ORDER,x"], "row 2", "labels", "is a category"),
        ([HEADER, "en-000, ; | ,x"], "row 2", "labels", "no labels"),
        ([HEADER, "en-000,,x"], "row 2", "labels", "no labels"),
        ([HEADER, f"en-000,{CANCEL},"], "row 2", "explanation", "needs an explanation"),
        ([HEADER, f"en-000,{CANCEL};{TRACK},x"], "row 2", "labels", "one label per conversation"),
        (
            [HEADER, f"en-000,{CANCEL},x", "", f"en-000,{TRACK},y"],
            "row 4",
            "conversation",
            "given twice (first at row 2)",
        ),
        (["conversation,labels", f"en-000,{CANCEL}"], "row 1", "explanation", "missing column"),
        (["id,explanation", "en-000,x"], "row 1", "labels", "missing column"),
        (["labels,explanation", f"{CANCEL},x"], "row 1", "conversation", "missing column"),
        ([HEADER], "row 1", "", "a header but no rows"),
        (
            [f"{HEADER},turn_labels", f'en-000,{CANCEL},x,"{{""9"": [""{CANCEL}""]}}"'],
            "row 2",
            "turn_labels",
            "turn 9 does not exist",
        ),
        (
            [f"{HEADER},turn_labels", f"en-000,{CANCEL},x,not json"],
            "row 2",
            "turn_labels",
            "not a JSON object",
        ),
        (
            [f"{HEADER},turn_labels", f'en-000,{CANCEL},x,"{{""first"": []}}"'],
            "row 2",
            "turn_labels",
            "not a turn number",
        ),
        ([f"{HEADER},pool", f"en-000,{CANCEL},x,secret"], "row 2", "pool", "not a pool"),
    ],
)
def test_bad_csv_rows_name_file_row_and_field(ws, tmp_path, lines, where, field, message) -> None:
    path = write_csv(tmp_path / "gold.csv", lines)
    with pytest.raises(InputError) as exc:
        ws.gold.import_file(path)
    file, got_where, got_field, got_message = problem_of(exc)
    assert (file, got_where, got_field) == (str(path), where, field)
    assert message in got_message
    assert str(path) in str(exc.value)
    assert count(ws, GoldItem) == 0


@pytest.mark.parametrize(
    ("line", "field", "message"),
    [
        ('{"conversation": "en-000", "labels": [', "", "not valid JSON"),
        ('["en-000"]', "", "expected a JSON object"),
        ('{"labels": ["x"], "explanation": "x"}', "conversation", "missing key"),
        (
            '{"conversation": "en-000", "labels": 5, "explanation": "x"}',
            "labels",
            "expected a list",
        ),
        ('{"conversation": "en-000", "labels": [5], "explanation": "x"}', "labels", "must be text"),
        ('{"conversation": "en-000", "labels": [], "explanation": "x"}', "labels", "no labels"),
        (f'{{"conversation": "en-000", "labels": ["{CANCEL}"]}}', "explanation", "explanation"),
        (
            f'{{"conversation": "en-000", "labels": ["{CANCEL}"], "explanation": ["x"]}}',
            "explanation",
            "expected text",
        ),
        (
            f'{{"conversation": "en-000", "labels": ["{CANCEL}"], "explanation": "x", '
            '"turn_labels": [1]}',
            "turn_labels",
            "expected a JSON object",
        ),
    ],
)
def test_bad_jsonl_lines_name_file_line_and_field(ws, tmp_path, line, field, message) -> None:
    path = tmp_path / "gold.jsonl"
    good = json.dumps({"conversation": "en-001", "labels": [CANCEL], "explanation": "ok"})
    path.write_text(f"{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        ws.gold.import_file(path)
    assert problem_of(exc)[:3] == (str(path), "line 2", field)
    assert message in problem_of(exc)[3]
    assert count(ws, GoldItem) == 0  # the good line is not imported either


def test_a_huge_explanation_is_refused(ws, tmp_path) -> None:
    path = write_csv(tmp_path / "gold.csv", [HEADER, f"en-000,{CANCEL},{'x' * 10_001}"])
    with pytest.raises(InputError) as exc:
        ws.gold.import_file(path)
    assert problem_of(exc)[1:3] == ("row 2", "explanation")
    assert "10,001 characters; at most 10,000" in problem_of(exc)[3]
    ok = write_csv(tmp_path / "ok.csv", [HEADER, f"en-000,{CANCEL},{'x' * 10_000}"])
    assert ws.gold.import_file(ok).added == 1


def test_a_huge_cell_is_refused_without_a_crash(ws, tmp_path) -> None:
    path = write_csv(tmp_path / "gold.csv", [HEADER, f'en-000,{CANCEL},"{"y" * 1_200_000}"'])
    with pytest.raises(InputError) as exc:
        ws.gold.import_file(path)
    assert problem_of(exc)[1] == "row 2"
    assert count(ws, GoldItem) == 0


def test_deprecated_labels_are_refused(ws, anong, tmp_path) -> None:
    row = ws.queue.page(anong, limit=1)[0]
    ws.labelling.submit(anong, row.assignment_id, Answer(labels=(CANCEL,)))  # used: kept
    lines = (SHARED / "bitext_taxonomy.csv").read_text(encoding="utf-8").splitlines()
    source = write_csv(tmp_path / "tax.csv", [x for x in lines if not x.startswith(CANCEL)])
    ws.taxonomy.import_file(source, name="bitext")
    path = write_csv(tmp_path / "gold.csv", [HEADER, f"en-000,{CANCEL},x"])
    with pytest.raises(InputError) as exc:
        ws.gold.import_file(path)
    assert problem_of(exc)[1:3] == ("row 2", "labels")
    assert "deprecated" in problem_of(exc)[3]


def test_a_wrong_encoding_says_where_and_suggests_encoding(ws, tmp_path) -> None:
    path = write_csv(
        tmp_path / "gold.csv",
        [HEADER, f"en-000,{CANCEL},ok", f"en-001,{CANCEL},Le client a déjà payé"],
        encoding="cp1252",
    )
    with pytest.raises(InputError) as exc:
        ws.gold.import_file(path)
    file, where, _field, message = problem_of(exc)
    assert (file, where) == (str(path), "line 3")
    assert "--encoding" in message
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text(f"{HEADER}\nen-000,{CANCEL},x\n", encoding="utf-16")
    with pytest.raises(InputError, match="--encoding utf-16"):
        ws.gold.import_file(utf16)
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        ws.gold.import_file(path, encoding="klingon")


@pytest.mark.parametrize("content", [b"", b"\n \n", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("name", ["gold.csv", "gold.jsonl"])
def test_an_empty_file_is_refused(ws, tmp_path, content, name) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match="empty") as exc:
        ws.gold.import_file(path)
    assert problem_of(exc)[0] == str(path)


def test_an_unknown_file_type_or_missing_file_is_refused(ws, tmp_path) -> None:
    path = tmp_path / "gold.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"use \.csv, \.tsv or \.jsonl"):
        ws.gold.import_file(path)
    with pytest.raises(InputError, match="can't read the file"):
        ws.gold.import_file(tmp_path / "missing.csv")


def test_every_problem_is_listed_and_nothing_is_written(ws, tmp_path) -> None:
    path = write_csv(
        tmp_path / "gold.csv",
        [
            HEADER,
            f"en-000,{CANCEL},fine",
            "en-001,NOPE,bad label",
            f"nope-2,{CANCEL},unknown conversation",
            f"en-003,{TRACK},",
            f"en-004,{TRACK},fine too",
        ],
    )
    before = audit_actions(ws)
    with pytest.raises(InputError) as exc:
        ws.gold.import_file(path)
    assert [(p.where, p.field) for p in exc.value.problems] == [
        ("row 3", "labels"),
        ("row 4", "conversation"),
        ("row 5", "explanation"),
    ]
    assert "(and 2 more problems)" in str(exc.value)
    assert count(ws, GoldItem) == 0
    assert count(ws, OutboxEntry, OutboxEntry.record_type == "gold_item") == 0
    assert audit_actions(ws) == before


# -- re-import and replace --------------------------------------------------------------------


def test_reimporting_the_same_answers_changes_nothing(ws, tmp_path) -> None:
    path = write_gold_jsonl(tmp_path / "g.jsonl", {"en-000": CANCEL, "en-001": TRACK})
    ws.gold.import_file(path)
    again = ws.gold.import_file(path)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)
    assert count(ws, OutboxEntry, OutboxEntry.record_type == "gold_item") == 2


def test_a_different_answer_needs_replace_and_is_audited(ws, tmp_path) -> None:
    ws.gold.import_file(write_gold_jsonl(tmp_path / "a.jsonl", {"en-000": CANCEL, "en-001": TRACK}))
    changed = write_gold_jsonl(tmp_path / "b.jsonl", {"en-000": CANCEL, "en-001": REFUND})
    with pytest.raises(InputError) as exc:
        ws.gold.import_file(changed)
    assert problem_of(exc)[1:3] == ("line 2", "labels")
    assert "--replace" in problem_of(exc)[3]
    assert {g.external_id: g.labels for g in ws.gold.list()}["en-001"] == (TRACK,)

    result = ws.gold.import_file(changed, replace=True)
    assert (result.added, result.replaced, result.unchanged) == (0, 1, 1)
    assert {g.external_id: g.labels for g in ws.gold.list()}["en-001"] == (REFUND,)
    with ws.db.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "gold.replace")).one()
        assert entry.payload["old"]["labels"] == [TRACK]
        assert entry.payload["new"]["labels"] == [REFUND]
        assert entry.payload["conversation"] == "en-001"


def test_a_changed_pool_or_explanation_is_not_silent_either(ws, tmp_path) -> None:
    path = write_gold_jsonl(tmp_path / "a.jsonl", {"en-000": CANCEL})
    ws.gold.import_file(path)
    with pytest.raises(InputError) as exc:
        ws.gold.import_file(path, pool=GoldPool.TRAINING)
    assert problem_of(exc)[2] == "pool"


# -- add_gold (promoted from review) ----------------------------------------------------------


def conversation_id(ws: Workspace, external_id: str) -> int:
    return next(
        g for g in ws.queue.page(ws.users.find("Anong"), limit=100) if g.external_id == external_id
    ).conversation_id


def test_add_gold_from_a_review(ws) -> None:
    cid = conversation_id(ws, "th-000")
    item = ws.gold.add_gold(
        cid, [TRACK], {1: [TRACK]}, "Reviewed: tracking.", pool=GoldPool.HIDDEN, source="review"
    )
    assert (item.external_id, item.labels, item.turn_labels, item.source) == (
        "th-000",
        (TRACK,),
        {1: (TRACK,)},
        "review",
    )
    # The same answer again is fine; another one is refused unless replaced.
    ws.gold.add_gold(
        cid, [TRACK], {1: [TRACK]}, "Reviewed: tracking.", pool=GoldPool.HIDDEN, source="review"
    )
    with pytest.raises(GoldError, match="already gold"):
        ws.gold.add_gold(cid, [REFUND], None, "x", pool=GoldPool.HIDDEN, source="review")
    replaced = ws.gold.add_gold(
        cid, [REFUND], None, "Money back.", pool=GoldPool.TRAINING, source="review", replace=True
    )
    assert (replaced.labels, replaced.pool) == ((REFUND,), GoldPool.TRAINING)


@pytest.mark.parametrize(
    ("labels", "explanation", "message"),
    [
        (["ORDER>teleport"], "x", "not a label"),
        (["ORDER"], "x", "is a category"),
        ([], "x", "no labels"),
        ([CANCEL], "  ", "needs an explanation"),
        ([CANCEL, TRACK], "x", "one label per conversation"),
    ],
)
def test_add_gold_refuses_bad_answers(ws, labels, explanation, message) -> None:
    cid = conversation_id(ws, "th-000")
    with pytest.raises(GoldError, match=message):
        ws.gold.add_gold(cid, labels, None, explanation, pool=GoldPool.HIDDEN, source="review")
    with pytest.raises(GoldError, match="no conversation"):
        ws.gold.add_gold(10**6, [CANCEL], None, "x", pool=GoldPool.HIDDEN, source="review")
    assert count(ws, GoldItem) == 0


# -- scoring ----------------------------------------------------------------------------------


def make_gold(ws: Workspace, tmp_path: Path, answers: dict[str, str], **kw: object) -> None:
    ws.gold.import_file(write_gold_jsonl(tmp_path / "gold.jsonl", answers), **kw)


def results(ws: Workspace) -> list[tuple[str, bool, float]]:
    with ws.db.sessions() as s:
        return [
            (r.user_id, r.correct, r.score)
            for r in s.scalars(select(GoldResult).order_by(GoldResult.created_at))
        ]


def anong_row(ws: Workspace, anong: Profile, external_id: str):
    return next(r for r in ws.queue.page(anong, limit=100) if r.external_id == external_id)


def test_the_first_answer_is_scored_and_revisions_never_rescore(ws, anong, tmp_path) -> None:
    make_gold(ws, tmp_path, {"th-000": TRACK})
    row = anong_row(ws, anong, "th-000")
    ws.labelling.submit(anong, row.assignment_id, Answer(labels=(CANCEL,)))
    assert results(ws) == [(anong.id, False, 0.0)]
    ws.labelling.submit(anong, row.assignment_id, Answer(labels=(TRACK,)))
    ws.labelling.revert(anong, row.assignment_id, 1)
    assert results(ws) == [(anong.id, False, 0.0)]
    [entry] = ws.feedback.for_user(anong.id)
    assert (entry.kind, entry.your_labels, entry.expected, entry.correct) == (
        "gold",
        (CANCEL,),
        (TRACK,),
        False,
    )
    assert count(ws, OutboxEntry, OutboxEntry.record_type == "gold_result") == 1


def test_skips_and_unlabelled_answers_are_not_scored(ws, anong, tmp_path) -> None:
    make_gold(ws, tmp_path, {"th-000": TRACK})
    row = anong_row(ws, anong, "th-000")
    ws.labelling.skip(anong, row.assignment_id, "can't read it")
    ws.labelling.submit(anong, row.assignment_id, Answer(unsure=True))
    assert results(ws) == []
    assert ws.feedback.for_user(anong.id, include_correct=True) == []
    ws.labelling.submit(anong, row.assignment_id, Answer(labels=(TRACK,), unsure=True))
    assert results(ws) == [(anong.id, True, 1.0)]


def test_only_gold_conversations_are_scored(ws, anong, tmp_path) -> None:
    make_gold(ws, tmp_path, {"th-000": TRACK})
    row = anong_row(ws, anong, "th-001")
    ws.labelling.submit(anong, row.assignment_id, Answer(labels=(TRACK,)))
    assert results(ws) == []


def test_turn_labels_count_when_the_gold_has_them(ws, anong, tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "conversation": c,
                    "labels": [TRACK],
                    "turn_labels": {"2": [DELAY]},
                    "explanation": "x",
                }
            )
            for c in ("th-000", "th-001")
        ),
        encoding="utf-8",
    )
    ws.gold.import_file(path)
    right, wrong = anong_row(ws, anong, "th-000"), anong_row(ws, anong, "th-001")
    ws.labelling.submit(
        anong, right.assignment_id, Answer(labels=(TRACK,), turn_labels={2: (DELAY,)})
    )
    ws.labelling.submit(anong, wrong.assignment_id, Answer(labels=(TRACK,)))
    assert results(ws) == [(anong.id, True, 1.0), (anong.id, False, 1.0)]


def test_gold_added_after_the_answer_gives_no_feedback(ws, anong, tmp_path) -> None:
    row = anong_row(ws, anong, "th-000")
    ws.labelling.submit(anong, row.assignment_id, Answer(labels=(CANCEL,)))
    make_gold(ws, tmp_path, {"th-000": TRACK})
    assert ws.feedback.for_user(anong.id, include_correct=True) == []


def test_feedback_never_shows_unanswered_gold(ws, anong, tmp_path) -> None:
    make_gold(ws, tmp_path, {"th-000": TRACK, "th-001": CANCEL})
    row = anong_row(ws, anong, "th-001")
    ws.labelling.submit(anong, row.assignment_id, Answer(labels=(CANCEL,)))
    shown = ws.feedback.for_user(anong.id, include_correct=True)
    assert [(e.external_id, e.correct) for e in shown] == [("th-001", True)]
    assert ws.feedback.for_user(anong.id) == []  # by default only what they missed


def test_a_multi_label_batch_scores_the_overlap(ws, anong, tmp_path) -> None:
    with ws.db.sessions.begin() as s:
        s.execute(update(Batch).values(multi_label=True))
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"conversation": "th-000", "labels": [TRACK, DELAY], "explanation": "x"}),
        encoding="utf-8",
    )
    ws.gold.import_file(path)
    row = anong_row(ws, anong, "th-000")
    ws.labelling.submit(anong, row.assignment_id, Answer(labels=(TRACK, CANCEL)))
    assert results(ws) == [(anong.id, False, pytest.approx(1 / 3))]


keys = st.frozensets(st.sampled_from("abcdef"), min_size=1)


@given(mine=keys, gold=keys)
def test_grade_is_jaccard_and_correct_only_on_equal_sets(mine, gold) -> None:
    correct, score = grade(mine, {}, gold, {})
    assert correct == (mine == gold)
    assert score == pytest.approx(len(mine & gold) / len(mine | gold))
    assert 0.0 <= score <= 1.0
    assert grade(gold, {}, mine, {}) == (correct, score)  # symmetric
