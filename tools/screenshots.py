"""Draw the README's screenshots of the labelling window: real widgets on a real X display.

Run by ``tools/screenshot.sh`` under ``xvfb-run`` with ``QT_QPA_PLATFORM=xcb``::

    python tools/screenshots.py DEMO_WORKSPACE OUT_DIR

Each shot opens the main window on the demo workspace as one of its labellers, with a theme
and a UI language, does what a labeller would (types in the picker, selects a turn, opens the
cheat-sheet) and saves a PNG of the window.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from labeldesk.ui.app import application
from labeldesk.ui.dialogs.cheat_sheet import CheatSheet
from labeldesk.ui.dialogs.profile_dialog import ProfileDialog
from labeldesk.ui.i18n import install_translator
from labeldesk.ui.main_window import MainWindow
from labeldesk.ui.settings import AppSettings
from labeldesk.ui.theme import apply_theme, configure_high_dpi
from labeldesk.workspace import Workspace

SIZE = (1440, 900)


@dataclass(frozen=True)
class Shot:
    """One screenshot: who works, in which theme and language, and what they do first."""

    name: str
    user: str
    theme: str = "light"
    language: str = "en"
    search: str = ""
    turn: int | None = None
    cheat_sheet: bool = False
    mode: str = "labelling"  # or "review", "quality"
    accept_slot: str = ""  # in review mode: the slot whose labels to accept first


SHOTS = (
    Shot("labelling-thai", "Anong", search="คืนเงิน"),
    Shot("labelling-vietnamese-turn", "Linh", search="refund", turn=2),
    Shot("labelling-chinese-dark", "Wei", theme="dark", language="zh"),
    Shot("cheat-sheet", "Budi", cheat_sheet=True),
    Shot("review-mode", "Maria", mode="review", accept_slot="a"),
    Shot("quality-mode", "Dana", mode="quality"),
    Shot("training-quiz", "Nok"),
)


def settle(ms: int = 600) -> None:
    """Let the window open its item, paint, and run its timers."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    """Save a PNG of ``widget``; stop with an error if it can't be written."""
    if not widget.grab().save(str(path), "PNG"):
        sys.exit(f"error: could not save {path}")
    print(f"saved {path}", file=sys.stderr)  # noqa: T201


def take(app: QApplication, ws: Workspace, shot: Shot, out: Path, config: Path) -> None:
    """Open the window as ``shot`` says and save its picture."""
    settings = AppSettings(config / f"{shot.name}.ini")
    settings.theme = shot.theme
    settings.ui_language = shot.language
    apply_theme(app, shot.theme, settings.font_size)
    install_translator(app, shot.language)
    window = MainWindow(ws, ws.users.find(shot.user), settings)
    window.resize(*SIZE)
    window.show()
    settle()
    if shot.mode != "labelling":
        window.set_mode(shot.mode)
        settle(1500)  # the quality report is computed off the GUI thread
    if shot.accept_slot:
        window.actions_by_id[f"accept_slot_{shot.accept_slot}"].trigger()
        settle(300)
    if shot.turn is not None:
        window.workbench.conversation.select_turn(shot.turn)
    if shot.search:
        window.workbench.picker.focus_search()
        window.workbench.picker.search_edit.setText(shot.search)
    settle(300)
    if shot.cheat_sheet:
        sheet = CheatSheet(window.shortcuts, window)
        sheet.show()
        settle(300)
        save(sheet, out / f"{shot.name}.png")
        sheet.close()
    else:
        save(window, out / f"{shot.name}.png")
    window.close()


def main() -> int:
    """Take every shot in :data:`SHOTS`, then the first-launch dialog."""
    workspace, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    configure_high_dpi()
    app = application()
    with Workspace.open(workspace) as ws, tempfile.TemporaryDirectory() as tmp:
        for shot in SHOTS:
            take(app, ws, shot, out, Path(tmp))
        apply_theme(app, "light", 11)
        install_translator(app, "en")
        dialog = ProfileDialog(ws)
        dialog.show()
        settle(300)
        save(dialog, out / "first-launch.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
