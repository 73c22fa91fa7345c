"""Read part of a SQLite table in a worker process, so that two cores scan at once.

Two SQLite connections on two threads of one process scan a large table no faster than one
connection does: measured on this project's 2-core machine, each of two threads took 0.57 s
to concatenate half the annotations of the quality bench, against 0.19 s alone and 0.2 s
each in two processes (see ``bench/results/quality.md``). So the quality read hands one
part of the annotation table to a worker process.

The worker is ``python -m labeldesk.review.read_worker``, started on first use and kept for
the life of the process: a fresh interpreter, so it neither forks the app's threads nor
imports the caller's main module (as :mod:`multiprocessing` would). Requests and replies are
pickled over its stdin and stdout, one at a time. It opens a new connection for each read,
so it keeps no file open between reads, and it exits when its stdin closes. If it cannot
take a read (it is off, did not start, or died), the caller reads the part itself.
``LABELDESK_READ_WORKER=0`` turns it off.
"""

from __future__ import annotations

import atexit
import os
import pickle
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from labeldesk.review.columns import Col, read_columns


def enabled() -> bool:
    """Whether reads may go to the worker process (``LABELDESK_READ_WORKER`` is not 0)."""
    return os.environ.get("LABELDESK_READ_WORKER", "1") != "0"


class WorkerGone(Exception):
    """The worker process died or could not start."""


def _child_env() -> dict[str, str]:
    """The worker's environment: this one, with this copy of LabelDesk first on its path."""
    root = str(Path(__file__).resolve().parents[2])
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "LABELDESK_READ_WORKER": "0"}


class _Worker:
    """The worker process and the pipes to it; one request at a time."""

    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "labeldesk.review.read_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_child_env(),
        )
        self._lock = threading.Lock()

    def call(self, request: Part) -> dict[str, Any]:
        """Send one read and wait for its columns; WorkerGone if the process is gone, or
        the error the read raised there."""
        with self._lock:
            stdin, stdout = self._proc.stdin, self._proc.stdout
            if stdin is None or stdout is None or self._proc.poll() is not None:
                raise WorkerGone
            try:
                pickle.dump(request, stdin, protocol=pickle.HIGHEST_PROTOCOL)
                stdin.flush()
                ok, value = pickle.load(stdout)
            except (OSError, EOFError, pickle.UnpicklingError) as exc:
                raise WorkerGone from exc
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Close its stdin (it exits) and wait a moment for it."""
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()


_lock = threading.Lock()
_worker: _Worker | None = None


def _get() -> _Worker:
    """The worker, started on first use (again after it died)."""
    global _worker
    with _lock:
        if _worker is None:
            try:
                _worker = _Worker()
            except OSError as exc:
                raise WorkerGone from exc
        return _worker


def _drop(worker: _Worker) -> None:
    """Forget a dead worker, so the next read starts a new one."""
    global _worker
    with _lock:
        if _worker is worker:
            _worker = None
    worker.close()


@atexit.register
def shutdown() -> None:
    """Stop the worker process, if one was started."""
    global _worker
    with _lock:
        worker, _worker = _worker, None
    if worker is not None:
        worker.close()


@dataclass(frozen=True)
class Part:
    """One rowid range of a table's columns to read from the SQLite database at ``url``
    (the arguments of :func:`labeldesk.review.columns.read_columns`)."""

    url: str
    table: str
    cols: tuple[Col, ...]
    where: str
    params: dict[str, Any]
    rowids: tuple[int, int]
    join: str = ""

    def read(self) -> dict[str, Any]:
        """Read it on a new connection (what the worker runs)."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        engine = create_engine(self.url, poolclass=NullPool, connect_args={"timeout": 10})
        try:
            with engine.connect() as conn:
                return read_columns(
                    conn,
                    self.table,
                    self.cols,
                    where=self.where,
                    params=self.params,
                    rowids=self.rowids,
                    join=self.join,
                )
        finally:
            engine.dispose()


def read_in_worker(part: Part) -> dict[str, Any] | None:
    """``part.read()`` run by the worker process (the calling thread waits on the pipe);
    None if the worker is off or gone, for the caller to read the part itself."""
    if not enabled():
        return None
    try:
        worker = _get()
    except WorkerGone:
        return None
    try:
        return worker.call(part)
    except WorkerGone:
        _drop(worker)
        return None


def _serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    """The worker's loop: read a request, reply ``(True, columns)`` or ``(False, error)``,
    until stdin closes."""
    while True:
        try:
            request = pickle.load(stdin)
        except EOFError:
            return
        try:
            reply: tuple[bool, Any] = (True, request.read())
        except Exception as exc:
            reply = (False, exc)
        try:
            pickle.dump(reply, stdout, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            pickle.dump((False, RuntimeError(repr(reply[1]))), stdout)
        stdout.flush()


if __name__ == "__main__":
    _serve(sys.stdin.buffer, sys.stdout.buffer)
