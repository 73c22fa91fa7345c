"""Consensus labels from several labellers: majority vote, and Dawid-Skene estimates.

Both read *observations*: three aligned integer arrays, one entry per answer, giving the
item, the labeller and the class (category code) of the answer. A labeller may answer an
item more than once (Dawid and Skene's observer 1 examined every patient three times).

Dawid-Skene [1]_ models each labeller ``l`` by a confusion matrix ``pi[l, k, c]``, the
probability that they answer ``c`` when the truth is ``k``, and the classes by their prior
``p[k]``. EM alternates the M-step (priors and confusion matrices from the current item
posteriors, with ``smoothing`` pseudo-counts added to every confusion cell) and the E-step
(``T[i, k]`` proportional to ``p[k] * prod over i's answers of pi[l, k, c]``), starting from
the vote shares (the soft majority vote, as in the paper's section 3.1), until no posterior
moves by more than ``tol`` or ``max_iter`` rounds have run. A last M-step makes the returned
parameters those of the returned posteriors.

The computation is sparse, so it scales with the number of answers rather than with items x
labellers x classes: each candidate truth ``(item, k)`` is crossed with the item's answers,
and the confusion cells that occur are the only ones kept (the rest are the smoothing
constant over their row's total). With ``support="all"`` every class is a candidate truth
for every item: exact Dawid-Skene. With ``support="observed"`` an item's truth is limited to
the classes its labellers chose; the posterior odds between those classes are the same
formula, and the mass on classes nobody chose (a product of error rates) is dropped. That
keeps label-set categories, of which there can be thousands, affordable.

References
----------
.. [1] Dawid, A. P. and Skene, A. M. (1979). Maximum likelihood estimation of observer
   error-rates using the EM algorithm. *Journal of the Royal Statistical Society, Series C
   (Applied Statistics)* 28(1), 20-28.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
Support = Literal["all", "observed"]

#: Default pseudo-count added to every confusion-matrix cell in the M-step.
SMOOTHING = 0.01


# --------------------------------------------------------------------------- input


@dataclass(frozen=True, eq=False)
class Observations:
    """Answers as aligned code arrays, sorted by item.

    Attributes
    ----------
    items, labellers, classes : numpy.ndarray of int64
        One entry per answer.
    n_items, n_labellers, n_classes : int
        Sizes of the code ranges (codes run from 0).
    """

    items: IntArray
    labellers: IntArray
    classes: IntArray
    n_items: int
    n_labellers: int
    n_classes: int


def observations(
    items: npt.ArrayLike,
    labellers: npt.ArrayLike,
    classes: npt.ArrayLike,
    *,
    n_items: int | None = None,
    n_labellers: int | None = None,
    n_classes: int | None = None,
) -> Observations:
    """Check and sort answers given as three aligned arrays of non-negative codes.

    Raises
    ------
    ValueError
        If the arrays differ in length, hold negative codes, or codes beyond the given sizes.
    """
    arrays = [np.asarray(a, dtype=np.int64).ravel() for a in (items, labellers, classes)]
    if len({a.size for a in arrays}) != 1:
        raise ValueError("items, labellers and classes must have one entry per answer")
    sizes = []
    for arr, given, name in zip(
        arrays, (n_items, n_labellers, n_classes), ("item", "labeller", "class"), strict=True
    ):
        top = int(arr.max()) + 1 if arr.size else 0
        if arr.size and arr.min() < 0:
            raise ValueError(f"{name} codes must not be negative")
        if given is not None and top > given:
            raise ValueError(f"a {name} code is {top - 1}, beyond n_{name}s={given}")
        sizes.append(top if given is None else given)
    order = np.argsort(arrays[0], kind="stable")
    return Observations(*(a[order] for a in arrays), *sizes)


def _starts(sorted_keys: IntArray) -> IntArray:
    """Where each run of equal values begins in a sorted array."""
    if sorted_keys.size == 0:
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])


# --------------------------------------------------------------------------- majority


@dataclass(frozen=True, eq=False)
class MajorityVote:
    """The most chosen class of each item.

    Attributes
    ----------
    labels : numpy.ndarray of int64
        The winning class per item; -1 for an item without answers.
    votes : numpy.ndarray of int64
        Answers for the winning class.
    total : numpy.ndarray of int64
        Answers the item got.
    tied : numpy.ndarray of bool
        Whether several classes shared the top count (the tie-break then chose).
    distinct : numpy.ndarray of int64
        Different classes the item's answers chose.
    """

    labels: IntArray
    votes: IntArray
    total: IntArray
    tied: BoolArray
    distinct: IntArray

    @property
    def share(self) -> FloatArray:
        """The winner's share of the item's answers (NaN without answers)."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.total > 0, self.votes / np.maximum(self.total, 1), np.nan)


