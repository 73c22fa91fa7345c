"""The conversation as a chat: a bubble per turn, turn selection by key and click, find, copy.

The turns are one read-only rich-text document (one table per turn, built from escaped HTML in
a single ``setHtml``), so selection, copy and search come from Qt and a 20-turn conversation
shows in a few milliseconds. Turn highlight and label chips are edited in place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextTable,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from labeldesk.labelling import dto
from labeldesk.ui.labelling.chat_text import ChatText
from labeldesk.ui.labelling.conversation_html import (
    SCRIPT_SAMPLES,
    ChatStyle,
    bubble_edge,
    chat_style,
    format_times,
    speaker_kind,
    turn_html,
    uncovered_scripts,
)
from labeldesk.ui.widgets.find_bar import FindBar, TextFinder

__all__ = [
    "CHIPS_STATE",
    "DEFAULT_KEYS",
    "SCRIPT_SAMPLES",
    "ChatText",
    "ConversationView",
    "uncovered_scripts",
]

BORDER_SOLID = QTextFrameFormat.BorderStyle.BorderStyle_Solid
BORDER_DASHED = QTextFrameFormat.BorderStyle.BorderStyle_Dashed

# The user state of a turn's chip paragraph (so find skips it).
CHIPS_STATE: Final[int] = 1
# The view's own keys by command; the ids match labeldesk.ui.shortcuts where it has them.
DEFAULT_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "next_turn": ("Alt+Down",),
    "previous_turn": ("Alt+Up",),
    "next_customer_turn": ("N", "Ctrl+Down"),
    "previous_customer_turn": ("Ctrl+Up",),
    "clear_turn": ("Esc",),
    "find": ("Ctrl+F",),
    "find_next": ("F3",),
    "find_previous": ("Shift+F3",),
}


class ConversationView(QWidget):
    """Shows a :class:`labeldesk.labelling.dto.ConversationView` as a chat, with a current turn.

    Customer turns sit on the left, agent turns on the right, bot turns on the right with a
    dashed edge; each bubble has its number, speaker and time. Keys move the current turn and
    a click selects one; Esc goes back to the whole conversation; Ctrl+F opens the find bar.

    The keys (:data:`DEFAULT_KEYS`) are handled as key presses in the text, not as shortcuts,
    so a window that binds the same keys to the same public methods (``next_turn``,
    ``next_customer_turn``, ``clear_turn``, ``open_find``, ...) takes precedence without an
    ambiguous-shortcut clash. :meth:`set_key_bindings` follows remapped keys.

    Parameters
    ----------
    parent
        The owning widget.

    Signals
    -------
    turnSelected(int)
        The current turn changed: its ``idx``, or -1 for none (conversation level).
    """

    turnSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation_view")
        self.text = ChatText(self)
        self.text.viewport().installEventFilter(self)
        self.text.lookChanged.connect(self._on_look_changed)
        self.setFocusProxy(self.text)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)
        self._view: dto.ConversationView | None = None
        self._tables: list[QTextTable] = []
        self._current = -1
        self._labels: dict[int, tuple[str, ...]] = {}
        self._names: dict[str, str] = {}
        self._style: ChatStyle | None = None
        self.finder = TextFinder(self.text, self.find_bar, self._is_turn_text)
        self.find_bar.closed.connect(self._on_find_closed)
        self._keys = {k: [QKeySequence(s) for s in v] for k, v in DEFAULT_KEYS.items()}
        self.text.installEventFilter(self)
        self._retranslate()

    # -- showing --------------------------------------------------------------------------

    def show_conversation(
        self,
        view: dto.ConversationView,
        turn_labels: dict[int, tuple[str, ...]] | None = None,
        label_names: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``view`` from its first turn, with no current turn and the given turn labels."""
        self._view = view
        self._labels = {k: tuple(v) for k, v in (turn_labels or {}).items() if v}
        self._names = dict(label_names or {})
        had_turn = self._current != -1
        self._current = -1
        self._render()
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.text.verticalScrollBar().setValue(0)
        if had_turn:
            self.turnSelected.emit(-1)

    def clear(self) -> None:
        """Show nothing (no item open)."""
        self._view = None
        self._tables = []
        self.finder.clear()
        self.text.clear()
        if self._current != -1:
            self._current = -1
            self.turnSelected.emit(-1)

    def conversation(self) -> dto.ConversationView | None:
        """The conversation shown, if any."""
        return self._view

    def set_turn_labels(
        self,
        turn_labels: Mapping[int, tuple[str, ...]],
        label_names: Mapping[str, str] | None = None,
    ) -> None:
        """Refresh the label chips under the turns, in place (the scroll position stays)."""
        renamed = label_names is not None and dict(label_names) != self._names
        if label_names is not None:
            self._names = dict(label_names)
        wanted = {k: tuple(v) for k, v in turn_labels.items() if v}
        changed = {
            k for k in wanted.keys() | self._labels.keys() if wanted.get(k) != self._labels.get(k)
        }
        if renamed:
            changed |= wanted.keys()
        scroll = self.text.verticalScrollBar().value()
        for pos, turn in enumerate(self._turns()):
            if turn.idx in changed:
                self._write_chips(pos, self._labels.get(turn.idx, ()), wanted.get(turn.idx, ()))
        self._labels = wanted
        self.text.verticalScrollBar().setValue(scroll)

    # -- turn selection -------------------------------------------------------------------

    def current_turn(self) -> int:
        """The current turn's ``idx``, or -1 when labels apply to the whole conversation."""
        return self._turns()[self._current].idx if self._current >= 0 else -1

    def select_turn(self, idx: int) -> None:
        """Make turn ``idx`` current (highlighted, scrolled into view); -1 clears."""
        positions = [t.idx for t in self._turns()]
        self._set_current(positions.index(idx) if idx in positions else -1)

    def clear_turn(self) -> None:
        """Esc: close the find bar if it is open, else back to conversation level (no turn)."""
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
        else:
            self._set_current(-1)

    def next_turn(self) -> None:
        """The turn after the current one (the first when none is current)."""
        if self._current + 1 < len(self._tables):
            self._set_current(self._current + 1)

    def previous_turn(self) -> None:
        """The turn before the current one (the last when none is current)."""
        if self._current > 0 or (self._current == -1 and self._tables):
            self._set_current(self._current - 1 if self._current > 0 else len(self._tables) - 1)

    def next_customer_turn(self) -> None:
        """The next customer turn after the current one (from the top when none is current)."""
        turns = self._turns()
        for pos in range(self._current + 1, len(turns)):
            if turns[pos].speaker == "customer":
                self._set_current(pos)
                return

    def previous_customer_turn(self) -> None:
        """The previous customer turn (from the bottom when none is current)."""
        turns = self._turns()
        start = self._current - 1 if self._current >= 0 else len(turns) - 1
        for pos in range(start, -1, -1):
            if turns[pos].speaker == "customer":
                self._set_current(pos)
                return

    # -- find -----------------------------------------------------------------------------

    def open_find(self) -> None:
        """Open the find bar, seeded with the selected text if it is on one line."""
        selected = self.text.textCursor().selectedText()
        self.find_bar.open_bar(selected if selected and "\u2029" not in selected else "")
        self.finder.search(self.find_bar.query())

    def find_next(self) -> None:
        """Go to the next match (opens the find bar if it is closed)."""
        if self.find_bar.isHidden():
            self.open_find()
        else:
            self.finder.next_match()

    def find_previous(self) -> None:
        """Go to the previous match (opens the find bar if it is closed)."""
        if self.find_bar.isHidden():
            self.open_find()
        else:
            self.finder.previous_match()

    def match_count(self) -> int:
        """How many matches the find bar's query has in the turns' text."""
        return self.finder.count()

    # -- keys -----------------------------------------------------------------------------

    def key_bindings(self) -> dict[str, list[QKeySequence]]:
        """The keys the view handles itself while its text has the focus, by command id."""
        return {k: list(v) for k, v in self._keys.items()}

    def set_key_bindings(self, bindings: Mapping[str, Sequence[QKeySequence]]) -> None:
        """Rebind commands (ids of :data:`DEFAULT_KEYS`), e.g. to follow remapped shortcuts."""
        unknown = set(bindings) - set(DEFAULT_KEYS)
        if unknown:
            raise KeyError(f"unknown commands {sorted(unknown)}; known: {sorted(DEFAULT_KEYS)}")
        self._keys.update({k: list(v) for k, v in bindings.items()})

    # -- Qt overrides ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: the view's keys in the text; a click selects a turn."""
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            return isinstance(event, QKeyEvent) and self._on_text_key(event)
        if (
            watched is self.text.viewport()
            and event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            pos = self._turn_at(event.position().toPoint())
            if pos is not None:
                self._set_current(pos)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: retranslate (and redraw) for a new UI language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._view is not None:
                self._rerender()
        super().changeEvent(event)

    def _on_look_changed(self) -> None:
        """The text's font or palette changed: new style, same conversation and scroll."""
        self._style = None
        if self._view is not None:
            self._rerender()

    # -- private: document ----------------------------------------------------------------

    def _turns(self) -> tuple[dto.TurnView, ...]:
        """The turns shown, in order."""
        return () if self._view is None else self._view.turns

    def _chat_style(self) -> ChatStyle:
        """The style for the current palette and font (cached until either changes)."""
        if self._style is None:
            self._style = chat_style(self.text.palette(), self.text.document().defaultFont())
        return self._style

    def _render(self) -> None:
        """Build the document for the conversation: one setHtml, then the chips."""
        style = self._chat_style()
        turns = self._turns()
        times = format_times(turns)
        parts = [
            turn_html(t, n + 1, w, style) for n, (t, w) in enumerate(zip(turns, times, strict=True))
        ]
        self.finder.clear()
        self.text.document().setHtml("".join(parts))
        self._tables = [
            f for f in self.text.document().rootFrame().childFrames() if isinstance(f, QTextTable)
        ]
        for pos, turn in enumerate(turns):
            if turn.idx in self._labels:
                self._write_chips(pos, (), self._labels[turn.idx])
        if self._current >= 0:
            self._paint_current(self._current, True)
        self.finder.refresh()

    def _rerender(self) -> None:
        """Rebuild the document in place (new palette, font or language), keeping the scroll."""
        scroll = self.text.verticalScrollBar().value()
        self._render()
        self.text.verticalScrollBar().setValue(scroll)

    def _write_chips(self, pos: int, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        """Replace turn ``pos``'s chip line (the cell's last paragraph) with chips for ``new``."""
        style = self._chat_style()
        end = self._tables[pos].cellAt(0, 0).lastCursorPosition()
        cursor = QTextCursor(end)
        cursor.beginEditBlock()
        if old:
            cursor.setPosition(end.block().position() - 1)
            cursor.setPosition(end.position(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        if new:
            block = QTextBlockFormat()
            block.setTopMargin(style.pad / 2)
            cursor.insertBlock(block, QTextCharFormat())
            cursor.block().setUserState(CHIPS_STATE)
            chip = QTextCharFormat()
            chip.setBackground(QColor(style.chip_bg))
            chip.setForeground(QColor(style.chip_fg))
            chip.setFontPointSize(style.small_pt)
            for n, key in enumerate(new):
                if n:
                    cursor.insertText(" ", QTextCharFormat())
                cursor.insertText(f"\u00a0{self._names.get(key, key)}\u00a0", chip)
        cursor.endEditBlock()

    # -- private: current turn ------------------------------------------------------------

    def _set_current(self, pos: int) -> None:
        """Make the turn at ``pos`` current (-1: none), repaint both, scroll, and signal."""
        if pos == self._current:
            if pos >= 0:
                self._scroll_to(pos)
            return
        if self._current >= 0:
            self._paint_current(self._current, False)
        self._current = pos
        if pos >= 0:
            self._paint_current(pos, True)
            self._scroll_to(pos)
        self.turnSelected.emit(self.current_turn())

    def _paint_current(self, pos: int, on: bool) -> None:
        """Give turn ``pos``'s bubble the highlight edge, or its speaker's edge back."""
        style = self._chat_style()
        colour, dashed = bubble_edge(style, speaker_kind(self._turns()[pos].speaker))
        fmt = self._tables[pos].format()
        fmt.setBorderBrush(QBrush(QColor(style.current if on else colour)))
        fmt.setBorderStyle(BORDER_DASHED if dashed and not on else BORDER_SOLID)
        self._tables[pos].setFormat(fmt)

    def _scroll_to(self, pos: int) -> None:
        """Scroll so turn ``pos``'s bubble is in view (its top, if it is taller than the view)."""
        layout = self.text.document().documentLayout()
        layout.documentSize()  # finishes a pending layout, so the frame's rectangle is right
        rect = layout.frameBoundingRect(self._tables[pos])
        bar = self.text.verticalScrollBar()
        height = self.text.viewport().height()
        margin = self._chat_style().pad
        if rect.top() < bar.value() or rect.height() > height:
            bar.setValue(round(rect.top()) - margin)
        elif rect.bottom() > bar.value() + height:
            bar.setValue(round(rect.bottom()) - height + margin)

    def _turn_at(self, point: QPoint) -> int | None:
        """The position of the bubble under viewport ``point``, or None."""
        cursor = self.text.cursorForPosition(point)
        table = cursor.currentTable()
        if table is None:
            return None
        first = table.firstPosition()
        for pos, candidate in enumerate(self._tables):
            if candidate.firstPosition() == first:
                rect = self.text.document().documentLayout().frameBoundingRect(candidate)
                offset = rect.translated(
                    -self.text.horizontalScrollBar().value(), -self.text.verticalScrollBar().value()
                )
                return pos if offset.contains(point) else None
        return None

    # -- private: find --------------------------------------------------------------------

    def _on_find_closed(self) -> None:
        """Give the focus back to the text when the find bar closes."""
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _is_turn_text(self, cursor: QTextCursor) -> bool:
        """Whether a match is in a turn's text (not in its header line or its chips)."""
        table = cursor.currentTable()
        if table is None:
            return False
        block = cursor.block()
        header = table.cellAt(0, 0).firstCursorPosition().block()
        return block != header and block.userState() != CHIPS_STATE

    # -- private: keys --------------------------------------------------------------------

    def _on_text_key(self, event: QKeyEvent) -> bool:
        """Run the view's command bound to the pressed key; True if there was one."""
        pressed = QKeySequence(event.keyCombination())
        for command, sequences in self._keys.items():
            if any(pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in sequences):
                self._commands()[command]()
                return True
        return False

    def _commands(self) -> dict[str, Callable[[], None]]:
        """The view's keyboard commands by id (the ids of labeldesk.ui.shortcuts)."""
        return {
            "next_turn": self.next_turn,
            "previous_turn": self.previous_turn,
            "next_customer_turn": self.next_customer_turn,
            "previous_customer_turn": self.previous_customer_turn,
            "clear_turn": self.clear_turn,
            "find": self.open_find,
            "find_next": self.find_next,
            "find_previous": self.find_previous,
        }

    def _retranslate(self) -> None:
        """The empty text and accessible name in the UI language."""
        self.text.setPlaceholderText(self.tr("No conversation is open."))
        self.text.setAccessibleName(self.tr("Conversation"))
