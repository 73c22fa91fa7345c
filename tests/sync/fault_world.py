"""Helpers for the sync fault tests: a workstation with work waiting, and "exactly once".

One hub serves a whole test module; ``new_crew`` gives each test labellers of its own
(fresh users, with a batch of fresh chats assigned only to them), so tests never see each
other's records. ``workstation`` makes a labeller's client workspace that pulled its queue
from a hub, answered all of it and revised a few answers, so its outbox holds revisions 1
and 2 and its audit log a chain of entries, none of it sent yet.

``assert_exactly_once`` reads the hub's database and the client's and compares them
record by record: every annotation, revision, review and audit entry the client made is
on the hub exactly once (same ids, same revision numbers, none missing, none extra), and
every uploaded audit entry links into an unbroken chain.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from hub_world import HubProcess, HubWorld, build_hub, label_queue, profile
from labelling_data import write_chats
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from labeldesk.ingest.importer import ImportOptions
from labeldesk.labelling.dto import Answer
from labeldesk.review.assignment import assign_batch
from labeldesk.storage.db import open_database
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    AuditEntry,
    ClientAudit,
    GoldResult,
    OutboxEntry,
    Review,
    Role,
    User,
    WorkStatus,
)
from labeldesk.sync import outbox
from labeldesk.sync.auth import HubUserService
from labeldesk.sync.client import SyncClient
from labeldesk.workspace import Workspace

#: The answer ``label_queue`` gives, and the one revisions change it to.
FIRST_LABEL = "ORDER>cancel_order"
SECOND_LABEL = "ORDER>change_order"


@dataclass(frozen=True)
class Crew:
    """Labellers made for one test, their tokens, and the batch only they work on."""

    batch: str
    tokens: dict[str, str]

    @property
    def names(self) -> list[str]:
        """The labellers' names, in the order they were made."""
        return list(self.tokens)


def new_crew(
    hub_location: str,
    folder: Path,
    *,
    labellers: int = 1,
    per_language: int = 10,
    languages: Sequence[str] = ("th", "en"),
    gold: float = 0.0,
) -> Crew:
    """New labellers (``languages``) on the hub, with a new batch of chats assigned to them.

    With several labellers every chat is labelled by two of them (overlap 1.0). ``gold``
    mixes hidden gold of the hub's ``gold`` batch into their work.
    """
    tag = uuid.uuid4().hex[:8]
    folder.mkdir(parents=True, exist_ok=True)
    chats = folder / f"chats-{tag}.jsonl"
    write_chats(chats, per_language)
    rows = [json.loads(line) for line in chats.read_text(encoding="utf-8").splitlines()]
    kept = [_unique(row, tag) for row in rows if row["language"] in languages]
    chats.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), "utf-8")
    ws = Workspace.open(hub_location)
    try:
        ws.importer.import_file(chats, ImportOptions(batch=f"batch-{tag}", taxonomy="bitext"))
        users = HubUserService(ws.db)
        tokens = {
            f"L{tag}{n}": users.add(f"L{tag}{n}", Role.LABELLER, list(languages))[1]
            for n in range(labellers)
        }
        assign_batch(
            ws.db,
            f"batch-{tag}",
            list(tokens),
            overlap=1.0 if labellers > 1 else 0.0,
            per_item=2,
            gold=gold,
            seed=7,
        )
    finally:
        ws.close()
    return Crew(f"batch-{tag}", tokens)


def _unique(chat: dict, tag: str) -> dict:
    """The chat with an id and a first turn of its own (the importer skips duplicates)."""
    first = {**chat["turns"][0], "text": f"{chat['turns'][0]['text']} (#{tag}-{chat['id']})"}
    return {**chat, "id": f"{tag}-{chat['id']}", "turns": [first, *chat["turns"][1:]]}


# -- the module's hub: fixtures world, hub_process, hub (import the *_fixture functions) -----


