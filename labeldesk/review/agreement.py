"""Inter-annotator agreement: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha.

Every statistic reads the same input, a *reliability data matrix*: one row per rater
(annotator), one column per unit (item), and ``None`` or NaN where a rater did not rate a
unit. Labels may be numbers or any hashable values (strings, enums). When raters are
interchangeable, :func:`matrix_from_units` builds such a matrix from one list of ratings per
unit; :func:`encode` turns a matrix into integer category codes once, and every statistic
accepts the resulting :class:`CodedRatings` in place of the matrix.

The computations are vectorised with numpy. Labels are coded with a hash table
(``pandas.factorize``); units with the same ratings are then grouped into *patterns*
(:mod:`labeldesk.review.patterns`), and each statistic is a weighted sum over patterns. The
``*_weighted`` functions take a matrix of weights, one row per weighting: the pattern sizes
give the statistic itself, and bootstrap resamples drawn as pattern counts give the whole
bootstrap distribution in one pass.

Degenerate input, where a statistic is undefined (no pairable units, no variation at all,
weights without an order), raises :class:`AgreementError`, a :class:`ValueError`.

Krippendorff's alpha lives in :mod:`labeldesk.review.alpha` and the coding in
:mod:`labeldesk.review.coding`; this module re-exports both, so import everything from here.

References
----------
.. [1] Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational and
   Psychological Measurement* 20(1), 37-46.
.. [2] Cohen, J. (1968). Weighted kappa. *Psychological Bulletin* 70(4), 213-220.
.. [3] Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
   *Psychological Bulletin* 76(5), 378-382.
.. [4] Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
   for Communication, University of Pennsylvania.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from labeldesk.review.alpha import (
    Difference,
    Level,
    WeightedAlpha,
    difference_matrix,
    distance_matrix,
    krippendorff_alpha,
    krippendorff_alpha_distance,
    krippendorff_alpha_from_counts,
    krippendorff_alpha_weighted,
)
from labeldesk.review.coding import (
    NOT_PAIRABLE,
    AgreementError,
    CodedRatings,
    as_matrix,
    category_codes,
    encode,
    encode_factorized,
    is_missing,
    matrix_from_units,
    missing_mask,
    pattern_counts,
    ratio_or_nan,
    weights_row,
)

__all__ = [
    "AgreementError",
    "CodedRatings",
    "Difference",
    "Kappa",
    "Level",
    "WeightedAlpha",
    "WeightedFleissKappa",
    "WeightedPercentAgreement",
    "Weights",
    "as_matrix",
    "category_codes",
    "cohen_kappa",
    "cohen_kappa_from_table",
    "cohen_kappa_tables",
    "difference_matrix",
    "distance_matrix",
    "encode",
    "encode_factorized",
    "fleiss_kappa",
    "fleiss_kappa_from_counts",
    "fleiss_kappa_from_table",
    "fleiss_kappa_weighted",
    "is_missing",
    "krippendorff_alpha",
    "krippendorff_alpha_distance",
    "krippendorff_alpha_from_counts",
    "krippendorff_alpha_weighted",
    "matrix_from_units",
    "missing_mask",
    "pattern_counts",
    "percent_agreement",
    "percent_agreement_from_counts",
    "percent_agreement_weighted",
]

#: Weightings of Cohen's kappa: ``None`` (unweighted), linear or quadratic.
Weights = Literal["linear", "quadratic"] | None

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Kappa:
    """A chance-corrected agreement coefficient with its two ingredients.

    Attributes
    ----------
    kappa : float
        ``(observed - expected) / (1 - expected)``.
    observed : float
        Observed agreement (for weighted kappa, one minus the normalised weighted
        disagreement).
    expected : float
        Agreement expected by chance, on the same scale as ``observed``.
    """

    kappa: float
    observed: float
    expected: float


# --------------------------------------------------------------------------- percent


def percent_agreement_weighted(counts: npt.ArrayLike, weights: npt.ArrayLike) -> FloatArray:
    """Percent agreement for each row of pattern weights.

    Parameters
    ----------
    counts : array_like, shape (n_patterns, n_categories)
        Category counts per pattern (see :func:`pattern_counts`).
    weights : array_like, shape (n_weightings, n_patterns)
        Units per pattern, one row per weighting (the pattern sizes, or bootstrap counts).

    Returns
    -------
    numpy.ndarray of float64, shape (n_weightings,)
        See :func:`percent_agreement`; NaN where no unit with two ratings has weight.
    """
    return WeightedPercentAgreement(counts)(weights)


class WeightedPercentAgreement:
    """:func:`percent_agreement_weighted` with the per-pattern terms computed once.

    Parameters
    ----------
    counts : array_like, shape (n_patterns, n_categories)
        Category counts per pattern.
    """

    def __init__(self, counts: npt.ArrayLike) -> None:
        c = np.asarray(counts, dtype=np.float64)
        m = c.sum(axis=1)
        keep = m >= 2
        per_unit = np.zeros(m.shape)
        per_unit[keep] = (c[keep] * (c[keep] - 1.0)).sum(axis=1) / (m[keep] * (m[keep] - 1.0))
        self._terms = np.stack([per_unit, keep.astype(np.float64)], axis=1)

    def __call__(self, weights: npt.ArrayLike) -> FloatArray:
        """Percent agreement of each row of ``weights``; NaN where nothing is pairable."""
        sums = np.asarray(weights, dtype=np.float64) @ self._terms
        return ratio_or_nan(sums[:, 0], sums[:, 1])


def percent_agreement(data: object) -> float:
    """Pairwise percent agreement over the units rated at least twice.

    For each unit with ``m >= 2`` ratings, the share of its ``m (m - 1)`` ordered rating pairs
    that agree; then the mean over those units. With two raters this is the share of units on
    which they agree.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units), or CodedRatings
        Reliability data matrix; ``None`` or NaN marks a missing rating.

    Returns
    -------
    float
        Agreement as a proportion in ``[0, 1]`` (multiply by 100 for percent).

    Raises
    ------
    AgreementError
        If no unit has two or more ratings.
    """
    return percent_agreement_from_counts(*pattern_counts(encode(data)))


def percent_agreement_from_counts(counts: npt.ArrayLike, sizes: npt.ArrayLike) -> float:
    """:func:`percent_agreement` of units given as count patterns.

    Parameters
    ----------
    counts : array_like, shape (n_patterns, n_categories)
        Category counts per pattern (see :func:`pattern_counts`).
    sizes : array_like, shape (n_patterns,)
        Units per pattern.

    Returns
    -------
    float
        Percent agreement as a proportion.

    Raises
    ------
    AgreementError
        If no unit has two or more ratings.
    """
    value = float(percent_agreement_weighted(counts, weights_row(sizes))[0])
    if math.isnan(value):
        raise AgreementError(NOT_PAIRABLE)
    return value


# --------------------------------------------------------------------------- Cohen


def _disagreement_weights(n_cats: int, weights: Weights) -> FloatArray:
    """Cohen's disagreement weights: 0 on the diagonal, 1, ``|i-j|`` or ``(i-j)**2`` off it."""
    idx = np.arange(n_cats)
    diff = np.abs(idx[:, None] - idx[None, :]).astype(np.float64)
    if weights is None:
        return (diff > 0).astype(np.float64)
    if weights == "linear":
        return diff
    if weights == "quadratic":
        return diff**2
    raise AgreementError(f"weights must be None, 'linear' or 'quadratic', not {weights!r}")


