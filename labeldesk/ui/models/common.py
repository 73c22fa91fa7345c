"""What the item models share: the index type of Qt's overrides, and the flags of read-only rows."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

# Either index Qt passes to a model's overrides.
ModelIndex = QModelIndex | QPersistentModelIndex

# A row the user can select but never edit, and that has no children.
READ_ONLY_ROW_FLAGS: Final[Qt.ItemFlag] = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def read_only_row_flags(index: ModelIndex) -> Qt.ItemFlag:
    """The flags of ``index`` in a list of read-only rows (none for the invalid index)."""
    return READ_ONLY_ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
