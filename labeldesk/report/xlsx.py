"""The report's tables as a workbook: one sheet per table, numbers kept as numbers.

The first sheet, ``Contents``, names the report's scope and what each sheet holds. Each
other sheet is one table: a bold header row on a tinted fill, frozen so it stays in view,
columns sized to their content, and the rows. Proportions are
stored as numbers in a percent format; a proportion with an interval becomes three columns
(value, low, high); lists are joined with ``; `` and examples one per line. Rows below target
are tinted like the page's.

The file is the same bytes for the same data: the workbook's creation and modification
times are fixed (:data:`FIXED_TIME`) and so are the times of the zip entries.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from labeldesk.report.tables import Column, Table, format_cell, report_tables

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from labeldesk.report.content import ReportContent

#: The time written into the workbook's properties and zip entries.
FIXED_TIME = dt.datetime(2000, 1, 1)
#: Widest column, in characters.
MAX_WIDTH = 60
#: Number formats per column kind.
FORMATS = {"int": "#,##0", "pct": "0.0%", "num2": "0.00", "num3": "0.000", "num": "0.00"}
HEADER_FILL = "E9EDF2"
BELOW_FILL = "FBEEE7"
#: The first sheet's name.
CONTENTS = "Contents"
#: Characters a sheet name may not hold.
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def workbook_bytes(content: ReportContent) -> bytes:
    """The report's tables as an .xlsx file: a contents sheet, then one sheet per table."""
    from openpyxl import Workbook

    wb = Workbook()
    contents = wb.active
    contents.title = CONTENTS
    tables = report_tables(content)
    names = sheet_names(tables)
    for table in tables:
        _sheet(wb.create_sheet(names[table.key]), table)
    _contents(contents, content, [(names[t.key], t.title, t.note) for t in tables])
    wb.properties.creator = "LabelDesk"
    wb.properties.title = content.title
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    out = io.BytesIO()
    wb.save(out)
    return _fixed_zip_times(out.getvalue())


def _contents(ws: Worksheet, content: ReportContent, sheets: list[tuple[str, str, str]]) -> None:
    """The first sheet: the report's title and scope, and what each sheet holds."""
    from openpyxl.styles import Font

    as_of = content.as_of.strftime("%Y-%m-%d %H:%M UTC") if content.as_of else "none yet"
    _append(ws, [content.title])
    ws["A1"].font = Font(bold=True, size=14)
    _append(ws, ["Batch", content.batch if content.batch is not None else "all batches"])
    _append(ws, ["Answers since", content.since.isoformat() if content.since else "every day"])
    _append(ws, ["Latest answer", as_of])
    ws.append([])
    table = Table(
        "contents",
        "",
        "",
        (Column("Sheet"), Column("Table"), Column("How to read it")),
        tuple(sheets),
    )
    ws.append([c.name for c in table.columns])
    _header(ws[ws.max_row])
    for row in table.rows:
        _append(ws, list(row))
    for letter, width in zip("ABC", (24, 48, 100), strict=True):
        ws.column_dimensions[letter].width = width


def sheet_names(tables: Sequence[Table]) -> dict[str, str]:
    """Each table's sheet name (by the table's key), valid and unique in the workbook."""
    used = {CONTENTS.casefold()}
    return {t.key: _sheet_name(t.sheet, used) for t in tables}


def _sheet_name(name: str, used: set[str]) -> str:
    """A valid, unused sheet name (31 characters, no ``[]:*?/\\``)."""
    base = _BAD_SHEET_CHARS.sub(" ", name).strip()[:31] or "Sheet"
    found, n = base, 2
    while found.casefold() in used:
        found = f"{base[: 31 - len(str(n)) - 1]} {n}"
        n += 1
    used.add(found.casefold())
    return found


