"""Starts the Qt application: settings, theme, translations, who is working, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from labeldesk.demo import ATTRIBUTION, is_demo_batch
from labeldesk.errors import LabelDeskError
from labeldesk.labelling import Profile
from labeldesk.ui.dialogs.profile_dialog import ProfileDialog
from labeldesk.ui.i18n import install_translator
from labeldesk.ui.main_window import MainWindow
from labeldesk.ui.settings import AppSettings
from labeldesk.ui.theme import apply_theme, configure_high_dpi
from labeldesk.users import UserError
from labeldesk.workspace import Workspace

log = logging.getLogger(__name__)

# How often, and how many times, to look whether the window is on screen before a screenshot.
EXPOSE_POLL_MS = 50
EXPOSE_POLL_TRIES = 100
# Time for the first item to be opened and painted before a screenshot is taken.
SCREENSHOT_SETTLE_MS = 400


def run_app(
    workspace_location: str | Path | None,
    *,
    screenshot: Path | None = None,
    user: str | None = None,
    settings_path: Path | None = None,
) -> int:
    """Open the main window on a workspace and run the event loop until it closes.

    Parameters
    ----------
    workspace_location
        A workspace file or database URL; None for the default workspace.
    screenshot
        If given, save a PNG of the window once it is shown and painted, then quit.
    user
        Work as the user with this name (and remember it); default: the profile chosen last
        time on this workspace, else ask.
    settings_path
        The settings file; default :func:`labeldesk.ui.settings.default_config_path`.

    Returns
    -------
    int
        The exit code: 0, or 1 if the screenshot could not be saved.
    """
    configure_high_dpi()
    app = application()
    settings = AppSettings(settings_path)
    apply_theme(app, settings.theme, settings.font_size)
    install_translator(app, settings.ui_language)
    follow_settings(app, settings)
    with Workspace.open(workspace_location) as ws:
        window: QWidget
        if screenshot is not None and known_profile(ws, settings, user) is None:
            # Nobody chosen yet: the picture shows the first-launch question.
            window = ProfileDialog(ws)
            window.show()
        else:
            profile = choose_profile(ws, settings, user)
            if profile is None:
                return 0
            holder = WindowHolder(ws, settings, attribution(ws))
            window = holder.open(profile)
            _install_excepthook(holder)
        if screenshot is not None:
            QTimer.singleShot(
                SCREENSHOT_SETTLE_MS,
                lambda: _save_when_exposed(window, screenshot, EXPOSE_POLL_TRIES),
            )
        return app.exec()


def application() -> QApplication:
    """The running QApplication, created and named on first use."""
    QCoreApplication.setApplicationName("LabelDesk")
    QCoreApplication.setOrganizationName("LabelDesk")
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication(sys.argv[:1])


def attribution(ws: Workspace) -> str:
    """The data sources and licences to credit, if the workspace holds the demo's data."""
    stats = ws.stats.summary()
    return ATTRIBUTION if any(is_demo_batch(b.name) for b in stats.batches) else ""


def choose_profile(
    ws: Workspace, settings: AppSettings, user: str | None, parent: QWidget | None = None
) -> Profile | None:
    """Who is working: ``user`` by name, else the remembered profile, else ask.

    The choice is remembered for this workspace. None if the person cancelled the dialog.

    Raises
    ------
    UserError
        If ``user`` names nobody in the workspace.
    """
    profile = known_profile(ws, settings, user)
    if profile is None:
        dialog = ProfileDialog(ws, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        profile = dialog.chosen_profile()
        if profile is None:
            return None
    settings.set_profile_for(ws.location, profile.id)
    return profile


def known_profile(ws: Workspace, settings: AppSettings, user: str | None) -> Profile | None:
    """The profile named ``user``, else the one remembered for this workspace, else None.

    Raises
    ------
    UserError
        If ``user`` names nobody in the workspace.
    """
    if user is not None:
        return ws.users.find(user)
    remembered = settings.profile_for(ws.location)
    if remembered is None:
        return None
    try:
        return ws.users.get(remembered)
    except UserError:
        return None


class WindowHolder:
    """Keeps the main window alive, and replaces it when the person switches profile."""

    def __init__(self, ws: Workspace, settings: AppSettings, credit: str) -> None:
        self.ws = ws
        self.settings = settings
        self.credit = credit
        self.window: MainWindow | None = None

    def open(self, profile: Profile) -> MainWindow:
        """Show a main window for ``profile``."""
        window = MainWindow(self.ws, profile, self.settings, attribution=self.credit)
        window.switchProfileRequested.connect(self.switch_profile)
        window.show()
        self.window = window
        return window

    def switch_profile(self) -> None:
        """Ask who is working now and reopen the window for them."""
        old = self.window
        dialog = ProfileDialog(self.ws, old)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_profile() is None:
            return
        profile = dialog.chosen_profile()
        assert profile is not None
        self.settings.set_profile_for(self.ws.location, profile.id)
        app = QApplication.instance()
        quit_on_close = app.quitOnLastWindowClosed() if isinstance(app, QApplication) else True
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        self.open(profile)
        if old is not None:
            old.close()
            old.deleteLater()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(quit_on_close)


def follow_settings(app: QApplication, settings: AppSettings) -> None:
    """Apply theme, font size and UI language changes to the running app as they are saved."""
    settings.changed.connect(lambda key: _apply_settings(app, settings, key))


def _apply_settings(app: QApplication, settings: AppSettings, key: str) -> None:
    """Apply a changed theme, font size or UI language to the running app."""
    if key in ("theme", "font_size"):
        apply_theme(app, settings.theme, settings.font_size)
    elif key == "ui_language":
        install_translator(app, settings.ui_language)


def _install_excepthook(holder: WindowHolder) -> None:
    """Log unexpected errors with their trace; show the user a message, not a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        window = holder.window
        if window is None:
            return
        if isinstance(exc, LabelDeskError):
            window.show_problem(str(exc))
        else:
            window.show_problem(
                QCoreApplication.translate(
                    "App",
                    "Something went wrong (%1). Your saved work is safe; details are in the log.",
                ).replace("%1", type(exc).__name__)
            )

    sys.excepthook = hook


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
