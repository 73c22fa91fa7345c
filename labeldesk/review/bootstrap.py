"""Percentile bootstrap intervals of agreement statistics, resampling units as pattern counts.

:func:`~labeldesk.review.agreement_extra.bootstrap_ci` resamples the columns of a matrix and
recomputes a statistic from scratch, which takes about a second per resample on a million
ratings. Here every statistic is a weighted sum over unit patterns
(:mod:`labeldesk.review.patterns`), so a thousand resamples are a thousand rows of pattern
counts, drawn with the same distribution as resampling units, and each statistic is computed
for all of them at once by matrix products.

Two groupings serve different statistics: *column patterns* (who gave which label: Cohen's
kappa needs rater identity) and the coarser *count patterns* (how many ratings each category
got: percent agreement, Fleiss' kappa and Krippendorff's alpha). Resamples are drawn over
column patterns; a statistic of count patterns either reads them with each column pattern's
count row, or (ordinal alpha, whose differences follow each resample's marginals) gets them
summed into count patterns first.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from labeldesk.review.patterns import (
    ColumnSums,
    Groups,
    count_table,
    group_columns,
    resample_weights,
)

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

#: Up to this many cells, per-pair sums are a dense matrix product (one BLAS call).
DENSE_CELLS = 4_000_000
#: Up to this many cells in all pairs' k x k tables, pairs are summed as tables.
TABLE_CELLS = 200_000
#: A statistic of weighted patterns: one row of weights per resample in, one value out each.
Statistic = Callable[[FloatArray], FloatArray]


# --------------------------------------------------------------------------- pairwise kappa


class PairwiseKappa:
    """Unweighted Cohen's kappa of every pair of raters over weighted column patterns.

    Kappa of a pair needs four sums over the units both raters rated: their number, the
    number they agree on, and each rater's label counts. Every (pattern, rater pair) adds
    to those sums, so one :class:`~labeldesk.review.patterns.ColumnSums` plan turns any
    matrix of pattern weights into the sums of every pair at once.

    Parameters
    ----------
    columns : array_like of int, shape (n_raters, n_patterns)
        Distinct columns of category codes, -1 where a rater did not rate.
    n_categories : int
        Number of categories.
    """

    def __init__(self, columns: npt.ArrayLike, n_categories: int) -> None:
        cols = np.asarray(columns, dtype=np.int64)
        self.n_raters = cols.shape[0]
        self.k = n_categories
        pattern, a, b = _rater_pairs(cols)
        keys, pair = np.unique(a * self.n_raters + b, return_inverse=True)
        self.pairs = np.stack([keys // max(self.n_raters, 1), keys % max(self.n_raters, 1)])
        ca, cb = cols[a, pattern], cols[b, pattern]
        n_pairs, n_patterns, k = keys.size, cols.shape[1], n_categories
        # Three ways to the sums, fastest first: a dense product into each pair's sums; or,
        # with many patterns, each pattern's weight added into one cell of its pair's k x k
        # table (one entry per pattern and pair); or, with many categories, into the sums.
        dense = n_patterns * n_pairs * (2 + 2 * k) <= DENSE_CELLS
        self._tables = not dense and n_pairs * k * k <= TABLE_CELLS
        if self._tables:
            features, sources, n_features = pair * k * k + ca * k + cb, pattern, n_pairs * k * k
        else:
            width = 2 + 2 * k
            base = pair.astype(np.int64) * width
            same = ca == cb
            features = np.concatenate([base, base[same] + 1, base + 2 + ca, base + 2 + k + cb])
            sources = np.concatenate([pattern, pattern[same], pattern, pattern])
            n_features = n_pairs * width
        self._dense: FloatArray | None = None
        if dense:
            self._dense = np.zeros((n_patterns, n_features))
            np.add.at(self._dense, (sources, features), 1.0)
        self._sums = ColumnSums(features, n_features, columns=sources)

    def _pair_sums(self, w: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
        """Shared units, agreements and both raters' label counts of each pair."""
        sums = w @ self._dense if self._dense is not None else self._sums(w)
        k, n_pairs = self.k, self.pairs.shape[1]
        if self._tables:
            tables = sums.reshape(w.shape[0], n_pairs, k, k)
            rows, cols = tables.sum(axis=3), tables.sum(axis=2)
            agree = np.trace(tables, axis1=2, axis2=3)
            return rows.sum(axis=2), agree, rows, cols
        sums = sums.reshape(w.shape[0], n_pairs, 2 + 2 * k)
        return sums[..., 0], sums[..., 1], sums[..., 2 : 2 + k], sums[..., 2 + k :]

    def kappas(self, weights: npt.ArrayLike) -> FloatArray:
        """Kappa of each pair in :attr:`pairs`, ``(n_weightings, n_pairs)``.

        NaN where kappa is undefined: no shared unit, or chance agreement (close to) 1.
        """
        shared, agree, rows, cols = self._pair_sums(np.asarray(weights, dtype=np.float64))
        with np.errstate(divide="ignore", invalid="ignore"):
            expected = (rows * cols).sum(axis=-1) / shared**2
            kappa = (agree / shared - expected) / (1.0 - expected)
        return np.where((shared == 0) | np.isclose(expected, 1.0), np.nan, kappa)

    def matrix(self, weights: npt.ArrayLike) -> FloatArray:
        """Kappa of every rater pair, ``(n_weightings, n_raters, n_raters)``.

        NaN where kappa is undefined (no shared unit, or chance agreement 1) and on the
        diagonal.
        """
        kappa = self.kappas(weights)
        out = np.full((kappa.shape[0], self.n_raters, self.n_raters), np.nan)
        a, b = self.pairs
        out[:, a, b] = kappa
        out[:, b, a] = kappa
        return out

    def mean(self, weights: npt.ArrayLike) -> FloatArray:
        """The mean kappa over the pairs where it is defined; NaN where none is."""
        kappa = self.kappas(weights)
        defined = ~np.isnan(kappa)
        count = defined.sum(axis=1)
        total = np.where(defined, kappa, 0.0).sum(axis=1)
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def _rater_pairs(cols: IntArray) -> tuple[IntArray, IntArray, IntArray]:
    """Every (pattern, rater a, rater b) with a < b both rating the pattern."""
    rated = cols >= 0
    per_pattern = rated.sum(axis=0)
    found: list[tuple[IntArray, IntArray, IntArray]] = []
    for m in np.unique(per_pattern[per_pattern >= 2]):
        patterns = np.flatnonzero(per_pattern == m)
        # The raters of each pattern in ascending order: a stable sort puts rated ones first.
        raters = np.argsort(~rated[:, patterns], axis=0, kind="stable")[:m]
        for i, j in itertools.combinations(range(int(m)), 2):
            found.append((patterns, raters[i], raters[j]))
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    pattern, a, b = (np.concatenate(parts).astype(np.int64) for parts in zip(*found, strict=True))
    return pattern, a, b


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class UnitPatterns:
    """A code matrix grouped twice: by column pattern and by count pattern.

    Attributes
    ----------
    columns : Groups
        Distinct columns (rater identity kept), with their sizes, largest first.
    counts : numpy.ndarray of int64, shape (n_count_patterns, n_categories)
        Distinct category-count rows.
    count_sizes : numpy.ndarray of int64, shape (n_count_patterns,)
        Units per count pattern.
    count_of_column : numpy.ndarray of int64, shape (n_column_patterns,)
        The count pattern of each column pattern.
    n_categories : int
        Number of categories.
    """

    columns: Groups
    counts: IntArray
    count_sizes: IntArray
    count_of_column: IntArray
    n_categories: int
    _to_counts: ColumnSums = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Plan the sums from column-pattern weights to count-pattern weights."""
        plan = ColumnSums(self.count_of_column, self.counts.shape[0])
        object.__setattr__(self, "_to_counts", plan)

    def to_counts(self, weights: npt.ArrayLike) -> FloatArray:
        """Weights over column patterns summed into weights over count patterns."""
        return self._to_counts(weights)


def unit_patterns(codes: npt.ArrayLike, n_categories: int) -> UnitPatterns:
    """Group the units (columns) of a code matrix into column and count patterns.

    Parameters
    ----------
    codes : array_like of int, shape (n_raters, n_units)
        Category codes, -1 where a rating is missing.
    n_categories : int
        Number of categories.

    Returns
    -------
    UnitPatterns
        Both groupings and the map between them; column patterns are ordered by size,
        largest first (so :func:`~labeldesk.review.patterns.resample_weights` fills
        contiguous blocks).
    """
    found = group_columns(codes)
    order = np.argsort(-found.sizes, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    columns = Groups(found.columns[:, order], found.sizes[order], rank[found.inverse])
    by_count = group_columns(np.sort(columns.columns, axis=0))
    count_sizes = np.bincount(
        by_count.inverse, weights=columns.sizes, minlength=by_count.sizes.size
    ).astype(np.int64)
    return UnitPatterns(
        columns=columns,
        counts=count_table(by_count.columns, n_categories),
        count_sizes=count_sizes,
        count_of_column=by_count.inverse,
        n_categories=n_categories,
    )


# --------------------------------------------------------------------------- intervals


def bootstrap_intervals(
    patterns: UnitPatterns,
    *,
    by_count: Mapping[str, Statistic],
    by_column: Mapping[str, Statistic],
    n: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> dict[str, tuple[float, float] | None]:
    """Percentile bootstrap intervals of several statistics from the same resamples.

    Parameters
    ----------
    patterns : UnitPatterns
        The units, grouped.
    by_count : mapping of str to callable
        Statistics of count-pattern weights, ``(n_resamples, n_count_patterns)`` in.
    by_column : mapping of str to callable
        Statistics of column-pattern weights, ``(n_resamples, n_column_patterns)`` in.
    n : int
        Number of resamples (each draws all units with replacement).
    seed : int
        Seed of the random generator; the same seed gives the same intervals.
    level : float
        Confidence level in ``(0, 1)``.

    Returns
    -------
    dict
        ``name -> (low, high)``, the ``(1 - level) / 2`` and ``(1 + level) / 2`` quantiles
        of the statistic over the resamples where it is defined; ``None`` when it is
        undefined on every resample.
    """
    rng = np.random.default_rng(seed)
    values: dict[str, list[FloatArray]] = {name: [] for name in (*by_count, *by_column)}
    for counts in resample_weights(patterns.columns.sizes, n, rng):
        weights = counts.astype(np.float64)
        if by_count:
            count_weights = patterns.to_counts(weights)
            for name, statistic in by_count.items():
                values[name].append(statistic(count_weights))
        for name, statistic in by_column.items():
            values[name].append(statistic(weights))
    out: dict[str, tuple[float, float] | None] = {}
    for name, parts in values.items():
        drawn = np.concatenate(parts) if parts else np.zeros(0)
        drawn = drawn[~np.isnan(drawn)]
        if drawn.size == 0:
            out[name] = None
            continue
        low, high = np.quantile(drawn, [(1.0 - level) / 2.0, (1.0 + level) / 2.0])
        out[name] = (float(low), float(high))
    return out
