"""Builds the demo workspace from the shared public datasets (Bitext, SGD), with attribution."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.progress import Progress, ProgressCallback, no_progress
from labeldesk.storage.db import Database
from labeldesk.storage.models import Batch, Conversation, Role, Turn, User
from labeldesk.workspace import Workspace

#: Environment variable naming the folder with the shared datasets (default: ../shared/data).
SHARED_DATA_ENV = "LABELDESK_SHARED_DATA"


@dataclass(frozen=True)
class DemoDataset:
    """One public dataset that becomes a batch of the demo, with its taxonomy."""

    batch: str
    taxonomy: str
    taxonomy_file: str
    conversations_file: str


DEMO_DATASETS: tuple[DemoDataset, ...] = (
    DemoDataset("bitext-support", "bitext", "bitext_taxonomy.csv", "bitext_customer_support.jsonl"),
    DemoDataset("sgd-dialogues", "sgd", "sgd_taxonomy.csv", "sgd_sample.jsonl"),
)

#: Where the demo data comes from and under which licence (from shared/data/README.md).
ATTRIBUTION = """\
Demo data: copied from public datasets; only the format was changed.
- Bitext customer-support training set,
  github.com/bitext/customer-support-llm-chatbot-training-dataset (commit cf857859).
  Licence: Community Data License Agreement - Sharing 1.0 (CDLA-Sharing-1.0).
- Schema-Guided Dialogue (SGD, DSTC8),
  github.com/google-research-datasets/dstc8-schema-guided-dialogue (commit e852981a).
  Licence: CC BY-SA 4.0.
- ABCD, Action-Based Conversations Dataset, github.com/asappresearch/abcd (commit 6b8700ce).
  Licence: MIT (Copyright (c) 2021 ASAPP Research).
