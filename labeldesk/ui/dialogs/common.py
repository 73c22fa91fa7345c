"""Widgets the dialogs build the same way: the filter box above a list, with its label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


def filter_field(
    parent: QWidget, on_text_changed: Callable[[str], None]
) -> tuple[QLabel, QLineEdit]:
    """A label and a clearable filter box named ``edit_filter``, the label its buddy.

    Parameters
    ----------
    parent
        The dialog; it sets the texts, in its own translation context.
    on_text_changed
        Called with the box's text whenever it changes.

    Returns
    -------
    tuple[QLabel, QLineEdit]
        The label and the box, created in that order (the focus chain follows it).
    """
    label = QLabel(parent)
    edit = QLineEdit(parent)
    edit.setObjectName("edit_filter")
    edit.setClearButtonEnabled(True)
    label.setBuddy(edit)
    edit.textChanged.connect(on_text_changed)
    return label, edit
