"""``labeldesk init`` and ``labeldesk stats``: create a workspace, and count what is in it."""

from __future__ import annotations

import click

from labeldesk.cli.common import echo_json, opened, workspace_option
from labeldesk.stats import StatsDTO
from labeldesk.storage.db import workspace_exists
from labeldesk.workspace import default_workspace_path


@click.command("init")
@workspace_option
@click.option(
    "--languages",
    metavar="CODES",
    help="Languages this workspace expects, comma-separated ISO 639-1 codes "
    "(default: en,th,id,ms,vi,tl,zh). Language detection only chooses among these.",
)
def init_cmd(workspace: str | None, languages: str | None) -> None:
    """Create a workspace (a SQLite file, or a database URL) at the current schema.

    An existing workspace is left as it is, and upgraded if its schema is older.
    """
    location = workspace or str(default_workspace_path())
    codes = _language_codes(languages) if languages else None  # before anything is made
    existed = workspace_exists(location)
    with opened(location, create=True) as ws:
        if codes:
            ws.set_setting("expected_languages", list(codes))
        verb = "opened existing" if existed else "created"
        click.echo(f"{verb} workspace {ws.location}")
        click.echo(f"expected languages: {', '.join(ws.get_setting('expected_languages'))}")


def _language_codes(raw: str) -> tuple[str, ...]:
    """The comma-separated codes of ``--languages``, checked by the language detector."""
    from labeldesk.langid import validate_expected

    try:
        return validate_expected([c.strip().lower() for c in raw.split(",") if c.strip()])
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--languages") from exc


@click.command("stats")
@workspace_option
@click.option("--batch", "-b", metavar="NAME", help="Only this batch.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def stats_cmd(workspace: str | None, batch: str | None, as_json: bool) -> None:
    """Counts by batch, language and status (to do, done, unsure, skipped)."""
    with opened(workspace) as ws:
        stats = ws.stats.summary(batch)
    if as_json:
        echo_json(stats.to_json())
    else:
        click.echo(format_stats(stats))


def format_stats(stats: StatsDTO) -> str:
    """Plain-text tables of a workspace's counts."""
    lines = [
        f"{stats.conversations:,} conversations, {stats.turns:,} turns, "
        f"{stats.labellers:,} labellers"
    ]
    if not stats.batches:
        lines.append("no batches yet: import one with `labeldesk import FILE --batch NAME`")
        return "\n".join(lines)
    lines += ["", f"{'batch':<24} {'conversations':>13} {'turns':>10}  languages"]
    for b in stats.batches:
        langs = ", ".join(f"{k} {v:,}" for k, v in b.languages.items())
        lines.append(f"{b.name:<24} {b.conversations:>13,} {b.turns:>10,}  {langs}")
    lines += ["", f"{'language':<24} {'conversations':>13}"]
    lines += [f"{k:<24} {v:>13,}" for k, v in stats.languages.items()]
    lines += ["", f"{'status':<24} {'assignments':>13}"]
    lines += [f"{k.replace('_', ' '):<24} {v:>13,}" for k, v in stats.status.items()]
    lines.append(f"{'unassigned conversations':<24} {stats.unassigned:>13,}")
    return "\n".join(lines)
