"""The taxonomy picker: find a label by typing or by walking the tree, read its guideline, choose.

The picker shows and navigates; it stores nothing. It emits ``labelChosen(key)`` for the
window to pass to the labelling session (which decides single or multi-label), and
``favouriteToggled(key, on)`` for the window to remember. The window sends back what is
chosen (:meth:`TaxonomyPicker.set_chosen`), the recent and the favourite labels.

Keys, with the search box empty: Down enters the "Recent & favourites" list, then the tree;
1-9 choose the Nth label of the current tree level (the badges), or open it if it has
children; Right and Left enter and leave a branch; Backspace goes up a level. With text in
the search box: Up and Down move through the results and Enter chooses one; Escape clears.
Typing anywhere in the picker goes to the search box. Ctrl+D marks the current label as a
favourite. In the tree and the lists, Enter chooses the current label. After a choice the
focus is back in the search box, where Enter (the box empty) is left to the window: submit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from labeldesk.taxonomy.dto import TaxonomyDTO
from labeldesk.taxonomy.search import LabelSearch
from labeldesk.ui.models.taxonomy_model import (
    BRANCH_ROLE,
    CHOOSABLE_ROLE,
    CHOSEN_ROLE,
    DEPRECATED_ROLE,
    FAVOURITE_ROLE,
    KEY_ROLE,
    MATCH_ROLE,
    PATH_ROLE,
    PATH_SEPARATOR,
    LabelListModel,
    LabelTree,
    TaxonomyTreeModel,
)
from labeldesk.ui.theme import chip_style_sheet

#: Most search hits listed.
SEARCH_LIMIT = 50
#: Search boost of a favourite label, and of the most recent label (less for older ones).
FAVOURITE_BOOST = 0.06
RECENT_BOOST = 0.04
#: How long after the last keystroke the breadcrumb and guideline follow the top hit (ms).
DETAILS_DELAY_MS = 80
#: Most rows the "Recent & favourites" list shows before it scrolls.
RECENT_ROWS = 6
#: Taxonomy versions whose search index is kept, so switching items costs nothing.
SEARCH_CACHE = 4
#: Star and check mark drawn beside favourite and chosen labels.
STAR, CHECK = "\u2605", "\u2713"
#: Separates items of a list on one line.
MIDDLE_DOT = " \u00b7 "
#: The star's colour in a light and a dark palette.
STAR_COLORS = ("#b07800", "#e0b040")

_Index = QModelIndex | QPersistentModelIndex
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Rows the results move by for Down, Up, Page Down and Page Up.
_MOVES: dict[int, int] = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                          Qt.Key.Key_PageUp: -8}  # fmt: skip
_DIGITS: dict[int, int] = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


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
        badge: Callable[[_Index], str | None],
        active: Callable[[QWidget | None], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._two_line = two_line
        self._badge = badge
        self._active = active

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Override QStyledItemDelegate::sizeHint: roomy rows, two lines in the lists."""
        height = option.fontMetrics.height()
        if self._two_line:
            small = QFontMetrics(_small_font(option.font)).height()
            return QSize(200, height + small + 14)
        return QSize(200, max(height + 10, 24))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
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
        index: _Index,
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
        index: _Index,
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


def _fair_cap(widths: Sequence[int], available: int) -> int:
    """The widest any item may be so that all fit in ``available`` (shortest ones whole)."""
    left, ordered = available, sorted(widths)
    for n, width in enumerate(ordered):
        share = left // (len(ordered) - n)
        if width > share:
            return share
        left -= width
    return max(ordered, default=0)


