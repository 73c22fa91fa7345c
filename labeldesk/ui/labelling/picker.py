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

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from labeldesk.taxonomy.dto import TaxonomyDTO
from labeldesk.ui.labelling.breadcrumb_bar import BreadcrumbBar, label_path
from labeldesk.ui.labelling.chosen_strip import ChosenStrip
from labeldesk.ui.labelling.guideline import empty_guideline, guideline_html
from labeldesk.ui.labelling.picker_delegate import LabelDelegate
from labeldesk.ui.labelling.picker_navigation import PickerNavigation
from labeldesk.ui.labelling.picker_search import LabelFinder
from labeldesk.ui.models.taxonomy_model import (
    BRANCH_ROLE,
    CHOOSABLE_ROLE,
    DEPRECATED_ROLE,
    KEY_ROLE,
    LabelListModel,
    LabelTree,
    TaxonomyTreeModel,
)

__all__ = ["BreadcrumbBar", "ChosenStrip", "LabelDelegate", "LabelFinder", "TaxonomyPicker"]

# How long after the last keystroke the breadcrumb and guideline follow the top hit (ms).
DETAILS_DELAY_MS = 80
# Most rows the "Recent & favourites" list shows before it scrolls.
RECENT_ROWS = 6


class TaxonomyPicker(PickerNavigation, QWidget):
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

    Notes
    -----
    The keys, the current label and tree navigation (``choose_nth``, ``go_up``,
    ``current_key``) come from :class:`PickerNavigation`; the search state from
    :class:`LabelFinder`.
    """

    labelChosen = Signal(str)
    favouriteToggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taxonomy_picker")
        self._tree: LabelTree | None = None
        self._finder = LabelFinder()
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
        self._finder.set_recent(keys)
        self._refresh_recent()

    def set_favourites(self, keys: Sequence[str]) -> None:
        """The labels this user marked as favourites."""
        self._finder.set_favourites(keys)
        self._tree_model.set_marks(favourites=keys)
        self._list_model.set_marks(favourites=keys)
        self._refresh_recent()
        self._show_guideline()

    def focus_search(self) -> None:
        """Put the keyboard focus in the search box, its text selected."""
        self._search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search_edit.selectAll()

    def toggle_favourite(self) -> None:
        """Mark the current label as a favourite, or unmark it; emits ``favouriteToggled``."""
        key = self.current_key()
        if key is None:
            return
        favourites = self._finder.favourites
        on = key not in favourites
        keys = [*favourites, key] if on else [k for k in favourites if k != key]
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
        self._delegates: list[LabelDelegate] = []
        for view, name, two_line in (
            (self._list_view, "picker_results", True),
            (self._tree_view, "picker_tree", False),
        ):
            view.setObjectName(name)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setMouseTracking(True)
            delegate = LabelDelegate(
                two_line=two_line, badge=self._badge, active=self._is_active, parent=view
            )
            self._delegates.append(delegate)  # a Python reference, or PySide may crash in paint
            view.setItemDelegate(delegate)
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
            hits = [] if self._tree is None else self._finder.search(self._tree, text)
            self._list_model.set_hits(hits)
        else:
            self._list_model.set_keys(self._finder.recent_keys(self._tree))
        self._tree_view.setVisible(not searching)
        self._fit_list(searching)
        if self._list_model.rowCount() and searching:
            self._list_view.setCurrentIndex(self._list_model.index(0, 0))
        self._set_active(self._list_view if searching else self._tree_view)
        self._typing = False

    def _warm_index(self) -> None:
        """Build the search index of the shown taxonomy now, if not built yet."""
        if self._tree is not None:
            self._finder.index(self._tree)

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

    def _refresh_recent(self) -> None:
        """New recent or favourite labels: the list shows them if nothing is searched."""
        if not self._search_edit.text():
            current = self._list_view.currentIndex().row()
            self._list_model.set_keys(self._finder.recent_keys(self._tree))
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

    def _update_details(self) -> None:
        """Show the current label's path in the breadcrumb and its guideline."""
        self._details_timer.stop()
        if self._refused and self._refused != self.current_key():
            self._refused = ""
        self._update_breadcrumb()
        self._show_guideline()

    def _update_breadcrumb(self) -> None:
        """The breadcrumb shows the current label's ancestors and the label."""
        self._breadcrumb.set_segments(label_path(self._tree, self.current_key()))

    def _show_guideline(self) -> None:
        """The guideline pane: the current label's definition, examples and status."""
        tree = self._tree
        key = self.current_key()
        pos = tree.pos(key) if tree is not None and key is not None else None
        if tree is None or pos is None:
            html = empty_guideline(self)
        else:
            favourite, refused = key in self._finder.favourites, key == self._refused
            html = guideline_html(self, tree, pos, favourite=favourite, refused=refused)
        if html != self._guideline_html:  # setHtml is the slowest step of a keystroke
            self._guideline_html = html
            self._guideline.setHtml(html)


def _name_of(tree: LabelTree | None, key: str) -> str:
    """``key``'s name in the UI language, or the key itself if the tree has no such label."""
    pos = tree.pos(key) if tree is not None else None
    return key if tree is None or pos is None else tree.name(pos)
