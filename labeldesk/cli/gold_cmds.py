"""``labeldesk gold``: import gold answers from a file, list the gold items."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from labeldesk.cli.common import echo_json, opened, progress_bar, workspace_option
from labeldesk.errors import InputError
from labeldesk.storage.models import GoldPool

_POOLS = [p.value for p in GoldPool]


@click.group("gold")
def gold_group() -> None:
    """Gold items: conversations with a known answer and an explanation."""


@gold_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--pool",
    type=click.Choice(_POOLS),
    default=GoldPool.HIDDEN.value,
    show_default=True,
    help="Pool of rows that don't name one: hidden (mixed into queues) or training (quizzes).",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Replace existing gold answers that differ (each change is audited).",
)
@click.option(
    "--encoding",
    default=None,
    metavar="NAME",
    help="Text encoding of the file, e.g. cp1252 or cp874 (default UTF-8; a BOM is skipped).",
)
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON for scripts.")
def gold_import_cmd(  # noqa: PLR0917 - click passes every option
    file: Path,
    pool: str,
    replace: bool,
    encoding: str | None,
    workspace: str | None,
    as_json: bool,
) -> None:
    """Import the gold answers in FILE (CSV or JSONL), all or nothing.

    Fields: conversation (its id; or external_id, id), labels (CSV: keys separated by ; or |,
    JSONL: a list), optional turn_labels (JSON {"<turn>": [keys]}, turns from 0),
    explanation (required) and optional pool. Any problem imports nothing and lists every
    problem with its row or line and field.
    """
    with opened(workspace) as ws, progress_bar(f"importing {file.name}", unit="rows") as bar:
        try:
            result = ws.gold.import_file(
                file, pool=GoldPool(pool), encoding=encoding, replace=replace, progress=bar
            )
        except InputError as exc:
            _list_problems(exc, as_json)
            raise
    if as_json:
        echo_json(asdict(result))
        return
    pools = ", ".join(f"{name} {n:,}" for name, n in sorted(result.by_pool.items())) or "none"
    click.echo(
        f"{result.added:,} gold item(s) added, {result.replaced:,} replaced, "
        f"{result.unchanged:,} already there — pools: {pools}"
    )


def _list_problems(exc: InputError, as_json: bool) -> None:
    """Every problem on stdout; the one-line error on stderr names the first."""
    if as_json:
        echo_json({"problems": [asdict(p) for p in exc.problems], "more": exc.more})
        return
    if len(exc.problems) + exc.more <= 1:
        return
    click.echo(f"{len(exc.problems) + exc.more:,} problems, nothing imported:")
    for problem in exc.problems:
        click.echo(f"  {problem}")
    if exc.more:
        click.echo(f"  … and {exc.more:,} more")


@gold_group.command("list")
@click.option("--pool", type=click.Choice(_POOLS), default=None, help="Only this pool.")
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the items as JSON.")
def gold_list_cmd(pool: str | None, workspace: str | None, as_json: bool) -> None:
    """List the gold items: conversation, pool, answer, and how labellers did on it."""
    with opened(workspace) as ws:
        items = ws.gold.list(pool=None if pool is None else GoldPool(pool))
    if as_json:
        echo_json([_json(asdict(item)) for item in items])
        return
    if not items:
        click.echo("no gold items")
        return
    for item in items:
        tally = f"{item.correct}/{item.answered} correct" if item.answered else "not answered"
        click.echo(f"{item.external_id}  [{item.pool.value}]  {', '.join(item.labels)}  ({tally})")
    click.echo(f"{len(items):,} gold item(s)")


def _json(item: dict[str, Any]) -> dict[str, Any]:
    """A gold item's dict with JSON keys (turn numbers as text)."""
    item["turn_labels"] = {str(t): list(v) for t, v in item["turn_labels"].items()}
    item["pool"] = str(item["pool"])
    return item
