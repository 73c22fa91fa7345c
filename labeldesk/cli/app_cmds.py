"""``labeldesk gui`` and ``labeldesk demo``: open the app on a workspace, or on a demo workspace.

Qt is imported inside the commands only, so the rest of the CLI works without PySide6.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from labeldesk.cli.common import progress_bar, workspace_option
from labeldesk.errors import LabelDeskError

#: Qt platforms that draw into memory and need no display.
HEADLESS_PLATFORMS = ("offscreen", "minimal")

#: File name of the demo workspace inside the user data dir (or inside ``--path DIR``).
DEMO_FILE_NAME = "demo.db"

USER_OPTION = click.option(
    "--user",
    metavar="NAME",
    help="Work as this profile (remembered for next time); default: the last one, else ask.",
)

SCREENSHOT_OPTION = click.option(
    "--screenshot",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    metavar="PNG",
    help="Save a PNG of the window once it is shown, then quit (works with no display).",
)


def has_display() -> bool:
    """Whether Qt can open a window: a display server is set, or Qt draws offscreen."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform in HEADLESS_PLATFORMS or not sys.platform.startswith(("linux", "freebsd")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_display(command: str, screenshot: Path | None) -> None:
    """Make sure a window can be drawn, or say in one line how to run ``command``.

    With no display, a screenshot is drawn offscreen; anything else raises LabelDeskError.
    """
    if has_display():
        return
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    raise LabelDeskError(
        "no display ($DISPLAY and $WAYLAND_DISPLAY are empty), so no window can open: "
        f"run `xvfb-run -a {command}`, or save a picture with "
        f"`{command} --screenshot {command.split()[-1]}.png`"
    )


def open_app(location: str | None, screenshot: Path | None, user: str | None = None) -> None:
    """Run the app on a workspace until its window closes; exit non-zero if it failed."""
    try:
        from labeldesk.ui.app import run_app
    except ImportError as exc:
        raise LabelDeskError(
            f"the app needs Qt ({exc}); install it with: pip install PySide6-Essentials"
        ) from exc
    code = run_app(location, screenshot=screenshot, user=user)
    if screenshot is not None and code == 0:
        click.echo(f"saved a screenshot to {screenshot}")
    if code != 0:
        raise click.exceptions.Exit(code)


@click.command("gui")
@workspace_option
@USER_OPTION
@SCREENSHOT_OPTION
def gui_cmd(workspace: str | None, user: str | None, screenshot: Path | None) -> None:
    """Open the app on a workspace (default: the user data dir's workspace).

    On first launch the default workspace is created; a --workspace that does not exist is
    an error (a mistyped path should not make an empty workspace).
    """
    ensure_display("labeldesk gui", screenshot)
    if workspace is None:
        _create_default_workspace()
    open_app(workspace, screenshot, user)


def _create_default_workspace() -> None:
    """Create the default workspace if it is missing, and say so."""
    from labeldesk.storage.db import workspace_exists
    from labeldesk.workspace import Workspace, default_workspace_path

    location = default_workspace_path()
    if workspace_exists(location):
        return
    Workspace.open(location, create=True).close()
    click.echo(
        f"created a new workspace at {location}; import conversations with "
        "`labeldesk import FILE --batch NAME`, or try `labeldesk demo`"
    )


@click.command("demo")
@click.option(
    "--path",
    "path",
    type=click.Path(path_type=Path),
    metavar="DIR",
    help=f"Folder for the demo workspace ({DEMO_FILE_NAME}), or a .db file "
    f"(default: the user data dir).",
)
@click.option("--rebuild", is_flag=True, help="Build the demo workspace again even if it exists.")
@click.option("--no-open", is_flag=True, help="Only build (or find) the workspace; open no window.")
@USER_OPTION
@SCREENSHOT_OPTION
def demo_cmd(
    path: Path | None, rebuild: bool, no_open: bool, user: str | None, screenshot: Path | None
) -> None:
    """Build a demo workspace from public datasets (Bitext, SGD) and open it.

    The demo is built once and reused; --rebuild makes it again from the data.
    """
    if no_open and screenshot is not None:
        raise click.UsageError("use either --no-open or --screenshot, not both")
    if not no_open:
        ensure_display("labeldesk demo", screenshot)
    target = demo_path(path)
    _build_or_reuse(target, rebuild)
    from labeldesk.demo import ATTRIBUTION

    click.echo(ATTRIBUTION)
    if no_open:
        click.echo(f"open it with: labeldesk gui --workspace {target}")
        return
    open_app(str(target), screenshot, user)


def demo_path(path: Path | None) -> Path:
    """The demo workspace file: ``--path`` (a folder or a .db file), else the user data dir."""
    if path is None:
        from platformdirs import user_data_path

        return user_data_path("labeldesk", appauthor=False) / DEMO_FILE_NAME
    path = path.expanduser()
    return path if path.suffix == ".db" and not path.is_dir() else path / DEMO_FILE_NAME


def _build_or_reuse(target: Path, rebuild: bool) -> None:
    """Build the demo workspace at ``target`` unless one is there and no rebuild is asked."""
    from labeldesk.demo import build_demo_workspace, demo_is_current, shared_data_dir
    from labeldesk.storage.db import workspace_exists

    if not rebuild and workspace_exists(target):
        if demo_is_current(target):
            click.echo(f"using the demo workspace at {target} (--rebuild to make it again)")
            return
        click.echo(f"the demo workspace at {target} is from an older LabelDesk; building it again")
    click.echo(f"building the demo workspace at {target} from {shared_data_dir()}")
    with progress_bar("importing the demo data", unit="B") as progress:
        build_demo_workspace(target, progress)
    click.echo(f"built the demo workspace at {target}")
