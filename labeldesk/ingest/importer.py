"""The import service: streams a file's conversations into a batch in one transaction.

Reading, checking, dedupe, language detection and writing go chunk by chunk, so memory stays
flat however big the file. The whole import is one database transaction: a bad file (in the
default all-or-nothing mode), a cancel, or a killed process leaves the workspace as it was.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from labeldesk.errors import InputError, LabelDeskError, Problem
from labeldesk.ingest.detect import ChunkDetector, make_detector
from labeldesk.ingest.jsonl import ByteCounter, ReadSpec, Rejected
from labeldesk.ingest.readers import Item, open_source
from labeldesk.ingest.store import Payload, WriterSetup, WriteTotals
from labeldesk.ingest.validate import (
    MAX_PROBLEMS,
    Checked,
    CheckRules,
    LabelIndexLike,
    LabelResolver,
    ProblemLog,
    RecordChecker,
    SpeakerMap,
    record_to_json,
)
from labeldesk.ingest.writer import LocalWriter, pack
from labeldesk.langid import CONVERSATION_CHAR_CAP
from labeldesk.progress import Progress, ProgressCallback, no_progress
from labeldesk.storage.models import Batch, Taxonomy, TaxonomyVersion

if TYPE_CHECKING:
    from labeldesk.ingest.record import ConversationRecord
    from labeldesk.ingest.redaction import RecordRedactor
    from labeldesk.workspace import Workspace

LABELS_AS = ("prediction", "gold", "ignore")
#: Conversations per chunk: big enough to amortise each SQL round trip, small enough for memory.
CHUNK_SIZE = 2000
#: Chunks read ahead while earlier ones wait for their languages.
PENDING_CHUNKS = 4
#: Files at least this big detect languages in worker processes (they take ~1 s to start).
PARALLEL_BYTES = 16 * 2**20


@dataclass(frozen=True)
class ImportOptions:
    """What to import into which batch, and how to read and check it."""

    batch: str
    format: str | None = None  # jsonl | csv | xlsx | parquet | labelstudio; None: from the name
    column_map: Mapping[str, str] = field(default_factory=dict)  # canonical name -> file column
    speaker_map: Mapping[str, str] = field(default_factory=dict)  # file speaker -> canonical
    layout: str | None = None  # tabular: "turns" | "conversations"; None: from the header
    labels_as: str = "prediction"  # what the file's `labels` become: prediction | gold | ignore
    taxonomy: str | None = None  # resolve labels against it; None: the batch's or the only one
    gold_explanation_field: str | None = None  # meta key holding the gold explanation
    skip_invalid: bool = False  # import the good conversations, write the bad ones to rejects
    rejects: Path | None = None  # default: <file>.rejects.jsonl
    encoding: str = "utf-8"
    detect_language: bool = True
    parallel_detection: bool | None = None  # detect in worker processes; None: files >= 16 MB
    prediction_model: str = "file"  # model name stored with predictions made from `labels`
    chunk_size: int = CHUNK_SIZE
    max_problems: int = MAX_PROBLEMS
    redact: bool = False  # mask personal data in turns and metadata before storing them


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    batch: str
    imported: int
    duplicate_ids: int
    duplicate_content: int
    rejected: int
    rejects_path: Path | None
    languages: dict[str, int]
    predictions: int
    gold: int
    annotations: int
    seconds: float
    batch_created: bool = True
    redacted: dict[str, int] | None = None  # spans masked per type; None: not asked to

    @property
    def duplicates(self) -> int:
        """Conversations skipped because the id or the content was already there."""
        return self.duplicate_ids + self.duplicate_content


class ImportService:
    """Imports conversation files (or records) into batches of a workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def import_file(
        self,
        path: str | Path,
        options: ImportOptions,
        progress: ProgressCallback = no_progress,
    ) -> ImportResult:
        """Import every conversation in ``path`` into ``options.batch``.

        Raises :class:`InputError` listing the problems (file, line/row, field) when the file
        has any and ``skip_invalid`` is off; the workspace is then unchanged. A progress
        callback that raises :class:`~labeldesk.errors.CancelledError` also changes nothing.
        """
        path = Path(path)
        speakers = SpeakerMap(options.speaker_map)
        spec = ReadSpec(options.format, options.column_map, options.encoding, options.layout)
        source = open_source(path, spec, speakers)
        rejects = options.rejects or path.with_name(path.name + ".rejects.jsonl")
        return self._run(source.items, options=options, progress=progress, file=source.file,
                         counter=source.counter, rejects=rejects)

    def import_records(
        self,
        records: Iterable[ConversationRecord],
        options: ImportOptions,
        progress: ProgressCallback = no_progress,
        *,
        source: str = "records",
    ) -> ImportResult:
        """Import records made in code (tests, demo, bench) exactly as a file would be.

        Records are normalised in place (speakers, timestamps). Rejected records are written
        to ``options.rejects`` if it is set and ``skip_invalid`` is on.
        """
        return self._run(iter(records), options=options, progress=progress, file=source,
                         counter=None, rejects=options.rejects)

    def _run(
        self,
        items: Iterator[Item],
        *,
        options: ImportOptions,
        progress: ProgressCallback,
        file: str,
        counter: ByteCounter | None,
        rejects: Path | None,
    ) -> ImportResult:
        _check_options(options)
        started = time.perf_counter()
        out = _Rejections(options, rejects)
        run = _Run(self.ws, options, file, counter, out)
        try:
            run.execute(items, progress)
        except BaseException:
            out.discard()
            raise
        out.keep()
        return run.result(time.perf_counter() - started)


