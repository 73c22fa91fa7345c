"""Sync under faults, against a real hub process on 127.0.0.1, on SQLite and PostgreSQL.

Each test breaks something between a labeller's workstation and the hub (the hub killed,
connections cut, the client killed, chunks duplicated or reordered, the client's disk
full), then lets the sync finish, and ends by comparing the hub's database with the
client's: every annotation, revision, review and audit entry on the hub exactly once
(:func:`fault_world.assert_exactly_once`), and nothing left in the client's outbox.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from fault_world import (  # noqa: F401 - the *_fixture functions are fixtures
    FIRST_LABEL,
    SECOND_LABEL,
    assert_exactly_once,
    assert_outbox_empty,
    hub_fixture,
    hub_process_fixture,
    labeller,
    new_crew,
    revise_answers,
    user_id_of,
    user_name,
    world_fixture,
)
from hub_world import LEAD, REVIEWER, HubProcess, HubWorld, label_queue, profile
from sqlalchemy import event, func, select, text
from tcp_proxy import TcpProxy

from labeldesk.labelling.dto import Answer
from labeldesk.progress import Progress
from labeldesk.review.dto import ReviewAnswer
from labeldesk.storage.db import open_database
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Conversation,
    GoldItem,
    GoldResult,
    OutboxEntry,
    SyncState,
    Turn,
    Verdict,
    WorkStatus,
)
from labeldesk.sync import outbox
from labeldesk.sync.client import DiskFull, HubUnreachable, SyncClient, SyncReport
from labeldesk.sync.protocol import PROTOCOL
from labeldesk.workspace import Workspace

#: Chats per language for each test's labeller (th and en): 20 answers, 4-5 chunks of 5.
PER_LANGUAGE = 10
CHUNK = 5


def sync_state(ws: Workspace, hub_url: str, user_id: str) -> SyncState:
    """The workspace's sync bookkeeping for the hub at ``hub_url``."""
    with ws.db.sessions() as s:
        row = s.get(SyncState, (hub_url, user_id))
        assert row is not None
        return row


def waiting(ws: Workspace, user_id: str, hub_url: str) -> int:
    """Records waiting in the workspace for the hub at ``hub_url``."""
    with ws.db.sessions() as s:
        return outbox.pending_count(s, user_id, hub_url)


def sync_until_done(client: SyncClient, attempts: int = 20) -> SyncReport:
    """Sync again after every HubUnreachable, up to ``attempts`` times."""
    for _ in range(attempts):
        try:
            return client.sync()
        except HubUnreachable:
            continue
    raise AssertionError(f"the sync did not finish in {attempts} attempts")


# -- 1. the hub killed mid-upload ------------------------------------------------------------


def test_hub_killed_after_a_chunk_and_restarted(
    world: HubWorld, hub: HubProcess, tmp_path: Path
) -> None:
    ws, uid, token = labeller(tmp_path, world, hub.url)
    total = waiting(ws, uid, hub.url)
    replies: list[dict[str, Any]] = []

    def kill_after_second(reply: dict[str, Any]) -> None:
        replies.append(reply)
        if len(replies) == 2:
            hub.kill()  # the 2nd chunk's reply arrived; the 3rd chunk finds no hub

    client = SyncClient(
        ws.db, hub.url, token, chunk=CHUNK, retries=3, backoff=0.01, after_send=kill_after_second
    )
    with pytest.raises(HubUnreachable, match="cannot reach the hub"):
        client.sync()
    assert waiting(ws, uid, hub.url) == total - 2 * CHUNK  # two chunks were acknowledged
    assert "cannot reach the hub" in (sync_state(ws, hub.url, uid).last_error or "")

    hub.start()  # on the same port
    report = client.sync()
    assert report.pushed + report.audit_sent == total - 2 * CHUNK
    assert sync_state(ws, hub.url, uid).last_error is None
    assert_exactly_once(world.url, ws, uid)
    assert_outbox_empty(ws, uid, hub.url)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11])
def test_hub_killed_at_a_random_byte_of_the_upload(
    world: HubWorld, hub: HubProcess, tmp_path: Path, seed: int
) -> None:
    ws, uid, token = labeller(tmp_path, world, hub.url)
    killed = threading.Event()
    at = random.Random(seed).randint(600, 12_000)  # inside some push request

    def kill_at(total: int) -> None:
        if total >= at and not killed.is_set():
            killed.set()
            hub.kill()  # the hub dies with part of a request received

    with TcpProxy(hub.port, cut_share=0.0, on_upload=kill_at) as proxy:
        client = SyncClient(ws.db, proxy.url, token, chunk=CHUNK, retries=3, backoff=0.01)
        with pytest.raises(HubUnreachable):
            client.sync()
        assert killed.is_set()
        hub.start()
        sync_until_done(client)
    assert_exactly_once(world.url, ws, uid)
    assert_outbox_empty(ws, uid, proxy.url)