TieBreak = Callable[[IntArray, IntArray], FloatArray]


def majority_vote(obs: Observations, *, tie_break: TieBreak | None = None) -> MajorityVote:
    """Majority vote per item; ties go to the best ``tie_break`` score, then the lowest code.

    Parameters
    ----------
    obs : Observations
        The answers.
    tie_break : callable, optional
        ``tie_break(items, classes)`` scores candidate (item, class) pairs, higher wins; for
        example :meth:`DawidSkene.posterior`. Without it the lowest class code wins a tie.

    Returns
    -------
    MajorityVote
        Winner, its votes, the item's answers, and whether there was a tie.
    """
    k = max(obs.n_classes, 1)
    keys, counts = np.unique(obs.items * k + obs.classes, return_counts=True)
    pair_item, pair_class = keys // k, keys % k
    starts = _starts(pair_item)
    best = np.maximum.reduceat(counts, starts) if starts.size else counts
    group = np.repeat(np.arange(starts.size), np.diff(np.r_[starts, keys.size]))
    top = counts == best[group]
    score = np.zeros(keys.size)
    if tie_break is not None and top.any():
        score[top] = tie_break(pair_item[top], pair_class[top])
    score = np.where(top, score, -np.inf)
    order = np.lexsort((pair_class, -score, pair_item))
    first = order[_starts(pair_item[order])]
    labels = np.full(obs.n_items, -1, dtype=np.int64)
    votes = np.zeros(obs.n_items, dtype=np.int64)
    tied = np.zeros(obs.n_items, dtype=bool)
    labels[pair_item[first]] = pair_class[first]
    votes[pair_item[first]] = counts[first]
    n_top = np.add.reduceat(top.astype(np.int64), starts) if starts.size else np.zeros(0, int)
    tied[pair_item[starts]] = n_top > 1
    total = np.bincount(obs.items, minlength=obs.n_items).astype(np.int64)
    distinct = np.bincount(pair_item, minlength=obs.n_items).astype(np.int64)
    return MajorityVote(labels, votes, total, tied, distinct)


# --------------------------------------------------------------------------- Dawid-Skene


@dataclass(frozen=True, eq=False)
class _Design:
    """The fixed index arrays EM works with (see the module docstring).

    Items with a single candidate truth (in the ``observed`` support: items whose answers
    all agree) have posterior 1 throughout, so their share of the M-step is counted once, in
    ``fixed_counts`` and ``fixed_priors``; the EM rounds only touch the ``moving`` ones.
    """

    cand_item: IntArray  # candidate truths (item, class), sorted by item
    cand_class: IntArray
    cross_cand: IntArray  # one row per (candidate, answer of its item)
    cross_cell: IntArray  # the confusion cell (l, k, c) of that row, as an index into cells
    cells: IntArray  # distinct cells as (l * K + k) * K + c
    answer_cand: IntArray  # per answer: the candidate (item, answered class); -1: none
    init: FloatArray  # vote shares per candidate
    weight: FloatArray  # per candidate: its item's weight
    moving: IntArray  # candidates of items with several candidates
    starts: IntArray  # where each such item's candidates begin in ``moving``
    moving_group: IntArray  # per moving candidate: its item's index among those items
    moving_class: IntArray  # per moving candidate: its class
    moving_weight: FloatArray  # per moving candidate: its item's weight
    cell_row: IntArray  # per cell: its confusion row (l * K + k)
    moving_cross: IntArray  # cross rows of moving candidates: position in ``moving``
    moving_cell: IntArray  # ... and their cell
    fixed_counts: FloatArray  # per cell: weighted answers of single-candidate items
    fixed_priors: FloatArray  # per class: weight of single-candidate items


def _candidates(
    obs: Observations, support: Support, answered: IntArray, known: IntArray
) -> tuple[IntArray, IntArray]:
    """The candidate truths (item, class), sorted by item then class.

    An item whose truth is known has that class as its only candidate.
    """
    k = max(obs.n_classes, 1)
    sure = known >= 0
    if support == "all":
        has = np.flatnonzero((answered > 0) & ~sure)
        keys = (has[:, None] * k + np.arange(k)).ravel()
    elif support == "observed":
        keys = np.unique((obs.items * k + obs.classes)[~sure[obs.items]])
    else:
        raise ValueError(f"support must be 'all' or 'observed', not {support!r}")
    given = np.flatnonzero(sure)
    keys = np.sort(np.concatenate([keys, given * k + known[given]]))
    return keys // k, keys % k


