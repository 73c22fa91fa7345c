"""The ``labeldesk`` command line: a lazy click group, one module per command family.

Commands are imported only when run, so ``labeldesk --help`` stays fast and heavy libraries
(pandas, pyarrow, Qt) load only for the commands that need them. Errors the user can act on
print one line and exit non-zero; anything else is logged with its trace to a file.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

import click

from labeldesk import __version__
from labeldesk.errors import LabelDeskError

#: command name -> ("module:attribute" of its click command, one-line help for --help).
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("labeldesk.cli.workspace_cmds:init_cmd", "Create a workspace."),
    "settings": ("labeldesk.cli.settings_cmd:settings_cmd", "Show or change workspace settings."),
    "stats": ("labeldesk.cli.workspace_cmds:stats_cmd", "Counts by batch, language and status."),
    "taxonomy": ("labeldesk.cli.taxonomy_cmds:taxonomy_group", "Import and show taxonomies."),
    "import": ("labeldesk.cli.import_cmd:import_cmd", "Import a batch of conversations."),
    "export": ("labeldesk.cli.export_cmd:export_cmd", "Export a batch to a file."),
    "agreement": ("labeldesk.cli.agreement_cmd:agreement_cmd", "Agreement of a ratings file."),
    "assign": ("labeldesk.cli.assign_cmd:assign_cmd", "Assign a batch to labellers."),
    "gold": ("labeldesk.cli.gold_cmds:gold_group", "Import and list gold answers."),
    "training": ("labeldesk.cli.training_cmds:training_group", "Start and follow quizzes."),
    "review": ("labeldesk.cli.review_cmds:review_group", "Find and promote disagreements."),
    "gui": ("labeldesk.cli.app_cmds:gui_cmd", "Open the app on a workspace."),
    "demo": ("labeldesk.cli.app_cmds:demo_cmd", "Create a demo workspace and open it."),
    "quality": ("labeldesk.cli.quality_cmds:quality_cmd", "Quality per labeller, vs targets."),
    "targets": ("labeldesk.cli.quality_cmds:targets_cmd", "Show or set the quality targets."),
    "report": ("labeldesk.cli.report_cmd:report_cmd", "Write the lead's report (HTML or XLSX)."),
    "hub": ("labeldesk.cli.hub_cmds:hub", "Run a hub and manage its users and tokens."),
    "sync": ("labeldesk.cli.sync_cmd:sync_cmd", "Send your work to the hub, fetch what's new."),
}

log = logging.getLogger("labeldesk")


class LazyGroup(click.Group):
    """A click group that imports a command's module only when that command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Override click.Group.list_commands: every registered name, sorted."""
        return sorted(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Override click.MultiCommand.format_commands: list commands without importing them."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][1]) for name in sorted(COMMANDS)])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Override click.Group.get_command: import the command on first use."""
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module_name, attr = entry[0].split(":")
        return getattr(importlib.import_module(module_name), attr)


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="labeldesk")
@click.pass_context
def main(ctx: click.Context) -> None:
    """LabelDesk: label customer-service conversations offline, with QA built in.

    With no command, opens the app on the default workspace (see `labeldesk gui --help`).
    """
    if ctx.invoked_subcommand is None:
        from labeldesk.cli.app_cmds import gui_cmd

        ctx.invoke(gui_cmd)


def crash_log_path() -> str:
    """Where internal errors are logged with their trace."""
    from platformdirs import user_log_path

    path = user_log_path("labeldesk", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return str(path / "labeldesk.log")


def run(argv: list[str] | None = None) -> Any:  # noqa: ANN401 - a command's return value
    """Run the CLI: user errors as one line and exit 2, bugs logged with a trace and exit 70."""
    try:
        return main.main(args=argv, prog_name="labeldesk", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except LabelDeskError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("interrupted: nothing was changed by the unfinished command", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: never show a traceback
        path = crash_log_path()
        logging.basicConfig(filename=path, level=logging.ERROR)
        log.exception("internal error")
        click.echo(f"internal error: {exc.__class__.__name__}: {exc} (trace in {path})", err=True)
        sys.exit(70)
