"""Write an export file atomically: into a temporary file beside it, then ``os.replace``.

A killed or failed export never leaves a half-written file at the destination: the old file
(if any) stays as it was and the temporary file is removed.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
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
    check_destination(out)
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        # O_EXCL: never follow or clobber something else; the umask applies to the mode.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        yield tmp
        _fsync(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        raise LabelDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        with suppress(FileNotFoundError):
            tmp.unlink()


def _fsync(path: Path) -> None:
    """Flush a written file's data to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
