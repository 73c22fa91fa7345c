"""Assignments are leases: unworked ones that run out expire, go to someone else, and vanish
from their labeller's workstation; work done offline on an expired lease is never lost.

The hub setting ``hub.lease_days`` (a JSON number) sets how long a lease runs from its
labeller's first pull; a negative value makes every lease handed out run out at once. Work
nobody has pulled yet has no lease, so it never expires.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sync_helpers import Served, served_hub

from labeldesk.labelling.dto import Answer
from labeldesk.storage.models import (
    AnnotationRevision,
    Assignment,
    AuditEntry,
    Conversation,
    Setting,
    WorkStatus,
    utcnow,
)
from labeldesk.sync.publish import LEASE_KEY
from labeldesk.workspace import Workspace
from tests.cli.cli_helpers import labeldesk

CANCEL = "ORDER>cancel_order"


def set_lease_days(hub: Workspace, days: float) -> None:
    """Set the hub's lease length (a Setting row holding a JSON number)."""
    with hub.db.sessions.begin() as s:
        s.merge(Setting(key=LEASE_KEY, value=days))


@pytest.fixture
def served(db_url: str, tmp_path: Path) -> Iterator[Served]:
    """Every chat to one labeller (no overlap), with leases that run out when published."""
    with served_hub(
        db_url,
        tmp_path,
        per_language=4,
        overlap=0.0,
        prepare=lambda hub: set_lease_days(hub, -1),
    ) as hub:
        yield hub


def work(ws: Workspace, user_id: str) -> dict[str, tuple[str, str, dt.datetime | None]]:
    """A user's assignments: id -> (conversation, language, lease end)."""
    with ws.db.sessions() as s:
        rows = s.execute(
            select(
                Assignment.id,
                Conversation.external_id,
                Conversation.language,
                Assignment.lease_expires_at,
            )
            .join(Conversation, Conversation.id == Assignment.conversation_id)
            .where(Assignment.user_id == user_id)
        ).all()
    return {a: (ext, lang, utc(lease)) for a, ext, lang, lease in rows}


def utc(at: dt.datetime | None) -> dt.datetime | None:
    """A stored time as an aware UTC time (SQLite gives it back naive)."""
    return at if at is None or at.tzinfo else at.replace(tzinfo=dt.UTC)


def holders(ws: Workspace, external_id: str) -> dict[str, str]:
    """Who has (or had) a conversation on the hub: user id -> assignment status."""
    with ws.db.sessions() as s:
        rows = s.execute(
            select(Assignment.user_id, Assignment.status)
            .join(Conversation, Conversation.id == Assignment.conversation_id)
            .where(Conversation.external_id == external_id)
        ).all()
    return {user: str(status) for user, status in rows}


def expire(served: Served, trigger: str) -> None:
    """Make the hub expire ran-out leases now, the way ``trigger`` says."""
    if trigger == "pull":
        served.client("Linh")
        served.sync("Linh")  # anyone's pull publishes, and publishing expires first
    elif trigger == "endpoint":
        reply = httpx.post(
            served.base + "/v1/leases/expire",
            headers={"Authorization": f"Bearer {served.token('Dana')}"},
            timeout=30,
        )
        assert reply.status_code == 200, reply.text
        assert reply.json()["expired"] > 0
    else:
        proc = labeldesk("hub", "leases", "--workspace", served.world.url, "--json")
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["expired"] > 0


