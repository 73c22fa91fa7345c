"""Find in a text view: a bar with a field and "2 of 5", and the finder that highlights matches."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from labeldesk.ui.theme import is_dark

Key = Qt.Key

# Highlights (every match, the current match) for a light and a dark palette.
MATCH_LIGHT: Final[tuple[str, str]] = ("#ffe58a", "#ffb444")
MATCH_DARK: Final[tuple[str, str]] = ("#6b5600", "#a85a00")
# Stop counting here, so a one-letter search in a huge text stays quick.
MAX_MATCHES: Final[int] = 5000


class FindBar(QWidget):
    """Type to search; Enter/F3 goes to the next match, Shift+Enter/Shift+F3 back, Esc closes.

    The bar only collects what the user wants; the widget it searches does the finding and
    reports back with :meth:`set_match_position`.

    Parameters
    ----------
    parent
        The owning widget.

    Signals
    -------
    queryChanged(str)
        The search text changed (an empty text means: clear the highlights).
    nextRequested()
        Go to the next match.
    previousRequested()
        Go to the previous match.
    closed()
        The bar was closed (Esc or the close button).
    """

    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("edit_find")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("label_match_count")
        self.previous_button = self._button("button_find_previous", "▲")
        self.next_button = self._button("button_find_next", "▼")
        self.close_button = self._button("button_find_close", "✕")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        self.edit.textChanged.connect(self.queryChanged)
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.close_button.clicked.connect(self.close_bar)
        self._current = 0
        self._total = 0
        self._retranslate()

    # -- public ---------------------------------------------------------------------------

    def query(self) -> str:
        """The text being searched for."""
        return self.edit.text()

    def open_bar(self, text: str = "") -> None:
        """Show the bar with the focus in its field; ``text`` (if any) replaces the query."""
        if text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and say so (the searched widget clears its highlights)."""
        if self.isHidden():
            return
        self.hide()
        self.closed.emit()

    def set_match_position(self, current: int, total: int) -> None:
        """Show "``current`` of ``total``" (current counts from 1; 0 when there is none)."""
        self._current, self._total = current, total
        self._show_count()

    def count_text(self) -> str:
        """The match count as shown, e.g. "2 of 5" or "No matches"."""
        return self.count.text()

    # -- Qt overrides ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: Enter, Shift+Enter, F3, Shift+F3 and Esc in the field."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_edit_key(event)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- private --------------------------------------------------------------------------

    def _on_edit_key(self, event: QKeyEvent) -> bool:
        """Handle a key pressed in the field; True if it was one of the bar's keys."""
        key = event.key()
        backward = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Key.Key_Return, Key.Key_Enter, Key.Key_F3):
            (self.previousRequested if backward else self.nextRequested).emit()
            return True
        if key == Key.Key_Escape:
            self.close_bar()
            return True
        return False

    def _button(self, name: str, glyph: str) -> QToolButton:
        """A flat tool button with a glyph; tooltips are set by :meth:`_retranslate`."""
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(glyph)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _show_count(self) -> None:
        """The count label's text for the current position."""
        if not self.query():
            self.count.setText("")
        elif self._total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            locale = QLocale()
            self.count.setText(
                self.tr("%1 of %2")
                .replace("%1", locale.toString(self._current))
                .replace("%2", locale.toString(self._total))
            )

    def _retranslate(self) -> None:
        """Set the texts in the UI language."""
        self.edit.setPlaceholderText(self.tr("Find in conversation"))
        self.edit.setAccessibleName(self.tr("Find in conversation"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self._show_count()


class TextFinder(QObject):
    """Finds every match of a :class:`FindBar`'s query in a text edit, highlights them all
    (the current one stronger), steps through them and keeps the bar's count current.

    Matching is case-insensitive and works on any script (Thai and Chinese have no spaces;
    a match is any occurrence of the query).

    Parameters
    ----------
    edit
        The text edit searched; its extra selections carry the highlights.
    bar
        The bar that supplies the query and the next/previous/close requests.
    accept
        Which matches count (e.g. only message text, not headers); all when None.
    """

    def __init__(
        self,
        edit: QTextEdit,
        bar: FindBar,
        accept: Callable[[QTextCursor], bool] | None = None,
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._bar = bar
        self._accept = accept
        self._matches: list[QTextCursor] = []
        self._current = -1
        bar.queryChanged.connect(self.search)
        bar.nextRequested.connect(self.next_match)
        bar.previousRequested.connect(self.previous_match)
        bar.closed.connect(self.clear)

    def count(self) -> int:
        """How many matches the query has."""
        return len(self._matches)

    def search(self, query: str) -> None:
        """Find and highlight every match of ``query``; the first becomes current."""
        self._matches = self._find_all(query) if query else []
        self._current = 0 if self._matches else -1
        self._show()

    def refresh(self) -> None:
        """Search again (the text changed) if the bar is open, else drop stale matches."""
        if self._bar.isVisible():
            self.search(self._bar.query())
        else:
            self._matches, self._current = [], -1

    def next_match(self) -> None:
        """Go to the next match, wrapping around."""
        self._step(1)

    def previous_match(self) -> None:
        """Go to the previous match, wrapping around."""
        self._step(-1)

    def clear(self) -> None:
        """Forget the matches and remove the highlights."""
        self._matches, self._current = [], -1
        self._edit.setExtraSelections([])

    def _find_all(self, query: str) -> list[QTextCursor]:
        """The accepted matches of ``query``, in document order, at most MAX_MATCHES."""
        doc = self._edit.document()
        cursor = QTextCursor(doc)
        found: list[QTextCursor] = []
        while len(found) < MAX_MATCHES:
            cursor = doc.find(query, cursor)
            if cursor.isNull():
                break
            if self._accept is None or self._accept(cursor):
                found.append(QTextCursor(cursor))
        return found

    def _step(self, step: int) -> None:
        """Move ``step`` matches on."""
        if self._matches:
            self._current = (self._current + step) % len(self._matches)
            self._show()

    def _show(self) -> None:
        """Highlight the matches, scroll the current one into view, update the bar's count."""
        every, current = MATCH_DARK if is_dark(self._edit.palette()) else MATCH_LIGHT
        selections = []
        for n, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(current if n == self._current else every))
            selection.format = fmt
            selections.append(selection)
        self._edit.setExtraSelections(selections)
        if self._current >= 0:
            self._scroll_to(self._matches[self._current])
        self._bar.set_match_position(self._current + 1, len(self._matches))

    def _scroll_to(self, cursor: QTextCursor) -> None:
        """Scroll so ``cursor`` is in view, a third of the way down."""
        rect = self._edit.cursorRect(cursor)
        viewport = self._edit.viewport()
        if not viewport.rect().contains(rect):
            bar = self._edit.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - viewport.height() // 3)
