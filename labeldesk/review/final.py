"""Each conversation's final label, and how it was decided: gold, review, agreement, consensus.

The rules, in order:

- ``gold``: the conversation is a gold item (hidden or training); its answer is final.
- ``review``: a reviewer adjudicated it; the latest review's labels are final (a changed
  review is a new row, and the latest wins).
- ``agreement``: two or more blind answers, all equal.
- ``consensus``: several answers that differ, and no review yet: the majority vote, with
  ties broken by the Dawid-Skene posterior (:mod:`labeldesk.review.consensus`).
- ``single``: one answer.
- ``none``: no answer (nothing submitted, or only skips).

Answers are label *sets*: an answer's category is its labels sorted and joined by ``|``, so
``["b", "a"]`` and ``["a", "b"]`` agree and ``["a"]`` differs from ``["a", "b"]``. Turn
labels do not take part. Skipped and withdrawn answers do not count; unsure answers with
labels do.

``confidence`` is 1 for gold and review, the Dawid-Skene posterior probability of the final
label for agreement, consensus and single answers, and NaN for none. Dawid-Skene is fitted
on the conversations with answers, merged into patterns (conversations whose answers came
from the same labellers with the same labels are one weighted item). It uses every class as
a candidate truth when patterns x categories is at most :data:`EXACT_CELLS`, else only the
classes someone chose for the item (see :mod:`labeldesk.review.consensus`).
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from labeldesk.review.answers import QAData, load
from labeldesk.review.consensus import (
    DawidSkene,
    Observations,
    Support,
    dawid_skene,
    majority_vote,
    observations,
)
from labeldesk.review.qa_tables import CATEGORY_SEPARATOR

if TYPE_CHECKING:
    import pandas as pd

    from labeldesk.storage.db import Database

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

#: How a final label was decided; ``FinalTable.how_code`` indexes this tuple.
HOWS = ("gold", "review", "agreement", "consensus", "single", "none")
GOLD, REVIEW, AGREEMENT, CONSENSUS, SINGLE, NONE = range(len(HOWS))
#: Dawid-Skene considers every class for every item up to this many (pattern, class) cells.
EXACT_CELLS = 2_000_000
#: Dawid-Skene stops when no posterior moves by more than this, or after MAX_ITER rounds.
TOL = 1e-3
MAX_ITER = 500


@dataclass(frozen=True)
class FinalLabel:
    """One conversation's final label."""

    conversation_id: int
    labels: tuple[str, ...]
    how: str
    confidence: float
    n_answers: int


