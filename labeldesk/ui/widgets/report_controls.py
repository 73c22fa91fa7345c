"""The controls the lead's report pages share: a batch chooser and a busy bar."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QWidget


def batch_chooser(parent: QWidget, name: str) -> tuple[QLabel, QComboBox]:
    """A label and a combo box of batches (its first item, data None, is "all batches";
    the page fills in the texts and the batches)."""
    label, combo = QLabel(parent), QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    label.setBuddy(combo)
    combo.addItem("", None)
    return label, combo


def busy_bar(parent: QWidget, name: str) -> QProgressBar:
    """A small hidden progress bar with no known end, shown while a page computes."""
    bar = QProgressBar(parent)
    bar.setObjectName(name)
    bar.setRange(0, 0)  # busy: no known end
    bar.setMaximumWidth(140)
    bar.setTextVisible(False)
    bar.hide()
    return bar
