"""The export service: pick a format, stream a batch out of SQL, write the file atomically."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session, sessionmaker

from labeldesk.errors import LabelDeskError
from labeldesk.export import records as rec
from labeldesk.export.files import atomic_outputs
from labeldesk.export.manifest import ExportedFile, ManifestMaker, manifest_path, sha256_of
from labeldesk.export.qa import QaProvider
from labeldesk.progress import Progress, ProgressCallback, no_progress
from labeldesk.storage.db import Database
from labeldesk.storage.models import Annotation, Conversation, User

#: Format names, as ``--format`` takes them.
FORMATS = ("csv", "jsonl", "parquet", "xlsx", "labelstudio")
#: File extensions and the format each one means when ``--format`` is not given.
EXTENSIONS = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".xlsx": "xlsx",
    ".json": "labelstudio",
}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    batch: str
    format: str
    path: Path
    conversations: int
    seconds: float
    manifest: Path | None = None


def resolve_format(fmt: str | None, out: Path) -> str:
    """The format to write: ``fmt`` if given, else the one the extension of ``out`` names."""
    if fmt is not None:
        name = fmt.strip().lower()
        if name not in FORMATS:
            raise LabelDeskError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return name
    found = EXTENSIONS.get(out.suffix.lower())
    if found is None:
        known = ", ".join(f"{ext} ({name})" for ext, name in EXTENSIONS.items())
        raise LabelDeskError(
            f"cannot tell the format of {out.name!r} from its extension; "
            f"give --format or use one of {known}"
        )
    return found


class _Job:
    """One export in progress: its session, batch, and progress reporting."""

    def __init__(
        self,
        session: Session,
        batch: str,
        progress: ProgressCallback,
        qa_provider: QaProvider | None = None,
    ) -> None:
        self.session = session
        self.batch = batch
        self.bid = rec.batch_id(session, batch)
        self.total = rec.count_conversations(session, self.bid)
        self.done = 0
        self._progress = progress
        progress(Progress(0, self.total, "conversations", f"exporting {batch}"))
        self.qa = None if qa_provider is None else qa_provider(session, self.bid, batch)

    def on_page(self, n: int) -> None:
        """Report that ``n`` more conversations were written (may raise CancelledError)."""
        self.done += n
        self._progress(Progress(self.done, self.total, "conversations"))

    def records(self) -> Iterator[rec.ExportedConversation]:
        """The batch's records, reporting progress page by page."""
        return rec.iter_batch_records(
            self.session, self.bid, self.batch, on_page=self.on_page, qa=self.qa
        )

    def header(self) -> list[str]:
        """The CSV/XLSX header: every metadata key and labeller name of the batch."""
        from labeldesk.export.table import scan_columns

        metas = self.session.scalars(
            select(cast(Conversation.meta, Text))
            .where(Conversation.batch_id == self.bid)
            .execution_options(yield_per=rec.PAGE_SIZE)
        )
        labellers = self.session.scalars(
            select(User.name)
            .distinct()
            .join(Annotation, Annotation.user_id == User.id)
            .join(Conversation, Conversation.id == Annotation.conversation_id)
            .where(Conversation.batch_id == self.bid)
        ).all()
        return scan_columns((rec.loads(m) or {} for m in metas), labellers)


def _write_jsonl(job: _Job, path: Path) -> int:
    from labeldesk.export.jsonl import write_jsonl

    return write_jsonl(job.records(), path)


def _write_csv(job: _Job, path: Path) -> int:
    from labeldesk.export.tabular import write_csv

    return write_csv(job.records(), job.header(), path)


def _write_xlsx(job: _Job, path: Path) -> int:
    from labeldesk.export.tabular import check_xlsx_rows, write_xlsx

    check_xlsx_rows(job.total)
    return write_xlsx(job.records(), job.header(), path)


def _write_parquet(job: _Job, path: Path) -> int:
    from labeldesk.export.parquet import write_parquet

    return write_parquet(job.session, job.bid, job.batch, path, job.on_page, qa=job.qa)


