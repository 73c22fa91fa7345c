"""The reviewer's decision: the reason for the disagreement, a comment, promotion to gold with
its explanation, and Save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from labeldesk.review.review_draft import ReviewDraft
from labeldesk.storage.models import CauseCode

# The reasons in the order the box lists them.
CAUSES = (
    CauseCode.LABELLER_ERROR,
    CauseCode.AMBIGUOUS,
    CauseCode.GUIDELINE_GAP,
    CauseCode.TAXONOMY_GAP,
    CauseCode.OTHER,
)


def cause_text(cause: CauseCode) -> str:
    """A reason code as the reviewer reads it, translated."""
    texts = {
        CauseCode.LABELLER_ERROR: QCoreApplication.translate("DecisionPanel", "Labeller error"),
        CauseCode.AMBIGUOUS: QCoreApplication.translate("DecisionPanel", "Ambiguous conversation"),
        CauseCode.GUIDELINE_GAP: QCoreApplication.translate("DecisionPanel", "Guideline gap"),
        CauseCode.TAXONOMY_GAP: QCoreApplication.translate("DecisionPanel", "Taxonomy gap"),
        CauseCode.OTHER: QCoreApplication.translate("DecisionPanel", "Other"),
    }
    return texts[cause]


class DecisionPanel(QFrame):
    """Reason, comment, "Promote to gold" with an explanation, and the Save button.

    Signals
    -------
    causeChosen(object)
        The reason changed: a CauseCode, or None.
    commentEdited(str), explanationEdited(str)
        The reviewer typed in the comment or the explanation.
    promoteToggled(bool)
        "Promote to gold" was ticked or unticked.
    saveClicked()
        Save was pressed.
    """

    causeChosen = Signal(object)
    commentEdited = Signal(str)
    explanationEdited = Signal(str)
    promoteToggled = Signal(bool)
    saveClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_decision")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.reason = QComboBox(self)
        self.reason.setObjectName("combo_reason")
        self.comment = QLineEdit(self)
        self.comment.setObjectName("review_comment")
        self.comment.setMaxLength(10_000)
        self.comment.setClearButtonEnabled(True)
        self.promote = QCheckBox(self)
        self.promote.setObjectName("promote_gold")
        self.explanation = QLineEdit(self)
        self.explanation.setObjectName("gold_explanation")
        self.explanation.setMaxLength(10_000)
        self.explanation.setEnabled(False)
        self.save = QPushButton(self)
        self.save.setObjectName("save_review")
        self.save.setAutoDefault(False)
        self.reason_label, self.comment_label = QLabel(self), QLabel(self)
        self.reason_label.setBuddy(self.reason)
        self.comment_label.setBuddy(self.comment)
        gold = QHBoxLayout()
        gold.addWidget(self.promote)
        gold.addWidget(self.explanation, 1)
        form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 6)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.comment_label, self.comment)
        form.addRow(gold)
        form.addRow(self.save)
        self.reason.currentIndexChanged.connect(self._on_reason)
        self.comment.textEdited.connect(self.commentEdited)
        self.explanation.textEdited.connect(self.explanationEdited)
        self.promote.toggled.connect(self._on_promote)
        self.save.clicked.connect(self.saveClicked)
        self.setTabOrder(self.reason, self.comment)
        self.setTabOrder(self.comment, self.promote)
        self.setTabOrder(self.promote, self.explanation)
        self.setTabOrder(self.explanation, self.save)
        self._gold = False
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        chosen = self.reason.currentData()
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(self.tr("No reason chosen"), None)
        for cause in CAUSES:
            self.reason.addItem(cause_text(cause), cause.value)
        self.reason.setCurrentIndex(max(0, self.reason.findData(chosen)))
        self.reason.blockSignals(False)
        self.reason.setToolTip(
            self.tr("Why the labellers disagreed; needed when a slot is incorrect. Up/Down choose")
        )
        self.reason_label.setText(self.tr("&Reason:"))
        self.comment_label.setText(self.tr("Comme&nt:"))
        self.comment.setPlaceholderText(self.tr("What the labellers should know (optional)"))
        self.explanation.setPlaceholderText(self.tr("Why this answer is right (for gold)"))
        self.save.setText(self.tr("Save review"))
        self._show_gold_text()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_draft(self, draft: ReviewDraft) -> None:
        """Show the draft's reason, comment and promotion, without emitting signals."""
        widgets = (self.reason, self.comment, self.promote, self.explanation)
        blocked = [w.blockSignals(True) for w in widgets]
        cause = None if draft.cause is None else draft.cause.value
        self.reason.setCurrentIndex(max(0, self.reason.findData(cause)))
        if self.comment.text() != draft.comment:
            self.comment.setText(draft.comment)
        self.promote.setChecked(draft.promote)
        if self.explanation.text() != draft.explanation:
            self.explanation.setText(draft.explanation)
        self.explanation.setEnabled(draft.promote)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.show_needs_reason(draft.any_incorrect and draft.cause is None)

    def show_needs_reason(self, needed: bool) -> None:
        """Mark the reason box as needed (a slot is incorrect and no reason is chosen)."""
        self.reason.setProperty("needed", needed)
        self.reason_label.setStyleSheet("color: #d0453a; font-weight: 600;" if needed else "")

    def set_gold(self, gold: bool) -> None:
        """Whether the item is already gold: then it can't be promoted again."""
        self._gold = gold
        self.promote.setEnabled(not gold)
        self._show_gold_text()

    def _show_gold_text(self) -> None:
        """The promote box's text: "Promote to gold", or that the item already is gold."""
        self.promote.setText(
            self.tr("Already a gold item") if self._gold else self.tr("Promote to &gold")
        )

    def _on_reason(self, _index: int) -> None:
        """A reason was chosen."""
        value = self.reason.currentData()
        self.causeChosen.emit(None if value is None else CauseCode(value))

    def _on_promote(self, on: bool) -> None:
        """The explanation is typed only when promoting."""
        self.explanation.setEnabled(on)
        self.promoteToggled.emit(on)
