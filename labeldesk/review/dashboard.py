"""The lead's dashboard: the series behind each chart, and the conversations behind each element.

Over a batch (or the whole workspace), :meth:`DashboardService.dashboard` gives:

- **progress**: answers (skips and unsure marks included) saved per day, by the day of each
  answer's latest revision (UTC), and how many answers the open assignments ask for;
- **agreement** per week, with 95% bootstrap intervals: percent agreement and Krippendorff's
  alpha of the blind answers (:func:`labeldesk.review.quality_stats.batch_agreement`, the
  quality table's statistics) over the items whose last labelled answer came that week;
- **gold accuracy** per labeller with its Wilson interval, against the workspace's target;
- a **confusion** heatmap: final label x answer given, over the answers compared with the
  final label (the quality table's rule, plus the answers to gold items), for the labels
  most involved in confusions;
- **breakdowns** per language and per vendor: agreement with the final label and gold
  accuracy, each with its Wilson interval (:func:`labeldesk.review.quality_stats.group_counts`).

:meth:`DashboardService.drill` maps a chart element (a day, a week, a labeller, a cell, a
language or vendor measure: an :class:`Element`) to the conversations behind it, those with
a miss (an answer that differs from the final label, or a gold answer scored wrong) first.

Everything is computed in numpy from the quality table's columnar read
(:func:`labeldesk.review.answers.load_kept`) plus one scan for the answers' days
(:mod:`labeldesk.review.dashboard_snapshot`); a dashboard asked for again while nothing was
committed to the workspace is the one computed before.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field, replace
from typing import Literal, cast

import numpy as np
import numpy.typing as npt
from sqlalchemy import select

from labeldesk.charts.data import (
    Breakdown,
    DailyCounts,
    Interval,
    Matrix,
    Proportions,
    Share,
    TimeIntervals,
)
from labeldesk.labelling.dto import ConversationView
from labeldesk.review.dashboard_snapshot import NO_DAY, Snapshot, category_names, snapshot
from labeldesk.review.final import HOWS
from labeldesk.review.qa_cache import data_version
from labeldesk.review.quality import NO_GROUP, QualityService
from labeldesk.review.quality_stats import batch_agreement, comparable, group_counts, wilson
from labeldesk.review.ratings import Estimate
from labeldesk.storage.db import Database
from labeldesk.storage.models import Assignment, Batch, Conversation

__all__ = [
    "CHARTS",
    "AnswerCell",
    "ChartKind",
    "ConversationRow",
    "Dashboard",
    "DashboardService",
    "DrillDown",
    "Element",
]

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

ChartKind = Literal["progress", "agreement", "gold", "confusion", "language", "vendor"]
#: The charts, in the order the dashboard shows them.
CHARTS: tuple[ChartKind, ...] = ("progress", "agreement", "gold", "confusion", "language", "vendor")
#: Labels shown in the confusion heatmap, at most.
TOP_LABELS = 10
#: Series names of the agreement chart, and measures of the breakdowns (keys, English names).
PERCENT, ALPHA = "percent", "alpha"
AGREEMENT_SERIES = {PERCENT: "Percent agreement", ALPHA: "Krippendorff's α"}  # noqa: RUF001
MEASURES = (("agreement", "Agreement with final label"), ("gold", "Gold accuracy"))
#: Rows of a drill-down made with it (see :meth:`DashboardService.drill`).
FIRST_PAGE = 200
#: Batches whose computed snapshot is kept (each holds a batch's answers as arrays).
SNAPSHOTS_KEPT = 2


@dataclass(frozen=True)
class Element:
    """A clickable element of a chart.

    ``key`` is, by chart: ``progress`` a :class:`datetime.date` (the day); ``agreement`` the
    week's Monday; ``gold`` a user id; ``confusion`` ``(final category, answer category)``;
    ``language`` and ``vendor`` ``(group, measure)`` with measure ``agreement`` or ``gold``.
    """

    chart: ChartKind
    key: Hashable


@dataclass(frozen=True)
class Dashboard:
    """Every chart's data for one scope (see the module docstring)."""

    batch: str | None
    progress: DailyCounts
    agreement: tuple[TimeIntervals, ...]
    gold: Proportions
    confusion: Matrix
    languages: Breakdown
    vendors: Breakdown
    answers: int
    conversations: int


