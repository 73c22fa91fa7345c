"""``labeldesk sync``: send this workstation's work to the hub and fetch what is new."""

from __future__ import annotations

from pathlib import Path

import click

from labeldesk.cli.common import echo_json, opened, progress_bar, workspace_option


@click.command("sync")
@workspace_option
@click.option("--hub", "hub_url", metavar="URL", help="The hub (remembered after a sync).")
@click.option(
    "--token",
    envvar="LABELDESK_TOKEN",
    metavar="TOKEN",
    help="Your token (env LABELDESK_TOKEN; remembered after a sync).",
)
@click.option("--forget", is_flag=True, help="Don't remember the hub and token here.")
@click.option(
    "--to-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="No link: write what waits for the hub to a signed file instead.",
)
@click.option(
    "--from-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="No link: read the hub's signed reply file instead.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def sync_cmd(  # noqa: PLR0917 - click passes options by position
    workspace: str | None,
    hub_url: str | None,
    token: str | None,
    forget: bool,
    to_file: Path | None,
    from_file: Path | None,
    as_json: bool,
) -> None:
    """Push the work waiting here (answers, skips, reviews, the audit log), then pull your
    new assignments, review items, feedback and taxonomy versions.

    Safe to interrupt or repeat at any point: nothing is sent twice in effect, and nothing
    is lost. The workspace is created if it does not exist yet.

    With no link at all, carry files instead: --to-file writes the waiting records (the lead
    answers it with `labeldesk hub exchange`), --from-file reads the hub's reply.
    """
    if to_file or from_file:
        _exchange(workspace, token, to_file, from_file, as_json)
        return
    from labeldesk.sync.client import SyncClient, normalise_url
    from labeldesk.sync.connection import remember, remembered

    hub_url = normalise_url(hub_url) if hub_url else None
    with opened(workspace, create=True) as ws:
        saved = remembered(ws.db)
        url = hub_url or (saved.url if saved else None)
        key = token or (saved.token if saved and (not hub_url or hub_url == saved.url) else None)
        if not url or not key:
            raise click.UsageError("name the hub and your token: --hub URL --token TOKEN")
        known = saved.user_id if saved is not None and key == saved.token else None
        with (
            SyncClient(ws.db, url, key, user_id=known) as client,
            progress_bar("sync", "rec") as bar,
        ):
            report = client.sync(progress=bar)
        if not forget and client.user_id:
            remember(ws.db, url, client.user_id, key)
    if as_json:
        echo_json(
            {
                "user": report.user,
                "pushed": report.pushed,
                "audit_sent": report.audit_sent,
                "rejected": [{"id": i, "error": e} for i, e in report.rejected],
                "pulled": report.pulled,
                "assignments": report.assignments,
                "dropped": report.dropped,
                "feedback": report.feedback,
                "taxonomy_versions": report.taxonomy_versions,
                "waiting": report.waiting,
                "retries": report.retries,
            }
        )
        return
    click.echo(
        f"synced {report.user} with {url}: sent {report.pushed} record(s) and "
        f"{report.audit_sent} audit entr(ies); received {report.assignments} assignment(s), "
        f"{report.feedback} feedback, {report.taxonomy_versions} taxonomy version(s); "
        f"{report.dropped} expired lease(s) dropped; {report.waiting} waiting"
    )
    for record_id, error in report.rejected:
        click.echo(f"refused by the hub: {record_id}: {error}", err=True)


def _exchange(
    workspace: str | None,
    token: str | None,
    to_file: Path | None,
    from_file: Path | None,
    as_json: bool,
) -> None:
    """The file side of sync: read the hub's reply first, then write what waits."""
    from labeldesk.sync.exchange import read_reply_file, write_push_file

    result: dict[str, object] = {}
    with opened(workspace, create=True) as ws:
        if from_file is not None:
            got = read_reply_file(ws.db, from_file, token)
            result["from_file"] = {
                "user": got.user,
                "acked": got.acked,
                "rejected": [{"id": i, "error": e} for i, e in got.rejected],
                "records": got.records,
                "assignments": got.assignments,
                "dropped": got.dropped,
                "feedback": got.feedback,
            }
            if not as_json:
                click.echo(
                    f"read {from_file}: the hub took {got.acked} record(s); received "
                    f"{got.assignments} assignment(s), {got.feedback} feedback, "
                    f"{got.dropped} expired lease(s) dropped"
                )
        if to_file is not None:
            put = write_push_file(ws.db, to_file, token)
            result["to_file"] = {"user": put.user, "records": put.pushed}
            if not as_json:
                click.echo(
                    f"wrote {put.pushed} record(s) to {to_file}: take it to the hub "
                    "(`labeldesk hub exchange`); they stay waiting here until its reply is read"
                )
    if as_json:
        echo_json(result)
