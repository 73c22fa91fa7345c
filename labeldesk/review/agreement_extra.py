"""Agreement that knows the taxonomy, per-label views, bootstrap intervals and a sample check.

Builds on :mod:`labeldesk.review.agreement` and reads the same reliability data matrix (one
row per rater, one column per unit, ``None`` or NaN where a rating is missing):

- :func:`taxonomy_distance` and :func:`taxonomy_alpha`: Krippendorff's alpha where a sibling
  label is a smaller miss than a label in another branch;
- :func:`at_level`: map labels to their ancestor at one taxonomy depth, so every statistic can
  be computed on the top-level category, then on the leaf;
- :func:`one_vs_rest_kappa` and :func:`confusion_matrix` for one pair of raters;
- :func:`bootstrap_ci`: a percentile bootstrap over units for any statistic;
- :func:`shared_items` and :func:`too_few_shared`: warn when too few units are shared.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from labeldesk.review.agreement import (
    AgreementError,
    CodedRatings,
    as_matrix,
    cohen_kappa_tables,
    encode,
    krippendorff_alpha_distance,
    missing_mask,
)

if TYPE_CHECKING:  # only annotations: importing the taxonomy package loads SQLAlchemy
    from labeldesk.taxonomy.index import LabelIndex

#: Fewer units rated at least twice than this make an agreement number untrustworthy.
MIN_SHARED_ITEMS = 30

ObjectArray = npt.NDArray[np.object_]
IntArray = npt.NDArray[np.int64]


# --------------------------------------------------------------------------- helpers


def _chain(index: LabelIndex, key: Hashable) -> list[str]:
    """The keys from the top level down to ``key`` itself; AgreementError if unknown."""
    if not isinstance(key, str) or key not in index:
        raise AgreementError(f"label {key!r} is not in taxonomy {index.taxonomy!r}")
    return [*index.ancestors(key), key]


def _rated(data: object) -> npt.NDArray[np.bool_]:
    """True where a reliability data matrix (or CodedRatings) holds a rating."""
    if isinstance(data, CodedRatings):
        return data.codes >= 0
    if isinstance(data, np.ndarray) and data.dtype.kind in "biufU":
        if data.ndim != 2:
            raise AgreementError(f"ratings must be a 2-D raters x units matrix, got {data.shape}")
        return ~missing_mask(data)
    return ~missing_mask(as_matrix(data))


# --------------------------------------------------------------------------- taxonomy


def taxonomy_diameter(index: LabelIndex) -> int:
    """The longest tree path, in edges, between two labels of the taxonomy.

    Top-level labels are joined through a virtual root, so a path may run from one top-level
    branch to another.

    Parameters
    ----------
    index : LabelIndex
        The taxonomy version.

    Returns
    -------
    int
        The diameter; 0 when the taxonomy has fewer than two labels.
    """
    keys = list(index)
    depth = {k: len(index.ancestors(k)) + 1 for k in keys}
    below: dict[str | None, list[int]] = {}  # node -> (child height + 1) for each child
    best = 0
    for key in sorted(keys, key=depth.__getitem__, reverse=True):
        arms = sorted(below.get(key, []), reverse=True)[:2]
        best = max(best, sum(arms))
        below.setdefault(index.parent(key), []).append((arms[0] if arms else 0) + 1)
    top = sorted(below.get(None, []), reverse=True)
    if len(top) >= 2:  # a path through the virtual root needs two top-level branches
        best = max(best, top[0] + top[1])
    return best


def taxonomy_distance(index: LabelIndex) -> Callable[[Hashable, Hashable], float]:
    """A normalised tree distance between the labels of a taxonomy.

    ``d(a, b)`` is the number of edges on the path from ``a`` up to the lowest common
    ancestor and down to ``b`` (labels under different top-level branches meet at a virtual
    root), divided by :func:`taxonomy_diameter`. So ``d(a, a) == 0``, ``d`` is symmetric and
    at most 1, and siblings are closer than cousins.

    Parameters
    ----------
    index : LabelIndex
        The taxonomy version whose keys the ratings use.

    Returns
    -------
    callable
        ``d(a, b) -> float`` in ``[0, 1]``; it raises AgreementError for a label that is not
        a key of ``index``. Pass ``d(a, b) ** 2`` to
        :func:`~labeldesk.review.agreement.krippendorff_alpha_distance` (see
        :func:`taxonomy_alpha`).
    """
    scale = float(max(taxonomy_diameter(index), 1))
    chains: dict[Hashable, list[str]] = {}

    def distance(a: Hashable, b: Hashable) -> float:
        ca = chains[a] if a in chains else chains.setdefault(a, _chain(index, a))
        cb = chains[b] if b in chains else chains.setdefault(b, _chain(index, b))
        common = 0
        for x, y in zip(ca, cb, strict=False):
            if x != y:
                break
            common += 1
        return (len(ca) + len(cb) - 2 * common) / scale

    return distance


def taxonomy_alpha(data: object, index: LabelIndex) -> float:
    """Krippendorff's alpha with the squared :func:`taxonomy_distance` as difference function.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units)
        Reliability data matrix of label keys; ``None`` or NaN marks a missing rating.
    index : LabelIndex
        The taxonomy version the keys belong to.

    Returns
    -------
    float
        Alpha, where disagreeing on siblings costs less than disagreeing across branches.

    Raises
    ------
    AgreementError
        If a label is not in ``index``, no unit is pairable, or there is no variation.
    """
    d = taxonomy_distance(index)
    return krippendorff_alpha_distance(data, lambda a, b: d(a, b) ** 2)


def at_level(data: object, index: LabelIndex, level: int) -> ObjectArray:
    """Replace every label by its ancestor at depth ``level``.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units)
        Reliability data matrix of label keys; ``None`` or NaN marks a missing rating.
    index : LabelIndex
        The taxonomy version the keys belong to.
    level : int
        1 for the top level, 2 for the level below, and so on. A label at or above that
        depth stays itself.

    Returns
    -------
    numpy.ndarray
        An object array of the same shape, ``None`` where a rating is missing; pass it to any
        statistic of :mod:`labeldesk.review.agreement`.

    Raises
    ------
    AgreementError
        If ``level`` is below 1 or a label is not in ``index``.
    """
    if level < 1:
        raise AgreementError(f"taxonomy levels start at 1, got {level}")
    coded = encode(data)
    lookup = np.empty(len(coded.categories) + 1, dtype=object)
    for i, key in enumerate(coded.categories):
        chain = _chain(index, key)
        lookup[i] = chain[min(level, len(chain)) - 1]
    return lookup[coded.codes]  # code -1 (missing) picks the trailing None


# --------------------------------------------------------------------------- rater pairs


def confusion_matrix(
    a: Sequence[Hashable | None],
    b: Sequence[Hashable | None],
    labels: Sequence[Hashable] | None = None,
) -> tuple[list[Any], IntArray]:
    """The label x label counts of one rater pair, over the units both rated.

    Parameters
    ----------
    a, b : sequence
        The two raters' labels, one per unit, aligned; ``None`` or NaN marks a missing rating.
    labels : sequence, optional
        Row and column order. By default every label either rater used (on any unit), sorted
        when the labels can be compared.

    Returns
    -------
    labels : list
        The row and column labels.
    matrix : numpy.ndarray of int64, shape (len(labels), len(labels))
        ``matrix[i, j]`` counts the units rater ``a`` labelled ``labels[i]`` and rater ``b``
        labelled ``labels[j]``.

    Raises
    ------
    AgreementError
        If the raters' lengths differ, or a label is missing from ``labels`` or repeated.
    """
    if len(a) != len(b):
        raise AgreementError(f"the raters rated {len(a)} and {len(b)} units")
    if labels is not None and len(set(labels)) != len(labels):
        raise AgreementError("labels must not repeat")
    rows = np.empty((2, len(a)), dtype=object)
    rows[0, :], rows[1, :] = list(a), list(b)
    coded = encode(rows, labels)
    both = (coded.codes >= 0).all(axis=0)
    k = len(coded.categories)
    flat = coded.codes[0, both] * k + coded.codes[1, both]
    return coded.categories, np.bincount(flat, minlength=k * k).astype(np.int64).reshape(k, k)


def one_vs_rest_kappa(
    a: Sequence[Hashable | None], b: Sequence[Hashable | None]
) -> dict[Any, float | None]:
    """Cohen's kappa per label, of "is this label" against "is any other label".

    Parameters
    ----------
    a, b : sequence
        The two raters' labels, one per unit, aligned; ``None`` or NaN marks a missing rating
        and units missing either rating are left out.

    Returns
    -------
    dict
        ``{label: kappa}`` for every label either rater used, in :func:`confusion_matrix`
        order; the value is None where kappa is undefined (no unit rated by both, or both
        raters said "yes" to every unit or "no" to every unit).

    Raises
    ------
    AgreementError
        If the raters' lengths differ.
    """
    labels, table = confusion_matrix(a, b)
    total = table.sum()
    yes_yes = np.diag(table)
    yes_a, yes_b = table.sum(axis=1), table.sum(axis=0)
    two_by_two = np.stack(
        [
            np.stack([yes_yes, yes_a - yes_yes], axis=-1),
            np.stack([yes_b - yes_yes, total - yes_a - yes_b + yes_yes], axis=-1),
        ],
        axis=1,
    )
    kappa = cohen_kappa_tables(two_by_two)[0] if labels else np.zeros(0)
    return {
        label: None if math.isnan(value) else float(value)
        for label, value in zip(labels, kappa.tolist(), strict=True)
    }


# --------------------------------------------------------------------------- uncertainty


def bootstrap_ci(
    statistic: Callable[[ObjectArray], float],
    data: object,
    *,
    n: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> tuple[float, float]:
    """A percentile bootstrap confidence interval, resampling units (columns).

    Parameters
    ----------
    statistic : callable
        Maps a reliability data matrix (an object array) to a number, for example
        :func:`~labeldesk.review.agreement.krippendorff_alpha`.
    data : array_like, shape (n_raters, n_units)
        Reliability data matrix.
    n : int
        Number of resamples.
    seed : int
        Seed of the random generator; the same seed gives the same interval.
    level : float
        Confidence level in ``(0, 1)``.

    Returns
    -------
    tuple of float
        ``(low, high)``, the ``(1 - level) / 2`` and ``(1 + level) / 2`` quantiles of the
        statistic over the resamples. Resamples where the statistic raises ValueError
        (such as AgreementError) or ArithmeticError, or returns NaN, are skipped.

    Raises
    ------
    AgreementError
        If ``n`` or ``level`` is out of range, there are no units, or no resample gave a
        value.
    """
    if n < 1 or not 0.0 < level < 1.0:
        raise AgreementError(f"need n >= 1 and 0 < level < 1, got n={n}, level={level}")
    arr = as_matrix(data)
    n_units = arr.shape[1]
    if n_units == 0:
        raise AgreementError("cannot bootstrap without units")
    rng = np.random.default_rng(seed)
    values = []
    for cols in rng.integers(0, n_units, size=(n, n_units)):
        try:
            value = float(statistic(arr[:, cols]))
        except (ValueError, ArithmeticError):
            continue
        if not math.isnan(value):
            values.append(value)
    if not values:
        raise AgreementError("the statistic is undefined on every bootstrap resample")
    low, high = np.quantile(values, [(1.0 - level) / 2.0, (1.0 + level) / 2.0])
    return float(low), float(high)


def shared_items(data: object) -> int:
    """How many units have two or more ratings (the units agreement is computed on).

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units), or CodedRatings
        Reliability data matrix; ``None`` or NaN marks a missing rating.

    Returns
    -------
    int
        The number of pairable units.
    """
    return int((_rated(data).sum(axis=0) >= 2).sum())


def too_few_shared(data: object, minimum: int = MIN_SHARED_ITEMS) -> str | None:
    """A warning when too few units are shared to trust an agreement statistic.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units)
        Reliability data matrix; ``None`` or NaN marks a missing rating.
    minimum : int
        The least number of units with two or more ratings that is enough.

    Returns
    -------
    str or None
        A message naming the count when fewer than ``minimum`` units have two or more
        ratings, else None.
    """
    count = shared_items(data)
    if count >= minimum:
        return None
    return (
        f"only {count} item(s) have two or more ratings; agreement statistics need at least "
        f"{minimum} shared items to be trusted"
    )
