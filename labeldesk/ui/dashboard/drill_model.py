"""Qt item model of the conversations behind a chart element, made a page at a time.

A :class:`~labeldesk.review.dashboard.DrillDown` holds the ids of every conversation behind
the element (a day at a million answers is tens of thousands); the model asks it for rows
a page at a time as the view scrolls (``canFetchMore``/``fetchMore``), so opening a list
costs one page.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from labeldesk.review.dashboard import AnswerCell, ConversationRow, DrillDown
from labeldesk.ui.models.common import ModelIndex, read_only_row_flags

#: Rows made per ``fetchMore``.
PAGE_SIZE = 200
#: The role that gives a row's :class:`ConversationRow`.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class DrillColumn(enum.IntEnum):
    """The model's columns."""

    MISS = 0
    CONVERSATION = 1
    LANGUAGE = 2
    FINAL = 3
    ANSWERS = 4


class DrillDownModel(QAbstractTableModel):
    """The conversations of a :class:`DrillDown`, those with a miss first.

    Parameters
    ----------
    parent
        The owning QObject.
    page_size
        Rows made per ``fetchMore``.
    """

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._drill: DrillDown | None = None
        self._rows: list[ConversationRow] = []
        self._page_size = page_size

    # -- content --------------------------------------------------------------------------

    def set_drill_down(self, drill: DrillDown | None) -> None:
        """Show ``drill``'s conversations (its first page), or nothing."""
        self.beginResetModel()
        self._drill = drill
        self._rows = (
            [] if drill is None else list(drill.first_page) or drill.rows(0, self._page_size)
        )
        self.endResetModel()

    def drill_down(self) -> DrillDown | None:
        """What the model shows."""
        return self._drill

    def total(self) -> int:
        """Conversations in the list, fetched or not."""
        return len(self._drill) if self._drill is not None else 0

    def row_at(self, row: int) -> ConversationRow | None:
        """The fetched row ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        """Override QAbstractItemModel.canFetchMore: rows remain to be made."""
        return not parent.isValid() and len(self._rows) < self.total()

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        """Override QAbstractItemModel.fetchMore: make the next page of rows."""
        if parent.isValid() or self._drill is None or not self.canFetchMore(parent):
            return
        start = len(self._rows)
        page = self._drill.rows(start, start + self._page_size)
        if not page:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- the model protocol ---------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: the rows made so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(DrillColumn)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: selectable, read-only rows."""
        return read_only_row_flags(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: ANN401 - what Qt's data roles hold
        """Override QAbstractItemModel.headerData: the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            DrillColumn.MISS: self.tr("Miss"),
            DrillColumn.CONVERSATION: self.tr("Conversation"),
            DrillColumn.LANGUAGE: self.tr("Language"),
            DrillColumn.FINAL: self.tr("Final label"),
            DrillColumn.ANSWERS: self.tr("Answers"),
        }
        return titles.get(DrillColumn(section)) if 0 <= section < len(DrillColumn) else None

    def data(
        self, index: ModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: ANN401 - what Qt's data roles hold
        """Override QAbstractItemModel.data: texts, tooltips and the row itself."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        column = DrillColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column) or self._tooltip(row, column)
        return None

    def _text(self, row: ConversationRow, column: DrillColumn) -> str:
        """A cell's text."""
        if column == DrillColumn.MISS:
            return "✗" if row.miss else ""
        if column == DrillColumn.CONVERSATION:
            return row.external_id
        if column == DrillColumn.LANGUAGE:
            return row.language
        if column == DrillColumn.FINAL:
            return row.final or "—"
        return " · ".join(self._answer(a) for a in row.answers)

    def _tooltip(self, row: ConversationRow, column: DrillColumn) -> str:
        """A cell's tooltip: what a miss is, how the final label was decided."""
        if column == DrillColumn.MISS:
            return (
                self.tr("An answer behind this element differs from the final label")
                if row.miss
                else self.tr("Every answer behind this element matches the final label")
            )
        if column == DrillColumn.FINAL:
            return self.tr("Decided by: %1").replace("%1", self._how(row.decided_by))
        return self._text(row, column)

    def _answer(self, answer: AnswerCell) -> str:
        """One labeller's answer as ``Name: labels`` with its flags."""
        what = self.tr("skipped") if answer.skipped else answer.labels or self.tr("no labels")
        if answer.unsure:
            what = self.tr("%1 (unsure)").replace("%1", what)
        mark = " ✗" if answer.miss else ""
        return f"{answer.labeller}: {what}{mark}"

    def _how(self, how: str) -> str:
        """How a final label was decided, in the UI language."""
        names = {
            "gold": self.tr("gold"),
            "review": self.tr("review"),
            "agreement": self.tr("agreement"),
            "consensus": self.tr("consensus"),
            "single": self.tr("single answer"),
            "none": self.tr("no answer"),
        }
        return names.get(how, how)