@pytest.fixture(scope="module", name="world")
def world_fixture(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> HubWorld:
    """The module's hub database: taxonomy, users, hidden gold (tests add their own crews)."""
    return build_hub(module_db_url, tmp_path_factory.mktemp("hub"), per_language=2)


@pytest.fixture(scope="module", name="hub_process")
def hub_process_fixture(
    world: HubWorld, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[HubProcess]:
    """``labeldesk hub serve`` on the module's hub, in a child process."""
    with HubProcess(world.url, tmp_path_factory.mktemp("log") / "hub.log") as proc:
        yield proc


@pytest.fixture(name="hub")
def hub_fixture(hub_process: HubProcess) -> Iterator[HubProcess]:
    """The module's hub, running (restarted if a test left it dead); it must log no error."""
    if hub_process.proc is None or hub_process.proc.poll() is not None:
        hub_process.start()
    seen = len(hub_process.log())
    yield hub_process
    errors = [ln for ln in hub_process.log()[seen:].splitlines() if '"level":"error"' in ln]
    assert not errors, errors[0][:3000]


def workstation(
    path: Path, hub_url: str, token: str, name: str, *, revise: int = 3, page: int = 500
) -> Workspace:
    """A client workspace at ``path`` with ``name``'s whole queue answered, nothing sent.

    The first ``revise`` answers get a second revision (another label).
    """
    ws = Workspace.open(path, create=True)
    with SyncClient(ws.db, hub_url, token, page=page) as client:
        client.sync()
    assert label_queue(ws, name, FIRST_LABEL) > 0
    revise_answers(ws, name, revise)
    return ws


def labeller(
    tmp_path: Path,
    world: HubWorld,
    hub_url: str,
    *,
    gold: float = 0.0,
    revise: int = 3,
    per_language: int = 10,
) -> tuple[Workspace, str, str]:
    """A new labeller's workstation: queue answered, ``revise`` answers revised, nothing sent.

    Returns the workspace, the labeller's user id and token.
    """
    crew = new_crew(world.url, tmp_path / "crew", per_language=per_language, gold=gold)
    name, token = next(iter(crew.tokens.items()))
    ws = workstation(tmp_path / "client.db", hub_url, token, name, revise=revise)
    return ws, user_id_of(ws, name), token


def user_name(ws: Workspace, user_id: str) -> str:
    """The name of the local user ``user_id``."""
    with ws.db.sessions() as s:
        return str(s.scalar(select(User.name).where(User.id == user_id)))


def revise_answers(ws: Workspace, name: str, n: int, label: str = SECOND_LABEL) -> list[str]:
    """Submit a new answer to the user's first ``n`` done assignments; their ids."""
    user = profile(ws, name)
    with ws.db.sessions() as s:
        ids = list(
            s.scalars(
                select(Assignment.id)
                .where(Assignment.user_id == user.id, Assignment.status == WorkStatus.DONE)
                .order_by(Assignment.position, Assignment.id)
                .limit(n)
            )
        )
    for assignment_id in ids:
        ws.labelling.submit(user, assignment_id, Answer(labels=(label,)))
    return ids


@dataclass(frozen=True)
class Records:
    """One user's records in one database, by id."""

    annotations: dict[str, tuple[str | None, int]]  # id -> (assignment id, latest revision)
    revisions: dict[str, tuple[str, int, tuple[str, ...]]]  # id -> (annotation, number, labels)
    reviews: set[str]
    audit: dict[str, int]  # id -> seq (on the hub: of this client's chain)


def _user_records(s: Session, user_id: str) -> tuple[dict, dict, set]:
    annotations = {
        a: (asg, n)
        for a, asg, n in s.execute(
            select(Annotation.id, Annotation.assignment_id, Annotation.latest_revision).where(
                Annotation.user_id == user_id
            )
        )
    }
    revisions = {
        r: (a, n, tuple(labels or ()))
        for r, a, n, labels in s.execute(
            select(
                AnnotationRevision.id,
                AnnotationRevision.annotation_id,
                AnnotationRevision.number,
                AnnotationRevision.labels,
            )
            .join(Annotation, Annotation.id == AnnotationRevision.annotation_id)
            .where(Annotation.user_id == user_id)
        )
    }
    reviews = set(s.scalars(select(Review.id).where(Review.reviewer_id == user_id)))
    return annotations, revisions, reviews


def client_records(ws: Workspace, user_id: str) -> tuple[Records, str]:
    """The user's records in a client workspace, and the workspace's client id."""
    with ws.db.sessions() as s:
        annotations, revisions, reviews = _user_records(s, user_id)
        audit = dict(s.execute(select(AuditEntry.id, AuditEntry.seq)).all())
        client_id = outbox.client_id(s)
        s.commit()
    return Records(annotations, revisions, reviews, audit), client_id


def hub_records(hub_location: str, user_id: str, client_id: str) -> Records:
    """The user's records on the hub, checking on the way that nothing is there twice."""
    db = open_database(hub_location)
    try:
        with db.sessions() as s:
            annotations, revisions, reviews = _user_records(s, user_id)
            for table, where in (
                (Annotation, Annotation.user_id == user_id),
                (Review, Review.reviewer_id == user_id),
                (ClientAudit, ClientAudit.client_id == client_id),
            ):
                rows, ids = s.execute(
                    select(func.count(), func.count(func.distinct(table.id))).where(where)
                ).one()
                assert rows == ids, f"{table.__tablename__}: {rows} rows for {ids} ids"
            slots = Counter(
                (a, n)
                for a, n in s.execute(
                    select(AnnotationRevision.annotation_id, AnnotationRevision.number)
                    .join(Annotation, Annotation.id == AnnotationRevision.annotation_id)
                    .where(Annotation.user_id == user_id)
                )
            )
            assert max(slots.values(), default=1) == 1, "two revisions share a number"
            per_assignment = Counter(asg for asg, _n in annotations.values())
            assert max(per_assignment.values(), default=1) == 1, "two annotations of one work"
            scored = Counter(
                s.scalars(select(GoldResult.annotation_id).where(GoldResult.user_id == user_id))
            )
            assert max(scored.values(), default=1) == 1, "an answer was scored twice"
            chain = s.execute(
                select(ClientAudit.id, ClientAudit.seq, ClientAudit.chain_ok, ClientAudit.problem)
                .where(ClientAudit.client_id == client_id)
                .order_by(ClientAudit.seq)
            ).all()
    finally:
        db.dispose()
    broken = [(seq, ok, problem) for _i, seq, ok, problem in chain if ok is not True]
    assert not broken, f"audit chain not verified at {broken[:3]}"
    return Records(annotations, revisions, reviews, {i: seq for i, seq, _o, _p in chain})


def assert_exactly_once(
    hub_location: str, ws: Workspace, user_id: str, *, rejected: Iterable[str] = ()
) -> Records:
    """Every record the user made in ``ws`` is on the hub exactly once; the client's records.

    ``rejected``: revision ids the hub refused for good (they must not be there).
    """
    mine, client_id = client_records(ws, user_id)
    theirs = hub_records(hub_location, user_id, client_id)
    refused = set(rejected)
    expected_revisions = {k: v for k, v in mine.revisions.items() if k not in refused}
    kept = {annotation for annotation, _n, _l in expected_revisions.values()}
    expected_annotations = {a: v for a, v in mine.annotations.items() if a in kept}
    assert len(theirs.revisions) == len(expected_revisions)
    assert theirs.revisions == expected_revisions
    assert len(theirs.annotations) == len(expected_annotations)
    assert theirs.annotations == expected_annotations
    assert theirs.reviews == mine.reviews
    assert len(theirs.audit) == len(mine.audit)
    assert theirs.audit == mine.audit
    return mine


def assert_outbox_empty(ws: Workspace, user_id: str, hub_url: str) -> None:
    """Nothing of the user's waits in the workspace's outbox (nor in its audit log)."""
    with ws.db.sessions() as s:
        assert outbox.pending_count(s, user_id, hub_url) == 0
        waiting = s.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.acked_at.is_(None), OutboxEntry.error.is_(None))
        )
        assert waiting == 0


def user_id_of(ws: Workspace, name: str) -> str:
    """The local (= hub) id of the user named ``name``."""
    return profile(ws, name).id
