"""App settings (INI file, defaults, bad values), the settings dialog driven by keyboard, themes,
fonts, high-DPI, switching the UI language at run time, and the message bar."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QKeySequenceEdit, QWidget

from labeldesk.ui import i18n
from labeldesk.ui.dialogs.settings_dialog import SettingsDialog
from labeldesk.ui.dialogs.shortcut_table import KEY_COLUMN, RESET_COLUMN, ShortcutTableModel
from labeldesk.ui.settings import CONFIG_ENV, AppSettings, default_config_path
from labeldesk.ui.shortcuts import ShortcutRegistry
from labeldesk.ui.theme import (
    DARK_PROPERTY,
    MESSAGE_COLORS,
    PROBLEM_TEXT,
    apply_theme,
    configure_high_dpi,
    contrast_ratio,
    installed_families,
    is_dark,
    make_palette,
)
from labeldesk.ui.widgets.message_bar import HISTORY_SIZE, MessageBar

pytestmark = pytest.mark.gui

PORTABLE = QKeySequence.SequenceFormat.PortableText
Role = QPalette.ColorRole
Group = QPalette.ColorGroup
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "config" / "labeldesk.ini"


@pytest.fixture
def settings(ini: Path, qapp) -> AppSettings:
    return AppSettings(ini)


@pytest.fixture
def restore_app(qapp: QApplication) -> Iterator[QApplication]:
    """Put the app's look, font and translators back after a test changes them."""
    style, palette, font = qapp.style().name(), QPalette(qapp.palette()), QFont(qapp.font())
    sheet, locale = qapp.styleSheet(), QLocale()
    yield qapp
    for translator in i18n.installed_translators(qapp):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setProperty(DARK_PROPERTY, None)


# -- AppSettings ------------------------------------------------------------------------------


def test_defaults(settings: AppSettings, ini: Path) -> None:
    assert settings.path == ini
    assert settings.font_size == 11
    assert settings.theme == "system"
    assert settings.idle_timeout_seconds == 60
    assert settings.ui_language in i18n.SUPPORTED_UI_LANGUAGES
    assert settings.shortcut_overrides() == {}
    assert settings.window_geometry == b""
    assert settings.splitter_states == {}
    assert settings.profile_for(ini.parent / "ws.db") is None


def test_values_persist_across_instances(settings: AppSettings, ini: Path, tmp_path: Path) -> None:
    settings.ui_language = "th"
    settings.font_size = 15
    settings.theme = "dark"
    settings.idle_timeout_seconds = 120
    settings.set_shortcut("skip", "Ctrl+J")
    settings.set_shortcut("settings", "Ctrl+;")
    settings.window_geometry = b"\x01\x02geometry"
    settings.window_state = b"\x00state"
    settings.splitter_states = {"main_splitter": b"\x00\xffsplit"}
    settings.set_profile_for(tmp_path / "a" / "ws.db", "user-a")
    settings.set_profile_for("postgresql://hub/labels", "user-b")

    again = AppSettings(ini)
    assert (again.ui_language, again.font_size, again.theme) == ("th", 15, "dark")
    assert again.idle_timeout_seconds == 120
    assert again.shortcut_overrides() == {"skip": "Ctrl+J", "settings": "Ctrl+;"}
    assert again.window_geometry == b"\x01\x02geometry"
    assert again.window_state == b"\x00state"
    assert again.splitter_states == {"main_splitter": b"\x00\xffsplit"}
    assert again.profile_for(tmp_path / "a" / "ws.db") == "user-a"
    assert again.profile_for(str(tmp_path / "a" / ".." / "a" / "ws.db")) == "user-a"
    assert again.profile_for("postgresql://hub/labels") == "user-b"
    assert again.profile_for(tmp_path / "b" / "ws.db") is None


def test_the_environment_variable_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:
    path = tmp_path / "elsewhere.ini"
    monkeypatch.setenv(CONFIG_ENV, str(path))
    assert default_config_path() == path
    AppSettings().font_size = 13
    assert path.exists()
    assert AppSettings(path).font_size == 13


