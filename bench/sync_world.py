"""What the sync benchmarks share: a hub database, a real hub process, fast local answers.

- :func:`pg_database`: a new PostgreSQL database on the local server (dropped afterwards);
- :func:`build_hub`: a hub workspace with generated conversations, labellers and their tokens,
  the batch assigned;
- :class:`HubServer`: ``labeldesk hub serve --workers N`` as a real child process;
- :func:`answer_bulk`: a labeller's answers written in bulk on a workstation, row for row what
  :class:`labeldesk.labelling.LabellingService` writes for a submit (annotation with its
  latest-answer columns, revision, work status, hash-chained audit entry, outbox row).
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import httpx
from sqlalchemy import Table, create_engine, select, text, update

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
OUT = REPO / "bench" / "out"
sys.path.insert(0, str(REPO))

from labeldesk.audit import canonical_time, entry_hash  # noqa: E402
from labeldesk.storage.db import Database, to_url  # noqa: E402
from labeldesk.storage.models import (  # noqa: E402
    Annotation,
    AnnotationRevision,
    Assignment,
    AuditEntry,
    Batch,
    Label,
    OutboxEntry,
    Purpose,
    TaxonomyVersion,
    WorkStatus,
    answer_category,
    new_uuid,
    utcnow,
)

#: The PostgreSQL server the benchmarks make their databases on (a user that may create them).
PG_SERVER = os.environ.get("LABELDESK_TEST_PG_URL", "postgresql://root@/labeldesk_dev")
#: Every language the generator writes, so one labeller may take any conversation.
LANGUAGES = ("en", "th", "id", "ms", "vi", "zh", "tl")
BATCH = "bench"


@contextmanager
def pg_database(prefix: str = "ld_bench") -> Iterator[str]:
    """A new, empty PostgreSQL database, dropped on exit; yields its ``postgresql://`` URL."""
    base = to_url(PG_SERVER)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def conversations_file(n: int) -> Path:
    """A JSONL file of ``n`` generated conversations (made once, cached in bench/out)."""
    path = OUT / f"sync_conv_{n}.jsonl"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(REPO / "bench" / "generate.py"), str(n), str(path)], check=True
        )
    return path


def build_hub(
    url: str,
    n_conversations: int,
    labellers: Sequence[str],
    *,
    overlap: float = 0.0,
) -> dict[str, str]:
    """Make a hub workspace at ``url``: the Bitext taxonomy, ``n_conversations`` generated
    conversations in batch ``bench`` assigned to ``labellers`` (all languages), a lead
    ``Lead``; every user's token by name."""
    from labeldesk.ingest.importer import ImportOptions
    from labeldesk.review.assignment import assign_batch
    from labeldesk.storage.models import Role
    from labeldesk.sync.auth import HubUserService
    from labeldesk.workspace import Workspace

    ws = Workspace.open(url, create=True)
    try:
        ws.taxonomy.import_file(SHARED / "bitext_taxonomy.csv", name="bitext")
        ws.importer.import_file(
            conversations_file(n_conversations), ImportOptions(batch=BATCH, taxonomy="bitext")
        )
        users = HubUserService(ws.db)
        tokens = {name: users.add(name, Role.LABELLER, list(LANGUAGES))[1] for name in labellers}
        tokens["Lead"] = users.add("Lead", Role.LEAD, ["en"])[1]
        assign_batch(ws.db, BATCH, list(labellers), overlap=overlap, per_item=2, seed=7)
    finally:
        ws.close()
    return tokens


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class HubServer:
    """``labeldesk hub serve --workers N`` in a child process on 127.0.0.1."""

    def __init__(
        self, location: str, log: Path, *, workers: int = 1, port: int | None = None
    ) -> None:
        self.location, self.log_path, self.workers = location, log, workers
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The hub's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HubServer:
        """Start the hub; wait until every worker could answer /health."""
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "labeldesk",
                    "hub",
                    "serve",
                    "--workspace",
                    self.location,
                    "--port",
                    str(self.port),
                    "--workers",
                    str(self.workers),
                    "--log-level",
                    "warning",
                ],
                stdout=log,
                stderr=log,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                start_new_session=True,
            )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    time.sleep(1.0 if self.workers > 1 else 0.0)  # let the other workers boot
                    return self
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"the hub exited: {self.log_path.read_text()[-2000:]}")
            time.sleep(0.1)
        raise RuntimeError("the hub did not come up in 120 s")

    def pids(self) -> list[int]:
        """The hub's process and its workers (for a profiler)."""
        if self.proc is None:
            return []
        found = subprocess.run(
            ["pgrep", "-s", str(self.proc.pid)], capture_output=True, text=True, check=False
        )
        return [int(p) for p in found.stdout.split()]

    def stop(self) -> None:
        """Stop the hub (SIGTERM to its session: the server and its workers)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def cpu_times(pids: Sequence[int]) -> dict[int, float]:
    """CPU seconds (user + system) each process used so far (gone processes left out)."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        out[pid] = (int(fields[11]) + int(fields[12])) / tick
    return out