@dataclass(frozen=True)
class AnswerCell:
    """One labeller's answer on a conversation of a drill-down list (leads see names)."""

    labeller: str
    labels: str
    skipped: bool
    unsure: bool
    miss: bool


@dataclass(frozen=True)
class ConversationRow:
    """A conversation behind a chart element, with its final label and answers.

    ``miss`` says whether one of the answers behind the element is a miss.
    """

    conversation_id: int
    external_id: str
    language: str
    final: str
    decided_by: str
    answers: tuple[AnswerCell, ...]
    miss: bool


@dataclass(frozen=True, eq=False)
class DrillDown:
    """The conversations behind one chart element, those with a miss first.

    Rows are made a page at a time (:meth:`rows`), so a drill-down of a million answers
    costs its ids only; ``first_page`` holds the first rows, made with it.
    """

    element: Element
    conversation_ids: IntArray
    misses: int
    _snap: Snapshot
    _db: Database
    _names: list[str]
    _missed: frozenset[int] = field(default_factory=frozenset)
    first_page: tuple[ConversationRow, ...] = ()

    def __len__(self) -> int:
        """How many conversations."""
        return int(self.conversation_ids.size)

    def rows(self, start: int, stop: int) -> list[ConversationRow]:
        """Rows ``start`` to ``stop`` (excluded) of the list."""
        ids = self.conversation_ids[start:stop]
        return conversation_rows(self._db, self._snap, ids, self._names, self._missed)


class DashboardService:
    """The lead's dashboard over a batch or the workspace.

    Parameters
    ----------
    db
        The workspace database; each call reads in its own session.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._snapshots: OrderedDict[str | None, Snapshot] = OrderedDict()
        self._shown: dict[tuple[str | None, str | None, int], tuple[Snapshot, Dashboard]] = {}
        self._names: dict[tuple[str | None, str | None], tuple[Snapshot, list[str]]] = {}

    def batches(self) -> list[str]:
        """The workspace's batch names, sorted."""
        with self._db.sessions() as s:
            return list(s.scalars(select(Batch.name).order_by(Batch.name)))

    def dashboard(
        self, batch: str | None = None, *, lang: str | None = None, top: int = TOP_LABELS
    ) -> Dashboard:
        """Every chart's data for ``batch`` (None: the workspace); label names in ``lang``.

        Raises
        ------
        LabelDeskError
            If there is no batch of that name.
        """
        snap = self._snapshot(batch)
        key = (batch, lang, top)
        with self._lock:
            shown = self._shown.get(key)
        if shown is not None and shown[0] is snap:
            return shown[1]
        names = self._label_names(batch, snap, lang)
        target = QualityService(self._db).targets().gold_accuracy
        result = Dashboard(
            batch=batch,
            progress=progress_series(snap),
            agreement=agreement_series(snap),
            gold=gold_series(snap, target),
            confusion=confusion_series(snap, names, top),
            languages=breakdown_series(snap, "language"),
            vendors=breakdown_series(snap, "vendor"),
            answers=int(snap.data.conv.size),
            conversations=snap.n_conv,
        )
        with self._lock:
            kept = {id(v) for v in self._snapshots.values()}
            self._shown = {k: v for k, v in self._shown.items() if id(v[0]) in kept}
            self._shown[key] = (snap, result)
        return result

    def drill(
        self,
        batch: str | None,
        element: Element,
        *,
        lang: str | None = None,
        first_page: int = FIRST_PAGE,
    ) -> DrillDown:
        """The conversations behind ``element`` of ``batch``'s dashboard, with the rows of
        the first ``first_page`` made already (a worker thread can pay for them).

        Raises
        ------
        ValueError
            If the element's chart is unknown.
        """
        snap = self._snapshot(batch)
        rows = element_rows(snap, element)
        ids, misses, missed = ordered_conversations(snap, rows)
        names = self._label_names(batch, snap, lang)
        drill = DrillDown(element, ids, misses, snap, self._db, names, missed)
        return replace(drill, first_page=tuple(drill.rows(0, first_page)))

    def conversation(self, conversation_id: int) -> ConversationView:
        """A conversation to read: its turns and public metadata (as labellers see it)."""
        from labeldesk.labelling.service import conversation_view

        with self._db.sessions() as s:
            return conversation_view(s, Assignment(conversation_id=conversation_id))

    # -- keeping ---------------------------------------------------------------------------

    def _snapshot(self, batch: str | None) -> Snapshot:
        """The batch's snapshot: the kept one if nothing was committed since it was read."""
        with self._db.sessions() as s:
            version = data_version(s)  # asks a private connection: ``s`` stays fresh
            with self._lock:
                kept = self._snapshots.get(batch)
            if kept is not None and version is not None and kept.version == version:
                return kept
            snap = snapshot(s, batch, version)
        with self._lock:
            self._snapshots[batch] = snap
            self._snapshots.move_to_end(batch)
            while len(self._snapshots) > SNAPSHOTS_KEPT:
                self._snapshots.popitem(last=False)
        return snap

    def _label_names(self, batch: str | None, snap: Snapshot, lang: str | None) -> list[str]:
        """Each category of ``snap`` by label name in ``lang`` (kept with the snapshot)."""
        with self._lock:
            kept = self._names.get((batch, lang))
        if kept is not None and kept[0] is snap:
            return kept[1]
        names = category_names(self._db, snap.taxonomies, snap.data.categories, lang)
        with self._lock:
            self._names[(batch, lang)] = (snap, names)
        return names


