"""The lead's quality table: per labeller, vendor, language or taxonomy branch, against targets.

Each row counts, over the answers in scope (a batch or the workspace, from ``since`` on):

- gold accuracy: the share of gold results (the score of the first answer to a hidden gold
  item) that were correct, with a 95% Wilson interval;
- agreement with the final label: the share of answers equal to their item's final label,
  over items decided by review, agreement or consensus with at least two answers (so a
  labeller's own single answer never counts), and Cohen's kappa of those answers against the
  final labels;
- overturn rate: the share of the group's slots in the latest reviews judged incorrect;
- skip and unsure rates; items per active hour (items over the latest revisions' active
  seconds). A labeller is **too fast** when their rate is more than twice the median of the
  labellers' rates in the same report.

Targets (workspace setting ``targets``): a labeller with at least ``min_items`` answers whose
gold accuracy is below ``gold_accuracy`` or whose kappa is below ``kappa`` is *flagged*,
with the top-level taxonomy branches they miss most (gold misses and overturned slots, by the
branch of the item's final label). :meth:`QualityService.send_refreshers` gives them a
refresher quiz on those branches (:mod:`labeldesk.review.training`).

Leads see identities here; reviewers never do (reviewer mode shows anonymous slots).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import numpy.typing as npt
from sqlalchemy import select

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.review.answers import QAData, load_kept
from labeldesk.review.final import FinalTable, decide
from labeldesk.review.qa_tables import CATEGORY_SEPARATOR
from labeldesk.review.quality_stats import (
    BatchAgreement,
    GroupCounts,
    batch_agreement,
    group_counts,
    ratio,
    too_fast,
    wilson,
)
from labeldesk.storage.db import Database
from labeldesk.storage.models import Batch, Setting, Taxonomy

if TYPE_CHECKING:
    from labeldesk.review.quiz import QuizView

IntArray = npt.NDArray[np.int64]
GroupBy = Literal["labeller", "vendor", "language", "label"]
GROUP_BY: tuple[GroupBy, ...] = ("labeller", "vendor", "language", "label")
#: The group of answers that have no vendor, no branch (no final label), ...
NO_GROUP = "(none)"
#: The targets a workspace starts with (the same as ``labeldesk.workspace.DEFAULT_SETTINGS``).
DEFAULT_TARGETS = {"gold_accuracy": 0.95, "kappa": 0.8, "min_items": 20}
#: How many branches a refresher is drawn from, at most.
TOP_BRANCHES = 3


class QualityError(LabelDeskError):
    """A quality report or target was asked for with a bad value; the message says which."""


@dataclass(frozen=True)
class Targets:
    """What the lead expects of each labeller."""

    gold_accuracy: float
    kappa: float
    min_items: int


@dataclass(frozen=True)
class QualityRow:
    """The quality of one group: a labeller, vendor, language or top-level branch.

    Rates are proportions (0..1) and None where nothing was counted. ``flags`` names the
    targets the group misses (``gold_accuracy``, ``kappa``), once it has ``min_items``
    answers.
    """

    key: str
    name: str
    n_items: int
    answered: int
    skipped: int
    unsure: int
    gold_n: int
    gold_correct: int
    gold_accuracy: float | None
    gold_ci: tuple[float, float] | None
    agreement_n: int
    agreement: float | None
    kappa: float | None
    reviewed_slots: int
    overturned: int
    overturn_rate: float | None
    skip_rate: float | None
    unsure_rate: float | None
    active_hours: float
    items_per_hour: float | None
    too_fast: bool
    estimated_accuracy: float | None
    flags: tuple[str, ...]


@dataclass(frozen=True)
class FlaggedLabeller:
    """A labeller below target, and the branches a refresher should cover."""

    user_id: str
    name: str
    reasons: tuple[str, ...]
    branches: tuple[str, ...]


@dataclass(frozen=True)
class QualityReport:
    """The quality table and what goes with it.

    Attributes
    ----------
    batch, by, since
        What was asked for.
    targets
        The workspace's targets.
    rows
        One per group, by name.
    flagged
        Labellers below target (whatever ``by`` is).
    agreement
        Batch-wide agreement of the blind answers.
    decided
        Conversations per way their final label was decided (gold, review, ...).
    consensus_confidence
        Mean Dawid-Skene posterior of the consensus labels (None without any).
    median_rate
        The labellers' median items per active hour (the "too fast" yardstick).
    """

    batch: str | None
    by: GroupBy
    since: dt.date | None
    targets: Targets
    rows: tuple[QualityRow, ...]
    flagged: tuple[FlaggedLabeller, ...]
    agreement: BatchAgreement
    decided: dict[str, int]
    consensus_confidence: float | None
    median_rate: float | None

    def to_json(self) -> dict[str, Any]:
        """A plain dict for ``--json`` output."""
        out = asdict(self)
        out["since"] = None if self.since is None else self.since.isoformat()
        return out


class QualityService:
    """Quality reports, targets and refreshers for leads.

    Parameters
    ----------
    db
        The workspace database; each method is one unit of work.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def report(
        self,
        *,
        batch: str | None = None,
        by: GroupBy = "labeller",
        since: dt.date | dt.datetime | None = None,
    ) -> QualityReport:
        """The quality table of ``batch`` (None: the workspace), grouped ``by``.

        ``since`` keeps the answers whose latest revision was saved on or after that day
        (a date is midnight UTC); final labels always use every answer.

        Raises
        ------
        QualityError
            If ``by`` is unknown.
        LabelDeskError
            If the batch is unknown.
        """
        if by not in GROUP_BY:
            raise QualityError(f"cannot group by {by!r}; choose one of {', '.join(GROUP_BY)}")
        with self._db.sessions() as s:
            data = load_kept(s, batch, _start(since))
            targets = _read_targets(s)
            taxonomies = list(
                s.scalars(select(Taxonomy.name).where(Taxonomy.id.in_(data.taxonomy_ids)))
            )
        branches = _branches(self._db, taxonomies, data.categories)
        return _Builder(data, decide(data), targets, branches).report(by, since)

    def batches(self) -> list[str]:
        """The names of the workspace's batches, sorted (for choosing a report's scope)."""
        with self._db.sessions() as s:
            return list(s.scalars(select(Batch.name).order_by(Batch.name)))

    def targets(self) -> Targets:
        """The workspace's targets."""
        with self._db.sessions() as s:
            return _read_targets(s)

    def set_targets(
        self,
        *,
        gold_accuracy: float | None = None,
        kappa: float | None = None,
        min_items: int | None = None,
    ) -> Targets:
        """Change some targets (None keeps one) and return them all; audited.

        Raises
        ------
        QualityError
            If gold accuracy is outside 0..1, kappa outside -1..1 or min_items negative.
        """
        if gold_accuracy is not None and not 0.0 <= gold_accuracy <= 1.0:
            raise QualityError(f"gold accuracy is a share from 0 to 1, not {gold_accuracy}")
        if kappa is not None and not -1.0 <= kappa <= 1.0:
            raise QualityError(f"kappa runs from -1 to 1, not {kappa}")
        if min_items is not None and min_items < 0:
            raise QualityError(f"the minimum number of items cannot be negative ({min_items})")
        with self._db.sessions.begin() as s:
            old = _read_targets(s)
            new = Targets(
                gold_accuracy=old.gold_accuracy if gold_accuracy is None else float(gold_accuracy),
                kappa=old.kappa if kappa is None else float(kappa),
                min_items=old.min_items if min_items is None else int(min_items),
            )
            s.merge(Setting(key="targets", value=asdict(new)))
            audit.record(
                s,
                "quality.targets",
                entity="setting",
                entity_id="targets",
                payload={"from": asdict(old), "to": asdict(new)},
            )
        return new

    def send_refreshers(
        self, flagged: Sequence[FlaggedLabeller], pauses_production: bool | None = None
    ) -> list[QuizView]:
        """Start a refresher quiz for each flagged labeller on the branches they miss most.

        ``pauses_production`` None follows the workspace's training setting. Labellers who
        already have an open quiz are left out (see
        :meth:`labeldesk.review.training.TrainingService.send_refreshers`).
        """
        from labeldesk.review.training import TrainingService

        return TrainingService(self._db).send_refreshers(
            [(f.user_id, f.branches) for f in flagged], pauses_production=pauses_production
        )


