"""The conversations behind a chart element: a list, and the chosen conversation to read.

The list (:class:`~labeldesk.ui.dashboard.drill_model.DrillDownModel`, paged) shows each
conversation's final label and every answer, misses marked; moving through it shows the
conversation in the labelling app's chat view
(:class:`~labeldesk.ui.labelling.conversation_view.ConversationView`), read-only. Enter
moves to the conversation, Esc or Alt+E closes the panel.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labeldesk.review.dashboard import ConversationRow, DrillDown
from labeldesk.ui.dashboard.drill_model import DrillColumn, DrillDownModel
from labeldesk.ui.labelling.conversation_view import ConversationView

if TYPE_CHECKING:
    from labeldesk.review.dashboard import DashboardService


class DrillPanel(QWidget):
    """The drill-down list and the conversation reader.

    Parameters
    ----------
    service
        The dashboard service (reads a conversation to show).
    parent
        The owning widget.

    Signals
    -------
    closed()
        The lead closed the panel (Esc, or the Close button).
    conversationShown(int)
        A conversation is on show: its id.
    """

    closed = Signal()
    conversationShown = Signal(int)

    def __init__(self, service: DashboardService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drill_panel")
        self.service = service
        self.heading = QLabel(self)
        self.heading.setObjectName("drill_heading")
        self.summary = QLabel(self)
        self.summary.setObjectName("drill_summary")
        self.summary.setWordWrap(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("button_close_drill")
        self.model = DrillDownModel(self)
        self.table = self._make_table()
        self.heading.setBuddy(self.table)
        self.answers = QLabel(self)
        self.answers.setObjectName("drill_answers")
        self.answers.setWordWrap(True)
        self.answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conversation = ConversationView(self)
        self._build_layout()
        self._connect()
        self.retranslate()

    def _make_table(self) -> QTableView:
        """The list of conversations: whole rows, no editing, columns sized to fit."""
        table = QTableView(self)
        table.setObjectName("drill_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DrillColumn.ANSWERS, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_layout(self) -> None:
        """Heading and Close, the summary, then the list over the conversation."""
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        reader = QWidget(self)
        column = QVBoxLayout(reader)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.answers)
        column.addWidget(self.conversation, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("drill_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        for first, second in pairwise((self.table, self.conversation, self.close_button)):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        """Moving in the list shows the conversation; Enter reads it; Esc closes."""
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.read_conversation())
        self.close_button.clicked.connect(self.close_panel)
        self.escape = QAction(self)
        self.escape.setObjectName("action_close_drill")
        self.escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.triggered.connect(self.close_panel)
        self.addAction(self.escape)

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        self.heading.setText(self.tr("C&onversations behind the chosen element"))
        self.close_button.setText(self.tr("Clos&e"))
        self.close_button.setToolTip(self.tr("Close this list (Esc)"))
        self.conversation.setAccessibleName(self.tr("Conversation"))

    # -- showing --------------------------------------------------------------------------

    def show_drill_down(self, drill: DrillDown, description: str) -> None:
        """List ``drill``'s conversations under ``description``; the first one opens."""
        self.model.set_drill_down(drill)
        total = len(drill)
        self.summary.setText(
            self.tr("%1: %n conversation(s), %2 with a miss first.", "", total)
            .replace("%1", description)
            .replace("%2", str(drill.misses))
        )
        self.conversation.clear()
        self.answers.clear()
        self.show()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if total:
            self.table.selectRow(0)
            self.table.scrollToTop()

    def current_row(self) -> ConversationRow | None:
        """The chosen row of the list, or None."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def read_conversation(self) -> None:
        """Put the keyboard in the conversation (Enter in the list)."""
        self.conversation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_panel(self) -> None:
        """Hide the panel and say so."""
        self.hide()
        self.closed.emit()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """Show the newly chosen conversation."""
        indexes = selected.indexes()
        if indexes:
            self._show_row(indexes[0].row())

    def _show_row(self, r: int) -> None:
        """Row ``r``'s conversation, with its final label and answers above it."""
        row = self.model.row_at(r)
        if row is None:
            return
        view = self.service.conversation(row.conversation_id)
        self.conversation.show_conversation(view)
        how = self.model.index(r, DrillColumn.FINAL).data(Qt.ItemDataRole.ToolTipRole)
        heading = (
            self.tr("%1 · final label: %2 (%3)")
            .replace("%1", row.external_id)
            .replace("%2", row.final or "—")
            .replace("%3", how or "")
        )
        answers = self.model.index(r, DrillColumn.ANSWERS).data() or ""
        self.answers.setText(f"{heading}\n{answers}")
        self.conversationShown.emit(row.conversation_id)
