"""The settings dialog: UI language, font size, theme, idle timeout, and remapping shortcuts.

Nothing is written until OK or Apply; shortcut conflicts show in red and block saving.
"""

from __future__ import annotations

import itertools
from typing import TypeVar

from PySide6.QtCore import (
    QEvent,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labeldesk.ui.dialogs.shortcut_table import ShortcutTable, ShortcutTableModel
from labeldesk.ui.i18n import SUPPORTED_UI_LANGUAGES, UI_LANGUAGE_NAMES
from labeldesk.ui.settings import FONT_SIZE_RANGE, IDLE_TIMEOUT_RANGE, THEMES, AppSettings
from labeldesk.ui.shortcuts import (
    ShortcutRegistry,
    action_by_id,
    sequences_text,
)
from labeldesk.ui.theme import PROBLEM_TEXT, is_dark

W = TypeVar("W", bound=QWidget)


class SettingsDialog(QDialog):
    """Edit the app's settings; OK or Apply writes them, Cancel forgets the edits.

    Parameters
    ----------
    settings
        Where the values are read from and written to.
    registry
        The shortcuts (their remapping is written through ``settings``).
    parent
        The window that opened the dialog.
    """

    def __init__(
        self, settings: AppSettings, registry: ShortcutRegistry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._settings = settings
        self.shortcut_model = ShortcutTableModel(registry, self)
        self._build()
        self._retranslate()
        self._load()
        self.shortcut_model.conflicts_changed.connect(self._show_conflicts)
        self._show_conflicts()
        self.resize(820, 700)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        """The general settings, the shortcuts table, then OK / Cancel / Apply."""
        layout = QVBoxLayout(self)
        self.general_box = QGroupBox(self)
        form = QFormLayout(self.general_box)
        self.language_combo = _named(QComboBox(self), "combo_language")
        self.font_size_spin = _spin(FONT_SIZE_RANGE, "spin_font_size")
        self.theme_combo = _named(QComboBox(self), "combo_theme")
        self.idle_spin = _spin(IDLE_TIMEOUT_RANGE, "spin_idle_timeout")
        self.form_labels = [QLabel(self) for _ in range(4)]
        fields = (self.language_combo, self.font_size_spin, self.theme_combo, self.idle_spin)
        for label, field in zip(self.form_labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.idle_hint = QLabel(self)
        self.idle_hint.setWordWrap(True)
        form.addRow("", self.idle_hint)
        for code in SUPPORTED_UI_LANGUAGES:
            self.language_combo.addItem(UI_LANGUAGE_NAMES[code], code)
        for theme in THEMES:
            self.theme_combo.addItem("", theme)
        layout.addWidget(self.general_box)
        layout.addWidget(self._build_shortcuts_box(), 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._on_buttons_clicked)
        layout.addWidget(self.buttons)
        chain = (*fields, self.table, self.reset_all_button, self.buttons)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_shortcuts_box(self) -> QGroupBox:
        """The shortcuts table, its hint, the conflict message and Reset all."""
        self.shortcuts_box = QGroupBox(self)
        box = QVBoxLayout(self.shortcuts_box)
        self.shortcuts_hint = QLabel(self.shortcuts_box)
        self.shortcuts_hint.setWordWrap(True)
        self.table = ShortcutTable(self.shortcut_model, self.shortcuts_box)
        self.conflict_label = _named(QLabel(self.shortcuts_box), "label_conflicts")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reset_all_button = _named(QPushButton(self.shortcuts_box), "button_reset_all")
        self.reset_all_button.setAutoDefault(False)
        self.reset_all_button.clicked.connect(self.shortcut_model.reset_all)
        row = QHBoxLayout()
        row.addWidget(self.conflict_label, 1)
        row.addWidget(self.reset_all_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.shortcuts_hint)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        return self.shortcuts_box

    def _load(self) -> None:
        """Show the stored values."""
        settings = self._settings
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.ui_language))
        self.font_size_spin.setValue(settings.font_size)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(settings.theme))
        self.idle_spin.setValue(settings.idle_timeout_seconds)

    # -- public ---------------------------------------------------------------------------

    def apply(self) -> bool:
        """Write every value to the settings; False (nothing written) while shortcuts conflict."""
        if self.shortcut_model.conflicts():
            return False
        settings = self._settings
        settings.set_shortcut_overrides(self.shortcut_model.overrides())
        settings.font_size = self.font_size_spin.value()
        settings.idle_timeout_seconds = self.idle_spin.value()
        settings.theme = str(self.theme_combo.currentData())
        settings.ui_language = str(self.language_combo.currentData())
        return True

    # -- Qt overrides ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Override QDialog.changeEvent: follow the UI language and the palette."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._show_conflicts()
        super().changeEvent(event)

    # -- private --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """Every text in the UI language."""
        self.setWindowTitle(self.tr("Settings"))
        self.general_box.setTitle(self.tr("Language and appearance"))
        texts = (self.tr("&Language:"), self.tr("&Font size:"), self.tr("&Theme:"))
        for label, text in zip(self.form_labels, (*texts, self.tr("&Idle after:")), strict=True):
            label.setText(text)
        self.font_size_spin.setSuffix(self.tr(" pt"))
        self.idle_spin.setSuffix(self.tr(" s"))
        self.idle_hint.setText(
            self.tr("Active time stops counting after this many seconds without input.")
        )
        themes = {"light": self.tr("Light"), "dark": self.tr("Dark"), "system": self.tr("System")}
        for i in range(self.theme_combo.count()):
            self.theme_combo.setItemText(i, themes[str(self.theme_combo.itemData(i))])
        self.shortcuts_box.setTitle(self.tr("Keyboard shortcuts"))
        self.shortcuts_hint.setText(
            self.tr(
                "Select an action and press Enter, then the new keys. "
                "Esc cancels; Backspace resets the action to its default keys."
            )
        )
        self.reset_all_button.setText(self.tr("Reset &all"))
        self.shortcut_model.retranslate()
        self.table.fit_reset_column()
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        """Name the conflicting shortcuts in red, and block OK/Apply while there are any."""
        color = QColor(PROBLEM_TEXT["dark" if is_dark(self.palette()) else "light"])
        self.shortcut_model.set_problem_color(color)
        lines = [
            self.tr("%1 is given to more than one action: %2. Change one of them.")
            .replace("%1", sequences_text([sequence]))
            .replace("%2", ", ".join(action_by_id(i).translated_title() for i in ids))
            for sequence, ids in self.shortcut_model.conflicts()
        ]
        self.conflict_label.setText("\n".join(lines))
        self.conflict_label.setStyleSheet(f"color: {color.name()};")
        self.conflict_label.setVisible(bool(lines))
        for button in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(button).setEnabled(not lines)

    def _on_buttons_accepted(self) -> None:
        """OK: write, then close."""
        if self.apply():
            self.accept()

    def _on_buttons_clicked(self, button: QAbstractButton) -> None:
        """Apply: write and stay open."""
        if button is self.buttons.button(QDialogButtonBox.StandardButton.Apply):
            self.apply()


def _named(widget: W, name: str) -> W:
    """``widget`` with its object name set."""
    widget.setObjectName(name)
    return widget


def _spin(bounds: tuple[int, int], name: str) -> QSpinBox:
    """A named spin box over ``bounds``."""
    spin = _named(QSpinBox(), name)
    spin.setRange(*bounds)
    return spin