class BreadcrumbBar(QWidget):
    """Where the current label sits: all labels, then each ancestor (clickable), then the label.

    Its buttons are kept and reused as the path changes (a path changes with every arrow key),
    and long names are shortened in the middle to fit the width.

    Signals
    -------
    segmentClicked(str)
        An ancestor was clicked: its key, or "" for the top ("All labels").
    """

    segmentClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picker_breadcrumb")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # it elides
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._segments: list[tuple[str, str]] = []
        self._buttons: list[tuple[QToolButton, QLabel]] = []  # (ancestor, separator after it)
        self._current = QLabel(self)
        self._current.setObjectName("breadcrumb_current")
        self._current.setTextFormat(Qt.TextFormat.PlainText)
        self._current.setContentsMargins(4, 0, 4, 0)
        font = self._current.font()
        font.setWeight(QFont.Weight.DemiBold)
        self._current.setFont(font)
        self._layout.addWidget(self._current)
        self._layout.addStretch(1)
        self.key_filter: QObject | None = None
        self.set_segments([])

    def set_segments(self, segments: Sequence[tuple[str, str]]) -> None:
        """Show ``segments`` as (key, name) pairs: the ancestors, then the current label."""
        self._segments = list(segments)
        ancestors = [("", self.tr("All labels")), *self._segments[:-1]]
        while len(self._buttons) < len(ancestors):
            self._add_button()
        for n, (button, sep) in enumerate(self._buttons):
            shown = n < len(ancestors)
            button.setVisible(shown)
            sep.setVisible(shown and bool(self._segments))
            if shown:
                button.setProperty("crumb_key", ancestors[n][0])
                button.setProperty("crumb_name", ancestors[n][1])
                button.setToolTip(self.tr("Go to %1").replace("%1", ancestors[n][1]))
        self._current.setVisible(bool(self._segments))
        self._elide()

    def texts(self) -> list[str]:
        """The segments' texts, "All labels" first."""
        return [self.tr("All labels"), *(name for _, name in self._segments)]

    def set_key_filter(self, watcher: QObject) -> None:
        """Let ``watcher`` see the keys pressed on the buttons, now and as they are made."""
        self.key_filter = watcher
        for button, _sep in self._buttons:
            button.installEventFilter(watcher)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: shorten long names to fit the new width."""
        super().resizeEvent(event)
        self._elide()

    def _add_button(self) -> None:
        """One more ancestor button and the separator after it, before the current label."""
        button = QToolButton(self)
        button.setObjectName("breadcrumb_segment")
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.segmentClicked.emit(button.property("crumb_key")))
        if self.key_filter is not None:
            button.installEventFilter(self.key_filter)
        sep = QLabel(PATH_SEPARATOR.strip(), self)
        sep.setObjectName("breadcrumb_separator")
        sep.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        at = self._layout.indexOf(self._current)
        self._layout.insertWidget(at, button)
        self._layout.insertWidget(at + 1, sep)
        self._buttons.append((button, sep))

    def _elide(self) -> None:
        """Shorten the longest names (in the middle) until the path fits the bar's width."""
        crumbs: list[tuple[QWidget, str]] = [
            (button, str(button.property("crumb_name")))
            for button, _sep in self._buttons
            if not button.isHidden()
        ]
        if self._segments:
            crumbs.append((self._current, self._segments[-1][1]))
        metrics = self.fontMetrics()
        seps = sum(sep.sizeHint().width() for _b, sep in self._buttons if not sep.isHidden())
        widths = [metrics.horizontalAdvance(name) + 8 for _, name in crumbs]  # bold is wider
        cap = _fair_cap(widths, self.width() - seps - 14 * len(crumbs))  # 14: button margins
        for widget, name in crumbs:
            text = name
            if self.width() > 0:
                text = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, max(cap, 24))
            if isinstance(widget, QToolButton):
                widget.setText(text.replace("&", "&&"))
            elif isinstance(widget, QLabel):
                widget.setText(text)
                widget.setToolTip(name if text != name else "")


class ChosenStrip(QFrame):
    """The labels chosen for the current target, as chips; a chip's button un-chooses it.

    Signals
    -------
    chipClicked(str)
        A chip was pressed: the label's key (choosing it again removes it).
    """

    chipClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picker_chosen")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._chips: list[QToolButton] = []
        self.key_filter: QObject | None = None
        self._caption = QLabel(self)
        self._caption.setObjectName("chosen_caption")
        self._empty = QLabel(self)
        self._empty.setObjectName("chosen_empty")
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(self._caption)
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)
        self._target = ""
        self._style_chips()
        self.set_chosen([], "")

    def set_chosen(self, chosen: Sequence[tuple[str, str]], target: str) -> None:
        """Show (key, name) chips for ``target`` (e.g. "Conversation", "Turn 3")."""
        self._target = target
        for chip in self._chips:
            chip.hide()
            chip.deleteLater()
        self._chips = []
        for n, (key, name) in enumerate(chosen):
            chip = QToolButton(self)
            chip.setObjectName("chosen_chip")
            chip.setText(f"{name}  \u00d7".replace("&", "&&"))
            chip.setToolTip(self.tr("Remove %1").replace("%1", name))
            chip.clicked.connect(lambda _=False, k=key: self.chipClicked.emit(k))
            if self.key_filter is not None:
                chip.installEventFilter(self.key_filter)
            self._layout.insertWidget(1 + n, chip)
            chip.show()
            self._chips.append(chip)
        self._empty.setVisible(not self._chips)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: chips follow a light or dark palette."""
        if event.type() == QEvent.Type.PaletteChange:
            self._style_chips()
        super().changeEvent(event)

    def _style_chips(self) -> None:
        """Draw the chips as the app's label chips, in the current palette."""
        self.setStyleSheet(chip_style_sheet(self.palette(), "QToolButton#chosen_chip"))

    def chip_texts(self) -> list[str]:
        """The chips' label names, in order."""
        return [chip.text().removesuffix("  \u00d7").replace("&&", "&") for chip in self._chips]

    def set_key_filter(self, watcher: QObject) -> None:
        """Let ``watcher`` see the keys pressed on the buttons, now and as they are made."""
        self.key_filter = watcher
        for button in self.findChildren(QToolButton):
            button.installEventFilter(watcher)

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        target = self._target or self.tr("Conversation")
        self._caption.setText(self.tr("%1:").replace("%1", target))
        self._empty.setText(self.tr("nothing yet"))