def test_without_the_variable_the_file_is_in_the_user_config_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    path = default_config_path()
    assert path.name == "labeldesk.ini"
    assert path.parent.name == "labeldesk"


BAD_FILE = """\
[ui]
language=klingon
font_size=huge
theme=purple

[labelling]
idle_timeout_seconds=5

[window]
geometry=not bytes

[profiles]
last_by_workspace={broken json
"""


def test_bad_values_in_the_file_fall_back_to_defaults(ini: Path, qapp) -> None:
    ini.parent.mkdir(parents=True)
    ini.write_text(BAD_FILE, encoding="utf-8")
    settings = AppSettings(ini)
    assert settings.ui_language in i18n.SUPPORTED_UI_LANGUAGES
    assert settings.font_size == 11
    assert settings.theme == "system"
    assert settings.idle_timeout_seconds == 60
    assert settings.window_geometry == b""
    assert settings.profile_for("/any/ws.db") is None
    settings.set_profile_for("/any/ws.db", "u1")  # a broken value is replaced, not a crash
    assert AppSettings(ini).profile_for("/any/ws.db") == "u1"


@pytest.mark.parametrize(
    ("name", "value"),
    [("font_size", 7), ("font_size", 25), ("idle_timeout_seconds", 9), ("theme", "neon")],
)
def test_setters_refuse_bad_values(settings: AppSettings, name: str, value: object) -> None:
    with pytest.raises(ValueError, match=name):
        setattr(settings, name, value)


def test_changed_names_the_setting_once(settings: AppSettings, qtbot) -> None:
    seen: list[str] = []
    settings.changed.connect(seen.append)
    settings.font_size = 14
    settings.font_size = 14  # the same value: no signal
    settings.theme = "dark"
    settings.ui_language = "vi"
    settings.idle_timeout_seconds = 30
    settings.set_shortcut("skip", "Ctrl+J")
    settings.set_profile_for("/w.db", "u")
    assert seen == [
        "font_size",
        "theme",
        "ui_language",
        "idle_timeout_seconds",
        "shortcuts",
        "profile",
    ]


# -- the settings dialog ----------------------------------------------------------------------


@pytest.fixture
def dialog(settings: AppSettings, qtbot) -> SettingsDialog:
    dlg = SettingsDialog(settings, ShortcutRegistry(settings))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    return dlg


def record_keys(dialog: SettingsDialog, qtbot, action_id: str, key: Qt.Key, mods=CTRL) -> None:
    """Select ``action_id``'s row with the arrow keys, press Enter, then the new keys."""
    table, model = dialog.table, dialog.shortcut_model
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    for _ in range(model.row_of(action_id)):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert model.action_id(table.currentIndex().row()) == action_id
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QKeySequenceEdit))
    qtbot.keyClick(QApplication.focusWidget(), key, mods)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QKeySequenceEdit))


def test_dialog_shows_the_stored_values(settings: AppSettings, qtbot) -> None:
    settings.ui_language, settings.font_size, settings.theme = "zh", 18, "dark"
    dlg = SettingsDialog(settings, ShortcutRegistry(settings))
    qtbot.addWidget(dlg)
    assert dlg.language_combo.currentText() == "简体中文"
    assert dlg.font_size_spin.value() == 18
    assert dlg.theme_combo.currentData() == "dark"
    assert dlg.idle_spin.value() == 60
    names = [dlg.language_combo.itemText(i) for i in range(dlg.language_combo.count())]
    assert names == [
        "English",
        "ไทย",
        "Bahasa Indonesia",
        "Bahasa Melayu",
        "Tiếng Việt",
        "简体中文",
    ]


