"""The keyboard cheat-sheet (F1): every action by group with its current keys, filterable."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from labeldesk.ui.dialogs.common import filter_field
from labeldesk.ui.shortcuts import GROUPS, ShortcutRegistry, group_title, sequences_text

# The columns of the cheat-sheet.
ACTION_COLUMN, KEYS_COLUMN, DESCRIPTION_COLUMN = 0, 1, 2
# The role that holds an action's id (None on group rows).
ACTION_ID_ROLE: Final[int] = Qt.ItemDataRole.UserRole + 1


def fill_cheat_sheet(model: QStandardItemModel, registry: ShortcutRegistry) -> None:
    """Fill ``model`` with one row per group, each with its actions, keys and descriptions.

    The set of actions is small and fixed (the registry), so a standard item model suits.
    """
    model.clear()
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("CheatSheet", "Action"),
            QCoreApplication.translate("CheatSheet", "Keys"),
            QCoreApplication.translate("CheatSheet", "What it does"),
        ]
    )
    by_group: dict[str, list[list[QStandardItem]]] = {group: [] for group in GROUPS}
    for action in registry.actions():
        row = [
            _item(action.translated_title()),
            _item(sequences_text(registry.sequences(action.id))),
            _item(action.translated_description()),
        ]
        row[ACTION_COLUMN].setData(action.id, ACTION_ID_ROLE)
        by_group[action.group].append(row)
    for group, rows in by_group.items():
        parent = _item(group_title(group))
        font = parent.font()
        font.setBold(True)
        parent.setFont(font)
        for row in rows:
            parent.appendRow(row)
        model.appendRow([parent, _item(""), _item("")])


def _item(text: str) -> QStandardItem:
    """A read-only item showing ``text``."""
    item = QStandardItem(text)
    item.setEditable(False)
    return item


class CheatSheet(QDialog):
    """Every shortcut of the app, grouped, with a filter box; Esc closes.

    Parameters
    ----------
    registry
        The shortcuts; the sheet follows remapping while it is open.
    parent
        The window that opened the sheet.
    """

    def __init__(self, registry: ShortcutRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheat_sheet")
        self._registry = registry
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self._retranslate()
        registry.changed.connect(self._refill)
        self.resize(920, 640)

    def _build(self) -> None:
        """The filter box above the tree, and a Close button."""
        layout = QVBoxLayout(self)
        self.filter_label, self.filter_edit = filter_field(self, self._on_filter_edit_text_changed)
        self.tree = QTreeView(self)
        self.tree.setObjectName("tree_shortcuts")
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def visible_actions(self) -> list[tuple[str, str]]:
        """The actions the filter lets through, as (action id, keys text), in display order."""
        found: list[tuple[str, str]] = []
        for group_row in range(self.proxy.rowCount()):
            group = self.proxy.index(group_row, 0)
            for row in range(self.proxy.rowCount(group)):
                action_id = self.proxy.index(row, ACTION_COLUMN, group).data(ACTION_ID_ROLE)
                keys = self.proxy.index(row, KEYS_COLUMN, group).data()
                found.append((str(action_id), str(keys)))
        return found

    def changeEvent(self, event: QEvent) -> None:
        """Override QDialog.changeEvent: set every text again when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Texts in the UI language."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter_edit.setPlaceholderText(self.tr("Type an action, a description or a key"))
        self._refill()

    def _refill(self) -> None:
        """Rebuild the rows from the registry, keeping the filter."""
        fill_cheat_sheet(self.model, self._registry)
        header = self.tree.header()
        header.setSectionResizeMode(ACTION_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEYS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self._show_groups()

    def _show_groups(self) -> None:
        """Expand every group and let its name span the row."""
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        """Show only the actions whose title, keys or description contain ``text``."""
        self.proxy.setFilterFixedString(text.strip())
        self._show_groups()