The Thai and Chinese sample messages were written for LabelDesk and are synthetic."""

#: The sources and licences in one line, for a window footer.
ATTRIBUTION_SHORT = "Bitext (CDLA-Sharing-1.0), Schema-Guided Dialogue (CC BY-SA 4.0), ABCD (MIT)"

#: The demo's labellers: (name, role, languages they label).
DEMO_USERS: tuple[tuple[str, Role, tuple[str, ...]], ...] = (
    ("Anong", Role.LABELLER, ("th", "en")),
    ("Budi", Role.LABELLER, ("id", "ms", "en")),
    ("Linh", Role.LABELLER, ("vi", "en")),
    ("Wei", Role.LABELLER, ("zh", "en")),
    ("Maria", Role.REVIEWER, ("tl", "en")),
    ("Dana", Role.LEAD, ("en",)),
)


@dataclass(frozen=True)
class SampleTurn:
    """One message to show: who spoke, what, and in which language."""

    speaker: str
    text: str
    language: str


@dataclass(frozen=True)
class SampleConversation:
    """A conversation to show as a preview, with where it came from."""

    external_id: str
    batch: str
    turns: tuple[SampleTurn, ...]


#: Thai and Chinese customer messages (tests/data/langid_testset.jsonl, synthetic) that show
#: the fonts work; the shared datasets are English only.
SCRIPT_SAMPLES: tuple[SampleTurn, ...] = (
    SampleTurn("customer", "สั่งของไปตั้งแต่วันจันทร์ ยังไม่ได้รับเลยครับ เลขออเดอร์ TH2401178832", "th"),
    SampleTurn("customer", "你好，我的订单号CN240117883，周一下的单，到现在还没收到。", "zh"),  # noqa: RUF001 - Chinese commas
)


def shared_data_dir() -> Path:
    """The folder with the shared datasets: $LABELDESK_SHARED_DATA, else ``<repo>/../shared/data``.

    Raises
    ------
    LabelDeskError
        If the folder or one of the demo's files is missing.
    """
    env = os.environ.get(SHARED_DATA_ENV)
    folder = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"
    needed = [f for d in DEMO_DATASETS for f in (d.taxonomy_file, d.conversations_file)]
    missing = [name for name in needed if not (folder / name).is_file()]
    if missing:
        raise LabelDeskError(
            f"demo data not found: {folder} lacks {', '.join(missing)}; "
            f"set {SHARED_DATA_ENV} to the folder that holds the shared datasets"
        )
    return folder


def build_demo_workspace(path: Path, progress: ProgressCallback = no_progress) -> Path:
    """Create a demo workspace at ``path`` from the shared datasets, replacing any file there.

    The workspace is built in a temporary file next to ``path`` and moved into place only
    when complete, so an interrupted build leaves no half-made demo behind.

    Parameters
    ----------
    path
        The SQLite file to create.
    progress
        Called with the import's progress, one batch after the other.

    Returns
    -------
    Path
        ``path``, now a workspace with one batch per dataset in :data:`DEMO_DATASETS`.
    """
    data = shared_data_dir()
    path = Path(path).expanduser().resolve()
    tmp = path.with_name(path.name + ".building")
    _remove_sqlite_files(tmp)
    total = sum((data / d.conversations_file).stat().st_size for d in DEMO_DATASETS)
    done = 0
    try:
        with Workspace.open(tmp, create=True) as ws:
            for dataset in DEMO_DATASETS:
                _import_dataset(ws, data, dataset, _offset(progress, done, total))
                done += (data / dataset.conversations_file).stat().st_size
            _add_users(ws.db)
            _checkpoint(ws.db)
        _remove_sqlite_files(path)
        tmp.replace(path)
    finally:
        _remove_sqlite_files(tmp)
    return path


def _offset(progress: ProgressCallback, before: int, total: int) -> ProgressCallback:
    """Report one file's progress as part of all the demo's files (``before`` bytes done)."""

    def report(p: Progress) -> None:
        progress(Progress(before + p.done, total, p.unit, p.message))

    return report


def _import_dataset(
    ws: Workspace, data: Path, dataset: DemoDataset, progress: ProgressCallback
) -> None:
    """Import one dataset's taxonomy, then its conversations as a batch."""
    from labeldesk.ingest.importer import ImportOptions

    ws.taxonomy.import_file(data / dataset.taxonomy_file, name=dataset.taxonomy)
    options = ImportOptions(batch=dataset.batch, taxonomy=dataset.taxonomy)
    ws.importer.import_file(data / dataset.conversations_file, options, progress)


def _add_users(db: Database) -> None:
    """Add the demo's labellers, reviewer and lead, each recorded in the audit log."""
    with db.sessions.begin() as s:
        for name, role, languages in DEMO_USERS:
            user = User(name=name, role=role, languages=list(languages))
            s.add(user)
            s.flush()
            audit.record(
                s,
                "user.create",
                entity="user",
                entity_id=user.id,
                payload={"name": name, "role": role.value},
            )


def _checkpoint(db: Database) -> None:
    """Move everything from the write-ahead log into the database file, so it can be moved."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _remove_sqlite_files(path: Path) -> None:
    """Delete a SQLite file and its WAL and shared-memory files, where they exist."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def sample_conversation(db: Database, max_turns: int = 6) -> SampleConversation | None:
    """The workspace's first conversation (lowest id), its first ``max_turns`` turns, or None."""
    with db.sessions() as s:
        first = s.execute(
            select(Conversation.id, Conversation.external_id, Conversation.language, Batch.name)
            .join(Batch, Batch.id == Conversation.batch_id)
            .order_by(Conversation.id)
            .limit(1)
        ).first()
        if first is None:
            return None
        conv_id, external_id, language, batch = first
        rows = s.execute(
            select(Turn.speaker, Turn.text)
            .where(Turn.conversation_id == conv_id)
            .order_by(Turn.idx)
            .limit(max_turns)
        )
        turns = tuple(SampleTurn(speaker, text, language) for speaker, text in rows)
    return SampleConversation(external_id, batch, turns)


def is_demo_batch(name: str) -> bool:
    """Whether a batch name is one of the demo's (so its data needs attribution)."""
    return any(d.batch == name for d in DEMO_DATASETS)
