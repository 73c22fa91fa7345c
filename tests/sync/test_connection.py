"""The remembered hub, the status line's facts, and the local user a first sync makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hub_world import build_hub, hub_thread, label_queue

from labeldesk.storage.models import Role
from labeldesk.sync import connection
from labeldesk.sync.client import HubUnreachable, SyncClient
from labeldesk.sync.client_apply import SyncConflict
from labeldesk.workspace import Workspace


@pytest.fixture
def world(tmp_path: Path):
    return build_hub("sqlite:///" + str(tmp_path / "hub.db"), tmp_path / "hub")


def test_each_user_on_a_workstation_keeps_their_own_hub_and_token(world, tmp_path: Path):
    with hub_thread(world.url) as base, Workspace.open(tmp_path / "ws.db", create=True) as ws:
        ids = {}
        for name in ("Anong", "Wei"):
            with SyncClient(ws.db, base + "/", world.tokens[name]) as client:
                client.sync()
            ids[name] = client.user_id
            connection.remember(ws.db, base + "/", client.user_id, world.tokens[name])
        anong = connection.remembered(ws.db, ids["Anong"])
        wei = connection.remembered(ws.db, ids["Wei"])
        assert anong is not None
        assert wei is not None
        assert (anong.token, wei.token) == (world.tokens["Anong"], world.tokens["Wei"])
        assert anong.url == base  # the trailing slash is gone: one hub, one cursor
        assert connection.remembered(ws.db) == wei  # the last one is the default
        status = connection.status(ws.db, ids["Anong"])
        assert status.hub_url == base
        assert status.last_sync_at is not None
        assert status.waiting == 0


def test_an_unreachable_hub_is_recorded_for_the_status_line(world, tmp_path: Path):
    with Workspace.open(tmp_path / "ws.db", create=True) as ws:
        with hub_thread(world.url) as base:
            with SyncClient(ws.db, base, world.tokens["Anong"]) as client:
                client.sync()
            connection.remember(ws.db, base, client.user_id, world.tokens["Anong"])
            answered = label_queue(ws, "Anong")
        # The hub is gone now.
        with (
            SyncClient(
                ws.db, base, world.tokens["Anong"], retries=2, backoff=0.01, user_id=client.user_id
            ) as offline,
            pytest.raises(HubUnreachable, match="working offline"),
        ):
            offline.sync()
        status = connection.status(ws.db, client.user_id)
        assert status.last_error is not None
        assert "cannot reach the hub" in status.last_error
        assert status.last_attempt_at is not None
        assert status.waiting >= answered > 0  # nothing lost: it all waits


def test_a_profile_without_work_is_taken_over_by_the_hub_user(world, tmp_path: Path):
    with hub_thread(world.url) as base, Workspace.open(tmp_path / "ws.db", create=True) as ws:
        local = ws.users.create("Anong", Role.LABELLER, ["th"])
        ws.users.set_preference(local.id, "favourites", ["ORDER>cancel_order"])
        with SyncClient(ws.db, base, world.tokens["Anong"]) as client:
            client.sync()
        profile = ws.users.find("Anong")
        assert profile.id == client.user_id != local.id
        assert ws.users.preference(profile.id, "favourites") == ["ORDER>cancel_order"]
        assert [p.name for p in ws.users.list()] == ["Anong"]


def test_a_profile_with_work_of_its_own_is_a_conflict(world, tmp_path: Path):
    with hub_thread(world.url) as base, Workspace.open(tmp_path / "ws.db", create=True) as ws:
        with SyncClient(ws.db, base, world.tokens["Wei"]) as client:
            client.sync()
        # Someone renames the synced user locally and makes another "Wei" with work.
        wei = ws.users.find("Wei")
        with ws.db.sessions.begin() as s:
            from labeldesk.storage.models import User

            s.get(User, wei.id).name = "Wei (hub)"
        other = ws.users.create("Wei", Role.LABELLER, ["zh"])
        with ws.db.sessions.begin() as s:
            from labeldesk.storage.models import Assignment

            row = s.query(Assignment).filter_by(user_id=wei.id).first()
            row.user_id = other.id
        with (
            SyncClient(ws.db, base, world.tokens["Wei"]) as again,
            pytest.raises(SyncConflict, match="with work of their own"),
        ):
            again.sync()
