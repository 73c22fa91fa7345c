"""Runs the real main window in its own process and labels with the keyboard, for the kill test.

Usage: ``python app_driver.py WORKSPACE SETTINGS_INI USER LABEL_QUERY``. For each item it types
``LABEL_QUERY`` into the picker's search, presses Enter to choose the first hit and Enter again
to submit; every submit the window reports as saved is printed as ``saved <assignment>
<revision>`` (after the window's own ``saved`` signal, so only work the app said was saved).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from labeldesk.ui.app import application
from labeldesk.ui.main_window import MainWindow
from labeldesk.ui.settings import AppSettings
from labeldesk.workspace import Workspace


def main() -> None:
    """Open the window and keep labelling until killed (or the queue ends)."""
    location, settings_path, user, query = sys.argv[1:5]
    app = application()
    ws = Workspace.open(location)
    window = MainWindow(ws, ws.users.find(user), AppSettings(settings_path))
    window.show()
    window.saved.connect(
        lambda s: print(f"saved {s.assignment_id} {s.revision}", flush=True)  # noqa: T201
    )

    def step() -> None:
        if window.session.item is None:
            print("done", flush=True)  # noqa: T201 - the test reads it
            app.quit()
            return
        picker = window.workbench.picker
        picker.focus_search()
        QTest.keyClicks(picker.search_edit, query)
        QTest.keyClick(picker.search_edit, Qt.Key.Key_Return)  # choose the first hit
        QTest.keyClick(window, Qt.Key.Key_Return)  # submit
        QTimer.singleShot(0, step)

    QTimer.singleShot(200, step)
    app.exec()


if __name__ == "__main__":
    main()
