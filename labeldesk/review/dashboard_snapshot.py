"""What the lead's dashboard is computed from: a batch's answers as columns, with their days.

:func:`snapshot` builds on the quality table's read (:func:`labeldesk.review.answers.load_kept`,
reused while nothing is committed) and its final labels (:func:`labeldesk.review.final.decide`),
and adds what the dashboard needs besides:

- the day each answer was saved (its latest revision: ``annotation.answered_at``, UTC), read
  in one column scan of the annotation table and joined to the answers by annotation id in
  numpy (:func:`labeldesk.review.columns.match`);
- how many answers the scope's open assignments ask for (label and gold purposes), for
  progress;
- per answer, whether it is *compared* with its item's final label (the quality table's rule,
  :func:`labeldesk.review.quality_stats.comparable`, plus the answers to gold items) and
  whether it is a *miss* (compared and different, or a gold answer scored wrong).

The days and the assignments are read on a second connection while the final labels are
decided. Days are proleptic Gregorian ordinals (:meth:`datetime.date.toordinal`); weeks start on
Monday.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from labeldesk.review.answers import CATEGORY_SEPARATOR, QAData, load_kept
from labeldesk.review.columns import Col, Keys, Reader, is_sqlite, match, read_columns
from labeldesk.review.final import GOLD, FinalTable, decide
from labeldesk.review.quality_stats import comparable
from labeldesk.storage.db import Database
from labeldesk.storage.models import Batch, Taxonomy

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

#: An answer whose day is unknown (its annotation was not found when the days were read).
NO_DAY = -1


@dataclass(frozen=True, eq=False)
class Snapshot:
    """A batch's answers and final labels with what the dashboard adds (see the module).

    Attributes
    ----------
    data, final
        The quality table's read and final labels (shared: never change them).
    day : numpy.ndarray of int64
        Per answer: the day it was saved, as an ordinal (:data:`NO_DAY` if unknown).
    week : numpy.ndarray of int64
        Per conversation: the Monday of the week of its last labelled answer (-1: none).
    compared, miss : numpy.ndarray of bool
        Per answer: compared with the final label; and a miss (see the module docstring).
    expected : int
        Answers the scope's open assignments ask for.
    taxonomies : tuple of str
        The names of the scope's taxonomies (for label names).
    version : Hashable or None
        The workspace's data version read before the snapshot (None: unknown).
    """

    data: QAData
    final: FinalTable
    day: IntArray
    week: IntArray
    compared: BoolArray
    miss: BoolArray
    expected: int
    taxonomies: tuple[str, ...]
    version: Hashable | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _by_conv: list[IntArray] = field(default_factory=list)

    def answers_of(self, positions: IntArray) -> list[IntArray]:
        """The answer rows of each conversation position, in row order (an index sorted by
        conversation is built on first use)."""
        with self._lock:
            if not self._by_conv:
                order = np.argsort(self.data.conv, kind="stable")
                starts = np.searchsorted(self.data.conv[order], np.arange(self.n_conv + 1))
                self._by_conv.extend([order, starts])
        order, starts = self._by_conv
        return [order[starts[p] : starts[p + 1]] for p in positions.tolist()]

    @property
    def n_conv(self) -> int:
        """Conversations in scope."""
        return int(self.data.conversations.size)


def snapshot(s: Session, batch: str | None, version: Hashable | None = None) -> Snapshot:
    """Read ``batch`` (None: the workspace) for the dashboard; ``s`` must be fresh.

    The answers' days and the assignments are read on a second connection (for a database
    file) while this thread reads the answers and decides the final labels.

    Parameters
    ----------
    s
        A session that has run nothing yet.
    batch
        The batch's name, or None.
    version
        What :func:`labeldesk.review.qa_cache.data_version` said just before (kept with the
        snapshot, to tell whether it is still current).

    Raises
    ------
    LabelDeskError
        If there is no batch of that name.
    """
    side = _side_engine(s)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="labeldesk-dashboard") as pool:
        later = pool.submit(_side_reads, side, batch) if side is not None else None
        data = load_kept(s, batch)
        final = decide(data)
        days, expected = later.result() if later is not None else _side_reads(s, batch)
    compared, miss = compared_and_missed(data, final)
    day = join_days(days, data)
    taxonomies = tuple(s.scalars(select(Taxonomy.name).where(Taxonomy.id.in_(data.taxonomy_ids))))
    return Snapshot(
        data=data,
        final=final,
        day=day,
        week=conversation_weeks(data, day),
        compared=compared,
        miss=miss,
        expected=expected,
        taxonomies=taxonomies,
        version=version,
    )


def _side_engine(s: Session) -> Engine | None:
    """The engine to open a second connection on, or None where a second connection would
    not see the same data (a SQLite database in memory)."""
    engine = s.get_bind()
    if not isinstance(engine, Engine):
        return None
    url = engine.url
    if url.get_backend_name() == "sqlite" and (
        url.database in (None, "", ":memory:") or "mode=memory" in str(url)
    ):
        return None
    return engine


def _side_reads(where: Engine | Session, batch: str | None) -> tuple[dict[str, Any], int]:
    """The annotations' days (:func:`read_days`) and the answers expected, in a connection of
    ``where`` (an engine) or in ``where`` (a session)."""
    if isinstance(where, Session):
        return _reads(where, batch)
    with where.connect() as conn:
        return _reads(conn, batch)


def _reads(r: Reader, batch: str | None) -> tuple[dict[str, Any], int]:
    """See :func:`_side_reads`."""
    batch_id = None if batch is None else r.scalar(select(Batch.id).where(Batch.name == batch))
    span = _batch_span(r, batch_id)
    return read_days(r, batch_id, span), expected_answers(r, batch_id, span)


def _batch_span(r: Reader, batch_id: int | None) -> tuple[int, int, int] | None:
    """The batch's lowest and highest conversation id and its number of conversations."""
    if batch_id is None:
        return None
    lo, hi, n = r.execute(
        text("SELECT min(id), max(id), count(*) FROM conversation WHERE batch_id = :b"),
        {"b": batch_id},
    ).one()
    return (int(lo), int(hi), int(n)) if n else (1, 0, 0)


