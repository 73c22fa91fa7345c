"""``labeldesk settings``: a lead turns predictions on, picks the disagreement rule, and bad
values are refused with a one-line error that says what is expected."""

from __future__ import annotations

import json

from labeldesk.labelling import Profile
from labeldesk.storage.models import Assignment, Prediction
from labeldesk.workspace import Workspace
from tests.cli.cli_helpers import assert_one_line_error, labeldesk
from tests.labelling_data import make_labelling_workspace


def test_settings_show_set_and_reset(tmp_path):
    ws_path = str(tmp_path / "ws.db")
    assert labeldesk("init", "-w", ws_path).returncode == 0
    shown = json.loads(labeldesk("settings", "--json", "-w", ws_path).stdout)
    assert shown["show_predictions"] is False
    assert shown["disagreement_mode"] == "exact"
    for args, want in (
        (("disagreement_mode", "leaf"), "leaf"),  # a bare word is a string
        (("audit_share", "0.1"), 0.1),
        (("training", '{"threshold": 0.9, "n_items": 5}'), {"threshold": 0.9, "n_items": 5}),
    ):
        proc = labeldesk("settings", *args, "-w", ws_path)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == f"{args[0]} = {json.dumps(want)}"
    proc = labeldesk("settings", "audit_share", "--reset", "--json", "-w", ws_path)
    assert json.loads(proc.stdout) == {"audit_share": 0.05}


def test_bad_settings_are_refused_and_change_nothing(tmp_path):
    ws_path = str(tmp_path / "ws.db")
    labeldesk("init", "-w", ws_path)
    assert_one_line_error(labeldesk("settings", "colour", "red", "-w", ws_path), "unknown setting")
    assert_one_line_error(
        labeldesk("settings", "disagreement_mode", "fuzzy", "-w", ws_path), '"exact" or "leaf"'
    )
    assert_one_line_error(labeldesk("settings", "audit_share", "1.5", "-w", ws_path), "0-1")
    assert_one_line_error(labeldesk("settings", "show_predictions", "yes", "-w", ws_path), "true")
    assert_one_line_error(labeldesk("settings", "targets", "{}", "-w", ws_path), "targets")
    shown = json.loads(labeldesk("settings", "--json", "-w", ws_path).stdout)
    assert (shown["disagreement_mode"], shown["audit_share"]) == ("exact", 0.05)


def test_predictions_reach_the_labeller_only_once_the_lead_turns_them_on(tmp_path):
    made = make_labelling_workspace(tmp_path)
    ws = made.ws
    with ws.db.sessions.begin() as s:
        first = s.query(Assignment).order_by(Assignment.position).first()
        s.add(
            Prediction(
                conversation_id=first.conversation_id,
                label_key="ORDER>cancel_order",
                score=0.9,
                model="clf",
            )
        )
        assignment_id, user_id = first.id, first.user_id
    anyone = ws.users.get(user_id)
    me = Profile(anyone.id, anyone.name, anyone.role, anyone.languages)
    assert ws.labelling.open(me, assignment_id).conversation.predictions == ()
    ws.close()
    proc = labeldesk("settings", "show_predictions", "true", "-w", str(tmp_path / "ws.db"))
    assert proc.returncode == 0, proc.stderr
    with Workspace.open(tmp_path / "ws.db") as again:
        shown = again.labelling.open(me, assignment_id).conversation.predictions
    assert [(p.label_key, p.score) for p in shown] == [("ORDER>cancel_order", 0.9)]
