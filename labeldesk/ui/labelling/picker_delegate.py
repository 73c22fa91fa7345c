"""How the taxonomy picker draws a label row: number badge, name, path and match, marks.

The delegate only paints. What a row shows comes from the taxonomy models' roles; which
number a row gets and which view the keyboard acts on come from the picker, as callbacks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from labeldesk.ui.models.taxonomy_model import (
    BRANCH_ROLE,
    CHOOSABLE_ROLE,
    CHOSEN_ROLE,
    DEPRECATED_ROLE,
    FAVOURITE_ROLE,
    MATCH_ROLE,
    PATH_ROLE,
)

# Star and check mark drawn beside favourite and chosen labels.
STAR, CHECK = "\u2605", "\u2713"
# The star's colour in a light and a dark palette.
STAR_COLORS = ("#b07800", "#e0b040")

# A row's index as a delegate or the picker's badge callback gets it.
AnyIndex = QModelIndex | QPersistentModelIndex


class LabelDelegate(QStyledItemDelegate):
    """Draws a label row: number badge, name, path and match (lists), star and check mark.

    The current row is highlighted whether or not it is selectable (branches of a leaf-only
    taxonomy and deprecated labels are not), so keyboard focus is always visible.

    Parameters
    ----------
    two_line
        Draw the label's path on a second line (the lists), or not (the tree).
    badge
        Returns the badge drawn before a row: ``"1"``..``"9"``, ``""`` (space kept, nothing
        drawn), or None (no badge space).
    active
        Whether a view is the one the keyboard acts on (its current row is drawn solid).
    parent
        The owning QObject.
    """

    def __init__(
        self,
        *,
        two_line: bool,
        badge: Callable[[AnyIndex], str | None],
        active: Callable[[QWidget | None], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._two_line = two_line
        self._badge = badge
        self._active = active

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Override QStyledItemDelegate::sizeHint: roomy rows, two lines in the lists."""
        height = option.fontMetrics.height()
        if self._two_line:
            small = QFontMetrics(_small_font(option.font)).height()
            return QSize(200, height + small + 14)
        return QSize(200, max(height + 10, 24))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Override QStyledItemDelegate::paint."""
        view = option.widget
        palette: QPalette = option.palette
        rect: QRect = option.rect
        current = isinstance(view, QAbstractItemView) and view.currentIndex() == index
        solid = current and self._active(view)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fg, dim = _row_colors(painter, palette, rect, current=current, solid=solid)
        if index.data(DEPRECATED_ROLE) and not solid:
            fg = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        inner = rect.adjusted(8, 0, -8, 0)
        badge = self._badge(index)
        if badge is not None:
            inner.setLeft(_draw_badge(painter, inner, badge, dim) + 8)
        inner.setRight(self._draw_marks(painter, inner, index, (fg, dim), solid=solid))
        self._draw_text(painter, QFont(option.font), inner, index, (fg, dim))
        painter.restore()

    def _line_rect(self, rect: QRect) -> QRect:
        """The rectangle of a row's first line."""
        if not self._two_line:
            return rect
        return QRect(rect.left(), rect.top() + 4, rect.width(), rect.height() * 55 // 100 - 4)

    def _draw_marks(
        self,
        painter: QPainter,
        rect: QRect,
        index: AnyIndex,
        colors: tuple[QColor, QColor],
        *,
        solid: bool,
    ) -> int:
        """Draw the check mark, star and "deprecated" tag at the right; returns the space left."""
        fg, dim = colors
        right = rect.right()
        metrics = painter.fontMetrics()
        marks = (
            (CHECK, bool(index.data(CHOSEN_ROLE)), fg),
            (STAR, bool(index.data(FAVOURITE_ROLE)), fg if solid else _star_color(dim)),
        )
        for glyph, shown, color in marks:
            width = metrics.horizontalAdvance(glyph) + 4
            if shown:
                painter.setPen(color)
                box = QRect(right - width, rect.top(), width, self._line_rect(rect).height())
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, glyph)
            right -= width
        if index.data(DEPRECATED_ROLE):
            tag = self.tr("deprecated")
            small = _small_font(painter.font())
            painter.setFont(small)
            width = QFontMetrics(small).horizontalAdvance(tag) + 6
            painter.setPen(dim)
            box = QRect(right - width, rect.top(), width, self._line_rect(rect).height())
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, tag)
            right -= width
        return right - 4

    def _draw_text(
        self,
        painter: QPainter,
        font: QFont,
        rect: QRect,
        index: AnyIndex,
        colors: tuple[QColor, QColor],
    ) -> None:
        """Draw the name (and, in the lists, what matched and the path below)."""
        fg, dim = colors
        if index.data(BRANCH_ROLE) and not index.data(CHOOSABLE_ROLE):
            font.setWeight(QFont.Weight.DemiBold)
        font.setItalic(bool(index.data(DEPRECATED_ROLE)))
        painter.setFont(font)
        line = self._line_rect(rect)
        metrics = QFontMetrics(font)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, line.width())
        painter.setPen(fg)
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
        if not self._two_line:
            return
        small = _small_font(font)
        small.setWeight(QFont.Weight.Normal)
        small.setItalic(False)
        painter.setFont(small)
        painter.setPen(dim)
        used = metrics.horizontalAdvance(shown) + 10
        match = str(index.data(MATCH_ROLE) or "")
        if match and used < line.width() - 40:
            note = QRect(line.left() + used, line.top(), line.width() - used, line.height())
            text = QFontMetrics(small).elidedText(match, Qt.TextElideMode.ElideRight, note.width())
            painter.drawText(note, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        below = QRect(rect.left(), line.bottom() + 1, rect.width(), rect.bottom() - line.bottom())
        path = str(index.data(PATH_ROLE) or "") or self.tr("Top level")
        path = QFontMetrics(small).elidedText(path, Qt.TextElideMode.ElideMiddle, below.width())
        painter.drawText(below, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, path)


def _small_font(font: QFont) -> QFont:
    """``font`` a little smaller, for paths and tags."""
    small = QFont(font)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    small.setPointSizeF(max(7.0, size * 0.86))
    return small


def _row_colors(
    painter: QPainter, palette: QPalette, rect: QRect, *, current: bool, solid: bool
) -> tuple[QColor, QColor]:
    """Fill the row's background; returns its text and dimmed-text colours."""
    fg = palette.color(QPalette.ColorRole.Text)
    dim = palette.color(QPalette.ColorRole.PlaceholderText)
    if solid:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        fg = palette.color(QPalette.ColorRole.HighlightedText)
        dim = QColor(fg)
        dim.setAlphaF(0.82)
    elif current:
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlphaF(0.16)
        painter.fillRect(rect, tint)
    return fg, dim


def _star_color(dim: QColor) -> QColor:
    """Amber that reads on the current palette (light text means a dark palette)."""
    return QColor(STAR_COLORS[1] if dim.lightness() > 128 else STAR_COLORS[0])


def _draw_badge(painter: QPainter, rect: QRect, text: str, color: QColor) -> int:
    """Draw a number badge at the left of ``rect``; returns its right edge."""
    size = painter.fontMetrics().height()
    box = QRect(rect.left(), rect.center().y() - size // 2, size + 2, size)
    if text:
        painter.setPen(color)
        painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 4, 4)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box.right()
