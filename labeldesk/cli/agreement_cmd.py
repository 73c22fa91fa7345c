"""``labeldesk agreement FILE``: inter-annotator agreement of a ratings file."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import click
import orjson

#: Text-report rows: (attribute of AgreementSummary, label shown).
_ROWS = (
    ("percent_agreement", "percent agreement"),
    ("cohen_kappa", "Cohen's kappa"),
    ("mean_pairwise_cohen_kappa", "mean pairwise Cohen's kappa"),
    ("fleiss_kappa", "Fleiss' kappa"),
    ("krippendorff_alpha", "Krippendorff's alpha ({level})"),
)


@click.command("agreement")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--level",
    type=click.Choice(["nominal", "ordinal", "interval", "ratio"]),
    default="nominal",
    show_default=True,
    help="Measurement level of Krippendorff's alpha.",
)
@click.option(
    "--categories",
    metavar="A,B,C",
    default=None,
    help="All labels, in order (needed for --level ordinal on non-numeric labels).",
)
@click.option(
    "--encoding",
    default="utf-8",
    show_default=True,
    metavar="NAME",
    help="Text encoding of the file (a UTF-8 BOM is skipped).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def agreement_cmd(
    file: Path, level: str, categories: str | None, encoding: str, as_json: bool
) -> None:
    """Agreement statistics of FILE, a CSV or JSONL with item, annotator, label per rating.

    Prints percent agreement, Cohen's kappa (two annotators), the mean pairwise Cohen's
    kappa, Fleiss' kappa (when every item has the same number of ratings) and
    Krippendorff's alpha, each with a 95% bootstrap interval (1,000 resamples of the items,
    seed 0). A missing rating is just an absent row. With --json, warnings go to stderr.
    """
    from labeldesk.review.ratings import read_ratings, summarise, summary_json

    cats = None if categories is None else [c.strip() for c in categories.split(",")]
    ratings = read_ratings(file, categories=cats, encoding=encoding)
    result = summarise(ratings, level)  # type: ignore[arg-type]
    if as_json:
        # As cli.common.echo_json prints, without importing it: that module loads the
        # workspace and storage layer (about 0.35 s), and this command needs no workspace.
        click.echo(
            orjson.dumps(summary_json(result), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
        )
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)
    else:
        click.echo(report(str(file), asdict(result)))


def _fmt(estimate: dict[str, Any] | None) -> str:
    """``0.210  (95% CI 0.101 to 0.305)``, or ``n/a``."""
    if estimate is None:
        return "n/a"
    text = f"{estimate['value']:.3f}"
    if estimate["ci_low"] is not None:
        text += f"  (95% CI {estimate['ci_low']:.3f} to {estimate['ci_high']:.3f})"
    return text


def report(name: str, summary: dict[str, Any]) -> str:
    """The human report of an agreement summary (as a dict, see AgreementSummary)."""
    lines = [
        f"{name}: {summary['n_items']:,} items, {summary['n_annotators']:,} annotators, "
        f"{summary['n_ratings']:,} ratings"
    ]
    for key, label in _ROWS:
        if key == "cohen_kappa" and summary[key] is None:
            continue
        lines.append(f"  {label.format(level=summary['level']) + ':':<40}{_fmt(summary[key])}")
    lines.extend(f"warning: {w}" for w in summary["warnings"])
    return "\n".join(lines)
