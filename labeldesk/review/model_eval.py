"""Model predictions against the humans' final labels: accuracy, confusion, calibration.

Predictions come with a batch (``Prediction``: a label key and a score, per model). For each
model, a conversation's prediction is its conversation-level prediction with the highest
score (then the smallest key; turn-level predictions are left out). It is compared with the
conversation's final label (:func:`labeldesk.review.final.decide`: gold, review, agreement,
consensus or a single answer); conversations with no final label are not compared. A
prediction is **correct** when its label is one of the final labels.

- accuracy overall, with a 95% Wilson interval, and per final-label way (gold, review ...);
- per label: how often the model was right on items with that final label (recall), and how
  often its prediction of that label was right (precision);
- a confusion matrix: final label (rows) by predicted label (columns);
- calibration, when the scores are probabilities (all within 0..1): :data:`BINS` equal-width
  score bins, each with its mean score and accuracy, and the expected calibration error
  ``ECE = sum_b (n_b / n) * |accuracy_b - mean score_b|``;
- the conversations where the model is confidently wrong (score at least ``threshold``),
  highest score first.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from sqlalchemy import select
from sqlalchemy.orm import Session

from labeldesk.errors import LabelDeskError
from labeldesk.review.answers import load_kept
from labeldesk.review.examples import Example, examples
from labeldesk.review.final import HOWS, FinalTable, decide
from labeldesk.review.label_names import LabelNames
from labeldesk.review.qa_tables import CATEGORY_SEPARATOR
from labeldesk.review.quality_stats import ratio, wilson
from labeldesk.storage.db import Database
from labeldesk.storage.models import Prediction

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

#: Calibration bins, equal width over 0..1.
BINS = 10
#: Score from which a wrong prediction counts as confidently wrong.
THRESHOLD = 0.9
#: Confidently wrong conversations listed, at most.
LIMIT = 50


class ModelEvalError(LabelDeskError):
    """A model comparison was asked for with a bad value; the message says which."""


@dataclass(frozen=True)
class LabelScore:
    """The model on one label: recall over items with that final label, precision over its
    predictions of it."""

    label: str
    name: str
    n: int  # compared items whose final label is this
    correct: int  # ... that the model got right
    accuracy: float | None
    predicted: int  # compared items the model gave this label
    predicted_correct: int
    precision: float | None


@dataclass(frozen=True)
class HowScore:
    """Accuracy on the items whose final label was decided one way (gold, review ...)."""

    how: str
    n: int
    correct: int
    accuracy: float | None


@dataclass(frozen=True)
class CalibrationBin:
    """Predictions whose score lies in ``[low, high)`` (the last bin includes 1)."""

    low: float
    high: float
    n: int
    mean_score: float | None
    accuracy: float | None


@dataclass(frozen=True)
class ConfidentMiss:
    """A confidently wrong prediction."""

    conversation_id: int
    external_id: str
    language: str
    snippet: str
    predicted: str
    predicted_name: str
    score: float
    final: tuple[str, ...]
    final_name: str
    how: str


@dataclass(frozen=True)
class ModelEval:
    """One model against the final labels.

    Attributes
    ----------
    model
        The model's name as imported ("" when the file named none).
    predicted
        Conversations in scope with a prediction from this model.
    compared, correct, accuracy, accuracy_ci
        Those with a final label, how many the model got right, the share, its interval.
    by_how
        Accuracy per way the final label was decided, in :data:`HOWS` order.
    labels
        Per label (final or predicted), most frequent final label first.
    confusion_labels, confusion
        ``confusion[i][j]``: compared items with final label ``confusion_labels[i]`` that the
        model labelled ``confusion_labels[j]``.
    scored
        Compared predictions with a score.
    calibration, ece
        Reliability bins and expected calibration error; empty and None when no compared
        prediction has a score, or a score lies outside 0..1 (``calibration_note`` says why).
    threshold, confident_wrong, n_confident_wrong
        Confidently wrong predictions (score at least ``threshold``), highest score first,
        at most :data:`LIMIT`; and how many there are in all.
    """

    model: str
    predicted: int
    compared: int
    correct: int
    accuracy: float | None
    accuracy_ci: tuple[float, float] | None
    by_how: tuple[HowScore, ...]
    labels: tuple[LabelScore, ...]
    confusion_labels: tuple[str, ...]
    confusion_names: tuple[str, ...]
    confusion: tuple[tuple[int, ...], ...]
    scored: int
    calibration: tuple[CalibrationBin, ...]
    ece: float | None
    calibration_note: str
    threshold: float
    confident_wrong: tuple[ConfidentMiss, ...]
    n_confident_wrong: int


@dataclass(frozen=True)
class ModelReport:
    """Every model with predictions in scope, by name."""

    batch: str | None
    threshold: float
    models: tuple[ModelEval, ...]


class ModelEvalService:
    """Compare imported model predictions with the humans' final labels.

    Parameters
    ----------
    db
        The workspace database.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def evaluate(
        self, *, batch: str | None = None, threshold: float = THRESHOLD, limit: int = LIMIT
    ) -> ModelReport:
        """Each model's predictions on ``batch`` (None: the workspace) against final labels.

        Raises
        ------
        ModelEvalError
            If ``threshold`` is not a number or ``limit`` is negative.
        LabelDeskError
            If the batch is unknown.
        """
        if not math.isfinite(threshold):
            raise ModelEvalError(f"the confidence threshold must be a number, not {threshold}")
        if limit < 0:
            raise ModelEvalError(f"the number of listed conversations cannot be negative ({limit})")
        with self._db.sessions() as s:
            data = load_kept(s, batch)
            final = decide(data)
            found = _read_predictions(s, final)
            names = LabelNames.load(self._db, data.taxonomy_ids)
            evals = [_Model(m, p, final, names, threshold) for m, p in sorted(found.items())]
            wanted = sorted({c for e in evals for c in e.miss_ids(limit)})
            shown = examples(s, wanted)
        return ModelReport(batch, threshold, tuple(e.result(shown, limit) for e in evals))


