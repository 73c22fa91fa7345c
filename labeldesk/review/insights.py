"""Insights that feed back into the guideline, the taxonomy and training, as an action list.

From the same data as the quality table (:func:`labeldesk.review.answers.load_kept`, final
labels by :func:`labeldesk.review.final.decide`), over the answers in scope (a batch or the
workspace, from ``since`` on):

- **confusions**: label pairs that blind labellers disagree on (two answers on one item) or
  that a reviewer overturned (a labeller's answer judged incorrect, against the final
  label), ranked by how many items they affect; see :mod:`labeldesk.review.insights_pairs`;
- **low-kappa labels**: labels whose one-vs-rest Cohen's kappa over the blind pairs is below
  the workspace's kappa target, ranked by the items where they are in a disagreement;
- each with example conversations and the reviewers' reasons (the cause code and comment of
  each item's latest review; :mod:`labeldesk.review.examples`);
- **rarely used labels**: leaves chosen by at most :data:`RARE_SHARE` of the mean uses per
  leaf of their taxonomy (never chosen included), once the taxonomy has ``min_items``
  answers: candidates to merge or retire;
- **gaps**: "guideline gap" and "taxonomy gap" verdicts grouped by the top-level branch of
  the item's final label;
- **refreshers**: gold accuracy and agreement with the final label per labeller and
  top-level branch (the branch of the item's final label), with 95% Wilson intervals. A
  cell with at least ``min_items`` answers is flagged when its gold accuracy's interval
  lies wholly below the gold-accuracy target (one missed gold item is not enough at a
  target of 0.5), or its Cohen's kappa against the final labels is below the kappa target.
  A labeller needs a refresher on their flagged branches (the :data:`TOP_BRANCHES` with the
  most gold misses and overturns), or, when the quality table flags them as a whole and no
  branch is flagged, on the branches it names.

:func:`~labeldesk.review.insights_actions.actions` writes the short ranked list a lead
acts on.
Categories (label sets) count as labels here: ``a|b`` is its own label, named ``a + b``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from labeldesk.review.answers import QAData, load_kept
from labeldesk.review.examples import (
    Example,
    Reasons,
    ReviewNote,
    examples,
    latest_notes,
    reasons,
)
from labeldesk.review.final import FinalTable, decide
from labeldesk.review.insights_actions import Action, actions
from labeldesk.review.insights_pairs import (
    BlindPairs,
    Disagreements,
    blind_pairs,
    disagreements,
    label_agreement,
    label_uses,
)
from labeldesk.review.label_names import LabelNames
from labeldesk.review.quality import (
    NO_GROUP,
    TOP_BRANCHES,
    QualityReport,
    QualityService,
    Targets,
)
from labeldesk.review.quality_stats import group_counts, ratio, wilson
from labeldesk.storage.db import Database

__all__ = [
    "Action",
    "BranchScore",
    "Confusion",
    "GapGroup",
    "Insights",
    "InsightsService",
    "LabelKappa",
    "RareLabel",
    "Refresher",
]

IntArray = npt.NDArray[np.int64]

#: A leaf is rarely used when chosen at most this share of its taxonomy's mean uses per leaf.
RARE_SHARE = 0.1
#: Example conversations per row.
N_EXAMPLES = 3
#: Rows of the ranked lists (confusions, low-kappa labels) that get reasons and examples.
TOP = 10
#: The review causes that point at the guideline or the taxonomy.
GAP_CAUSES = ("guideline_gap", "taxonomy_gap")


@dataclass(frozen=True)
class Confusion:
    """Two labels that labellers confuse.

    ``items``: items affected (with a disagreeing blind pair or an overturn between the two);
    ``blind_pairs``: disagreeing blind pairs; ``overturns``: answers overturned from one to
    the other.
    """

    categories: tuple[str, str]
    names: tuple[str, str]
    branch: str
    items: int
    blind_pairs: int
    overturns: int
    reasons: Reasons
    examples: tuple[Example, ...]


@dataclass(frozen=True)
class LabelKappa:
    """One label's one-vs-rest kappa over the blind pairs.

    ``items``: paired items where some answer chose it; ``disagreements``: items where it is
    in a disagreement (blind or overturned).
    """

    category: str
    name: str
    kappa: float | None
    items: int
    disagreements: int
    reasons: Reasons
    examples: tuple[Example, ...]


@dataclass(frozen=True)
class RareLabel:
    """A leaf label chosen rarely or never in scope."""

    taxonomy: str
    key: str
    name: str
    branch: str
    branch_name: str
    uses: int
    threshold: float  # uses at or below this are rare


@dataclass(frozen=True)
class GapGroup:
    """The "guideline gap" and "taxonomy gap" verdicts on items of one top-level branch."""

    branch: str
    name: str
    guideline_gap: int
    taxonomy_gap: int
    labels: tuple[tuple[str, int], ...]  # final labels (names) of those items, most first
    comments: tuple[str, ...]
    examples: tuple[Example, ...]

    @property
    def items(self) -> int:
        """Items with either verdict."""
        return self.guideline_gap + self.taxonomy_gap


@dataclass(frozen=True)
class BranchScore:
    """One labeller's work on one top-level branch (the branch of the items' final labels).

    ``judged``: the cell has at least ``min_items`` answers, so targets apply; ``flags``
    names the targets it misses (``gold_accuracy``, ``kappa``).
    """

    user_id: str
    labeller: str
    branch: str
    branch_name: str
    answered: int
    gold_n: int
    gold_correct: int
    gold_accuracy: float | None
    gold_ci: tuple[float, float] | None
    agreement_n: int
    agreed: int
    agreement: float | None
    agreement_ci: tuple[float, float] | None
    kappa: float | None
    slots: int
    overturned: int
    judged: bool
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Refresher:
    """A labeller who needs a refresher, and on which branches.

    ``reasons``: the targets the labeller misses as a whole (from the quality table; empty
    when only some branches are below target).
    """

    user_id: str
    name: str
    reasons: tuple[str, ...]
    branches: tuple[BranchScore, ...]

    @property
    def branch_names(self) -> tuple[str, ...]:
        """The branches' names."""
        return tuple(b.branch_name for b in self.branches)