# --------------------------------------------------------------------------- days


def _day_expression(r: Reader) -> str:
    """SQL for the day an answer was saved, as a day ordinal (January 1 of year 1 is 1)."""
    when = "coalesce(annotation.answered_at, annotation.created_at)"
    if is_sqlite(r):  # the Julian day number of the date, less that of 0001-01-01 plus one
        return f"CAST(julianday({when}) + 0.5 AS INTEGER) - {JULIAN_ORDINAL}"
    # the UTC day, whatever the server's or the session's time zone
    return f"(CAST({when} AT TIME ZONE 'UTC' AS DATE) - DATE '0001-01-01') + 1"


#: Julian day number minus date ordinal (2000-01-01: 2451545 and 730120).
JULIAN_ORDINAL = 1721425


def read_days(r: Reader, batch_id: int | None, span: tuple[int, int, int] | None) -> dict[str, Any]:
    """The ids of the annotations and the day each was last answered (``answered_at``,
    UTC), as ordinals: of a batch, those on its conversations and on gold items (mixed in)."""
    cols = (Col("id", "annotation.id", "id"), Col("day", _day_expression(r), "int"))
    if batch_id is None or span is None:
        return read_columns(r, "annotation", cols)
    where = (
        "(annotation.conversation_id BETWEEN :lo AND :hi OR "
        "annotation.conversation_id IN (SELECT conversation_id FROM gold_item))"
    )
    return read_columns(r, "annotation", cols, where=where, params={"lo": span[0], "hi": span[1]})


def join_days(days: dict[str, Any], data: QAData) -> IntArray:
    """The day of each answer of ``data`` (:data:`NO_DAY` where its annotation was not read)."""
    if len(data.keys) == 0:
        return np.zeros(0, dtype=np.int64)
    # a fresh Keys: the answers' own is shared, and a join would cache a hash index on it
    pos = match(Keys(days["id"].values), Keys(data.keys.values))
    found = days["day"]
    return np.where(pos >= 0, found[np.maximum(pos, 0)] if found.size else NO_DAY, NO_DAY)


def monday(day: IntArray) -> IntArray:
    """The Monday of each day's week (ordinals; ordinal 1 is a Monday); -1 stays -1."""
    return np.where(day > 0, day - (day - 1) % 7, -1)


def conversation_weeks(data: QAData, day: IntArray) -> IntArray:
    """Per conversation, the week of its last labelled answer (-1 without one)."""
    last = np.full(data.conversations.size, -1, dtype=np.int64)
    rows = (data.category >= 0) & (day > 0)
    np.maximum.at(last, data.conv[rows], day[rows])
    return monday(last)


# --------------------------------------------------------------------------- comparison


def compared_and_missed(data: QAData, final: FinalTable) -> tuple[BoolArray, BoolArray]:
    """Per answer: compared with its item's final label, and a miss.

    Compared: the quality table's rule (labelled answers on items decided by review,
    agreement or consensus with at least two answers) plus the labelled answers to gold
    items, where the final label has labels. A miss: compared and different from the final
    label, or a gold answer whose gold result was wrong.
    """
    everything = np.ones(data.conv.size, dtype=bool)
    final_cat = final.category[data.conv]
    gold = (final.how_code[data.conv] == GOLD) & (data.category >= 0)
    compared = (comparable(data, final, everything) | gold) & (final_cat >= 0)
    miss = compared & (data.category != final_cat)
    wrong_gold = data.gold_rows[~data.gold_correct]
    miss[wrong_gold] = True
    return compared, miss


# --------------------------------------------------------------------------- progress


def expected_answers(r: Reader, batch_id: int | None, span: tuple[int, int, int] | None) -> int:
    """Answers the scope's assignments ask for: label and gold assignments that have not
    expired (a gold item mixed into a batch counts for that batch)."""
    live = "purpose IN ('label', 'gold') AND status != 'expired'"
    if batch_id is None or span is None:
        return int(r.execute(text(f"SELECT count(*) FROM assignment WHERE {live}")).scalar_one())
    lo, hi, n = span
    own = "conversation_id IN (SELECT id FROM conversation WHERE batch_id = :b)"
    if n and hi - lo + 1 == n:  # the batch's ids are one run: no lookups
        own = "conversation_id BETWEEN :lo AND :hi"
    sql = (
        f"SELECT count(*) FROM assignment WHERE {live} "
        f"AND (batch_id = :b OR (batch_id IS NULL AND {own}))"
    )
    return int(r.execute(text(sql), {"b": batch_id, "lo": lo, "hi": hi}).scalar_one())


# --------------------------------------------------------------------------- names


def category_names(
    db: Database, taxonomies: Sequence[str], categories: Sequence[str], lang: str | None
) -> list[str]:
    """Each category's labels by name in ``lang`` (joined by " + "); keys stand for labels
    that no taxonomy of the scope knows."""
    from labeldesk.taxonomy import TaxonomyService

    service = TaxonomyService(db)
    indexes = [service.label_index(t) for t in taxonomies]

    def name(key: str) -> str:
        for index in indexes:
            if key in index:
                return index.label(key).name_in(lang)
        return key

    return [" + ".join(name(k) for k in c.split(CATEGORY_SEPARATOR)) for c in categories]
