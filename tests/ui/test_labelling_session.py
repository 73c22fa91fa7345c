"""A full labelling session in the real main window, with the keyboard only.

Opens the demo workspace (built from a small copy of the shared data plus the multilingual
chats), finds a label by search, submits, skips, flags unsure, goes back and revises, undoes,
and switches the UI language: every step through key presses on the real widgets.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from labeldesk.demo import SHARED_DATA_ENV, build_demo_workspace
from labeldesk.storage.models import WorkStatus
from labeldesk.ui.i18n import install_translator
from labeldesk.ui.labelling.flow_helpers import SkipDialog
from labeldesk.ui.main_window import MainWindow
from labeldesk.ui.settings import AppSettings
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

SMALL = {"bitext_customer_support.jsonl": 6, "sgd_sample.jsonl": 3}


@pytest.fixture
def demo(tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """A demo workspace from the first few shared conversations and the multilingual chats."""
    data = tmp_path / "data"
    data.mkdir()
    for name in ("bitext_taxonomy.csv", "sgd_taxonomy.csv"):
        shutil.copy(shared_data / name, data / name)
    for name, n in SMALL.items():
        with (shared_data / name).open(encoding="utf-8") as src:
            (data / name).write_text("".join(next(src) for _ in range(n)), encoding="utf-8")
    monkeypatch.setenv(SHARED_DATA_ENV, str(data))
    ws = Workspace.open(build_demo_workspace(tmp_path / "demo.db"))
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def window(qtbot, demo: Workspace, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window for Anong (Thai and English), shown, with the first item open."""
    settings = AppSettings(tmp_path / "ui.ini")
    win = MainWindow(demo, demo.users.find("Anong"), settings)
    qtbot.add_widget(win)
    with qtbot.wait_exposed(win):
        win.show()
    qtbot.waitUntil(lambda: win.session.item is not None)
    yield win
    install_translator(QApplication.instance(), "en")


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key on whatever has the focus (as a person at the keyboard does)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text: str) -> None:
    """Type text into the focused widget."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def current_id(win: MainWindow) -> str:
    assert win.session.item is not None
    return win.session.item.assignment_id


def status_of(win: MainWindow, assignment_id: str) -> WorkStatus:
    return win.ws.labelling.open(win.profile, assignment_id).status


def choose_by_search(qtbot, win: MainWindow, query: str) -> None:
    """Ctrl+L, type the query, Enter: chooses the first hit."""
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.workbench.picker.search_edit.hasFocus())
    type_text(qtbot, query)
    qtbot.waitUntil(lambda: win.workbench.picker.results_model.rowCount() > 0)
    press(qtbot, Qt.Key.Key_Return)


def test_a_whole_session_with_the_keyboard(qtbot, window: MainWindow) -> None:
    win = window
    first = current_id(win)
    language = win.session.item.conversation.language
    assert language in {"th", "en", "und"}  # routing: only Anong's languages

    # Find a label by search and submit with Enter.
    choose_by_search(qtbot, win, "cancel order")
    assert win.session.draft.labels == ["ORDER>cancel_order"]
    with qtbot.waitSignal(win.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    assert status_of(win, first) is WorkStatus.DONE
    qtbot.waitUntil(lambda: current_id(win) != first)
    second = current_id(win)

    # Skip with a reason typed in the skip dialog.
    def answer_skip_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SkipDialog)
        qtbot.keyClicks(dialog.reason.lineEdit(), "customer wrote to the wrong shop")
        qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_skip_dialog)
    with qtbot.waitSignal(win.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert status_of(win, second) is WorkStatus.SKIPPED
    assert win.ws.labelling.history(win.profile, second)[-1].skip_reason == (
        "customer wrote to the wrong shop"
    )
    qtbot.waitUntil(lambda: current_id(win) != second)
    third = current_id(win)
    with qtbot.waitActive(win):  # the window gets the keyboard back from the dialog
        win.activateWindow()
    assert win.workbench.picker.search_edit.hasFocus()

    # Unsure, with a label, then submit.
    choose_by_search(qtbot, win, "get refund")
    assert win.session.draft.labels == ["REFUND>get_refund"]
    press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert win.session.draft.unsure
    with qtbot.waitSignal(win.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    assert status_of(win, third) is WorkStatus.UNSURE
    qtbot.waitUntil(lambda: current_id(win) != third)

    # Back to revise the unsure one: a new revision, nothing overwritten.
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: current_id(win) == third)
    assert win.session.draft.unsure  # the draft starts from the saved answer
    press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(win.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    history = win.ws.labelling.history(win.profile, third)
    assert [r.status for r in history] == [WorkStatus.UNSURE, WorkStatus.DONE]

    # Undo the revision: the answer before comes back as a third revision.
    with qtbot.waitSignal(win.workbench.undone, timeout=5000):
        press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert current_id(win) == third
    history = win.ws.labelling.history(win.profile, third)
    assert [r.status for r in history] == [WorkStatus.UNSURE, WorkStatus.DONE, WorkStatus.UNSURE]
    assert status_of(win, third) is WorkStatus.UNSURE

    # Switch the UI language: menus and taxonomy names follow.
    english_menu = win.menu_item.title()
    win.settings.ui_language = "th"
    install_translator(QApplication.instance(), "th")
    qtbot.waitUntil(lambda: win.menu_item.title() != english_menu)
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in win.menu_item.title())
    qtbot.waitUntil(lambda: win.workbench.lang == "th")
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in win.workbench.answer.chosen.text()), (
        win.workbench.answer.chosen.text()
    )


def test_an_answer_the_taxonomy_refuses_shows_in_the_message_bar(qtbot, window: MainWindow) -> None:
    win = window
    first = current_id(win)
    press(qtbot, Qt.Key.Key_Return)  # nothing chosen
    qtbot.waitUntil(lambda: win.message_bar.isVisible())
    assert "choose a label" in win.message_bar.current().text
    assert current_id(win) == first
    assert status_of(win, first) is WorkStatus.TODO


def test_layout_is_remembered(qtbot, demo: Workspace, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "ui.ini")
    win = MainWindow(demo, demo.users.find("Anong"), settings)
    qtbot.add_widget(win)
    win.show()
    win.resize(701, 603)  # within the offscreen screen, which restoreGeometry clamps to
    win.splitter.setSizes([260, 441])
    expected = win.splitter.sizes()
    win.close()
    again = MainWindow(demo, demo.users.find("Anong"), AppSettings(tmp_path / "ui.ini"))
    qtbot.add_widget(again)
    again.show()
    assert (again.size().width(), again.size().height()) == (701, 603)
    assert again.splitter.sizes() == expected


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def test_active_time_counts_input_while_the_window_is_active(
    qtbot, demo: Workspace, tmp_path: Path
) -> None:
    settings = AppSettings(tmp_path / "ui.ini")
    settings.idle_timeout_seconds = 30
    clock = FakeClock()
    win = MainWindow(demo, demo.users.find("Anong"), settings, clock=clock)
    qtbot.add_widget(win)
    with qtbot.wait_exposed(win):
        win.show()
    qtbot.waitUntil(lambda: win.session.item is not None)
    first = current_id(win)
    app = QApplication.instance()
    search = win.workbench.picker.search_edit
    win.session.timer.take()  # start from zero on this item

    clock.now += 4
    qtbot.keyClick(search, Qt.Key.Key_A)  # 4 s of work
    clock.now += 100  # a long pause: counts up to the 30 s idle timeout
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    assert win.session.timer.seconds == pytest.approx(34)

    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    clock.now += 500  # in another window: not counted
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    clock.now += 2
    qtbot.keyClick(search, Qt.Key.Key_B)
    assert win.session.timer.seconds == pytest.approx(36)

    win.workbench.choose_label("ORDER>cancel_order")
    with qtbot.waitSignal(win.saved, timeout=5000):
        win.actions_by_id["submit"].trigger()
    assert win.ws.labelling.history(win.profile, first)[-1].active_seconds == pytest.approx(36)


def test_language_chosen_in_settings_applies_to_the_open_window(
    qtbot, window: MainWindow
) -> None:
    from labeldesk.ui.app import follow_settings

    follow_settings(QApplication.instance(), window.settings)
    english = window.menu_file.title()
    window.settings.ui_language = "vi"  # what the settings dialog's OK does
    qtbot.waitUntil(lambda: window.menu_file.title() != english)
    assert window.workbench.lang == "vi"
    assert window.workbench.side.tabText(0) != "Details"
