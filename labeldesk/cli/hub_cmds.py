"""``labeldesk hub``: run a hub and manage its users (``hub user add|token|revoke|list``).

The group is exposed as :data:`hub`. More subcommands join it in either of two ways: list
them in :data:`HUB_COMMANDS` (``"name": ("module:attribute", "help")``, imported only when
used, so ``labeldesk hub --help`` loads no server stack), or register them on :data:`hub`
with ``hub.add_command(...)`` from a module that is imported first.
"""

from __future__ import annotations

import importlib

import click

from labeldesk.cli.common import echo_json, opened, workspace_option
from labeldesk.sync.auth import HubUser

#: Subcommands of ``labeldesk hub`` imported on first use: name -> ("module:attribute", help).
HUB_COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("labeldesk.cli.hub_serve_cmd:serve_cmd", "Serve the workspace to workstations."),
    "leases": ("labeldesk.cli.hub_serve_cmd:leases_cmd", "Expire leases that ran out now."),
    "exchange": ("labeldesk.cli.hub_serve_cmd:exchange_cmd", "Answer a workstation's sync file."),
    "status": ("labeldesk.cli.hub_serve_cmd:status_cmd", "Users, work, audit chain breaks."),
}


class _LazyHubGroup(click.Group):
    """A click group whose subcommands are its own plus those named in HUB_COMMANDS."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Override click.Group.list_commands: registered and lazy names, sorted."""
        return sorted(set(super().list_commands(ctx)) | set(HUB_COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Override click.Group.get_command: a registered command, else import a lazy one."""
        command = super().get_command(ctx, cmd_name)
        if command is not None or cmd_name not in HUB_COMMANDS:
            return command
        module_name, attr = HUB_COMMANDS[cmd_name][0].split(":")
        return getattr(importlib.import_module(module_name), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Override click.MultiCommand.format_commands: list lazy commands without importing."""
        rows = [(name, cmd.get_short_help_str()) for name, cmd in sorted(self.commands.items())]
        rows += [(name, HUB_COMMANDS[name][1]) for name in sorted(HUB_COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(sorted(rows))


@click.group("hub", cls=_LazyHubGroup)
def hub() -> None:
    """The hub: the central workspace that workstations sync with, and its users."""


@hub.group("user")
def user_group() -> None:
    """Hub users and their tokens. The hub keeps only a hash of each token."""


@user_group.command("add")
@click.argument("name")
@click.option(
    "--role",
    required=True,
    type=click.Choice(["labeller", "reviewer", "lead"]),
    help="What the user may do on the hub.",
)
@click.option(
    "--languages",
    metavar="CODES",
    help="Languages they label or review, comma-separated ISO 639-1 codes "
    "(default: the workspace's expected languages).",
)
@click.option("--vendor", metavar="NAME", help="The vendor they work for (made if new).")
@workspace_option
def user_add_cmd(
    name: str, role: str, languages: str | None, vendor: str | None, workspace: str | None
) -> None:
    """Add the user NAME and print their token.

    The token is printed once, alone on stdout (so a script can capture it); it is not
    stored and cannot be shown again. A lost token is replaced with `labeldesk hub user token`.
    """
    with opened(workspace) as ws:
        codes = _codes(languages) if languages else ws.get_setting("expected_languages")
        profile, token = ws.hub_users.add(name, role, codes, vendor=vendor)
    click.echo(token)
    vendor_text = f", vendor {profile.vendor}" if profile.vendor else ""
    click.echo(
        f"added {profile.role.value} {profile.name} ({', '.join(profile.languages)}"
        f"{vendor_text}). The token above cannot be shown again: give it to them now.",
        err=True,
    )


@user_group.command("token")
@click.argument("name")
@workspace_option
def user_token_cmd(name: str, workspace: str | None) -> None:
    """Give NAME a new token and print it; their old token stops working at once.

    A revoked user is active again with the new token. The token is printed once, alone on
    stdout, and cannot be shown again.
    """
    with opened(workspace) as ws:
        was_active = ws.hub_users.find(name).active
        token = ws.hub_users.issue_token(name)
    click.echo(token)
    again = "" if was_active else f" {name} was revoked and is active again."
    click.echo(
        f"new token for {name}; the old one no longer works.{again} "
        "The token above cannot be shown again: give it to them now.",
        err=True,
    )


@user_group.command("revoke")
@click.argument("name")
@workspace_option
def user_revoke_cmd(name: str, workspace: str | None) -> None:
    """Revoke NAME: their token stops working and the hub refuses them.

    Their work is kept. `labeldesk hub user token NAME` lets them back with a new token.
    """
    with opened(workspace) as ws:
        ws.hub_users.revoke(name)
    click.echo(f"revoked {name}: their token no longer works")


@user_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@workspace_option
def user_list_cmd(as_json: bool, workspace: str | None) -> None:
    """List the users: role, languages, vendor, status and whether they have a token."""
    with opened(workspace) as ws:
        users = ws.hub_users.list()
    if as_json:
        echo_json([_user_json(u) for u in users])
    elif not users:
        click.echo("no users yet: add one with `labeldesk hub user add NAME --role ROLE`")
    else:
        click.echo(format_users(users))


def _codes(raw: str) -> list[str]:
    """The codes of ``--languages``; a usage error if there are none."""
    codes = [c.strip() for c in raw.split(",") if c.strip()]
    if not codes:
        raise click.BadParameter("name at least one language code", param_hint="--languages")
    return codes


def _status(user: HubUser) -> str:
    """``active``, ``revoked``, or ``no token`` (active, but cannot sync yet)."""
    if not user.active:
        return "revoked"
    return "active" if user.has_token else "no token"


def _user_json(user: HubUser) -> dict[str, object]:
    """A user as plain JSON values."""
    return {
        "name": user.name,
        "role": user.role.value,
        "languages": list(user.languages),
        "vendor": user.vendor,
        "active": user.active,
        "has_token": user.has_token,
        "created": user.created.isoformat(),
    }


def format_users(users: list[HubUser]) -> str:
    """A plain-text table of users, one per line."""
    head = ("name", "role", "languages", "vendor", "status", "created")
    rows = [
        (
            u.name,
            u.role.value,
            ",".join(u.languages),
            u.vendor or "-",
            _status(u),
            u.created.strftime("%Y-%m-%d"),
        )
        for u in users
    ]
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in (head, *rows)
    )
