"""Starts the Qt application and opens the main window on a workspace."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.engine import make_url

from labeldesk.demo import ATTRIBUTION_SHORT, SCRIPT_SAMPLES, is_demo_batch, sample_conversation
from labeldesk.ui.qt_main_window import QtMainWindow, WindowContent
from labeldesk.workspace import Workspace

#: How often, and how many times, to look whether the window is on screen before a screenshot.
EXPOSE_POLL_MS = 50
EXPOSE_POLL_TRIES = 100


def run_app(workspace_location: str | Path | None, *, screenshot: Path | None = None) -> int:
    """Open the main window on a workspace and run the event loop until it closes.

    Parameters
    ----------
    workspace_location
        A workspace file or database URL; None for the default workspace.
    screenshot
        If given, save a PNG of the window here once it is shown and painted, then quit.

    Returns
    -------
    int
        The exit code: 0, or 1 if the screenshot could not be saved.
    """
    with Workspace.open(workspace_location) as ws:
        content = window_content(ws)
        app = application()
        window = QtMainWindow(content)
        window.show()
        if screenshot is not None:
            QTimer.singleShot(0, lambda: _save_when_exposed(window, screenshot, EXPOSE_POLL_TRIES))
        return app.exec()


def application() -> QApplication:
    """The running QApplication, created and named on first use."""
    QCoreApplication.setApplicationName("LabelDesk")
    QCoreApplication.setOrganizationName("LabelDesk")
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication(sys.argv[:1])


def window_content(ws: Workspace) -> WindowContent:
    """Gather what the main window shows from the workspace's services."""
    url = make_url(ws.location)
    is_file = url.get_backend_name() == "sqlite" and url.database
    path = str(url.database) if is_file else ws.location
    stats = ws.stats.summary()
    demo = any(is_demo_batch(b.name) for b in stats.batches)
    return WindowContent(
        workspace_name=Path(path).stem if is_file else (url.database or ws.location),
        workspace_path=path,
        stats=stats,
        sample=sample_conversation(ws.db),
        script_samples=SCRIPT_SAMPLES,
        data_sources=ATTRIBUTION_SHORT if demo else "",
    )


def _save_when_exposed(window: QWidget, path: Path, tries_left: int) -> None:
    """Save a PNG of ``window`` once it is on screen, then quit with 0 (saved) or 1."""
    handle = window.windowHandle()
    if (handle is None or not handle.isExposed()) and tries_left > 0:
        QTimer.singleShot(EXPOSE_POLL_MS, lambda: _save_when_exposed(window, path, tries_left - 1))
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(path), "PNG")
    if not saved:
        print(f"error: could not save a screenshot to {path}", file=sys.stderr)  # noqa: T201
    QApplication.exit(0 if saved else 1)