# --------------------------------------------------------------------------- series


def progress_series(snap: Snapshot) -> DailyCounts:
    """Answers per day from the first day to the last, and the answers assigned."""
    day = snap.day[snap.day != NO_DAY]
    if day.size == 0:
        return DailyCounts((), (), snap.expected)
    first, last = int(day.min()), int(day.max())
    counts = np.bincount(day - first, minlength=last - first + 1)
    days = tuple(dt.date.fromordinal(first + i) for i in range(counts.size))
    return DailyCounts(days, tuple(int(c) for c in counts), snap.expected)


def agreement_series(snap: Snapshot) -> tuple[TimeIntervals, ...]:
    """Percent agreement and Krippendorff's alpha per week, with bootstrap intervals."""
    weeks = np.unique(snap.week[snap.week > 0])
    week_of_answer = snap.week[snap.data.conv]
    results = [batch_agreement(snap.data, week_of_answer == w) for w in weeks.tolist()]
    periods = tuple(dt.date.fromordinal(int(w)) for w in weeks)
    n = tuple(r.n_items for r in results)
    return (
        TimeIntervals(
            AGREEMENT_SERIES[PERCENT], periods, 7, tuple(_interval(r.percent) for r in results), n
        ),
        TimeIntervals(
            AGREEMENT_SERIES[ALPHA],
            periods,
            7,
            tuple(_interval(r.krippendorff_alpha) for r in results),
            n,
        ),
    )


def _interval(estimate: Estimate | None) -> Interval | None:
    """A chart interval from a statistic's estimate."""
    if estimate is None:
        return None
    return Interval(estimate.value, estimate.ci_low, estimate.ci_high)


def _share(key: Hashable, name: str, successes: int, n: int) -> Share:
    """A proportion with its Wilson interval."""
    ci = wilson(successes, n)
    return Share(key, name, successes, n, ci[0] if ci else None, ci[1] if ci else None)


