"""Progress reporting for long work (import, export, sync), shared by the CLI and the UI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """How far a long job has come.

    ``total`` is None when it is not known up front (a streamed file of unknown length);
    ``unit`` names what is counted ("conversations", "bytes").
    """

    done: int
    total: int | None
    unit: str = "items"
    message: str = ""


#: Called with each progress step. It may raise :class:`labeldesk.errors.CancelledError`
#: to stop the job; the job then rolls back and changes nothing.
ProgressCallback = Callable[[Progress], None]


def no_progress(_progress: Progress) -> None:
    """Ignore progress (the default for callers that don't show it)."""
