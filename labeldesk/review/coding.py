"""Ratings as integer category codes, and units grouped into count patterns.

The input of every agreement statistic is a *reliability data matrix*: one row per rater,
one column per unit, ``None`` or NaN where a rating is missing. :func:`encode` turns it into
integer codes once (labels are coded with a hash table, ``pandas.factorize``, so a million
string labels take a few hundredths of a second), and :func:`pattern_counts` groups the
units that received the same ratings. :mod:`labeldesk.review.agreement` re-exports all of
this; import it from there.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from labeldesk.errors import LabelDeskError
from labeldesk.review.patterns import count_table, group_columns

IntArray = npt.NDArray[np.int64]


class AgreementError(LabelDeskError, ValueError):
    """An agreement statistic is undefined for the given data; the message says why."""


@dataclass(frozen=True)
class CodedRatings:
    """A reliability data matrix as integer category codes.

    Attributes
    ----------
    codes : numpy.ndarray of int64, shape (n_raters, n_units)
        ``categories`` index of each rating, -1 where a rating is missing.
    categories : list
        The categories: the given ones in their order, else the labels seen, sorted (by
        value for numbers; in order of first appearance when they cannot be compared).
    numeric : bool
        Every label and category is a real number (not a bool): interval and ratio alpha
        are possible.
    ordered : bool
        The categories have a meaningful order (given explicitly, or numbers): ordinal
        alpha and weighted kappa are possible.
    """

    codes: IntArray
    categories: list[Any]
    numeric: bool
    ordered: bool

    def matrix(self) -> npt.NDArray[np.object_]:
        """The labels as an object matrix, ``None`` where a rating is missing."""
        lookup = np.empty(len(self.categories) + 1, dtype=object)
        lookup[:-1] = self.categories
        return lookup[self.codes]  # code -1 picks the trailing None


# --------------------------------------------------------------------------- input


def matrix_from_units(units: Iterable[Sequence[Hashable | None]]) -> npt.NDArray[np.object_]:
    """Build a reliability data matrix from one list of ratings per unit.

    Parameters
    ----------
    units : iterable of sequences
        ``units[j]`` holds the ratings unit ``j`` received, in any order. Use this form only
        for statistics that do not depend on who rated what (percent agreement, Fleiss' kappa,
        Krippendorff's alpha).

    Returns
    -------
    numpy.ndarray
        An object array of shape ``(max ratings per unit, n units)``; rating ``i`` of unit
        ``j`` is in row ``i``, and the rest of the column is ``None``.
    """
    cols = [list(u) for u in units]
    depth = max((len(c) for c in cols), default=0)
    out = np.full((depth, len(cols)), None, dtype=object)
    for j, col in enumerate(cols):
        out[: len(col), j] = col
    return out


def is_missing(x: object) -> bool:
    """Tell whether a cell is a missing rating (``None`` or a float NaN)."""
    return x is None or (isinstance(x, float | np.floating) and math.isnan(x))


def as_matrix(data: object) -> npt.NDArray[np.object_]:
    """Check the shape of a reliability data matrix and return it as an object array."""
    if isinstance(data, CodedRatings):
        return data.matrix()
    try:
        arr = np.asarray(data, dtype=object)
    except ValueError as exc:  # ragged rows
        raise AgreementError(f"ratings must be a raters x units matrix: {exc}") from exc
    if arr.ndim != 2:
        raise AgreementError(
            f"ratings must be a 2-D raters x units matrix, got {arr.ndim} dimension(s)"
        )
    return arr


def missing_mask(arr: npt.NDArray[Any]) -> npt.NDArray[np.bool_]:
    """A boolean array, True where ``arr`` holds a missing rating.

    ``None`` and NaN are missing, and so are pandas' other missing markers (``pd.NA``,
    ``NaT``).
    """
    import pandas as pd

    return np.asarray(pd.isna(arr), dtype=bool)


def category_codes(
    data: object, categories: Sequence[Hashable] | None = None
) -> npt.NDArray[np.int64]:
    """The labels of a reliability data matrix as integer category codes, -1 where missing.

    Raises
    ------
    AgreementError
        If ``data`` is not a 2-D matrix, or a label is not among ``categories``.
    """
    return encode(data, categories).codes


def encode(data: object, categories: Sequence[Hashable] | None = None) -> CodedRatings:
    """Code the labels of a reliability data matrix as integers, once for many statistics.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units), or CodedRatings
        Reliability data matrix; ``None`` or NaN marks a missing rating.
    categories : sequence, optional
        All categories, in order. Without it, numeric labels are sorted by value and other
        labels by their natural order (or first appearance when they cannot be compared).

    Returns
    -------
    CodedRatings
        The codes; pass them to any statistic of this module in place of ``data``.

    Raises
    ------
    AgreementError
        If ``data`` is not a 2-D matrix, categories repeat, or a label is not among
        ``categories``.
    """
    if isinstance(data, CodedRatings):
        if categories is None or list(categories) == data.categories:
            return data
        data = data.matrix()
    arr = data if isinstance(data, np.ndarray) and _is_plain_array(data) else as_matrix(data)
    if arr.ndim != 2:
        raise AgreementError(
            f"ratings must be a 2-D raters x units matrix, got {arr.ndim} dimension(s)"
        )
    raw, seen = _factorize(arr)
    return encode_factorized(raw.reshape(arr.shape), seen, categories)


def encode_factorized(
    raw: npt.ArrayLike, labels: Sequence[Any], categories: Sequence[Hashable] | None = None
) -> CodedRatings:
    """Code ratings that are already factorized: an index into a list of labels.

    Parameters
    ----------
    raw : array_like of int, shape (n_raters, n_units)
        ``labels`` index of each rating, -1 where a rating is missing.
    labels : sequence
        The labels the indexes point to, in order of first appearance. Equal labels may
        repeat (``1`` and ``1.0``): they become one category.
    categories : sequence, optional
        As in :func:`encode`.

    Returns
    -------
    CodedRatings
        As :func:`encode` returns for the matrix of labels.

    Raises
    ------
    AgreementError
        If categories repeat, or a label is not among ``categories``.
    """
    seen = list(labels)
    distinct = list(dict.fromkeys(seen))
    numeric = all(_is_number(v) for v in distinct)
    cats = _category_order(distinct, categories, numeric=numeric)
    index = {c: i for i, c in enumerate(cats)}
    unknown = [v for v in distinct if v not in index]
    if unknown:
        raise AgreementError(f"labels not among the given categories: {sorted(map(str, unknown))}")
    lookup = np.array([index[v] for v in seen] + [-1], dtype=np.int64)
    codes = lookup[np.asarray(raw, dtype=np.int64)]  # raw -1 (missing) picks the trailing -1
    numeric = numeric and all(_is_number(c) for c in cats)
    return CodedRatings(codes, cats, numeric, ordered=numeric or categories is not None)


def _is_plain_array(data: object) -> bool:
    """A numpy array of numbers, bools or strings (coded without a detour through objects)."""
    return isinstance(data, np.ndarray) and data.dtype.kind in "biufU"


def _is_number(value: object) -> bool:
    """A real number that is not a bool."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_)