# -- 2. connections cut at random points ------------------------------------------------------


def cutting_client(ws: Workspace, proxy: TcpProxy, token: str) -> SyncClient:
    """A client that goes through the proxy, retrying hard with almost no backoff."""
    return SyncClient(ws.db, proxy.url, token, chunk=CHUNK, page=5, retries=50, backoff=0.002)


def cutting_proxy(hub: HubProcess, seed: int) -> TcpProxy:
    """A proxy to the hub that cuts half the connections early, and every one eventually."""
    return TcpProxy(hub.port, seed=seed, cut_share=0.5, max_offset=8_000, max_life=64_000)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_connections_cut_at_random_points_in_both_directions(
    world: HubWorld, hub: HubProcess, tmp_path: Path, seed: int
) -> None:
    ws, uid, token = labeller(tmp_path, world, hub.url)
    with cutting_proxy(hub, seed) as proxy:
        client = cutting_client(ws, proxy, token)
        report = sync_until_done(client)
        assert report.pulled > 0  # a new hub URL: the pull starts again from 0, cut too
        revised = revise_answers(ws, user_name(ws, uid), 4, FIRST_LABEL)  # after a sync
        sync_until_done(client)
        assert proxy.cuts > 0, "the proxy cut nothing: the test proved nothing"
    assert len(revised) == 4
    assert_exactly_once(world.url, ws, uid)
    assert_outbox_empty(ws, uid, proxy.url)


@pytest.mark.slow
def test_reviews_through_a_cutting_proxy(world: HubWorld, hub: HubProcess, tmp_path: Path) -> None:
    """Two labellers disagree on everything, reviewers adjudicate: all through cut links."""
    crew = new_crew(world.url, tmp_path / "crew", labellers=2, per_language=3)
    with cutting_proxy(hub, 7) as proxy:
        stations = {}
        for (name, token), label in zip(
            crew.tokens.items(), (FIRST_LABEL, SECOND_LABEL), strict=True
        ):
            ws = Workspace.open(tmp_path / f"{name}.db", create=True)
            client = cutting_client(ws, proxy, token)
            sync_until_done(client)
            assert label_queue(ws, name, label) == 6
            sync_until_done(client)
            stations[name] = ws
        reviewed = 0
        for name in (REVIEWER, LEAD):  # new review items go to reviewers and leads
            ws = Workspace.open(tmp_path / f"{name}.db", create=True)
            client = cutting_client(ws, proxy, world.tokens[name])
            sync_until_done(client)
            reviewed += review_all(ws, name)
            sync_until_done(client)
            stations[name] = ws
        assert proxy.cuts > 0
    assert reviewed >= 6  # every chat of the crew's batch
    for name, ws in stations.items():
        uid = user_id_of(ws, name)
        assert_exactly_once(world.url, ws, uid)
        assert_outbox_empty(ws, uid, proxy.url)


def review_all(ws: Workspace, name: str) -> int:
    """Adjudicate every item in the reviewer's queue (both slots correct); how many."""
    reviewer = profile(ws, name)
    rows = ws.reviews.page(reviewer)
    for row in rows:
        task = ws.reviews.open(reviewer, row.assignment_id)
        verdicts = {slot.slot: Verdict.CORRECT for slot in task.slots}
        answer = ReviewAnswer(labels=(FIRST_LABEL,), verdicts=verdicts)
        ws.reviews.submit(reviewer, row.assignment_id, answer)
    return len(rows)


# -- 3. the client killed between sending and recording the acknowledgement -------------------

KILLED_CLIENT = """
import os, sys
from labeldesk.storage.db import open_database
from labeldesk.sync.client import SyncClient

workspace, hub_url, kill_at, chunk = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
replies = []

def die(reply):
    replies.append(reply)
    if len(replies) == kill_at:
        os._exit(137)  # the reply arrived; the acknowledgement is never recorded

client = SyncClient(open_database(workspace), hub_url, os.environ["LABELDESK_TOKEN"],
                    chunk=chunk, after_send=die)
client.sync()
"""


