"""Training mode in the labeller's window: the answer to each quiz item right after it is
submitted, and the quiz banner kept up to date.

:class:`TrainingFeedbackDialog` shows one answer: right or not, the expected labels by name in
the UI language, the explanation, and how the quiz stands. Enter or Esc closes it, and only
then does the next item open. :class:`TrainingFlow` is the window's glue: it reads the quiz
and the feedback from ``ws.training`` and decides what comes after the dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from labeldesk.review.training import QuizView, TrainingFeedback
from labeldesk.storage.models import QuizStatus
from labeldesk.ui.labelling.feedback_panel import paint_result_glyph
from labeldesk.ui.labelling.training_banner import TrainingBanner

if TYPE_CHECKING:
    from labeldesk.labelling import Profile, Saved
    from labeldesk.ui.settings import AppSettings
    from labeldesk.workspace import Workspace

# Side of the right/wrong glyph, in pixels.
GLYPH_SIZE = 28


class TrainingFeedbackDialog(QDialog):
    """The answer to one training item; Enter (Next) or Esc closes it.

    Parameters
    ----------
    feedback
        The answer, as the training service gives it after the submit.
    parent
        The main window (the dialog is modal to it, so no key reaches the next item early).
    """

    def __init__(self, feedback: TrainingFeedback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_feedback")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.feedback = feedback
        self.glyph = QLabel(self)
        self.glyph.setPixmap(_glyph(feedback.correct, self.devicePixelRatioF()))
        self.heading = QLabel(self)
        self.heading.setObjectName("label_verdict")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.answers = QLabel(self)
        self.answers.setObjectName("label_answers")
        self.answers.setWordWrap(True)
        self.answers.setTextFormat(Qt.TextFormat.RichText)
        self.why = QLabel(self)
        self.why.setObjectName("label_why")
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("text_explanation")
        self.explanation.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.progress = QLabel(self)
        self.progress.setObjectName("label_quiz_progress")
        self.progress.setWordWrap(True)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("button_next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.accept)
        self._build_layout()
        self.retranslate()
        self.resize(460, 320)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_layout(self) -> None:
        """Verdict on top, the answers, the explanation, then the quiz line and the button."""
        top = QHBoxLayout()
        top.addWidget(self.glyph)
        top.addWidget(self.heading, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.answers)
        layout.addWidget(self.why)
        layout.addWidget(self.explanation, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        fb, quiz = self.feedback, self.feedback.quiz
        self.setWindowTitle(self.tr("Training answer"))
        self.heading.setText(self.tr("Correct") if fb.correct else self.tr("Not quite"))
        rows = [
            (self.tr("Your answer"), self._names(fb.your_labels)),
            (self.tr("Expected"), self._names(fb.expected)),
        ]
        for turn, keys in sorted(fb.expected_turn_labels.items()):
            label = self.tr("Expected for turn %1").replace("%1", str(turn + 1))
            rows.append((label, self._names(keys)))
        self.answers.setText(
            "<table cellspacing='4'>"
            + "".join(
                f"<tr><td>{html.escape(k)}:</td><td><b>{html.escape(v)}</b></td></tr>"
                for k, v in rows
            )
            + "</table>"
        )
        self.why.setText(self.tr("Why"))
        self.why.setBuddy(self.explanation)
        self.explanation.setPlainText(fb.explanation)
        self.progress.setText(_progress_text(self, quiz))
        self.next_button.setText(self.tr("Next item") if quiz.is_open else self.tr("Continue"))
        self.next_button.setToolTip(self.tr("Enter or Esc"))

    def _names(self, keys: tuple[str, ...]) -> str:
        """Label names in the UI language, joined; a dash for none."""
        return " · ".join(self.feedback.names.get(k, k) for k in keys) or "—"


def _progress_text(widget: QWidget, quiz: QuizView) -> str:
    """How the quiz stands after this answer, in ``widget``'s translation context."""
    if quiz.status == QuizStatus.OPEN:
        text = QCoreApplication.translate(
            "TrainingFeedbackDialog", "Quiz: %1 of %2 answered · %3 correct · pass mark %4%"
        )
    elif quiz.status == QuizStatus.PASSED:
        text = QCoreApplication.translate(
            "TrainingFeedbackDialog", "Quiz passed: %3 of %2 correct. Your queue is unlocked."
        )
    else:
        text = QCoreApplication.translate(
            "TrainingFeedbackDialog",
            "Quiz not passed: %3 of %2 correct, pass mark %4%. Ask your lead for another quiz.",
        )
    return (
        text.replace("%1", str(quiz.n_answered))
        .replace("%2", str(quiz.n_items))
        .replace("%3", str(quiz.n_correct))
        .replace("%4", str(round(quiz.threshold * 100)))
    )


def _glyph(correct: bool, ratio: float) -> QPixmap:
    """The feedback panel's tick or cross as a pixmap."""
    pixmap = QPixmap(round(GLYPH_SIZE * ratio), round(GLYPH_SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_result_glyph(painter, QRectF(0, 0, GLYPH_SIZE, GLYPH_SIZE), correct)
    painter.end()
    return pixmap


class TrainingFlow(QObject):
    """The labeller's training quiz in the main window: the banner, and feedback after saves.

    Parameters
    ----------
    ws
        The open workspace; the flow reads ``ws.training`` only.
    profile
        Who is working.
    settings
        The app settings (for the UI language of label names).
    window
        The main window: the banner's and the dialog's parent.
    banner_in
        The layout to add the banner to (at its end), if any.
    """

    def __init__(
        self,
        ws: Workspace,
        profile: Profile,
        settings: AppSettings,
        window: QWidget,
        *,
        banner_in: QBoxLayout | None = None,
    ) -> None:
        super().__init__(window)
        self._service = ws.training
        self._profile = profile
        self._settings = settings
        self._window = window
        self.banner = TrainingBanner(window)
        if banner_in is not None:
            banner_in.addWidget(self.banner)
        self.dialog: TrainingFeedbackDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        """Show the labeller's quiz in the banner while it is open or keeps the queue locked."""
        quiz = self._service.latest_quiz(self._profile.id)
        shown = quiz is not None and (quiz.is_open or quiz.locks_production)
        self.banner.show_quiz(quiz if shown else None)

    def after_save(
        self, saved: Saved, move_on: Callable[[], object], restart: Callable[[], object]
    ) -> None:
        """After a save: for a training item, show its answer, then go on; else go on now.

        ``move_on`` opens the next item; ``restart`` reloads the queue, and runs instead once
        the answer closed the quiz (passed: production work appears; failed: it stays away).
        """
        quiz = self.banner.quiz
        if quiz is None or not quiz.is_open:
            move_on()
            return
        feedback = self._service.feedback(
            self._profile.id, saved.assignment_id, lang=self._settings.ui_language
        )
        if feedback is None:
            move_on()
            return
        self.banner.show_quiz(feedback.quiz)
        then = move_on if feedback.quiz.is_open else restart
        dialog = TrainingFeedbackDialog(feedback, self._window)
        dialog.finished.connect(lambda _result: self._on_dialog_finished(dialog, then))
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(
        self, dialog: TrainingFeedbackDialog, then: Callable[[], object]
    ) -> None:
        """The labeller closed the answer: back to the window, and go on."""
        self.dialog = None
        dialog.deleteLater()
        self._window.activateWindow()
        then()
