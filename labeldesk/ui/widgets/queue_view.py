"""The queue's list: a one-column table view and the delegate that draws a queue row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLocale,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from labeldesk.storage.models import WorkStatus
from labeldesk.ui.models.queue_model import (
    QueueRole,
    paint_status_glyph,
)


class QueueDelegate(QStyledItemDelegate):
    """Draws a queue row on one line: status glyph, number, language badge, preview (elided)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: ANN401
        """Override QStyledItemDelegate.sizeHint: one line of text plus padding."""
        return QSize(200, row_height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:  # noqa: ANN401
        """Override QStyledItemDelegate.paint."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # background, selection and focus frame, as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else (QPalette.ColorGroup.Inactive)
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, role)
        rect = opt.rect.adjusted(6, 0, -6, 0)
        fm = opt.fontMetrics
        glyph = fm.height() - 2
        paint_status_glyph(
            painter,
            QRectF(rect.left(), rect.center().y() - glyph / 2 + 1, glyph, glyph),
            WorkStatus(index.data(QueueRole.STATUS)),
        )
        x = float(rect.left() + glyph + 6)
        painter.save()
        painter.setFont(opt.font)
        widest = max(999, index.model().rowCount())  # the numbers line up at the right
        number_width = fm.horizontalAdvance(QLocale().toString(widest))
        number = QLocale().toString(int(index.data(QueueRole.POSITION)))
        painter.setPen(_muted(text_colour, selected))
        painter.drawText(
            QRectF(x, rect.top(), number_width, rect.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            number,
        )
        x += number_width + 8
        x = self._paint_badge(painter, opt, x, str(index.data(QueueRole.LANGUAGE)), selected)
        painter.setPen(text_colour)
        preview = str(index.data(QueueRole.PREVIEW)) or str(index.data(QueueRole.EXTERNAL_ID))
        width = max(0, rect.right() - x)
        elided = fm.elidedText(preview, Qt.TextElideMode.ElideRight, int(width))
        painter.drawText(
            QRectF(x, rect.top(), width, rect.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided,
        )
        painter.restore()

    @staticmethod
    def _paint_badge(
        painter: QPainter, opt: QStyleOptionViewItem, x: float, code: str, selected: bool
    ) -> float:
        """Draw the language code in a rounded badge at ``x``; the x after it."""
        fm = opt.fontMetrics
        width = fm.horizontalAdvance("mm") + 8
        height = fm.height()
        top = opt.rect.center().y() - height / 2 + 1
        badge = QRectF(x, top, width, height)
        colour = opt.palette.color(QPalette.ColorRole.Text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        fill = QColor(colour)
        fill.setAlphaF(0.28 if selected else 0.10)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, 4, 4)
        highlighted = opt.palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(highlighted if selected else colour)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), code)
        return x + width + 8


def _muted(colour: QColor, selected: bool) -> QColor:
    """A secondary-text version of ``colour``."""
    muted = QColor(colour)
    muted.setAlphaF(0.85 if selected else 0.62)
    return muted


class QueueView(QTableView):
    """The queue's list: one visible column painted by :class:`QueueDelegate`, fixed rows.

    A table view rather than a ``QListView``: with fixed row heights it takes new rows in
    constant time, where a list view lays out every loaded row again on each ``fetchMore``
    (190 ms per page at 60,000 loaded rows). Home and End go to the first and last row.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.fontMetrics()))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Override QAbstractItemView.setModel: show only the first column, after resets too."""
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._show_first_column_only)
        self._show_first_column_only()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Override QTableView.moveCursor: Home and End move by rows, as in a list."""
        if action in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: keep the row height in step with the font."""
        if event.type() == QEvent.Type.FontChange:
            self.verticalHeader().setDefaultSectionSize(row_height(self.fontMetrics()))
        super().changeEvent(event)

    def _show_first_column_only(self) -> None:
        """Hide every column but the first; the delegate draws the row from its roles."""
        model = self.model()
        for column in range(1, 0 if model is None else model.columnCount()):
            self.setColumnHidden(column, True)


def row_height(fm: QFontMetrics) -> int:
    """The height of a queue row for a font: one line of text plus padding."""
    return max(fm.height(), 16) + 12
