"""A lead runs the whole batch cycle against a database URL, as against a hub's database.

``--workspace sqlite:////path`` and ``--workspace postgresql://…``: ``init``, ``taxonomy
import``, ``import``, ``hub user add``, ``assign``, ``quality`` and ``export`` all run as
subprocesses on the URL; the labellers' answers in between go through the services the app
uses. The chats are the five-language ones of ``tests/labelling_data.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from labelling_data import LABELLERS, SHARED, write_chats

from labeldesk.labelling import Answer
from labeldesk.workspace import Workspace
from tests.cli.cli_helpers import assert_one_line_error, labeldesk

PER_LANGUAGE = 3
#: What everyone answers, except Wei on English chats (so Anong and Wei disagree there).
LABEL, WEI_ON_ENGLISH = "ORDER>cancel_order", "ORDER>change_order"


def ok(*args: str) -> str:
    """Run a command that must succeed; its stdout."""
    proc = labeldesk(*args)
    assert proc.returncode == 0, f"{args}: {proc.stderr}"
    return proc.stdout


def label_everything(url: str) -> dict[str, int]:
    """Each labeller answers their whole queue; how many answers each gave."""
    answered = {}
    with Workspace.open(url) as ws:
        for name in LABELLERS:
            me = ws.users.find(name)
            rows = ws.queue.page(me, limit=1000)
            for row in rows:
                english = row.external_id.startswith("en-")
                key = WEI_ON_ENGLISH if name == "Wei" and english else LABEL
                ws.labelling.submit(me, row.assignment_id, Answer(labels=(key,)), active_seconds=20)
            answered[name] = len(rows)
    return answered


@pytest.fixture(scope="module")
def cycle(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The whole cycle on one backend; the commands' outputs and what was answered."""
    url, tmp = module_db_url, tmp_path_factory.mktemp("cycle")
    chats = tmp / "chats.jsonl"
    write_chats(chats, PER_LANGUAGE)
    out: dict[str, Any] = {"url": url, "init": ok("init", "--workspace", url)}
    taxonomy = SHARED / "bitext_taxonomy.csv"
    out["taxonomy"] = ok("taxonomy", "import", str(taxonomy), "--name", "bitext", "-w", url)
    out["import"] = json.loads(
        ok("import", str(chats), "--batch", "chats", "--taxonomy", "bitext", "--json", "-w", url)
    )
    for name, languages in LABELLERS.items():
        ok("hub", "user", "add", name, "--role", "labeller", "--languages", ",".join(languages),
           "-w", url)  # fmt: skip
    ok("hub", "user", "add", "Dana", "--role", "lead", "--languages", "en", "-w", url)
    labellers = ",".join(LABELLERS)
    assign = ("assign", "--batch", "chats", "--labellers", labellers, "--overlap", "1", "--json")
    out["assign"] = json.loads(ok(*assign, "-w", url))
    out["answered"] = label_everything(url)
    out["quality"] = json.loads(ok("quality", "--batch", "chats", "--json", "-w", url))
    exported = tmp / "chats_out.jsonl"
    out["export"] = ok("export", "--batch", "chats", "-o", str(exported), "-w", url)
    out["records"] = [orjson.loads(line) for line in exported.read_bytes().splitlines()]
    return out


def test_init_creates_the_workspace_at_the_url(cycle: dict[str, Any]) -> None:
    assert cycle["init"].startswith("created workspace ")
    with Workspace.open(cycle["url"]) as ws:
        assert ws.get_setting("expected_languages")  # a real workspace, schema and all


def test_taxonomy_and_conversations_are_imported(cycle: dict[str, Any]) -> None:
    assert "bitext" in cycle["taxonomy"]
    result = cycle["import"]
    assert result["imported"] == PER_LANGUAGE * 5
    assert result["languages"] == {lang: PER_LANGUAGE for lang in ("en", "th", "zh", "vi", "id")}


def test_assign_routes_by_the_languages_of_the_hub_users(cycle: dict[str, Any]) -> None:
    # Overlap 1 at 2 per item: English goes to Anong and Wei; every other language has only
    # one labeller who reads it (th Anong, zh Wei, vi and id Linh).
    added = cycle["assign"]["added"]
    assert added == {
        "Anong": 2 * PER_LANGUAGE,
        "Wei": 2 * PER_LANGUAGE,
        "Linh": 2 * PER_LANGUAGE,
    }
    assert cycle["answered"] == added


def test_quality_sees_every_answer_and_the_disagreements(cycle: dict[str, Any]) -> None:
    rows = {row["name"]: row for row in cycle["quality"]["rows"]}
    assert sorted(rows) == sorted(LABELLERS)
    assert {name: row["answered"] for name, row in rows.items()} == cycle["answered"]
    agreement = cycle["quality"]["agreement"]
    assert agreement["n_items"] == PER_LANGUAGE  # the English chats, answered twice
    assert agreement["percent"]["value"] == 0.0  # Wei always picked another label


def test_export_writes_every_conversation_with_its_answers(cycle: dict[str, Any]) -> None:
    assert f"exported {PER_LANGUAGE * 5} conversations of batch 'chats'" in cycle["export"]
    records = {rec["id"]: rec for rec in cycle["records"]}
    assert len(records) == PER_LANGUAGE * 5
    single = records["th-000"]["final"]
    assert (single["labels"], single["decided_by"]) == ([LABEL], "single")
    disputed = records["en-000"]["final"]  # Anong and Wei disagree, and nobody reviewed it
    assert disputed["n_answers"] == 2
    assert disputed["decided_by"] not in ("agreement", "single")
    assert {a["labels"][0] for a in records["en-000"]["annotations"]} == {LABEL, WEI_ON_ENGLISH}


def test_a_url_with_a_password_never_shows_it() -> None:
    url = "postgresql://lead:hunter2@127.0.0.1:1/hub"  # port 1: nothing listens there
    line = assert_one_line_error(labeldesk("stats", "-w", url), "cannot open workspace")
    assert "hunter2" not in line
    assert "postgresql://lead:***@127.0.0.1:1/hub" in line


def test_an_unsupported_url_is_one_clear_line(tmp_path: Path) -> None:
    assert_one_line_error(
        labeldesk("init", "-w", "mysql://lead@db/hub"), "unsupported database 'mysql'"
    )
    missing = "sqlite:///" + str(tmp_path / "missing.db")
    assert_one_line_error(labeldesk("stats", "-w", missing), "no workspace at", "labeldesk init")