@dataclass(frozen=True, eq=False)
class _Predictions:
    """One model's top prediction per conversation: position in the final table, key, score
    (NaN for none)."""

    row: IntArray
    key: list[str]
    score: FloatArray


def _read_predictions(s: Session, final: FinalTable) -> dict[str, _Predictions]:
    """The top conversation-level prediction of each model on each conversation in scope."""
    ids = final.conversation_id
    if ids.size == 0:
        return {}
    query = (
        select(Prediction.model, Prediction.conversation_id, Prediction.label_key, Prediction.score)
        .where(Prediction.turn_idx.is_(None))
        .where(Prediction.conversation_id.between(int(ids.min()), int(ids.max())))
    )
    best: dict[tuple[str, int], tuple[float, str]] = {}
    for model, conv, key, score in s.execute(query):
        value = -math.inf if score is None else float(score)
        seen = best.get((model or "", conv))
        if seen is None or value > seen[0] or (value == seen[0] and key < seen[1]):
            best[(model or "", conv)] = (value, key)
    by_model: dict[str, list[tuple[int, str, float]]] = {}
    for (model, conv), (value, key) in sorted(best.items()):
        row = int(np.searchsorted(ids, conv))
        if row < ids.size and ids[row] == conv:
            score = math.nan if value == -math.inf else value
            by_model.setdefault(model, []).append((row, key, score))
    return {
        m: _Predictions(
            np.asarray([r for r, _, _ in rows], dtype=np.int64),
            [k for _, k, _ in rows],
            np.asarray([v for _, _, v in rows], dtype=np.float64),
        )
        for m, rows in by_model.items()
    }


