"""The settings dialog's shortcuts table: its model, key and reset delegates, and view."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QKeySequenceEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from labeldesk.ui.shortcuts import (
    ShortcutRegistry,
    action_by_id,
    find_conflicts,
    sequences_text,
)
from labeldesk.ui.theme import PROBLEM_TEXT

ACTION_COLUMN, DESCRIPTION_COLUMN, KEY_COLUMN, RESET_COLUMN = 0, 1, 2, 3
_COLUMNS: Final[int] = 4
AnyIndex = QModelIndex | QPersistentModelIndex


class ShortcutTableModel(QAbstractTableModel):
    """The shortcuts being edited: one row per action (title, description, keys, reset).

    Edits stay in the model until :meth:`overrides` is written to the settings.

    Parameters
    ----------
    registry
        The current shortcuts, copied when the model is made.
    parent
        The owning QObject.

    Attributes
    ----------
    conflicts_changed : Signal()
        Emitted after an edit, when the conflicts may have changed.
    """

    conflicts_changed = Signal()

    def __init__(self, registry: ShortcutRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._ids = [action.id for action in registry.actions()]
        self._keys = registry.bindings()
        self._conflicting: set[str] = set()
        self._problem = QColor(PROBLEM_TEXT["light"])

    # -- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """Override QAbstractItemModel.rowCount: one row per action (none under a row)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        """Override QAbstractItemModel.columnCount: action, description, keys, reset."""
        return 0 if parent.isValid() else _COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel.data: texts, the key to edit, red for conflicts."""
        if not index.isValid():
            return None
        action_id, column = self._ids[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action_id, column)
        if role == Qt.ItemDataRole.EditRole and column == KEY_COLUMN:
            return self._keys[action_id][0]
        if role == Qt.ItemDataRole.ForegroundRole and action_id in self._conflicting:
            return QBrush(self._problem)
        if role == Qt.ItemDataRole.ToolTipRole and column == RESET_COLUMN:
            defaults = sequences_text(self._registry.defaults(action_id))
            return self.tr("Back to %1").replace("%1", defaults)
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractItemModel.setData: a new key sequence for the row's action."""
        if role != Qt.ItemDataRole.EditRole or index.column() != KEY_COLUMN:
            return False
        sequence = value if isinstance(value, QKeySequence) else QKeySequence(str(value))
        if sequence.isEmpty():
            return False
        self._set_keys(index.row(), [sequence])
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags: the keys column is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == KEY_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel.headerData: column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Action"), self.tr("What it does"), self.tr("Keys"), "")
        return titles[section] if 0 <= section < _COLUMNS else None

    # -- editing --------------------------------------------------------------------------

    def action_id(self, row: int) -> str:
        """The action on ``row``."""
        return self._ids[row]

    def row_of(self, action_id: str) -> int:
        """The row of ``action_id``."""
        return self._ids.index(action_by_id(action_id).id)

    def is_default(self, row: int) -> bool:
        """Whether the action on ``row`` has its built-in keys."""
        defaults = self._registry.defaults(self._ids[row])
        return _texts(self._keys[self._ids[row]]) == _texts(defaults)

    def reset_row(self, row: int) -> None:
        """Give the action on ``row`` its built-in keys."""
        self._set_keys(row, self._registry.defaults(self._ids[row]))

    def reset_all(self) -> None:
        """Give every action its built-in keys."""
        for row in range(len(self._ids)):
            self.reset_row(row)

    def conflicts(self) -> list[tuple[QKeySequence, list[str]]]:
        """Key sequences given to more than one action, with those actions' ids."""
        return find_conflicts(self._keys)

    def overrides(self) -> dict[str, str]:
        """The keys that differ from the built-in ones, as the settings store them."""
        return {
            action_id: sequences_text(self._keys[action_id], native=False)
            for row, action_id in enumerate(self._ids)
            if not self.is_default(row)
        }

    def set_problem_color(self, color: QColor) -> None:
        """The colour of conflicting rows (it differs in the light and dark themes)."""
        self._problem = color
        self._changed_all()

    def retranslate(self) -> None:
        """Tell the views every text changed (the UI language switched)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        self._changed_all()

    def _display(self, action_id: str, column: int) -> str:
        """The text of one cell."""
        action = action_by_id(action_id)
        if column == ACTION_COLUMN:
            return action.translated_title()
        if column == DESCRIPTION_COLUMN:
            return action.translated_description()
        if column == KEY_COLUMN:
            return sequences_text(self._keys[action_id])
        return "" if self.is_default(self._ids.index(action_id)) else self.reset_text()

    def reset_text(self) -> str:
        """The label of the per-row reset buttons."""
        return self.tr("Reset")

    def _set_keys(self, row: int, sequences: list[QKeySequence]) -> None:
        """Store ``sequences`` for the action on ``row`` and refresh the conflict marks."""
        self._keys[self._ids[row]] = list(sequences)
        self._conflicting = {i for _, ids in self.conflicts() for i in ids}
        self._changed_all()
        self.conflicts_changed.emit()

    def _changed_all(self) -> None:
        """Every cell may look different (keys, conflicts, reset buttons)."""
        if self._ids:
            last = self.index(len(self._ids) - 1, _COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class KeySequenceDelegate(QStyledItemDelegate):
    """Edits a shortcut with a QKeySequenceEdit: press the new keys, Esc cancels.

    Enter, Tab and every other key are recorded as the new shortcut, so that Return can be
    given to Submit again; the edit ends with the first key combination.
    """

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        """Override QStyledItemDelegate.createEditor: an empty key recorder."""
        editor = QKeySequenceEdit(parent)
        editor.setObjectName("edit_key_sequence")
        editor.setMaximumSequenceLength(1)
        editor.editingFinished.connect(lambda: self._finish(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        """Override QStyledItemDelegate.setEditorData: start empty, waiting for keys."""
        if isinstance(editor, QKeySequenceEdit):
            editor.clear()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        """Override QStyledItemDelegate.setModelData: store the recorded keys, if any."""
        if isinstance(editor, QKeySequenceEdit) and not editor.keySequence().isEmpty():
            model.setData(index, editor.keySequence(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QStyledItemDelegate.eventFilter: only Esc and focus-out end the edit."""
        if (
            isinstance(watched, QKeySequenceEdit)
            and isinstance(event, QKeyEvent)
            and event.key() != Qt.Key.Key_Escape
        ):
            return False
        return super().eventFilter(watched, event)

    def _finish(self, editor: QKeySequenceEdit) -> None:
        """The keys are recorded: store them and close the editor."""
        if not editor.keySequence().isEmpty():
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class ResetButtonDelegate(QStyledItemDelegate):
    """Draws a push button in the reset column of rows whose keys are not the defaults."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Override QStyledItemDelegate.paint: the cell's background, then the button."""
        text = str(index.data() or "")
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""  # type: ignore[attr-defined]
        widget = view_option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        if not text:
            return
        button = QStyleOptionButton()
        button.rect = view_option.rect.adjusted(3, 2, -3, -2)  # type: ignore[attr-defined]
        button.text = text
        button.palette = view_option.palette  # type: ignore[attr-defined]
        button.fontMetrics = view_option.fontMetrics  # type: ignore[attr-defined]
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Override QStyledItemDelegate.sizeHint: room for the button."""
        model = index.model()
        text = model.reset_text() if isinstance(model, ShortcutTableModel) else str(index.data())
        return button_size(text, option.fontMetrics)  # type: ignore[attr-defined]


def button_size(text: str, metrics: QFontMetrics) -> QSize:
    """The size of a push button showing ``text``, with the cell's margins."""
    button = QStyleOptionButton()
    button.text = text
    button.fontMetrics = metrics  # type: ignore[attr-defined]
    size = QSize(metrics.horizontalAdvance(text), metrics.height())
    hint = QApplication.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, button, size)
    return hint + QSize(6, 4)


