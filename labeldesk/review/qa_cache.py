"""Reuse what a quality report read while nothing has been committed to the workspace.

A lead looks at the quality table grouped by labeller, then by vendor, by language, by
branch, and comes back to it: every look reads the same million answers again (most of a
report's time) unless something changed. SQLite says exactly whether something did:
``PRAGMA data_version`` on a connection changes whenever any *other* connection, in this
process or another, commits to the database (and on checkpoints, which only costs a
re-read). :func:`data_version` asks a private read-only connection that never writes, so
equal versions mean that nothing at all was committed in between.

:func:`cached_load` keeps the last few reads with the version taken just *before* each of
them (a commit during the read changes the version, so that read is never reused). It only
works for SQLite files, and only when the session has not read anything yet (so the read
starts after the version); anything else reads as usual. PostgreSQL has no such counter:
its reports always read.

Disposing the engine (closing the workspace) closes the watching connection and forgets
the kept reads of that file.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

T = TypeVar("T")

#: Reads kept for reuse (each holds a batch's answers as arrays: tens of MB at a million).
READS_KEPT = 2
#: Workspace files watched at once (one read-only connection each).
WATCHED = 4


class _Watch:
    """A read-only connection to one SQLite file, asked only for ``data_version``."""

    serials = itertools.count(1)

    def __init__(self, path: str) -> None:
        self.path = path
        # Versions of different connections do not compare: each carries its serial.
        self.serial = next(self.serials)
        self.identity = _identity(path)
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.lock = threading.Lock()

    def version(self) -> tuple[int, ...] | None:
        """The file's identity and ``data_version``; None if the file changed under the
        connection (replaced, or rewritten by a checkpoint)."""
        identity = _identity(self.path)
        if identity != self.identity:
            return None
        with self.lock:
            (value,) = self.conn.execute("PRAGMA data_version").fetchone()
        return (*identity, self.serial, int(value))

    def close(self) -> None:
        """Close the connection."""
        with self.lock:
            self.conn.close()


def _identity(path: str) -> tuple[int, int, int]:
    """The file's device, inode and change time: a file put in its place differs in one of
    them even if the file system reuses the inode (a checkpoint writing to the file changes
    the time too: that only costs a re-read)."""
    st = os.stat(path)
    return st.st_dev, st.st_ino, st.st_ctime_ns


_WATCHES: OrderedDict[str, _Watch] = OrderedDict()
_HOOKED: weakref.WeakSet[Engine] = weakref.WeakSet()
_KEPT: OrderedDict[Hashable, tuple[Hashable, object]] = OrderedDict()
_LOCK = threading.Lock()


def _sqlite_file(s: Session) -> str | None:
    """The path of the SQLite file ``s`` reads, or None (another database, or in memory)."""
    bind = s.get_bind()
    url = bind.url  # type: ignore[union-attr]
    if bind.dialect.name != "sqlite" or not url.database or url.database == ":memory:":
        return None
    path = os.path.abspath(url.database)
    return path if os.path.isfile(path) else None


def _watch(path: str) -> _Watch:
    """The watching connection of ``path`` (opened on first use; the least recently used
    beyond :data:`WATCHED` are closed)."""
    with _LOCK:
        watch = _WATCHES.get(path)
        if watch is None:
            watch = _WATCHES[path] = _Watch(path)
            while len(_WATCHES) > WATCHED:
                _WATCHES.popitem(last=False)[1].close()
        _WATCHES.move_to_end(path)
        return watch


def _unwatch(path: str) -> None:
    """Close the watching connection of ``path`` and forget its kept reads (its engine was
    disposed: the workspace was closed, and its file may be moved or deleted now)."""
    with _LOCK:
        watch = _WATCHES.pop(path, None)
        for key in [k for k in _KEPT if isinstance(k, tuple) and k[0] == path]:
            del _KEPT[key]
    if watch is not None:
        watch.close()


def _on_dispose(engine: Engine, path: str) -> None:
    """Unwatch ``path`` when ``engine`` is disposed (registered once per engine)."""
    with _LOCK:
        if engine in _HOOKED:
            return
        _HOOKED.add(engine)
    event.listen(engine, "engine_disposed", lambda _engine: _unwatch(path))


def data_version(s: Session) -> Hashable | None:
    """A version of everything committed to ``s``'s SQLite file: two equal versions mean
    nothing was committed between them. None where there is no such version."""
    path = _sqlite_file(s)
    bind = s.get_bind()
    if path is None or not isinstance(bind, Engine):
        return None
    _on_dispose(bind, path)
    try:
        watch = _watch(path)
        version = watch.version()
        if version is None:  # the file changed under the connection: open it again
            with _LOCK:
                if _WATCHES.get(path) is watch:
                    del _WATCHES[path]
            watch.close()
            version = _watch(path).version()
            if version is None:
                return None
    except (OSError, sqlite3.Error):
        return None
    return (path, version)


def cached_load(s: Session, key: Hashable, read: Callable[[Session], T]) -> T:
    """``read(s)``, or what it returned before for ``key`` if nothing was committed since.

    Parameters
    ----------
    s
        A session that has not run anything yet.
    key
        What was asked for (a batch and a time, say); the file is added to it.
    read
        Reads the data in ``s``; its result must not be changed by anyone afterwards.
    """
    version = None if s.in_transaction() else data_version(s)
    if version is None:
        return read(s)
    full_key = (version[0], key)
    with _LOCK:
        kept = _KEPT.get(full_key)
        if kept is not None and kept[0] == version:
            _KEPT.move_to_end(full_key)
            return kept[1]  # type: ignore[return-value]
    result = read(s)
    with _LOCK:
        _KEPT[full_key] = (version, result)
        _KEPT.move_to_end(full_key)
        while len(_KEPT) > READS_KEPT:
            _KEPT.popitem(last=False)
    return result


def forget() -> None:
    """Drop every kept read (the next reports read again)."""
    with _LOCK:
        _KEPT.clear()