def _factorize(arr: npt.NDArray[Any]) -> tuple[IntArray, list[Any]]:
    """Codes of the cells in row-major order (-1 where missing) and the labels seen, in
    order of first appearance."""
    flat = arr.ravel()
    if arr.dtype.kind in "biu":
        uniques, inverse = np.unique(flat, return_inverse=True)
        return inverse.astype(np.int64), uniques.tolist()
    if arr.dtype.kind == "f":
        missing = np.isnan(flat)
        uniques, inverse = np.unique(flat[~missing], return_inverse=True)
        raw = np.full(flat.shape, -1, dtype=np.int64)
        raw[~missing] = inverse
        return raw, uniques.tolist()
    import pandas as pd

    raw, uniques = pd.factorize(flat, use_na_sentinel=True)
    return raw.astype(np.int64), list(uniques)


def _category_order(
    seen: list[Any], categories: Sequence[Hashable] | None, *, numeric: bool
) -> list[Any]:
    """The category list: the given one, else the observed labels in a stable order."""
    if categories is not None:
        cats = list(categories)
        if len(set(cats)) != len(cats):
            raise AgreementError("categories must not repeat")
        return cats
    if numeric:
        return sorted(seen)
    try:
        return sorted(seen)
    except TypeError:
        return list(seen)


def pattern_counts(coded: CodedRatings) -> tuple[IntArray, IntArray]:
    """The units' category counts, grouped: each distinct count row once, with its units.

    Parameters
    ----------
    coded : CodedRatings
        From :func:`encode`.

    Returns
    -------
    counts : numpy.ndarray of int64, shape (n_patterns, n_categories)
        ``counts[g, c]`` is how many raters put a unit of pattern ``g`` in category ``c``.
    sizes : numpy.ndarray of int64, shape (n_patterns,)
        How many units have pattern ``g``.
    """
    codes = coded.codes
    depth = int((codes >= 0).sum(axis=0).max()) if codes.size else 0
    # Sorting each column makes rater order irrelevant; rows that are missing in every
    # column after sorting (the first n_raters - depth) carry no information.
    ranked = np.sort(codes, axis=0)[codes.shape[0] - depth :]
    groups = group_columns(ranked)
    return count_table(groups.columns, len(coded.categories)), groups.sizes


# --------------------------------------------------------------------------- shared arithmetic

#: Why a statistic that compares ratings within a unit is undefined without pairs.
NOT_PAIRABLE = "no unit has two or more ratings, so nothing can be compared"


def ratio_or_nan(num: npt.ArrayLike, den: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """``num / den``, NaN where ``den`` is zero."""
    n, d = np.asarray(num, dtype=np.float64), np.asarray(den, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(d > 0, n / np.where(d > 0, d, 1.0), np.nan)


def weights_row(sizes: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Pattern sizes as a one-row weight matrix (the weighting that gives a statistic's
    own value)."""
    return np.asarray(sizes, dtype=np.float64)[None, :]
