"""Killing the app at any moment loses no annotation it said was saved (a real process, kill -9)."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from labeldesk.storage.models import Annotation, AnnotationRevision
from labeldesk.workspace import Workspace

pytestmark = [pytest.mark.gui, pytest.mark.slow]

DRIVER = Path(__file__).with_name("app_driver.py")

#: Longest wait for the app's next line before the test gives up (it never should).
LINE_TIMEOUT_S = 60


def saved_revisions(ws: Workspace) -> set[tuple[str, int]]:
    """(assignment id, revision number) of every revision in the workspace."""
    with ws.db.sessions() as s:
        rows = s.execute(
            select(Annotation.assignment_id, AnnotationRevision.number).join(
                Annotation, Annotation.id == AnnotationRevision.annotation_id
            )
        )
        return {(a, n) for a, n in rows}


def start_app(folder: Path) -> tuple[subprocess.Popen[str], queue.Queue[str]]:
    """Start the labelling app in its own process; its output lines arrive on a queue."""
    proc = subprocess.Popen(
        [
            sys.executable,
            str(DRIVER),
            str(folder / "ws.db"),
            str(folder / "ui.ini"),
            "Anong",
            "cancel order",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put("")  # end of output

    threading.Thread(target=pump, daemon=True).start()
    return proc, lines


@pytest.mark.parametrize("kill_after", [1, 4, 7])
def test_kill_9_while_labelling_loses_nothing_said_saved(labelling_ws, tmp_path, kill_after):
    labelling_ws.ws.close()
    proc, lines = start_app(tmp_path)
    said_saved: list[tuple[str, int]] = []
    output: list[str] = []
    # Kill right after a save was reported, or a few saves later in the middle of the next one.
    target = kill_after + random.Random(kill_after).randrange(0, 3)
    try:
        while len(said_saved) < target:
            line = lines.get(timeout=LINE_TIMEOUT_S)
            output.append(line)
            if not line or line.startswith("done") or line.startswith("Traceback"):
                break  # the end, or an error: the app would retry the same submit forever
            if line.startswith("saved "):
                _, assignment, revision = line.split()
                said_saved.append((assignment, int(revision)))
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert len(said_saved) >= kill_after, "".join(output)
    reopened = Workspace.open(tmp_path / "ws.db")
    try:
        on_disk = saved_revisions(reopened)
        with reopened.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.close()
    assert set(said_saved) <= on_disk
