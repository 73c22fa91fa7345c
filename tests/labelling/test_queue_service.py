"""A labeller's queue from SQL: routing by language, filters, keyset pages, progress counts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from labeldesk.labelling import Answer, QueueFilter
from labeldesk.storage.models import Assignment, WorkStatus

LEAF = "ORDER>cancel_order"


def test_a_labeller_is_offered_only_their_languages(labelling_ws) -> None:
    ws = labelling_ws.ws
    for name, languages in {
        "Anong": {"th", "en"},
        "Wei": {"zh", "en"},
        "Linh": {"vi", "id"},
    }.items():
        user = ws.users.find(name)
        rows = ws.queue.page(user, limit=1000)
        assert rows
        assert {r.language for r in rows} <= languages | {"und"}
        assert set(ws.queue.languages(user)) <= languages | {"und"}


def test_routing_holds_even_for_a_stray_assignment(labelling_ws) -> None:
    ws = labelling_ws.ws
    anong, wei = ws.users.find("Anong"), ws.users.find("Wei")
    stray = next(r for r in ws.queue.page(wei, limit=100) if r.language == "zh")
    with ws.db.sessions.begin() as s:
        s.execute(
            update(Assignment).where(Assignment.id == stray.assignment_id).values(user_id=anong.id)
        )
    assert stray.assignment_id not in {r.assignment_id for r in ws.queue.page(anong, limit=100)}
    assert ws.queue.row(anong, stray.assignment_id) is None


def test_pages_follow_on_without_gaps_or_repeats(labelling_ws) -> None:
    ws = labelling_ws.ws
    user = ws.users.find("Anong")
    everything = ws.queue.page(user, limit=1000)
    paged, after = [], None
    while page := ws.queue.page(user, after=after, limit=3):
        paged += page
        after = page[-1].key
    assert [r.assignment_id for r in paged] == [r.assignment_id for r in everything]
    assert [r.position for r in everything] == sorted(r.position for r in everything)
    assert ws.queue.count(user) == len(everything)


def test_filters_by_status_batch_and_language(labelling_ws) -> None:
    ws = labelling_ws.ws
    user = ws.users.find("Anong")
    rows = ws.queue.page(user)
    ws.labelling.submit(user, rows[0].assignment_id, Answer(labels=(LEAF,)))
    ws.labelling.skip(user, rows[1].assignment_id, "spam")
    ws.labelling.submit(user, rows[2].assignment_id, Answer(unsure=True))

    def ids(**kw):
        return [r.assignment_id for r in ws.queue.page(user, QueueFilter(**kw))]

    assert ids(statuses=frozenset({WorkStatus.DONE})) == [rows[0].assignment_id]
    assert ids(statuses=frozenset({WorkStatus.SKIPPED})) == [rows[1].assignment_id]
    assert ids(statuses=frozenset({WorkStatus.UNSURE})) == [rows[2].assignment_id]
    assert len(ids(statuses=frozenset({WorkStatus.TODO}))) == len(rows) - 3
    assert ids(batch="no-such-batch") == []
    assert len(ids(batch="chats")) == len(rows)
    thai = ids(language="th")
    assert thai
    assert all(ws.queue.row(user, a).language == "th" for a in thai)
    assert ws.queue.count(user, QueueFilter(language="th")) == len(thai)


def test_counts_and_done_today(labelling_ws) -> None:
    ws = labelling_ws.ws
    user = ws.users.find("Anong")
    rows = ws.queue.page(user)
    ws.labelling.submit(user, rows[0].assignment_id, Answer(labels=(LEAF,)))
    ws.labelling.submit(user, rows[1].assignment_id, Answer(labels=(LEAF,)))
    ws.labelling.skip(user, rows[2].assignment_id, "spam")
    counts = ws.queue.counts(user)
    assert (counts.total, counts.done, counts.skipped, counts.todo) == (
        len(rows),
        2,
        1,
        len(rows) - 3,
    )
    assert counts.done_today == 2
    tomorrow = dt.datetime.now().astimezone() + dt.timedelta(days=1)
    assert ws.queue.counts(user, now=tomorrow).done_today == 0
    assert ws.queue.batches(user) == ["chats"]


def test_preview_is_the_first_customer_message_on_one_line(labelling_ws) -> None:
    ws = labelling_ws.ws
    user = ws.users.find("Anong")
    row = ws.queue.page(user, limit=1)[0]
    first = ws.labelling.open(user, row.assignment_id).conversation.turns[0]
    assert first.speaker == "customer"
    assert row.preview == " ".join(first.text.split())[:160]