@pytest.mark.parametrize("trigger", ["pull", "endpoint", "cli"])
def test_an_expired_lease_is_reassigned_dropped_and_worked_offline_still_kept(
    served: Served, trigger: str
) -> None:
    anong_ws = served.client("Anong")
    served.sync("Anong")  # Anong's first pull: every lease handed to her runs out at once
    anong, wei = served.user_id("Anong"), served.user_id("Wei")
    mine = work(anong_ws, anong)
    assert all(lease is not None and lease < utcnow() for _e, _l, lease in mine.values())
    english = {a: ext for a, (ext, lang, _lease) in mine.items() if lang == "en"}
    thai = sorted(a for a, (_e, lang, _lease) in mine.items() if lang == "th")
    assert english
    assert thai
    for ext in english.values():
        assert set(holders(served.hub, ext)) == {anong}  # Wei never had these
    weis = {ext for ext, lang, _lease in work(served.hub, wei).values() if lang == "en"}
    set_lease_days(served.hub, 7)  # work handed out from now on keeps its lease

    # Offline, Anong answers one Thai item after her lease ran out; the hub expires the rest.
    worked = thai[0]
    saved = anong_ws.labelling.submit(
        anong_ws.users.find("Anong"), worked, Answer(labels=(CANCEL,))
    )
    expire(served, trigger)

    with served.hub.db.sessions() as s:
        statuses = dict(
            s.execute(
                select(Assignment.id, Assignment.status).where(Assignment.id.in_(list(mine)))
            ).all()
        )
        actions = list(s.scalars(select(AuditEntry.action)))
    assert {WorkStatus(v) for v in statuses.values()} == {WorkStatus.EXPIRED}
    assert "lease.expire" in actions
    # The English chats went to the only other labeller with English; Thai to nobody.
    for ext in english.values():
        assert holders(served.hub, ext) == {anong: "expired", wei: "todo"}
    for ext in weis:  # Wei never pulled: his work has no lease yet, so it stays his
        assert holders(served.hub, ext) == {wei: "todo"}
    for a in thai:
        assert set(holders(served.hub, mine[a][0])) == {anong}

    # Wei's next sync brings Anong's English chats, on a fresh lease.
    served.client("Wei")
    served.sync("Wei")
    got = {ext: lease for ext, _lang, lease in work(served.client("Wei"), wei).values()}
    assert set(english.values()) <= set(got)
    for ext in english.values():
        assert got[ext] > utcnow() + dt.timedelta(days=6)

    # Anong's next sync: her answer is taken (not lost), and the rest leaves her queue.
    report = served.sync("Anong")
    assert report.rejected == []
    assert report.pushed == 1
    assert report.dropped == len(mine) - 1
    now_mine = work(anong_ws, anong)
    assert set(now_mine) == {worked}
    with served.hub.db.sessions() as s:
        revision = s.scalars(
            select(AnnotationRevision).where(
                AnnotationRevision.annotation_id == saved.annotation_id
            )
        ).one()
        assert revision.labels == [CANCEL]
        assert WorkStatus(s.get(Assignment, worked).status) == WorkStatus.DONE


def test_work_pushed_before_the_expiring_pull_keeps_its_lease(served: Served) -> None:
    """A labeller's own sync pushes first: what she did offline counts as worked."""
    anong_ws = served.client("Anong")
    served.sync("Anong")
    anong = served.user_id("Anong")
    mine = work(anong_ws, anong)
    worked = sorted(mine)[0]
    anong_ws.labelling.submit(anong_ws.users.find("Anong"), worked, Answer(labels=(CANCEL,)))

    report = served.sync("Anong")  # push, then the pull that expires the other leases

    assert (report.pushed, report.dropped, report.rejected) == (1, len(mine) - 1, [])
    assert set(work(anong_ws, anong)) & set(mine) == {worked}
    with served.hub.db.sessions() as s:
        statuses = dict(
            s.execute(
                select(Assignment.id, Assignment.status).where(Assignment.id.in_(list(mine)))
            ).all()
        )
    assert WorkStatus(statuses.pop(worked)) == WorkStatus.DONE
    assert {WorkStatus(v) for v in statuses.values()} == {WorkStatus.EXPIRED}


def test_leases_run_for_the_hub_setting(served: Served) -> None:
    set_lease_days(served.hub, 2.5)
    ws = served.client("Wei")
    before = utcnow()
    served.sync("Wei")
    leases = [lease for _e, _l, lease in work(ws, served.user_id("Wei")).values()]
    assert leases
    for lease in leases:
        assert before + dt.timedelta(days=2.5) <= lease <= utcnow() + dt.timedelta(days=2.5)
    again = served.sync("Wei")
    assert again.dropped == 0  # nothing ran out
