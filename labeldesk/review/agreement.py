"""Inter-annotator agreement: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha.

Every statistic reads the same input, a *reliability data matrix*: one row per rater
(annotator), one column per unit (item), and ``None`` or NaN where a rater did not rate a
unit. Labels may be numbers or any hashable values (strings, enums). When raters are
interchangeable, :func:`matrix_from_units` builds such a matrix from one list of ratings per
unit. The computations are vectorised with numpy: a unit x category count table (or a
category x category table) is built once and everything else is matrix arithmetic on it.

Degenerate input, where a statistic is undefined (no pairable units, no variation at all,
weights without an order), raises :class:`AgreementError`, a :class:`ValueError`.

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
import numbers
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from labeldesk.errors import LabelDeskError

#: Measurement levels of Krippendorff's alpha.
Level = Literal["nominal", "ordinal", "interval", "ratio"]
#: Weightings of Cohen's kappa: ``None`` (unweighted), linear or quadratic.
Weights = Literal["linear", "quadratic"] | None

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


class AgreementError(LabelDeskError, ValueError):
    """An agreement statistic is undefined for the given data; the message says why."""


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


@dataclass(frozen=True)
class _Encoded:
    """Ratings as category codes: ``codes`` is raters x units, -1 where missing."""

    codes: IntArray
    categories: list[Any]
    numeric: bool


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
    try:
        arr = np.asarray(data, dtype=object)
    except ValueError as exc:  # ragged rows
        raise AgreementError(f"ratings must be a raters x units matrix: {exc}") from exc
    if arr.ndim != 2:
        raise AgreementError(
            f"ratings must be a 2-D raters x units matrix, got {arr.ndim} dimension(s)"
        )
    return arr


def missing_mask(arr: npt.NDArray[np.object_]) -> npt.NDArray[np.bool_]:
    """A boolean array, True where ``arr`` holds a missing rating."""
    return np.asarray(np.frompyfunc(is_missing, 1, 1)(arr), dtype=bool)


def category_codes(
    data: object, categories: Sequence[Hashable] | None = None
) -> npt.NDArray[np.int64]:
    """The labels of a reliability data matrix as integer category codes, -1 where missing.

    Raises
    ------
    AgreementError
        If ``data`` is not a 2-D matrix, or a label is not among ``categories``.
    """
    return _encode(data, categories).codes


def _encode(data: object, categories: Sequence[Hashable] | None = None) -> _Encoded:
    """Turn a reliability data matrix into integer category codes.

    Without ``categories``, numeric labels are sorted by value and other labels by their
    natural order (or first appearance when they cannot be compared).
    """
    arr = as_matrix(data)
    missing = missing_mask(arr)
    values = arr[~missing]
    numeric = all(
        isinstance(v, numbers.Real) and not isinstance(v, bool | np.bool_) for v in values
    )
    cats = _category_order(values, categories, numeric=numeric)
    index = {c: i for i, c in enumerate(cats)}
    unknown = [v for v in set(values.tolist()) if v not in index]
    if unknown:
        raise AgreementError(f"labels not among the given categories: {sorted(map(str, unknown))}")
    codes = np.full(arr.shape, -1, dtype=np.int64)
    codes[~missing] = [index[v] for v in values.tolist()]
    numeric = numeric and all(isinstance(c, numbers.Real) for c in cats)
    return _Encoded(codes, cats, numeric)


def _category_order(
    values: npt.NDArray[np.object_], categories: Sequence[Hashable] | None, *, numeric: bool
) -> list[Any]:
    """The category list: the given one, else the observed labels in a stable order."""
    if categories is not None:
        cats = list(categories)
        if len(set(cats)) != len(cats):
            raise AgreementError("categories must not repeat")
        return cats
    seen = list(dict.fromkeys(values.tolist()))
    if numeric:
        return sorted(seen)
    try:
        return sorted(seen)
    except TypeError:
        return seen


def _unit_counts(enc: _Encoded) -> IntArray:
    """The units x categories table of how many raters chose each category."""
    n_units, n_cats = enc.codes.shape[1], len(enc.categories)
    unit_idx = np.broadcast_to(np.arange(n_units), enc.codes.shape)
    rated = enc.codes >= 0
    flat = unit_idx[rated] * n_cats + enc.codes[rated]
    return np.bincount(flat, minlength=n_units * n_cats).reshape(n_units, n_cats)


def _pairable(counts: IntArray) -> IntArray:
    """Keep the units with at least two ratings; raise if none is left."""
    kept = counts[counts.sum(axis=1) >= 2]
    if kept.shape[0] == 0:
        raise AgreementError("no unit has two or more ratings, so nothing can be compared")
    return kept


# --------------------------------------------------------------------------- percent


def percent_agreement(data: object) -> float:
    """Pairwise percent agreement over the units rated at least twice.

    For each unit with ``m >= 2`` ratings, the share of its ``m (m - 1)`` ordered rating pairs
    that agree; then the mean over those units. With two raters this is the share of units on
    which they agree.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units)
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
    counts = _pairable(_unit_counts(_encode(data)))
    m = counts.sum(axis=1)
    per_unit = (counts * (counts - 1)).sum(axis=1) / (m * (m - 1))
    return float(per_unit.mean())


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
    total = obs.sum()
    if total == 0:
        raise AgreementError("the contingency table is empty: no unit was rated by both")
    w = _disagreement_weights(obs.shape[0], weights)
    p = obs / total
    exp = np.outer(p.sum(axis=1), p.sum(axis=0))
    w_max = w.max() if w.max() > 0 else 1.0
    d_obs, d_exp = float((w * p).sum() / w_max), float((w * exp).sum() / w_max)
    if d_exp == 0:
        raise AgreementError(
            "kappa is undefined: both raters used the same single category, so chance "
            "agreement is already perfect"
        )
    return Kappa(kappa=1.0 - d_obs / d_exp, observed=1.0 - d_obs, expected=1.0 - d_exp)


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
    enc = _encode([list(rater_a), list(rater_b)], categories)
    both = (enc.codes >= 0).all(axis=0)
    a, b = enc.codes[0, both], enc.codes[1, both]
    k = len(enc.categories)
    table = np.bincount(a * k + b, minlength=k * k).reshape(k, k)
    return cohen_kappa_from_table(table, weights=weights)


