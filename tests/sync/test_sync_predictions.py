"""Model predictions reach a workstation only when the lead shows them in the blind pass."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hub_world import build_hub, hub_thread
from qa_data import PREDICTED

from labeldesk.labelling.dto import QueueFilter
from labeldesk.sync.client import SyncClient
from labeldesk.workspace import Workspace


def _predictions(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM prediction").fetchone()[0]


def test_predictions_travel_only_when_the_lead_turns_them_on(tmp_path: Path):
    world = build_hub("sqlite:///" + str(tmp_path / "hub.db"), tmp_path / "hub")
    hidden, shown = tmp_path / "hidden.db", tmp_path / "shown.db"
    with hub_thread(world.url) as base:
        with Workspace.open(hidden, create=True) as ws:
            with SyncClient(ws.db, base, world.tokens["Anong"]) as client:
                client.sync()
            assert ws.get_setting("show_predictions") is False
        assert _predictions(hidden) == 0

        with Workspace.open(world.url) as hub:
            hub.set_setting("show_predictions", True)
        with Workspace.open(shown, create=True) as ws:
            with SyncClient(ws.db, base, world.tokens["Wei"]) as client:
                client.sync()
            assert ws.get_setting("show_predictions") is True
            wei = ws.users.find("Wei")
            suggested = [
                ws.labelling.open(wei, row.assignment_id).conversation.predictions
                for row in ws.queue.page(wei, QueueFilter(), limit=100)
            ]
        assert any(p and p[0].label_key == PREDICTED for p in suggested)
        assert _predictions(shown) > 0

        # Turned off again: the next sync hides them on the workstation too.
        with Workspace.open(world.url) as hub:
            hub.set_setting("show_predictions", False)
        with Workspace.open(shown) as ws:
            with SyncClient(ws.db, base, world.tokens["Wei"]) as client:
                client.sync()
            assert ws.get_setting("show_predictions") is False
