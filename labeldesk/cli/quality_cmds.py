"""``labeldesk quality`` and ``labeldesk targets``: the lead's quality table, and its targets."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import click

from labeldesk.cli.common import echo_json, opened, workspace_option

if TYPE_CHECKING:
    from labeldesk.review.quality import QualityReport, QualityRow, Targets
    from labeldesk.review.ratings import Estimate

#: Column heading of the group, per ``--by``.
_GROUP_HEADING = {
    "labeller": "labeller",
    "vendor": "vendor",
    "language": "language",
    "label": "branch",
}


@click.command("quality")
@click.option("--batch", "-b", metavar="NAME", help="Only this batch (default: the workspace).")
@click.option(
    "--by",
    type=click.Choice(["labeller", "vendor", "language", "label"]),
    default="labeller",
    show_default=True,
    help="One row per labeller, vendor, language or top-level taxonomy branch.",
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="Only answers saved on or after this day (UTC).",
)
@click.option(
    "--send-refreshers",
    is_flag=True,
    help="Give every labeller below target a refresher quiz on the branches they miss most.",
)
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def quality_cmd(  # noqa: PLR0917 - click passes every option
    batch: str | None,
    by: str,
    since: dt.datetime | None,
    send_refreshers: bool,
    workspace: str | None,
    as_json: bool,
) -> None:
    """Gold accuracy, agreement with the final label, kappa, overturns, skips and speed.

    Labellers below the workspace's targets (see `labeldesk targets`) are flagged with the
    taxonomy branches they miss most.
    """
    with opened(workspace) as ws:
        report = ws.quality.report(
            batch=batch,
            by=by,
            since=None if since is None else since.date(),  # type: ignore[arg-type]
        )
        quizzes = ws.quality.send_refreshers(report.flagged) if send_refreshers else None
    if as_json:
        out = report.to_json()
        if quizzes is not None:
            out["refreshers"] = [asdict(q) for q in quizzes]
        echo_json(out)
        return
    click.echo(format_report(report))
    if quizzes is not None:
        click.echo("")
        click.echo(format_refreshers(report, quizzes))


@click.command("targets")
@click.option(
    "--gold-accuracy",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    metavar="SHARE",
    help="Least gold accuracy, a share such as 0.95.",
)
@click.option(
    "--kappa",
    type=click.FloatRange(-1.0, 1.0),
    default=None,
    metavar="K",
    help="Least Cohen's kappa against the final labels, such as 0.8.",
)
@click.option(
    "--min-items",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Answers a labeller needs before the targets apply.",
)
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the targets as JSON.")
def targets_cmd(
    gold_accuracy: float | None,
    kappa: float | None,
    min_items: int | None,
    workspace: str | None,
    as_json: bool,
) -> None:
    """Show the quality targets, or change the ones given."""
    changing = any(v is not None for v in (gold_accuracy, kappa, min_items))
    with opened(workspace) as ws:
        if changing:
            targets = ws.quality.set_targets(
                gold_accuracy=gold_accuracy, kappa=kappa, min_items=min_items
            )
        else:
            targets = ws.quality.targets()
    if as_json:
        echo_json(asdict(targets))
    else:
        click.echo(("targets set: " if changing else "targets: ") + format_targets(targets))


# --------------------------------------------------------------------------- text


def _pct(value: float | None) -> str:
    """``92.5%``, or ``-``."""
    return "-" if value is None else f"{100 * value:.1f}%"


def _interval(estimate: Estimate | None, *, percent: bool) -> str:
    """A statistic with its interval, or ``n/a``."""
    if estimate is None:
        return "n/a"

    def show(v: float) -> str:
        return f"{100 * v:.1f}%" if percent else f"{v:.3f}"

    text = show(estimate.value)
    if estimate.ci_low is not None and estimate.ci_high is not None:
        text += f" ({show(estimate.ci_low)}-{show(estimate.ci_high)})"
    return text


def format_targets(targets: Targets) -> str:
    """One line: the targets."""
    return (
        f"gold accuracy >= {_pct(targets.gold_accuracy)}, kappa >= {targets.kappa:.2f}, "
        f"once a labeller has {targets.min_items:,} answers"
    )


def _gold(row: QualityRow) -> str:
    """Gold accuracy with its Wilson interval and count."""
    if row.gold_accuracy is None or row.gold_ci is None:
        return "-"
    low, high = row.gold_ci
    return f"{_pct(row.gold_accuracy)} ({100 * low:.0f}-{100 * high:.0f}%) n={row.gold_n:,}"


def _flags(row: QualityRow, targets: Targets) -> str:
    """What the row misses, spelled out."""
    names = {
        "gold_accuracy": f"gold<{_pct(targets.gold_accuracy)}",
        "kappa": f"kappa<{targets.kappa:.2f}",
    }
    marks = [names.get(f, f) for f in row.flags]
    if row.too_fast:
        marks.append("too fast")
    return ("! " + ", ".join(marks)) if marks else ""


_COLUMNS = (
    "items",
    "gold accuracy (95% CI)",
    "agree",
    "kappa",
    "overturn",
    "skip",
    "unsure",
    "items/h",
)


def _cells(row: QualityRow) -> list[str]:
    """The row's numbers as text, in :data:`_COLUMNS` order."""
    return [
        f"{row.n_items:,}",
        _gold(row),
        _pct(row.agreement),
        "-" if row.kappa is None else f"{row.kappa:.3f}",
        _pct(row.overturn_rate),
        _pct(row.skip_rate),
        _pct(row.unsure_rate),
        "-" if row.items_per_hour is None else f"{row.items_per_hour:,.0f}",
    ]