def cohen_kappa_tables(
    tables: npt.ArrayLike, *, weights: Weights = None
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Cohen's kappa of a stack of two-rater contingency tables.

    Parameters
    ----------
    tables : array_like, shape (n_tables, k, k)
        ``tables[t, i, j]`` counts (or weighs) the units rater A put in category ``i`` and
        rater B in category ``j``.
    weights : {None, 'linear', 'quadratic'}
        See :func:`cohen_kappa_from_table`.

    Returns
    -------
    kappa, observed, expected : numpy.ndarray of float64, shape (n_tables,)
        As in :class:`Kappa`; ``kappa`` is NaN where a table is empty or chance
        disagreement is zero.
    """
    obs = np.asarray(tables, dtype=np.float64)
    w = _disagreement_weights(obs.shape[-1], weights)
    w_max = w.max() if w.size and w.max() > 0 else 1.0
    total = obs.sum(axis=(1, 2))
    p = obs / np.where(total > 0, total, 1.0)[:, None, None]
    rows, cols = p.sum(axis=2), p.sum(axis=1)
    d_obs = (p * w).sum(axis=(1, 2)) / w_max
    d_exp = np.einsum("ti,ij,tj->t", rows, w, cols) / w_max
    kappa = 1.0 - ratio_or_nan(d_obs, np.where(total > 0, d_exp, 0.0))
    return kappa, 1.0 - d_obs, 1.0 - d_exp


def cohen_kappa_from_table(table: npt.ArrayLike, *, weights: Weights = None) -> Kappa:
    """Cohen's kappa from a two-rater contingency table.

    Parameters
    ----------
    table : array_like, shape (k, k)
        ``table[i, j]`` counts the units rater A put in category ``i`` and rater B in
        category ``j``. For weighted kappa the rows and columns are the categories in order.
    weights : {None, 'linear', 'quadratic'}
        Unweighted kappa (Cohen 1960), or weighted kappa (Cohen 1968) with disagreement
        weights ``|i - j|`` or ``(i - j)**2`` on the category ranks.

    Returns
    -------
    Kappa
        The coefficient with its observed and chance agreement.

    Raises
    ------
    AgreementError
        If the table is not square and non-negative, is empty, or chance agreement is
        perfect (both raters used one and the same category), where kappa is undefined.
    """
    obs = np.asarray(table, dtype=np.float64)
    if obs.ndim != 2 or obs.shape[0] != obs.shape[1] or obs.shape[0] == 0:
        raise AgreementError(f"a contingency table must be square, got shape {obs.shape}")
    if (obs < 0).any() or not np.isfinite(obs).all():
        raise AgreementError("a contingency table holds non-negative finite counts")
    if obs.sum() == 0:
        raise AgreementError("the contingency table is empty: no unit was rated by both")
    kappa, observed, expected = cohen_kappa_tables(obs[None], weights=weights)
    if math.isnan(kappa[0]):
        raise AgreementError(
            "kappa is undefined: both raters used the same single category, so chance "
            "agreement is already perfect"
        )
    return Kappa(kappa=float(kappa[0]), observed=float(observed[0]), expected=float(expected[0]))


def cohen_kappa(
    rater_a: Sequence[Hashable | None],
    rater_b: Sequence[Hashable | None],
    *,
    weights: Weights = None,
    categories: Sequence[Hashable] | None = None,
) -> Kappa:
    """Cohen's kappa between two raters, unweighted or weighted for ordinal labels.

    Parameters
    ----------
    rater_a, rater_b : sequence
        The two raters' labels, one per unit, aligned; ``None`` or NaN marks a missing rating
        and units missing either rating are left out.
    weights : {None, 'linear', 'quadratic'}
        See :func:`cohen_kappa_from_table`.
    categories : sequence, optional
        All categories. Weighted kappa needs it, in order, since the weights are distances
        between ranks; unweighted kappa ignores the order.

    Returns
    -------
    Kappa
        The coefficient with its observed and chance agreement.

    Raises
    ------
    AgreementError
        If the raters' lengths differ, weights are asked for without ``categories``, a label
        is not among ``categories``, no unit was rated by both, or kappa is undefined.
    """
    if len(rater_a) != len(rater_b):
        raise AgreementError(f"the raters rated {len(rater_a)} and {len(rater_b)} units")
    if weights is not None and categories is None:
        raise AgreementError("weighted kappa needs the categories in order (categories=[...])")
    enc = encode(_two_rows(rater_a, rater_b), categories)
    both = (enc.codes >= 0).all(axis=0)
    a, b = enc.codes[0, both], enc.codes[1, both]
    k = len(enc.categories)
    table = np.bincount(a * k + b, minlength=k * k).reshape(k, k)
    return cohen_kappa_from_table(table, weights=weights)


def _two_rows(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> npt.NDArray[Any]:
    """Two aligned rating sequences as a 2 x n matrix (numpy arrays keep their dtype)."""
    if isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.dtype == b.dtype:
        return np.stack([a, b])
    out = np.empty((2, len(a)), dtype=object)
    out[0, :] = list(a)
    out[1, :] = list(b)
    return out


# --------------------------------------------------------------------------- Fleiss


def fleiss_kappa_weighted(
    counts: npt.ArrayLike, weights: npt.ArrayLike
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Fleiss' kappa for each row of pattern weights.

    Parameters
    ----------
    counts : array_like, shape (n_patterns, n_categories)
        Category counts per pattern; every pattern must have the same number ``n >= 2`` of
        ratings (checked by :func:`fleiss_kappa_from_table`, not here).
    weights : array_like, shape (n_weightings, n_patterns)
        Units per pattern, one row per weighting.

    Returns
    -------
    kappa, observed, expected : numpy.ndarray of float64, shape (n_weightings,)
        As in :func:`fleiss_kappa_from_table`; ``kappa`` is NaN where it is undefined.
    """
    return WeightedFleissKappa(counts)(weights)


class WeightedFleissKappa:
    """:func:`fleiss_kappa_weighted` with the per-pattern terms computed once.

    Parameters
    ----------
    counts : array_like, shape (n_patterns, n_categories)
        Category counts per pattern, each with the same number of ratings.
    """

    def __init__(self, counts: npt.ArrayLike) -> None:
        c = np.asarray(counts, dtype=np.float64)
        self._n = float(c.sum(axis=1)[0]) if c.shape[0] else 0.0
        per_unit = (c * (c - 1.0)).sum(axis=1) / max(self._n * (self._n - 1.0), 1.0)
        self._terms = np.concatenate([per_unit[:, None], np.ones((c.shape[0], 1)), c], axis=1)

    def __call__(self, weights: npt.ArrayLike) -> tuple[FloatArray, FloatArray, FloatArray]:
        """``(kappa, observed, expected)`` of each row of ``weights``."""
        sums = np.asarray(weights, dtype=np.float64) @ self._terms
        units = sums[:, 1]
        observed = ratio_or_nan(sums[:, 0], units)
        shares = sums[:, 2:] / np.where(units > 0, units * self._n, 1.0)[:, None]
        expected = (shares**2).sum(axis=1)
        defined = (units > 0) & (expected < 1.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            kappa = np.where(defined, (observed - expected) / (1.0 - expected), np.nan)
        return kappa, observed, expected


def fleiss_kappa_from_table(table: npt.ArrayLike) -> Kappa:
    """Fleiss' kappa from a units x categories count table.

    Parameters
    ----------
    table : array_like, shape (n_units, n_categories)
        ``table[i, j]`` counts the raters who put unit ``i`` in category ``j``. Every unit
        must have the same number ``n >= 2`` of ratings.

    Returns
    -------
    Kappa
        ``kappa`` with ``observed`` = mean per-unit agreement (P-bar) and ``expected`` = the
        sum of squared category shares (P-bar_e).

    Raises
    ------
    AgreementError
        If the table is empty or negative, units have different numbers of ratings or fewer
        than two, or every rating is in one category (kappa undefined).
    """
    counts = np.asarray(table, dtype=np.float64)
    return _fleiss_checked(counts, np.ones((1, counts.shape[0] if counts.ndim else 0)))


def _fleiss_checked(counts: FloatArray, weights: FloatArray) -> Kappa:
    """Check a (pattern) count table for Fleiss' kappa and compute it."""
    if counts.ndim != 2 or counts.size == 0:
        raise AgreementError(f"a count table must be units x categories, got {counts.shape}")
    if (counts < 0).any() or not np.isfinite(counts).all():
        raise AgreementError("a count table holds non-negative finite counts")
    n = counts.sum(axis=1)
    if not (n == n[0]).all():
        raise AgreementError(
            "Fleiss' kappa needs the same number of ratings on every unit; "
            f"found between {int(n.min())} and {int(n.max())} (use Krippendorff's alpha)"
        )
    if n[0] < 2:
        raise AgreementError("Fleiss' kappa needs at least two ratings per unit")
    kappa, observed, expected = fleiss_kappa_weighted(counts, weights)
    if math.isnan(kappa[0]):
        raise AgreementError("Fleiss' kappa is undefined: every rating is the same category")
    return Kappa(kappa=float(kappa[0]), observed=float(observed[0]), expected=float(expected[0]))


def fleiss_kappa(data: object, *, categories: Sequence[Hashable] | None = None) -> Kappa:
    """Fleiss' kappa for a fixed number of ratings per unit.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units), or CodedRatings
        Reliability data matrix (see :func:`matrix_from_units` for per-unit lists). Rater
        identity is ignored; each unit must have the same number of non-missing ratings.
    categories : sequence, optional
        All categories; only needed to reject unexpected labels.

    Returns
    -------
    Kappa
        See :func:`fleiss_kappa_from_table`.

    Raises
    ------
    AgreementError
        See :func:`fleiss_kappa_from_table`.
    """
    return fleiss_kappa_from_counts(*pattern_counts(encode(data, categories)))


def fleiss_kappa_from_counts(counts: npt.ArrayLike, sizes: npt.ArrayLike) -> Kappa:
    """:func:`fleiss_kappa` of units given as count patterns.

    Parameters
    ----------
    counts : array_like, shape (n_patterns, n_categories)
        Category counts per pattern (see :func:`pattern_counts`).
    sizes : array_like, shape (n_patterns,)
        Units per pattern.

    Returns
    -------
    Kappa
        See :func:`fleiss_kappa_from_table`.

    Raises
    ------
    AgreementError
        See :func:`fleiss_kappa_from_table`.
    """
    return _fleiss_checked(np.asarray(counts, dtype=np.float64), weights_row(sizes))
