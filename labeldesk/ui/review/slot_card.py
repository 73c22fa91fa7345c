"""The blind slots A, B, ... as cards: a slot's labels (with their taxonomy path), its turn
labels, unsure flag and note, its verdict, and a button to accept it.

A card shows only what was answered: never who answered, when, or in which order.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from labeldesk.review.dto import SlotView
from labeldesk.storage.models import Verdict

# Turns a label key into (its name, the names of its ancestors) in the UI language.
Describe = Callable[[str], tuple[str, tuple[str, ...]]]

# Border colours of a card by verdict (mid tones that read on light and dark backgrounds).
VERDICT_COLOURS = {"correct": "#2f9e5b", "incorrect": "#d0453a", "none": "palette(mid)"}

CARD_STYLE = (
    "QFrame#slot_card { border: 1px solid palette(mid); border-radius: 6px; }"
    + "".join(
        f' QFrame#slot_card[verdict="{name}"] {{ border: 2px solid {colour}; }}'
        for name, colour in VERDICT_COLOURS.items()
        if name != "none"
    )
    + " QLabel#slot_letter { font-weight: 600; font-size: 15pt; }"
    + f' QPushButton#slot_verdict[verdict="correct"] {{ color: {VERDICT_COLOURS["correct"]}; }}'
    + f' QPushButton#slot_verdict[verdict="incorrect"] {{ color: {VERDICT_COLOURS["incorrect"]}; }}'
)


def labels_html(keys: tuple[str, ...], describe: Describe, muted: str) -> str:
    """Label names as HTML lines: the ancestors' names in colour ``muted``, the name in bold."""
    lines = []
    for key in keys:
        name, path = describe(key)
        parents = "".join(f"{html.escape(p)} \u203a " for p in path)
        prefix = f"<span style='color: {muted}'>{parents}</span>" if parents else ""
        lines.append(f"{prefix}<b>{html.escape(name)}</b>")
    return "<br>".join(lines)


class SlotCard(QFrame):
    """One blind slot.

    Signals
    -------
    acceptClicked(str)
        The accept button was pressed: the slot's name.
    verdictClicked(str)
        The verdict button was pressed (flip correct/incorrect): the slot's name.
    """

    acceptClicked = Signal(str)
    verdictClicked = Signal(str)

    def __init__(self, slot: SlotView, describe: Describe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slot_card")
        self.slot = slot
        self._describe = describe
        self._verdict: Verdict | None = None
        self.letter = QLabel(slot.slot, self)
        self.letter.setObjectName("slot_letter")
        self.verdict_button = QPushButton(self)
        self.verdict_button.setObjectName("slot_verdict")
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("slot_accept")
        self.body = QLabel(self)
        self.body.setObjectName("slot_labels")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.letter)
        top.addStretch(1)
        top.addWidget(self.verdict_button)
        top.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.body)
        self.accept_button.clicked.connect(lambda: self.acceptClicked.emit(self.slot.slot))
        self.verdict_button.clicked.connect(lambda: self.verdictClicked.emit(self.slot.slot))
        self.retranslate()

    @property
    def verdict(self) -> Verdict | None:
        """The verdict shown."""
        return self._verdict

    def set_verdict(self, verdict: Verdict | None) -> None:
        """Show a verdict: the card's border and the verdict button follow it."""
        self._verdict = verdict
        value = "none" if verdict is None else verdict.value
        for widget in (self, self.verdict_button):
            widget.setProperty("verdict", value)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self._show_verdict_text()

    def set_hints(self, accept: str, verdict: str) -> None:
        """Tooltips of the two buttons (with their keys)."""
        self.accept_button.setToolTip(accept)
        self.verdict_button.setToolTip(verdict)

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        name = self.slot.slot
        self.accept_button.setText(self.tr("Accept %1").replace("%1", name))
        self.setAccessibleName(self.tr("Slot %1").replace("%1", name))
        self._show_verdict_text()
        self._show_body()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate when the UI language changes."""
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)

    def _show_verdict_text(self) -> None:
        """The verdict button's text."""
        if self._verdict == Verdict.CORRECT:
            text = self.tr("✓ Correct")
        elif self._verdict == Verdict.INCORRECT:
            text = self.tr("✗ Incorrect")
        else:
            text = self.tr("No verdict")
        self.verdict_button.setText(text)

    def _show_body(self) -> None:
        """The slot's labels, turn labels, unsure flag and note."""
        slot = self.slot
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        parts = [labels_html(slot.labels, self._describe, muted) or self.tr("(no label)")]
        for turn, keys in sorted(slot.turn_labels.items()):
            names = ", ".join(html.escape(self._describe(k)[0]) for k in keys)
            parts.append(self.tr("Turn %1: %2").replace("%1", str(turn + 1)).replace("%2", names))
        if slot.unsure:
            unsure = self.tr("Marked unsure")
            parts.append(f"<i>{html.escape(unsure)}</i>")
        if slot.note:
            parts.append(f"<i>“{html.escape(slot.note)}”</i>")
        self.body.setText("<br>".join(parts))


class SlotList(QScrollArea):
    """The cards of an item's slots, one under the other, scrolling when there are many.

    Signals
    -------
    acceptClicked(str), verdictClicked(str)
        From any card: the slot's name.
    """

    acceptClicked = Signal(str)
    verdictClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slot_list")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = self._inner = QWidget(self)
        inner.setStyleSheet(CARD_STYLE)
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addStretch(1)
        self.setWidget(inner)
        self.cards: dict[str, SlotCard] = {}

    def set_slots(self, slots: tuple[SlotView, ...], describe: Describe) -> None:
        """Show one card per slot, in order (the old cards go)."""
        for card in self.cards.values():
            card.hide()
            card.deleteLater()
        self.cards = {}
        for n, slot in enumerate(slots):
            card = SlotCard(slot, describe, self._inner)
            card.acceptClicked.connect(self.acceptClicked)
            card.verdictClicked.connect(self.verdictClicked)
            self._layout.insertWidget(n, card)
            card.show()  # now, so the layout counts it at once
            self.cards[slot.slot] = card

    def content_height(self) -> int:
        """The height the cards need to show without scrolling."""
        self._inner.adjustSize()
        return self._inner.sizeHint().height() + 2 * self.frameWidth()

    def set_verdicts(self, verdicts: Mapping[str, Verdict | None]) -> None:
        """Show each slot's verdict."""
        for name, card in self.cards.items():
            card.set_verdict(verdicts.get(name))
