"""Helpers of the labelling window: the activity clock's event filter, undo through empty
text fields, and the skip dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from labeldesk.labelling.session import ActiveTimer

# Input events that count as activity for the active-time clock.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)

# Common reasons to skip, offered in the skip dialog (any text may be typed).
SKIP_REASONS = (
    "Not customer service",
    "Wrong language",
    "Spam or unreadable",
    "Too short to tell",
    "Contains personal data",
)


class ActivityFilter(QObject):
    """Feeds input events and window focus to the session's active-time clock."""

    def __init__(self, timer: ActiveTimer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count input as activity; never consume the event."""
        if event.type() in ACTIVITY_EVENTS:
            self.timer.activity()
        return False

    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        """Stop counting while the app is not the active one."""
        self.timer.set_focused(state == Qt.ApplicationState.ApplicationActive)


class UndoPassThrough(QObject):
    """Lets the window's Undo through a text field that is empty or has nothing to undo.

    A QLineEdit claims Ctrl+Z for its own undo even when it is empty, which would make the
    app's Undo dead wherever the labeller's cursor usually is (the picker's search box).
    """

    def __init__(self, undo: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo = undo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leave a ShortcutOverride for Undo unclaimed when the field can't undo itself."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and (not watched.text() or not watched.isUndoAvailable())
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in self.undo.shortcuts()
        ):
            event.ignore()
            return True
        return False


class SkipDialog(QDialog):
    """Asks why a conversation is skipped: a common reason, or any text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skip_dialog")
        self.setWindowTitle(self.tr("Skip conversation"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("skip_reason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for reason in SKIP_REASONS:
            self.reason.addItem(self.translate_reason(reason), reason)
        prompt = QLabel(self.tr("&Why skip this conversation?"), self)
        prompt.setBuddy(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skip"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def translate_reason(self, reason: str) -> str:
        """A reason in the UI language (the English text is what gets stored)."""
        return {
            "Not customer service": self.tr("Not customer service"),
            "Wrong language": self.tr("Wrong language"),
            "Spam or unreadable": self.tr("Spam or unreadable"),
            "Too short to tell": self.tr("Too short to tell"),
            "Contains personal data": self.tr("Contains personal data"),
        }[reason]

    def chosen_reason(self) -> str:
        """The reason to store: the English text of a listed reason, or what was typed."""
        text = self.reason.currentText().strip()
        index = self.reason.findText(text)
        return str(self.reason.itemData(index)) if index >= 0 else text
