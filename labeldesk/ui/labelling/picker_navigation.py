"""The taxonomy picker's keyboard and navigation: where a key goes, and which label is current.

:class:`PickerNavigation` is mixed into :class:`~labeldesk.ui.labelling.picker.TaxonomyPicker`
and works on the picker's widgets: it is their event filter, tracks the view the keyboard
acts on (and so the current label), and walks the taxonomy tree level by level. The picker
owns the widgets and models, chooses labels and shows the current label's details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from labeldesk.ui.labelling.picker_delegate import AnyIndex
from labeldesk.ui.models.taxonomy_model import (
    BRANCH_ROLE,
    KEY_ROLE,
    LabelListModel,
    LabelTree,
    TaxonomyTreeModel,
)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Rows the results move by for Down, Up, Page Down and Page Up.
_MOVES: dict[int, int] = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                          Qt.Key.Key_PageUp: -8}  # fmt: skip
_DIGITS: dict[int, int] = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class PickerNavigation:
    """Keys, the current label and tree navigation of the taxonomy picker (a mixin).

    The class that mixes it in (a QWidget, before which it comes in the bases) makes the
    widgets and models annotated below, and provides ``toggle_favourite``, ``_choose_index``
    (choose the label at an index, or open it) and ``_update_details`` (show the current
    label's breadcrumb and guideline).
    """

    _tree: LabelTree | None
    _search_edit: QLineEdit
    _list_view: QListView
    _tree_view: QTreeView
    _list_model: LabelListModel
    _tree_model: TaxonomyTreeModel
    _guideline: QTextBrowser
    _active: QAbstractItemView
    _typing: bool
    _details_timer: QTimer

    if TYPE_CHECKING:  # provided by the picker

        def toggle_favourite(self) -> None: ...
        def _choose_index(self, index: QModelIndex) -> None: ...
        def _update_details(self) -> None: ...

    # -- the current label ----------------------------------------------------------------

    def current_key(self) -> str | None:
        """The key of the label the keyboard is on (shown in the guideline pane), if any."""
        index = self._active.currentIndex()
        return str(index.data(KEY_ROLE)) if index.isValid() else None

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

    def _is_active(self, view: QWidget | None) -> bool:
        """Whether ``view`` draws its current row solid (the keyboard acts on it)."""
        if view is None or view is not self._active:
            return False
        return view.hasFocus() or self._search_edit.hasFocus()

    def _badge(self, index: AnyIndex) -> str | None:
        """The number key of a tree row at the current level ("" past 9), else None."""
        if index.model() is not self._tree_model or self._search_edit.text():
            return None
        if index.parent() != self._level():
            return None
        return str(index.row() + 1) if index.row() < 9 else ""

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


def _is_typing(text: str) -> bool:
    """Whether a key's text is something to type into the search box."""
    return bool(text) and text.isprintable() and not text.isspace()
