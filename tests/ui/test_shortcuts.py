"""The shortcut registry (defaults, remapping, conflicts, live QActions) and the F1 cheat-sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from labeldesk.ui.dialogs.cheat_sheet import CheatSheet
from labeldesk.ui.settings import AppSettings
from labeldesk.ui.shortcuts import (
    ACTIONS,
    GROUPS,
    ShortcutRegistry,
    action_by_id,
    sequences_text,
)

pytestmark = pytest.mark.gui

PORTABLE = QKeySequence.SequenceFormat.PortableText

#: The ids and default keys the issue asks for.
EXPECTED_DEFAULTS = {
    "submit": ["Return", "Enter", "Ctrl+Return"],
    "skip": ["Ctrl+K"],
    "unsure": ["Ctrl+U"],
    "note": ["Ctrl+N"],
    "back": ["Alt+Left"],
    "forward": ["Alt+Right"],
    "undo": ["Ctrl+Z"],
    "search_label": ["Ctrl+L"],
    "clear_labels": ["Ctrl+Shift+Backspace"],
    "next_customer_turn": ["Ctrl+Down"],
    "previous_customer_turn": ["Ctrl+Up"],
    "next_turn": ["Alt+Down"],
    "previous_turn": ["Alt+Up"],
    "clear_turn": ["Esc"],
    "find": ["Ctrl+F"],
    "toggle_favourite": ["Ctrl+D"],
    "focus_queue": ["Ctrl+1"],
    "focus_conversation": ["Ctrl+2"],
    "focus_picker": ["Ctrl+3"],
    "feedback": ["Ctrl+4"],
    "settings": ["Ctrl+,"],
    "cheat_sheet": ["F1"],
    "sync": ["F5"],
    "quit": ["Ctrl+Q"],
    "switch_profile": ["Ctrl+Shift+P"],
    "review_submit": ["Return", "Enter", "Ctrl+Return"],
    **{f"accept_slot_{s}": [f"Alt+{n}"] for n, s in enumerate("abcd", 1)},
    **{f"verdict_slot_{s}": [f"Ctrl+Alt+{n}"] for n, s in enumerate("abcd", 1)},
    "review_reason": ["Ctrl+R"],
    "review_comment": ["Ctrl+N"],
    "review_search_label": ["Ctrl+L"],
    "promote_gold": ["Ctrl+G"],
    "review_back": ["Alt+Left"],
    "review_forward": ["Alt+Right"],
    "mode_labelling": ["Ctrl+Shift+1"],
    "mode_review": ["Ctrl+Shift+2"],
    "mode_quality": ["Ctrl+Shift+3"],
    "mode_dashboard": ["Ctrl+Shift+4"],
}


@pytest.fixture
def settings(tmp_path: Path, qapp) -> AppSettings:
    """Settings in a fresh file (with the QApplication that QActions need)."""
    return AppSettings(tmp_path / "labeldesk.ini")


@pytest.fixture
def registry(settings: AppSettings) -> ShortcutRegistry:
    return ShortcutRegistry(settings)


def texts(sequences: list[QKeySequence]) -> list[str]:
    return [s.toString(PORTABLE) for s in sequences]


# -- registry -------------------------------------------------------------------------------


def test_registry_has_every_action_with_its_default_keys(registry: ShortcutRegistry) -> None:
    assert [a.id for a in ACTIONS] == list(dict.fromkeys(a.id for a in ACTIONS))
    assert {a.id for a in ACTIONS} == set(EXPECTED_DEFAULTS)
    for action_id, keys in EXPECTED_DEFAULTS.items():
        assert texts(registry.sequences(action_id)) == keys, action_id
        assert registry.is_default(action_id)


def test_every_action_has_a_group_title_and_description(registry: ShortcutRegistry) -> None:
    for action in registry.actions():
        assert action.group in GROUPS
        assert registry.title(action.id)
        assert registry.description(action.id)
        assert action.translated_group()
    assert {a.group for a in ACTIONS} == set(GROUPS)


def test_defaults_do_not_conflict(registry: ShortcutRegistry) -> None:
    assert registry.conflicts() == []


def test_modes_may_share_keys_but_global_actions_may_not(registry: ShortcutRegistry) -> None:
    # Return submits in labelling mode and saves a review in review mode: no conflict.
    assert registry.sequences("submit")[0] == registry.sequences("review_submit")[0]
    registry.set("skip", "Ctrl+G")  # labelling vs review: still fine
    assert registry.conflicts() == []
    registry.set("settings", "Ctrl+G")  # a global action takes a review key: conflict
    assert [ids for _, ids in registry.conflicts()] == [["skip", "promote_gold", "settings"]]


def test_unknown_action_names_the_known_ones(registry: ShortcutRegistry) -> None:
    with pytest.raises(KeyError, match="submit"):
        registry.sequences("launch_rockets")


def test_remap_persists_and_updates_a_live_action(
    tmp_path: Path, settings: AppSettings, registry: ShortcutRegistry
) -> None:
    action = QAction()
    registry.apply(action, "skip")
    assert action.shortcut().toString(PORTABLE) == "Ctrl+K"
    assert action.objectName() == "action_skip"
    assert "Ctrl+K" in action.toolTip()

    registry.set("skip", QKeySequence("Ctrl+J"))

    assert action.shortcut().toString(PORTABLE) == "Ctrl+J"
    assert "Ctrl+J" in action.toolTip()
    again = ShortcutRegistry(AppSettings(tmp_path / "labeldesk.ini"))
    assert texts(again.sequences("skip")) == ["Ctrl+J"]
    assert not again.is_default("skip")
    assert "skip" in settings.shortcut_overrides()


def test_a_change_made_through_the_settings_reaches_the_action(
    settings: AppSettings, registry: ShortcutRegistry, qtbot
) -> None:
    """The settings dialog writes overrides to the settings; applied actions follow."""
    action = QAction()
    registry.apply(action, "undo")
    with qtbot.waitSignal(registry.changed):
        settings.set_shortcut_overrides({"undo": "Ctrl+Alt+Z; Alt+Backspace"})
    assert texts(action.shortcuts()) == ["Ctrl+Alt+Z", "Alt+Backspace"]
    registry.reset("undo")
    assert texts(action.shortcuts()) == ["Ctrl+Z"]
    assert settings.shortcut_overrides() == {}


def test_setting_the_defaults_again_stores_nothing(
    settings: AppSettings, registry: ShortcutRegistry
) -> None:
    registry.set("note", "Ctrl+M")
    registry.set("note", "Ctrl+N")
    assert settings.shortcut_overrides() == {}
    registry.set(
        "submit", [QKeySequence("Enter"), QKeySequence("Return"), QKeySequence("Ctrl+Return")]
    )
    assert settings.shortcut_overrides() == {}


def test_an_empty_shortcut_is_refused(registry: ShortcutRegistry) -> None:
    with pytest.raises(ValueError, match="cannot be empty"):
        registry.set("skip", QKeySequence())
    assert texts(registry.sequences("skip")) == ["Ctrl+K"]


def test_conflicts_are_detected(registry: ShortcutRegistry) -> None:
    registry.set("note", "Ctrl+K")
    registry.set("find", "F1")
    conflicts = {seq.toString(PORTABLE): ids for seq, ids in registry.conflicts()}
    assert conflicts == {"Ctrl+K": ["skip", "note"], "F1": ["find", "cheat_sheet"]}
    registry.reset_all()
    assert registry.conflicts() == []


def test_an_unreadable_override_falls_back_to_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "labeldesk.ini"
    path.write_text("[shortcuts]\nskip=\nnote=Ctrl+Bogus+Nope\n", encoding="utf-8")
    registry = ShortcutRegistry(AppSettings(path))
    assert texts(registry.sequences("skip")) == ["Ctrl+K"]
    assert texts(registry.sequences("note")) == ["Ctrl+N"]


def test_deleted_actions_are_forgotten(registry: ShortcutRegistry, qtbot) -> None:
    owner = QWidget()
    kept = QAction(owner)
    registry.apply(kept, "find")
    gone = QAction()
    registry.apply(gone, "find")
    with qtbot.waitSignal(gone.destroyed):
        gone.deleteLater()
    registry.set("find", "Ctrl+Shift+F")
    assert kept.shortcut().toString(PORTABLE) == "Ctrl+Shift+F"


def test_the_remapped_key_triggers_the_action(registry: ShortcutRegistry, qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    action = QAction(window)
    window.addAction(action)
    registry.apply(action, "unsure")
    registry.set("unsure", "Ctrl+Shift+U")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(action.triggered):
        qtbot.keyClick(
            window,
            Qt.Key.Key_U,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    with qtbot.assertNotEmitted(action.triggered):
        qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)


# -- cheat-sheet ------------------------------------------------------------------------------


@pytest.fixture
def sheet(registry: ShortcutRegistry, qtbot) -> CheatSheet:
    dialog = CheatSheet(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_cheat_sheet_lists_every_action_with_its_current_keys(
    registry: ShortcutRegistry, sheet: CheatSheet
) -> None:
    registry.set("skip", "Ctrl+J")
    shown = dict(sheet.visible_actions())
    assert set(shown) == set(EXPECTED_DEFAULTS)
    for action_id in EXPECTED_DEFAULTS:
        assert shown[action_id] == sequences_text(registry.sequences(action_id))
    assert shown["skip"] == QKeySequence("Ctrl+J").toString(QKeySequence.SequenceFormat.NativeText)
    groups = [sheet.proxy.index(r, 0).data() for r in range(sheet.proxy.rowCount())]
    assert groups == [
        action_by_id(a).translated_group()
        for a in ("submit", "back", "find", "search_label", "review_submit", "mode_review", "quit")
    ]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("favour", {"toggle_favourite"}),
        ("F5", {"sync"}),
        ("customer", {"next_customer_turn", "previous_customer_turn"}),
        ("picker", {"search_label", "toggle_favourite", "focus_picker"}),
        ("no such thing", set()),
    ],
)
def test_cheat_sheet_filters_as_you_type(
    sheet: CheatSheet, qtbot, typed: str, expected: set[str]
) -> None:
    qtbot.keyClicks(sheet.filter_edit, typed)
    assert {action_id for action_id, _ in sheet.visible_actions()} == expected
    sheet.filter_edit.clear()
    assert len(sheet.visible_actions()) == len(EXPECTED_DEFAULTS)


def test_cheat_sheet_starts_in_the_filter_and_esc_closes(sheet: CheatSheet, qtbot) -> None:
    sheet.activateWindow()
    qtbot.waitUntil(lambda: sheet.filter_edit.hasFocus())
    with qtbot.waitSignal(sheet.rejected):
        qtbot.keyClick(sheet.filter_edit, Qt.Key.Key_Escape)
    assert sheet.result() == QDialog.DialogCode.Rejected
    assert not sheet.isVisible()


def test_cheat_sheet_models_pass_the_model_tester(sheet: CheatSheet, qtmodeltester) -> None:
    qtmodeltester.check(sheet.model)
    sheet.filter_edit.setText("ctrl")
    qtmodeltester.check(sheet.proxy)