@dataclass(frozen=True)
class Insights:
    """Everything :class:`InsightsService` finds, and the action list.

    Attributes
    ----------
    batch, since, targets
        What was asked for, and the workspace's targets.
    answers
        Labelled answers in scope.
    paired_items
        Items with at least two labelled answers in scope.
    confusions
        The :data:`TOP` label pairs affecting most items.
    label_kappas
        Every label in a blind pair, lowest kappa first (undefined last); only the ones in
        ``low_kappa`` have examples.
    low_kappa
        Labels below the kappa target, ranked by items in a disagreement.
    rare
        Rarely used leaves, fewest uses first.
    gaps
        Gap verdicts per branch, most first.
    scores
        Every labeller x branch cell with answers, by labeller and branch name.
    refreshers
        Labellers who need a refresher, by name.
    actions
        The ranked action list.
    """

    batch: str | None
    since: dt.date | None
    targets: Targets
    answers: int
    paired_items: int
    confusions: tuple[Confusion, ...]
    label_kappas: tuple[LabelKappa, ...]
    low_kappa: tuple[LabelKappa, ...]
    rare: tuple[RareLabel, ...]
    gaps: tuple[GapGroup, ...]
    scores: tuple[BranchScore, ...]
    refreshers: tuple[Refresher, ...]
    actions: tuple[Action, ...]


