"""A banner above the labeller's work while a training quiz is on: how far they are, the pass
mark, and, once the quiz is over, whether their production queue is unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from labeldesk.review.training import QuizView
from labeldesk.storage.models import QuizStatus
from labeldesk.ui.theme import MESSAGE_COLORS, is_dark

# The message level whose colours the banner takes, per quiz status.
_LEVEL = {QuizStatus.OPEN: "info", QuizStatus.PASSED: "info", QuizStatus.FAILED: "warning"}


class TrainingBanner(QWidget):
    """One line about the labeller's training quiz; hidden when there is none to show.

    The colours are a style sheet on an inner frame, so the banner itself keeps the app's
    palette and hears when it changes.

    Parameters
    ----------
    parent
        The window the banner sits in.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_banner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.frame = QFrame(self)
        self.frame.setObjectName("training_banner_frame")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.title = QLabel(self)
        self.title.setObjectName("label_training_title")
        self.detail = QLabel(self)
        self.detail.setObjectName("label_training_detail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout = QHBoxLayout(self.frame)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.detail, 1)
        self._quiz: QuizView | None = None
        self.hide()

    @property
    def quiz(self) -> QuizView | None:
        """The quiz shown, or None."""
        return self._quiz

    def show_quiz(self, quiz: QuizView | None) -> None:
        """Show ``quiz`` (as it stands now), or hide the banner for None."""
        self._quiz = quiz
        self.setVisible(quiz is not None)
        self.retranslate()

    def text(self) -> str:
        """The banner's whole text, as a screen reader would read it."""
        return " ".join(t for t in (self.title.text(), self.detail.text()) if t)

    def retranslate(self) -> None:
        """Set the texts for the quiz in the current UI language."""
        quiz = self._quiz
        if quiz is None:
            self.title.setText("")
            self.detail.setText("")
            return
        if quiz.status == QuizStatus.OPEN:
            self.title.setText(self.tr("Training quiz"))
            self.detail.setText(
                self.tr("%1 of %2 answered · %3 correct · pass mark %4%")
                .replace("%1", str(quiz.n_answered))
                .replace("%2", str(quiz.n_items))
                .replace("%3", str(quiz.n_correct))
                .replace("%4", str(round(quiz.threshold * 100)))
            )
        elif quiz.status == QuizStatus.PASSED:
            self.title.setText(self.tr("Passed"))
            self.detail.setText(
                self.tr("%1 of %2 correct — your queue is unlocked.")
                .replace("%1", str(quiz.n_correct))
                .replace("%2", str(quiz.n_items))
            )
        else:
            self.title.setText(self.tr("Not passed"))
            self.detail.setText(
                self.tr("%1 of %2 correct, pass mark %3% — ask your lead for another quiz.")
                .replace("%1", str(quiz.n_correct))
                .replace("%2", str(quiz.n_items))
                .replace("%3", str(round(quiz.threshold * 100)))
            )
        self.setAccessibleDescription(self.text())
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: follow the UI language and the palette."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        """The message colours of the quiz's state in the light or dark palette."""
        level = _LEVEL[self._quiz.status] if self._quiz is not None else "info"
        colors = MESSAGE_COLORS["dark" if is_dark(self.palette()) else "light"][level]
        sheet = (
            f"#training_banner_frame {{ background: {colors.background};"
            f" border: 1px solid {colors.border}; border-radius: 6px; }}"
            f" QLabel {{ color: {colors.text}; background: transparent; border: none; }}"
        )
        if sheet != self.frame.styleSheet():
            self.frame.setStyleSheet(sheet)
