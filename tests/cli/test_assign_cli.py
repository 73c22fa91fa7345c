"""``labeldesk assign``, run as a user runs it: the summary table, JSON, re-runs and errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_helpers import assert_one_line_error, labeldesk
from qa_data import make_qa_workspace
from sqlalchemy import delete, func, select

from labeldesk.storage.models import Assignment, AuditEntry, Purpose, User
from labeldesk.workspace import Workspace

TEAM = "Anong,Wei,Linh"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The QA workspace (30 chats, 6 hidden gold items), checkpointed so it can be copied."""
    folder = tmp_path_factory.mktemp("qa")
    ws = make_qa_workspace(folder)
    with ws.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    return folder / "ws.db"


@pytest.fixture
def ws_path(template: Path, tmp_path: Path) -> str:
    """A fresh copy of the QA workspace."""
    path = tmp_path / "ws.db"
    shutil.copy(template, path)
    return str(path)


def assign(ws_path: str, *args: str) -> dict:
    """Run ``labeldesk assign ... --json`` and return its JSON."""
    proc = labeldesk("assign", "-w", ws_path, "--batch", "chats", *args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def counts(ws_path: str) -> dict[tuple[str, str], int]:
    """Assignments per (user name, purpose)."""
    with Workspace.open(ws_path) as ws, ws.db.sessions() as s:
        rows = s.execute(
            select(User.name, Assignment.purpose, func.count())
            .join(User, User.id == Assignment.user_id)
            .group_by(User.name, Assignment.purpose)
        )
        return {(name, Purpose(p).value): n for name, p, n in rows}


def test_the_summary_table_shows_what_each_labeller_got(ws_path) -> None:
    proc = labeldesk(
        "assign", "-w", ws_path, "--batch", "chats", "--labellers", TEAM,
        "--overlap", "0.2", "--gold", "0.1", "--seed", "3",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "batch 'chats': overlap 20% at 2 per item, gold 10%, by language, seed 3"
    assert lines[2].split() == ["labeller", "new", "items", "gold", "items"]
    db = counts(ws_path)
    table = {line.split()[0]: line.split()[1:] for line in lines[3:6]}
    for name in TEAM.split(","):
        assert table[name] == [str(db.get((name, "label"), 0)), str(db.get((name, "gold"), 0))]
    total = next(line for line in lines if line.startswith("total")).split()
    assert total[1] == str(sum(n for (_, p), n in db.items() if p == "label"))
    assert "overlap: 6 conversations go to 2 labellers" in proc.stdout
    # vi and id chats: only Linh labels them, so those overlap items are short
    assert "overlap conversations with fewer than 2 labellers" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_json_result_matches_the_workspace_and_a_rerun_adds_nothing(ws_path) -> None:
    first = assign(ws_path, "--labellers", TEAM, "--overlap", "0.5", "--gold", "0.2")
    db = counts(ws_path)
    assert first["total_added"] == sum(db.values())
    assert first["added"] == {n: db.get((n, "label"), 0) for n in TEAM.split(",")}
    assert first["gold_added"] == {n: db.get((n, "gold"), 0) for n in TEAM.split(",")}
    assert first["overlap"] == 15
    assert first["options"] == {
        "overlap": 0.5,
        "per_item": 2,
        "gold": 0.2,
        "by_language": True,
        "seed": 0,
        "least_confident_first": False,
    }
    again = assign(ws_path, "--labellers", TEAM, "--overlap", "0.5", "--gold", "0.2")
    assert again["total_added"] == 0
    assert again["already"] == 30 - first["short"] - first["unroutable"]
    assert counts(ws_path) == db
    with Workspace.open(ws_path) as ws, ws.db.sessions() as s:
        runs = s.scalars(select(AuditEntry.payload).where(AuditEntry.action == "batch.assign"))
        assert [p["added"] == first["added"] for p in runs] == [True, False]


def test_any_language_gives_every_item_its_labellers(ws_path) -> None:
    result = assign(ws_path, "--labellers", TEAM, "--overlap", "1", "--per-item", "3",
                    "--any-language")  # fmt: skip
    assert (result["unroutable"], result["short"], result["overlap"]) == (0, 0, 30)
    assert result["added"] == {"Anong": 30, "Wei": 30, "Linh": 30}


def test_topping_up_with_a_new_labeller(ws_path) -> None:
    assign(ws_path, "--labellers", "Anong,Wei", "--seed", "1")
    before = counts(ws_path)
    result = assign(ws_path, "--labellers", "Anong,Wei,Linh", "--seed", "1")
    assert result["added"] == {"Anong": 0, "Wei": 0, "Linh": 12}  # the vi and id chats
    assert result["already"] == 18
    assert {k: v for k, v in counts(ws_path).items() if k[0] != "Linh"} == before


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["--batch", "nope", "--labellers", TEAM], ["no batch named 'nope'", "chats, gold"]),
        (["--batch", "chats", "--labellers", "Anong,Zed"], ["no user named 'Zed'"]),
        (["--batch", "chats", "--labellers", "Anong,Dana"], ["Dana is a lead"]),
        (["--batch", "chats", "--labellers", " , "], ["name at least one labeller"]),
        (["--batch", "chats", "--labellers", TEAM, "--overlap", "1.5"], ["between 0 and 1"]),
        (
            ["--batch", "chats", "--labellers", TEAM, "--overlap", "0.2", "--per-item", "1"],
            ["per item must be at least 2"],
        ),
        (
            ["--batch", "chats", "--labellers", "Anong", "--overlap", "0.2"],
            ["per item (2) is more than the number of labellers named (1)"],
        ),
        (["--batch", "chats", "--labellers", TEAM, "--gold", "0.9"], ["between 0 and 0.5"]),
        (
            ["--batch", "chats", "--labellers", "Linh", "--gold", "0.1"],
            ["gold was asked for", "in en, th, zh, which none of Linh labels"],
        ),
    ],
)
def test_bad_requests_are_one_line_errors_and_change_nothing(ws_path, args, needles) -> None:
    proc = labeldesk("assign", "-w", ws_path, *args)
    assert_one_line_error(proc, *needles)
    assert counts(ws_path) == {}


def test_least_confident_first_orders_each_queue_by_prediction_score(ws_path) -> None:
    from labeldesk.storage.models import Conversation, Prediction

    with Workspace.open(ws_path) as ws, ws.db.sessions.begin() as s:
        s.execute(delete(Prediction))  # the imported ones: replaced by scores we choose
        ids = s.scalars(select(Conversation.id).order_by(Conversation.id)).all()
        s.add_all(  # the later the conversation, the less sure the model
            Prediction(conversation_id=cid, label_key="x", score=1 - i / len(ids))
            for i, cid in enumerate(ids)
        )
    proc = labeldesk("assign", "-w", ws_path, "--batch", "chats", "--labellers", TEAM,
                     "--least-confident-first")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "least confident first" in proc.stdout
    with Workspace.open(ws_path) as ws, ws.db.sessions() as s:
        for name in TEAM.split(","):
            queue = s.scalars(
                select(Assignment.conversation_id)
                .join(User, User.id == Assignment.user_id)
                .where(User.name == name, Assignment.purpose == Purpose.LABEL)
                .order_by(Assignment.position)
            ).all()
            assert queue, name
            assert list(queue) == sorted(queue, reverse=True)  # lowest score first
