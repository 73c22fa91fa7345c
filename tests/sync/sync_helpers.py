"""Shared pieces of the sync tests: a hub served over real HTTP, workstations, database reads.

:func:`served_hub` builds the hub of :mod:`hub_world` on the test's database (SQLite or
PostgreSQL, fixture ``db_url``) and serves it on 127.0.0.1 in a thread; the returned
:class:`Served` opens workstations (new SQLite files), syncs them with a user's token and
reads the hub's database the way a lead would. Nothing is mocked: the client talks HTTP to
the real app, both sides write real databases.

The ``sqlite_*`` helpers read a workstation's file with the plain ``sqlite3`` module, so a
blind test sees exactly what someone opening the file would see.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hub_world import HubWorld, build_hub, hub_thread
from sqlalchemy import func, select

from labeldesk.labelling.dto import Profile
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Base,
    Batch,
    Conversation,
    Label,
    Setting,
    Taxonomy,
    TaxonomyVersion,
    Turn,
    User,
)
from labeldesk.sync.client import SyncClient, SyncReport
from labeldesk.workspace import Workspace


@dataclass
class Served:
    """A hub being served, its users' tokens, and the workstations opened so far."""

    world: HubWorld
    base: str
    folder: Path
    hub: Workspace
    clients: dict[str, Workspace] = field(default_factory=dict)

    def token(self, name: str) -> str:
        """The token of hub user ``name``."""
        return self.world.tokens[name]

    def client(self, name: str, file: str | None = None) -> Workspace:
        """The workstation ``file`` (default: ``name``), a new SQLite workspace on first use."""
        key = file or name.lower()
        if key not in self.clients:
            self.clients[key] = Workspace.open(self.folder / f"{key}.db", create=True)
        return self.clients[key]

    def path(self, name: str) -> Path:
        """The SQLite file of workstation ``name``."""
        return self.folder / f"{name.lower()}.db"

    def sync(self, name: str, ws: Workspace | None = None, **options: Any) -> SyncReport:
        """Sync ``name``'s workstation (or ``ws``) with the hub, with ``name``'s token."""
        target = ws if ws is not None else self.client(name)
        with SyncClient(target.db, self.base, self.token(name), **options) as client:
            return client.sync()

    def user_id(self, name: str) -> str:
        """The hub's id of user ``name``."""
        with self.hub.db.sessions() as s:
            return str(s.scalar(select(User.id).where(User.name == name)))

    def profile(self, name: str) -> Profile:
        """The hub's profile of user ``name`` (what the lead's services take)."""
        return self.hub.users.find(name)

    def counts(self) -> dict[str, int]:
        """Rows per table in the hub's database."""
        return table_counts(self.hub)

    def set_hub_setting(self, key: str, value: Any) -> None:
        """Write a hub setting row directly (also keys the workspace API does not know)."""
        with self.hub.db.sessions.begin() as s:
            s.merge(Setting(key=key, value=value))

    def close(self) -> None:
        """Close every workstation and the hub's workspace."""
        for ws in self.clients.values():
            ws.close()
        self.hub.close()


@contextmanager
def served_hub(
    db_url: str,
    folder: Path,
    *,
    prepare: Callable[[Workspace], None] | None = None,
    **build: Any,
) -> Iterator[Served]:
    """Build the hub on ``db_url`` (``prepare`` runs on it before serving) and serve it."""
    world = build_hub(db_url, folder / "hub", **build)
    hub = Workspace.open(db_url)
    if prepare is not None:
        prepare(hub)
    served = None
    try:
        with hub_thread(db_url) as base:
            served = Served(world, base, folder, hub)
            yield served
    finally:
        if served is not None:
            served.close()
        else:
            hub.close()


