"""``labeldesk hub user add|token|revoke|list``, run as a user would, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
import subprocess

import click
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from labeldesk.cli import hub_cmds
from labeldesk.storage.models import User
from labeldesk.sync.auth import hash_token
from labeldesk.workspace import Workspace
from tests.cli.cli_helpers import assert_one_line_error, labeldesk

TOKEN = re.compile(r"ldt_[A-Za-z0-9_-]{43}")


@pytest.fixture
def url(db_url: str) -> str:
    """A new workspace (expecting Thai and English) on each backend, as a URL."""
    with Workspace.open(db_url, create=True) as ws:
        ws.set_setting("expected_languages", ["th", "en"])
    return db_url


def token_of(proc: subprocess.CompletedProcess[str]) -> str:
    """The token a command printed: stdout must hold it and nothing else."""
    assert proc.returncode == 0, proc.stderr
    assert TOKEN.fullmatch(proc.stdout.strip()), proc.stdout
    assert proc.stdout.count("\n") == 1
    return proc.stdout.strip()


def whom(url: str, token: str) -> str | None:
    """The name of the active user the token belongs to, or None."""
    with Workspace.open(url) as ws:
        profile = ws.hub_users.authenticate(token)
    return None if profile is None else profile.name


def test_add_prints_the_token_once_alone_on_stdout(url: str) -> None:
    proc = labeldesk(
        "hub", "user", "add", "Anong", "--role", "labeller", "--languages", "th,en",
        "--vendor", "Siam BPO", "--workspace", url,
    )  # fmt: skip
    token = token_of(proc)
    assert "cannot be shown again" in proc.stderr
    assert "labeller Anong (th, en, vendor Siam BPO)" in proc.stderr
    assert token not in proc.stderr
    assert whom(url, token) == "Anong"
    with Workspace.open(url) as ws, ws.db.sessions() as s:
        assert s.scalar(select(User.token_hash).where(User.name == "Anong")) == hash_token(token)


def test_add_defaults_to_the_workspaces_languages(url: str) -> None:
    token_of(labeldesk("hub", "user", "add", "Dana", "--role", "lead", "-w", url))
    with Workspace.open(url) as ws:
        assert ws.hub_users.find("Dana").languages == ("th", "en")


def test_token_replaces_the_old_one_and_revoke_shuts_the_user_out(url: str) -> None:
    first = token_of(labeldesk("hub", "user", "add", "Wei", "--role", "reviewer", "-w", url))
    second = token_of(labeldesk("hub", "user", "token", "Wei", "-w", url))
    assert (whom(url, first), whom(url, second)) == (None, "Wei")

    proc = labeldesk("hub", "user", "revoke", "Wei", "-w", url)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "revoked Wei: their token no longer works"
    assert whom(url, second) is None
    assert_one_line_error(labeldesk("hub", "user", "revoke", "Wei", "-w", url), "already revoked")

    back = labeldesk("hub", "user", "token", "Wei", "-w", url)
    assert whom(url, token_of(back)) == "Wei"
    assert "Wei was revoked and is active again" in back.stderr


def test_list_shows_status_and_never_a_token_or_hash(url: str) -> None:
    tokens = [
        token_of(labeldesk("hub", "user", "add", "Anong", "--role", "labeller", "-w", url)),
        token_of(labeldesk("hub", "user", "add", "Linh", "--role", "labeller", "-w", url)),
    ]
    assert labeldesk("hub", "user", "revoke", "Linh", "-w", url).returncode == 0
    with Workspace.open(url) as ws:
        ws.users.create("Wei", "reviewer", ["en"])  # a local profile, with no token

    text = labeldesk("hub", "user", "list", "-w", url)
    as_json = labeldesk("hub", "user", "list", "--json", "-w", url)
    assert text.returncode == as_json.returncode == 0, text.stderr + as_json.stderr
    lines = text.stdout.splitlines()
    cells = [re.split(r"\s{2,}", line) for line in lines]
    assert cells[0] == ["name", "role", "languages", "vendor", "status", "created"]
    assert [row[:5] for row in cells[1:]] == [
        ["Anong", "labeller", "th,en", "-", "active"],
        ["Linh", "labeller", "th,en", "-", "revoked"],
        ["Wei", "reviewer", "en", "-", "no token"],
    ]
    rows = json.loads(as_json.stdout)
    assert [(r["name"], r["active"], r["has_token"]) for r in rows] == [
        ("Anong", True, True),
        ("Linh", False, False),
        ("Wei", True, False),
    ]
    assert set(rows[0]) == {
        "name", "role", "languages", "vendor", "active", "has_token", "created",
    }  # fmt: skip
    for secret in (*tokens, *map(hash_token, tokens)):
        assert secret not in text.stdout + as_json.stdout


def test_user_errors_are_one_line(url: str) -> None:
    token_of(labeldesk("hub", "user", "add", "Anong", "--role", "labeller", "-w", url))
    assert_one_line_error(
        labeldesk("hub", "user", "add", "Anong", "--role", "lead", "-w", url),
        "already a user named 'Anong'",
        "labeldesk hub user token Anong",
    )
    for command in ("token", "revoke"):
        assert_one_line_error(
            labeldesk("hub", "user", command, "Nobody", "-w", url),
            "no user named 'Nobody'; users: Anong",
        )
    assert_one_line_error(
        labeldesk(
            "hub", "user", "add", "Zed", "--role", "labeller", "--languages", "xx", "-w", url
        ),
        "unsupported language code 'xx'",
    )
    bad_role = labeldesk("hub", "user", "add", "Zed", "--role", "boss", "-w", url)
    assert bad_role.returncode == 2
    assert "'boss' is not one of 'labeller', 'reviewer', 'lead'" in bad_role.stderr
    assert bad_role.stdout == ""


def test_a_database_with_no_workspace_in_it_says_how_to_make_one(db_url: str) -> None:
    proc = labeldesk("hub", "user", "list", "-w", db_url)
    assert_one_line_error(proc, "create one with: labeldesk init --workspace")


def test_more_hub_commands_can_be_listed_to_import_on_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(
        hub_cmds.HUB_COMMANDS, "counts", ("labeldesk.cli.workspace_cmds:stats_cmd", "Counts.")
    )
    runner = CliRunner()
    listing = runner.invoke(hub_cmds.hub, ["--help"])
    assert re.search(r"counts\s+Counts\.", listing.output)
    assert re.search(r"user\s+Hub users and their tokens\.", listing.output)
    help_text = runner.invoke(hub_cmds.hub, ["counts", "--help"])
    assert help_text.exit_code == 0
    assert "Counts by batch, language and status" in help_text.output
    assert hub_cmds.hub.get_command(click.Context(hub_cmds.hub), "nope") is None
