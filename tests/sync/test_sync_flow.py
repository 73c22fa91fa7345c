"""Sync end to end: what a first sync brings, what a push stores, and that repeating is harmless.

A real hub (SQLite and PostgreSQL) served over HTTP on 127.0.0.1; workstations are new
SQLite workspaces that work through the services the UI uses (``ws.queue``,
``ws.labelling``) and sync with :class:`labeldesk.sync.client.SyncClient`.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from labelling_data import LABELLERS
from sqlalchemy import func, select, update
from sync_helpers import (
    Served,
    assignments_of,
    conversations,
    label_rows,
    revisions_of,
    served_hub,
    taxonomy_versions,
)

from labeldesk.labelling.dto import Answer, QueueFilter
from labeldesk.labelling.service import DEFAULT_HIDDEN_META
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    OutboxEntry,
    SyncState,
    WorkStatus,
)
from labeldesk.sync import outbox
from labeldesk.sync.publish import horizon
from labeldesk.workspace import Workspace

GUIDELINES = Path(__file__).resolve().parents[1] / "data" / "taxonomy" / "guidelines.csv"
CANCEL, TRACK, REFUND = "ORDER>cancel_order", "ORDER>track_order", "REFUND>get_refund"


def add_guided_taxonomy(hub: Workspace, folder: Path) -> None:
    """Two versions of a taxonomy with guidelines in Thai and Chinese on the hub."""
    hub.taxonomy.import_file(GUIDELINES, name="guided")
    with GUIDELINES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[1]["description"] = "The parcel came later than promised (version 2)"
    changed = folder / "guidelines_v2.csv"
    with changed.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert hub.taxonomy.import_file(changed, name="guided").version == 2


@pytest.fixture
def served(db_url: str, tmp_path: Path) -> Iterator[Served]:
    """A hub with the chats assigned with full overlap, and a taxonomy with guidelines."""
    with served_hub(
        db_url,
        tmp_path,
        per_language=3,
        prepare=lambda hub: add_guided_taxonomy(hub, tmp_path),
    ) as hub:
        yield hub


def queue_ids(ws: Workspace, name: str) -> list[str]:
    """The assignment ids of ``name``'s queue on a workstation, in queue order."""
    user = ws.users.find(name)
    return [row.assignment_id for row in ws.queue.page(user, QueueFilter(), limit=1000)]


def public(meta: dict[str, object]) -> dict[str, object]:
    """Metadata without the keys hidden from labellers."""
    return {k: v for k, v in meta.items() if k.lower() not in DEFAULT_HIDDEN_META}


def work_offline(ws: Workspace, name: str) -> dict[str, WorkStatus]:
    """Every kind of answer on ``name``'s first five items; the statuses they end in."""
    user = ws.users.find(name)
    a, b, c, d, e = queue_ids(ws, name)[:5]
    ws.labelling.submit(user, a, Answer(labels=(CANCEL,), note="ลูกค้าขอยกเลิก"), active_seconds=12.5)
    ws.labelling.skip(user, b, "not a customer chat", note="spam", active_seconds=3.25)
    ws.labelling.submit(user, c, Answer(unsure=True, note="两种都有可能"), active_seconds=40.0)
    ws.labelling.submit(user, d, Answer(labels=(TRACK,)), active_seconds=5.0)
    ws.labelling.submit(user, d, Answer(labels=(REFUND,)), active_seconds=4.0)
    ws.labelling.revert(user, d, 1, active_seconds=1.0)
    ws.labelling.submit(user, e, Answer(labels=(TRACK,), turn_labels={0: (TRACK,), 2: (CANCEL,)}))
    return {
        a: WorkStatus.DONE,
        b: WorkStatus.SKIPPED,
        c: WorkStatus.UNSURE,
        d: WorkStatus.DONE,
        e: WorkStatus.DONE,
    }


# -- the first sync ------------------------------------------------------------------------------