@pytest.mark.parametrize("phase", ["revisions", "audit"])
def test_client_killed_between_sending_and_recording_the_ack(
    world: HubWorld, hub: HubProcess, tmp_path: Path, phase: str
) -> None:
    ws, uid, token = labeller(tmp_path, world, hub.url)
    with ws.db.sessions() as s:
        revisions = int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
    total = waiting(ws, uid, hub.url)
    revision_chunks = -(-revisions // CHUNK)
    kill_at = 1 if phase == "revisions" else revision_chunks + 1  # or the 1st audit chunk
    script = tmp_path / "killed_client.py"
    script.write_text(KILLED_CLIENT, encoding="utf-8")
    command = [sys.executable, str(script), str(tmp_path / "client.db"), hub.url]
    done = subprocess.run(
        [*command, str(kill_at), str(CHUNK)],
        env={**os.environ, "LABELDESK_TOKEN": token},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 137, done.stderr.decode()[-3000:]
    # The last chunk is on the hub, and still waits here.
    recorded = 0 if phase == "revisions" else revisions
    assert waiting(ws, uid, hub.url) == total - recorded
    on_hub = count_on_hub(world.url, uid)
    assert on_hub == (CHUNK if phase == "revisions" else revisions)

    report = SyncClient(ws.db, hub.url, token, chunk=CHUNK).sync()
    assert report.pushed + report.audit_sent == total - recorded
    assert_exactly_once(world.url, ws, uid)
    assert_outbox_empty(ws, uid, hub.url)


def count_on_hub(location: str, user_id: str) -> int:
    """How many of the user's annotation revisions the hub has."""
    db = open_database(location)
    try:
        with db.sessions() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(AnnotationRevision)
                    .join(Annotation, Annotation.id == AnnotationRevision.annotation_id)
                    .where(Annotation.user_id == user_id)
                )
                or 0
            )
    finally:
        db.dispose()


# -- 4. the same chunk twice, chunks out of order --------------------------------------------


class Pusher:
    """POSTs push bodies straight to the hub with httpx, as a client would."""

    def __init__(self, hub_url: str, token: str, client_id: str) -> None:
        self.http = httpx.Client(
            base_url=hub_url,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            timeout=60,
        )
        self.client_id = client_id

    def push(self, records: list[dict[str, Any]]) -> dict[str, Any]:
        """Send one chunk; every record must be acknowledged."""
        body = {"protocol": PROTOCOL, "client_id": self.client_id, "records": records}
        reply = self.http.post("/v1/push", content=orjson.dumps(body))
        assert reply.status_code == 200, reply.text
        answer = reply.json()
        assert answer["rejected"] == []
        assert set(answer["acked"]) == {r["id"] for r in records}
        return answer


def chunks(records: list[dict[str, Any]], size: int = CHUNK) -> list[list[dict[str, Any]]]:
    """Records cut into chunks of ``size``."""
    return [records[i : i + size] for i in range(0, len(records), size)]


def gold_assignment(hub_location: str, ws: Workspace, user_id: str) -> tuple[str, str]:
    """Two of the user's assignments (in ``ws``): one hidden gold on the hub, one not."""
    db = open_database(hub_location)
    try:
        with db.sessions() as s:
            gold = set(
                s.scalars(
                    select(Conversation.external_id).join(
                        GoldItem, GoldItem.conversation_id == Conversation.id
                    )
                )
            )
    finally:
        db.dispose()
    with ws.db.sessions() as s:
        work = s.execute(
            select(Assignment.id, Conversation.external_id)
            .join(Conversation, Conversation.id == Assignment.conversation_id)
            .where(Assignment.user_id == user_id)
            .order_by(Assignment.position)
        ).all()
    hidden = [asg for asg, ext in work if ext in gold]
    assert hidden, "no hidden gold in the user's queue"
    return hidden[0], next(asg for asg, ext in work if ext not in gold)


