"""BackgroundCalls shuts down cleanly: running calls finish, nothing new starts.

Destroying the pool from C++ waits for running calls while holding Python's GIL; a call that
still needs the GIL (any Python code) then never ends. ``shutdown`` waits with the GIL
released, so the owner can be destroyed right after.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from labeldesk.ui.workers import BackgroundCalls

pytestmark = pytest.mark.gui


def test_shutdown_waits_for_a_python_call_then_starts_nothing(qapp) -> None:
    owner = QObject()
    calls = BackgroundCalls(owner)
    started = threading.Event()
    finished: list[int] = []

    def busy() -> int:
        started.set()
        total = 0
        for i in range(2_000_000):  # pure Python: needs the GIL all along
            total += i
        finished.append(total)
        return total

    calls.call("busy", busy, lambda _result: None)
    assert started.wait(10)
    calls.shutdown()  # returns only once the call has ended (it needed the GIL to end)
    assert finished == [sum(range(2_000_000))]
    calls.call("later", lambda: finished.append(-1), lambda _result: None)
    calls.shutdown()
    assert finished == [sum(range(2_000_000))]  # nothing started after shutdown
    owner.deleteLater()
