"""The "Who is working?" dialog on real workspaces: pick a profile, or create one, by keyboard."""

from __future__ import annotations

import pytest
from labelling_data import LabellingWorkspace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from labeldesk.storage.models import Role
from labeldesk.ui.dialogs.profile_dialog import ProfileDialog, ProfileListModel
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier


def open_dialog(ws: Workspace, qtbot, **kwargs: object) -> ProfileDialog:
    """The dialog, shown and active, so that keys and mnemonics reach it."""
    dialog = ProfileDialog(ws, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture
def dialog(labelling_ws: LabellingWorkspace, qtbot) -> ProfileDialog:
    return open_dialog(labelling_ws.ws, qtbot)


def shown_names(dialog: ProfileDialog) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(r, 0).data().split("  ·  ")[0] for r in range(proxy.rowCount())]


def test_lists_the_workspace_profiles_with_roles_and_languages(dialog: ProfileDialog) -> None:
    assert shown_names(dialog) == ["Anong", "Dana", "Linh", "Wei"]
    assert dialog.proxy.index(0, 0).data() == "Anong  ·  Labeller  ·  ไทย, English"
    assert "中文" in dialog.proxy.index(3, 0).data()
    assert dialog.filter_edit.hasFocus()
    assert dialog.start_button.isEnabled()


def test_type_to_filter_then_enter_picks(dialog: ProfileDialog, qtbot) -> None:
    qtbot.keyClicks(dialog.filter_edit, "wE")
    assert shown_names(dialog) == ["Wei"]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    chosen = dialog.chosen_profile()
    assert chosen is not None
    assert chosen.name == "Wei"
    assert chosen.languages == ("zh", "en")


def test_arrow_keys_in_the_filter_move_in_the_list(dialog: ProfileDialog, qtbot) -> None:
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Up)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.chosen_profile().name == "Dana"
    assert dialog.chosen_profile().role == Role.LEAD


def test_enter_in_the_list_picks(dialog: ProfileDialog, qtbot) -> None:
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Tab)
    assert dialog.list_view.hasFocus()
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_End)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
    assert dialog.chosen_profile().name == "Wei"


def test_the_last_profile_is_selected_first(labelling_ws: LabellingWorkspace, qtbot) -> None:
    linh = labelling_ws.ws.users.find("Linh")
    dialog = open_dialog(labelling_ws.ws, qtbot, current_user_id=linh.id)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.chosen_profile() == linh


def test_no_match_says_so_and_start_is_off(dialog: ProfileDialog, qtbot) -> None:
    qtbot.keyClicks(dialog.filter_edit, "Zorro")
    assert shown_names(dialog) == []
    assert dialog.empty_label.isVisible()
    assert "Zorro" in dialog.empty_label.text()
    assert not dialog.start_button.isEnabled()
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.chosen_profile() is None


def test_create_a_profile_with_the_keyboard_only(
    labelling_ws: LabellingWorkspace, dialog: ProfileDialog, qtbot
) -> None:
    ws = labelling_ws.ws
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)  # &Name
    assert dialog.name_edit.hasFocus()
    qtbot.keyClicks(dialog.name_edit, "Somchai")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.role_combo.hasFocus()
    qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Down)  # Labeller -> Reviewer
    qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Tab)
    english = dialog.language_checks["en"]
    assert english.hasFocus()
    qtbot.keyClick(english, Qt.Key.Key_Tab)
    thai = dialog.language_checks["th"]
    assert thai.hasFocus()
    qtbot.keyClick(thai, Qt.Key.Key_Space)
    assert thai.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(thai, Qt.Key.Key_Return)  # Enter in the form creates, not Start

    chosen = dialog.chosen_profile()
    assert chosen is not None
    assert (chosen.name, chosen.role, chosen.languages) == ("Somchai", Role.REVIEWER, ("th",))
    assert ws.users.find("Somchai") == chosen


@pytest.mark.parametrize(
    ("name", "languages", "expected"),
    [
        ("   ", ["en"], "Enter a name"),
        ("anong", ["th"], "already a profile named anong"),
        ("Malee", [], "at least one language"),
        ("x" * 201, ["en"], "at most 200 characters"),  # the service's own UserError
    ],
)
def test_errors_show_inline_and_create_nothing(
    labelling_ws: LabellingWorkspace,
    dialog: ProfileDialog,
    qtbot,
    name: str,
    languages: list[str],
    expected: str,
) -> None:
    before = len(labelling_ws.ws.users.list())
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, name)
    for code in languages:
        dialog.language_checks[code].setChecked(True)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert expected in dialog.error_text()
    assert dialog.error_label.isVisible()
    assert dialog.isVisible()
    assert dialog.chosen_profile() is None
    assert len(labelling_ws.ws.users.list()) == before
    assert QApplication.focusWidget() in (dialog.name_edit, dialog.language_checks["en"])


def test_fixing_the_error_hides_it(dialog: ProfileDialog, qtbot) -> None:
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.error_text()
    qtbot.keyClicks(dialog.name_edit, "Nok")
    dialog.language_checks["vi"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.error_text() == ""


def test_an_empty_workspace_starts_in_the_form(workspace: Workspace, qtbot) -> None:
    dialog = open_dialog(workspace, qtbot)
    assert dialog.empty_label.isVisible()
    assert "No profiles yet" in dialog.empty_label.text()
    assert not dialog.start_button.isEnabled()
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    qtbot.keyClicks(dialog.name_edit, "Lead Person")
    dialog.language_checks["en"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.create_button, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.users.find("Lead Person").languages == ("en",)


def test_escape_cancels(dialog: ProfileDialog, qtbot) -> None:
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Escape)
    assert dialog.chosen_profile() is None


def test_profile_model_passes_the_model_tester(
    labelling_ws: LabellingWorkspace, dialog: ProfileDialog, qtmodeltester
) -> None:
    qtmodeltester.check(ProfileListModel(labelling_ws.ws.users.list()))
    qtmodeltester.check(ProfileListModel([]))
    dialog.filter_edit.setText("n")
    qtmodeltester.check(dialog.proxy)
