"""Write an export file atomically: into a temporary file beside it, then ``os.replace``.

A killed or failed export never leaves a half-written file at the destination: the old file
(if any) stays as it was and the temporary file is removed.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from labeldesk.errors import LabelDeskError


def check_destination(out: Path) -> None:
    """Refuse a destination whose directory is missing or unwritable, or that is a directory."""
    parent = out.parent
    if out.is_dir():
        raise LabelDeskError(f"cannot write {out}: it is a directory; give a file name")
    if not parent.is_dir():
        raise LabelDeskError(f"cannot write {out}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise LabelDeskError(f"cannot write {out}: directory {parent} is not writable")


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``out``; on success move it onto ``out``, else remove it.

    The file is flushed to disk before the move, so a crash right after leaves either the old
    file or the complete new one. OS errors (disk full, permission) become a LabelDeskError.
    """
    with atomic_outputs((out,)) as (tmp,):
        yield tmp


@contextmanager
def atomic_outputs(outs: Sequence[Path]) -> Iterator[tuple[Path, ...]]:
    """:func:`atomic_output` for a file and its companions (a manifest beside a data file).

    Yields one temporary path per destination. On success every file is flushed, the old
    companions (every destination after the first) are removed, and the temporary files are
    moved into place in order: a crash in between leaves a new data file without a
    companion, never one beside the old file's companion. On failure nothing changes.
    """
    for out in outs:
        check_destination(out)
    tmps = tuple(out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part") for out in outs)
    pairs = list(zip(outs, tmps, strict=True))
    try:
        for out, tmp in pairs:
            with _about(out):
                # O_EXCL: never follow or clobber something else; the umask applies to the mode.
                os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        with _about(outs[0]):
            yield tmps
        for out, tmp in pairs:
            with _about(out):
                _fsync(tmp)
        for out in outs[1:]:
            with _about(out):
                out.unlink(missing_ok=True)
        for out, tmp in pairs:
            with _about(out):
                os.replace(tmp, out)
    finally:
        for tmp in tmps:
            with suppress(FileNotFoundError):
                tmp.unlink()


@contextmanager
def _about(out: Path) -> Iterator[None]:
    """Turn an OS error (disk full, permission) into a LabelDeskError naming ``out``."""
    try:
        yield
    except OSError as exc:
        raise LabelDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc


def _fsync(path: Path) -> None:
    """Flush a written file's data to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
