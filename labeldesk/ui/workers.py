"""Run short service calls on worker threads and deliver the results on the GUI thread."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)

log = logging.getLogger(__name__)


class _CallSignals(QObject):
    """Carries a background call's outcome back to the GUI thread."""

    finished = Signal(str, int, object)
    failed = Signal(str, int, str)


class _Call(QRunnable):
    """Runs one function on a pool thread and reports through :class:`_CallSignals`."""

    def __init__(self, signals: _CallSignals, key: str, token: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._signals, self._key, self._token, self._fn = signals, key, token, fn

    def run(self) -> None:
        """Override QRunnable.run: call the function, emit its result or its error."""
        try:
            result = self._fn()
        except Exception as exc:
            log.exception("background call %r failed", self._key)
            self._signals.failed.emit(self._key, self._token, str(exc))
        else:
            self._signals.finished.emit(self._key, self._token, result)


class BackgroundCalls(QObject):
    """Runs service calls off the GUI thread; only the newest call per key is delivered.

    Each service call opens its own session, so calls are safe on any thread. Results come
    back on the GUI thread through ``on_done`` (or ``on_failed`` with the error text). Calls
    with the same key run one at a time: a call made while one runs waits for it, replacing
    any call that was already waiting, and the superseded result is dropped. So a burst of
    requests (a submit every second while counting takes two) costs two runs, not a queue.

    Parameters
    ----------
    parent
        The owner; its destruction waits for running calls.
    threads
        How many calls (with different keys) may run at once.
    """

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # first child: destroyed (and joined) first
        self._pool.setMaxThreadCount(threads)
        self._signals = _CallSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._tokens: dict[str, int] = {}
        self._handlers: dict[str, tuple[Callable[[Any], None], Callable[[str], None] | None]] = {}
        self._running: set[str] = set()
        self._waiting: dict[str, tuple[int, Callable[[], Any]]] = {}
        self._closed = False

    def call(
        self,
        key: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``fn()`` on a worker thread; give its result to ``on_done`` on this thread.

        After :meth:`shutdown` nothing more is started.
        """
        if self._closed:
            return
        token = self._tokens.get(key, 0) + 1
        self._tokens[key] = token
        self._handlers[key] = (on_done, on_failed)
        if key in self._running:
            self._waiting[key] = (token, fn)
        else:
            self._start(key, token, fn)

    def wait(self, msecs: int = -1) -> bool:
        """Wait until every call has run and been delivered (-1: no limit); False on timeout.

        Results are delivered from inside this call, and calls waiting behind a running one
        are started and waited for too. For shutdown and tests.
        """
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        while self._running:
            left = -1 if deadline is None else max(0, int((deadline - time.monotonic()) * 1000))
            if not self._pool.waitForDone(left):
                return False
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall.value)
        return True

    def shutdown(self) -> None:
        """Start nothing more, drop waiting calls, and wait for the running ones to end.

        Call it before the owner is destroyed: waiting here releases Python's GIL, which a
        worker may need to finish, whereas the pool's C++ destructor waits holding it (a
        deadlock when a call is still running).
        """
        self._closed = True
        self._waiting.clear()
        self._pool.waitForDone()

    def _start(self, key: str, token: int, fn: Callable[[], Any]) -> None:
        """Start one call on the pool."""
        self._running.add(key)
        self._pool.start(_Call(self._signals, key, token, fn))

    def _next(self, key: str) -> None:
        """A call with ``key`` ended: start the one waiting behind it, if any."""
        self._running.discard(key)
        waiting = self._waiting.pop(key, None)
        if waiting is not None:
            self._start(key, *waiting)

    @Slot(str, int, object)
    def _on_finished(self, key: str, token: int, result: object) -> None:
        """Deliver a result unless a newer call with the same key superseded it."""
        self._next(key)
        if self._tokens.get(key) == token:
            self._handlers[key][0](result)

    @Slot(str, int, str)
    def _on_failed(self, key: str, token: int, error: str) -> None:
        """Deliver an error unless a newer call with the same key superseded it."""
        self._next(key)
        handler = self._handlers[key][1]
        if self._tokens.get(key) == token and handler is not None:
            handler(error)
