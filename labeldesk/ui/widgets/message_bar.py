"""An inline bar at the top of a window for errors, warnings and notes the user can act on."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from labeldesk.ui.theme import LEVELS, MESSAGE_COLORS, is_dark

# How long an info message stays before it hides itself, in milliseconds.
INFO_TIMEOUT_MS: Final[int] = 6000
# How many messages the bar remembers.
HISTORY_SIZE: Final[int] = 20

_ICONS: Final[dict[str, QStyle.StandardPixmap]] = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
_ICON_SIZE: Final[int] = 20


@dataclass(frozen=True)
class Message:
    """A message the bar showed: its text, level and when."""

    text: str
    level: str
    shown_at: dt.datetime


class MessageBar(QWidget):
    """A bar with an icon, a message, an optional action button and a close button.

    Hidden until :meth:`show_message`. Errors and warnings stay until closed (the close
    button, Esc while the bar has focus, or the action); info messages hide after
    ``info_timeout_ms``. A new message replaces the one shown unless that one is more
    severe (an info never hides an error); every message goes into :meth:`history`.

    Parameters
    ----------
    parent
        The window the bar sits in.
    info_timeout_ms
        How long an info message stays.

    Attributes
    ----------
    closed : Signal()
        The bar was closed by the user or by its timer.
    action_triggered : Signal()
        The action button was pressed (after the callback ran).
    """

    closed = Signal()
    action_triggered = Signal()

    def __init__(
        self, parent: QWidget | None = None, info_timeout_ms: int = INFO_TIMEOUT_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._history: deque[Message] = deque(maxlen=HISTORY_SIZE)
        self._current: Message | None = None
        self._callback: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(info_timeout_ms)
        self._timer.timeout.connect(self.close_message)
        self._build()
        self._retranslate()
        self.hide()

    def _build(self) -> None:
        """A tinted frame with the icon, text, action button and close button in a row.

        The colours are a style sheet on the frame, not on the bar, so that the bar itself
        keeps the app's palette and hears when it changes.
        """
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.frame = QFrame(self)
        self.frame.setObjectName("message_bar_frame")
        outer.addWidget(self.frame)
        layout = QHBoxLayout(self.frame)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(10)
        self.icon_label = QLabel(self)
        self.icon_label.setObjectName("label_icon")
        self.text_label = QLabel(self)
        self.text_label.setObjectName("label_message")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("button_action")
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("button_close")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_message)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)

    # -- public ---------------------------------------------------------------------------

    def show_message(
        self,
        text: str,
        level: str = "error",
        action_text: str | None = None,
        callback: Callable[[], object] | None = None,
    ) -> bool:
        """Show ``text`` in the bar (already translated).

        Parameters
        ----------
        text
            The message: what happened and what the user can do.
        level
            ``"error"``, ``"warning"`` or ``"info"``.
        action_text
            The label of a button that runs ``callback``, e.g. "Retry"; no button if None.
        callback
            Called when the button is pressed; the bar closes afterwards.

        Returns
        -------
        bool
            True if the message is shown; False if a more severe message stays shown (the
            new one is still in the history).

        Raises
        ------
        ValueError
            If ``level`` is not a known level.
        """
        if level not in LEVELS:
            raise ValueError(f"unknown message level {level!r}; levels: {', '.join(LEVELS)}")
        message = Message(text, level, dt.datetime.now(dt.UTC))
        self._history.append(message)
        if self._current is not None and _severity(self._current.level) < _severity(level):
            return False
        self._current = message
        self._callback = callback
        self.text_label.setText(text)
        self.icon_label.setPixmap(self.style().standardIcon(_ICONS[level]).pixmap(_ICON_SIZE))
        self.action_button.setText(action_text or "")
        self.action_button.setVisible(bool(action_text) and callback is not None)
        self.setAccessibleDescription(text)
        self._restyle()
        self.show()
        if level == "info":
            self._timer.start()
        else:
            self._timer.stop()
        return True

    def close_message(self) -> None:
        """Hide the bar (the message stays in the history)."""
        self._timer.stop()
        was_shown = self._current is not None
        self._current = None
        self._callback = None
        self.hide()
        if was_shown:
            self.closed.emit()

    def current(self) -> Message | None:
        """The message shown, or None."""
        return self._current

    def history(self) -> list[Message]:
        """The last messages, oldest first (at most :data:`HISTORY_SIZE`)."""
        return list(self._history)

    # -- Qt overrides ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget.keyPressEvent: Esc closes the bar when it (or a child) has focus."""
        if event.key() == Qt.Key.Key_Escape and self._current is not None:
            self.close_message()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: follow the UI language and the palette."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    # -- private --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """Set the close button's texts in the UI language."""
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close message"))

    def _restyle(self) -> None:
        """Colours for the current level in the light or dark palette."""
        level = self._current.level if self._current is not None else "info"
        colors = MESSAGE_COLORS["dark" if is_dark(self.palette()) else "light"][level]
        sheet = (
            f"#message_bar_frame {{ background: {colors.background};"
            f" border: 1px solid {colors.border}; border-radius: 6px; }}"
            f" QLabel {{ color: {colors.text}; background: transparent; border: none; }}"
            f" QToolButton {{ color: {colors.text}; }}"
        )
        if sheet != self.frame.styleSheet():
            self.frame.setStyleSheet(sheet)

    def _on_action_button_clicked(self) -> None:
        """Run the message's action, then close the bar."""
        callback = self._callback
        self.close_message()
        if callback is not None:
            callback()
        self.action_triggered.emit()


def _severity(level: str) -> int:
    """0 for errors, 1 for warnings, 2 for info: lower is more severe."""
    return LEVELS.index(level)
