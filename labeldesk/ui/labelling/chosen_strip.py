"""The taxonomy picker's strip of chosen labels: one chip per label, pressed to remove it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from labeldesk.ui.theme import chip_style_sheet


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