def _design(obs: Observations, support: Support, weights: FloatArray, known: IntArray) -> _Design:
    """Build the candidate truths and their crossing with the answers."""
    k = max(obs.n_classes, 1)
    answered = np.bincount(obs.items, minlength=obs.n_items)
    cand_item, cand_class = _candidates(obs, support, answered, known)
    obs_start = np.r_[0, np.cumsum(answered)][:-1]
    reps = answered[cand_item]
    cross_cand = np.repeat(np.arange(cand_item.size), reps)
    offset = np.arange(cross_cand.size) - np.repeat(np.cumsum(reps) - reps, reps)
    answer = obs_start[cand_item][cross_cand] + offset
    cell = (obs.labellers[answer] * k + cand_class[cross_cand]) * k + obs.classes[answer]
    cells, cross_cell = np.unique(cell, return_inverse=True)
    cross_cell = cross_cell.ravel()
    cand_key = cand_item * k + cand_class
    answer_key = obs.items * k + obs.classes
    answer_cand = np.minimum(np.searchsorted(cand_key, answer_key), max(cand_key.size - 1, 0))
    if cand_key.size:
        answer_cand[cand_key[answer_cand] != answer_key] = -1  # a known truth differs
    votes = np.bincount(answer_cand[answer_cand >= 0], minlength=cand_item.size).astype(float)
    votes[known[cand_item] >= 0] = 1.0
    n_cand = np.bincount(cand_item, minlength=obs.n_items)[cand_item]
    is_moving = n_cand > 1
    moving = np.flatnonzero(is_moving)
    position = np.cumsum(is_moving) - 1
    on_moving = is_moving[cross_cand]
    weight = weights[cand_item]
    fixed = ~is_moving
    starts = _starts(cand_item[moving])
    group = np.repeat(np.arange(starts.size), np.diff(np.r_[starts, moving.size]))
    return _Design(
        cand_item=cand_item,
        cand_class=cand_class,
        cross_cand=cross_cand,
        cross_cell=cross_cell,
        cells=cells,
        answer_cand=answer_cand,
        init=np.where(known[cand_item] >= 0, 1.0, votes / np.maximum(answered[cand_item], 1)),
        weight=weight,
        moving=moving,
        starts=starts,
        moving_group=group,
        moving_class=cand_class[moving],
        moving_weight=weight[moving],
        cell_row=cells // k,
        moving_cross=position[cross_cand[on_moving]],
        moving_cell=cross_cell[on_moving],
        fixed_counts=np.bincount(
            cross_cell[~on_moving], weights=weight[cross_cand[~on_moving]], minlength=cells.size
        ),
        fixed_priors=np.bincount(cand_class[fixed], weights=weight[fixed], minlength=k),
    )


@dataclass(frozen=True, eq=False)
class _Params:
    """Priors and the occurring confusion cells' log-probabilities."""

    priors: FloatArray
    log_cell: FloatArray  # per distinct cell
    row_total: FloatArray  # per (l, k): answers weighted by posterior, plus smoothing * K


def _m_step(obs: Observations, d: _Design, moving_post: FloatArray, smoothing: float) -> _Params:
    """Priors and confusion matrices from the moving candidates' posteriors."""
    k = max(obs.n_classes, 1)
    wpost = moving_post * d.moving_weight
    priors = d.fixed_priors + np.bincount(d.moving_class, weights=wpost, minlength=k)
    priors = priors / max(priors.sum(), 1e-300)
    counts = d.fixed_counts + np.bincount(
        d.moving_cell, weights=wpost[d.moving_cross], minlength=d.cells.size
    )
    row = d.cell_row
    row_total = np.bincount(row, weights=counts, minlength=obs.n_labellers * k) + smoothing * k
    with np.errstate(divide="ignore", invalid="ignore"):
        log_cell = np.log(counts + smoothing) - np.log(row_total)[row]
    if smoothing <= 0:
        log_cell[np.isnan(log_cell)] = -np.inf  # 0 / 0 without smoothing: a row never seen
    return _Params(priors, log_cell, row_total)