def test_first_sync_pulls_taxonomies_and_the_users_own_work(served: Served) -> None:
    anong = served.client("Anong")
    report = served.sync("Anong")
    anong_id = served.user_id("Anong")

    # The local user is the hub's user, same id.
    local = anong.users.find("Anong")
    assert (local.id, local.role.value, local.languages) == (anong_id, "labeller", ("th", "en"))
    assert report.user == "Anong"

    # Every taxonomy version, with its guidelines in every language.
    assert taxonomy_versions(anong) == taxonomy_versions(served.hub)
    assert {(t, n) for t, n, _c in taxonomy_versions(anong)} == {
        ("bitext", 1),
        ("guided", 1),
        ("guided", 2),
    }
    assert report.taxonomy_versions == 3
    assert label_rows(anong) == label_rows(served.hub)
    late = label_rows(anong)[("guided", 2, "order.late")]
    assert late["description"] == "The parcel came later than promised (version 2)"
    assert late["guidelines"]["th"]["description"] == "พัสดุไม่มาส่งตามเวลาที่แจ้งไว้"
    assert late["guidelines"]["zh"]["examples"] == ["我的包裹在哪里", "已经晚了一个星期"]
    here, there = anong.taxonomy.latest("guided"), served.hub.taxonomy.latest("guided")
    assert (here.version, here.labels) == (there.version, there.labels)

    # Her own assignments, and only hers, with their conversations and turns.
    mine = assignments_of(served.hub, anong_id)
    assert mine
    assert assignments_of(anong, anong_id) == mine
    assert report.assignments == len(mine)
    with anong.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Assignment)) == len(mine)
    external = {a["conversation"] for a in mine.values()}
    here, there = conversations(anong, external), conversations(served.hub, external)
    assert set(here) == external
    for ext in external:
        assert here[ext]["turns"] == there[ext]["turns"]
        assert here[ext]["language"] == there[ext]["language"]
        assert here[ext]["meta"] == public(there[ext]["meta"])
    assert any("ขอบคุณที่รอค่ะ" in t[2] for c in here.values() for t in c["turns"])
    assert sorted(queue_ids(anong, "Anong")) == sorted(mine)

    # Nothing waits, and the cursor is the hub's published horizon.
    assert report.waiting == 0
    with anong.db.sessions() as s, served.hub.db.sessions() as hub_s:
        cursor = s.get(SyncState, (served.base, anong_id)).cursor
        assert cursor == horizon(hub_s) > 0


def test_each_labeller_gets_only_their_own_assignments(served: Served) -> None:
    for name in LABELLERS:
        ws = served.client(name)
        served.sync(name)
        user_id = served.user_id(name)
        with ws.db.sessions() as s:
            owners = set(s.scalars(select(Assignment.user_id).distinct()))
        assert owners == {user_id}
        assert assignments_of(ws, user_id) == assignments_of(served.hub, user_id)


# -- pushing answers ---------------------------------------------------------------------------


def test_push_lands_every_revision_on_the_hub_once(served: Served) -> None:
    anong = served.client("Anong")
    served.sync("Anong")
    anong_id = served.user_id("Anong")
    statuses = work_offline(anong, "Anong")
    made = revisions_of(anong, anong_id)
    assert len(made) == 7
    with anong.db.sessions() as s:
        assert outbox.pending_count(s, anong_id, served.base) > len(made)  # + audit entries

    report = served.sync("Anong")

    assert report.rejected == []
    assert report.pushed == len(made)
    assert revisions_of(served.hub, anong_id) == made
    with served.hub.db.sessions() as s:
        per_id = Counter(s.scalars(select(AnnotationRevision.id)))
        assert all(per_id[i] == 1 for i in made)
        latest = dict(s.execute(select(Annotation.assignment_id, Annotation.latest_revision)).all())
        hub_status = dict(s.execute(select(Assignment.id, Assignment.status)).all())
    assert {a: WorkStatus(hub_status[a]) for a in statuses} == statuses
    d = list(statuses)[3]
    assert latest[d] == 3  # submit, submit, revert: three revisions
    reverted = sorted(
        (r for r in made.values() if r["assignment_id"] == d), key=lambda r: r["number"]
    )
    assert [r["labels"] for r in reverted] == [[TRACK], [REFUND], [TRACK]]

    # Every outbox row is acknowledged; nothing waits.
    with anong.db.sessions() as s:
        rows = s.execute(select(OutboxEntry.acked_at, OutboxEntry.error)).all()
        assert rows
        assert all(acked is not None and error is None for acked, error in rows)
        assert outbox.pending_count(s, anong_id, served.base) == 0
    assert report.waiting == 0


def test_syncing_again_or_resending_everything_changes_nothing_on_the_hub(served: Served) -> None:
    anong = served.client("Anong")
    served.sync("Anong")
    work_offline(anong, "Anong")
    first = served.sync("Anong")
    before = served.counts()

    again = served.sync("Anong")
    assert (again.pushed, again.audit_sent, again.assignments) == (0, 0, 0)
    assert served.counts() == before

    # Forget every acknowledgement: everything goes up again, and the hub keeps one copy.
    anong_id = served.user_id("Anong")
    with anong.db.sessions.begin() as s:
        s.execute(update(OutboxEntry).values(acked_at=None))
        s.execute(update(SyncState).values(audit_seq=0))
    resent = served.sync("Anong")
    assert resent.pushed == first.pushed > 0
    assert resent.audit_sent == first.audit_sent + again.audit_sent > 0
    assert resent.rejected == []
    assert served.counts() == before
    assert revisions_of(served.hub, anong_id) == revisions_of(anong, anong_id)


