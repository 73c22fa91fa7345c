"""The QA part of an export: each conversation's final label and its QA results.

Working them out is the review layer's job (:mod:`labeldesk.review.export_qa`); the
workspace hands the export a :data:`QaProvider`, and this module only places the values:

- JSONL (and Label Studio's ``data.labeldesk``): keys ``final`` and ``qa``;
- CSV, XLSX and Parquet: columns ``final_labels`` (label keys joined by ``|``),
  ``decided_by``, ``final`` (JSON) and ``qa`` (JSON, empty when there is nothing to say).

``final`` is ``{"labels", "decided_by", "confidence", "n_answers"}``: ``decided_by`` is one
of ``gold``, ``review``, ``agreement``, ``consensus``, ``single``, ``none``. ``qa`` holds the
gold flag, pool and each labeller's score on a gold item, and the review of an item that went
to review: why (disagreement or audit), its status, the reviewer, the reason code, the
comment, and the verdict on each blind slot with the labeller behind it. Labellers and
reviewers are named by their pseudonymous ids only.

Values are built a page at a time from compact arrays, so a million conversations cost a
few arrays, not a million dictionaries.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from labeldesk.export.shapes import dumps_str

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: The table and Parquet columns of the QA part, in order.
QA_COLUMNS: tuple[str, ...] = ("final_labels", "decided_by", "final", "qa")
#: Separator of labels in ``final_labels``.
LABEL_JOIN = "|"
#: ``decided_by`` of a conversation nobody answered.
NONE = "none"


@dataclass(frozen=True, eq=False)
class QaColumns:
    """Final labels and QA results of one batch's conversations, aligned to sorted ids.

    Attributes
    ----------
    conversation_id : numpy.ndarray of int64
        The batch's conversation ids, ascending.
    category : numpy.ndarray of int64
        Code into ``categories`` of each final label set; -1 for none.
    categories : tuple of str
        Label sets, each as label keys joined by ``|``.
    how : numpy.ndarray of int64
        Code into ``hows``.
    hows : tuple of str
        How a final label was decided (see the module docstring).
    confidence : numpy.ndarray of float64
        Confidence in the final label (NaN: none).
    n_answers : numpy.ndarray of int64
        Blind answers with labels.
    qa : dict
        Conversation id -> the ``qa`` object, only for conversations with something to say.
    source : object, optional
        What the provider worked the columns out from (the review layer's loaded answers
        and final labels), kept so that a manifest describes the same read.
    """

    conversation_id: npt.NDArray[np.int64]
    category: npt.NDArray[np.int64]
    categories: tuple[str, ...]
    how: npt.NDArray[np.int64]
    hows: tuple[str, ...]
    confidence: npt.NDArray[np.float64]
    n_answers: npt.NDArray[np.int64]
    qa: dict[int, dict[str, Any]] = field(default_factory=dict)
    source: object | None = None

    def _row(self, conversation_id: int) -> int | None:
        """Position of a conversation in the arrays, or None."""
        row = int(np.searchsorted(self.conversation_id, conversation_id))
        if row < self.conversation_id.size and self.conversation_id[row] == conversation_id:
            return row
        return None

    def final(self, conversation_id: int) -> dict[str, Any]:
        """The ``final`` object of one conversation."""
        row = self._row(conversation_id)
        if row is None:
            return {"labels": [], "decided_by": NONE, "confidence": None, "n_answers": 0}
        code = int(self.category[row])
        confidence = float(self.confidence[row])
        return {
            "labels": [] if code < 0 else self.categories[code].split(LABEL_JOIN),
            "decided_by": self.hows[int(self.how[row])],
            "confidence": None if math.isnan(confidence) else round(confidence, 6),
            "n_answers": int(self.n_answers[row]),
        }

    def extra(self, conversation_id: int) -> dict[str, Any]:
        """The JSONL keys of one conversation: ``final`` and ``qa`` (None: nothing to say)."""
        return {"final": self.final(conversation_id), "qa": self.qa.get(conversation_id)}

    def page(self, ids: Sequence[int]) -> dict[str, list[str | None]]:
        """The QA columns' cells for a page of conversations, by column name."""
        finals = [self.final(cid) for cid in ids]
        qa = [self.qa.get(cid) for cid in ids]
        return {
            "final_labels": [LABEL_JOIN.join(f["labels"]) for f in finals],
            "decided_by": [f["decided_by"] for f in finals],
            "final": [dumps_str(f) for f in finals],
            "qa": [None if q is None else dumps_str(q) for q in qa],
        }

    def ids_between(self, lo: int, hi: int) -> list[int]:
        """The conversation ids from ``lo`` to ``hi`` (inclusive), ascending."""
        start = int(np.searchsorted(self.conversation_id, lo, side="left"))
        stop = int(np.searchsorted(self.conversation_id, hi, side="right"))
        return self.conversation_id[start:stop].tolist()


def empty_qa(ids: Sequence[int]) -> QaColumns:
    """QA columns that say "none" for every conversation (no QA provider)."""
    n = len(ids)
    return QaColumns(
        conversation_id=np.asarray(sorted(ids), dtype=np.int64),
        category=np.full(n, -1, dtype=np.int64),
        categories=(),
        how=np.zeros(n, dtype=np.int64),
        hows=(NONE,),
        confidence=np.full(n, np.nan),
        n_answers=np.zeros(n, dtype=np.int64),
    )


#: Works out a batch's QA columns: ``provider(session, batch_id, batch_name)``.
QaProvider = Callable[["Session", int, str], QaColumns]