class InsightsService:
    """Find what to fix in the guideline, the taxonomy and training.

    Parameters
    ----------
    db
        The workspace database.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def insights(
        self,
        *,
        batch: str | None = None,
        since: dt.date | dt.datetime | None = None,
        quality: QualityReport | None = None,
    ) -> Insights:
        """The insights of ``batch`` (None: the workspace), over answers from ``since`` on.

        Parameters
        ----------
        batch, since
            As for :meth:`labeldesk.review.quality.QualityService.report` (a date is
            midnight UTC).
        quality
            That service's report for the same batch and day, if the caller has it already
            (it names the labellers below target as a whole).

        Raises
        ------
        LabelDeskError
            If the batch is unknown.
        """
        start = _start(since)
        report = quality or QualityService(self._db).report(batch=batch, since=since)
        with self._db.sessions() as s:
            data = load_kept(s, batch, start)  # the quality report's read, when nothing changed
            final = decide(data)
            reviewed = data.conversations[(data.review_category >= 0) | data.review_empty]
            notes = latest_notes(s, reviewed.tolist())
            built = _Builder(data, final, notes, LabelNames.load(self._db, data.taxonomy_ids))
            found = built.build(report, start)
            found = built.with_examples(found, examples(s, built.example_ids()))
        return Insights(
            batch=batch,
            since=since.date() if isinstance(since, dt.datetime) else since,
            targets=report.targets,
            answers=int((data.recent & (data.category >= 0)).sum()),
            paired_items=built.pairs.items,
            confusions=found.confusions,
            label_kappas=found.label_kappas,
            low_kappa=found.low_kappa,
            rare=found.rare,
            gaps=found.gaps,
            scores=found.scores,
            refreshers=found.refreshers,
            actions=actions(
                found.confusions, found.low_kappa, found.gaps, found.refreshers, found.rare
            ),
        )


def _start(since: dt.date | dt.datetime | None) -> dt.datetime | None:
    """A day as its first moment in UTC (a datetime stays as it is)."""
    if since is None or isinstance(since, dt.datetime):
        return since
    return dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)


def _utc(at: dt.datetime) -> dt.datetime:
    """A stored time as an aware UTC time (SQLite gives naive UTC)."""
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)


@dataclass(frozen=True)
class _Found:
    """The lists of :class:`Insights` that :class:`_Builder` makes."""

    confusions: tuple[Confusion, ...]
    label_kappas: tuple[LabelKappa, ...]
    low_kappa: tuple[LabelKappa, ...]
    rare: tuple[RareLabel, ...]
    gaps: tuple[GapGroup, ...]
    scores: tuple[BranchScore, ...]
    refreshers: tuple[Refresher, ...]


class _Builder:
    """Turns loaded data, final labels and review notes into the insight rows.

    Rows are built without examples first (:meth:`build`); :meth:`example_ids` says which
    conversations to read and :meth:`with_examples` fills them in.
    """

    def __init__(
        self, data: QAData, final: FinalTable, notes: dict[int, ReviewNote], names: LabelNames
    ) -> None:
        self.d, self.f, self.notes, self.names = data, final, notes, names
        self.scope = data.recent
        self.pairs: BlindPairs = blind_pairs(data, self.scope)
        self.dis: Disagreements = disagreements(self.pairs, data, final, self.scope)
        self._picks: dict[tuple[str, int], list[int]] = {}

    # -- shared -----------------------------------------------------------------------------

    def _cat(self, code: int) -> str:
        """A category code's name in the data ("" for -1)."""
        return "" if code < 0 else self.d.categories[code]

    def _reasons(self, convs: IntArray) -> Reasons:
        """The reviewers' reasons on the items at these positions."""
        ids = self.d.conversations[convs].tolist()
        return reasons(self.notes[c] for c in ids if c in self.notes)

    def _pick(self, kind: str, row: int, convs: IntArray) -> None:
        """Choose a row's example items: reviewed ones first, then by conversation id."""
        ids = sorted(self.d.conversations[convs].tolist(), key=lambda c: (c not in self.notes, c))
        self._picks[(kind, row)] = ids[:N_EXAMPLES]

    def build(self, quality: QualityReport, start: dt.datetime | None) -> _Found:
        """Every list of :class:`Insights`, without examples yet."""
        label_kappas, low_kappa = self._label_kappas(quality.targets)
        scores = self._scores(quality.targets)
        return _Found(
            confusions=self._confusions(),
            label_kappas=label_kappas,
            low_kappa=low_kappa,
            rare=self._rare(quality.targets),
            gaps=self._gaps(start),
            scores=scores,
            refreshers=_refreshers(quality, scores),
        )

    def example_ids(self) -> list[int]:
        """The conversations the rows show as examples."""
        return sorted({c for ids in self._picks.values() for c in ids})

    def with_examples(self, found: _Found, shown: dict[int, Example]) -> _Found:
        """The rows with their examples filled in (``shown``: by conversation id)."""

        def ex(kind: str, row: int) -> tuple[Example, ...]:
            return tuple(shown[c] for c in self._picks.get((kind, row), []) if c in shown)

        return replace(
            found,
            confusions=tuple(
                replace(c, examples=ex("pair", i)) for i, c in enumerate(found.confusions)
            ),
            low_kappa=tuple(
                replace(k, examples=ex("kappa", i)) for i, k in enumerate(found.low_kappa)
            ),
            gaps=tuple(replace(g, examples=ex("gap", i)) for i, g in enumerate(found.gaps)),
        )

    # -- confusions and kappa ---------------------------------------------------------------

    def _confusions(self) -> tuple[Confusion, ...]:
        """The :data:`TOP` pairs affecting most items (then most disagreements, names)."""
        dis = self.dis
        items = dis.items()
        rows = []
        for p in range(dis.lo.size):
            a, b = self._cat(int(dis.lo[p])), self._cat(int(dis.hi[p]))
            names = (self.names.category_name(a), self.names.category_name(b))
            if names[1].casefold() < names[0].casefold():
                a, b, names = b, a, (names[1], names[0])
            rows.append((p, (a, b), names))
        rows.sort(
            key=lambda r: (
                -items[r[0]],
                -(dis.blind[r[0]] + dis.overturns[r[0]]),
                r[2][0].casefold(),
                r[2][1].casefold(),
            )
        )
        out = []
        for i, (p, cats, names) in enumerate(rows[:TOP]):
            convs = dis.convs(p)
            self._pick("pair", i, convs)
            out.append(
                Confusion(
                    categories=cats,
                    names=names,
                    branch=self.names.category_branch(cats[0]),
                    items=int(items[p]),
                    blind_pairs=int(dis.blind[p]),
                    overturns=int(dis.overturns[p]),
                    reasons=self._reasons(convs),
                    examples=(),
                )
            )
        return tuple(out)

    def _label_kappas(
        self, targets: Targets
    ) -> tuple[tuple[LabelKappa, ...], tuple[LabelKappa, ...]]:
        """Every paired label's kappa (lowest first), and the ones below target, ranked."""
        agreement = label_agreement(self.pairs)
        rows, code_of = [], {}
        by_label = self.dis.label_convs()
        none = np.zeros(0, dtype=np.int64)
        for code, kappa, n in zip(
            agreement.category.tolist(), agreement.kappa, agreement.items.tolist(), strict=True
        ):
            convs = by_label.get(code, none)
            category = self._cat(code)
            code_of[category] = code
            rows.append(
                LabelKappa(
                    category=category,
                    name=self.names.category_name(category),
                    kappa=kappa,
                    items=int(n),
                    disagreements=int(convs.size),
                    reasons=self._reasons(convs),
                    examples=(),
                )
            )
        rows.sort(key=lambda r: (r.kappa is None, r.kappa or 0.0, r.name.casefold()))
        low = [
            r for r in rows if r.kappa is not None and r.kappa < targets.kappa and r.disagreements
        ]
        low.sort(key=lambda r: (-r.disagreements, r.kappa, r.name.casefold()))
        for i, row in enumerate(low[:TOP]):
            self._pick("kappa", i, by_label.get(code_of[row.category], none))
        return tuple(rows), tuple(low[:TOP])

    # -- rare labels and gaps ---------------------------------------------------------------

    def _rare(self, targets: Targets) -> tuple[RareLabel, ...]:
        """Leaves chosen at most RARE_SHARE of their taxonomy's mean uses per leaf."""
        uses = label_uses(self.d, self.scope)
        by_taxonomy: dict[str, list] = {}  # type: ignore[type-arg]
        for leaf in self.names.leaves():
            by_taxonomy.setdefault(leaf.taxonomy, []).append(leaf)
        out = []
        for leaves in by_taxonomy.values():
            total = sum(uses.get(leaf.key, 0) for leaf in leaves)
            if total == 0 or total < targets.min_items:
                continue  # a taxonomy nobody has used yet says nothing about its labels
            threshold = RARE_SHARE * total / len(leaves)
            out += [
                RareLabel(
                    taxonomy=leaf.taxonomy,
                    key=leaf.key,
                    name=leaf.name,
                    branch=leaf.branch,
                    branch_name=self.names.name(leaf.branch),
                    uses=uses.get(leaf.key, 0),
                    threshold=threshold,
                )
                for leaf in leaves
                if uses.get(leaf.key, 0) <= threshold
            ]
        out.sort(key=lambda r: (r.uses, r.taxonomy, r.branch_name.casefold(), r.name.casefold()))
        return tuple(out)

    def _gaps(self, start: dt.datetime | None) -> tuple[GapGroup, ...]:
        """Gap verdicts (from ``start`` on) grouped by the branch of the item's final label."""
        groups: dict[str, list[tuple[ReviewNote, str]]] = {}
        for conv, note in sorted(self.notes.items()):
            if note.cause not in GAP_CAUSES or (start and _utc(note.created_at) < start):
                continue
            row = int(np.searchsorted(self.f.conversation_id, conv))
            category = self._cat(int(self.f.category[row]))
            branch = self.names.category_branch(category) or NO_GROUP
            groups.setdefault(branch, []).append((note, category))
        out = []
        for branch, found in groups.items():
            causes = Counter(n.cause for n, _ in found)
            labels = Counter(self.names.category_name(c) for _, c in found)
            comments = list(dict.fromkeys(n.comment.strip() for n, _ in found if n.comment.strip()))
            out.append(
                GapGroup(
                    branch=branch,
                    name=self.names.name(branch) if branch != NO_GROUP else NO_GROUP,
                    guideline_gap=causes["guideline_gap"],
                    taxonomy_gap=causes["taxonomy_gap"],
                    labels=tuple(sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))),
                    comments=tuple(comments[:3]),
                    examples=(),
                )
            )
        out.sort(key=lambda g: (-g.items, g.name.casefold()))
        for i, group in enumerate(out):
            ids = [n.conversation_id for n, _ in groups[group.branch]]
            self._picks[("gap", i)] = sorted(ids)[:N_EXAMPLES]
        return tuple(out)

    # -- labeller x branch ------------------------------------------------------------------

    def _scores(self, targets: Targets) -> tuple[BranchScore, ...]:
        """Every labeller x branch cell with answers in scope."""
        d, f = self.d, self.f
        if not d.users:
            return ()
        branch_of = [self.names.category_branch(c) for c in d.categories]
        keys = sorted(set(branch_of))
        nb = len(keys) + 1  # the last code: items without a final label
        lookup = np.asarray([*(keys.index(b) for b in branch_of), nb - 1], dtype=np.int64)
        group = d.user * nb + lookup[f.category[d.conv]]
        c = group_counts(d, f, group, len(d.users) * nb, self.scope)
        out = []
        for g in np.flatnonzero(c.answered).tolist():
            user, b = divmod(g, nb)
            if b == nb - 1:
                continue
            gold = ratio(float(c.gold_correct[g]), float(c.gold_n[g]))
            agreement = ratio(float(c.agree[g]), float(c.agree_n[g]))
            judged = int(c.answered[g]) >= targets.min_items
            flags = []
            gold_ci = wilson(int(c.gold_correct[g]), int(c.gold_n[g]))
            if judged and gold_ci is not None and gold_ci[1] < targets.gold_accuracy:
                flags.append("gold_accuracy")
            if judged and c.kappa[g] is not None and c.kappa[g] < targets.kappa:  # type: ignore[operator]
                flags.append("kappa")
            out.append(
                BranchScore(
                    user_id=d.users[user].id,
                    labeller=d.users[user].name,
                    branch=keys[b],
                    branch_name=self.names.name(keys[b]),
                    answered=int(c.answered[g]),
                    gold_n=int(c.gold_n[g]),
                    gold_correct=int(c.gold_correct[g]),
                    gold_accuracy=gold,
                    gold_ci=gold_ci,
                    agreement_n=int(c.agree_n[g]),
                    agreed=int(c.agree[g]),
                    agreement=agreement,
                    agreement_ci=wilson(int(c.agree[g]), int(c.agree_n[g])),
                    kappa=c.kappa[g],
                    slots=int(c.slots[g]),
                    overturned=int(c.overturned[g]),
                    judged=judged,
                    flags=tuple(flags),
                )
            )
        out.sort(key=lambda r: (r.labeller.casefold(), r.user_id, r.branch_name.casefold()))
        return tuple(out)