class TaxonomyPicker(QWidget):
    """Search box, recent and favourite labels, the taxonomy tree, the guideline, the choices.

    Signals
    -------
    labelChosen(str)
        The user chose a label (Enter, a number key, a double click, or a chip to remove
        it): its key. Choosing a chosen label again is how it is removed.
    favouriteToggled(str, bool)
        The user marked (True) or unmarked (False) a label as a favourite: its key.

    Parameters
    ----------
    parent
        The parent widget.
    """

    labelChosen = Signal(str)
    favouriteToggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taxonomy_picker")
        self._tree: LabelTree | None = None
        self._searches: dict[tuple[str, int], LabelSearch] = {}
        self._recent: list[str] = []
        self._favourites: list[str] = []
        self._boost: dict[str, float] = {}
        self._refused = ""
        self._guideline_html = ""
        self._typing = False
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._update_details)
        self._tree_model = TaxonomyTreeModel(self)
        self._list_model = LabelListModel(self)
        self._search_edit = QLineEdit(self)
        self._breadcrumb = BreadcrumbBar(self)
        self._section = QLabel(self)
        self._list_view = QListView(self)
        self._tree_view = QTreeView(self)
        self._guideline = QTextBrowser(self)
        self._chosen = ChosenStrip(self)
        self._active: QAbstractItemView = self._tree_view
        self._build()
        self._connect()
        self._fit_list(searching=False)
        self.retranslate()

    # -- public API -----------------------------------------------------------------------

    @property
    def search_edit(self) -> QLineEdit:
        """The search box."""
        return self._search_edit

    @property
    def results_view(self) -> QListView:
        """The list of search hits (or of recent and favourite labels when not searching)."""
        return self._list_view

    @property
    def tree_view(self) -> QTreeView:
        """The taxonomy tree."""
        return self._tree_view

    @property
    def results_model(self) -> LabelListModel:
        """The model of :attr:`results_view`."""
        return self._list_model

    @property
    def tree_model(self) -> TaxonomyTreeModel:
        """The model of :attr:`tree_view`."""
        return self._tree_model

    @property
    def guideline(self) -> QTextBrowser:
        """The pane with the current label's definition and examples."""
        return self._guideline

    @property
    def breadcrumb(self) -> BreadcrumbBar:
        """The path of the current label."""
        return self._breadcrumb

    @property
    def chosen_strip(self) -> ChosenStrip:
        """The labels chosen for the current target."""
        return self._chosen

    def set_taxonomy(self, taxonomy: TaxonomyDTO, lang: str) -> None:
        """Show ``taxonomy`` with names in ``lang``; the search box is cleared.

        The search index is built once per taxonomy version and kept for the next items.
        """
        tree = self._tree
        same = (
            tree is not None
            and tree.taxonomy.version_id == taxonomy.version_id
            and tree.taxonomy.name == taxonomy.name
            and tree.lang == lang
        )
        if not same:
            self._tree = LabelTree(taxonomy, lang)
            self._tree_model.set_tree(self._tree)
            self._list_model.set_tree(self._tree)
            self._tree_view.setCurrentIndex(self._tree_model.index(0, 0))
            QTimer.singleShot(0, self._warm_index)  # after the item is painted, before typing
        self._search_edit.clear()
        self._on_search_changed("")

    def set_chosen(self, keys: Sequence[str], target_label: str) -> None:
        """Show ``keys`` as chosen for ``target_label`` (e.g. "Conversation" or "Turn 3")."""
        self._tree_model.set_marks(chosen=keys)
        self._list_model.set_marks(chosen=keys)
        tree = self._tree
        names = [(k, _name_of(tree, k)) for k in keys]
        self._chosen.set_chosen(names, target_label)
        self._show_guideline()

    def set_recent(self, keys: Sequence[str]) -> None:
        """The labels this user chose lately, most recent first."""
        self._recent = list(keys)
        self._update_boost()

    def set_favourites(self, keys: Sequence[str]) -> None:
        """The labels this user marked as favourites."""
        self._favourites = list(keys)
        self._tree_model.set_marks(favourites=keys)
        self._list_model.set_marks(favourites=keys)
        self._update_boost()
        self._show_guideline()

    def focus_search(self) -> None:
        """Put the keyboard focus in the search box, its text selected."""
        self._search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search_edit.selectAll()

    def current_key(self) -> str | None:
        """The key of the label the keyboard is on (shown in the guideline pane), if any."""
        index = self._active.currentIndex()
        return str(index.data(KEY_ROLE)) if index.isValid() else None

    def toggle_favourite(self) -> None:
        """Mark the current label as a favourite, or unmark it; emits ``favouriteToggled``."""
        key = self.current_key()
        if key is None:
            return
        on = key not in self._favourites
        keys = [*self._favourites, key] if on else [k for k in self._favourites if k != key]
        self.set_favourites(keys)
        self.favouriteToggled.emit(key, on)

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        self._search_edit.setPlaceholderText(self.tr("Search labels: name, synonym or key"))
        self._search_edit.setToolTip(
            self.tr(
                "Type to search in every language. Up/Down move, Enter chooses, Esc clears. "
                "With the box empty: 1-9 choose at this level, Right/Left open and close a "
                "branch, Backspace goes up. Ctrl+D marks a favourite."
            )
        )
        self._search_edit.setAccessibleName(self.tr("Search labels"))
        self._tree_view.setAccessibleName(self.tr("Taxonomy"))
        self._list_view.setAccessibleName(self.tr("Matching labels"))
        self._guideline.setAccessibleName(self.tr("Guideline"))
        self._chosen.retranslate()
        self._update_breadcrumb()
        self._update_section()
        self._show_guideline()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        """Create the layout: choices, search, breadcrumb, lists and tree over the guideline."""
        self._search_edit.setObjectName("picker_search")
        self._search_edit.setClearButtonEnabled(True)
        self._section.setObjectName("picker_section")
        self._section.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self._section.font()
        font.setWeight(QFont.Weight.DemiBold)
        self._section.setFont(font)
        for view, name, two_line in (
            (self._list_view, "picker_results", True),
            (self._tree_view, "picker_tree", False),
        ):
            view.setObjectName(name)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setMouseTracking(True)
            view.setItemDelegate(
                LabelDelegate(
                    two_line=two_line, badge=self._badge, active=self._is_active, parent=view
                )
            )
        self._list_view.setModel(self._list_model)
        self._list_view.setUniformItemSizes(True)
        self._tree_view.setModel(self._tree_model)
        self._tree_view.setHeaderHidden(True)
        self._tree_view.setUniformRowHeights(True)
        self._tree_view.setExpandsOnDoubleClick(False)
        self._tree_view.setIndentation(18)
        self._guideline.setObjectName("picker_guideline")
        self._guideline.setOpenLinks(False)
        self._guideline.setStyleSheet(  # no frame, but a visible one while it has the focus
            "QTextBrowser { border: 1px solid transparent; border-radius: 4px; }"
            " QTextBrowser:focus { border-color: palette(highlight); }"
        )
        self.setFocusProxy(self._search_edit)
        self._layout_widgets()

    def _layout_widgets(self) -> None:
        """Place the widgets; the guideline pane sits below the browser, resizable."""
        browse = QWidget(self)
        column = QVBoxLayout(browse)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self._section)
        column.addWidget(self._list_view)
        column.addWidget(self._tree_view, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("picker_splitter")
        split.addWidget(browse)
        split.addWidget(self._guideline)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([650, 350])  # scaled to the height it gets
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self._chosen)
        layout.addWidget(self._search_edit)
        layout.addWidget(self._breadcrumb)
        layout.addWidget(split, 1)
        self.setTabOrder(self._search_edit, self._list_view)
        self.setTabOrder(self._list_view, self._tree_view)
        self.setTabOrder(self._tree_view, self._guideline)

    def _connect(self) -> None:
        """Wire the widgets' signals and the key handling."""
        self._search_edit.textChanged.connect(self._on_search_changed)
        self._tree_view.selectionModel().currentChanged.connect(self._on_tree_current)
        self._list_view.selectionModel().currentChanged.connect(self._on_list_current)
        self._tree_view.doubleClicked.connect(self._choose_index)
        self._list_view.doubleClicked.connect(self._choose_index)
        self._breadcrumb.segmentClicked.connect(self._on_breadcrumb)
        self._chosen.chipClicked.connect(self.labelChosen)
        for widget in (self._search_edit, self._list_view, self._tree_view, self._guideline):
            widget.installEventFilter(self)
        for strip in (self._breadcrumb, self._chosen):
            strip.set_key_filter(self)
        self._list_model.modelReset.connect(self._update_section)

    # -- events ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: the picker's keys, and focus tracking."""
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._claims(watched, event):  # keep Enter/Esc from the window's shortcuts
                event.accept()
                return True
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(watched, event)
        if kind == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            self._set_active(watched)
        return False

    def _claims(self, watched: QObject, event: QKeyEvent) -> bool:
        """Whether the picker handles this key itself rather than a window shortcut."""
        if event.modifiers() & _COMMAND_MODIFIERS:
            return False
        searching = bool(self._search_edit.text())
        if event.key() in _ENTER_KEYS:
            return watched is not self._search_edit or searching
        return event.key() == Qt.Key.Key_Escape and watched is self._search_edit and searching

    def _on_key(self, watched: QObject, event: QKeyEvent) -> bool:
        """Handle a key pressed in one of the picker's widgets; True if it was used."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_D and mods == Qt.KeyboardModifier.ControlModifier:
            self.toggle_favourite()
            return True
        if mods & _COMMAND_MODIFIERS:
            return False
        if watched is self._search_edit:
            return self._on_search_key(event)
        if isinstance(watched, QAbstractItemView):
            return self._on_view_key(watched, event)
        typed = event.text()
        if _is_typing(typed) or (typed == " " and watched is self._guideline):
            self._type_into_search(typed)  # a button keeps Space: it presses it
            return True
        return False

    def _on_search_key(self, event: QKeyEvent) -> bool:
        """Keys in the search box: results navigation when searching, tree keys when empty."""
        key = event.key()
        if self._search_edit.text():
            if key in _MOVES:
                self._move_results(_MOVES[key])
            elif key in _ENTER_KEYS:
                self._choose_index(self._list_view.currentIndex())
            elif key == Qt.Key.Key_Escape:
                self._search_edit.clear()
            else:
                return False
            return True
        if key == Qt.Key.Key_Down:
            self._enter_lists()
            return True
        return self._on_level_key(event)

    def _on_view_key(self, view: QAbstractItemView, event: QKeyEvent) -> bool:
        """Keys in the results list or the tree."""
        key = event.key()
        if key in _ENTER_KEYS:
            self._choose_index(view.currentIndex())
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._leave_view(view, key):
            return True
        if view is self._tree_view and self._on_level_key(event):
            return True
        if view is self._list_view and key == Qt.Key.Key_Backspace:
            self._search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if _is_typing(event.text()) or event.text() == " ":
            self._type_into_search(event.text())
            return True
        return False

    def _on_level_key(self, event: QKeyEvent) -> bool:
        """Tree-level keys (search box empty): 1-9, Right, Left, Backspace."""
        if self._search_edit.text():
            return False
        key = event.key()
        if key in _DIGITS:
            self.choose_nth(_DIGITS[key])
        elif key == Qt.Key.Key_Right:
            self._enter_branch(self._tree_view.currentIndex())
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            self.go_up()
        else:
            return False
        return True

    def _leave_view(self, view: QAbstractItemView, key: int) -> bool:
        """Up from the top of a view or Down from the bottom moves on; True if it did."""
        index = view.currentIndex()
        empty = not self._search_edit.text()
        if view is self._list_view:
            last = index.row() >= self._list_model.rowCount() - 1
            if key == Qt.Key.Key_Up and index.row() <= 0:
                self._search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Down and last and empty:
                self._focus_tree()
                return True
            return False
        if key == Qt.Key.Key_Up and not self._tree_view.indexAbove(index).isValid():
            if self._list_view.isVisible() and self._list_model.rowCount():
                self._focus_view(self._list_view, self._list_model.rowCount() - 1)
            else:
                self._search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    # -- navigation -----------------------------------------------------------------------

    def choose_nth(self, n: int) -> None:
        """Number key ``n``: choose the Nth label of the current tree level, or open it.

        A label with children opens (its children become the level); a deprecated one is
        only shown, with the reason, in the guideline pane.
        """
        level = self._level()
        index = self._tree_model.index(n - 1, 0, level)
        if not index.isValid():
            return
        self._set_tree_current(index)
        if index.data(BRANCH_ROLE):
            self._enter_branch(index)
        else:
            self._choose_index(index)

    def go_up(self) -> None:
        """Leave the current level: its branch becomes the current label, closed."""
        parent = self._tree_view.currentIndex().parent()
        if parent.isValid():
            self._tree_view.collapse(parent)
            self._set_tree_current(parent)

    def _level(self) -> QModelIndex:
        """The tree level the number keys count in: the current label's parent."""
        current = self._tree_view.currentIndex()
        return current.parent() if current.isValid() else QModelIndex()

    def _enter_branch(self, index: QModelIndex) -> None:
        """Open a branch: its first child becomes current (and its children the level)."""
        if not index.isValid() or not self._tree_model.hasChildren(index):
            return
        self._tree_view.expand(index)
        self._set_tree_current(self._tree_model.index(0, 0, index))

    def _set_tree_current(self, index: QModelIndex) -> None:
        """Make ``index`` the tree's current label, its ancestors expanded, scrolled to."""
        parent = index.parent()
        while parent.isValid():
            self._tree_view.expand(parent)
            parent = parent.parent()
        self._tree_view.setCurrentIndex(index)
        self._tree_view.scrollTo(index)
        self._set_active(self._tree_view)

    def _move_results(self, step: int) -> None:
        """Move the current search hit by ``step`` rows, within the list."""
        count = self._list_model.rowCount()
        if not count:
            return
        row = max(0, min(count - 1, self._list_view.currentIndex().row() + step))
        self._list_view.setCurrentIndex(self._list_model.index(row, 0))

    def _enter_lists(self) -> None:
        """Down from the empty search box: into the recent labels, else the tree."""
        if self._list_view.isVisible() and self._list_model.rowCount():
            self._focus_view(self._list_view, 0)
        else:
            self._focus_tree()

    def _focus_tree(self) -> None:
        """Give the tree the focus, on its current label (the first one if none)."""
        if not self._tree_view.currentIndex().isValid():
            self._tree_view.setCurrentIndex(self._tree_model.index(0, 0))
        self._tree_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_active(self._tree_view)

    def _focus_view(self, view: QListView, row: int) -> None:
        """Give a list the focus on ``row``."""
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.setCurrentIndex(view.model().index(row, 0))
        self._set_active(view)

    def _type_into_search(self, text: str) -> None:
        """Typing elsewhere in the picker: the text goes to the search box."""
        self._search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._search_edit.insert(text)

    def _on_breadcrumb(self, key: str) -> None:
        """An ancestor was clicked: go to its level, the branch we came from current."""
        tree = self._tree
        current = self.current_key()
        if tree is None or current is None:
            return
        pos = tree.pos(current)
        target = tree.pos(key) if key else -1
        if pos is None or target is None:
            return
        chain = [*tree.ancestors(pos), pos]
        child = chain[chain.index(target) + 1] if target in chain else chain[0]
        self._search_edit.clear()
        index = self._tree_model.index_for_key(tree.labels[child].key)
        self._tree_view.collapse(index)
        self._set_tree_current(index)
        self._tree_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- choosing -------------------------------------------------------------------------

    def _choose_index(self, index: QModelIndex) -> None:
        """Choose the label at ``index`` (from any view) if it can be chosen.

        A branch that can't be chosen opens instead; a deprecated label is refused, with the
        reason in the guideline pane. A hit chosen from the search clears the search and
        shows the label in the tree. After a choice the focus is in the search box.
        """
        if not index.isValid():
            return
        key = str(index.data(KEY_ROLE))
        from_search = index.model() is self._list_model and bool(self._search_edit.text())
        if index.data(CHOOSABLE_ROLE):
            self._refused = ""
            self.labelChosen.emit(key)
            # back in the search box: typing finds the next label, and a second Enter goes
            # to the window (submit) instead of un-choosing this label
            self._search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif index.data(BRANCH_ROLE) and not index.data(DEPRECATED_ROLE):
            self._reveal(key, enter=True)
            return
        else:
            self._refused = key
            self._show_guideline()
            return
        if from_search:
            self._reveal(key, enter=False)

    def _reveal(self, key: str, *, enter: bool) -> None:
        """Clear the search and show label ``key`` in the tree (opened if ``enter``)."""
        self._search_edit.clear()
        index = self._tree_model.index_for_key(key)
        self._set_tree_current(index)
        if enter:
            self._enter_branch(index)

    # -- updates --------------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        """A keystroke in the search box: list the hits, or the recent labels when empty."""
        searching = bool(text)
        self._typing = True
        if searching:
            hits = [] if self._tree is None else self._index().search(
                text, limit=SEARCH_LIMIT, boost=self._boost, include_deprecated=True
            )  # fmt: skip
            # deprecated hits last: listed, so the labeller learns why they can't be chosen
            hits.sort(key=lambda hit: _is_deprecated(self._tree, hit.key))
            self._list_model.set_hits(hits)
        else:
            self._list_model.set_keys(self._recent_keys())
        self._tree_view.setVisible(not searching)
        self._fit_list(searching)
        if self._list_model.rowCount() and searching:
            self._list_view.setCurrentIndex(self._list_model.index(0, 0))
        self._set_active(self._list_view if searching else self._tree_view)
        self._typing = False

    def _warm_index(self) -> None:
        """Build the search index of the shown taxonomy now, if not built yet."""
        if self._tree is not None:
            self._index()

    def _index(self) -> LabelSearch:
        """The search index of the shown taxonomy version, built on first use."""
        assert self._tree is not None
        tax = self._tree.taxonomy
        ident = (tax.name, tax.version_id)
        if ident not in self._searches:
            while len(self._searches) >= SEARCH_CACHE:
                self._searches.pop(next(iter(self._searches)))
            self._searches[ident] = LabelSearch(tax.labels)
        return self._searches[ident]

    def _fit_list(self, searching: bool) -> None:
        """The list fills the picker while searching; otherwise it fits the recent labels."""
        rows = self._list_model.rowCount()
        self._list_view.setVisible(searching or rows > 0)
        self._section.setVisible(searching or rows > 0)
        if searching:
            self._list_view.setMinimumHeight(0)
            self._list_view.setMaximumHeight(16777215)
        else:
            row = self._list_view.sizeHintForRow(0) if rows else 0
            height = row * min(rows, RECENT_ROWS) + 2 * self._list_view.frameWidth()
            self._list_view.setFixedHeight(height)

    def _recent_keys(self) -> list[str]:
        """Favourites, then recent labels, that can be chosen (each once)."""
        tree = self._tree
        if tree is None:
            return []
        keys = dict.fromkeys([*self._favourites, *self._recent])
        return [k for k in keys if (pos := tree.pos(k)) is not None and tree.choosable(pos)]

    def _update_boost(self) -> None:
        """Search boosts: favourites most, then recent labels, newer more."""
        boost = {
            key: RECENT_BOOST * (1 - n / (2 * max(1, len(self._recent))))
            for n, key in enumerate(self._recent)
        }
        for key in self._favourites:
            boost[key] = max(boost.get(key, 0.0), FAVOURITE_BOOST)
        self._boost = boost
        if not self._search_edit.text():
            current = self._list_view.currentIndex().row()
            self._list_model.set_keys(self._recent_keys())
            self._fit_list(False)
            if self._active is self._list_view and self._list_model.rowCount():
                row = min(max(current, 0), self._list_model.rowCount() - 1)
                self._list_view.setCurrentIndex(self._list_model.index(row, 0))

    def _update_section(self) -> None:
        """The caption above the list: "Recent & favourites", or how many labels match."""
        if not self._search_edit.text():
            self._section.setText(self.tr("Recent & favourites"))
        elif self._list_model.rowCount():
            self._section.setText(self.tr("%n matching label(s)", "", self._list_model.rowCount()))
        else:
            self._section.setText(
                self.tr("No label matches \u201c%1\u201d").replace("%1", self._search_edit.text())
            )

    def _on_tree_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The tree's current label moved: new level badges, breadcrumb and guideline."""
        if current.parent() != previous.parent():
            self._tree_view.viewport().update()
        if self._tree_view.hasFocus() or self._active is self._tree_view:
            self._set_active(self._tree_view)

    def _on_list_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The list's current label moved."""
        if current.isValid() and (self._list_view.hasFocus() or self._search_edit.text()):
            self._set_active(self._list_view)

    def _set_active(self, view: QAbstractItemView) -> None:
        """``view`` is now the one the keyboard acts on: redraw, show its label's details.

        While typing, the details (breadcrumb and guideline) wait until typing pauses, so a
        keystroke only searches and redraws the list.
        """
        previous, self._active = self._active, view
        if previous is not view:
            previous.viewport().update()
        if view is self._tree_view and self._list_view.currentIndex().isValid():
            self._list_view.setCurrentIndex(QModelIndex())  # one highlighted row at a time
        view.viewport().update()
        if self._typing:
            self._details_timer.start()
        else:
            self._update_details()

    def _update_details(self) -> None:
        """Show the current label's path in the breadcrumb and its guideline."""
        self._details_timer.stop()
        if self._refused and self._refused != self.current_key():
            self._refused = ""
        self._update_breadcrumb()
        self._show_guideline()

    def _is_active(self, view: QWidget | None) -> bool:
        """Whether ``view`` draws its current row solid (the keyboard acts on it)."""
        if view is None or view is not self._active:
            return False
        return view.hasFocus() or self._search_edit.hasFocus()

    def _badge(self, index: _Index) -> str | None:
        """The number key of a tree row at the current level ("" past 9), else None."""
        if index.model() is not self._tree_model or self._search_edit.text():
            return None
        if index.parent() != self._level():
            return None
        return str(index.row() + 1) if index.row() < 9 else ""

    def _update_breadcrumb(self) -> None:
        """The breadcrumb shows the current label's ancestors and the label."""
        tree = self._tree
        key = self.current_key()
        pos = tree.pos(key) if tree is not None and key is not None else None
        if tree is None or pos is None:
            self._breadcrumb.set_segments([])
            return
        chain = [*tree.ancestors(pos), pos]
        self._breadcrumb.set_segments([(tree.labels[p].key, tree.name(p)) for p in chain])

    def _show_guideline(self) -> None:
        """The guideline pane: the current label's definition, examples and status."""
        tree = self._tree
        key = self.current_key()
        pos = tree.pos(key) if tree is not None and key is not None else None
        if tree is None or pos is None:
            html = _empty_guideline(self)
        else:
            favourite, refused = key in self._favourites, key == self._refused
            html = _guideline_html(self, tree, pos, favourite=favourite, refused=refused)
        if html != self._guideline_html:  # setHtml is the slowest step of a keystroke
            self._guideline_html = html
            self._guideline.setHtml(html)


