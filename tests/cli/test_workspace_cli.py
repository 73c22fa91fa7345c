"""``labeldesk init`` and ``labeldesk stats``, run as a user runs them: a real process."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import assert_one_line_error, labeldesk

from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    Purpose,
    Role,
    User,
)
from labeldesk.workspace import Workspace


def test_init_creates_workspace_and_is_idempotent(tmp_path: Path) -> None:
    ws = tmp_path / "sub" / "ws.db"
    first = labeldesk("init", "--workspace", str(ws), "--languages", "th,ms,en")
    assert first.returncode == 0, first.stderr
    assert "created workspace" in first.stdout
    assert "th, ms, en" in first.stdout
    again = labeldesk("init", "-w", str(ws))
    assert again.returncode == 0
    assert "opened existing" in again.stdout
    with Workspace.open(ws) as opened:
        assert opened.get_setting("expected_languages") == ["th", "ms", "en"]


def test_init_rejects_unknown_language(tmp_path: Path) -> None:
    proc = labeldesk("init", "-w", str(tmp_path / "ws.db"), "--languages", "en,xx")
    assert proc.returncode == 2
    assert "xx" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "ws.db").exists()  # nothing is created for a bad option


def test_commands_on_missing_workspace_say_how_to_create_one(tmp_path: Path) -> None:
    proc = labeldesk("stats", "-w", str(tmp_path / "missing.db"))
    assert_one_line_error(proc, "labeldesk init")


def _workspace_with_statuses(path: Path) -> None:
    """Two batches; five label assignments: done, unsure, skipped, and two to do."""
    with Workspace.open(path, create=True) as ws, ws.db.sessions.begin() as s:
        users = [User(name=n, role=Role.LABELLER, languages=["en"]) for n in ("ann", "bo")]
        b1, b2 = Batch(name="alpha"), Batch(name="beta")
        s.add_all([*users, b1, b2])
        s.flush()
        convs = [
            Conversation(
                external_id=f"c{i}",
                batch_id=(b1 if i < 4 else b2).id,
                content_hash=f"h{i}",
                language="th" if i == 0 else "en",
                n_turns=2,
            )
            for i in range(6)
        ]
        s.add_all(convs)
        s.flush()
        outcomes = [("done", None, False), ("unsure", None, True), ("skip", "no text", False)]
        for conv, (_, skip, unsure) in zip(convs, outcomes, strict=False):
            a = Assignment(conversation_id=conv.id, user_id=users[0].id, purpose=Purpose.LABEL)
            s.add(a)
            s.flush()
            ann = Annotation(conversation_id=conv.id, user_id=users[0].id, assignment_id=a.id,
                             latest_revision=2)
            s.add(ann)
            s.flush()
            # Revision 1 said "unsure"; revision 2 is the answer that counts.
            s.add(AnnotationRevision(annotation_id=ann.id, number=1, labels=[], turn_labels={},
                                     unsure=True))
            s.add(AnnotationRevision(annotation_id=ann.id, number=2, labels=["x"],
                                     turn_labels={}, skip_reason=skip, unsure=unsure))
        for conv in convs[3:5]:
            s.add(Assignment(conversation_id=conv.id, user_id=users[1].id, purpose=Purpose.LABEL))


def test_stats_json_counts_by_batch_language_and_status(tmp_path: Path) -> None:
    ws = tmp_path / "ws.db"
    _workspace_with_statuses(ws)
    proc = labeldesk("stats", "-w", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout)
    assert stats["conversations"] == 6
    assert stats["turns"] == 12
    assert stats["languages"] == {"en": 5, "th": 1}
    assert stats["status"] == {"to_do": 2, "done": 1, "unsure": 1, "skipped": 1}
    assert stats["unassigned"] == 1
    assert stats["labellers"] == 2
    by_name = {b["name"]: b for b in stats["batches"]}
    assert by_name["alpha"]["conversations"] == 4
    assert by_name["beta"]["status"]["to_do"] == 1


def test_stats_table_and_single_batch(tmp_path: Path) -> None:
    ws = tmp_path / "ws.db"
    _workspace_with_statuses(ws)
    proc = labeldesk("stats", "-w", str(ws), "--batch", "beta")
    assert proc.returncode == 0, proc.stderr
    assert "2 conversations, 4 turns" in proc.stdout
    assert "alpha" not in proc.stdout
    assert_one_line_error(labeldesk("stats", "-w", str(ws), "--batch", "gamma"), "alpha, beta")


def test_every_command_has_help() -> None:
    from labeldesk.cli import COMMANDS

    for name in COMMANDS:
        proc = labeldesk(name, "--help")
        assert proc.returncode == 0, (name, proc.stderr)
        assert "Usage:" in proc.stdout
