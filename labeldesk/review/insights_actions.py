"""The lead's action list: one line per thing to fix, ranked by how many items it affects.

Each insight becomes at most one action:

- a confused label pair: what to do follows the reviewers' most frequent reason on its items
  ("Re-word the guideline for X vs Y: 42 items, 60% of reviews say 'guideline gap'"),
  :data:`VERBS`; with no review yet, "Clarify X vs Y";
- a label below the kappa target: sharpen its definition;
- a branch with gap verdicts: re-word its guideline, or revisit its taxonomy;
- a labeller who needs a refresher: on which branches;
- rarely used labels: merge or retire them, per branch.

Actions are ranked by items affected (most first), then by kind in the order above, then
alphabetically; the list keeps :data:`MAX_ACTIONS`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from labeldesk.review.examples import CAUSE_NAMES

if TYPE_CHECKING:
    from labeldesk.review.insights import (
        BranchScore,
        Confusion,
        GapGroup,
        LabelKappa,
        RareLabel,
        Refresher,
    )

#: Actions kept.
MAX_ACTIONS = 10
#: Confused pairs and low-kappa labels that become actions, at most.
TOP_PAIRS = 5
TOP_LABELS = 3
#: Kinds of action, in the order they rank among equals.
KINDS = ("pair", "kappa", "gap", "refresher", "rare")
#: What to do about a confused pair, by the reviewers' most frequent cause ({a}, {b}).
VERBS = {
    "guideline_gap": "Re-word the guideline for {a} vs {b}",
    "taxonomy_gap": "Consider merging {a} and {b}",
    "ambiguous": "Add examples that tell {a} from {b}",
    "labeller_error": "Coach labellers on {a} vs {b}",
}
#: Between the ends of a range (an en dash).
DASH = "\u2013"
#: Rarely used labels named in one action, at most.
RARE_NAMED = 4


@dataclass(frozen=True)
class Action:
    """One thing for the lead to do.

    ``kind`` is one of :data:`KINDS`; ``subject`` names what it is about (a label pair, a
    label, a branch, a labeller); ``items`` is how many items it affects.
    """

    kind: str
    text: str
    items: int
    subject: str


def actions(
    confusions: Sequence[Confusion],
    low_kappa: Sequence[LabelKappa],
    gaps: Sequence[GapGroup],
    refreshers: Sequence[Refresher],
    rare: Sequence[RareLabel],
) -> tuple[Action, ...]:
    """The ranked action list of the module docstring."""
    found = [
        *(_pair(c) for c in confusions[:TOP_PAIRS]),
        *(_kappa(k) for k in low_kappa[:TOP_LABELS]),
        *(a for g in gaps for a in _gap(g)),
        *(_refresher(r) for r in refreshers if r.branches),
        *_rare(rare),
    ]
    found.sort(key=lambda a: (-a.items, KINDS.index(a.kind), a.text.casefold()))
    return tuple(found[:MAX_ACTIONS])


def _items(n: int) -> str:
    """``n`` items, in words."""
    return f"{n} item" if n == 1 else f"{n} items"


def _pair(c: Confusion) -> Action:
    """What to do about a confused pair."""
    a, b = c.names
    subject = f"{a} vs {b}"
    top = c.reasons.top
    if top is None:
        return Action(
            "pair", f"Clarify {a} vs {b}: {_items(c.items)}, none reviewed yet", c.items, subject
        )
    verb = VERBS.get(top, "Look into {a} vs {b}").format(a=a, b=b)
    share = c.reasons.share(top) or 0.0
    text = f"{verb}: {_items(c.items)}, {share:.0%} of reviews say '{CAUSE_NAMES.get(top, top)}'"
    return Action("pair", text, c.items, subject)


def _kappa(k: LabelKappa) -> Action:
    """Sharpen the definition of a label labellers agree on poorly."""
    text = (
        f"Sharpen the definition of {k.name}: κ {k.kappa:.2f}, "
        f"{_items(k.disagreements)} with disagreement"
    )
    return Action("kappa", text, k.disagreements, k.name)


def _gap(g: GapGroup) -> list[Action]:
    """Re-word a branch's guideline, or revisit its taxonomy, after gap verdicts."""
    out = []
    if g.guideline_gap:
        text = f"Re-word the guideline under {g.name}: {_verdicts(g.guideline_gap, 'guideline')}"
        out.append(Action("gap", text, g.guideline_gap, g.name))
    if g.taxonomy_gap:
        text = f"Revisit the taxonomy under {g.name}: {_verdicts(g.taxonomy_gap, 'taxonomy')}"
        out.append(Action("gap", text, g.taxonomy_gap, g.name))
    return out


def _verdicts(n: int, what: str) -> str:
    """``3 'guideline gap' verdicts``."""
    return f"{n} '{what} gap' verdict" + ("" if n == 1 else "s")


def _evidence(branches: Sequence[BranchScore]) -> str:
    """Why a refresher: gold answers right on those branches with their interval, kappa."""
    from labeldesk.review.quality_stats import wilson

    parts = []
    right, n = sum(b.gold_correct for b in branches), sum(b.gold_n for b in branches)
    interval = wilson(right, n)
    if interval is not None:
        parts.append(f"gold {right}/{n} right [{interval[0]:.0%}{DASH}{interval[1]:.0%}]")
    kappas = sorted(b.kappa for b in branches if b.kappa is not None and "kappa" in b.flags)
    if kappas:
        span = f"{kappas[0]:.2f}" if len(kappas) == 1 else f"{kappas[0]:.2f}{DASH}{kappas[-1]:.2f}"
        parts.append(f"κ {span}")
    return f" ({', '.join(parts)})" if parts else ""


def _refresher(r: Refresher) -> Action:
    """A refresher for a labeller on their weak branches."""
    names = ", ".join(b.branch_name for b in r.branches)
    text = f"Refresher for {r.name} on {names}{_evidence(r.branches)}"
    return Action("refresher", text, sum(b.answered for b in r.branches), r.name)


def _rare(rare: Sequence[RareLabel]) -> list[Action]:
    """Merge or retire rarely used labels, one action per branch."""
    by_branch: dict[tuple[str, str], list[RareLabel]] = {}
    for label in rare:
        by_branch.setdefault((label.taxonomy, label.branch_name), []).append(label)
    out = []
    for (_taxonomy, branch), labels in sorted(by_branch.items()):
        names = ", ".join(label.name for label in labels[:RARE_NAMED])
        more = f" and {len(labels) - RARE_NAMED} more" if len(labels) > RARE_NAMED else ""
        count = "1 rarely used label" if len(labels) == 1 else f"{len(labels)} rarely used labels"
        text = f"Consider merging or retiring {count} under {branch}: {names}{more}"
        out.append(Action("rare", text, sum(label.uses for label in labels), branch))
    return out