def _summary(report: QualityReport) -> list[str]:
    """The lines above the table: scope, how labels were decided, agreement, targets."""
    decided = " · ".join(f"{k} {v:,}" for k, v in report.decided.items() if v)
    scope = f"batch {report.batch}" if report.batch else "the whole workspace"
    since = f", answers since {report.since.isoformat()}" if report.since else ""
    lines = [f"Quality of {scope}{since}: {sum(report.decided.values()):,} conversations"]
    lines.append(f"final labels: {decided or 'none yet'}")
    if report.consensus_confidence is not None:
        lines[-1] += f"; mean consensus confidence {report.consensus_confidence:.2f}"
    a = report.agreement
    lines.append(
        f"agreement over {a.n_items:,} items answered twice or more ({a.n_ratings:,} answers): "
        f"percent {_interval(a.percent, percent=True)}, Fleiss' kappa "
        f"{_interval(a.fleiss_kappa, percent=False)}, Krippendorff's alpha "
        f"{_interval(a.krippendorff_alpha, percent=False)}"
    )
    lines.extend(f"warning: {w}" for w in a.warnings)
    lines.append("targets: " + format_targets(report.targets))
    if report.median_rate is not None:
        lines.append(
            f"median speed {report.median_rate:,.0f} items per active hour; "
            f"too fast above {2 * report.median_rate:,.0f}"
        )
    return lines


def format_report(report: QualityReport) -> str:
    """The human report: summary lines, then one table row per group, flags marked."""
    heading = [_GROUP_HEADING[report.by], *_COLUMNS, "flags"]
    body = [[row.name, *_cells(row), _flags(row, report.targets)] for row in report.rows]
    widths = [max(len(r[i]) for r in [heading, *body]) for i in range(len(heading))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        middle = [c.rjust(w) for c, w in zip(cells[1:-1], widths[1:-1], strict=True)]
        return "  ".join([first, *middle, cells[-1]]).rstrip()

    lines = [*_summary(report), ""]
    if not body:
        return "\n".join([*lines, "no answers in this scope yet"])
    lines += [line(heading), *(line(r) for r in body)]
    if report.flagged:
        lines.append("")
        for f in report.flagged:
            branches = ", ".join(f.branches) or "no branch stands out"
            lines.append(f"flagged: {f.name} ({', '.join(f.reasons)}); misses most: {branches}")
    return "\n".join(lines)


def format_refreshers(report: QualityReport, quizzes: list[Any]) -> str:
    """What ``--send-refreshers`` did."""
    if not report.flagged:
        return "no labeller is below target: no refresher sent"
    sent = {q.user_id for q in quizzes}
    lines = [
        f"refresher quiz for {q.user}: {q.n_items} items on {', '.join(q.branches) or 'any branch'}"
        + ("; production paused until passed" if q.pauses_production else "")
        for q in quizzes
    ]
    lines += [
        f"no refresher for {f.name}: a quiz is already open"
        for f in report.flagged
        if f.user_id not in sent
    ]
    return "\n".join(lines)