def table_counts(ws: Workspace) -> dict[str, int]:
    """Rows per table of a workspace's database."""
    with ws.db.sessions() as s:
        return {
            table.name: int(s.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


# -- reading a workstation's file with plain sqlite3 ---------------------------------------------


def sqlite_rows(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` on the SQLite file ``path``, opened read-only."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return list(conn.execute(sql, params))


def sqlite_column(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """The first column of ``sql``'s rows."""
    return [row[0] for row in sqlite_rows(path, sql, params)]


def sqlite_find(path: Path, needle: str) -> list[str]:
    """Every ``table.column`` of the file that holds ``needle`` in some row (as text)."""
    found = []
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                hits = conn.execute(
                    f'SELECT count(*) FROM "{table}" WHERE instr(CAST("{column}" AS TEXT), ?) > 0',
                    (needle,),
                ).fetchone()[0]
                if hits:
                    found.append(f"{table}.{column}")
    return found


# -- the same reads on the hub and on a workstation ----------------------------------------------


def taxonomy_versions(ws: Workspace) -> set[tuple[str, int, str]]:
    """(taxonomy, version number, checksum) of every taxonomy version."""
    with ws.db.sessions() as s:
        return {
            (name, number, checksum)
            for name, number, checksum in s.execute(
                select(Taxonomy.name, TaxonomyVersion.number, TaxonomyVersion.checksum).join(
                    TaxonomyVersion, TaxonomyVersion.taxonomy_id == Taxonomy.id
                )
            )
        }


LABEL_FIELDS = (
    "key",
    "parent_key",
    "path",
    "depth",
    "position",
    "name",
    "names",
    "description",
    "examples",
    "guidelines",
    "synonyms",
    "shortcut",
    "deprecated",
)


def label_rows(ws: Workspace) -> dict[tuple[str, int, str], dict[str, Any]]:
    """Every label of every version: (taxonomy, number, key) -> its fields."""
    with ws.db.sessions() as s:
        rows = s.execute(
            select(Taxonomy.name, TaxonomyVersion.number, Label)
            .join(TaxonomyVersion, TaxonomyVersion.taxonomy_id == Taxonomy.id)
            .join(Label, Label.version_id == TaxonomyVersion.id)
        )
        return {
            (name, number, label.key): {f: getattr(label, f) for f in LABEL_FIELDS}
            for name, number, label in rows
        }


def assignments_of(ws: Workspace, user_id: str) -> dict[str, dict[str, Any]]:
    """A user's assignments by id: purpose, status, position, conversation and batch."""
    with ws.db.sessions() as s:
        rows = s.execute(
            select(Assignment, Conversation.external_id, Batch.name)
            .join(Conversation, Conversation.id == Assignment.conversation_id)
            .join(Batch, Batch.id == func.coalesce(Assignment.batch_id, Conversation.batch_id))
            .where(Assignment.user_id == user_id)
        )
        return {
            a.id: {
                "purpose": str(a.purpose),
                "status": str(a.status),
                "position": a.position,
                "conversation": ext,
                "batch": batch,
                "quiz_id": a.quiz_id,
            }
            for a, ext, batch in rows
        }


def conversations(ws: Workspace, external_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Conversations by external id: language, meta, and their turns."""
    wanted = list(external_ids)
    with ws.db.sessions() as s:
        convs = s.scalars(select(Conversation).where(Conversation.external_id.in_(wanted))).all()
        out = {}
        for c in convs:
            turns = s.execute(
                select(Turn.idx, Turn.speaker, Turn.text, Turn.ts, Turn.meta)
                .where(Turn.conversation_id == c.id)
                .order_by(Turn.idx)
            ).all()
            out[c.external_id] = {
                "language": c.language,
                "content_hash": c.content_hash,
                "meta": dict(c.meta or {}),
                "turns": [tuple(t) for t in turns],
            }
        return out


def revisions_of(ws: Workspace, user_id: str) -> dict[str, dict[str, Any]]:
    """Every revision of a user's annotations by id, with the fields that travel."""
    rev = AnnotationRevision
    with ws.db.sessions() as s:
        rows = s.execute(
            select(rev, Annotation.assignment_id)
            .join(Annotation, Annotation.id == rev.annotation_id)
            .where(Annotation.user_id == user_id)
        )
        return {
            r.id: {
                "annotation_id": r.annotation_id,
                "assignment_id": assignment_id,
                "number": r.number,
                "labels": list(r.labels or []),
                "turn_labels": dict(r.turn_labels or {}),
                "unsure": bool(r.unsure),
                "skip_reason": r.skip_reason,
                "note": r.note or "",
                "active_seconds": round(float(r.active_seconds or 0.0), 3),
            }
            for r, assignment_id in rows
        }