@dataclass(frozen=True, eq=False)
class FinalTable:
    """Final labels of a batch's conversations, as columns (one row per conversation).

    Attributes
    ----------
    conversation_id : numpy.ndarray of int64
        Sorted conversation ids.
    category : numpy.ndarray of int64
        Code of the final category in ``categories``; -1 for no labels.
    categories : tuple of str
        Categories: label keys sorted and joined by ``|``.
    how_code : numpy.ndarray of int8
        Index into :data:`HOWS`.
    confidence : numpy.ndarray of float64
        See the module docstring.
    n_answers : numpy.ndarray of int64
        Blind answers with labels (skips do not count).
    labellers : tuple of str
        User ids of the labellers who answered.
    labeller_accuracy : numpy.ndarray of float64
        Each labeller's accuracy as Dawid-Skene estimates it (NaN without answers).
    """

    conversation_id: IntArray
    category: IntArray
    categories: tuple[str, ...]
    how_code: npt.NDArray[np.int8]
    confidence: FloatArray
    n_answers: IntArray
    labellers: tuple[str, ...] = ()
    labeller_accuracy: FloatArray = field(default_factory=lambda: np.zeros(0))

    def __len__(self) -> int:
        """How many conversations."""
        return int(self.conversation_id.size)

    @property
    def how(self) -> npt.NDArray[np.str_]:
        """How each final label was decided, as names from :data:`HOWS`."""
        return np.asarray(HOWS)[self.how_code]

    def labels(self, row: int) -> tuple[str, ...]:
        """The final labels of row ``row``."""
        code = int(self.category[row])
        return () if code < 0 else tuple(self.categories[code].split(CATEGORY_SEPARATOR))

    def get(self, conversation_id: int) -> FinalLabel | None:
        """The final label of one conversation, or None if it is not in the table."""
        row = int(np.searchsorted(self.conversation_id, conversation_id))
        if row >= len(self) or self.conversation_id[row] != conversation_id:
            return None
        return FinalLabel(
            conversation_id=int(conversation_id),
            labels=self.labels(row),
            how=HOWS[int(self.how_code[row])],
            confidence=float(self.confidence[row]),
            n_answers=int(self.n_answers[row]),
        )

    def counts(self) -> dict[str, int]:
        """How many conversations were decided each way."""
        n = np.bincount(self.how_code.astype(np.int64), minlength=len(HOWS))
        return {name: int(n[i]) for i, name in enumerate(HOWS)}

    def frame(self) -> pd.DataFrame:
        """A DataFrame: conversation_id, labels (tuple), how, confidence, n_answers."""
        import pandas as pd

        names = np.empty(len(self.categories) + 1, dtype=object)
        names[:-1] = [tuple(c.split(CATEGORY_SEPARATOR)) for c in self.categories]
        names[-1] = ()
        return pd.DataFrame(
            {
                "conversation_id": self.conversation_id,
                "labels": names[self.category],
                "how": pd.Categorical.from_codes(self.how_code.astype(np.int64), HOWS),
                "confidence": self.confidence,
                "n_answers": self.n_answers,
            }
        )


def final_labels(db: Database, *, batch: str | None = None) -> FinalTable:
    """The final label of every conversation of ``batch`` (None: the whole workspace).

    Parameters
    ----------
    db
        The workspace database; one read transaction.
    batch
        The batch's name; its hidden gold items mixed in from other batches are included.

    Raises
    ------
    LabelDeskError
        If there is no batch of that name.
    """
    with db.sessions() as s:
        data = load(s, batch)
    return decide(data)


# --------------------------------------------------------------------------- deciding


@dataclass(frozen=True, eq=False)
class _Patterns:
    """Conversations with answers, merged when their answers and known truth are the same."""

    conv: IntArray  # the conversations with answers
    inverse: IntArray  # pattern of each of them
    sizes: IntArray  # conversations per pattern
    known: IntArray  # per pattern: the known category (gold, review), -1 for none
    obs_item: IntArray  # answers of the patterns: the pattern, and labeller * n_cats + category
    obs_code: IntArray


def _patterns(conv: IntArray, code: IntArray, known: IntArray, n_codes: int) -> _Patterns:
    """Group conversations by their sorted answer codes (labeller * n_cats + category).

    ``known`` is the known category of every conversation of the scope (-1: none).
    """
    key = np.sort(conv * n_codes + code)
    conv_s, code_s = key // n_codes, key % n_codes
    starts = np.flatnonzero(np.r_[True, conv_s[1:] != conv_s[:-1]])
    convs = conv_s[starts]
    depth = np.diff(np.r_[starts, conv_s.size])
    width = int(depth.max())
    matrix = np.full((convs.size, width + 1), -1, dtype=np.int64)
    slot = np.arange(conv_s.size) - np.repeat(starts, depth)
    matrix[np.repeat(np.arange(convs.size), depth), slot] = code_s
    matrix[:, width] = known[convs]
    rep, inverse, sizes = _unique_rows(matrix)
    rows = matrix[rep]
    answers = rows[:, :width]
    item = np.repeat(np.arange(rows.shape[0]), width).reshape(answers.shape)
    keep = answers >= 0
    return _Patterns(convs, inverse, sizes, rows[:, width], item[keep], answers[keep])


