"""Krippendorff's alpha: nominal, ordinal, interval, ratio and custom differences.

Split from :mod:`labeldesk.review.agreement`, which re-exports everything here; import it
from there. Alpha uses the coincidence-matrix formulation of Krippendorff (2011): units with
fewer than two ratings are not pairable and are left out. Like the other statistics, it is
a weighted sum over count patterns (:func:`~labeldesk.review.coding.pattern_counts`), and
:class:`WeightedAlpha` evaluates it for many weightings (bootstrap resamples) at once.

References
----------
.. [1] Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
   for Communication, University of Pennsylvania.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from labeldesk.review.coding import (
    NOT_PAIRABLE,
    AgreementError,
    CodedRatings,
    encode,
    pattern_counts,
    ratio_or_nan,
    weights_row,
)

#: Measurement levels of Krippendorff's alpha.
Level = Literal["nominal", "ordinal", "interval", "ratio"]
#: A difference function for alpha: a fixed category x category matrix of squared
#: differences, or ``"ordinal"``, whose differences depend on the category frequencies.
Difference = npt.NDArray[np.float64] | Literal["ordinal"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: Above this many cells, the ordinal coincidence matrices are summed one weighting at a time.
_ORDINAL_CELLS = 20_000_000


def _ordinal_delta(n_c: FloatArray) -> FloatArray:
    """Ordinal squared differences from the marginals of ranked categories (2011, p. 6).

    ``n_c`` is ``(k,)`` or a stack ``(n, k)``; the result is ``(k, k)`` or ``(n, k, k)``.
    """
    k = n_c.shape[-1]
    cum = np.concatenate((np.zeros((*n_c.shape[:-1], 1)), np.cumsum(n_c, axis=-1)), axis=-1)
    lo = np.minimum.outer(np.arange(k), np.arange(k))
    hi = np.maximum.outer(np.arange(k), np.arange(k))
    between = cum[..., hi + 1] - cum[..., lo]
    d = between - (n_c[..., :, None] + n_c[..., None, :]) / 2.0
    return d**2


def difference_matrix(coded: CodedRatings, level: Level) -> Difference:
    """The squared difference function of a measurement level for the coded categories.

    Parameters
    ----------
    coded : CodedRatings
        From :func:`encode`.
    level : {'nominal', 'ordinal', 'interval', 'ratio'}
        Measurement level.

    Returns
    -------
    numpy.ndarray or 'ordinal'
        The category x category matrix, or ``"ordinal"`` (whose differences depend on the
        category frequencies, see :func:`krippendorff_alpha_weighted`).

    Raises
    ------
    AgreementError
        If the level is unknown or the labels do not fit it (interval and ratio need
        numbers, ratio non-negative ones; ordinal needs numbers or given categories).
    """
    k = len(coded.categories)
    if level == "nominal":
        return 1.0 - np.eye(k)
    if level == "ordinal":
        if not coded.ordered:
            raise AgreementError(
                "ordinal alpha on non-numeric labels needs categories=[...] in order"
            )
        return "ordinal"
    if level not in ("interval", "ratio"):
        raise AgreementError(f"level must be nominal, ordinal, interval or ratio, not {level!r}")
    if not coded.numeric:
        raise AgreementError(f"{level} alpha needs numeric labels, got {coded.categories[:5]!r}")
    v = np.asarray(coded.categories, dtype=np.float64)
    if level == "interval":
        return np.subtract.outer(v, v) ** 2
    if (v < 0).any():
        raise AgreementError("ratio alpha needs non-negative values")
    total = np.add.outer(v, v)
    diff = np.subtract.outer(v, v)
    safe = np.where(total == 0, 1.0, total)
    return np.where(total == 0, 0.0, diff / safe) ** 2


def krippendorff_alpha_weighted(
    counts: npt.ArrayLike, weights: npt.ArrayLike, difference: Difference
) -> FloatArray:
    """Krippendorff's alpha for each row of pattern weights.

    With ``n_c`` the pairable values of category ``c``, ``n`` their total and ``o`` the
    coincidence matrix, ``alpha = 1 - (n - 1) sum(o * delta) / sum(n_c n_k delta)``. For a
    fixed ``delta`` the observed part is a weighted sum of one number per pattern; for
    ordinal data ``delta`` follows each weighting's own marginals, so the coincidence
    matrix is summed per weighting.

    Parameters
    ----------
    counts : array_like, shape (n_patterns, n_categories)
        Category counts per pattern (see :func:`pattern_counts`).
    weights : array_like, shape (n_weightings, n_patterns)
        Units per pattern, one row per weighting.
    difference : numpy.ndarray or 'ordinal'
        From :func:`difference_matrix`, or any symmetric non-negative matrix with a zero
        diagonal.

    Returns
    -------
    numpy.ndarray of float64, shape (n_weightings,)
        Alpha; NaN where no unit is pairable or the expected disagreement is zero.
    """
    return WeightedAlpha(counts, difference)(weights)


class WeightedAlpha:
    """:func:`krippendorff_alpha_weighted` with the per-pattern terms computed once.

    Parameters
    ----------
    counts : array_like, shape (n_patterns, n_categories)
        Category counts per pattern.
    difference : numpy.ndarray or 'ordinal'
        See :func:`krippendorff_alpha_weighted`.
    """

    def __init__(self, counts: npt.ArrayLike, difference: Difference) -> None:
        c = np.asarray(counts, dtype=np.float64)
        m = c.sum(axis=1)
        self._keep = m >= 2
        self._ordinal = isinstance(difference, str)
        self._nominal: tuple[IntArray, IntArray, FloatArray] | None = None
        if self._ordinal:
            self._c = c[self._keep]
            self._inv = 1.0 / (m[self._keep] - 1.0)
            return
        self._delta = np.asarray(difference, dtype=np.float64)
        c = c * self._keep[:, None]  # units with fewer than two ratings are not pairable
        inv = 1.0 / np.where(self._keep, m - 1.0, 1.0)
        k = c.shape[1]
        if self._delta.shape == (k, k) and (self._delta == 1.0 - np.eye(k)).all():
            # Nominal: sum(o * delta) per pattern is m^2 - sum(c^2) and sum(n_c n_k delta)
            # is n^2 - sum(n_c^2), whole numbers that any order of adding gives exactly;
            # n_c only needs each pattern's categories that occur (few of many).
            observed = (m * m - (c * c).sum(axis=1)) * self._keep * inv
            pattern, category = np.nonzero(c)
            order = np.argsort(category, kind="stable")
            self._nominal = (pattern[order], category[order], c[pattern[order], category[order]])
            self._terms = np.stack([self._keep.astype(np.float64), observed], axis=1)
            return
        observed = (((c @ self._delta) * c).sum(axis=1) - c @ np.diag(self._delta)) * inv
        # One product gives the pairable weight, the observed disagreement and n_c.
        self._terms = np.concatenate([self._keep[:, None], observed[:, None], c], axis=1)

    def __call__(self, weights: npt.ArrayLike) -> FloatArray:
        """Alpha of each row of ``weights``; NaN where it is undefined."""
        w = np.asarray(weights, dtype=np.float64)
        if self._ordinal:
            wk = w[:, self._keep]
            n_c = wk @ self._c
            d_obs, d_exp = _ordinal_disagreement(self._c, self._inv, wk, n_c)
            pairable = wk.sum(axis=1)
        elif self._nominal is not None:
            sums = w @ self._terms
            pairable, d_obs = sums[:, 0], sums[:, 1]
            n_c = self._category_totals(w)
            n = n_c.sum(axis=1)
            d_exp = n * n - (n_c * n_c).sum(axis=1)
        else:
            sums = w @ self._terms
            pairable, d_obs, n_c = sums[:, 0], sums[:, 1], sums[:, 2:]
            d_exp = ((n_c @ self._delta) * n_c).sum(axis=1)
        n = n_c.sum(axis=1)
        return 1.0 - ratio_or_nan((n - 1.0) * d_obs, np.where(pairable > 0, d_exp, 0.0))

    def _category_totals(self, w: FloatArray) -> FloatArray:
        """``w @ counts`` (kept patterns only) from the counts' non-zero entries."""
        assert self._nominal is not None
        pattern, category, count = self._nominal
        k = self._delta.shape[0]
        out = np.zeros((w.shape[0], k))
        if pattern.size == 0:
            return out
        starts = np.flatnonzero(np.r_[True, category[1:] != category[:-1]])
        out[:, category[starts]] = np.add.reduceat(w[:, pattern] * count, starts, axis=1)
        return out