def test_chunks_twice_and_out_of_order(world: HubWorld, hub: HubProcess, tmp_path: Path) -> None:
    ws, uid, token = labeller(tmp_path, world, hub.url, gold=0.2, revise=0)
    gold_asg, other = gold_assignment(world.url, ws, uid)
    me = profile(ws, user_name(ws, uid))
    for assignment_id in (gold_asg, other):  # revision 2 of two answers, the gold one wrong
        ws.labelling.submit(me, assignment_id, Answer(labels=(SECOND_LABEL,)))
    with ws.db.sessions() as s:
        pending = outbox.next_chunk(s, uid, 10_000)
        audit = outbox.next_audit_chunk(s, 0, 10_000).records
        client_id = outbox.client_id(s)
        gold_ann = s.scalar(select(Annotation.id).where(Annotation.assignment_id == gold_asg))
        numbers = dict(
            s.execute(
                select(AnnotationRevision.number, AnnotationRevision.id).where(
                    AnnotationRevision.annotation_id == gold_ann
                )
            ).all()
        )
        s.commit()
    records = pending.records
    gold_first = next(r for r in records if r["id"] == numbers[1])
    gold_second = next(r for r in records if r["id"] == numbers[2])
    second = next(r for r in records if r["data"]["number"] == 2 and r is not gold_second)
    first = next(
        r
        for r in records
        if r["data"]["annotation_id"] == second["data"]["annotation_id"]
        and r["data"]["number"] == 1
    )
    rest = [r for r in records if r not in (gold_first, gold_second, second, first)]
    pusher = Pusher(hub.url, token, client_id)

    pusher.push([gold_second])  # revision 2 before revision 1: scored for now
    pusher.push([second, first])  # one chunk: revision 2, then its revision 1
    pieces = chunks(rest)
    pusher.push(pieces[1])  # chunk 2 before chunk 1
    pusher.push(pieces[0])
    pusher.push(pieces[0])  # chunk 1 twice
    pusher.push(pieces[0] + pieces[0][:2])  # a record twice in one chunk
    for piece in reversed(pieces[2:]):
        pusher.push(piece)
    pusher.push([gold_first])  # the first answer, late
    audit_pieces = chunks(audit)
    for piece in [*reversed(audit_pieces), audit_pieces[0]]:  # the chain backwards, then again
        pusher.push(piece)

    db = open_database(world.url)
    try:
        with db.sessions() as s:
            latest = s.scalar(select(Annotation.latest_revision).where(Annotation.id == gold_ann))
            result = s.scalars(select(GoldResult).where(GoldResult.annotation_id == gold_ann)).one()
    finally:
        db.dispose()
    assert latest == 2  # both revisions kept; the later one is the answer
    assert (result.revision_id, result.correct) == (numbers[1], True)  # the first answer counts
    assert_exactly_once(world.url, ws, uid)

    # The client never heard those acknowledgements: it sends all again, harmlessly.
    report = SyncClient(ws.db, hub.url, token, chunk=CHUNK).sync()
    assert report.pushed == len(records)
    assert report.rejected == []
    assert_exactly_once(world.url, ws, uid)
    assert_outbox_empty(ws, uid, hub.url)