# --------------------------------------------------------------------------- Fleiss


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
    p_unit = ((counts * (counts - 1)).sum(axis=1)) / (n[0] * (n[0] - 1))
    p_cat = counts.sum(axis=0) / counts.sum()
    observed, expected = float(p_unit.mean()), float((p_cat**2).sum())
    if expected >= 1.0:
        raise AgreementError("Fleiss' kappa is undefined: every rating is the same category")
    return Kappa(
        kappa=(observed - expected) / (1.0 - expected), observed=observed, expected=expected
    )


def fleiss_kappa(data: object, *, categories: Sequence[Hashable] | None = None) -> Kappa:
    """Fleiss' kappa for a fixed number of ratings per unit.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units)
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
    return fleiss_kappa_from_table(_unit_counts(_encode(data, categories)))


# --------------------------------------------------------------------------- Krippendorff


def _coincidences(counts: IntArray) -> FloatArray:
    """Krippendorff's coincidence matrix ``o_ck`` from pairable unit x category counts."""
    c = counts.astype(np.float64)
    inv = 1.0 / (c.sum(axis=1) - 1.0)
    o = c.T @ (c * inv[:, None])
    o[np.diag_indices_from(o)] -= (c * inv[:, None]).sum(axis=0)
    return o


def _ordinal_delta(n_c: FloatArray) -> FloatArray:
    """Ordinal squared differences from the marginals of ranked categories (2011, p. 6)."""
    cum = np.concatenate(([0.0], np.cumsum(n_c)))
    lo = np.minimum.outer(np.arange(len(n_c)), np.arange(len(n_c)))
    hi = np.maximum.outer(np.arange(len(n_c)), np.arange(len(n_c)))
    between = cum[hi + 1] - cum[lo]
    d = between - (n_c[:, None] + n_c[None, :]) / 2.0
    return d**2


def _metric_delta(level: Level, enc: _Encoded, n_c: FloatArray) -> FloatArray:
    """The squared difference function of a measurement level, as a category matrix."""
    k = len(enc.categories)
    if level == "nominal":
        return 1.0 - np.eye(k)
    if not enc.numeric and level != "ordinal":
        raise AgreementError(f"{level} alpha needs numeric labels, got {enc.categories[:5]!r}")
    if level == "ordinal":
        return _ordinal_delta(n_c)
    v = np.asarray(enc.categories, dtype=np.float64)
    if level == "interval":
        return np.subtract.outer(v, v) ** 2
    if level == "ratio":
        if (v < 0).any():
            raise AgreementError("ratio alpha needs non-negative values")
        total = np.add.outer(v, v)
        diff = np.subtract.outer(v, v)
        safe = np.where(total == 0, 1.0, total)
        return np.where(total == 0, 0.0, diff / safe) ** 2
    raise AgreementError(f"level must be nominal, ordinal, interval or ratio, not {level!r}")


def _alpha(o: FloatArray, delta: FloatArray) -> float:
    """``1 - (n - 1) * sum(o * delta) / sum(n_c n_k delta)`` with the undefined case caught."""
    n_c = o.sum(axis=1)
    n = n_c.sum()
    d_exp = float((np.outer(n_c, n_c) * delta).sum())
    if d_exp <= 0:
        raise AgreementError(
            "alpha is undefined: the pairable ratings show no variation (expected "
            "disagreement is zero)"
        )
    return 1.0 - (n - 1.0) * float((o * delta).sum()) / d_exp


def _ordered_encoding(
    data: object, level: Level, categories: Sequence[Hashable] | None
) -> _Encoded:
    """Encode for alpha; ordinal labels that are not numbers need an explicit order."""
    enc = _encode(data, categories)
    if level == "ordinal" and categories is None and not enc.numeric:
        raise AgreementError("ordinal alpha on non-numeric labels needs categories=[...] in order")
    return enc


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
    data : array_like, shape (n_raters, n_units)
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
    enc = _ordered_encoding(data, level, categories)
    o = _coincidences(_pairable(_unit_counts(enc)))
    return _alpha(o, _metric_delta(level, enc, o.sum(axis=1)))


def krippendorff_alpha_distance(
    data: object,
    distance: Callable[[Any, Any], float],
    *,
    categories: Sequence[Hashable] | None = None,
) -> float:
    """Krippendorff's alpha with a custom difference function.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units)
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
    enc = _encode(data, categories)
    cats = enc.categories
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
    return _alpha(_coincidences(_pairable(_unit_counts(enc))), delta)