def gold_series(snap: Snapshot, target: float) -> Proportions:
    """Gold accuracy per labeller with a gold result, lowest first, against ``target``."""
    d = snap.data
    everything = np.ones(d.conv.size, dtype=bool)
    counts = group_counts(d, snap.final, d.user, len(d.users), everything)
    shares = [
        _share(u.id, u.name, int(counts.gold_correct[g]), int(counts.gold_n[g]))
        for g, u in enumerate(d.users)
        if counts.gold_n[g]
    ]
    shares.sort(key=lambda s: (s.value, s.name.casefold(), str(s.key)))
    return Proportions(tuple(shares), target)


def confusion_series(snap: Snapshot, names: list[str], top: int = TOP_LABELS) -> Matrix:
    """Final label x answer counts over the compared answers, for the ``top`` labels most
    involved in confusions (then the most frequent), in key order (siblings together)."""
    d = snap.data
    k = len(d.categories)
    final = snap.final.category[d.conv[snap.compared]]
    answer = d.category[snap.compared]
    pairs, counts = np.unique(final * k + answer, return_counts=True)
    rows, cols = pairs // k, pairs % k
    off = rows != cols
    involved = np.bincount(rows[off], counts[off], k) + np.bincount(cols[off], counts[off], k)
    volume = np.bincount(rows, counts, k) + np.bincount(cols, counts, k)
    order = np.lexsort((-volume, -involved))
    chosen = sorted(
        order[: min(top, int((volume > 0).sum()))].tolist(), key=lambda c: d.categories[c]
    )
    index = {c: i for i, c in enumerate(chosen)}
    grid = [[0] * len(chosen) for _ in chosen]
    for r, c, n in zip(rows.tolist(), cols.tolist(), counts.tolist(), strict=True):
        if r in index and c in index:
            grid[index[r]][index[c]] = int(n)
    return Matrix(
        tuple(d.categories[c] for c in chosen),
        tuple(names[c] for c in chosen),
        tuple(tuple(row) for row in grid),
    )


def _groups(snap: Snapshot, by: Literal["language", "vendor"]) -> tuple[IntArray, list[str]]:
    """Each answer's group code and the groups (language codes, vendor names)."""
    d = snap.data
    if by == "language":
        return d.language[d.conv], list(d.languages)
    vendors = [u.vendor or NO_GROUP for u in d.users]
    groups = sorted(set(vendors))
    of_user = np.asarray([groups.index(v) for v in vendors], dtype=np.int64)
    return (of_user[d.user] if d.user.size else d.user), groups


def breakdown_series(snap: Snapshot, by: Literal["language", "vendor"]) -> Breakdown:
    """Agreement with the final label and gold accuracy per group, busiest group first."""
    group, names = _groups(snap, by)
    everything = np.ones(snap.data.conv.size, dtype=bool)
    c = group_counts(snap.data, snap.final, group, len(names), everything)
    order = sorted(
        (g for g in range(len(names)) if c.items[g]), key=lambda g: (-c.items[g], names[g])
    )
    agree = tuple(
        _share((names[g], "agreement"), names[g], int(c.agree[g]), int(c.agree_n[g])) for g in order
    )
    gold = tuple(
        _share((names[g], "gold"), names[g], int(c.gold_correct[g]), int(c.gold_n[g]))
        for g in order
    )
    return Breakdown(
        groups=tuple((names[g], names[g]) for g in order),
        measures=MEASURES,
        shares=(agree, gold),
        volume=tuple(int(c.items[g]) for g in order),
    )


# --------------------------------------------------------------------------- drill-down