def _unique_rows(matrix: IntArray) -> tuple[IntArray, IntArray, IntArray]:
    """A representative row, the group of each row, and the group sizes of equal rows.

    Rows are grouped by a 64-bit hash, then checked against their representative; if a
    hash ever collides, exact (slower) sorting decides.
    """
    import pandas as pd

    mix = np.uint64(0x9E3779B97F4A7C15)
    digest = np.zeros(matrix.shape[0], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in matrix.T:
            digest = (digest ^ (column + 1).astype(np.uint64)) * mix
    inverse, uniques = pd.factorize(digest)
    rep = np.empty(len(uniques), dtype=np.int64)
    rep[inverse] = np.arange(inverse.size)
    if not (matrix[rep[inverse]] == matrix).all():
        _, rep, inverse = np.unique(matrix, axis=0, return_index=True, return_inverse=True)
    inverse = np.asarray(inverse, dtype=np.int64).ravel()
    return rep.astype(np.int64), inverse, np.bincount(inverse).astype(np.int64)


@dataclass(frozen=True, eq=False)
class _Consensus:
    """Per conversation: answers, majority vote, its posterior, distinct categories."""

    n_answers: IntArray
    winner: IntArray
    confidence: FloatArray
    distinct: IntArray
    accuracy: FloatArray  # per labeller


def _consensus(data: QAData, known: IntArray) -> _Consensus:
    """Majority vote with Dawid-Skene tie-breaks for every conversation with answers."""
    n_conv, n_cats = data.conversations.size, max(len(data.categories), 1)
    labelled = data.category >= 0
    conv, cat = data.conv[labelled], data.category[labelled]
    n_answers = np.bincount(conv, minlength=n_conv).astype(np.int64)
    winner = np.full(n_conv, -1, dtype=np.int64)
    confidence = np.full(n_conv, np.nan)
    distinct = np.zeros(n_conv, dtype=np.int64)
    if conv.size == 0:
        return _Consensus(n_answers, winner, confidence, distinct, np.full(len(data.users), np.nan))
    n_users = max(len(data.users), 1)
    pat = _patterns(conv, data.user[labelled] * n_cats + cat, known, n_users * n_cats)
    obs = observations(
        pat.obs_item,
        pat.obs_code // n_cats,
        pat.obs_code % n_cats,
        n_items=pat.sizes.size,
        n_labellers=n_users,
        n_classes=n_cats,
    )
    model = _fit(obs, pat.sizes, pat.known)
    vote = majority_vote(obs, tie_break=model.posterior)
    posterior = model.posterior(np.arange(pat.sizes.size), np.maximum(vote.labels, 0))
    winner[pat.conv] = vote.labels[pat.inverse]
    confidence[pat.conv] = posterior[pat.inverse]
    distinct[pat.conv] = vote.distinct[pat.inverse]
    return _Consensus(n_answers, winner, confidence, distinct, model.accuracy[: len(data.users)])


def _fit(obs: Observations, sizes: IntArray, known: IntArray) -> DawidSkene:
    """Dawid-Skene on the patterns: exact while small enough, else on observed classes.

    The last :data:`FITS_KEPT` fits are kept with their input: a report asked for again
    on the same answers (another grouping, a refresh) reuses the fit instead of running EM
    again. The input is compared in full, so a reused fit is the one EM would give.
    """
    unknown = int((known < 0).sum())
    exact = unknown * max(obs.n_classes, 1) <= EXACT_CELLS
    fit_input = _FitInput(obs, sizes, known, "all" if exact else "observed", TOL, MAX_ITER)
    with _FITS_LOCK:
        for i, (kept, model) in enumerate(_FITS):
            if kept.same(fit_input):
                _FITS.append(_FITS.pop(i))
                return model
    model = dawid_skene(
        obs,
        weights=sizes,
        known=known,
        support=fit_input.support,
        tol=TOL,
        max_iter=MAX_ITER,
    )
    with _FITS_LOCK:
        _FITS.append((fit_input.copy(), model))
        del _FITS[: max(len(_FITS) - FITS_KEPT, 0)]
    return model


@dataclass(frozen=True, eq=False)
class _FitInput:
    """Everything a Dawid-Skene fit depends on."""

    obs: Observations
    sizes: IntArray
    known: IntArray
    support: Support
    tol: float
    max_iter: int

    def copy(self) -> _FitInput:
        """The same input in arrays of its own (the caller's may change later)."""
        o = self.obs
        obs = Observations(
            o.items.copy(), o.labellers.copy(), o.classes.copy(),
            o.n_items, o.n_labellers, o.n_classes,
        )  # fmt: skip
        return _FitInput(
            obs, self.sizes.copy(), self.known.copy(), self.support, self.tol, self.max_iter
        )

    def same(self, other: _FitInput) -> bool:
        """Whether a fit of ``other`` gives this fit (equal input, value by value)."""
        a, b = self.obs, other.obs
        return (
            (self.support, self.tol, self.max_iter) == (other.support, other.tol, other.max_iter)
            and (a.n_items, a.n_labellers, a.n_classes) == (b.n_items, b.n_labellers, b.n_classes)
            and all(
                np.array_equal(x, y)
                for x, y in (
                    (a.items, b.items),
                    (a.labellers, b.labellers),
                    (a.classes, b.classes),
                    (self.sizes, other.sizes),
                    (self.known, other.known),
                )
            )
        )


#: How many Dawid-Skene fits :func:`_fit` keeps for reuse.
FITS_KEPT = 4
_FITS: list[tuple[_FitInput, DawidSkene]] = []
_DECIDED: list[tuple[weakref.ref[QAData], tuple[int, float, int], FinalTable]] = []
_FITS_LOCK = threading.Lock()


def decide(data: QAData) -> FinalTable:
    """Apply the rules of the module docstring to loaded data.

    The last few tables are kept with the data they were decided from: the same data
    object (a read reused by :func:`~labeldesk.review.answers.load_kept`) gets the same
    table, as long as the settings of the fit are the same.
    """
    settings = (EXACT_CELLS, TOL, MAX_ITER)
    with _FITS_LOCK:
        for ref, kept_settings, table in _DECIDED:
            if ref() is data and kept_settings == settings:
                return table
    table = _decide(data)
    with _FITS_LOCK:
        _DECIDED.append((weakref.ref(data), settings, table))
        del _DECIDED[: max(len(_DECIDED) - FITS_KEPT, 0)]
    return table


def forget_kept() -> None:
    """Drop the kept Dawid-Skene fits and tables (the next ones are computed anew)."""
    with _FITS_LOCK:
        _FITS.clear()
        _DECIDED.clear()


def _decide(data: QAData) -> FinalTable:
    """:func:`decide`, computed."""
    known = np.where(data.gold_category >= 0, data.gold_category, data.review_category)
    c = _consensus(data, known)
    how = np.full(data.conversations.size, NONE, dtype=np.int8)
    how[c.n_answers == 1] = SINGLE
    how[(c.n_answers >= 2) & (c.distinct == 1)] = AGREEMENT
    how[(c.n_answers >= 2) & (c.distinct > 1)] = CONSENSUS
    category = c.winner.copy()
    reviewed = (data.review_category >= 0) | data.review_empty
    how[reviewed] = REVIEW
    category[reviewed] = data.review_category[reviewed]
    gold = data.gold_category >= 0
    how[gold] = GOLD
    category[gold] = data.gold_category[gold]
    confidence = np.where(how <= REVIEW, 1.0, c.confidence)
    confidence[how == NONE] = np.nan
    return FinalTable(
        conversation_id=data.conversations,
        category=category,
        categories=tuple(data.categories),
        how_code=how,
        confidence=confidence,
        n_answers=c.n_answers,
        labellers=tuple(u.id for u in data.users),
        labeller_accuracy=c.accuracy,
    )