def test_dialog_edits_by_keyboard_and_ok_writes(
    settings: AppSettings, dialog: SettingsDialog, qtbot
) -> None:
    settings.ui_language = "en"
    record_keys(dialog, qtbot, "skip", Qt.Key.Key_J)
    assert dialog.shortcut_model.overrides() == {"skip": "Ctrl+J"}

    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # &Language
    assert dialog.language_combo.hasFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # English -> ไทย
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Tab)
    assert dialog.font_size_spin.hasFocus()
    qtbot.keyClick(dialog.font_size_spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.font_size_spin, "16")
    qtbot.keyClick(dialog.font_size_spin, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.theme_combo, Qt.Key.Key_End)  # System is last; Dark before it
    qtbot.keyClick(dialog.theme_combo, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.theme_combo, Qt.Key.Key_Tab)
    assert dialog.idle_spin.hasFocus()
    qtbot.keyClick(dialog.idle_spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.idle_spin, "90")
    assert (settings.font_size, settings.theme, settings.shortcut_overrides()) == (11, "system", {})

    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.idle_spin, Qt.Key.Key_Return)  # OK is the default button

    again = AppSettings(settings.path)
    assert again.ui_language == "th"
    assert again.font_size == 16
    assert again.theme == "dark"
    assert again.idle_timeout_seconds == 90
    assert again.shortcut_overrides() == {"skip": "Ctrl+J"}


def test_return_can_be_recorded_as_a_shortcut(dialog: SettingsDialog, qtbot) -> None:
    record_keys(dialog, qtbot, "note", Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.shortcut_model.overrides() == {"note": "Shift+Return"}


def test_esc_cancels_recording(dialog: SettingsDialog, qtbot) -> None:
    dialog.table.setFocus()
    dialog.table.edit_keys(dialog.shortcut_model.row_of("find"))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QKeySequenceEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.table.hasFocus())
    assert dialog.isVisible()
    assert dialog.shortcut_model.overrides() == {}


def test_cancel_writes_nothing(settings: AppSettings, dialog: SettingsDialog, qtbot) -> None:
    dialog.font_size_spin.setValue(20)
    record_keys(dialog, qtbot, "undo", Qt.Key.Key_Y)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.font_size_spin, Qt.Key.Key_Escape)
    assert settings.font_size == 11
    assert settings.shortcut_overrides() == {}


def test_apply_writes_and_keeps_the_dialog_open(
    settings: AppSettings, dialog: SettingsDialog, qtbot
) -> None:
    dialog.font_size_spin.setValue(13)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton
    )
    assert settings.font_size == 13
    assert dialog.isVisible()


