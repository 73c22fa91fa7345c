"""The arithmetic of the quality table: per-group counts, Wilson intervals, kappa, agreement.

Everything works on the columns of :class:`~labeldesk.review.answers.QAData` and
:class:`~labeldesk.review.final.FinalTable` with ``bincount`` per group, so a million answers
cost a few passes over arrays. The chance-corrected statistics come from
:mod:`labeldesk.review.agreement`: Cohen's kappa from a contingency table per group, and the
batch-wide percent agreement, Fleiss' kappa and Krippendorff's alpha from the answers'
pattern counts, with bootstrap intervals drawn as pattern counts
(:func:`labeldesk.review.patterns.resample_weights`, the same distribution as resampling
items).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from labeldesk.review.agreement import (
    AgreementError,
    CodedRatings,
    cohen_kappa_from_table,
    fleiss_kappa_weighted,
    krippendorff_alpha_weighted,
    pattern_counts,
    percent_agreement_weighted,
)
from labeldesk.review.agreement_extra import MIN_SHARED_ITEMS, too_few_shared
from labeldesk.review.answers import QAData
from labeldesk.review.final import AGREEMENT, CONSENSUS, REVIEW, FinalTable
from labeldesk.review.patterns import resample_weights
from labeldesk.review.ratings import Estimate

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: The 97.5% quantile of the standard normal: a two-sided 95% interval.
Z95 = 1.959963984540054
#: Bootstrap resamples and seed of the batch-wide agreement intervals. Large batches (more
#: than BOOTSTRAP_CELLS pattern x category cells) take BOOTSTRAP_N_LARGE resamples: their
#: intervals are narrow, and the report is recomputed each time a lead looks.
BOOTSTRAP_N = 1000
BOOTSTRAP_N_LARGE = 200
BOOTSTRAP_CELLS = 200_000
BOOTSTRAP_SEED = 0


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion (None when ``n`` is 0).

    ``(p + z^2/2n -+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)`` with ``p = successes / n``.
    """
    if n <= 0:
        return None
    p = successes / n
    denom = 1.0 + z * z / n
    centre = p + z * z / (2 * n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - half) / denom), min(1.0, (centre + half) / denom)


@dataclass(frozen=True, eq=False)
class GroupCounts:
    """Per-group counts over the answers in scope (one entry per group code)."""

    items: IntArray  # answers, skips and unsure marks
    answered: IntArray  # answers with labels, not skipped
    skipped: IntArray
    unsure: IntArray
    seconds: FloatArray
    gold_n: IntArray
    gold_correct: IntArray
    agree_n: IntArray  # answers on items decided by review, agreement or consensus (>= 2)
    agree: IntArray  # ... equal to the final label
    slots: IntArray  # slot verdicts in the latest reviews
    overturned: IntArray  # ... judged incorrect
    kappa: list[float | None]


def _count(group: IntArray, mask: BoolArray, n: int, weights: FloatArray | None = None) -> IntArray:
    """How many rows of each group are in ``mask`` (or their summed weights)."""
    if weights is None:
        return np.bincount(group[mask], minlength=n).astype(np.int64)
    return np.bincount(group[mask], weights=weights[mask], minlength=n)


def comparable(d: QAData, f: FinalTable, scope: BoolArray) -> BoolArray:
    """Answers compared with the final label: labelled, in scope, on items decided by review,
    agreement or consensus that have at least two answers (so never one's own single answer).
    """
    how = f.how_code[d.conv]
    decided = (how == REVIEW) | (how == AGREEMENT) | (how == CONSENSUS)
    return scope & (d.category >= 0) & decided & (f.n_answers[d.conv] >= 2)


