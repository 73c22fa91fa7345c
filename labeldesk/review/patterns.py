"""Units grouped by their ratings, and bootstrap resamples drawn as pattern counts.

Agreement statistics depend on a unit only through its *pattern*: the column of category
codes the raters gave it (or, when rater identity does not matter, the sorted column). A
million units of twenty categories and two or three raters have only hundreds or a few
thousand distinct patterns, so every statistic is a weighted sum over patterns, with the
number of units of each pattern as the weights.

The same holds for the bootstrap. Drawing ``n`` units with replacement from ``n`` units and
counting how many fall in each pattern gives pattern counts with a multinomial
distribution, ``Multinomial(n, sizes / n)``: :func:`resample_weights` draws those counts
directly (exactly the same distribution as resampling the units one by one), so a resample
costs work in the number of patterns, not in the number of units.

Only numpy (and pandas' hash table); no labeldesk imports, so every agreement module can
build on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

#: A pattern with fewer units than this is resampled by drawing units, a larger one by a
#: binomial draw (a binomial costs about as much as drawing this many unit indices).
SMALL_GROUP = 10
#: Resamples are drawn in chunks whose weight matrix has at most this many cells.
CHUNK_CELLS = 4_000_000


@dataclass(frozen=True)
class Groups:
    """The distinct columns of a code matrix and how many times each occurs.

    Attributes
    ----------
    columns : numpy.ndarray of int64, shape (n_rows, n_groups)
        Each distinct column once (in a fixed order that depends only on the input).
    sizes : numpy.ndarray of int64, shape (n_groups,)
        How many columns of the input equal each distinct column.
    inverse : numpy.ndarray of int64, shape (n_columns,)
        The group of each input column.
    """

    columns: IntArray
    sizes: IntArray
    inverse: IntArray


def group_columns(codes: npt.ArrayLike) -> Groups:
    """Group the identical columns of a matrix of category codes.

    Parameters
    ----------
    codes : array_like of int, shape (n_rows, n_columns)
        Codes ``>= -1`` (-1 for a missing rating).

    Returns
    -------
    Groups
        The distinct columns, their counts and each column's group.
    """
    arr = np.asarray(codes, dtype=np.int64)
    n_rows, n_cols = arr.shape
    if n_cols == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Groups(np.zeros((n_rows, 0), dtype=np.int64), empty, empty)
    base = int(arr.max()) + 2 if arr.size else 1
    if base**n_rows < 2**62:
        # Exact: the column read as a number in base ``base`` (codes shifted to >= 0).
        key = np.zeros(n_cols, dtype=np.int64)
        for row in arr:
            key = key * base + (row + 1)
        first, inverse, sizes = _unique_keys(key)
        return Groups(arr[:, first], sizes, inverse)
    return _group_by_hash(arr)


def _unique_keys(key: npt.NDArray[Any]) -> tuple[IntArray, IntArray, IntArray]:
    """``numpy.unique(key, return_index=True, return_inverse=True, return_counts=True)``
    without its sort of every key: a hash table finds the distinct keys, and only those
    are sorted. Returns the first position of each distinct key (in sorted key order),
    each key's group and the group sizes."""
    import pandas as pd

    if key.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    codes, uniques = pd.factorize(key)
    codes = np.asarray(codes, dtype=np.int64)
    # Codes are numbered in order of first appearance: a code is new where it first exceeds
    # every code before it.
    seen = np.maximum.accumulate(codes)
    first_seen = np.flatnonzero(np.r_[True, codes[1:] > seen[:-1]])
    order = np.argsort(np.asarray(uniques), kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    inverse = rank[codes]
    sizes = np.bincount(inverse, minlength=order.size).astype(np.int64)
    return first_seen[order], inverse, sizes


def _group_by_hash(arr: IntArray) -> Groups:
    """Group columns by a 64-bit hash, checked exactly (collisions fall back to sorting)."""
    multipliers = np.random.default_rng(20240611).integers(
        1, 2**63, size=(arr.shape[0],), dtype=np.uint64
    )
    # Row by row (no rows x columns temporaries): the wrapped sum of (code + 1) * multiplier.
    key = np.zeros(arr.shape[1], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for row, multiplier in zip(arr, multipliers, strict=True):
            np.add(key, (row + 1).astype(np.uint64) * multiplier, out=key)
    first, inverse, sizes = _unique_keys(key)
    representative = first[inverse]
    if all((row == row[representative]).all() for row in arr):
        return Groups(arr[:, first], sizes, inverse)
    columns, inverse, sizes = np.unique(arr.T, axis=0, return_inverse=True, return_counts=True)
    return Groups(
        np.ascontiguousarray(columns.T), sizes.astype(np.int64), inverse.ravel().astype(np.int64)
    )


def count_table(columns: npt.ArrayLike, n_categories: int) -> IntArray:
    """How many times each category occurs in each column.

    Parameters
    ----------
    columns : array_like of int, shape (n_rows, n_columns)
        Category codes, -1 for missing.
    n_categories : int
        Number of categories (codes run from 0 to ``n_categories - 1``).

    Returns
    -------
    numpy.ndarray of int64, shape (n_columns, n_categories)
        ``table[j, c]`` counts the rows of column ``j`` holding code ``c``.
    """
    arr = np.asarray(columns, dtype=np.int64)
    n_cols = arr.shape[1]
    col = np.broadcast_to(np.arange(n_cols), arr.shape)
    rated = arr >= 0
    flat = col[rated] * n_categories + arr[rated]
    return np.bincount(flat, minlength=n_cols * n_categories).reshape(n_cols, n_categories)


class ColumnSums:
    """A reusable plan for adding up columns of weight matrices, group by group.

    Parameters
    ----------
    groups : array_like of int, shape (n_entries,)
        The group of each entry, in ``0 .. n_groups - 1``.
    n_groups : int
        Number of groups.
    columns : array_like of int, shape (n_entries,), optional
        The weight column each entry reads (a column may feed several entries); by default
        entry ``i`` reads column ``i``.
    """

    def __init__(
        self, groups: npt.ArrayLike, n_groups: int, columns: npt.ArrayLike | None = None
    ) -> None:
        self.groups = np.asarray(groups, dtype=np.int64)
        self.n_groups = n_groups
        self.columns = None if columns is None else np.asarray(columns, dtype=np.int64)

    def __call__(self, weights: npt.ArrayLike) -> FloatArray:
        """Row sums of ``weights`` per group (one ``bincount`` per row).

        Returns
        -------
        numpy.ndarray of float64, shape (n_rows, n_groups)
            Zero for a group no entry belongs to.
        """
        w = np.asarray(weights, dtype=np.float64)
        out = np.empty((w.shape[0], self.n_groups), dtype=np.float64)
        for r, row in enumerate(w):
            picked = row if self.columns is None else row[self.columns]
            out[r] = np.bincount(self.groups, weights=picked, minlength=self.n_groups)
        return out


def sum_columns(weights: npt.ArrayLike, groups: npt.ArrayLike, n_groups: int) -> FloatArray:
    """Add up the columns of a weight matrix that belong to the same group.

    Parameters
    ----------
    weights : array_like, shape (n_rows, n_columns)
        One row per resample, one column per pattern.
    groups : array_like of int, shape (n_columns,)
        The group of each column, in ``0 .. n_groups - 1``.
    n_groups : int
        Number of groups.

    Returns
    -------
    numpy.ndarray of float64, shape (n_rows, n_groups)
        Row sums per group; zero for a group no column belongs to.
    """
    return ColumnSums(groups, n_groups)(weights)


def resample_weights(sizes: npt.ArrayLike, n: int, rng: np.random.Generator) -> Iterator[IntArray]:
    """Bootstrap resamples of units, as counts per pattern, in chunks of rows.

    Resampling all ``N = sizes.sum()`` units with replacement and counting the units drawn
    from each pattern gives ``Multinomial(N, sizes / N)``. That is drawn exactly, in two
    parts: the patterns with at least :data:`SMALL_GROUP` units get their counts by
    sequential binomials (with one more outcome for "any small pattern"), and the units that
    go to the small patterns are drawn one by one among the small patterns' units.

    Parameters
    ----------
    sizes : array_like of int, shape (n_patterns,)
        Units per pattern.
    n : int
        Number of resamples.
    rng : numpy.random.Generator
        The random source; the same state gives the same resamples.

    Yields
    ------
    numpy.ndarray of int64, shape (chunk, n_patterns)
        Counts per pattern of the next ``chunk`` resamples (each row sums to ``N``).
    """
    s = np.asarray(sizes, dtype=np.int64)
    total = int(s.sum())
    n_groups = s.size
    large = np.flatnonzero(s >= SMALL_GROUP)
    small = np.flatnonzero(s < SMALL_GROUP)
    # Patterns ordered large first (as unit_patterns orders them) fill contiguous blocks.
    blocks = bool((large == np.arange(large.size)).all())
    small_units = np.repeat(np.arange(small.size, dtype=np.int32), s[small])
    probs = np.append(s[large], small_units.size) / max(total, 1)
    chunk = max(1, min(n, CHUNK_CELLS // max(n_groups, 1)))
    done = 0
    while done < n:
        rows = min(chunk, n - done)
        counts = rng.multinomial(total, probs, size=rows)
        picked = _small_counts(counts[:, -1], small_units, small.size, rng)
        if blocks:
            out = np.concatenate([counts[:, :-1], picked], axis=1)
        else:
            out = np.zeros((rows, n_groups), dtype=np.int64)
            out[:, large] = counts[:, :-1]
            out[:, small] = picked
        done += rows
        yield out


def _small_counts(
    to_small: IntArray, small_units: npt.NDArray[np.int32], n_small: int, rng: np.random.Generator
) -> IntArray:
    """Counts per small pattern when ``to_small[r]`` units are drawn among their units."""
    out = np.zeros((to_small.size, n_small), dtype=np.int64)
    if not small_units.size:
        return out
    for row, k in enumerate(to_small.tolist()):
        drawn = rng.integers(0, small_units.size, k, dtype=np.int32)
        out[row] = np.bincount(small_units[drawn], minlength=n_small)
    return out
