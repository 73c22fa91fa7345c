"""The main window on real workspaces, and ``labeldesk demo`` / ``gui`` as a user runs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import func, select

from labeldesk.demo import (
    ATTRIBUTION,
    DEMO_USERS,
    SCRIPT_SAMPLES,
    SHARED_DATA_ENV,
    build_demo_workspace,
)
from labeldesk.storage.models import User
from labeldesk.ui.app import window_content
from labeldesk.ui.qt_main_window import QtMainWindow, WindowContent
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

#: Conversations taken from each shared file for the small in-process workspace.
SMALL = {"bitext_customer_support.jsonl": 3, "sgd_sample.jsonl": 2}


@pytest.fixture
def small_demo(
    tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Workspace]:
    """A demo workspace built from the first few real conversations of each dataset."""
    data = tmp_path / "data"
    data.mkdir()
    for name in ("bitext_taxonomy.csv", "sgd_taxonomy.csv"):
        shutil.copy(shared_data / name, data / name)
    for name, n in SMALL.items():
        with (shared_data / name).open(encoding="utf-8") as src:
            lines = [next(src) for _ in range(n)]
        (data / name).write_text("".join(lines), encoding="utf-8")
    monkeypatch.setenv(SHARED_DATA_ENV, str(data))
    ws = Workspace.open(build_demo_workspace(tmp_path / "demo.db"))
    try:
        yield ws
    finally:
        ws.close()


def show(qtbot, ws: Workspace) -> QtMainWindow:
    """Open the main window on ``ws`` and wait until it is on screen."""
    window = QtMainWindow(window_content(ws))
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    return window


def bubble_texts(window: QtMainWindow) -> list[str]:
    """The text of every message bubble, top to bottom."""
    labels = [w for w in window.findChildren(QLabel) if w.objectName().startswith("bubble_")]
    return [w.text() for w in sorted(labels, key=lambda w: w.mapTo(window, w.rect().topLeft()).y())]


def test_window_lists_the_batches_with_counts_and_languages(qtbot, small_demo: Workspace) -> None:
    window = show(qtbot, small_demo)
    tree = window.batch_tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [(r.text(0), r.text(1)) for r in rows] == [
        ("bitext-support", "3"),
        ("sgd-dialogues", "2"),
    ]
    assert all(r.text(2).startswith("en ") for r in rows)
    assert window.windowTitle() == "LabelDesk — demo"
    path = str(Path(small_demo.location.removeprefix("sqlite:///")))
    assert window.statusBar().currentMessage() == f"Workspace: {path} · 5 conversations"


def test_window_shows_a_real_conversation_and_thai_and_chinese(
    qtbot, small_demo: Workspace, shared_data: Path
) -> None:
    window = show(qtbot, small_demo)
    texts = bubble_texts(window)
    first_customer_text = "how can I cancel purchase 113542617735902?"  # bitext row 1
    assert texts[0] == first_customer_text
    assert first_customer_text in (shared_data / "bitext_customer_support.jsonl").read_text()[:400]
    assert texts[-2:] == [s.text for s in SCRIPT_SAMPLES]
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in texts[-2])  # Thai block
    assert any("\u4e00" <= ch <= "\u9fff" for ch in texts[-1])  # CJK ideographs


def test_demo_data_is_credited_in_the_window(
    qtbot, small_demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show(qtbot, small_demo)
    footer = window.findChild(QLabel, "footer")
    assert footer is not None
    for licence in ("CDLA-Sharing-1.0", "CC BY-SA 4.0", "MIT"):
        assert licence in footer.text()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.findChild(QAction, "action_about").trigger()
    assert len(shown) == 1
    assert ATTRIBUTION in shown[0]


def test_empty_workspace_shows_no_batches_and_no_credit(qtbot, workspace: Workspace) -> None:
    window = show(qtbot, workspace)
    assert window.batch_tree.topLevelItemCount() == 0
    assert window.findChild(QLabel, "footer") is None
    assert window.statusBar().currentMessage().endswith("· 0 conversations")
    assert bubble_texts(window) == [s.text for s in SCRIPT_SAMPLES]


def test_demo_users_are_added(small_demo: Workspace) -> None:
    with small_demo.db.sessions() as s:
        names = set(s.scalars(select(User.name)))
        assert s.scalar(select(func.count()).select_from(User)) == len(DEMO_USERS)
    assert names == {name for name, _, _ in DEMO_USERS}


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


def headless_env(**extra: str) -> dict[str, str]:
    """This environment with no display and no Qt platform chosen, plus ``extra``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return {**env, **extra}


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
    proc = labeldesk("demo", "--no-open", "--path", str(folder), env=headless_env())
    assert proc.returncode == 0, proc.stderr
    return folder, proc.stdout


@pytest.mark.slow
def test_demo_no_open_builds_both_batches_from_the_shared_data(
    demo_dir: tuple[Path, str], shared_data: Path
) -> None:
    folder, output = demo_dir
    with Workspace.open(folder / "demo.db") as ws:
        stats = ws.stats.summary()
    expected = {
        "bitext-support": sum(1 for _ in (shared_data / "bitext_customer_support.jsonl").open()),
        "sgd-dialogues": sum(1 for _ in (shared_data / "sgd_sample.jsonl").open()),
    }
    assert {b.name: b.conversations for b in stats.batches} == expected
    assert ATTRIBUTION in output
    assert "labeldesk gui --workspace" in output


@pytest.mark.slow
def test_demo_is_reused_unless_rebuilt(demo_dir: tuple[Path, str]) -> None:
    folder, _ = demo_dir
    proc = labeldesk("demo", "--no-open", "--path", str(folder), env=headless_env())
    assert proc.returncode == 0, proc.stderr
    assert "using the demo workspace" in proc.stdout


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
        "--screenshot",
        str(png),
        env=headless_env(QT_QPA_PLATFORM="xcb"),
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
    proc = labeldesk("demo", "--path", str(folder), "--screenshot", str(png), env=headless_env())
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert distinct_colours(png) > 50


@pytest.mark.parametrize("command", [("demo",), ("gui",)])
def test_no_display_prints_how_to_run_it(command: tuple[str, ...], tmp_path: Path) -> None:
    args = ("--path", str(tmp_path)) if command == ("demo",) else ("-w", str(tmp_path / "x.db"))
    proc = labeldesk(*command, *args, env=headless_env())
    assert proc.returncode == 2  # a user error: not a crash (70) and not a signal (< 0)
    assert "xvfb-run -a labeldesk" in proc.stderr
    assert "--screenshot" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr
    assert not any(tmp_path.iterdir())  # nothing was built before giving up


def test_without_stats_the_window_shows_the_workspace_path(qtbot) -> None:
    content = WindowContent(workspace_name="ws", workspace_path="/data/ws.db")
    window = QtMainWindow(content)
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    captions = [w.text() for w in window.findChildren(QLabel) if w.objectName() == "caption"]
    assert "/data/ws.db" in captions
    assert window.statusBar().currentMessage() == "Workspace: /data/ws.db"
    assert window.batch_tree.topLevelItemCount() == 0


def test_first_launch_creates_the_default_workspace(tmp_path: Path) -> None:
    env = headless_env(XDG_DATA_HOME=str(tmp_path / "data"))
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
                     str(tmp_path / "x.png"), env=headless_env())
    assert proc.returncode == 2
    assert "labeldesk init" in proc.stderr
    assert not (tmp_path / "typo.db").exists()