def group_counts(
    d: QAData, f: FinalTable, group: IntArray, n_groups: int, scope: BoolArray
) -> GroupCounts:
    """Count everything the quality table shows, per group, over the answers in ``scope``.

    Parameters
    ----------
    d, f
        The loaded data and its final labels.
    group
        The group code of every answer row.
    n_groups
        Number of groups.
    scope
        The answer rows to count (``since``).
    """
    answered = scope & ~d.skipped & (d.category >= 0)
    compared = comparable(d, f, scope)
    final = f.category[d.conv]
    gold = d.gold_rows[scope[d.gold_rows]]
    gold_ok = d.gold_correct[scope[d.gold_rows]]
    slots = d.slot_rows[scope[d.slot_rows]]
    bad = d.slot_incorrect[scope[d.slot_rows]]
    return GroupCounts(
        items=_count(group, scope, n_groups),
        answered=_count(group, answered, n_groups),
        skipped=_count(group, scope & d.skipped, n_groups),
        unsure=_count(group, scope & d.unsure, n_groups),
        seconds=_count(group, scope, n_groups, d.seconds).astype(np.float64),
        gold_n=np.bincount(group[gold], minlength=n_groups).astype(np.int64),
        gold_correct=np.bincount(group[gold[gold_ok]], minlength=n_groups).astype(np.int64),
        agree_n=_count(group, compared, n_groups),
        agree=_count(group, compared & (d.category == final), n_groups),
        slots=np.bincount(group[slots], minlength=n_groups).astype(np.int64),
        overturned=np.bincount(group[slots[bad]], minlength=n_groups).astype(np.int64),
        kappa=group_kappa(group[compared], d.category[compared], final[compared], n_groups),
    )


def group_kappa(
    group: IntArray, answer: IntArray, final: IntArray, n_groups: int
) -> list[float | None]:
    """Cohen's kappa of each group's answers against the final labels (None if undefined).

    Parameters
    ----------
    group, answer, final
        Per compared answer: its group, its category and the item's final category (-1 for
        a final label with no labels, which counts as a category of its own).
    n_groups
        Number of groups.
    """
    out: list[float | None] = [None] * n_groups
    if group.size == 0:
        return out
    final = np.where(final < 0, max(int(answer.max()), int(final.max())) + 1, final)
    k = int(max(answer.max(), final.max())) + 1
    # one pass: how often each (group, answer, final) triple occurs, sorted by group
    triples, counts = _key_counts((group * k + answer) * k + final, n_groups * k * k)
    g, pair = triples // (k * k), triples % (k * k)
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    for start, end in zip(starts, np.r_[starts[1:], g.size], strict=True):
        a, b = pair[start:end] // k, pair[start:end] % k
        cats, codes = np.unique(np.concatenate([a, b]), return_inverse=True)
        n = end - start
        table = np.zeros((cats.size, cats.size))
        np.add.at(table, (codes[:n], codes[n:]), counts[start:end])
        try:
            out[int(g[start])] = cohen_kappa_from_table(table).kappa
        except AgreementError:
            out[int(g[start])] = None
    return out


def _key_counts(keys: IntArray, n_keys: int) -> tuple[IntArray, IntArray]:
    """The distinct keys (sorted) and how often each occurs, like ``numpy.unique``; by
    counting when the key range is small enough, else by sorting."""
    if n_keys <= max(4 * keys.size, 1 << 16):
        counts = np.bincount(keys, minlength=n_keys)
        found = np.flatnonzero(counts)
        return found, counts[found]
    found, counts = np.unique(keys, return_counts=True)
    return found, counts


def too_fast(rates: list[float | None]) -> tuple[list[bool], float | None]:
    """Which rates are more than twice the median rate (over the defined ones), and the median."""
    known = [r for r in rates if r is not None]
    if not known:
        return [False] * len(rates), None
    median = float(np.median(known))
    return [r is not None and r > 2.0 * median for r in rates], median


def ratio(num: float, den: float) -> float | None:
    """``num / den`` as a plain float, or None when ``den`` is 0."""
    return None if den == 0 else float(num / den)


# --------------------------------------------------------------------------- batch-wide


@dataclass(frozen=True)
class BatchAgreement:
    """Agreement among the blind answers of items answered at least twice.

    Attributes
    ----------
    n_items : int
        Items with two or more answers (the ones compared).
    n_ratings : int
        Answers on those items.
    percent : Estimate or None
        Pairwise percent agreement (a proportion), with its 95% bootstrap interval.
    fleiss_kappa : Estimate or None
        Fleiss' kappa, when every compared item has the same number of answers.
    krippendorff_alpha : Estimate or None
        Krippendorff's alpha, nominal.
    warnings : tuple of str
        Why a statistic is missing, and whether too few items are shared to trust them.
    """

    n_items: int
    n_ratings: int
    percent: Estimate | None
    fleiss_kappa: Estimate | None
    krippendorff_alpha: Estimate | None
    warnings: tuple[str, ...]