def test_a_revision_made_after_a_sync_is_a_new_revision(served: Served) -> None:
    anong = served.client("Anong")
    served.sync("Anong")
    user = anong.users.find("Anong")
    item = queue_ids(anong, "Anong")[0]
    anong.labelling.submit(user, item, Answer(labels=(CANCEL,)))
    served.sync("Anong")
    anong.labelling.submit(user, item, Answer(labels=(TRACK,), note="read it again"))
    served.sync("Anong")
    anong.labelling.revert(user, item, 1)
    served.sync("Anong")

    with served.hub.db.sessions() as s:
        annotation = s.scalars(select(Annotation).where(Annotation.assignment_id == item)).one()
        kept = s.execute(
            select(AnnotationRevision.number, AnnotationRevision.labels, AnnotationRevision.note)
            .where(AnnotationRevision.annotation_id == annotation.id)
            .order_by(AnnotationRevision.number)
        ).all()
        assert annotation.latest_revision == 3
    assert [tuple(r) for r in kept] == [
        (1, [CANCEL], ""),
        (2, [TRACK], "read it again"),
        (3, [CANCEL], ""),
    ]
    assert revisions_of(served.hub, user.id) == revisions_of(anong, user.id)


# -- the pull cursor -----------------------------------------------------------------------------


@pytest.mark.slow
def test_the_cursor_advances_and_a_new_workstation_pulls_from_zero(
    served: Served, tmp_path: Path
) -> None:
    anong = served.client("Anong")
    first = served.sync("Anong")
    anong_id = served.user_id("Anong")

    def cursor(ws: Workspace) -> int:
        with ws.db.sessions() as s:
            return int(s.get(SyncState, (served.base, anong_id)).cursor)

    start = cursor(anong)
    assert served.sync("Anong").pulled == 0  # nothing new after the cursor
    assert cursor(anong) == start

    # Something new for everyone on the hub: the next sync brings just that.
    served.hub.taxonomy.import_file(GUIDELINES, name="guided-copy")
    later = served.sync("Anong")
    assert (later.pulled, later.taxonomy_versions, later.assignments) == (1, 1, 0)
    assert cursor(anong) > start

    # Answers change the hub's statuses; a second workstation with the same token starts
    # from cursor 0 and gets the same work, as the hub has it now.
    work_offline(anong, "Anong")
    served.sync("Anong")
    laptop = served.client("Anong", file="anong-laptop")
    fresh = served.sync("Anong", laptop)
    assert fresh.assignments == first.assignments
    assert fresh.taxonomy_versions == 4
    assert assignments_of(laptop, anong_id) == assignments_of(served.hub, anong_id)
    assert cursor(laptop) == cursor(anong)
    assert taxonomy_versions(laptop) == taxonomy_versions(served.hub)


def test_a_revision_made_on_a_second_workstation_is_a_new_revision(served: Served) -> None:
    desk = served.client("Anong")
    served.sync("Anong")
    user = desk.users.find("Anong")
    item = queue_ids(desk, "Anong")[0]
    desk.labelling.submit(user, item, Answer(labels=(CANCEL,)))
    served.sync("Anong")

    # The same labeller on a laptop: the item arrives answered, and she changes her mind.
    laptop = served.client("Anong", file="anong-laptop")
    served.sync("Anong", laptop)
    assert assignments_of(laptop, user.id)[item]["status"] == WorkStatus.DONE.value
    laptop.labelling.submit(user, item, Answer(labels=(TRACK,), note="changed on the laptop"))
    report = served.sync("Anong", laptop)

    assert report.rejected == []
    with served.hub.db.sessions() as s:
        annotations = s.scalars(select(Annotation).where(Annotation.assignment_id == item)).all()
        assert len(annotations) == 1
        kept = s.execute(
            select(AnnotationRevision.number, AnnotationRevision.labels, AnnotationRevision.note)
            .where(AnnotationRevision.annotation_id == annotations[0].id)
            .order_by(AnnotationRevision.number)
        ).all()
    assert [tuple(r) for r in kept] == [(1, [CANCEL], ""), (2, [TRACK], "changed on the laptop")]
    assert annotations[0].latest_revision == 2
    with laptop.db.sessions() as s:
        assert outbox.pending_count(s, user.id, served.base) == 0
        assert outbox.rejected(s) == []
