"""Run reads of a SQLite workspace in worker processes, so that two cores read at once.

Two SQLite connections on two threads of one process scan a large table no faster than one
connection does: measured on this project's 2-core machine, each of two threads took 0.57 s
to concatenate half the annotations of the quality bench, against 0.19 s alone and 0.2 s
each in two processes (see ``bench/results/quality.md``). So the quality read hands parts
of its work (a rowid range of the annotations, the review and gold tables) to worker
processes.

A worker is ``python -m labeldesk.review.read_worker``, started on first use and kept for the
life of the process (at most :data:`MAX_WORKERS`): a fresh interpreter, so it neither forks
the app's threads nor imports the caller's main module (as :mod:`multiprocessing` would).
Tasks and results are pickled over its stdin and stdout, one task at a time. It opens a new
connection for each task, so it keeps no file open between tasks, and exits when its stdin
closes. If no worker can take a task (they are off, did not start, or died), the caller
runs it itself. ``LABELDESK_READ_WORKER=0`` turns them off.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from labeldesk.review.columns import Col, Reader, read_columns

#: Most worker processes at once (each runs one task at a time).
MAX_WORKERS = 2


def enabled() -> bool:
    """Whether tasks may go to worker processes (``LABELDESK_READ_WORKER`` is not 0)."""
    return os.environ.get("LABELDESK_READ_WORKER", "1") != "0"


class WorkerGone(Exception):
    """The worker process died or could not start."""


@dataclass(frozen=True)
class Task:
    """``fn(connection, *args)`` on a new connection to the SQLite database at ``url``.

    ``fn`` must be a module-level function (tasks are pickled by reference) and its
    arguments and result picklable.
    """

    url: str
    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()

    def run(self) -> Any:  # noqa: ANN401 - whatever fn returns
        """Run it here (what the worker does)."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        engine = create_engine(self.url, poolclass=NullPool, connect_args={"timeout": 10})
        try:
            with engine.connect() as conn:
                return self.fn(conn, *self.args)
        finally:
            engine.dispose()


def read_part(  # noqa: PLR0917 - a task's arguments travel as a tuple
    r: Reader,
    table: str,
    cols: Sequence[Col],
    where: str,
    params: dict[str, Any],
    rowids: tuple[int, int],
    join: str = "",
) -> dict[str, Any]:
    """:func:`labeldesk.review.columns.read_columns` of one rowid range (a task's ``fn``)."""
    return read_columns(r, table, cols, where=where, params=params, rowids=rowids, join=join)


def _child_env() -> dict[str, str]:
    """The worker's environment: this one, with this copy of LabelDesk first on its path."""
    root = str(Path(__file__).resolve().parents[2])
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "LABELDESK_READ_WORKER": "0"}


class _Worker:
    """A worker process and the pipes to it."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "labeldesk.review.read_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_child_env(),
        )

    def call(self, task: Task) -> Any:  # noqa: ANN401 - the task's result
        """Run one task there and wait for its result; WorkerGone if the process is gone,
        or the error the task raised there."""
        stdin, stdout = self.proc.stdin, self.proc.stdout
        if stdin is None or stdout is None or self.proc.poll() is not None:
            raise WorkerGone
        try:
            pickle.dump(task, stdin, protocol=pickle.HIGHEST_PROTOCOL)
            stdin.flush()
            ok, value = pickle.load(stdout)
        except (OSError, EOFError, pickle.UnpicklingError) as exc:
            raise WorkerGone from exc
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Close its stdin (it exits) and wait a moment for it."""
        if self.proc.stdin is not None:
            with contextlib.suppress(OSError):  # a dead worker's pipe may be broken
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()


class _Pool:
    """Up to :data:`MAX_WORKERS` workers, started when needed; a task waits for an idle one."""

    def __init__(self) -> None:
        self._ready = threading.Condition()
        self._idle: list[_Worker] = []
        self._started = 0

    def take(self) -> _Worker:
        """An idle worker, or a new one while there are fewer than the most; WorkerGone if
        one cannot start."""
        with self._ready:
            while not self._idle and self._started >= MAX_WORKERS:
                self._ready.wait()
            if self._idle:
                return self._idle.pop()
            self._started += 1
        try:
            return _Worker()
        except OSError as exc:
            self.lose()
            raise WorkerGone from exc

    def give_back(self, worker: _Worker) -> None:
        """A worker is idle again."""
        with self._ready:
            self._idle.append(worker)
            self._ready.notify()

    def lose(self, worker: _Worker | None = None) -> None:
        """A worker died (or never started): a new one may start in its place."""
        with self._ready:
            self._started -= 1
            self._ready.notify()
        if worker is not None:
            worker.close()

    def close(self) -> None:
        """Stop the idle workers (busy ones stop when their caller's process exits)."""
        with self._ready:
            idle, self._idle = self._idle, []
            self._started -= len(idle)
        for worker in idle:
            worker.close()


_pool = _Pool()


@atexit.register
def shutdown() -> None:
    """Stop the worker processes that are idle (all of them, at exit)."""
    _pool.close()


def run_in_worker(task: Task) -> tuple[bool, Any]:
    """``(True, task.run())`` run by a worker process (the calling thread waits on the
    pipe), or ``(False, None)`` if no worker could take it: the caller runs it itself."""
    if not enabled():
        return False, None
    for _attempt in range(MAX_WORKERS + 1):  # idle workers may have died since: try another
        try:
            worker = _pool.take()
        except WorkerGone:
            return False, None
        try:
            result = worker.call(task)
        except WorkerGone:
            _pool.lose(worker)
            continue
        except BaseException:
            _pool.give_back(worker)  # the task failed there; the worker is fine
            raise
        _pool.give_back(worker)
        return True, result
    return False, None


def _serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    """A worker's loop: read a task, reply ``(True, result)`` or ``(False, error)``, until
    stdin closes."""
    while True:
        try:
            task = pickle.load(stdin)
        except EOFError:
            return
        try:
            reply: tuple[bool, Any] = (True, task.run())
        except Exception as exc:
            reply = (False, exc)
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            data = pickle.dumps((False, RuntimeError(f"cannot send the result back: {exc}")))
        stdout.write(data)
        stdout.flush()


if __name__ == "__main__":
    _serve(sys.stdin.buffer, sys.stdout.buffer)