def _rating_matrix(d: QAData, scope: BoolArray) -> tuple[IntArray, int]:
    """The answers of items answered at least twice as a ratings x items code matrix."""
    rows = scope & (d.category >= 0)
    conv, cat = d.conv[rows], d.category[rows]
    per_item = np.bincount(conv, minlength=d.conversations.size)
    keep = per_item[conv] >= 2
    conv, cat = conv[keep], cat[keep]
    order = np.argsort(conv, kind="stable")
    conv, cat = conv[order], cat[order]
    starts = np.flatnonzero(np.r_[True, conv[1:] != conv[:-1]]) if conv.size else conv
    items = conv[starts]
    depth = np.diff(np.r_[starts, conv.size])
    width = int(depth.max()) if depth.size else 0
    codes = np.full((width, items.size), -1, dtype=np.int64)
    slot = np.arange(conv.size) - np.repeat(starts, depth)
    codes[slot, np.repeat(np.arange(items.size), depth)] = cat
    return codes, int(conv.size)


def batch_agreement(d: QAData, scope: BoolArray) -> BatchAgreement:
    """Percent agreement, Fleiss' kappa and Krippendorff's alpha of the blind answers.

    Labels are categories (label sets); raters are interchangeable. Intervals: percentile
    bootstrap over items, :data:`BOOTSTRAP_N` resamples (:data:`BOOTSTRAP_N_LARGE` for large
    batches), seed :data:`BOOTSTRAP_SEED`.
    """
    codes, n_ratings = _rating_matrix(d, scope)
    warnings: list[str] = []
    n_items = codes.shape[1]
    if n_items < MIN_SHARED_ITEMS:
        shared = too_few_shared(CodedRatings(codes, list(d.categories), False, False))
        if shared:
            warnings.append(shared)
    if n_items == 0:
        return BatchAgreement(0, 0, None, None, None, tuple(warnings))
    counts, sizes = pattern_counts(CodedRatings(codes, list(d.categories), False, False))
    k = counts.shape[1]
    n_boot = BOOTSTRAP_N if counts.size <= BOOTSTRAP_CELLS else BOOTSTRAP_N_LARGE
    samples = np.concatenate(
        list(resample_weights(sizes, n_boot, np.random.default_rng(BOOTSTRAP_SEED)))
    )
    weights = np.vstack([sizes[None, :], samples]).astype(np.float64)
    m = counts.sum(axis=1)
    fleiss = None
    if (m == m[0]).all():
        fleiss = _estimate("Fleiss' kappa", fleiss_kappa_weighted(counts, weights)[0], warnings)
    else:
        warnings.append(
            f"Fleiss' kappa not shown: items have between {int(m.min())} and {int(m.max())} "
            "answers; it needs the same number of answers on every item"
        )
    return BatchAgreement(
        n_items=n_items,
        n_ratings=n_ratings,
        percent=_estimate(
            "percent agreement", percent_agreement_weighted(counts, weights), warnings
        ),
        fleiss_kappa=fleiss,
        krippendorff_alpha=_estimate(
            "Krippendorff's alpha",
            krippendorff_alpha_weighted(counts, weights, 1.0 - np.eye(k)),
            warnings,
        ),
        warnings=tuple(warnings),
    )


def _estimate(name: str, values: FloatArray, warnings: list[str]) -> Estimate | None:
    """The first value with the 2.5% and 97.5% quantiles of the rest (the resamples)."""
    value, boot = float(values[0]), values[1:]
    if math.isnan(value):
        warnings.append(f"{name} not shown: it is undefined here (no variation in the answers)")
        return None
    boot = boot[~np.isnan(boot)]
    if boot.size == 0:
        return Estimate(value, None, None)
    low, high = np.quantile(boot, [0.025, 0.975])
    return Estimate(value, float(low), float(high))