def _refreshers(quality: QualityReport, scores: tuple[BranchScore, ...]) -> tuple[Refresher, ...]:
    """Labellers with flagged branches, or flagged as a whole by the quality table."""
    flagged = {f.user_id: f for f in quality.flagged}
    cells: dict[str, list[BranchScore]] = {}
    for cell in scores:
        cells.setdefault(cell.user_id, []).append(cell)
    out = []
    for user in sorted(set(flagged) | {c.user_id for c in scores if c.flags}):
        mine = cells.get(user, [])
        branches = sorted(
            (c for c in mine if c.flags),
            key=lambda c: (-_misses(c), -c.answered, c.branch_name.casefold()),
        )[:TOP_BRANCHES]
        whole = flagged.get(user)
        if not branches and whole is not None:
            by_key = {c.branch: c for c in mine}
            branches = [by_key[b] for b in whole.branches if b in by_key]
        name = whole.name if whole is not None else mine[0].labeller
        out.append(Refresher(user, name, whole.reasons if whole else (), tuple(branches)))
    out.sort(key=lambda r: (r.name.casefold(), r.user_id))
    return tuple(out)


def _misses(cell: BranchScore) -> int:
    """A cell's gold misses and overturned answers."""
    return cell.gold_n - cell.gold_correct + cell.overturned