def _ordinal_disagreement(
    c: FloatArray, inv: FloatArray, wk: FloatArray, n_c: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Observed ``sum(o * delta)`` and expected ``sum(n_c n_k delta)`` with ordinal deltas."""
    k = c.shape[1]
    scaled = wk * inv  # (n_weightings, patterns): each pattern's weight / (m - 1)
    if wk.shape[0] > 1 and c.shape[0] * k * k <= _ORDINAL_CELLS:
        pairs = (c[:, :, None] * c[:, None, :]).reshape(c.shape[0], k * k)
        o = (scaled @ pairs).reshape(-1, k, k)
    else:
        o = np.stack([(c.T * row) @ c for row in scaled]) if wk.shape[0] else np.zeros((0, k, k))
    diag = np.arange(k)
    o[:, diag, diag] -= scaled @ c
    delta = _ordinal_delta(n_c)
    d_obs = (o * delta).sum(axis=(1, 2))
    d_exp = np.einsum("bi,bij,bj->b", n_c, delta, n_c)
    return d_obs, d_exp


def krippendorff_alpha_from_counts(
    counts: npt.ArrayLike, sizes: npt.ArrayLike, difference: Difference
) -> float:
    """Krippendorff's alpha of units given as count patterns.

    Parameters
    ----------
    counts : array_like, shape (n_patterns, n_categories)
        Category counts per pattern (see :func:`pattern_counts`).
    sizes : array_like, shape (n_patterns,)
        Units per pattern.
    difference : numpy.ndarray or 'ordinal'
        See :func:`krippendorff_alpha_weighted`.

    Returns
    -------
    float
        Alpha.

    Raises
    ------
    AgreementError
        If no unit is pairable or the expected disagreement is zero.
    """
    counts = np.asarray(counts)
    if not (counts.sum(axis=1) >= 2).any():
        raise AgreementError(NOT_PAIRABLE)
    value = float(krippendorff_alpha_weighted(counts, weights_row(sizes), difference)[0])
    if math.isnan(value):
        raise AgreementError(
            "alpha is undefined: the pairable ratings show no variation (expected "
            "disagreement is zero)"
        )
    return value


def krippendorff_alpha(
    data: object,
    level: Level = "nominal",
    *,
    categories: Sequence[Hashable] | None = None,
) -> float:
    """Krippendorff's alpha for nominal, ordinal, interval or ratio data with missing ratings.

    Uses the coincidence-matrix formulation of Krippendorff (2011): units with fewer than two
    ratings are not pairable and are left out.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units), or CodedRatings
        Reliability data matrix; ``None`` or NaN marks a missing rating. Interval and ratio
        data must be numeric (ratio: non-negative).
    level : {'nominal', 'ordinal', 'interval', 'ratio'}
        Measurement level, which picks the difference function.
    categories : sequence, optional
        All categories, in rank order for ordinal data (required there unless the labels
        are numbers, which are ranked by value). Unused categories do not change alpha.

    Returns
    -------
    float
        Alpha: 1 is perfect reliability, 0 is chance, below 0 is systematic disagreement.

    Raises
    ------
    AgreementError
        If no unit is pairable, the pairable ratings have no variation, the level is unknown,
        or the labels do not fit the level.
    """
    coded = encode(data, categories)
    difference = difference_matrix(coded, level)
    return krippendorff_alpha_from_counts(*pattern_counts(coded), difference)


def krippendorff_alpha_distance(
    data: object,
    distance: Callable[[Any, Any], float],
    *,
    categories: Sequence[Hashable] | None = None,
) -> float:
    """Krippendorff's alpha with a custom difference function.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units), or CodedRatings
        Reliability data matrix; ``None`` or NaN marks a missing rating.
    distance : callable
        ``distance(a, b)`` is the squared difference ``delta**2`` between two labels: zero
        when ``a == b``, symmetric and non-negative (for example a normalised tree path
        length between taxonomy labels). It is called once per pair of categories.
    categories : sequence, optional
        All categories; only needed to reject unexpected labels.

    Returns
    -------
    float
        Alpha under that difference function.

    Raises
    ------
    AgreementError
        If no unit is pairable, the distance is not zero on equal labels, symmetric and
        non-negative, or the expected disagreement is zero.
    """
    coded = encode(data, categories)
    difference = distance_matrix(coded.categories, distance)
    return krippendorff_alpha_from_counts(*pattern_counts(coded), difference)


def distance_matrix(categories: Sequence[Any], distance: Callable[[Any, Any], float]) -> FloatArray:
    """A custom difference function as a checked category x category matrix.

    Parameters
    ----------
    categories : sequence
        The categories, in code order.
    distance : callable
        ``distance(a, b)``, the squared difference between two labels.

    Returns
    -------
    numpy.ndarray of float64, shape (k, k)
        ``distance(categories[i], categories[j])``.

    Raises
    ------
    AgreementError
        If the distance is not finite, non-negative, symmetric and zero on equal labels.
    """
    cats = list(categories)
    delta = np.array([[float(distance(a, b)) for b in cats] for a in cats], dtype=np.float64)
    if delta.size and (
        not np.isfinite(delta).all()
        or (delta < 0).any()
        or (np.diag(delta) != 0).any()
        or not np.allclose(delta, delta.T)
    ):
        raise AgreementError(
            "the distance must be finite, non-negative, symmetric and zero for equal labels"
        )
    return delta.reshape(len(cats), len(cats))
