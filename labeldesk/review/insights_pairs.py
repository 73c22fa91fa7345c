"""The counting behind the insights: blind answer pairs, disagreements, per-label kappa.

Works on the columns of :class:`~labeldesk.review.answers.QAData` and
:class:`~labeldesk.review.final.FinalTable`, with categories (label sets) as codes:

- a *blind pair* is two labelled answers on the same item (every pair of an item answered
  three times counts);
- a *disagreement* is a blind pair whose categories differ, or an answer a reviewer judged
  incorrect (an *overturn*) whose category differs from the item's final one; its label
  pair is the two categories, smaller code first;
- a label's one-vs-rest kappa compares the blind pairs, each listed both ways so no
  labeller is "first" (:func:`labeldesk.review.agreement_extra.one_vs_rest_kappa`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from labeldesk.review.agreement_extra import one_vs_rest_kappa
from labeldesk.review.answers import QAData
from labeldesk.review.final import FinalTable

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, eq=False)
class BlindPairs:
    """Every pair of labelled answers on one item: both categories and the item's position."""

    a: IntArray
    b: IntArray
    conv: IntArray

    @property
    def items(self) -> int:
        """Items with at least one pair."""
        return int(np.unique(self.conv).size)


@dataclass(frozen=True, eq=False)
class Disagreements:
    """Disagreements grouped by label pair.

    Attributes
    ----------
    lo, hi
        Each pair's two category codes (``lo < hi``).
    blind, overturns
        Per pair: disagreeing blind pairs, and overturned answers.
    item_pair, item_conv
        Each (pair, item) the pair affects once: the pair's index and the item's position.
    """

    lo: IntArray
    hi: IntArray
    blind: IntArray
    overturns: IntArray
    item_pair: IntArray
    item_conv: IntArray

    def items(self) -> IntArray:
        """Items each pair affects."""
        return np.bincount(self.item_pair, minlength=self.lo.size).astype(np.int64)

    def convs(self, pair: int) -> IntArray:
        """The positions of the items pair ``pair`` affects, sorted."""
        return np.sort(self.item_conv[self.item_pair == pair])

    def label_convs(self) -> dict[int, IntArray]:
        """For each category in a disagreement, the positions of its items, sorted."""
        label = np.concatenate([self.lo[self.item_pair], self.hi[self.item_pair]])
        conv = np.concatenate([self.item_conv, self.item_conv])
        if label.size == 0:
            return {}
        both = np.unique(np.stack([label, conv]), axis=1)  # sorted by label, then item
        starts = np.flatnonzero(np.r_[True, both[0, 1:] != both[0, :-1]])
        ends = np.r_[starts[1:], both.shape[1]]
        return {
            int(both[0, a]): both[1, a:b].astype(np.int64)
            for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
        }


def blind_pairs(d: QAData, scope: BoolArray) -> BlindPairs:
    """All pairs of labelled answers in ``scope`` on the same item."""
    rows = np.flatnonzero(scope & (d.category >= 0))
    rows = rows[np.argsort(d.conv[rows], kind="stable")]
    conv, cat = d.conv[rows], d.category[rows]
    a, b, c = [], [], []
    k = 1
    while k < conv.size:
        same = conv[k:] == conv[:-k]  # sorted: equal k apart means one item
        if not same.any():
            break
        a.append(cat[:-k][same])
        b.append(cat[k:][same])
        c.append(conv[k:][same])
        k += 1
    empty = np.zeros(0, dtype=np.int64)
    return BlindPairs(
        np.concatenate(a) if a else empty,
        np.concatenate(b) if b else empty,
        np.concatenate(c) if c else empty,
    )


def disagreements(pairs: BlindPairs, d: QAData, f: FinalTable, scope: BoolArray) -> Disagreements:
    """Group the disagreeing blind pairs and the overturned answers by label pair."""
    differ = pairs.a != pairs.b
    slot = d.slot_rows[scope[d.slot_rows] & d.slot_incorrect]
    answer, final = d.category[slot], f.category[d.conv[slot]]
    wrong = (answer >= 0) & (final >= 0) & (answer != final)
    first = np.concatenate([pairs.a[differ], answer[wrong]])
    second = np.concatenate([pairs.b[differ], final[wrong]])
    conv = np.concatenate([pairs.conv[differ], d.conv[slot][wrong]])
    overturn = np.r_[np.zeros(int(differ.sum()), dtype=bool), np.ones(int(wrong.sum()), bool)]
    lo, hi = np.minimum(first, second), np.maximum(first, second)
    width = max(len(d.categories), 1)
    keys, pair = np.unique(lo * width + hi, return_inverse=True)
    pair = pair.ravel().astype(np.int64)
    n = keys.size
    seen = np.unique(pair * max(d.conversations.size, 1) + conv)
    return Disagreements(
        lo=(keys // width).astype(np.int64),
        hi=(keys % width).astype(np.int64),
        blind=np.bincount(pair[~overturn], minlength=n).astype(np.int64),
        overturns=np.bincount(pair[overturn], minlength=n).astype(np.int64),
        item_pair=(seen // max(d.conversations.size, 1)).astype(np.int64),
        item_conv=(seen % max(d.conversations.size, 1)).astype(np.int64),
    )


@dataclass(frozen=True, eq=False)
class LabelAgreement:
    """Per category used in a blind pair: one-vs-rest kappa and paired items using it."""

    category: IntArray
    kappa: list[float | None]
    items: IntArray


def label_agreement(pairs: BlindPairs) -> LabelAgreement:
    """One-vs-rest Cohen's kappa of every category over the blind pairs (both ways)."""
    if pairs.a.size == 0:
        return LabelAgreement(np.zeros(0, dtype=np.int64), [], np.zeros(0, dtype=np.int64))
    first = np.concatenate([pairs.a, pairs.b])
    second = np.concatenate([pairs.b, pairs.a])
    kappas = one_vs_rest_kappa(first.tolist(), second.tolist())
    category = np.asarray(sorted(int(c) for c in kappas), dtype=np.int64)
    conv = np.concatenate([pairs.conv, pairs.conv])
    used = np.unique(np.stack([first, conv]), axis=1)  # (category, item) once each
    items = np.bincount(np.searchsorted(category, used[0]), minlength=category.size)
    return LabelAgreement(category, [kappas[int(c)] for c in category], items.astype(np.int64))


def label_uses(d: QAData, scope: BoolArray) -> dict[str, int]:
    """How many answers in scope chose each label key (an answer's set counts each key)."""
    from labeldesk.review.qa_tables import CATEGORY_SEPARATOR

    rows = scope & (d.category >= 0)
    per_category = np.bincount(d.category[rows], minlength=len(d.categories))
    uses: dict[str, int] = {}
    for name, n in zip(d.categories, per_category.tolist(), strict=True):
        for key in name.split(CATEGORY_SEPARATOR):
            uses[key] = uses.get(key, 0) + int(n)
    return uses
