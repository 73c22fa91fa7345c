"""CSV and XLSX writers: one row per conversation, in the layout of :mod:`labeldesk.export.table`.

CSV is UTF-8 **without** a byte-order mark, comma-separated, RFC 4180 quoting, CRLF line ends.
(Excel guesses the encoding of a BOM-less CSV wrongly; people who open exports in Excel should
export XLSX, which has no encoding question.) XLSX is written with openpyxl's streaming
write-only mode. Excel holds at most 32,767 characters in a cell and 1,048,576 rows in a
sheet: a longer cell or a bigger batch is refused with an error naming the conversation and
column (or the count), never silently truncated. An XLSX carries no save time: its document
properties and zip entries all say :data:`XLSX_TIME`, so the same workspace gives the same
bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from labeldesk.errors import LabelDeskError
from labeldesk.export.table import Cell, ordered_cells, record_row
from labeldesk.ingest.record import ConversationRecord

if TYPE_CHECKING:
    from _typeshed import SizedBuffer, StrPath
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

#: Excel's limits.
XLSX_MAX_CELL_CHARS = 32_767
XLSX_MAX_ROWS = 1_048_576
#: The sheet that holds the conversations.
XLSX_SHEET = "conversations"
#: The creation and modification time an XLSX states, and the time of each of its zip
#: entries: fixed (the earliest a zip can hold) instead of the time of saving.
XLSX_TIME = dt.datetime(1980, 1, 1)


def write_csv(records: Iterable[ConversationRecord], header: list[str], path: Path) -> int:
    """Write a header and one row per record to ``path``; return the number of rows."""
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(header)
        for record in records:
            writer.writerow(ordered_cells(record_row(record), header))
            n += 1
    return n


def check_xlsx_rows(conversations: int) -> None:
    """Refuse a batch that does not fit on one sheet (the header takes a row)."""
    if conversations > XLSX_MAX_ROWS - 1:
        raise LabelDeskError(
            f"{conversations:,} conversations do not fit in an Excel sheet "
            f"(at most {XLSX_MAX_ROWS - 1:,} rows); export CSV, JSONL or Parquet instead"
        )


def write_xlsx(records: Iterable[ConversationRecord], header: list[str], path: Path) -> int:
    """Write one sheet: a header row and one row per record; return the number of rows."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(XLSX_SHEET)
    ws.append(header)
    n = 0
    try:
        for record in records:
            cells = ordered_cells(record_row(record), header)
            ws.append(_xlsx_cells(ws, cells, header, record.external_id))
            n += 1
    except BaseException:
        # Close openpyxl's temporary sheet file now; otherwise its writer is left open and
        # fails later, at garbage collection, on a file that is gone.
        ws.close()
        raise
    _save_xlsx(wb, path)
    return n


def _save_xlsx(wb: Workbook, path: Path) -> None:
    """``wb.save(path)``, stamped with :data:`XLSX_TIME` instead of the time of saving."""
    from openpyxl.writer.excel import ExcelWriter

    wb.properties.created = wb.properties.modified = XLSX_TIME
    with _FixedTimeZip(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()  # what wb.save does, less setting ``modified`` to now


class _FixedTimeZip(zipfile.ZipFile):
    """A zip file whose entries all carry :data:`XLSX_TIME` and the same permissions."""

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=XLSX_TIME.timetuple()[:6])
        info.compress_type = self.compression
        info.external_attr = 0o600 << 16
        return info

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: SizedBuffer | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        """Override :meth:`zipfile.ZipFile.writestr`: a name gets a fixed-time entry."""
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            zinfo_or_arcname = self._info(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(
        self,
        filename: StrPath,
        arcname: StrPath | None = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        """Override :meth:`zipfile.ZipFile.write`: copy a file (a sheet openpyxl streamed to
        disk) into a fixed-time entry instead of one stamped with the file's mtime."""
        info = self._info(os.fspath(arcname if arcname is not None else filename))
        big = os.path.getsize(filename) >= zipfile.ZIP64_LIMIT
        with open(filename, "rb") as src, self.open(info, "w", force_zip64=big) as dst:
            shutil.copyfileobj(src, dst, 1 << 20)


def _xlsx_cells(
    ws: WriteOnlyWorksheet, cells: list[Cell], header: list[str], conversation: str
) -> list[Any]:
    """Check each cell against Excel's limits; keep strings as strings (never formulas)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    out: list[Any] = []
    for value, column in zip(cells, header, strict=True):
        if not isinstance(value, str):
            out.append(value)
            continue
        problem = None
        if len(value) > XLSX_MAX_CELL_CHARS:
            problem = (
                f"holds {len(value):,} characters, more than an Excel cell holds "
                f"({XLSX_MAX_CELL_CHARS:,})"
            )
        elif ILLEGAL_CHARACTERS_RE.search(value):
            problem = "holds a control character that Excel cannot store"
        if problem:
            raise LabelDeskError(
                f"conversation {conversation!r}: column {column!r} {problem}; "
                "export this batch as CSV, JSONL or Parquet instead"
            )
        if value.startswith("="):
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"  # text, not a formula
            out.append(cell)
        else:
            out.append(value)
    return out