def test_conflicts_show_in_red_and_block_ok(
    settings: AppSettings, dialog: SettingsDialog, qtbot
) -> None:
    model = dialog.shortcut_model
    record_keys(dialog, qtbot, "note", Qt.Key.Key_K)  # Skip has Ctrl+K
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    assert not ok.isEnabled()
    assert not apply.isEnabled()
    assert dialog.conflict_label.isVisible()
    text = dialog.conflict_label.text()
    assert "Ctrl+K" in text
    assert "Skip" in text
    assert "Note" in text
    red = QColor(PROBLEM_TEXT["light"])
    for action_id in ("skip", "note"):
        index = model.index(model.row_of(action_id), KEY_COLUMN)
        assert index.data(Qt.ItemDataRole.ForegroundRole).color() == red
    assert (
        model.index(model.row_of("undo"), KEY_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None
    )
    assert dialog.apply() is False
    assert settings.shortcut_overrides() == {}

    qtbot.keyClick(dialog.table, Qt.Key.Key_Backspace)  # resets the current row (Note)
    assert model.conflicts() == []
    assert ok.isEnabled()
    assert not dialog.conflict_label.isVisible()


def test_reset_buttons_per_row_and_for_all(dialog: SettingsDialog, qtbot) -> None:
    model = dialog.shortcut_model
    record_keys(dialog, qtbot, "find", Qt.Key.Key_G)
    record_keys(dialog, qtbot, "undo", Qt.Key.Key_Y)
    find_row = model.row_of("find")
    assert model.index(find_row, RESET_COLUMN).data() == "Reset"
    assert model.index(model.row_of("skip"), RESET_COLUMN).data() == ""
    rect = dialog.table.visualRect(model.index(find_row, RESET_COLUMN))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.overrides() == {"undo": "Ctrl+Y"}
    dialog.reset_all_button.setFocus()
    qtbot.keyClick(dialog.reset_all_button, Qt.Key.Key_Space)
    assert model.overrides() == {}


def test_shortcut_model_passes_the_model_tester(settings: AppSettings, qtmodeltester) -> None:
    model = ShortcutTableModel(ShortcutRegistry(settings))
    qtmodeltester.check(model)
    assert model.setData(model.index(0, KEY_COLUMN), QKeySequence("Ctrl+Shift+S"))
    assert not model.setData(model.index(0, 0), "text")
    qtmodeltester.check(model)


# -- theme, font, high DPI ----------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palettes_have_readable_contrast(theme: str) -> None:
    palette = make_palette(theme)

    def ratio(fg: QPalette.ColorRole, bg: QPalette.ColorRole, group=Group.Active) -> float:
        return contrast_ratio(palette.color(group, fg), palette.color(group, bg))

    assert ratio(Role.Text, Role.Base) >= 7
    assert ratio(Role.WindowText, Role.Window) >= 7
    assert ratio(Role.ButtonText, Role.Button) >= 7
    assert ratio(Role.ToolTipText, Role.ToolTipBase) >= 7
    assert ratio(Role.HighlightedText, Role.Highlight) >= 4.5
    assert ratio(Role.PlaceholderText, Role.Base) >= 4.5
    assert ratio(Role.Link, Role.Base) >= 4.5
    assert ratio(Role.Text, Role.Base, Group.Disabled) >= 3
    assert is_dark(palette) == (theme == "dark")
    for colors in MESSAGE_COLORS[theme].values():
        assert contrast_ratio(QColor(colors.text), QColor(colors.background)) >= 7
    assert contrast_ratio(QColor(PROBLEM_TEXT[theme]), palette.color(Role.Base)) >= 4.5


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1)


def test_apply_theme_sets_fusion_palette_and_font(restore_app: QApplication, qtbot) -> None:
    app = restore_app
    widget = QWidget()
    qtbot.addWidget(widget)
    assert apply_theme(app, "dark", 15) == "dark"
    assert app.style().name().lower() == "fusion"
    assert is_dark(app.palette())
    assert app.font().pointSize() == 15
    assert app.property(DARK_PROPERTY) is True
    qtbot.waitUntil(lambda: is_dark(widget.palette()) and widget.font().pointSize() == 15)
    assert apply_theme(app, "light", 9) == "light"
    qtbot.waitUntil(lambda: not is_dark(widget.palette()) and widget.font().pointSize() == 9)
    assert apply_theme(app, "system", 11) in ("light", "dark")
    with pytest.raises(ValueError, match="theme"):
        apply_theme(app, "neon", 11)


def test_font_falls_back_to_installed_thai_and_chinese_families(restore_app: QApplication) -> None:
    families = installed_families()
    assert "Loma" in families  # fonts-tlwg-loma-ttf
    assert "WenQuanYi Micro Hei" in families  # fonts-wqy-microhei
    assert "Missing Font Family" not in installed_families(("Missing Font Family", "Loma"))
    apply_theme(restore_app, "light", 12)
    assert restore_app.font().families() == families


