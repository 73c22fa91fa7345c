"""The dialog where a lead sets the quality targets: gold accuracy, kappa, minimum answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labeldesk.review.quality import Targets


class TargetsDialog(QDialog):
    """Edit the targets; :meth:`targets` reads the values back after ``exec()``.

    Parameters
    ----------
    targets
        The current targets (the fields start with them).
    parent
        The owning widget.
    """

    def __init__(self, targets: Targets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets_dialog")
        self.gold = QDoubleSpinBox(self)
        self.gold.setObjectName("spin_gold_accuracy")
        self.gold.setRange(0.0, 100.0)
        self.gold.setDecimals(1)
        self.gold.setSingleStep(0.5)
        self.gold.setSuffix("%")
        self.gold.setValue(100.0 * targets.gold_accuracy)
        self.kappa = QDoubleSpinBox(self)
        self.kappa.setObjectName("spin_kappa")
        self.kappa.setRange(-1.0, 1.0)
        self.kappa.setDecimals(2)
        self.kappa.setSingleStep(0.05)
        self.kappa.setValue(targets.kappa)
        self.min_items = QSpinBox(self)
        self.min_items.setObjectName("spin_min_items")
        self.min_items.setRange(0, 1_000_000)
        self.min_items.setValue(targets.min_items)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.gold_label, self.kappa_label, self.min_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in (
            (self.gold_label, self.gold),
            (self.kappa_label, self.kappa),
            (self.min_label, self.min_items),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.gold.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        self.setWindowTitle(self.tr("Quality targets"))
        self.intro.setText(
            self.tr(
                "A labeller with at least the minimum number of answers is flagged when their "
                "gold accuracy or their kappa against the final labels is below target."
            )
        )
        self.gold_label.setText(self.tr("&Gold accuracy at least:"))
        self.kappa_label.setText(self.tr("&Kappa at least:"))
        self.min_label.setText(self.tr("&Minimum answers:"))

    def targets(self) -> Targets:
        """The values in the fields."""
        return Targets(
            gold_accuracy=round(self.gold.value() / 100.0, 4),
            kappa=round(self.kappa.value(), 4),
            min_items=int(self.min_items.value()),
        )