def expanded(columns: tuple[Column, ...]) -> list[tuple[str, Column]]:
    """The sheet's header: a proportion with an interval takes three columns."""
    out: list[tuple[str, Column]] = []
    for col in columns:
        if col.kind == "pct_ci":
            pct = Column(col.name, "pct")
            out += [(col.name, pct), (f"{col.name} low", pct), (f"{col.name} high", pct)]
        else:
            out.append((col.name, col))
    return out


def cells(row: tuple[object, ...], columns: tuple[Column, ...]) -> list[Any]:
    """A table row as sheet values (see :func:`expanded`)."""
    out: list[Any] = []
    for value, col in zip(row, columns, strict=True):
        if col.kind == "pct_ci":
            out += _pct_ci_cells(value)
        elif col.kind in ("list", "examples"):
            out.append(format_cell(value, col) if value else None)
        elif col.kind == "flag":
            out.append("yes" if value else None)
        else:
            out.append(value)
    return out


def _pct_ci_cells(value: object) -> list[float | None]:
    """A proportion with its interval as three cells: value, low, high."""
    share, interval = value if isinstance(value, tuple) else (None, None)
    low, high = interval if isinstance(interval, tuple) else (None, None)
    return [share, low, high]


def _append(ws: Worksheet, values: list[Any]) -> None:
    """Append a row whose texts stay texts: customers' words, comments and names may start
    with ``=`` (never made a formula) or hold control characters an .xlsx cannot store
    (each shown as U+FFFD instead of failing the report)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    ws.append([ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"


def _header(row: tuple[Any, ...]) -> None:
    """Bold header cells on a tinted fill."""
    from openpyxl.styles import Alignment, Font, PatternFill

    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for cell in row:
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)


def _sheet(ws: Worksheet, table: Table) -> None:
    """Write one table into a sheet (see the module docstring)."""
    from openpyxl.styles import PatternFill

    header = expanded(table.columns)
    ws.append([name for name, _ in header])
    _header(ws[1])
    below = PatternFill("solid", fgColor=BELOW_FILL)
    for i, row in enumerate(table.rows):
        _append(ws, cells(row, table.columns))
        for cell, (_, col) in zip(ws[ws.max_row], header, strict=True):
            _style(cell, col)
            if i in table.marked:
                cell.fill = below
    ws.freeze_panes = "A2"
    _widths(ws, header)


def _style(cell: Any, col: Column) -> None:  # noqa: ANN401 - an openpyxl cell
    """A cell's number format and alignment."""
    from openpyxl.styles import Alignment

    if col.kind == "num":
        cell.number_format = "0." + "0" * col.digits if col.digits else "0"
    elif col.kind in FORMATS:
        cell.number_format = FORMATS[col.kind]
    if col.kind in ("examples", "list", "text"):
        cell.alignment = Alignment(vertical="top", wrap_text=col.kind != "text")
    else:
        cell.alignment = Alignment(vertical="top")


def _widths(ws: Worksheet, header: list[tuple[str, Column]]) -> None:
    """Each column as wide as its longest line (header included), at most MAX_WIDTH."""
    from openpyxl.utils import get_column_letter

    for n, (name, col) in enumerate(header, start=1):
        longest = len(name)
        for row in ws.iter_rows(min_row=2, min_col=n, max_col=n, values_only=True):
            value = row[0]
            if value is None:
                continue
            shown = format_cell(value, col) if col.kind in ("int", "pct", "num") else str(value)
            longest = max(longest, *(len(line) for line in shown.splitlines() or [""]))
        ws.column_dimensions[get_column_letter(n)].width = min(longest + 2, MAX_WIDTH)


def _fixed_zip_times(data: bytes) -> bytes:
    """The same zip with every entry's time, and the workbook's modification time (which
    openpyxl sets to the clock when it saves), set to :data:`FIXED_TIME`."""
    out = io.BytesIO()
    stamp = FIXED_TIME.timetuple()[:6]
    modified = f">{FIXED_TIME.strftime('%Y-%m-%dT%H:%M:%SZ')}</dcterms:modified>".encode()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb">[^<]*</dcterms:modified>", modified, body)
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, body)
    return out.getvalue()