def _softmax(score: FloatArray, starts: IntArray) -> tuple[FloatArray, FloatArray]:
    """Per-group softmax of log-scores (groups begin at ``starts``), and each group's log-sum.

    A group whose scores are all minus infinity (impossible under zero probabilities) gets
    equal shares and a log-sum of 0.
    """
    if score.size == 0:
        return score, score
    top = np.maximum.reduceat(score, starts)
    sizes = np.diff(np.r_[starts, score.size])
    dead = ~np.isfinite(top)
    top = np.where(dead, 0.0, top)
    with np.errstate(invalid="ignore"):
        e = np.exp(score - np.repeat(top, sizes))
    e[np.repeat(dead, sizes)] = 1.0
    total = np.add.reduceat(e, starts)
    return e / np.repeat(total, sizes), np.where(dead, 0.0, top + np.log(total))


def _e_step(d: _Design, p: _Params) -> FloatArray:
    """Posteriors of the moving candidates: :func:`_softmax`'s shares, by precomputed
    groups."""
    if d.moving.size == 0:
        return np.zeros(0)
    with np.errstate(divide="ignore"):
        score = (
            np.bincount(d.moving_cross, weights=p.log_cell[d.moving_cell], minlength=d.moving.size)
            + np.log(p.priors)[d.moving_class]
        )
    top = np.maximum.reduceat(score, d.starts)
    dead = ~np.isfinite(top)
    with np.errstate(invalid="ignore"):
        e = np.exp(score - np.where(dead, 0.0, top)[d.moving_group])
    if dead.any():
        e[dead[d.moving_group]] = 1.0
    return e / np.add.reduceat(e, d.starts)[d.moving_group]


def _log_likelihood(d: _Design, p: _Params) -> float:
    """Log-likelihood of the answers under ``p`` (items counted by their weight)."""
    with np.errstate(divide="ignore"):
        score = np.bincount(
            d.cross_cand, weights=p.log_cell[d.cross_cell], minlength=d.cand_item.size
        ) + np.log(p.priors[d.cand_class])
    starts = _starts(d.cand_item)
    per_item = _softmax(score, starts)[1]
    return float((per_item * d.weight[starts]).sum()) if starts.size else 0.0


