"""Language detection for an import: in this process, or in a worker process for big files.

Detection is pure Python and numpy, so a thread would fight the reader for the GIL; a worker
process runs it on the other core while this process reads, checks and writes. Results are
the same either way (a text's detection does not depend on its batch), so imports stay
deterministic. If the worker cannot start or dies, detection falls back to this process.

On Linux the worker is forked (fast, and no re-import of ``__main__``), before the import
starts its writer thread; elsewhere it is spawned, which needs the usual
``if __name__ == "__main__"`` guard in scripts that import.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from labeldesk.langid import LanguageDetector
    from labeldesk.workspace import Workspace

Detected = list[tuple[str, float]]

#: Most worker processes an import starts for language detection.
MAX_WORKERS = 2

#: How much lower the workers' CPU priority is than the importing process's.
WORKER_NICENESS = 10

_worker_detector: LanguageDetector | None = None


def make_detector(ws: Workspace) -> LanguageDetector:
    """A detector for the workspace's expected languages and confidence threshold."""
    from labeldesk.langid import LanguageDetector

    expected = ws.get_setting("expected_languages")
    minimum = ws.get_setting("language_min_confidence")
    if minimum is None:
        return LanguageDetector(expected)
    return LanguageDetector(expected, min_confidence=minimum)


def _init_worker(detector: LanguageDetector, parent: int) -> None:
    global _worker_detector
    _worker_detector = detector
    _lower_priority()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _lower_priority() -> None:
    """Yield the CPU to the importing process, the import's critical path.

    With as many workers as cores, they would otherwise preempt the reader a third of the
    time; niced, they still get every cycle it leaves idle.
    """
    with contextlib.suppress(AttributeError, OSError):  # no nice() (Windows), or not allowed
        os.nice(WORKER_NICENESS)


def _exit_with_parent(parent: int) -> None:
    """End this worker when the importing process is gone (e.g. killed with -9).

    A forked worker holds its own copy of the task pipe's write end, so it would otherwise
    wait on the pipe for ever.
    """
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _detect_in_worker(texts: Sequence[str]) -> Detected:
    assert _worker_detector is not None
    return [(d.language, d.confidence) for d in _worker_detector.detect_many(texts)]


class ChunkDetector:
    """Detects each chunk's languages, in a worker process once :meth:`go_parallel` is called."""

    def __init__(self, detector: LanguageDetector) -> None:
        self.detector = detector
        self._pool: ProcessPoolExecutor | None = None

    def go_parallel(self, workers: int | None = None) -> None:
        """Send chunks to worker processes from now on; they are started right away.

        ``workers`` defaults to the number of CPUs, at most :data:`MAX_WORKERS`: while the
        importing process waits for languages, the workers have every core.
        """
        if self._pool is None:
            method = "fork" if sys.platform.startswith("linux") else "spawn"
            n = workers or int(os.environ.get("LABELDESK_DETECT_WORKERS", "0")) or min(
                MAX_WORKERS, os.cpu_count() or 1)
            self._pool = ProcessPoolExecutor(
                n,
                mp_context=multiprocessing.get_context(method),
                initializer=_init_worker,
                initargs=(self.detector, os.getpid()),
            )
            for _ in range(n):  # start them now (and load the model)
                self._pool.submit(_detect_in_worker, ["warm up"])

    def submit(self, texts: list[str]) -> Future[Detected] | Detected:
        """Start detecting ``texts``: a future from the worker, or the answer right away."""
        if self._pool is not None:
            try:
                return self._pool.submit(_detect_in_worker, texts)
            except RuntimeError:  # broken or shut down: fall back to this process
                self._pool = None
        return self.here(texts)

    def here(self, texts: Sequence[str]) -> Detected:
        """Detect ``texts`` in this process."""
        return [(d.language, d.confidence) for d in self.detector.detect_many(texts)]

    def result(self, pending: Future[Detected] | Detected, texts: Sequence[str]) -> Detected:
        """The answer for a :meth:`submit`; recomputed here if the worker failed."""
        if not isinstance(pending, Future):
            return pending
        try:
            return pending.result()
        except Exception:
            return self.here(texts)

    def close(self) -> None:
        """Stop the worker process, if one was started."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

