"""Percentile bootstrap intervals of agreement statistics, resampling units as pattern counts.

:func:`~labeldesk.review.agreement_extra.bootstrap_ci` resamples the columns of a matrix and
recomputes a statistic from scratch, which takes about a second per resample on a million
ratings. Here every statistic is a weighted sum over unit patterns
(:mod:`labeldesk.review.patterns`), so a thousand resamples are a thousand rows of pattern
counts, drawn with the same distribution as resampling units
(:class:`~labeldesk.review.resample.PatternSampler`), and each statistic is computed for all
of them at once.

Two groupings serve different statistics: *column patterns* (who gave which label: Cohen's
kappa needs rater identity) and the coarser *count patterns* (how many ratings each category
got: percent agreement, Fleiss' kappa and Krippendorff's alpha). Resamples are drawn over
column patterns and summed into count patterns for the statistics that need no more.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from labeldesk.review.patterns import Groups, count_table, group_columns
from labeldesk.review.resample import PatternSampler, SegmentSums

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

#: Threads that draw and evaluate bootstrap resamples at once.
WORKERS = min(4, os.cpu_count() or 1)
#: A statistic of weighted patterns: one row of weights per resample in, one value out each.
Statistic = Callable[[npt.NDArray[Any]], FloatArray]


# --------------------------------------------------------------------------- pairwise kappa


@dataclass(frozen=True, eq=False)
class Layout:
    """Where resampled pattern counts go: blocks of equal-sized tables, one column per cell.

    Attributes
    ----------
    columns : numpy.ndarray of int64, shape (n_patterns,)
        The column of each column pattern (distinct).
    width : int
        Number of columns: ``n_blocks * block``.
    block : int
        Columns per block (a k x k table has ``k * k``).
    """

    columns: IntArray
    width: int
    block: int


#: Up to this many cells in all pairs' k x k tables, pair sums come from the tables.
TABLE_CELLS = 4_000_000


class PairwiseKappa:
    """Unweighted Cohen's kappa of every pair of raters over weighted column patterns.

    Kappa of a pair needs four sums over the units both raters rated: their number, the
    number they agree on, and each rater's label counts. Every (pattern, rater pair) adds
    its weight to one cell of the pair's k x k table, so a
    :class:`~labeldesk.review.resample.SegmentSums` plan turns any matrix of pattern
    weights into every pair's table at once, and the sums are the tables' margins and
    diagonals. With many categories (tables above :data:`TABLE_CELLS` cells) the margins
    and agreements are summed directly instead.

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
        pair = pair.ravel().astype(np.int64)
        self.pairs = np.stack([keys // max(self.n_raters, 1), keys % max(self.n_raters, 1)])
        ca, cb = cols[a, pattern], cols[b, pattern]
        n_pairs, k = keys.size, n_categories
        self._tables: SegmentSums | None = None
        #: When every pattern has exactly one pair of raters, each pattern is one cell of
        #: one pair's table: resamples can be drawn straight into the tables
        #: (``in_layout``); else None.
        self.layout: Layout | None = None
        if n_pairs * k * k <= TABLE_CELLS:
            cells = (pair * k + ca) * k + cb
            self._tables = SegmentSums(cells, n_pairs * k * k, pattern)
            if (np.bincount(pattern, minlength=cols.shape[1]) == 1).all():
                layout = np.empty(cols.shape[1], dtype=np.int64)
                layout[pattern] = cells
                self.layout = Layout(layout, n_pairs * k * k, k * k)
            return
        same = ca == cb
        self._rows = SegmentSums(pair * k + ca, n_pairs * k, sources=pattern)
        self._cols = SegmentSums(pair * k + cb, n_pairs * k, sources=pattern)
        self._agree = SegmentSums(pair[same], n_pairs, sources=pattern[same])

    def _pair_sums(
        self, w: npt.NDArray[Any], in_layout: bool
    ) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
        """Shared units, agreements and both raters' label counts of each pair."""
        n_pairs, k = self.pairs.shape[1], self.k
        if self._tables is not None:
            tables = (w if in_layout else self._tables(w)).reshape(w.shape[0], n_pairs, k, k)
            # Whole-number counts: every sum is exact (float32 counts stay below 2 ** 24).
            rows = np.einsum("rpab->rpa", tables).astype(np.float64)
            cols = np.einsum("rpab->rpb", tables).astype(np.float64)
            agree = np.einsum("rpaa->rp", tables).astype(np.float64)
            return rows.sum(axis=2), agree, rows, cols
        shape = (w.shape[0], n_pairs, k)
        rows = self._rows(w).reshape(shape).astype(np.float64)
        cols = self._cols(w).reshape(shape).astype(np.float64)
        agree = self._agree(w).astype(np.float64)
        return rows.sum(axis=2), agree, rows, cols

    def kappas(self, weights: npt.ArrayLike, *, in_layout: bool = False) -> FloatArray:
        """Kappa of each pair in :attr:`pairs`, ``(n_weightings, n_pairs)``.

        ``weights`` has one column per pattern, or with ``in_layout`` one per column of
        :attr:`layout`. NaN where kappa is undefined: no shared unit, or chance agreement
        (close to) 1.
        """
        shared, agree, rows, cols = self._pair_sums(np.asarray(weights), in_layout)
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

    def mean(self, weights: npt.ArrayLike, *, in_layout: bool = False) -> FloatArray:
        """The mean kappa over the pairs where it is defined; NaN where none is."""
        kappa = self.kappas(weights, in_layout=in_layout)
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
    _to_counts: SegmentSums = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Plan the sums from column-pattern weights to count-pattern weights."""
        plan = SegmentSums(self.count_of_column, self.counts.shape[0])
        object.__setattr__(self, "_to_counts", plan)

    def to_counts(self, weights: npt.ArrayLike) -> npt.NDArray[Any]:
        """Weights over column patterns summed into weights over count patterns (same dtype)."""
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
        largest first (so a resample's patterns of one size are next to each other).
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
    layout: Layout | None = None,
) -> dict[str, tuple[float, float] | None]:
    """Percentile bootstrap intervals of several statistics from the same resamples.

    Resamples are drawn in chunks, each from its own random stream (spawned from ``seed``),
    and the chunks run on up to :data:`WORKERS` threads: the result depends on ``seed``
    only, not on the threads.

    Parameters
    ----------
    patterns : UnitPatterns
        The units, grouped.
    by_count : mapping of str to callable
        Statistics of count-pattern weights, ``(n_resamples, n_count_patterns)`` float in.
    by_column : mapping of str to callable
        Statistics of column-pattern counts, ``(n_resamples, n_column_patterns)`` integers
        in (with ``layout``: ``(n_resamples, width)``, each pattern in its column).
    n : int
        Number of resamples (each draws all units with replacement; drawn as pattern
        counts by :class:`~labeldesk.review.resample.PatternSampler`).
    seed : int
        Seed of the random generator; the same seed gives the same intervals.
    level : float
        Confidence level in ``(0, 1)``.
    layout : Layout, optional
        Where ``by_column`` statistics want the counts (for example
        :attr:`PairwiseKappa.layout`).

    Returns
    -------
    dict
        ``name -> (low, high)``, the ``(1 - level) / 2`` and ``(1 + level) / 2`` quantiles
        of the statistic over the resamples where it is defined; ``None`` when it is
        undefined on every resample.
    """
    columns, width = (None, None) if layout is None else (layout.columns, layout.width)
    sampler = PatternSampler(patterns.columns.sizes, columns, width)
    sampler.prepare(n)
    to_counts = _count_sums(patterns, layout)
    rows = sampler.chunk_rows(n)
    sizes = [min(rows, n - start) for start in range(0, n, rows)]
    streams = np.random.SeedSequence(seed).spawn(len(sizes))

    def chunk(i: int) -> dict[str, FloatArray]:
        counts = sampler.draw(sizes[i], np.random.default_rng(streams[i]))
        out = {name: statistic(counts) for name, statistic in by_column.items()}
        if by_count:
            count_weights = to_counts(counts).astype(np.float64)
            out.update({name: statistic(count_weights) for name, statistic in by_count.items()})
        return out

    with ThreadPoolExecutor(max_workers=max(1, min(WORKERS, len(sizes)))) as pool:
        parts = list(pool.map(chunk, range(len(sizes))))
    out: dict[str, tuple[float, float] | None] = {}
    for name in (*by_count, *by_column):
        drawn = np.concatenate([part[name] for part in parts]) if parts else np.zeros(0)
        drawn = drawn[~np.isnan(drawn)]
        if drawn.size == 0:
            out[name] = None
            continue
        low, high = np.quantile(drawn, [(1.0 - level) / 2.0, (1.0 + level) / 2.0])
        out[name] = (float(low), float(high))
    return out


def _count_sums(
    patterns: UnitPatterns, layout: Layout | None
) -> Callable[[npt.NDArray[Any]], npt.NDArray[Any]]:
    """Column-pattern counts (in ``layout``) to count-pattern counts.

    When a cell's count pattern is the same in every block (pair tables: a pattern's
    counts are its two labels), the blocks are added up first, which leaves few columns.
    """
    n_counts = patterns.counts.shape[0]
    if layout is None:
        return SegmentSums(patterns.count_of_column, n_counts)
    cell = layout.columns % layout.block
    of_cell = np.zeros(layout.block, dtype=np.int64)
    of_cell[cell] = patterns.count_of_column
    if not (of_cell[cell] == patterns.count_of_column).all():
        return SegmentSums(patterns.count_of_column, n_counts, layout.columns)
    used = np.unique(cell)
    plan = SegmentSums(of_cell[used], n_counts, used)

    def sums(counts: npt.NDArray[Any]) -> npt.NDArray[Any]:
        blocks = counts.reshape(counts.shape[0], -1, layout.block)
        return plan(np.einsum("rbc->rc", blocks))

    return sums