def _is_typing(text: str) -> bool:
    """Whether a key's text is something to type into the search box."""
    return bool(text) and text.isprintable() and not text.isspace()


def _is_deprecated(tree: LabelTree | None, key: str) -> bool:
    """Whether ``key`` is a deprecated label of ``tree``."""
    pos = tree.pos(key) if tree is not None else None
    return pos is not None and tree is not None and tree.labels[pos].deprecated


def _name_of(tree: LabelTree | None, key: str) -> str:
    """``key``'s name in the UI language, or the key itself if the tree has no such label."""
    pos = tree.pos(key) if tree is not None else None
    return key if tree is None or pos is None else tree.name(pos)


def _empty_guideline(picker: TaxonomyPicker) -> str:
    """The guideline pane's text when no label is current."""
    hint = QCoreApplication.translate(
        "TaxonomyPicker",
        "Type to find a label, or browse the tree. The definition and examples of the "
        "label you are on show here.",
    )
    return _styled(picker, f"<p class='dim'>{escape(hint)}</p>")


def _heading(text: str) -> str:
    """A small heading of the guideline pane."""
    return f"<p class='head'>{escape(text)}</p>"


def _guideline_html(
    picker: TaxonomyPicker, tree: LabelTree, pos: int, *, favourite: bool, refused: bool
) -> str:
    """The guideline of label ``pos`` as HTML (every text escaped)."""
    label = tree.labels[pos]
    star = f" <span class='star'>{STAR}</span>" if favourite else ""
    parts = [f"<h3>{escape(tree.name(pos))}{star}</h3>"]
    path = tree.path_text(pos)
    where = f"{escape(path)}{MIDDLE_DOT}" if path else ""
    parts.append(f"<p class='dim'>{where}<code>{escape(label.key)}</code></p>")
    reason = tree.why_not(pos)
    if reason:
        lead = QCoreApplication.translate("TaxonomyPicker", "Not chosen.") if refused else ""
        parts.append(f"<p class='notice'><b>{escape(lead)}</b> {escape(reason)}</p>")
    parts.append(_heading(QCoreApplication.translate("TaxonomyPicker", "Definition")))
    if label.description:
        parts.append(f"<p>{_lines(label.description)}</p>")
    else:
        none = QCoreApplication.translate("TaxonomyPicker", "No definition yet.")
        parts.append(f"<p class='dim'>{escape(none)}</p>")
    if label.examples:
        items = "".join(f"<li>{_lines(example)}</li>" for example in label.examples)
        parts.append(_heading(QCoreApplication.translate("TaxonomyPicker", "Examples")))
        parts.append(f"<ul>{items}</ul>")
    if label.synonyms:
        parts.append(_heading(QCoreApplication.translate("TaxonomyPicker", "Also called")))
        parts.append(f"<p>{escape(MIDDLE_DOT.join(label.synonyms))}</p>")
    others = sorted((lang, name) for lang, name in label.names.items() if name != tree.name(pos))
    if others:
        names = MIDDLE_DOT.join(
            f"<span class='dim'>{escape(lang)}</span> {escape(name)}" for lang, name in others
        )
        parts.append(_heading(QCoreApplication.translate("TaxonomyPicker", "Other languages")))
        parts.append(f"<p>{names}</p>")
    return _styled(picker, "".join(parts))


def _lines(text: str) -> str:
    """Escape ``text`` and keep its line breaks."""
    return "<br>".join(escape(line) for line in text.splitlines())


def _styled(widget: QWidget, body: str) -> str:
    """Wrap guideline HTML with a style sheet in the widget's palette colours."""
    palette = widget.palette()
    dim = palette.color(QPalette.ColorRole.PlaceholderText).name()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    notice_bg, notice_fg = ("#3a2f17", "#ffe6b3") if dark else ("#fff4e0", "#5a3a00")
    style = (
        f".dim {{ color: {dim}; }} .head {{ color: {dim}; font-weight: 600; margin-top: 10px;"
        " margin-bottom: 2px; } h3 { margin-bottom: 2px; } ul { margin-top: 0; }"
        f" .notice {{ background-color: {notice_bg}; color: {notice_fg}; }}"
        f" .star {{ color: {STAR_COLORS[1] if dark else STAR_COLORS[0]}; }}"
    )
    return f"<html><head><style>{style}</style></head><body>{body}</body></html>"