def pg_backends(url: str) -> list[int]:
    """The server processes of every connection to the database at ``url`` (PostgreSQL)."""
    if not url.startswith("postgresql"):
        return []
    engine = create_engine(to_url(url))
    with engine.connect() as conn:
        pids = [
            int(p)
            for p in conn.execute(
                text(
                    "SELECT pid FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalars()
        ]
    engine.dispose()
    return pids


class CpuMeter:
    """CPU seconds used by the hub's processes, its PostgreSQL backends and this process."""

    def __init__(self, hub: HubServer) -> None:
        self.hub = hub
        self.before = self._now()

    def _now(self) -> dict[str, dict[int, float]]:
        return {
            "hub": cpu_times(self.hub.pids()),
            "postgres": cpu_times(pg_backends(self.hub.location)),
            "client": cpu_times([os.getpid()]),
        }

    def used(self) -> dict[str, float]:
        """Seconds used since the meter was made, by hub, postgres and client."""
        after = self._now()
        return {
            part: sum(t - self.before[part].get(pid, 0.0) for pid, t in times.items())
            for part, times in after.items()
        }


@dataclass(frozen=True)
class Answered:
    """What :func:`answer_bulk` wrote: the revision ids, in order."""

    revision_ids: list[str]


def answer_bulk(db: Database, user_id: str, limit: int | None = None, seed: int = 0) -> Answered:
    """Submit an answer (one random leaf label) to the user's next ``limit`` items to do.

    Writes exactly what ``LabellingService.submit`` writes for a first answer, in bulk: the
    annotation (latest revision 1, its answer columns), revision 1, the assignment's status
    "done", an audit entry ``annotation.submit`` chained to the log, and the outbox row.
    """
    rng = random.Random(seed)
    with db.sessions.begin() as s:
        todo = s.execute(
            select(Assignment.id, Assignment.conversation_id, Batch.taxonomy_id)
            .join(Batch, Batch.id == Assignment.batch_id, isouter=True)
            .where(
                Assignment.user_id == user_id,
                Assignment.status == WorkStatus.TODO,
                Assignment.purpose == Purpose.LABEL,
            )
            .order_by(Assignment.position, Assignment.id)
            .limit(limit)
        ).all()
        version_id, leaves = _taxonomy(s)
        last = s.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        seq, prev = (last[0], last[1]) if last else (0, "")
        annotations, revisions, audits, outbox = [], [], [], []
        for assignment_id, conversation_id, _tax in todo:
            now = utcnow()
            labels = [rng.choice(leaves)]
            seconds = round(rng.uniform(5, 60), 3)
            annotation_id, revision_id = new_uuid(), new_uuid()
            annotations.append(
                {
                    "id": annotation_id,
                    "conversation_id": conversation_id,
                    "user_id": user_id,
                    "assignment_id": assignment_id,
                    "latest_revision": 1,
                    "created_at": now,
                    "answer": answer_category(labels),
                    "skipped": False,
                    "unsure": False,
                    "active_seconds": seconds,
                    "answered_at": now,
                }
            )
            revisions.append(
                {
                    "id": revision_id,
                    "annotation_id": annotation_id,
                    "number": 1,
                    "labels": labels,
                    "turn_labels": {},
                    "unsure": False,
                    "skip_reason": None,
                    "note": "",
                    "active_seconds": seconds,
                    "taxonomy_version_id": version_id,
                    "created_at": now,
                }
            )
            payload: dict[str, Any] = {
                "annotation_id": annotation_id,
                "assignment_id": assignment_id,
                "conversation_id": conversation_id,
                "revision": 1,
                "labels": labels,
                "turn_labels": {},
                "unsure": False,
                "skip_reason": None,
                "note": "",
                "active_seconds": seconds,
                "taxonomy_version_id": version_id,
            }
            body = {k: v for k, v in payload.items() if k != "note"}
            entry_id = new_uuid()
            seq += 1
            digest = entry_hash(prev, entry_id, canonical_time(now), "annotation.submit", body)
            audits.append(
                {
                    "seq": seq,
                    "id": entry_id,
                    "at": now,
                    "user_id": user_id,
                    "action": "annotation.submit",
                    "entity": "annotation_revision",
                    "entity_id": revision_id,
                    "payload": body,
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            prev = digest
            outbox.append(
                {
                    "record_type": "annotation_revision",
                    "record_id": revision_id,
                    "payload": payload,
                    "created_at": now,
                    "attempts": 0,
                }
            )
        for model, rows in (
            (Annotation, annotations),
            (AnnotationRevision, revisions),
            (AuditEntry, audits),
            (OutboxEntry, outbox),
        ):
            if rows:
                s.execute(cast(Table, model.__table__).insert(), rows)
        ids = [a for a, _c, _t in todo]
        for start in range(0, len(ids), 900):
            s.execute(
                update(Assignment)
                .where(Assignment.id.in_(ids[start : start + 900]))
                .values(status=WorkStatus.DONE, status_at=utcnow()),
                execution_options={"synchronize_session": False},
            )
    return Answered([r["id"] for r in revisions])


def _taxonomy(s: Any) -> tuple[int | None, list[str]]:
    """The newest local taxonomy version and its leaf label keys."""
    version_id = s.scalar(select(TaxonomyVersion.id).order_by(TaxonomyVersion.id.desc()).limit(1))
    keys = list(s.scalars(select(Label.key).where(Label.version_id == version_id)))
    leaves = [k for k in keys if not any(o.startswith(k + ">") for o in keys)]
    return version_id, leaves or ["ORDER>cancel_order"]
