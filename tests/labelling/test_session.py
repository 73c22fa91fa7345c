"""The Qt-free labelling session: draft edits, submit and skip, undo, active time."""

from __future__ import annotations

import pytest

from labeldesk.labelling import ActiveTimer, AnnotationError, LabellingSession
from labeldesk.storage.models import WorkStatus

LEAF, OTHER = "ORDER>cancel_order", "REFUND>get_refund"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def session(labelling_ws) -> LabellingSession:
    ws = labelling_ws.ws
    return LabellingSession(ws.labelling, ws.users.find("Anong"))


def ids(labelling_ws) -> list[str]:
    ws = labelling_ws.ws
    return [r.assignment_id for r in ws.queue.page(ws.users.find("Anong"))]


def test_single_label_batches_replace_the_choice(labelling_ws, session) -> None:
    session.open(ids(labelling_ws)[0])
    session.toggle_label(LEAF)
    assert session.toggle_label(OTHER) == [OTHER]
    assert session.toggle_label(OTHER) == []


def test_undo_restores_draft_edits_one_by_one(labelling_ws, session) -> None:
    session.open(ids(labelling_ws)[0])
    session.toggle_label(LEAF)
    session.set_unsure(True)
    session.set_note("a")
    session.set_note("ab")  # one step with the edit before
    assert session.undo_text == "edit note"
    session.undo()
    assert session.draft.note == ""
    assert session.draft.unsure
    session.undo()
    assert not session.draft.unsure
    session.undo()
    assert session.draft.labels == []
    assert session.undo() is None


def test_undo_of_a_submit_withdraws_it_and_reopens_the_item(labelling_ws, session) -> None:
    ws = labelling_ws.ws
    first, second = ids(labelling_ws)[:2]
    session.open(first)
    session.toggle_label(LEAF)
    session.submit()
    session.open(second)
    undone = session.undo()
    assert undone is not None
    assert (undone.kind, undone.assignment_id) == ("save", first)
    assert session.item is not None
    assert session.item.assignment_id == first
    assert session.item.status is WorkStatus.TODO
    assert [r.status for r in ws.labelling.history(session.user, first)] == [
        WorkStatus.DONE,
        WorkStatus.TODO,
    ]


def test_undo_of_a_revision_goes_back_to_the_answer_before(labelling_ws, session) -> None:
    first = ids(labelling_ws)[0]
    session.open(first)
    session.toggle_label(LEAF)
    session.submit()
    session.open(first)  # back to revise
    assert session.draft.labels == [LEAF]
    session.toggle_label(OTHER)
    session.submit()
    session.undo()
    assert session.item is not None
    assert session.item.latest is not None
    assert session.item.latest.labels == (LEAF,)
    assert session.item.latest.number == 3
    assert session.draft.labels == [LEAF]


def test_skip_keeps_the_note_and_undo_restores_todo(labelling_ws, session) -> None:
    first = ids(labelling_ws)[0]
    session.open(first)
    session.set_note("foreign language")
    saved = session.skip("wrong language")
    assert saved.status is WorkStatus.SKIPPED
    session.undo()
    assert session.item is not None
    assert session.item.status is WorkStatus.TODO


def test_nothing_open_is_a_clear_error(session) -> None:
    with pytest.raises(AnnotationError, match="no item is open"):
        session.toggle_label(LEAF)


def test_active_time_stops_when_idle_or_unfocused() -> None:
    clock = FakeClock()
    timer = ActiveTimer(idle_seconds=30, clock=clock)
    clock.now += 10
    timer.activity()  # 10 s of work
    clock.now += 100  # a long pause: counts 30 s at most
    timer.activity()
    assert timer.seconds == pytest.approx(40)
    timer.set_focused(False)
    clock.now += 500  # away in another window
    timer.set_focused(True)
    clock.now += 5
    assert timer.take() == pytest.approx(45)
    assert timer.seconds == 0


def test_active_seconds_are_saved_with_the_revision(labelling_ws) -> None:
    ws = labelling_ws.ws
    clock = FakeClock()
    session = LabellingSession(
        ws.labelling, ws.users.find("Anong"), ActiveTimer(idle_seconds=60, clock=clock)
    )
    first = ids(labelling_ws)[0]
    session.open(first)
    clock.now += 12
    session.timer.activity()
    session.toggle_label(LEAF)
    session.submit()
    assert ws.labelling.history(session.user, first)[-1].active_seconds == pytest.approx(12)