def test_configure_high_dpi_before_the_app_exists() -> None:
    code = (
        "from labeldesk.ui.theme import configure_high_dpi\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "assert configure_high_dpi()\n"
        "app = QGuiApplication([])\n"
        "print(QGuiApplication.highDpiScaleFactorRoundingPolicy().name)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "PassThrough"


def test_configure_high_dpi_is_refused_once_the_app_exists(qapp) -> None:
    assert configure_high_dpi() is False


# -- UI language at run time --------------------------------------------------------------------


def test_switching_the_ui_language_retranslates_open_dialogs(
    settings: AppSettings, restore_app: QApplication, qtbot
) -> None:
    app = restore_app
    dlg = SettingsDialog(settings, ShortcutRegistry(settings))
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Settings"
    assert i18n.install_translator(app, "th")
    qtbot.waitUntil(lambda: dlg.windowTitle() == "การตั้งค่า")
    assert QCoreApplication.translate("Shortcuts", "Submit") == "ส่งคำตอบ"
    assert dlg.shortcut_model.index(0, 0).data() == "ส่งคำตอบ"
    assert QLocale().language() == QLocale.Language.Thai
    assert i18n.install_translator(app, "zh")
    qtbot.waitUntil(lambda: dlg.windowTitle() == "设置")
    assert len(i18n.installed_translators(app)) == 2  # LabelDesk's and Qt's own zh_CN catalog
    assert i18n.install_translator(app, "en")
    qtbot.waitUntil(lambda: dlg.windowTitle() == "Settings")


def test_every_ui_language_has_a_compiled_catalog() -> None:
    for lang in i18n.SUPPORTED_UI_LANGUAGES:
        assert i18n.qm_path(lang).exists(), lang
    with pytest.raises(ValueError, match="supported"):
        i18n.qm_path("fr")


# -- message bar --------------------------------------------------------------------------------


@pytest.fixture
def bar(qtbot) -> Iterator[MessageBar]:
    """A message bar in a shown window (kept alive for the test)."""
    window = QWidget()
    qtbot.addWidget(window)
    message_bar = MessageBar(window, info_timeout_ms=50)
    window.show()
    qtbot.waitExposed(window)
    yield message_bar
    window.close()


def test_message_bar_is_hidden_until_a_message(bar: MessageBar) -> None:
    assert not bar.isVisible()
    assert bar.current() is None


def test_error_with_an_action_stays_until_acted_on(bar: MessageBar, qtbot) -> None:
    retried: list[bool] = []
    assert bar.show_message("ไม่สามารถบันทึกได้", "error", "Retry", lambda: retried.append(True))
    assert bar.isVisible()
    assert bar.text_label.text() == "ไม่สามารถบันทึกได้"
    assert bar.action_button.isVisible()
    assert bar.action_button.text() == "Retry"
    with qtbot.waitSignal(bar.action_triggered):
        qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert retried == [True]
    assert not bar.isVisible()


def test_info_hides_itself(bar: MessageBar, qtbot) -> None:
    bar.show_message("保存了 3 个项目", "info")
    assert not bar.action_button.isVisible()
    with qtbot.waitSignal(bar.closed):
        pass
    qtbot.waitUntil(lambda: not bar.isVisible())


def test_an_info_does_not_hide_an_error(bar: MessageBar) -> None:
    bar.show_message("The workspace is locked", "error")
    assert not bar.show_message("Saved", "info")
    assert bar.current().text == "The workspace is locked"
    assert [m.text for m in bar.history()] == ["The workspace is locked", "Saved"]
    assert bar.show_message("Disk full", "error")
    assert bar.current().level == "error"


def test_esc_and_the_close_button_close_the_bar(bar: MessageBar, qtbot) -> None:
    bar.show_message("Cảnh báo: mất kết nối", "warning")
    bar.close_button.setFocus()
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.close_button, Qt.Key.Key_Escape)
    bar.show_message("Again", "warning")
    with qtbot.waitSignal(bar.closed):
        qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_message_bar_keeps_a_short_history(bar: MessageBar) -> None:
    for i in range(HISTORY_SIZE + 5):
        bar.show_message(f"message {i}", "error")
    history = bar.history()
    assert len(history) == HISTORY_SIZE
    assert history[-1].text == f"message {HISTORY_SIZE + 4}"
    with pytest.raises(ValueError, match="level"):
        bar.show_message("x", "fatal")


def test_message_bar_follows_the_theme(bar: MessageBar, restore_app: QApplication, qtbot) -> None:
    bar.show_message("x", "error")
    assert MESSAGE_COLORS["light"]["error"].background in bar.frame.styleSheet()
    apply_theme(restore_app, "dark", 11)
    qtbot.waitUntil(lambda: MESSAGE_COLORS["dark"]["error"].background in bar.frame.styleSheet())