def element_rows(snap: Snapshot, element: Element) -> BoolArray:
    """The answers behind a chart element, as a mask over the answer rows.

    Raises
    ------
    ValueError
        If the element's chart is unknown.
    """
    d, key = snap.data, element.key
    if element.chart == "progress":
        return snap.day == _ordinal(key)
    if element.chart == "agreement":
        rows = (snap.week[d.conv] == _ordinal(key)) & (d.category >= 0)
        labelled = np.bincount(d.conv[rows], minlength=snap.n_conv)
        return rows & (labelled[d.conv] >= 2)
    if element.chart == "gold":
        code = next((i for i, u in enumerate(d.users) if u.id == key), -1)
        return _gold_rows(snap) & (d.user == code)
    if element.chart == "confusion":
        final, answer = _pair(key)
        f, a = _category_code(snap, final), _category_code(snap, answer)
        return snap.compared & (snap.final.category[d.conv] == f) & (d.category == a)
    if element.chart in ("language", "vendor"):
        name, measure = _pair(key)
        group, names = _groups(snap, element.chart)
        code = names.index(name) if name in names else -1
        everything = np.ones(d.conv.size, dtype=bool)
        wanted = _gold_rows(snap) if measure == "gold" else comparable(d, snap.final, everything)
        return wanted & (group == code)
    raise ValueError(f"unknown chart {element.chart!r}; charts: {', '.join(CHARTS)}")


def _pair(key: Hashable) -> tuple[str, str]:
    """A two-part element key (a heatmap cell, a group and measure) as two strings."""
    parts = cast("tuple[object, object]", key)
    return str(parts[0]), str(parts[1])


def _ordinal(day: Hashable) -> int:
    """A day key as an ordinal."""
    return day.toordinal() if isinstance(day, dt.date) else -2


def _category_code(snap: Snapshot, category: str) -> int:
    """The code of a category (-2 if the scope has none such)."""
    try:
        return snap.data.categories.index(category)
    except ValueError:
        return -2


def _gold_rows(snap: Snapshot) -> BoolArray:
    """Answers with a gold result."""
    mask = np.zeros(snap.data.conv.size, dtype=bool)
    mask[snap.data.gold_rows] = True
    return mask


def ordered_conversations(snap: Snapshot, rows: BoolArray) -> tuple[IntArray, int, frozenset[int]]:
    """The conversation ids behind ``rows``: those with a miss first, each part by id; how
    many have a miss; and their ids."""
    conv = snap.data.conv
    with_miss = np.unique(conv[rows & snap.miss])
    everything = np.unique(conv[rows])
    rest = np.setdiff1d(everything, with_miss, assume_unique=True)
    ids = snap.data.conversations
    missed = ids[with_miss]
    return np.concatenate([missed, ids[rest]]), int(with_miss.size), frozenset(missed.tolist())


def conversation_rows(
    db: Database, snap: Snapshot, ids: IntArray, names: list[str], missed: frozenset[int]
) -> list[ConversationRow]:
    """The rows of the conversations ``ids`` (external ids read in one query)."""
    if ids.size == 0:
        return []
    d, f = snap.data, snap.final
    with db.sessions() as s:
        external = dict(
            s.execute(
                select(Conversation.id, Conversation.external_id).where(
                    Conversation.id.in_(ids.tolist())
                )
            ).all()
        )
    positions = np.searchsorted(d.conversations, ids)
    out = []
    for cid, pos, answers in zip(
        ids.tolist(), positions.tolist(), snap.answers_of(positions), strict=True
    ):
        category = int(f.category[pos])
        out.append(
            ConversationRow(
                conversation_id=cid,
                external_id=str(external.get(cid, cid)),
                language=d.languages[int(d.language[pos])],
                final=names[category] if category >= 0 else "",
                decided_by=HOWS[int(f.how_code[pos])],
                answers=tuple(_answer_cell(snap, names, int(r)) for r in answers),
                miss=cid in missed,
            )
        )
    return out


def _answer_cell(snap: Snapshot, names: list[str], row: int) -> AnswerCell:
    """One answer as a drill-down row shows it."""
    d = snap.data
    category = int(d.category[row])
    return AnswerCell(
        labeller=d.users[int(d.user[row])].name,
        labels=names[category] if category >= 0 else "",
        skipped=bool(d.skipped[row]),
        unsure=bool(d.unsure[row]),
        miss=bool(snap.miss[row]),
    )