def _check_options(options: ImportOptions) -> None:
    if not options.batch.strip() or len(options.batch) > 200:
        raise LabelDeskError("the batch needs a name of 1 to 200 characters")
    if options.labels_as not in LABELS_AS:
        raise LabelDeskError(f"--labels-as must be one of {', '.join(LABELS_AS)}")


_gc_lock = threading.Lock()
_gc_state = {"pauses": 0, "was_enabled": False}


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while importing (a quarter of the CPU time, else).

    An import allocates millions of short-lived, acyclic objects that reference counting
    frees; the collector would keep rescanning the survivors of each chunk for nothing.
    """
    with _gc_lock:  # imports may overlap (two threads); the last one out restores it
        if _gc_state["pauses"] == 0:
            _gc_state["was_enabled"] = gc.isenabled()
        _gc_state["pauses"] += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_state["pauses"] -= 1
            if _gc_state["pauses"] == 0 and _gc_state["was_enabled"]:
                gc.enable()


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(islice(items, size)):
        yield chunk


class _Rejections:
    """Problems (capped) and, with --skip-invalid, the rejects file.

    The file is written under a temporary name and kept only if the import commits.
    """

    def __init__(self, options: ImportOptions, path: Path | None) -> None:
        self.log = ProblemLog(options.max_problems)
        self.path = path if options.skip_invalid else None
        self.count = 0
        self._f: Any = None

    def add(self, where: str, problems: list[Problem], raw: object) -> None:
        """Count one rejected record, keep its problems, and write it to the rejects file."""
        self.log.add(problems)
        self.count += 1
        if self.path is None:
            return
        if self._f is None:
            self._f = self._partial().open("wb")
        fields = list(dict.fromkeys(p.field for p in problems if p.field))
        line = {"where": where, "field": ", ".join(fields),
                "error": "; ".join(p.message for p in problems), "record": raw}
        self._f.write(orjson.dumps(line, default=str, option=orjson.OPT_NON_STR_KEYS) + b"\n")

    def _partial(self) -> Path:
        assert self.path is not None
        return self.path.with_name(self.path.name + ".partial")

    def keep(self) -> None:
        """The import committed: move the rejects file into place."""
        if self._f is not None:
            self._f.close()
            self._partial().replace(self.path)  # type: ignore[arg-type]

    def discard(self) -> None:
        """The import rolled back: delete the partial rejects file."""
        if self._f is not None:
            self._f.close()
            self._partial().unlink(missing_ok=True)
            self._f = None


@dataclass
class _Job:
    """One checked chunk waiting to be written (and maybe for its languages)."""

    checked: list[Checked]
    detected: Any  # Future[Detected] | Detected | None

    def ready(self) -> bool:
        """Whether its languages are known (or not needed)."""
        return not isinstance(self.detected, Future) or self.detected.done()


class _Run:
    """One import: reads and checks chunks, detects their languages, has them written."""

    def __init__(
        self,
        ws: Workspace,
        options: ImportOptions,
        file: str,
        counter: ByteCounter | None,
        rejections: _Rejections,
    ) -> None:
        self.ws, self.options, self.file, self.counter = ws, options, file, counter
        self.rejections = rejections
        self.seen = 0
        self.totals = WriteTotals()
        self.detector = ChunkDetector(make_detector(ws)) if options.detect_language else None
        self.redactor = _redactor(ws) if options.redact else None
        self._prepare()

    def _prepare(self) -> None:
        """Before the transaction: the batch's taxonomy and the label index (read-only)."""
        o = self.options
        with self.ws.db.sessions() as s:
            batch_taxonomy = s.scalar(select(Batch.taxonomy_id).where(Batch.name == o.batch))
            index = _label_index(self.ws, s, o.taxonomy, batch_taxonomy)
            taxonomy_id = None if index is None else s.scalar(
                select(TaxonomyVersion.taxonomy_id).where(TaxonomyVersion.id == index.version_id))
        rules = CheckRules(SpeakerMap(o.speaker_map), LabelResolver(index), o.labels_as,
                           o.prediction_model, o.gold_explanation_field, CONVERSATION_CHAR_CAP,
                           self.redactor)
        self.checker = RecordChecker(self.file, rules)
        self.setup = WriterSetup(o.batch, self.file, taxonomy_id, rules.labels.version_id)

    def execute(self, items: Iterator[Item], progress: ProgressCallback) -> None:
        """Read, check and write every chunk in one transaction; commit or roll back.

        Chunks wait in a short queue for their languages (detected in worker processes for
        big files) while the next ones are read; they are written in file order.
        """
        detector = self.detector
        if detector is not None and self._big():
            detector.go_parallel()
        try:
            writer = LocalWriter(self.ws.db.engine, self.setup)
            try:
                with _gc_paused():
                    self._read_all(items, writer, progress)
                    self.totals = writer.totals()
                    self._finish()
                    writer.commit(self._summary())
            except BaseException:
                writer.abort()
                raise
        finally:
            if detector is not None:
                detector.close()

    def _read_all(
        self, items: Iterator[Item], writer: LocalWriter, progress: ProgressCallback
    ) -> None:
        detector = self.detector
        pending: deque[_Job] = deque()
        for chunk in _chunks(items, self.options.chunk_size):
            checked = self._check(chunk)
            if not (self.rejections.log and not self.options.skip_invalid):
                texts = [c.detect_text for c in checked]
                pending.append(_Job(checked, detector.submit(texts) if detector else None))
            while pending and (len(pending) > PENDING_CHUNKS or pending[0].ready()):
                writer.write(self._pack(pending.popleft()))
            self._report(progress)
        while pending:
            writer.write(self._pack(pending.popleft()))

    def _check(self, items: list[Item]) -> list[Checked]:
        checked: list[Checked] = []
        for i, item in enumerate(items, self.seen + 1):
            if isinstance(item, Rejected):
                self.rejections.add(item.where, item.problems, item.raw)
                continue
            if not item.where:
                item.where = f"record {i}"
            result = self.checker.check(item)
            if isinstance(result, list):
                self.rejections.add(item.where, result, record_to_json(item))
            else:
                checked.append(result)
        self.seen += len(items)
        return checked

    def _pack(self, job: _Job) -> Payload:
        checked = job.checked
        if self.detector is None:
            detected = [((c.record.language or "und")[:8], c.record.language_confidence or 0.0)
                        for c in checked]
        else:
            detected = self.detector.result(job.detected, [c.detect_text for c in checked])
        grouped = self.counter is not None and self.counter.grouped_rows
        return pack(checked, detected, grouped)

    def _big(self) -> bool:
        if self.options.parallel_detection is not None:
            return self.options.parallel_detection
        return self.counter is not None and self.counter.total >= PARALLEL_BYTES

    def _report(self, progress: ProgressCallback) -> None:
        c = self.counter
        what = f"{self.seen:,} conversations read"
        if c is not None:
            progress(Progress(c.done, c.total, "B", what))
        else:
            progress(Progress(self.seen, None, "conversations", what))

    def _finish(self) -> None:
        """Fail on problems (all-or-nothing) or an empty file, before anything is committed."""
        for where, ext in self.totals.split:
            self.rejections.add(where, [Problem(self.file, where, "conversation_id", (
                f"the rows of conversation {ext!r} are not together (it also appears earlier "
                "in the file); sort the file by conversation id"))], {"id": ext})
        if self.rejections.log and not self.options.skip_invalid:
            raise self.rejections.log.error()
        if self.seen == 0:
            raise InputError([Problem(self.file, "", "", f"no conversations in {self.file}")])

    # -- the outcome ------------------------------------------------------------------------

    def _summary(self) -> dict[str, Any]:
        t = self.totals
        return {
            "file": self.file, "imported": t.imported, "duplicate_ids": t.duplicate_ids,
            "duplicate_content": t.duplicate_content, "rejected": self.rejections.count,
            "languages": dict(t.languages), "predictions": t.predictions, "gold": t.gold,
            "annotations": t.annotations, "labels_as": self.options.labels_as,
            "batch_created": t.batch_created,
            **({} if self.redactor is None else {"redacted": _sorted(t.redacted)}),
        }

    def result(self, seconds: float) -> ImportResult:
        """The import's outcome, after it committed."""
        t, r = self.totals, self.rejections
        return ImportResult(
            batch=self.options.batch, imported=t.imported, duplicate_ids=t.duplicate_ids,
            duplicate_content=t.duplicate_content, rejected=r.count,
            rejects_path=r.path if r.path is not None and r.count else None,
            languages=dict(t.languages.most_common()), predictions=t.predictions, gold=t.gold,
            annotations=t.annotations, seconds=seconds, batch_created=t.batch_created,
            redacted=None if self.redactor is None else _sorted(t.redacted),
        )


def _redactor(ws: Workspace) -> RecordRedactor:
    """The workspace's record redactor (loaded only for ``--redact``)."""
    from labeldesk.ingest.redaction import RecordRedactor, make_redactor

    return RecordRedactor(make_redactor(ws))


def _sorted(counts: Mapping[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items()))


def _label_index(
    ws: Workspace, s: Session, name: str | None, batch_taxonomy: int | None
) -> LabelIndexLike | None:
    """The label index to resolve against: named, the batch's, the only one, or none."""
    if batch_taxonomy is not None:
        own = s.scalar(select(Taxonomy.name).where(Taxonomy.id == batch_taxonomy))
        if name is not None and name != own:
            raise LabelDeskError(f"the batch uses taxonomy {own!r}, not {name!r}; import into "
                                 "another batch, or leave out --taxonomy")
        name = own
    if name is None:
        count = s.scalar(select(func.count()).select_from(Taxonomy)) or 0
        if count == 0:
            return None
        if count > 1:
            names = ", ".join(s.scalars(select(Taxonomy.name).order_by(Taxonomy.name)))
            raise LabelDeskError(f"the workspace has several taxonomies ({names}); "
                                 "choose one (--taxonomy NAME)")
    return ws.taxonomy.label_index(name)