def test_the_same_chunk_sent_concurrently(world: HubWorld, hub: HubProcess, tmp_path: Path) -> None:
    """A retry that overtakes the first try (still running on the hub) is acknowledged too."""
    ws, uid, token = labeller(tmp_path, world, hub.url)
    with ws.db.sessions() as s:
        records = outbox.next_chunk(s, uid, CHUNK).records
        audit = outbox.next_audit_chunk(s, 0, CHUNK).records
        client_id = outbox.client_id(s)
        s.commit()
    pusher = Pusher(hub.url, token, client_id)
    failures: list[BaseException] = []

    def send(chunk: list[dict[str, Any]]) -> None:
        try:
            pusher.push(chunk)
        except BaseException as exc:
            failures.append(exc)

    for chunk in (records, audit):
        threads = [threading.Thread(target=send, args=(chunk,)) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not failures, failures[0]
    SyncClient(ws.db, hub.url, token, chunk=CHUNK).sync()
    assert_exactly_once(world.url, ws, uid)
    assert_outbox_empty(ws, uid, hub.url)


# -- 5. the client's disk fills --------------------------------------------------------------


class DiskCap:
    """Caps a workspace's SQLite file at its current size while ``full`` is set.

    ``PRAGMA max_page_count`` is per connection, so it is set on every checkout from the
    engine's pool: at the current page count (no growth) when full, else at SQLite's maximum.
    """

    def __init__(self, ws: Workspace) -> None:
        self.full = False
        self.engine = ws.db.engine
        event.listen(self.engine, "checkout", self._checkout)

    def _checkout(self, dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        cur = dbapi_conn.cursor()
        if self.full:
            pages = cur.execute("PRAGMA page_count").fetchone()[0]
            cur.execute(f"PRAGMA max_page_count = {int(pages)}")
        else:
            cur.execute("PRAGMA max_page_count = 1073741823")
        cur.close()

    def remove(self) -> None:
        """Stop capping."""
        event.remove(self.engine, "checkout", self._checkout)


def local_state(ws: Workspace, hub_url: str, user_id: str) -> tuple[int, set[str]]:
    """(the pull cursor, the ids of the local assignments); checks that no page is half-applied."""
    with ws.db.sessions() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        state = outbox.state(s, hub_url, user_id)
        cursor = int(state.cursor or 0)
        s.rollback()
        turns = dict(
            s.execute(
                select(Turn.conversation_id, func.count()).group_by(Turn.conversation_id)
            ).all()
        )
        for cid, n_turns in s.execute(select(Conversation.id, Conversation.n_turns)):
            assert turns.get(cid, 0) == n_turns, "a conversation arrived without all its turns"
        assignments = set(s.scalars(select(Assignment.id).where(Assignment.user_id == user_id)))
        orphans = s.scalar(
            select(func.count())
            .select_from(Assignment)
            .outerjoin(Conversation, Conversation.id == Assignment.conversation_id)
            .where(Conversation.id.is_(None))
        )
        assert orphans == 0
    return cursor, assignments


def hub_assignments(location: str, user_id: str) -> set[str]:
    """Ids of the user's live assignments on the hub."""
    db = open_database(location)
    try:
        with db.sessions() as s:
            return set(
                s.scalars(
                    select(Assignment.id).where(
                        Assignment.user_id == user_id, Assignment.status != WorkStatus.EXPIRED
                    )
                )
            )
    finally:
        db.dispose()


def test_disk_full_while_pulling(world: HubWorld, hub: HubProcess, tmp_path: Path) -> None:
    crew = new_crew(world.url, tmp_path / "crew", per_language=PER_LANGUAGE)
    name, token = next(iter(crew.tokens.items()))
    ws = Workspace.open(tmp_path / "client.db", create=True)
    with ws.db.engine.connect() as conn:
        conn.execute(text("VACUUM"))  # no free pages to grow into
    cap = DiskCap(ws)
    seen: dict[str, Any] = {}
    client = SyncClient(ws.db, hub.url, token, chunk=CHUNK, page=8)

    def progress(p: Progress) -> None:
        if p.message == "receiving" and not cap.full:  # one page applied
            seen["state"] = local_state(ws, hub.url, client.user_id or "")
            cap.full = True

    with pytest.raises(DiskFull, match="disk is full"):
        client.sync(progress)
    assert cap.full, "the disk never filled: the pull was too short"
    uid = client.user_id
    assert uid is not None
    cursor, assignments = local_state(ws, hub.url, uid)
    assert (cursor, assignments) == seen["state"]  # nothing of the failed page, cursor kept
    assert 0 < len(assignments) < len(hub_assignments(world.url, uid))

    cap.full = False
    client.sync()
    cursor, assignments = local_state(ws, hub.url, uid)
    assert assignments == hub_assignments(world.url, uid)
    assert cursor > seen["state"][0]

    label_queue(ws, name)
    client.sync()
    assert_exactly_once(world.url, ws, uid)
    assert_outbox_empty(ws, uid, hub.url)
    cap.remove()


def test_disk_full_while_recording_an_ack(world: HubWorld, hub: HubProcess, tmp_path: Path) -> None:
    ws, uid, token = labeller(tmp_path, world, hub.url, revise=2 * PER_LANGUAGE)
    revise_answers(ws, user_name(ws, uid), 2 * PER_LANGUAGE, FIRST_LABEL)  # a long outbox
    with ws.db.engine.connect() as conn:
        conn.execute(text("VACUUM"))  # no free pages to grow into
    total = waiting(ws, uid, hub.url)
    cap = DiskCap(ws)
    replies: list[dict[str, Any]] = []

    def fill(reply: dict[str, Any]) -> None:
        replies.append(reply)
        cap.full = True  # the chunk is on the hub; its ack may not fit any more

    client = SyncClient(ws.db, hub.url, token, chunk=CHUNK, after_send=fill)
    with pytest.raises(DiskFull, match="disk is full"):
        client.sync()
    recorded = total - waiting(ws, uid, hub.url)
    assert recorded == (len(replies) - 1) * CHUNK  # the last chunk's ack did not fit
    assert count_on_hub(world.url, uid) == len(replies) * CHUNK  # but the hub has it

    cap.full = False
    client.after_send = None
    report = client.sync()
    assert report.pushed + report.audit_sent == total - recorded  # the last chunk again
    assert_exactly_once(world.url, ws, uid)
    assert_outbox_empty(ws, uid, hub.url)
    cap.remove()