class ShortcutTable(QTableView):
    """The shortcuts table: Enter or F2 records new keys for the row, Backspace resets it.

    A click on a row's Reset button resets that row.
    """

    def __init__(self, model: ShortcutTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("table_shortcuts")
        self.setModel(model)
        self._model = model
        # Keep Python references to the delegates, or PySide may crash in paint.
        self._key_delegate = KeySequenceDelegate(self)
        self._reset_delegate = ResetButtonDelegate(self)
        self.setItemDelegateForColumn(KEY_COLUMN, self._key_delegate)
        self.setItemDelegateForColumn(RESET_COLUMN, self._reset_delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(ACTION_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEY_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RESET_COLUMN, QHeaderView.ResizeMode.Fixed)
        self.clicked.connect(self._on_clicked)
        self.fit_reset_column()

    def fit_reset_column(self) -> None:
        """Make the reset column as wide as its button (its text depends on the language)."""
        size = button_size(self._model.reset_text(), self.fontMetrics())
        self.horizontalHeader().resizeSection(RESET_COLUMN, size.width())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QTableView.keyPressEvent: Enter records keys, Backspace/Delete resets."""
        current = self.currentIndex()
        if current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_keys(current.row())
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._model.reset_row(current.row())
                event.accept()
                return
        super().keyPressEvent(event)

    def edit_keys(self, row: int) -> None:
        """Open the key recorder on ``row``."""
        index = self._model.index(row, KEY_COLUMN)
        self.setCurrentIndex(index)
        self.edit(index)

    def _on_clicked(self, index: QModelIndex) -> None:
        """A click on a Reset button resets its row."""
        if index.column() == RESET_COLUMN:
            self._model.reset_row(index.row())


def _texts(sequences: list[QKeySequence]) -> list[str]:
    """Sorted portable texts, to compare two lists of key sequences."""
    return sorted(s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences)
