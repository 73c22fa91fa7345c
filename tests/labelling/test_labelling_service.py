"""Submitting, skipping and revising work through the labelling service, on a real SQLite file."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text, update

from labeldesk.labelling import AnnotationError, Answer, LabellingService
from labeldesk.labelling.dto import Profile
from labeldesk.storage.models import (
    AnnotationRevision,
    AuditEntry,
    OutboxEntry,
    Setting,
    WorkStatus,
)
from labeldesk.workspace import Workspace

LEAF = "ORDER>cancel_order"
OTHER_LEAF = "REFUND>get_refund"


def first_assignment(ws: Workspace, name: str = "Anong") -> tuple[Profile, str]:
    """A labeller and the first assignment in their queue."""
    user = ws.users.find(name)
    return user, ws.queue.page(user, limit=1)[0].assignment_id


def test_submit_appends_a_revision_and_marks_done(labelling_ws) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    saved = ws.labelling.submit(user, aid, Answer(labels=(LEAF,), note="clear"), active_seconds=4.2)
    assert (saved.revision, saved.previous_revision, saved.status) == (1, None, WorkStatus.DONE)
    item = ws.labelling.open(user, aid)
    assert item.status is WorkStatus.DONE
    assert item.latest is not None
    assert (item.latest.labels, item.latest.note, item.latest.active_seconds) == (
        (LEAF,),
        "clear",
        4.2,
    )


def test_a_second_submit_is_a_new_revision_and_the_first_stays(labelling_ws) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    ws.labelling.submit(user, aid, Answer(labels=(LEAF,)))
    ws.labelling.submit(user, aid, Answer(labels=(OTHER_LEAF,), unsure=True))
    history = ws.labelling.history(user, aid)
    assert [(r.number, r.labels, r.status) for r in history] == [
        (1, (LEAF,), WorkStatus.DONE),
        (2, (OTHER_LEAF,), WorkStatus.UNSURE),
    ]


def test_revisions_cannot_be_changed_even_with_sql(labelling_ws) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    ws.labelling.submit(user, aid, Answer(labels=(LEAF,)))
    with pytest.raises(Exception, match="append-only"), ws.db.sessions.begin() as s:
        s.execute(update(AnnotationRevision).values(labels=[OTHER_LEAF]))


def test_skip_needs_a_reason_and_marks_skipped(labelling_ws) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    with pytest.raises(AnnotationError, match="reason"):
        ws.labelling.skip(user, aid, "   ")
    saved = ws.labelling.skip(user, aid, "  not   customer service ")
    assert saved.status is WorkStatus.SKIPPED
    assert ws.labelling.history(user, aid)[-1].skip_reason == "not customer service"


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        (("NOPE>nothing",), "not a label"),
        (("ORDER",), "is a category"),
        ((LEAF, OTHER_LEAF), "one label per conversation"),
        ((), "choose a label"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_saved(labelling_ws, labels, message) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    with pytest.raises(AnnotationError, match=message):
        ws.labelling.submit(user, aid, Answer(labels=labels))
    assert ws.labelling.history(user, aid) == []
    assert ws.labelling.open(user, aid).status is WorkStatus.TODO


def test_a_huge_note_is_refused(labelling_ws) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    with pytest.raises(AnnotationError, match="note is 10,001 characters"):
        ws.labelling.submit(user, aid, Answer(labels=(LEAF,), note="x" * 10_001))


def test_turn_labels_are_checked_and_stored(labelling_ws) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    with pytest.raises(AnnotationError, match="turn 3"):
        ws.labelling.submit(user, aid, Answer(labels=(LEAF,), turn_labels={2: ("ORDER",)}))
    ws.labelling.submit(user, aid, Answer(labels=(LEAF,), turn_labels={2: (OTHER_LEAF,)}))
    assert ws.labelling.history(user, aid)[-1].turn_labels == {2: (OTHER_LEAF,)}


def test_deprecated_labels_cannot_be_chosen(labelling_ws, tmp_path) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    ws.labelling.submit(user, aid, Answer(labels=(LEAF,)))  # used: kept, deprecated
    source = (tmp_path / "ws.db").parent / "tax.csv"
    from labelling_data import SHARED

    lines = (SHARED / "bitext_taxonomy.csv").read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith(LEAF)]
    source.write_text("\n".join(kept) + "\n", encoding="utf-8")
    ws.taxonomy.import_file(source, name="bitext")
    _, other = ws.queue.page(user, limit=2)
    with pytest.raises(AnnotationError, match="deprecated"):
        ws.labelling.submit(user, other.assignment_id, Answer(labels=(LEAF,)))


def test_another_labellers_assignment_is_refused(labelling_ws) -> None:
    ws = labelling_ws.ws
    _, aid = first_assignment(ws, "Anong")
    wei = ws.users.find("Wei")
    with pytest.raises(AnnotationError, match="not in Wei's queue"):
        ws.labelling.submit(wei, aid, Answer(labels=(LEAF,)))
    with pytest.raises(AnnotationError, match="not in Wei's queue"):
        ws.labelling.open(wei, aid)


def test_revert_restores_an_earlier_answer_as_a_new_revision(labelling_ws) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    ws.labelling.submit(user, aid, Answer(labels=(LEAF,)))
    ws.labelling.skip(user, aid, "spam")
    ws.labelling.revert(user, aid, 1)
    ws.labelling.revert(user, aid, None)
    history = ws.labelling.history(user, aid)
    assert [r.status for r in history] == [
        WorkStatus.DONE,
        WorkStatus.SKIPPED,
        WorkStatus.DONE,
        WorkStatus.TODO,
    ]
    assert history[2].labels == (LEAF,)
    assert ws.labelling.open(user, aid).status is WorkStatus.TODO


def test_every_save_is_audited_and_queued_for_the_hub(labelling_ws) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    ws.labelling.submit(user, aid, Answer(labels=(LEAF,), note="private note"))
    ws.labelling.skip(user, aid, "spam")
    with ws.db.sessions() as s:
        actions = list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.action.like("annotation.%"))
                .order_by(AuditEntry.seq)
            )
        )
        outbox = list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))
    assert actions == ["annotation.submit", "annotation.skip"]
    assert [(o.record_type, o.payload["revision"]) for o in outbox] == [
        ("annotation_revision", 1),
        ("annotation_revision", 2),
    ]
    assert outbox[0].payload["note"] == "private note"


def test_hidden_metadata_never_reaches_the_view(labelling_ws) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    meta = ws.labelling.open(user, aid).conversation.meta
    assert "intent" not in meta
    assert {"market", "channel", "order_id"} <= set(meta)
    with ws.db.sessions.begin() as s:
        s.merge(Setting(key="hidden_meta_keys", value=["market"]))
    meta = LabellingService(ws.db).open(user, aid).conversation.meta
    assert "market" not in meta
    assert "intent" in meta


def test_saved_work_is_on_disk_for_another_connection(labelling_ws, tmp_path) -> None:
    ws = labelling_ws.ws
    user, aid = first_assignment(ws)
    ws.labelling.submit(user, aid, Answer(labels=(LEAF,)))
    import sqlite3

    other = sqlite3.connect(tmp_path / "ws.db")
    try:
        n = other.execute("SELECT count(*) FROM annotation_revision").fetchone()[0]
    finally:
        other.close()
    assert n == 1
    with ws.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AnnotationRevision)) == 1
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
