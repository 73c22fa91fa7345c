"""A killed import (kill -9 in the middle of writing) leaves the workspace as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from sqlalchemy import func, select, text

from labeldesk.storage.models import AuditEntry, Batch, Conversation, Turn
from labeldesk.workspace import Workspace

N_CONVERSATIONS = 50_000


def generate(path: Path, n: int) -> None:
    """n conversations of 8 turns, different texts, customer turns in a few languages."""
    customer = ["where is my parcel number {i}", "saya mahu tukar alamat {i}",
                "ขอเปลี่ยนที่อยู่จัดส่ง {i}", "tôi muốn hủy đơn hàng {i}"]
    with path.open("wb") as f:
        for i in range(n):
            turns = [
                {"speaker": "customer", "text": customer[i % 4].format(i=i)} if j % 2 == 0
                else {"speaker": "agent", "text": f"let me check {i}-{j}"}
                for j in range(8)
            ]
            f.write(orjson.dumps({"id": f"gen-{i}", "turns": turns, "labels": ["x"]}) + b"\n")


def workers_of(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (the language-detection worker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killed_import_leaves_workspace_unchanged_and_reimport_works(tmp_path):
    ws_path = tmp_path / "ws.db"
    Workspace.open(ws_path, create=True).close()
    data = tmp_path / "big.jsonl"
    generate(data, N_CONVERSATIONS)
    wal = Path(str(ws_path) + "-wal")
    wal_before = wal.stat().st_size if wal.exists() else 0
    # A small page cache makes SQLite spill the uncommitted transaction to the WAL early.
    env = {**os.environ, "LABELDESK_IMPORT_CACHE_MB": "4"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "labeldesk", "import", str(data), "--batch", "big",
         "-w", str(ws_path)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not (wal.exists() and wal.stat().st_size > wal_before + 8 * 2**20):
            assert proc.poll() is None, f"import ended before it was killed: {proc.communicate()}"
            assert time.monotonic() < deadline, "the WAL never grew"
            time.sleep(0.02)
        workers = workers_of(proc.pid)
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)  # reap it and close its pipes
    assert proc.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10  # the detection worker notices and exits too
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(w) for w in workers)

    with Workspace.open(ws_path) as ws, ws.db.sessions() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        for model in (Batch, Conversation, Turn, AuditEntry):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model.__name__

    done = subprocess.run(
        [sys.executable, "-m", "labeldesk", "import", str(data), "--batch", "big",
         "-w", str(ws_path), "--no-detect-language"],
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert f"imported {N_CONVERSATIONS:,} conversations" in done.stdout
    with Workspace.open(ws_path) as ws, ws.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Turn)) == 8 * N_CONVERSATIONS
