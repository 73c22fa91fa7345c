"""``labeldesk hub serve``, ``hub leases`` and ``hub exchange``: run the hub, expire its
leases, and answer a workstation's sync file."""

from __future__ import annotations

import os
from pathlib import Path

import click

from labeldesk.cli.common import echo_json, opened, workspace_option


@click.command("serve")
@workspace_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8750, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Hub processes (all stateless, sharing the database).",
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["debug", "info", "warning", "error"]),
)
def serve_cmd(workspace: str | None, host: str, port: int, workers: int, log_level: str) -> None:
    """Serve the workspace (a file, sqlite:///path or postgresql://...) to workstations.

    Put TLS in front of it (a reverse proxy) when it leaves the machine. Logs are JSON
    lines on stderr; they never contain tokens or conversation text.
    """
    import uvicorn

    from labeldesk.sync.hub import WORKSPACE_ENV

    with opened(workspace) as ws:  # checks and migrates the database once, up front
        location = ws.db.engine.url.render_as_string(hide_password=False)
        shown = ws.location
    os.environ[WORKSPACE_ENV] = location
    click.echo(f"hub: serving {shown} on http://{host}:{port} ({workers} worker(s))", err=True)
    uvicorn.run(
        "labeldesk.sync.hub:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,  # the hub logs each request itself, as JSON, without secrets
        log_level=log_level,
        timeout_graceful_shutdown=10,
    )


@click.command("leases")
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def leases_cmd(workspace: str | None, as_json: bool) -> None:
    """Expire the leases that ran out unworked, and give that work to other labellers.

    The hub also does this before every pull; this is for a lead who wants it now.
    """
    from labeldesk.sync.publish import expire_leases

    with opened(workspace) as ws, ws.db.sessions.begin() as s:
        expired = expire_leases(s)
    if as_json:
        echo_json({"expired": len(expired)})
    else:
        click.echo(f"{len(expired)} lease(s) expired and reassigned where someone could take them")


@click.command("exchange")
@click.argument("in_file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The reply file to carry back to the workstation.",
)
@click.option("--user", metavar="NAME", help="Without IN_FILE: a first file for this user.")
@workspace_option
def exchange_cmd(
    in_file: Path | None, output: Path, user: str | None, workspace: str | None
) -> None:
    """Take a workstation's sync file (from `labeldesk sync --to-file`) and write the reply.

    For a site with no network link. The file's signature is checked against the user's
    token; the records are stored exactly as an upload would store them (twice is harmless);
    the reply carries the acknowledgements and everything new for that user.
    """
    from labeldesk.sync.exchange import hub_exchange

    with opened(workspace) as ws:
        report = hub_exchange(ws.db, output, in_path=in_file, user=user)
    click.echo(
        f"{report.user}: stored {report.acked} record(s), refused {len(report.rejected)}; "
        f"wrote {report.records} record(s) to {output}"
    )
    for record_id, error in report.rejected:
        click.echo(f"refused: {record_id}: {error}", err=True)


@click.command("status")
@workspace_option
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def status_cmd(workspace: str | None, as_json: bool) -> None:
    """Users, work by status, review items, workstations, and any break in their audit chains."""
    from labeldesk.sync.hub_status import hub_status

    with opened(workspace) as ws, ws.db.sessions() as s:
        status = hub_status(s)
    if as_json:
        echo_json(status)
        return
    users = ", ".join(f"{n} {r}(s)" for r, n in sorted(status["users"].items())) or "none"
    work = ", ".join(f"{n} {k}" for k, n in sorted(status["assignments"].items())) or "none"
    click.echo(f"users: {users}")
    click.echo(f"assignments: {work}")
    click.echo(f"review items: {status['review_items']}")
    click.echo(
        f"workstations: {status['workstations']} ({status['audit_entries']} audit entries received)"
    )
    breaks = status["audit_chain_breaks"]
    if not breaks:
        click.echo("audit chains: intact")
    for b in breaks:
        click.echo(
            f"audit chain BROKEN: workstation {b['client_id']} entry {b['seq']}: {b['problem']}"
        )
