"""Qt list model of a labeller's feedback: gold items they missed and reviewers' verdicts.

Rows are :class:`~labeldesk.labelling.dto.FeedbackEntry` DTOs as the feedback service returns
them; label keys are shown with the display names the window passes in
(:meth:`FeedbackModel.set_label_names`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)

from labeldesk.labelling.dto import FeedbackEntry
from labeldesk.ui.models.common import ModelIndex, read_only_row_flags


class FeedbackRole(enum.IntEnum):
    """Custom data roles for the delegate and the detail pane."""

    ENTRY = Qt.ItemDataRole.UserRole + 1  #: the FeedbackEntry
    KIND = Qt.ItemDataRole.UserRole + 2  #: "gold" or "review"
    KIND_TEXT = Qt.ItemDataRole.UserRole + 3  #: "Gold check" / "Review", translated
    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 4
    EXTERNAL_ID = Qt.ItemDataRole.UserRole + 5
    YOUR_LABELS = Qt.ItemDataRole.UserRole + 6  #: display names, joined
    EXPECTED = Qt.ItemDataRole.UserRole + 7  #: display names, joined
    CORRECT = Qt.ItemDataRole.UserRole + 8
    VERDICT_TEXT = Qt.ItemDataRole.UserRole + 9
    EXPLANATION = Qt.ItemDataRole.UserRole + 10
    CAUSE_TEXT = Qt.ItemDataRole.UserRole + 11  #: translated cause, or ""
    AT_TEXT = Qt.ItemDataRole.UserRole + 12  #: when, in the user's locale


def cause_text(cause: str | None) -> str:
    """A reviewer's cause code as the labeller reads it, translated ("" for none)."""
    texts = {
        "labeller_error": QCoreApplication.translate("FeedbackModel", "Labelling error"),
        "ambiguous": QCoreApplication.translate("FeedbackModel", "Ambiguous item"),
        "guideline_gap": QCoreApplication.translate("FeedbackModel", "Gap in the guideline"),
        "taxonomy_gap": QCoreApplication.translate("FeedbackModel", "Gap in the taxonomy"),
        "other": QCoreApplication.translate("FeedbackModel", "Other"),
    }
    return "" if cause is None else texts.get(cause, cause)


def local_time_text(at: dt.datetime) -> str:
    """A stored time (UTC when naive) as a short local date and time in the UI locale."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    moment = QDateTime.fromMSecsSinceEpoch(int(aware.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class FeedbackModel(QAbstractListModel):
    """The feedback entries of one labeller, newest first.

    Parameters
    ----------
    parent
        The owning QObject.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[FeedbackEntry] = []
        self._names: dict[str, str] = {}

    def set_entries(self, entries: Sequence[FeedbackEntry]) -> None:
        """Show ``entries`` (a model reset)."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def set_label_names(self, names: Mapping[str, str]) -> None:
        """Show label keys by these display names (keys without a name show as the key)."""
        self._names = dict(names)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0))

    def entry(self, row: int) -> FeedbackEntry:
        """The entry at ``row`` (IndexError if there is none)."""
        if row < 0:
            raise IndexError(row)
        return self._entries[row]

    def label_names(self, keys: Sequence[str]) -> str:
        """Label keys as their display names, joined for reading; "none" for no labels."""
        if not keys:
            return self.tr("(none)")
        return self.tr(", ").join(self._names.get(k, k) for k in keys)

    # -- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: rows are selectable, never editable."""
        return read_only_row_flags(index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401
        """Override QAbstractItemModel.data: a one-line summary, custom roles for the parts."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.summary(entry)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(entry)
        if role >= Qt.ItemDataRole.UserRole:
            return self._custom(entry, role)
        return None

    # -- texts ----------------------------------------------------------------------------

    def kind_text(self, entry: FeedbackEntry) -> str:
        """ "Gold check" or "Review"."""
        return self.tr("Gold check") if entry.kind == "gold" else self.tr("Review")

    def verdict_text(self, entry: FeedbackEntry) -> str:
        """What the result says about the labeller's answer."""
        if entry.kind == "gold":
            return (
                self.tr("Your answer matched the gold answer.")
                if entry.correct
                else self.tr("Your answer did not match the gold answer.")
            )
        return (
            self.tr("The reviewer judged your answer correct.")
            if entry.correct
            else self.tr("The reviewer judged your answer incorrect.")
        )

    def summary(self, entry: FeedbackEntry) -> str:
        """One line: what you chose and what was expected."""
        template = (
            self.tr("You: %1 · Expected: %2")
            if entry.kind == "gold"
            else self.tr("You: %1 · Final: %2")
        )
        return template.replace("%1", self.label_names(entry.your_labels)).replace(
            "%2", self.label_names(entry.expected)
        )

    def _tooltip(self, entry: FeedbackEntry) -> str:
        """Kind, conversation, verdict and summary, for tooltips and screen readers."""
        return (
            self.tr("%1 on %2: %3 %4")
            .replace("%1", self.kind_text(entry))
            .replace("%2", entry.external_id)
            .replace("%3", self.verdict_text(entry))
            .replace("%4", self.summary(entry))
        )

    def _custom(self, entry: FeedbackEntry, role: int) -> Any:  # noqa: ANN401
        """The value of a :class:`FeedbackRole`."""
        if role == FeedbackRole.ENTRY:
            return entry
        if role == FeedbackRole.YOUR_LABELS:
            return self.label_names(entry.your_labels)
        if role == FeedbackRole.EXPECTED:
            return self.label_names(entry.expected)
        texts: dict[int, Any] = {
            FeedbackRole.KIND: entry.kind,
            FeedbackRole.CONVERSATION_ID: entry.conversation_id,
            FeedbackRole.EXTERNAL_ID: entry.external_id,
            FeedbackRole.CORRECT: entry.correct,
            FeedbackRole.EXPLANATION: entry.explanation,
        }
        if role in texts:
            return texts[role]
        lazy: dict[int, Callable[[FeedbackEntry], str]] = {
            FeedbackRole.KIND_TEXT: self.kind_text,
            FeedbackRole.VERDICT_TEXT: self.verdict_text,
            FeedbackRole.CAUSE_TEXT: lambda e: cause_text(e.cause),
            FeedbackRole.AT_TEXT: lambda e: local_time_text(e.at),
        }
        fn = lazy.get(role)
        return None if fn is None else fn(entry)