# --------------------------------------------------------------------------- reading


def _start(since: dt.date | dt.datetime | None) -> dt.datetime | None:
    """A day as its first moment in UTC (a datetime stays as it is)."""
    if since is None or isinstance(since, dt.datetime):
        return since
    return dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)


def _read_targets(s: Any) -> Targets:  # noqa: ANN401 - a Session
    """The ``targets`` setting over its defaults."""
    stored = s.scalar(select(Setting.value).where(Setting.key == "targets")) or {}
    merged = {**DEFAULT_TARGETS, **{k: v for k, v in stored.items() if k in DEFAULT_TARGETS}}
    return Targets(float(merged["gold_accuracy"]), float(merged["kappa"]), int(merged["min_items"]))


@dataclass(frozen=True)
class _Branches:
    """The top-level branch of each category (by its first label), and branch names."""

    of_category: list[str]
    names: dict[str, str]


def _branches(db: Database, taxonomies: Sequence[str], categories: Sequence[str]) -> _Branches:
    """Top-level branches from the taxonomies' latest versions; unknown keys stand alone."""
    from labeldesk.taxonomy import TaxonomyService

    tops: dict[str, str] = {}
    names: dict[str, str] = {}
    service = TaxonomyService(db)
    firsts = {c: c.split(CATEGORY_SEPARATOR)[0] for c in categories}
    for taxonomy in taxonomies:
        index = service.label_index(taxonomy)
        for category, key in firsts.items():
            if category not in tops and key in index:
                top = [*index.ancestors(key), key][0]
                tops[category] = top
                names[top] = index.label(top).name
    return _Branches([tops.get(c, firsts[c]) for c in categories], names)


