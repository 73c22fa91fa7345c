"""``labeldesk report``: the lead's report as one HTML page to email, or as a workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from labeldesk.cli.common import opened, progress_bar, workspace_option


@click.command("report")
@click.option("--batch", "-b", metavar="NAME", help="Only this batch (default: the workspace).")
@click.option(
    "--since",
    metavar="YYYY-MM-DD",
    default=None,
    help="Only answers saved on or after this day (UTC).",
)
@click.option(
    "--output",
    "-o",
    "output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Where to write the report (report.html, report.xlsx).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "xlsx"]),
    default=None,
    help="html: one self-contained page; xlsx: the same tables as a workbook "
    "(default: from the file name, else html).",
)
@click.option("--title", default=None, help="The report's title (default: names the scope).")
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=0.9,
    show_default=True,
    help="Model score from which a wrong prediction counts as confidently wrong.",
)
@workspace_option
def report_cmd(  # noqa: PLR0917 - click passes every option
    batch: str | None,
    since: str | None,
    output: Path,
    fmt: str | None,
    title: str | None,
    threshold: float,
    workspace: str | None,
) -> None:
    """Quality against targets, refreshers, top confusions, actions and model vs human.

    The HTML page needs no network: its charts are inline SVG and its styles are in the
    file. The same data give the same file.
    """
    from labeldesk.report.content import build_content, check_batch
    from labeldesk.report.write import check_writable, format_for, write_report

    day = parse_day(since)
    kind = format_for(output, fmt)
    check_writable(output)
    with opened(workspace) as ws:
        check_batch(ws.db, batch)
        with progress_bar("building the report", unit="step") as progress:
            content = build_content(
                ws.db,
                batch=batch,
                since=day,
                title=title,
                threshold=threshold,
                progress=progress,
            )
    write_report(content, output, kind)
    ins = content.insights
    counts = (
        (len(content.quality.rows), "labeller"),
        (len(ins.actions), "action"),
        (len(ins.refreshers), "refresher"),
        (len(content.models.models), "model"),
    )
    click.echo(f"wrote {output} ({kind}): " + ", ".join(_count(n, w) for n, w in counts))


def _count(n: int, word: str) -> str:
    """``1 model``, ``2 models``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def parse_day(text: str | None) -> dt.date | None:
    """``--since`` as a day.

    Raises
    ------
    ReportError
        If it is not a day written YYYY-MM-DD.
    """
    from labeldesk.report.content import ReportError

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError(
            f"--since must be a day written YYYY-MM-DD, such as 2026-11-01, not {text!r}"
        ) from None
