"""The labeller's feedback: gold items they got wrong and reviewers' verdicts on their work.

A list of results (newest first) over a detail pane that shows the selected one in full: your
answer, the expected answer or the reviewer's final labels, the verdict, the cause and the
explanation or comment. The results load on a worker thread; with none, the panel says what
will appear here.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from labeldesk.labelling.dto import FeedbackEntry, Profile
from labeldesk.ui.models.feedback_model import (
    FeedbackModel,
    FeedbackRole,
    cause_text,
    local_time_text,
)
from labeldesk.ui.workers import BackgroundCalls

if TYPE_CHECKING:
    from labeldesk.workspace import Workspace

# Colours of the result glyph: a tick for correct, a cross for not.
CORRECT_COLOUR = QColor("#2f9e5b")
WRONG_COLOUR = QColor("#d1453b")


def paint_result_glyph(painter: QPainter, rect: QRectF, correct: bool) -> None:
    """A filled circle with a white tick (correct) or cross (not) in ``rect``."""
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    x, y, s = box.x(), box.y(), side
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CORRECT_COLOUR if correct else WRONG_COLOUR)
    painter.drawEllipse(box.adjusted(s / 12, s / 12, -s / 12, -s / 12))
    pen = QPen(QColor("white"), max(1.2, s / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    path = QPainterPath()
    if correct:
        path.moveTo(QPointF(x + s * 0.30, y + s * 0.52))
        path.lineTo(QPointF(x + s * 0.45, y + s * 0.66))
        path.lineTo(QPointF(x + s * 0.70, y + s * 0.38))
    else:
        for a, b in (((0.35, 0.35), (0.65, 0.65)), ((0.65, 0.35), (0.35, 0.65))):
            path.moveTo(QPointF(x + s * a[0], y + s * a[1]))
            path.lineTo(QPointF(x + s * b[0], y + s * b[1]))
    painter.drawPath(path)
    painter.restore()


class FeedbackDelegate(QStyledItemDelegate):
    """Two lines per result: glyph, kind, conversation and date; then the labels, elided."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: ANN401
        """Override QStyledItemDelegate.sizeHint: two lines of text plus padding."""
        return QSize(200, option.fontMetrics.height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:  # noqa: ANN401
        """Override QStyledItemDelegate.paint."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if opt.widget is not None:
            opt.widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget
            )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(role)
        muted = QColor(colour)
        muted.setAlphaF(0.85 if selected else 0.62)
        fm = opt.fontMetrics
        line = fm.height()
        rect = opt.rect.adjusted(8, 6, -8, -6)
        glyph = line - 2
        correct = bool(index.data(FeedbackRole.CORRECT))
        paint_result_glyph(painter, QRectF(rect.left(), rect.top() + 1, glyph, glyph), correct)
        left = rect.left() + glyph + 6
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        when = str(index.data(FeedbackRole.AT_TEXT))
        when_width = fm.horizontalAdvance(when)
        painter.setPen(muted)
        painter.drawText(
            QRectF(rect.right() - when_width, rect.top(), when_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            when,
        )
        painter.setFont(bold)
        painter.setPen(colour)
        title = (
            self.tr("%1 · %2")
            .replace("%1", str(index.data(FeedbackRole.KIND_TEXT)))
            .replace("%2", str(index.data(FeedbackRole.EXTERNAL_ID)))
        )
        title_width = max(0, rect.right() - when_width - 8 - left)
        painter.drawText(
            QRectF(left, rect.top(), title_width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, title_width),
        )
        painter.setFont(opt.font)
        painter.setPen(muted)
        summary = fm.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)),
            Qt.TextElideMode.ElideRight,
            max(0, rect.right() - left),
        )
        painter.drawText(
            QRectF(left, rect.top() + line, rect.right() - left, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            summary,
        )
        painter.restore()


class FeedbackPanel(QWidget):
    """The labeller's results: gold checks they missed and reviews of their disagreements.

    Parameters
    ----------
    ws
        The open workspace; the panel reads ``ws.feedback`` only.
    user
        Whose feedback to show; None until :meth:`set_user`.
    parent
        The parent widget.

    Attributes
    ----------
    conversationActivated : Signal(int)
        A conversation id, when the labeller presses Enter on a result or double-clicks it.
    feedbackLoaded : Signal(int)
        How many results are shown, each time they (re)load.
    """

    conversationActivated = Signal(int)
    feedbackLoaded = Signal(int)

    def __init__(
        self, ws: Workspace, user: Profile | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_panel")
        self._service = ws.feedback
        self._background = BackgroundCalls(self, threads=1)
        self._user = user
        self._loaded = False
        self._error: str | None = None
        self.model = FeedbackModel(self)
        self._build()
        self.retranslate()
        if user is not None:
            self.refresh()

    def _build(self) -> None:
        """The empty state, or the list over the detail pane."""
        self.empty = QLabel(self)
        self.empty.setObjectName("feedback_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(16)
        self.list = QListView(self)
        self.list.setObjectName("list_feedback")
        self.list.setModel(self.model)
        self.delegate = FeedbackDelegate(self.list)  # a Python reference keeps it alive
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(self._on_activated)
        self.list.selectionModel().currentChanged.connect(self._show_detail)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("feedback_detail")
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.list)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.list.setAccessibleName(self.tr("Feedback"))
        self.list.setToolTip(self.tr("Your results: arrows to move, Enter opens the conversation"))
        self.detail.setAccessibleName(self.tr("Feedback details"))
        self._show_state()
        self._show_detail(self.list.currentIndex())
        self.list.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: fetch the latest results whenever the panel shows."""
        super().showEvent(event)
        self.refresh()

    # -- public API -----------------------------------------------------------------------

    def set_user(self, user: Profile | None) -> None:
        """Show ``user``'s feedback."""
        self._user = user
        self._loaded = False
        self.model.set_entries([])
        self._show_state()
        self.refresh()

    def set_label_names(self, names: Mapping[str, str]) -> None:
        """Show label keys by these display names (e.g. in the UI language)."""
        self.model.set_label_names(names)
        self._show_detail(self.list.currentIndex())

    def refresh(self) -> None:
        """Load the results again on a worker thread; the list updates when they arrive."""
        user = self._user
        if user is None:
            return
        service = self._service
        self._background.call(
            "feedback",
            lambda: service.for_user(user.id, include_correct=True),
            self._on_loaded,
            self._on_failed,
        )

    def wait_for_background(self, msecs: int = -1) -> bool:
        """Wait until loading is done (for shutdown and tests)."""
        return self._background.wait(msecs)

    # -- slots ----------------------------------------------------------------------------

    def _on_loaded(self, entries: list[FeedbackEntry]) -> None:
        """Results arrived: gold items missed, and every review verdict."""
        shown = [e for e in entries if e.kind != "gold" or not e.correct]
        current = self.list.currentIndex()
        keep = None if not current.isValid() else current.data(FeedbackRole.ENTRY)
        self._loaded, self._error = True, None
        self.model.set_entries(shown)
        row = shown.index(keep) if keep in shown else 0
        if shown:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._show_state()
        self.feedbackLoaded.emit(len(shown))

    def _on_failed(self, error: str) -> None:
        """Loading failed (logged with its trace): say so in the empty state."""
        self._error = error
        self._show_state()

    def _on_activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a result."""
        if index.isValid():
            self.conversationActivated.emit(int(index.data(FeedbackRole.CONVERSATION_ID)))

    # -- showing --------------------------------------------------------------------------

    def _show_state(self) -> None:
        """The list, or the empty state saying why there is nothing to show."""
        if self.model.rowCount() > 0:
            self.stack.setCurrentIndex(1)
            return
        if self._error is not None:
            text = self.tr("Feedback could not be loaded: %1").replace("%1", self._error)
        elif self._user is None or not self._loaded:
            text = self.tr("Loading feedback…") if self._user is not None else ""
        else:
            text = self.tr(
                "No feedback yet. Results of gold checks and reviews of your work appear here."
            )
        self.empty.setText(text)
        self.stack.setCurrentIndex(0)

    def _show_detail(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """The selected result in full in the detail pane."""
        entry = index.data(FeedbackRole.ENTRY) if index.isValid() else None
        self.detail.setHtml("" if entry is None else self._detail_html(entry))

    def _detail_html(self, entry: FeedbackEntry) -> str:
        """The detail pane's text for one result (everything from the data escaped)."""
        m = self.model
        rows = [(self.tr("Your answer"), m.label_names(entry.your_labels))]
        if entry.kind == "gold":
            rows.append((self.tr("Expected answer"), m.label_names(entry.expected)))
        else:
            rows.append((self.tr("Final labels"), m.label_names(entry.expected)))
            if entry.cause:
                rows.append((self.tr("Cause"), cause_text(entry.cause)))
        table = "".join(
            f"<tr><td style='padding-right:10px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        heading = (
            self.tr("%1 · %2").replace("%1", m.kind_text(entry)).replace("%2", entry.external_id)
        )
        why = self.tr("Why") if entry.kind == "gold" else self.tr("Reviewer's comment")
        explanation = html.escape(entry.explanation).replace("\n", "<br>")
        parts = [
            f"<h3>{html.escape(heading)}</h3>",
            f"<p>{html.escape(m.verdict_text(entry))}</p>",
            f"<table>{table}</table>",
        ]
        if explanation:
            parts.append(f"<p><b>{html.escape(why)}</b><br>{explanation}</p>")
        parts.append(f"<p style='color:gray'>{html.escape(local_time_text(entry.at))}</p>")
        return "".join(parts)