# --------------------------------------------------------------------------- building


class _Builder:
    """Turns loaded data and final labels into report rows."""

    def __init__(
        self, data: QAData, final: FinalTable, targets: Targets, branches: _Branches
    ) -> None:
        self.d, self.f, self.targets, self.branches = data, final, targets, branches
        self.scope = data.recent

    def report(self, by: GroupBy, since: dt.date | dt.datetime | None) -> QualityReport:
        """The whole report."""
        labeller_rows, median = self._rows("labeller")
        rows = labeller_rows if by == "labeller" else self._rows(by)[0]
        decided = self.f.counts()
        consensus = self.f.confidence[self.f.how == "consensus"]
        return QualityReport(
            batch=self.d.batch,
            by=by,
            since=since.date() if isinstance(since, dt.datetime) else since,
            targets=self.targets,
            rows=tuple(rows),
            flagged=tuple(self._flagged(labeller_rows)),
            agreement=batch_agreement(self.d, self.scope),
            decided=decided,
            consensus_confidence=float(consensus.mean()) if consensus.size else None,
            median_rate=median,
        )

    # -- groups ---------------------------------------------------------------------------

    def _groups(self, by: GroupBy) -> tuple[IntArray, list[str], list[str]]:
        """Each answer's group code, and each group's key and name."""
        d = self.d
        if by == "labeller":
            return d.user, [u.id for u in d.users], [u.name for u in d.users]
        if by == "vendor":
            vendors = [u.vendor or NO_GROUP for u in d.users]
            names = sorted(set(vendors))
            of_user = np.asarray([names.index(v) for v in vendors], dtype=np.int64)
            return of_user[d.user] if d.user.size else d.user, names, names
        if by == "language":
            return d.language[d.conv], list(d.languages), list(d.languages)
        keys = [*sorted(set(self.branches.of_category)), NO_GROUP]
        lookup = np.asarray(
            [*(keys.index(b) for b in self.branches.of_category), len(keys) - 1], dtype=np.int64
        )
        code = lookup[self.f.category[d.conv]]  # category -1 picks the trailing NO_GROUP
        names = [self.branches.names.get(k, k) for k in keys]
        return code, keys, names

    def _rows(self, by: GroupBy) -> tuple[list[QualityRow], float | None]:
        """The rows of one grouping (groups with nothing in scope left out), by name."""
        group, keys, names = self._groups(by)
        counts = group_counts(self.d, self.f, group, len(keys), self.scope)
        rates = [
            ratio(float(counts.items[g]), counts.seconds[g] / 3600.0) for g in range(len(keys))
        ]
        fast, median = too_fast([r for g, r in enumerate(rates) if counts.items[g]])
        fast_of = dict(zip([g for g in range(len(keys)) if counts.items[g]], fast, strict=True))
        rows = [
            self._row(
                counts, g, keys[g], names[g], rate=rates[g], fast=by == "labeller" and fast_of[g]
            )
            for g in range(len(keys))
            if counts.items[g]
        ]
        rows.sort(key=lambda r: (r.key == NO_GROUP, r.name.casefold(), r.key))
        return rows, median if by == "labeller" else None

    def _row(
        self, c: GroupCounts, g: int, key: str, name: str, *, rate: float | None, fast: bool
    ) -> QualityRow:
        """One row from the group's counts."""
        gold_acc = ratio(float(c.gold_correct[g]), float(c.gold_n[g]))
        kappa = c.kappa[g]
        return QualityRow(
            key=key,
            name=name,
            n_items=int(c.items[g]),
            answered=int(c.answered[g]),
            skipped=int(c.skipped[g]),
            unsure=int(c.unsure[g]),
            gold_n=int(c.gold_n[g]),
            gold_correct=int(c.gold_correct[g]),
            gold_accuracy=gold_acc,
            gold_ci=wilson(int(c.gold_correct[g]), int(c.gold_n[g])),
            agreement_n=int(c.agree_n[g]),
            agreement=ratio(float(c.agree[g]), float(c.agree_n[g])),
            kappa=kappa,
            reviewed_slots=int(c.slots[g]),
            overturned=int(c.overturned[g]),
            overturn_rate=ratio(float(c.overturned[g]), float(c.slots[g])),
            skip_rate=ratio(float(c.skipped[g]), float(c.items[g])),
            unsure_rate=ratio(float(c.unsure[g]), float(c.items[g])),
            active_hours=float(c.seconds[g]) / 3600.0,
            items_per_hour=rate,
            too_fast=bool(fast),
            estimated_accuracy=self._estimated(key),
            flags=self._misses(int(c.answered[g]), gold_acc, kappa),
        )

    def _estimated(self, key: str) -> float | None:
        """Dawid-Skene's accuracy estimate of a labeller (None for other groups)."""
        try:
            value = float(self.f.labeller_accuracy[self.f.labellers.index(key)])
        except (ValueError, IndexError):
            return None
        return None if np.isnan(value) else value

    def _misses(
        self, answered: int, gold_acc: float | None, kappa: float | None
    ) -> tuple[str, ...]:
        """The targets a group with enough answers misses."""
        t = self.targets
        if answered < t.min_items:
            return ()
        misses = []
        if gold_acc is not None and gold_acc < t.gold_accuracy:
            misses.append("gold_accuracy")
        if kappa is not None and kappa < t.kappa:
            misses.append("kappa")
        return tuple(misses)

    # -- refreshers -------------------------------------------------------------------------

    def _flagged(self, labeller_rows: list[QualityRow]) -> list[FlaggedLabeller]:
        """Labellers below target, with the branches of their gold misses and overturns."""
        flagged = [r for r in labeller_rows if r.flags]
        if not flagged:
            return []
        d, scope = self.d, self.scope
        missed = np.concatenate(
            [
                d.gold_rows[scope[d.gold_rows] & ~d.gold_correct],
                d.slot_rows[scope[d.slot_rows] & d.slot_incorrect],
            ]
        )
        of_category = np.asarray([*self.branches.of_category, ""], dtype=object)
        branch = of_category[self.f.category[d.conv[missed]]]
        user = d.user[missed]
        code_of = {u.id: code for code, u in enumerate(d.users)}
        out = []
        for row in flagged:
            mine = Counter(b for b in branch[user == code_of[row.key]].tolist() if b)
            top = sorted(mine, key=lambda b: (-mine[b], b))[:TOP_BRANCHES]
            out.append(FlaggedLabeller(row.key, row.name, row.flags, tuple(top)))
        return out
