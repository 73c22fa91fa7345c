"""A hub for tests: a workspace on any database with users and tokens, served for real.

``build_hub(url, folder)`` makes the lead's side: the shared Bitext taxonomy, the
five-language chats of :mod:`labelling_data` (batch ``chats``), the hidden gold items of
:mod:`qa_data` (batch ``gold``), the labellers of :mod:`labelling_data`, a reviewer Maria
for every language and the lead Dana, each with a token, and the chats assigned with
overlap (and gold when asked).

``HubProcess`` runs ``labeldesk hub serve`` as a real process on 127.0.0.1 (it can be
killed and restarted); ``hub_thread`` runs the same app in a thread of the test process,
for the many tests that need no process to kill. Both are real HTTP servers.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from labelling_data import LABELLERS, SHARED, write_chats
from qa_data import add_predictions, write_gold

from labeldesk.ingest.importer import ImportOptions
from labeldesk.labelling.dto import Answer, Profile, QueueFilter
from labeldesk.review.assignment import assign_batch
from labeldesk.storage.models import Role
from labeldesk.sync.auth import HubUserService
from labeldesk.workspace import Workspace

REVIEWER = "Maria"
LEAD = "Dana"
ALL_LANGUAGES = ("en", "th", "zh", "vi", "id")


@dataclass(frozen=True)
class HubWorld:
    """A hub's database URL and every user's token."""

    url: str
    tokens: dict[str, str]


def build_hub(
    url: str,
    folder: Path,
    *,
    per_language: int = 6,
    overlap: float = 1.0,
    gold: float = 0.0,
) -> HubWorld:
    """Make the hub's workspace at ``url`` (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    ws = Workspace.open(url, create=True)
    try:
        ws.taxonomy.import_file(SHARED / "bitext_taxonomy.csv", name="bitext")
        chats = folder / "chats.jsonl"
        write_chats(chats, per_language)
        add_predictions(chats)
        ws.importer.import_file(chats, ImportOptions(batch="chats", taxonomy="bitext"))
        gold_file = folder / "gold.jsonl"
        write_gold(gold_file)
        ws.importer.import_file(gold_file, ImportOptions(batch="gold", taxonomy="bitext"))
        users = HubUserService(ws.db)
        tokens = {}
        for name, languages in LABELLERS.items():
            tokens[name] = users.add(name, Role.LABELLER, list(languages))[1]
        tokens[REVIEWER] = users.add(REVIEWER, Role.REVIEWER, list(ALL_LANGUAGES))[1]
        tokens[LEAD] = users.add(LEAD, Role.LEAD, ["en"])[1]
        assign_batch(
            ws.db, "chats", list(LABELLERS), overlap=overlap, per_item=2, gold=gold, seed=7
        )
    finally:
        ws.close()
    return HubWorld(url, tokens)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(base: str, timeout: float = 60.0) -> None:
    """Wait until ``base``/health answers 200; RuntimeError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the hub at {base} did not come up in {timeout} s")


class HubProcess:
    """``labeldesk hub serve`` in a child process on 127.0.0.1, with its log in a file."""

    def __init__(self, location: str, log: Path, *, port: int | None = None) -> None:
        self.location, self.log_path = location, log
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The hub's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HubProcess:
        """Start the hub and wait until it is healthy."""
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "labeldesk",
                    "hub",
                    "serve",
                    "--workspace",
                    self.location,
                    "--port",
                    str(self.port),
                    "--log-level",
                    "warning",
                ],
                stdout=log,
                stderr=log,
                env=env,
            )
        wait_healthy(self.url)
        return self

    def kill(self) -> None:
        """SIGKILL the hub (no clean shutdown) and reap it."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        """Stop the hub cleanly (SIGTERM), or kill it if it does not stop."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        """Everything the hub wrote so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def __enter__(self) -> HubProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def hub_thread(location: str) -> Iterator[str]:
    """Serve the hub app in a thread on a free port; yields its base URL."""
    import uvicorn

    from labeldesk.sync.hub import create_app

    app = create_app(location)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the hub thread did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def profile(ws: Workspace, name: str) -> Profile:
    """The local profile named ``name``."""
    return ws.users.find(name)


def label_queue(ws: Workspace, name: str, label: str | None = None, limit: int = 10_000) -> int:
    """Submit an answer for every item of ``name``'s queue; how many were submitted.

    Every item gets ``label`` (default: ``ORDER>cancel_order``).
    """
    user = profile(ws, name)
    rows = ws.queue.page(user, QueueFilter(), limit=limit)
    for row in rows:
        ws.labelling.submit(
            user, row.assignment_id, Answer(labels=(label or "ORDER>cancel_order",))
        )
    return len(rows)
