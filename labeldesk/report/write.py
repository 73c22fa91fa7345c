"""Write a report file whole or not at all: into a temporary file beside it, then renamed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from labeldesk.report.content import ReportError

if TYPE_CHECKING:
    from labeldesk.report.content import ReportContent

Format = Literal["html", "xlsx"]
FORMATS: tuple[Format, ...] = ("html", "xlsx")


def format_for(path: Path, fmt: str | None) -> Format:
    """The format asked for, else the one the file name's suffix names (else HTML).

    Raises
    ------
    ReportError
        If ``fmt`` is not a known format.
    """
    if fmt is None:
        return "xlsx" if path.suffix.lower() == ".xlsx" else "html"
    if fmt not in FORMATS:
        raise ReportError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return fmt  # type: ignore[return-value]


def check_writable(path: Path) -> None:
    """Fail before any work when ``path`` cannot be written.

    Raises
    ------
    ReportError
        If its folder is missing or not writable, or it is a folder.
    """
    folder = path.parent if str(path.parent) else Path()
    if path.is_dir():
        raise ReportError(f"cannot write the report to {path}: it is a folder")
    if not folder.is_dir():
        raise ReportError(f"cannot write the report to {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportError(f"cannot write the report to {path}: folder {folder} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise ReportError(f"cannot write the report to {path}: the file is read-only")


def render(content: ReportContent, fmt: Format) -> bytes:
    """The report file's bytes in ``fmt``."""
    if fmt == "xlsx":
        from labeldesk.report.xlsx import workbook_bytes

        return workbook_bytes(content)
    from labeldesk.report.html import render_html

    return render_html(content).encode("utf-8")


def write_report(content: ReportContent, path: Path, fmt: Format = "html") -> Path:
    """Write the report to ``path`` atomically; returns ``path``.

    Raises
    ------
    ReportError
        If the file cannot be written (nothing is left behind).
    """
    path = Path(path)
    check_writable(path)
    data = render(content, fmt)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ReportError(f"cannot write the report to {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ReportError(f"cannot write the report to {path}: {exc.strerror or exc}") from exc
    return path