@dataclass(frozen=True, eq=False)
class DawidSkene:
    """A fitted Dawid-Skene model: item posteriors, class priors, labeller confusion.

    Posteriors are stored sparsely, one entry per candidate truth (see the module
    docstring); use :meth:`posteriors` for the dense items x classes matrix.

    Attributes
    ----------
    n_items, n_labellers, n_classes : int
        Sizes of the code ranges.
    cand_item, cand_class : numpy.ndarray of int64
        The candidate truths, sorted by item then class.
    cand_prob : numpy.ndarray of float64
        Posterior probability of each candidate; an item's candidates sum to 1.
    priors : numpy.ndarray of float64, shape (n_classes,)
        Class priors ``p[k]``.
    accuracy : numpy.ndarray of float64, shape (n_labellers,)
        Each labeller's estimated accuracy: the posterior probability that their answer is
        the truth, averaged over their answers (NaN for a labeller without answers).
    iterations : int
        EM rounds run.
    converged : bool
        Whether the posteriors settled within ``tol`` before ``max_iter``.
    log_likelihood : float
        Log-likelihood of the answers under the returned parameters (items counted by
        their weight); EM never lowers it from one round to the next.
    """

    n_items: int
    n_labellers: int
    n_classes: int
    cand_item: IntArray
    cand_class: IntArray
    cand_prob: FloatArray
    priors: FloatArray
    accuracy: FloatArray
    iterations: int
    converged: bool
    log_likelihood: float
    _cells: IntArray
    _log_cell: FloatArray
    _row_total: FloatArray
    _smoothing: float

    def posteriors(self) -> FloatArray:
        """The dense ``(n_items, n_classes)`` posterior matrix (zero off the candidates)."""
        out = np.zeros((self.n_items, self.n_classes))
        out[self.cand_item, self.cand_class] = self.cand_prob
        return out

    def posterior(self, items: npt.ArrayLike, classes: npt.ArrayLike) -> FloatArray:
        """Posterior probability of (item, class) pairs; 0 for pairs that are no candidate."""
        k = max(self.n_classes, 1)
        key = np.asarray(items, dtype=np.int64) * k + np.asarray(classes, dtype=np.int64)
        cand_key = self.cand_item * k + self.cand_class
        pos = np.clip(np.searchsorted(cand_key, key), 0, max(cand_key.size - 1, 0))
        if cand_key.size == 0:
            return np.zeros(key.shape)
        return np.where(cand_key[pos] == key, self.cand_prob[pos], 0.0)

    def labels(self) -> IntArray:
        """The most probable class per item (lowest code on ties; -1 without answers)."""
        out = np.full(self.n_items, -1, dtype=np.int64)
        if self.cand_item.size:
            order = np.lexsort((self.cand_class, -self.cand_prob, self.cand_item))
            first = order[_starts(self.cand_item[order])]
            out[self.cand_item[first]] = self.cand_class[first]
        return out

    def confusion(self, labeller: int) -> FloatArray:
        """Labeller ``labeller``'s confusion matrix: ``[k, c] = P(answer c | truth k)``."""
        k = self.n_classes
        rows = self._row_total[labeller * k : (labeller + 1) * k]
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.where(rows[:, None] > 0, self._smoothing / rows[:, None], 0.0)
            out = np.broadcast_to(out, (k, k)).copy()
        mine = (self._cells // (k * k)) == labeller
        cell = self._cells[mine] % (k * k)
        out[cell // k, cell % k] = np.exp(self._log_cell[mine])
        return out

    def confusion_matrices(self) -> FloatArray:
        """All confusion matrices, ``(n_labellers, n_classes, n_classes)`` (dense: small K)."""
        return (
            np.stack([self.confusion(i) for i in range(self.n_labellers)])
            if (self.n_labellers)
            else np.zeros((0, self.n_classes, self.n_classes))
        )


def dawid_skene(
    obs: Observations,
    *,
    weights: npt.ArrayLike | None = None,
    known: npt.ArrayLike | None = None,
    support: Support = "all",
    smoothing: float = SMOOTHING,
    tol: float = 1e-6,
    max_iter: int = 100,
) -> DawidSkene:
    """Fit Dawid and Skene's model by EM, starting from the soft majority vote.

    Parameters
    ----------
    obs : Observations
        The answers (see :func:`observations`).
    weights : array_like of float, shape (n_items,), optional
        How many identical items each item stands for (when items with the same answers
        from the same labellers are merged beforehand); default 1 each.
    known : array_like of int, shape (n_items,), optional
        The known truth of items whose truth is known (gold answers, reviews), -1 for the
        rest. A known item keeps its class with probability 1 and helps estimate the
        labellers' confusion matrices.
    support : {'all', 'observed'}
        Candidate truths: every class (exact), or the classes an item's labellers chose.
    smoothing : float
        Pseudo-count added to every confusion cell in the M-step (0: plain maximum
        likelihood, as in the paper).
    tol : float
        Stop when no posterior changes by more than this between rounds.
    max_iter : int
        The most EM rounds (0: the model of the majority vote shares).

    Returns
    -------
    DawidSkene
        The fitted model.
    """
    if smoothing < 0 or tol < 0 or max_iter < 0:
        raise ValueError("smoothing, tol and max_iter must not be negative")
    w = np.ones(obs.n_items) if weights is None else np.asarray(weights, dtype=np.float64)
    truth = np.full(obs.n_items, -1, dtype=np.int64) if known is None else np.asarray(known)
    if truth.shape != (obs.n_items,) or (truth >= obs.n_classes).any():
        raise ValueError("known must give one class code (or -1) per item")
    d = _design(obs, support, w, truth.astype(np.int64))
    moving = d.init[d.moving]
    params = _m_step(obs, d, moving, smoothing)
    rounds, converged = 0, max_iter == 0
    while rounds < max_iter:
        new = _e_step(d, params)
        rounds += 1
        change = float(np.abs(new - moving).max()) if new.size else 0.0
        moving = new
        params = _m_step(obs, d, moving, smoothing)
        if change <= tol:
            converged = True
            break
    post = np.ones(d.cand_item.size)
    post[d.moving] = moving
    answer_w = w[obs.items]
    answers = np.bincount(obs.labellers, weights=answer_w, minlength=obs.n_labellers)
    right = np.where(d.answer_cand >= 0, post[np.maximum(d.answer_cand, 0)], 0.0)
    hit = np.bincount(obs.labellers, weights=answer_w * right, minlength=obs.n_labellers)
    with np.errstate(divide="ignore", invalid="ignore"):
        accuracy = np.where(answers > 0, hit / np.maximum(answers, 1), np.nan)
    return DawidSkene(
        obs.n_items,
        obs.n_labellers,
        obs.n_classes,
        d.cand_item,
        d.cand_class,
        post,
        params.priors,
        accuracy,
        rounds,
        converged,
        _log_likelihood(d, params),
        d.cells,
        params.log_cell,
        params.row_total,
        smoothing,
    )
