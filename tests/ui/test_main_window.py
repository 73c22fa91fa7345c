"""``labeldesk demo`` and ``labeldesk gui`` as a user runs them: real processes, real windows."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from labeldesk.demo import ATTRIBUTION
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui


# -- the commands, run as a user runs them ------------------------------------------------


def labeldesk(
    *args: str, env: dict[str, str] | None = None, wrapper: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Run ``labeldesk ARGS`` in a new process (under ``wrapper``, such as xvfb-run)."""
    cmd = [*wrapper, sys.executable, "-m", "labeldesk", *args]
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )


def headless_env(config: Path, **extra: str) -> dict[str, str]:
    """This environment with no display and no Qt platform chosen, settings in ``config``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return {**env, "LABELDESK_CONFIG": str(config), **extra}


def distinct_colours(png: Path) -> int:
    """How many distinct colours a PNG has, on a grid of every 4th pixel."""
    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not a readable image"
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A full demo workspace built by ``labeldesk demo --no-open``, and the command's output."""
    folder = tmp_path_factory.mktemp("demo")
    proc = labeldesk(
        "demo", "--no-open", "--path", str(folder), env=headless_env(folder / "ui.ini")
    )
    assert proc.returncode == 0, proc.stderr
    return folder, proc.stdout


@pytest.mark.slow
def test_demo_no_open_builds_the_batches_from_the_shared_data(
    demo_dir: tuple[Path, str], shared_data: Path
) -> None:
    folder, output = demo_dir
    with Workspace.open(folder / "demo.db") as ws:
        stats = ws.stats.summary()
    counts = {b.name: b.conversations for b in stats.batches}
    assert counts["bitext-support"] == sum(
        1 for _ in (shared_data / "bitext_customer_support.jsonl").open()
    )
    assert counts["sgd-dialogues"] == sum(1 for _ in (shared_data / "sgd_sample.jsonl").open())
    assert counts["multilingual-chats"] > 50
    assert ATTRIBUTION in output
    assert "labeldesk gui --workspace" in output


@pytest.mark.slow
def test_demo_is_reused_unless_rebuilt(demo_dir: tuple[Path, str]) -> None:
    folder, _ = demo_dir
    proc = labeldesk(
        "demo", "--no-open", "--path", str(folder), env=headless_env(folder / "ui.ini")
    )
    assert proc.returncode == 0, proc.stderr
    assert "using the demo workspace" in proc.stdout


@pytest.mark.slow
def test_a_demo_from_an_older_version_is_built_again(tmp_path: Path) -> None:
    old = tmp_path / "demo.db"
    Workspace.open(old, create=True).close()  # a workspace with no demo version in it
    proc = labeldesk(
        "demo", "--no-open", "--path", str(tmp_path), env=headless_env(tmp_path / "ui.ini")
    )
    assert proc.returncode == 0, proc.stderr
    assert "from an older LabelDesk; building it again" in proc.stdout
    with Workspace.open(old) as ws:
        assert ws.users.find("Anong").languages == ("th", "en")
        assert ws.queue.count(ws.users.find("Anong")) > 0


@pytest.mark.slow
def test_demo_screenshot_under_a_real_x_server(
    demo_dir: tuple[Path, str], tmp_path: Path, qapp
) -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth; ./run test does it)")
    folder, _ = demo_dir
    png = tmp_path / "out.png"
    proc = labeldesk(
        "demo",
        "--path",
        str(folder),
        "--user",
        "Anong",
        "--screenshot",
        str(png),
        env=headless_env(tmp_path / "ui.ini", QT_QPA_PLATFORM="xcb"),
        wrapper=("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"),
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "could not load the Qt platform plugin" not in proc.stderr.lower()
    assert png.stat().st_size > 10_000
    assert distinct_colours(png) > 50


@pytest.mark.slow
def test_demo_screenshot_with_no_display_draws_offscreen(
    demo_dir: tuple[Path, str], tmp_path: Path, qapp
) -> None:
    folder, _ = demo_dir
    png = tmp_path / "offscreen.png"
    proc = labeldesk(
        "demo",
        "--path",
        str(folder),
        "--user",
        "Wei",
        "--screenshot",
        str(png),
        env=headless_env(tmp_path / "ui.ini"),
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert distinct_colours(png) > 50


@pytest.mark.slow
def test_first_launch_asks_who_is_working_and_remembers(
    demo_dir: tuple[Path, str], tmp_path: Path, qapp
) -> None:
    folder, _ = demo_dir
    config = tmp_path / "ui.ini"
    asked = tmp_path / "asked.png"
    proc = labeldesk(
        "demo", "--path", str(folder), "--screenshot", str(asked), env=headless_env(config)
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert QImage(str(asked)).width() < 1000  # the profile dialog, not the main window
    labeldesk(
        "demo", "--path", str(folder), "--user", "Linh", "--screenshot", str(tmp_path / "a.png"),
        env=headless_env(config),
    )
    again = tmp_path / "again.png"
    proc = labeldesk(
        "demo", "--path", str(folder), "--screenshot", str(again), env=headless_env(config)
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert QImage(str(again)).width() >= 1000  # Linh was remembered: straight to work


@pytest.mark.parametrize("command", [("demo",), ("gui",)])
def test_no_display_prints_how_to_run_it(command: tuple[str, ...], tmp_path: Path) -> None:
    args = ("--path", str(tmp_path)) if command == ("demo",) else ("-w", str(tmp_path / "x.db"))
    proc = labeldesk(*command, *args, env=headless_env(tmp_path.parent / "ui.ini"))
    assert proc.returncode == 2  # a user error: not a crash (70) and not a signal (< 0)
    assert "xvfb-run -a labeldesk" in proc.stderr
    assert "--screenshot" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr
    assert not any(tmp_path.iterdir())  # nothing was built before giving up


def test_first_launch_creates_the_default_workspace(tmp_path: Path) -> None:
    env = headless_env(tmp_path / "ui.ini", XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("LABELDESK_WORKSPACE", None)
    png = tmp_path / "first.png"
    proc = labeldesk("gui", "--screenshot", str(png), env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "created a new workspace" in proc.stdout
    assert (tmp_path / "data" / "labeldesk" / "workspace.db").exists()
    assert distinct_colours(png) > 5
    again = labeldesk("gui", "--screenshot", str(png), env=env)
    assert again.returncode == 0
    assert "created" not in again.stdout


def test_a_missing_explicit_workspace_is_not_created(tmp_path: Path) -> None:
    proc = labeldesk("gui", "-w", str(tmp_path / "typo.db"), "--screenshot",
                     str(tmp_path / "x.png"), env=headless_env(tmp_path / "ui.ini"))
    assert proc.returncode == 2
    assert "labeldesk init" in proc.stderr
    assert not (tmp_path / "typo.db").exists()
