"""``labeldesk settings``: show or change the workspace settings a lead decides."""

from __future__ import annotations

import json

import click

from labeldesk.cli.common import echo_json, opened, workspace_option
from labeldesk.errors import LabelDeskError
from labeldesk.workspace import DEFAULT_SETTINGS, check_setting


@click.command("settings")
@click.argument("key", required=False)
@click.argument("value", required=False)
@workspace_option
@click.option("--reset", is_flag=True, help="Put KEY back to its default.")
@click.option("--json", "as_json", is_flag=True, help="Print the settings as JSON.")
def settings_cmd(
    key: str | None, value: str | None, workspace: str | None, reset: bool, as_json: bool
) -> None:
    """Show every workspace setting, show KEY, or set KEY to VALUE.

    VALUE is JSON: `labeldesk settings show_predictions true`, `labeldesk settings
    disagreement_mode '"leaf"'` (a bare word is taken as a string too), `labeldesk settings
    audit_share 0.1`. Quality targets have their own command, `labeldesk targets`.
    """
    if key is not None and key not in DEFAULT_SETTINGS:
        raise LabelDeskError(
            f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULT_SETTINGS))}"
        )
    with opened(workspace) as ws:
        if key is not None and (value is not None or reset):
            new = DEFAULT_SETTINGS[key] if reset else check_setting(key, _parse(value or ""))
            ws.set_setting(key, new)
        keys = [key] if key is not None else sorted(DEFAULT_SETTINGS)
        current = {k: ws.get_setting(k) for k in keys}
    if as_json:
        echo_json(current)
        return
    for k, v in current.items():
        click.echo(f"{k} = {json.dumps(v, ensure_ascii=False)}")


def _parse(text: str) -> object:
    """A VALUE as JSON, or as a plain string when it isn't JSON (``leaf``)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text
