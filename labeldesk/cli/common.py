"""Pieces every command shares: the --workspace option, progress bars, JSON output."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click
import orjson

from labeldesk.progress import Progress, ProgressCallback
from labeldesk.workspace import WORKSPACE_ENV, Workspace

F = TypeVar("F", bound=Callable[..., Any])


def workspace_option(func: F) -> F:
    """Add ``--workspace/-w PATH|URL`` (env LABELDESK_WORKSPACE) to a command."""
    return click.option(
        "--workspace",
        "-w",
        "workspace",
        envvar=WORKSPACE_ENV,
        metavar="PATH|URL",
        help="Workspace file, sqlite:///path or postgresql://… (default: the user data dir).",
    )(func)


@contextmanager
def opened(location: str | None, *, create: bool = False) -> Iterator[Workspace]:
    """Open a workspace for the length of a command."""
    ws = Workspace.open(location, create=create)
    try:
        yield ws
    finally:
        ws.close()


@contextmanager
def progress_bar(desc: str, unit: str = "it") -> Iterator[ProgressCallback]:
    """A tqdm bar on stderr (rate and ETA) fed by a core job's progress callback.

    The bar is hidden when stderr is not a terminal, unless LABELDESK_PROGRESS=1.
    """
    import os

    from tqdm import tqdm

    disable = not (sys.stderr.isatty() or os.environ.get("LABELDESK_PROGRESS") == "1")
    bar = tqdm(desc=desc, unit=unit, unit_scale=True, dynamic_ncols=True, disable=disable)

    def update(p: Progress) -> None:
        if p.total is not None and bar.total != p.total:
            bar.total = p.total
        bar.update(p.done - bar.n)

    try:
        yield update
    finally:
        bar.close()


def echo_json(value: Any) -> None:  # noqa: ANN401 - any JSON-serialisable value
    """Print ``value`` as indented JSON on stdout."""
    click.echo(orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode())
