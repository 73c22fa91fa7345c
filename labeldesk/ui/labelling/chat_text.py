"""The conversation view's text: a read-only rich-text editor that copies plain text.

It keeps the script fallbacks (:func:`~labeldesk.ui.labelling.conversation_html.text_font`)
in its document's font, and says when its font or palette changes so the chat is redrawn.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtWidgets import QTextEdit, QWidget

from labeldesk.ui.labelling.conversation_html import text_font


class ChatText(QTextEdit):
    """The read-only chat document: selectable by mouse and keyboard, copies plain text.

    Signals
    -------
    lookChanged()
        The font or palette changed: the chat must be redrawn.
    """

    lookChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chat_text")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        # A fixed scroll bar spares a second layout pass when a conversation outgrows the view.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document().setDefaultFont(text_font(self.font()))

    def changeEvent(self, event: QEvent) -> None:
        """Override QTextEdit::changeEvent: keep the script fallbacks in the document's font."""
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.FontChange:
            self.document().setDefaultFont(text_font(self.font()))
        if kind in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.lookChanged.emit()

    def createMimeDataFromSelection(self) -> QMimeData:
        """Override QTextEdit::createMimeDataFromSelection: plain text only, no bubble HTML."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText())
        return data
