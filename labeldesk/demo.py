"""Builds the demo workspace: the shared public datasets plus chats written for LabelDesk.

The demo has three batches: Bitext customer-support chats and SGD dialogues (English, from
``../shared/data``), and ``multilingual-chats``, synthetic chats in the labellers' languages
(``resources/demo``). Its users are made through the user service and every labeller gets a
queue, routed by language, with overlap and hidden gold items mixed in. The Bitext taxonomy
gets readable names and guideline text, both in the UI languages, from an overlay in
``resources/demo``, merged in at build time. Some work is already done, so the review queue
and the quality table have something to show (:mod:`labeldesk.demo_qa`).
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from labeldesk import demo_qa
from labeldesk.errors import LabelDeskError
from labeldesk.progress import Progress, ProgressCallback, no_progress
from labeldesk.storage.db import Database
from labeldesk.storage.models import Batch, Conversation, Role, Turn
from labeldesk.workspace import Workspace

#: Environment variable naming the folder with the shared datasets (default: ../shared/data).
SHARED_DATA_ENV = "LABELDESK_SHARED_DATA"

#: The demo's own data (chats, taxonomy names), in the source tree next to the package.
DEMO_RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "demo"


@dataclass(frozen=True)
class DemoDataset:
    """One batch of the demo: its conversations, and the taxonomy they are labelled with.

    ``taxonomy_file`` is None for a batch that uses a taxonomy an earlier dataset imported.
    ``names_file`` is an overlay in :data:`DEMO_RESOURCES` that gives the taxonomy's labels
    readable names, translations and guideline text. ``shared`` says whether the files are in
    the shared data folder (else in :data:`DEMO_RESOURCES`).
    """

    batch: str
    taxonomy: str
    taxonomy_file: str | None
    conversations_file: str
    names_file: str | None = None
    shared: bool = True


#: The batches of the shared datasets, in import order.
DEMO_DATASETS: tuple[DemoDataset, ...] = (
    DemoDataset(
        "bitext-support",
        "bitext",
        "bitext_taxonomy.csv",
        "bitext_customer_support.jsonl",
        names_file="bitext_taxonomy_names.csv",
    ),
    DemoDataset("sgd-dialogues", "sgd", "sgd_taxonomy.csv", "sgd_sample.jsonl"),
)

#: The chats written for LabelDesk, in the labellers' languages, under the Bitext taxonomy.
MULTILINGUAL_DATASET = DemoDataset(
    "multilingual-chats", "bitext", None, "multilingual_chats.jsonl", shared=False
)

#: Every batch of the demo, in import order.
ALL_DATASETS: tuple[DemoDataset, ...] = (*DEMO_DATASETS, MULTILINGUAL_DATASET)

#: Where the demo data comes from and under which licence (from shared/data/README.md).
ATTRIBUTION = """\
Demo data:
- Bitext customer-support training set,
  github.com/bitext/customer-support-llm-chatbot-training-dataset (commit cf857859).
  Licence: Community Data License Agreement - Sharing 1.0 (CDLA-Sharing-1.0).
  Copied; only the format was changed.
- Schema-Guided Dialogue (SGD, DSTC8),
  github.com/google-research-datasets/dstc8-schema-guided-dialogue (commit e852981a).
  Licence: CC BY-SA 4.0. A selection of dialogues, copied; only the format was changed.
- The multilingual-chats batch (Thai, Indonesian, Malay, Vietnamese, Chinese, English) and
  the Thai and Chinese sample messages: written for LabelDesk, synthetic (MIT).
- The Bitext labels' display names, translations and guideline text: written for LabelDesk,
  shared under the Bitext taxonomy's licence (CDLA-Sharing-1.0)."""

#: The sources and licences in one line, for a window footer.
ATTRIBUTION_SHORT = (
    "Bitext (CDLA-Sharing-1.0), Schema-Guided Dialogue (CC BY-SA 4.0), "
    "LabelDesk synthetic chats (MIT)"
)