class _Model:
    """One model's numbers."""

    def __init__(
        self, model: str, p: _Predictions, final: FinalTable, names: LabelNames, threshold: float
    ) -> None:
        self.model, self.names, self.threshold, self.final = model, names, threshold, final
        self.predicted = int(p.row.size)
        keep = final.category[p.row] >= 0
        self.row, self.score = p.row[keep], p.score[keep]
        self.key = [k for k, k_ok in zip(p.key, keep.tolist(), strict=True) if k_ok]
        self.truth = [final.categories[int(c)] for c in final.category[self.row]]
        self.correct = np.asarray(
            [k in t.split(CATEGORY_SEPARATOR) for k, t in zip(self.key, self.truth, strict=True)],
            dtype=bool,
        )
        order = np.lexsort((final.conversation_id[self.row], -np.nan_to_num(self.score, nan=-1)))
        wrong = (~self.correct) & (self.score >= threshold)  # NaN compares False
        self.misses = order[wrong[order]]

    def miss_ids(self, limit: int) -> list[int]:
        """The conversation ids of the confidently wrong predictions listed."""
        return self.final.conversation_id[self.row[self.misses[:limit]]].tolist()

    def result(self, shown: dict[int, Example], limit: int) -> ModelEval:
        """The model's :class:`ModelEval`."""
        n, right = int(self.correct.size), int(self.correct.sum())
        bins, ece, note = self._calibration()
        labels, matrix = self._confusion()
        return ModelEval(
            model=self.model,
            predicted=self.predicted,
            compared=n,
            correct=right,
            accuracy=ratio(right, n),
            accuracy_ci=wilson(right, n),
            by_how=self._by_how(),
            labels=self._labels(),
            confusion_labels=tuple(labels),
            confusion_names=tuple(self.names.category_name(c) for c in labels),
            confusion=matrix,
            scored=int((~np.isnan(self.score)).sum()),
            calibration=bins,
            ece=ece,
            calibration_note=note,
            threshold=self.threshold,
            confident_wrong=tuple(self._miss(int(i), shown) for i in self.misses[:limit]),
            n_confident_wrong=int(self.misses.size),
        )

    def _by_how(self) -> tuple[HowScore, ...]:
        """Accuracy per way the final label was decided (ways with items only)."""
        how = self.final.how_code[self.row].astype(np.int64)
        n = np.bincount(how, minlength=len(HOWS))
        right = np.bincount(how[self.correct], minlength=len(HOWS))
        return tuple(
            HowScore(name, int(n[i]), int(right[i]), ratio(float(right[i]), float(n[i])))
            for i, name in enumerate(HOWS)
            if n[i]
        )

    def _label_order(self) -> list[str]:
        """Final labels by how often they occur, then predicted-only labels; ties by name."""
        final = Counter(self.truth)
        predicted = Counter(self.key)
        every = set(final) | set(predicted)
        return sorted(
            every, key=lambda c: (-final[c], -predicted[c], self.names.category_name(c).casefold())
        )

    def _labels(self) -> tuple[LabelScore, ...]:
        """Recall and precision per label."""
        final_n, final_ok = Counter(self.truth), Counter[str]()
        pred_n, pred_ok = Counter(self.key), Counter[str]()
        for t, k, ok in zip(self.truth, self.key, self.correct.tolist(), strict=True):
            final_ok[t] += ok
            pred_ok[k] += ok
        return tuple(
            LabelScore(
                label=c,
                name=self.names.category_name(c),
                n=final_n[c],
                correct=final_ok[c],
                accuracy=ratio(final_ok[c], final_n[c]),
                predicted=pred_n[c],
                predicted_correct=pred_ok[c],
                precision=ratio(pred_ok[c], pred_n[c]),
            )
            for c in self._label_order()
        )

    def _confusion(self) -> tuple[list[str], tuple[tuple[int, ...], ...]]:
        """Final (rows) x predicted (columns) counts over the labels of :meth:`_label_order`."""
        labels = self._label_order()
        index = {c: i for i, c in enumerate(labels)}
        matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
        for t, k in zip(self.truth, self.key, strict=True):
            matrix[index[t], index[k]] += 1
        return labels, tuple(tuple(int(v) for v in row) for row in matrix)

    def _calibration(self) -> tuple[tuple[CalibrationBin, ...], float | None, str]:
        """Reliability bins and ECE over the scored predictions, or a note why not."""
        scored = ~np.isnan(self.score)
        if not scored.any():
            return (), None, "the predictions carry no scores"
        score, ok = self.score[scored], self.correct[scored]
        if score.min() < 0.0 or score.max() > 1.0:
            return (), None, "the scores are not probabilities (some lie outside 0..1)"
        b = np.minimum((score * BINS).astype(np.int64), BINS - 1)
        n = np.bincount(b, minlength=BINS)
        total = np.bincount(b, weights=score, minlength=BINS)
        right = np.bincount(b, weights=ok.astype(np.float64), minlength=BINS)
        bins = tuple(
            CalibrationBin(
                low=i / BINS,
                high=(i + 1) / BINS,
                n=int(n[i]),
                mean_score=ratio(float(total[i]), float(n[i])),
                accuracy=ratio(float(right[i]), float(n[i])),
            )
            for i in range(BINS)
        )
        gaps = np.abs(right - total)  # n_b * |accuracy_b - mean score_b|
        return bins, float(gaps.sum() / score.size), ""

    def _miss(self, i: int, shown: dict[int, Example]) -> ConfidentMiss:
        """One confidently wrong prediction, with its conversation."""
        row = int(self.row[i])
        conv = int(self.final.conversation_id[row])
        ex = shown.get(conv, Example(conv, str(conv), "", ""))
        truth = self.truth[i]
        return ConfidentMiss(
            conversation_id=conv,
            external_id=ex.external_id,
            language=ex.language,
            snippet=ex.snippet,
            predicted=self.key[i],
            predicted_name=self.names.name(self.key[i]),
            score=float(self.score[i]),
            final=tuple(truth.split(CATEGORY_SEPARATOR)),
            final_name=self.names.category_name(truth),
            how=HOWS[int(self.final.how_code[row])],
        )