def _write_labelstudio(job: _Job, path: Path) -> int:
    from labeldesk.export.labelstudio import write_labelstudio

    return write_labelstudio(job.records(), path)


_WRITERS: dict[str, Callable[[_Job, Path], int]] = {
    "csv": _write_csv,
    "jsonl": _write_jsonl,
    "parquet": _write_parquet,
    "xlsx": _write_xlsx,
    "labelstudio": _write_labelstudio,
}


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of row tuples stream through.

    An export makes no reference cycles, but every page allocates tens of thousands of tuples,
    which keeps triggering full collections over everything alive: about a quarter of the
    export time (measured on a 100k-conversation workspace). Reference counting still frees
    each page as soon as it is written; the collector is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _one_snapshot(session: Session) -> None:
    """Read the whole export in one snapshot on a server database (REPEATABLE READ), so the
    data file, its QA columns and its manifest agree while labellers keep syncing.

    SQLite is left as it is: its export reads on several connections (and processes), so
    one transaction could not hold them all; a local workspace is seldom written to while
    its lead exports, and the QA reads there pin the append-only tables by rowid.
    """
    if session.get_bind().dialect.name != "sqlite":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


class ExportService:
    """Export batches to files; read a batch back as records."""

    def __init__(self, db: Database, qa_provider: QaProvider | None = None) -> None:
        self._sessions: sessionmaker[Session] = db.sessions
        self._qa_provider = qa_provider

    def export_batch(
        self,
        batch: str,
        fmt: str | None,
        out: Path,
        progress: ProgressCallback = no_progress,
        *,
        manifest: ManifestMaker | None = None,
    ) -> ExportResult:
        """Write batch ``batch`` to ``out`` in format ``fmt`` (None: from the extension).

        Parameters
        ----------
        batch
            The batch name.
        fmt
            One of :data:`FORMATS`, or None to take it from the extension of ``out``.
        out
            The file to write. It appears complete or not at all (atomic replace).
        progress
            Told after each page of conversations; may raise ``CancelledError`` to stop,
            which leaves ``out`` as it was.
        manifest
            Makes a manifest, written beside ``out`` (:func:`manifest_path`) from what was
            written; the two files replace the old ones together.

        Raises
        ------
        LabelDeskError
            Unknown batch or format, unwritable destination, or data the format cannot hold.
        """
        started = time.perf_counter()
        out = Path(out)
        name = resolve_format(fmt, out)
        sidecar = None if manifest is None else manifest_path(out)
        outs = (out,) if sidecar is None else (out, sidecar)
        with self._sessions() as session:
            _one_snapshot(session)
            job = _Job(session, batch, progress, self._qa_provider)
            with atomic_outputs(outs) as tmps:
                with _gc_paused():
                    n = _WRITERS[name](job, tmps[0])
                if manifest is not None:
                    made = ExportedFile(
                        batch, job.bid, name, out.name, tmps[0].stat().st_size,
                        sha256_of(tmps[0]), n, job.qa,
                    )  # fmt: skip
                    tmps[1].write_bytes(manifest(session, made))
        if sidecar is None:  # an earlier export's manifest would describe another file
            manifest_path(out).unlink(missing_ok=True)
        seconds = time.perf_counter() - started
        return ExportResult(batch, name, out, n, seconds, sidecar)

    def iter_records(self, batch: str) -> Iterator[rec.ExportedConversation]:
        """Every conversation of ``batch`` as a record, in id order, streamed page by page.

        Records are :class:`~labeldesk.ingest.record.ConversationRecord` subclasses that also
        carry the batch name, the source language, the labeller pseudonyms and the gold pool.
        """
        with self._sessions() as session:
            bid = rec.batch_id(session, batch)
            qa = None if self._qa_provider is None else self._qa_provider(session, bid, batch)
            yield from rec.iter_batch_records(session, bid, batch, qa=qa)