#: The demo's users: (name, role, languages they label).
DEMO_USERS: tuple[tuple[str, Role, tuple[str, ...]], ...] = (
    ("Anong", Role.LABELLER, ("th", "en")),
    ("Budi", Role.LABELLER, ("id", "ms", "en")),
    ("Linh", Role.LABELLER, ("vi", "en")),
    ("Wei", Role.LABELLER, ("zh", "en")),
    # Their work is made up (labeldesk.demo_qa), so review and quality have data.
    ("Somchai", Role.LABELLER, ("th", "en")),
    ("Siti", Role.LABELLER, ("id", "ms", "en")),
    ("Thu", Role.LABELLER, ("vi", "en")),
    ("Mei", Role.LABELLER, ("zh", "en")),
    ("Nok", Role.LABELLER, ("th", "en")),  # new: an onboarding quiz first
    ("Maria", Role.REVIEWER, ("en", "th", "id", "ms", "vi", "zh", "tl")),
    ("Dana", Role.LEAD, ("en",)),
)
#: The vendors the demo's labellers work for (made up), so quality and the dashboard can
#: break down by vendor.
DEMO_VENDORS: dict[str, str] = {
    "Anong": "Chao Phraya BPO",
    "Somchai": "Chao Phraya BPO",
    "Nok": "Chao Phraya BPO",
    "Budi": "Nusantara Data",
    "Siti": "Nusantara Data",
    "Linh": "Mekong CX",
    "Thu": "Mekong CX",
    "Wei": "Mekong CX",
    "Mei": "Mekong CX",
}

#: Version of what the demo contains; a demo workspace of another version is built again.
DEMO_VERSION = 4

#: Seed of the demo's assignment shuffle, so every build gives the same queues.
ASSIGNMENT_SEED = 2025

#: Columns of the shared taxonomy file left out of the merged one: the path would keep the
#: raw names in breadcrumbs (it is rebuilt from the display names), the source is provenance.
_DROPPED_COLUMNS = ("path", "source")


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
#: the fonts work.
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
    needed = [name for d in DEMO_DATASETS for name in (d.taxonomy_file, d.conversations_file)]
    missing = [name for name in needed if name and not (folder / name).is_file()]
    if missing:
        raise LabelDeskError(
            f"demo data not found: {folder} lacks {', '.join(missing)}; "
            f"set {SHARED_DATA_ENV} to the folder that holds the shared datasets"
        )
    return folder


def demo_resource(name: str) -> Path:
    """The file ``name`` in the demo's resources (:data:`DEMO_RESOURCES`).

    Raises
    ------
    LabelDeskError
        If there is no such file; the message lists the files there are.
    """
    path = DEMO_RESOURCES / name
    if not path.is_file():
        there = sorted(p.name for p in DEMO_RESOURCES.glob("*")) if DEMO_RESOURCES.is_dir() else []
        raise LabelDeskError(
            f"demo resource {name!r} not found in {DEMO_RESOURCES}; "
            f"there are: {', '.join(there) or 'no files'} (run from a LabelDesk source checkout)"
        )
    return path


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
        ``path``, now a workspace with the batches of :data:`ALL_DATASETS`, the users of
        :data:`DEMO_USERS`, and a queue for every labeller.
    """
    files = {d.batch: _conversations_path(d) for d in ALL_DATASETS}  # fail before building
    path = Path(path).expanduser().resolve()
    tmp = path.with_name(path.name + ".building")
    _remove_sqlite_files(tmp)
    try:
        with Workspace.open(tmp, create=True) as ws:
            _fast_commits(ws.db)
            _import_taxonomies(ws)
            _import_batches(ws, files, progress)
            _add_users(ws)
            _qa(ws, progress)
            ws.set_setting("demo_version", DEMO_VERSION)
            _checkpoint(ws.db)
        _remove_sqlite_files(path)
        tmp.replace(path)
    finally:
        _remove_sqlite_files(tmp)
    return path


def _fast_commits(db: Database) -> None:
    """Commit without waiting for the disk while the demo is built.

    The build writes a temporary file that replaces the demo only once it is complete and
    checkpointed, so a crash mid-build loses nothing; the made-up work commits a thousand
    times, and waiting for the disk each time would make the build several times slower.
    """

    def relax(dbapi_conn: Any, *_: Any) -> None:  # noqa: ANN401 - DB-API connection
        dbapi_conn.execute("PRAGMA synchronous=OFF")

    event.listen(db.engine, "checkout", relax)


def _conversations_path(dataset: DemoDataset) -> Path:
    """Where a dataset's conversations are: the shared data folder, or the demo resources."""
    if dataset.shared:
        return shared_data_dir() / dataset.conversations_file
    return demo_resource(dataset.conversations_file)


