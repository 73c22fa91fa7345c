"""``labeldesk assign``: give a batch's conversations to labellers, with overlap and gold."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import click

from labeldesk.cli.common import echo_json, opened, workspace_option
from labeldesk.review.assignment import MAX_GOLD_RATE, AssignResult


@click.command("assign")
@workspace_option
@click.option("--batch", "-b", required=True, metavar="NAME", help="The batch to assign.")
@click.option(
    "--labellers",
    "-l",
    required=True,
    metavar="A,B,C",
    help="Who labels, by name, comma-separated; ties in workload go to the one named first.",
)
@click.option(
    "--overlap",
    type=float,
    default=0.0,
    show_default=True,
    help="Share (0 to 1) of the batch labelled independently by --per-item labellers.",
)
@click.option(
    "--per-item",
    type=int,
    default=2,
    show_default=True,
    help="Labellers per overlap conversation (2 or more).",
)
@click.option(
    "--gold",
    type=float,
    default=0.0,
    show_default=True,
    help=f"Hidden gold items mixed in per new item of each labeller (0 to {MAX_GOLD_RATE}).",
)
@click.option(
    "--by-language/--any-language",
    default=True,
    show_default=True,
    help="Give labellers only conversations in their profile's languages.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of every choice.")
@click.option(
    "--least-confident-first",
    is_flag=True,
    help="Queue first the conversations whose imported model prediction has the lowest "
    "score (unscored ones last).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON for scripts.")
def assign_cmd(
    *,
    workspace: str | None,
    batch: str,
    labellers: str,
    overlap: float,
    per_item: int,
    gold: float,
    by_language: bool,
    seed: int,
    least_confident_first: bool,
    as_json: bool,
) -> None:
    """Assign what a batch still needs: one labeller per conversation, --per-item labellers
    for the --overlap share, and hidden gold items spread through each queue.

    The same seed gives the same assignment, and running it again adds only what is
    missing (raise --overlap or add a labeller to top up).
    """
    from labeldesk.review.assignment import assign_batch

    names = [n.strip() for n in labellers.split(",") if n.strip()]
    options: dict[str, Any] = {
        "overlap": overlap,
        "per_item": per_item,
        "gold": gold,
        "by_language": by_language,
        "seed": seed,
        "least_confident_first": least_confident_first,
    }
    with opened(workspace) as ws:
        result = assign_batch(
            ws.db,
            batch,
            names,
            overlap=overlap,
            per_item=per_item,
            gold=gold,
            by_language=by_language,
            seed=seed,
            least_confident_first=least_confident_first,
        )
    if as_json:
        echo_json({**asdict(result), "options": options, "total_added": result.total_added})
    else:
        click.echo(summary(result, options))


def summary(result: AssignResult, options: dict[str, Any]) -> str:
    """The human report: the options, a table per labeller, then what could not be done."""
    lines = [f"batch {result.batch!r}: {_options_text(options)}", ""]
    lines += _table(result)
    lines.append("")
    per_item = options["per_item"]
    if options["overlap"] > 0:
        lines.append(f"overlap: {result.overlap:,} conversations go to {per_item} labellers")
    lines.append(f"already assigned: {result.already:,} conversations needed nothing more")
    if result.unroutable:
        lines.append(
            f"warning: {_n(result.unroutable, 'conversation')} without a labeller: "
            "nobody named labels their language"
        )
    if result.short:
        lines.append(
            f"warning: {_n(result.short, 'overlap conversation')} with fewer than {per_item} "
            "labellers: too few named label their language"
        )
    if result.gold_short:
        lines.append(
            f"warning: {_n(result.gold_short, 'gold item')} fewer than the rate asks: too few "
            "hidden gold items in the labellers' languages that they have not had yet"
        )
    return "\n".join(lines)


def _n(count: int, noun: str) -> str:
    """``1 gold item``, ``3 gold items``."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _options_text(options: dict[str, Any]) -> str:
    """``overlap 20% at 2 per item, gold 5%, by language, seed 0``."""
    parts = []
    if options["overlap"] > 0:
        parts.append(f"overlap {options['overlap']:.0%} at {options['per_item']} per item")
    else:
        parts.append("one labeller per conversation")
    if options["gold"] > 0:
        parts.append(f"gold {options['gold']:.0%}")
    parts.append("by language" if options["by_language"] else "any language")
    parts.append(f"seed {options['seed']}")
    if options.get("least_confident_first"):
        parts.append("least confident first")
    return ", ".join(parts)


def _table(result: AssignResult) -> list[str]:
    """Rows of labeller, new items, gold items, with a total."""
    head = ("labeller", "new items", "gold items")
    body = [
        (name, f"{n:,}", f"{result.gold_added.get(name, 0):,}") for name, n in result.added.items()
    ]
    total = (
        "total",
        f"{sum(result.added.values()):,}",
        f"{sum(result.gold_added.values()):,}",
    )
    width = max(len(r[0]) for r in (head, *body, total))
    rows = [head, *body, total]
    text = [f"{r[0]:<{width}}  {r[1]:>9}  {r[2]:>10}" for r in rows]
    text.insert(len(rows) - 1, "-" * len(text[0]))
    return text