def _import_taxonomies(ws: Workspace) -> None:
    """Import each dataset's taxonomy, with its names overlay merged in where it has one."""
    data = shared_data_dir()
    for dataset in ALL_DATASETS:
        if dataset.taxonomy_file is None:
            continue
        source = data / dataset.taxonomy_file
        if dataset.names_file is None:
            ws.taxonomy.import_file(source, name=dataset.taxonomy)
            continue
        with tempfile.TemporaryDirectory(prefix="labeldesk-demo-") as folder:
            merged = Path(folder) / dataset.taxonomy_file
            merge_taxonomy_names(source, demo_resource(dataset.names_file), merged)
            ws.taxonomy.import_file(merged, name=dataset.taxonomy)


def merge_taxonomy_names(taxonomy: Path, names: Path, out: Path) -> None:
    """Write ``taxonomy`` (a CSV) to ``out`` with the columns of the overlay ``names`` merged in.

    The overlay is a CSV keyed by ``id`` (the taxonomy's keys, unchanged) with any columns
    the taxonomy reader takes: ``name`` (display name), ``name_<lang>``, ``description``,
    ``examples``, their translations ``description_<lang>`` and ``examples_<lang>``,
    ``synonyms``, ``shortcut``. Every overlay column is carried into ``out``, after the
    taxonomy's own; a non-empty overlay cell wins over the taxonomy's. The ``path`` column is
    left out, so paths follow the display names.

    Raises
    ------
    LabelDeskError
        If the overlay has no ``id`` column or names an id the taxonomy does not have.
    """
    base_columns, rows = _read_csv(taxonomy)
    overlay_columns, overlay_rows = _read_csv(names)
    if "id" not in overlay_columns or "id" not in base_columns:
        raise LabelDeskError(f"{names} and {taxonomy} both need an 'id' column")
    overlay = {row["id"]: row for row in overlay_rows}
    unknown = sorted(set(overlay) - {row["id"] for row in rows})
    if unknown:
        raise LabelDeskError(f"{names}: ids not in {taxonomy.name}: {', '.join(unknown)}")
    columns = [c for c in base_columns if c not in _DROPPED_COLUMNS]
    columns += [c for c in overlay_columns if c not in columns]
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            extra = overlay.get(row["id"], {})
            writer.writerow({c: extra.get(c) or row.get(c, "") for c in columns})


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """A CSV file's header and rows (as dicts)."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def _import_batches(ws: Workspace, files: dict[str, Path], progress: ProgressCallback) -> None:
    """Import each dataset's conversations as a batch, reporting progress over all files."""
    from labeldesk.ingest.importer import ImportOptions

    total = sum(f.stat().st_size for f in files.values())
    done = 0
    for dataset in ALL_DATASETS:
        file = files[dataset.batch]
        options = ImportOptions(batch=dataset.batch, taxonomy=dataset.taxonomy)
        ws.importer.import_file(file, options, _offset(progress, done, total))
        done += file.stat().st_size


def _offset(progress: ProgressCallback, before: int, total: int) -> ProgressCallback:
    """Report one file's progress as part of all the demo's files (``before`` bytes done)."""

    def report(p: Progress) -> None:
        progress(Progress(before + p.done, total, p.unit, p.message))

    return report


def _add_users(ws: Workspace) -> None:
    """Add the demo's labellers, reviewer and lead through the user service (audited)."""
    for name, role, languages in DEMO_USERS:
        ws.users.create(name, role, languages, vendor=DEMO_VENDORS.get(name))


def _labellers(language: str | None = None) -> list[str]:
    """The demo's labellers, in :data:`DEMO_USERS` order; only those with ``language`` if given."""
    return [
        name
        for name, role, languages in DEMO_USERS
        if role is Role.LABELLER and (language is None or language in languages)
    ]


def _qa(ws: Workspace, progress: ProgressCallback) -> None:
    """Gold items, queues with overlap and gold, some work done, reviews, a quiz.

    The multilingual chats are assigned first, so they open each labeller's queue. Each
    conversation goes to labellers whose languages include it (``und`` to anyone).
    """
    progress(Progress(0, None, "steps", "assigning work and making up some of it"))
    answers = demo_qa.truth(ws)
    demo_qa.add_gold(ws, DEMO_DATASETS[0].batch, answers)
    others = [d.batch for d in DEMO_DATASETS[1:]]
    demo_qa.assign(ws, _labellers(), _labellers("en"), others)
    demo_qa.simulate_labelling(ws, answers)
    demo_qa.simulate_reviews(ws, answers)
    demo_qa.start_training(ws)


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
    return any(d.batch == name for d in ALL_DATASETS)


def demo_is_current(path: Path) -> bool:
    """Whether the demo workspace at ``path`` was built by this version of the demo."""
    with Workspace.open(path) as ws:
        return ws.get_setting("demo_version") == DEMO_VERSION
