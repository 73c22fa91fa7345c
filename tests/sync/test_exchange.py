"""Offline exchange: the sync records carried as signed files, through the real CLI.

A site with no link: the lead writes a first file for a labeller, the workstation reads it,
works, writes its records to a file, the hub stores them and replies. Everything ends on the
hub exactly once, a repeated file changes nothing, and a changed byte is refused.
"""

from __future__ import annotations

import gzip
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hub_world import build_hub, label_queue
from sqlalchemy import create_engine, text

from labeldesk.storage.db import to_url
from labeldesk.sync.auth import HubUserService
from labeldesk.sync.exchange import ExchangeError, hub_exchange, read_reply_file
from labeldesk.workspace import Workspace


def run(*args: str, ok: bool = True) -> str:
    """Run the real ``labeldesk`` command; its output (stderr's one-line error if it fails)."""
    proc = subprocess.run(
        [sys.executable, "-m", "labeldesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
        return proc.stdout
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stderr


def hub_count(url: str, table: str) -> int:
    engine = create_engine(to_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
    finally:
        engine.dispose()


@pytest.fixture
def world(db_url: str, tmp_path: Path):
    return build_hub(db_url, tmp_path / "hub", gold=0.2)


def test_round_trip_by_files_ends_with_every_record_on_the_hub_once(world, tmp_path: Path):
    hub, station = world.url, str(tmp_path / "anong.db")
    first, up, reply = tmp_path / "first.ldsync", tmp_path / "up.ldsync", tmp_path / "reply.ldsync"

    run("hub", "exchange", "--user", "Anong", "-o", str(first), "-w", hub)
    out = run("sync", "--from-file", str(first), "--token", world.tokens["Anong"], "-w", station)
    assert "received 14 assignment(s)" in out

    with Workspace.open(station) as ws:
        answered = label_queue(ws, "Anong")
    assert answered == 14
    out = run("sync", "--to-file", str(up), "-w", station)
    assert "wrote" in out
    # Nothing is marked sent until the hub's reply says it was stored.
    with sqlite3.connect(station) as conn:
        waiting = conn.execute("SELECT count(*) FROM outbox WHERE acked_at IS NULL").fetchone()[0]
    assert waiting == 14

    out = run("hub", "exchange", str(up), "-o", str(reply), "-w", hub)
    assert "refused 0" in out
    assert hub_count(hub, "annotation_revision") == 14
    assert hub_count(hub, "client_audit") > 0

    # The same file again (carried twice): nothing changes on the hub.
    audit_rows = hub_count(hub, "client_audit")
    run("hub", "exchange", str(up), "-o", str(tmp_path / "reply2.ldsync"), "-w", hub)
    assert hub_count(hub, "annotation_revision") == 14
    assert hub_count(hub, "client_audit") == audit_rows

    run("sync", "--from-file", str(reply), "-w", station)
    with sqlite3.connect(station) as conn:
        waiting = conn.execute("SELECT count(*) FROM outbox WHERE acked_at IS NULL").fetchone()[0]
        gold_results = conn.execute("SELECT count(*) FROM gold_result").fetchone()[0]
    assert waiting == 0
    # Gold was scored on the hub and the scores came back as feedback.
    assert gold_results == hub_count(hub, "gold_result") > 0
    # Reading the reply twice changes nothing.
    run("sync", "--from-file", str(reply), "-w", station)
    with sqlite3.connect(station) as conn:
        assert conn.execute("SELECT count(*) FROM assignment").fetchone()[0] == 14
    out = run("sync", "--to-file", str(tmp_path / "again.ldsync"), "-w", station)
    assert "wrote 0 record(s)" in out


def _rewrite(path: Path, target: Path, change) -> None:
    with gzip.open(path, "rb") as f:
        raw = f.read()
    with gzip.open(target, "wb") as f:
        f.write(change(raw))


def test_a_changed_file_is_refused_and_stores_nothing(world, tmp_path: Path):
    hub, station = world.url, str(tmp_path / "anong.db")
    first, up = tmp_path / "first.ldsync", tmp_path / "up.ldsync"
    run("hub", "exchange", "--user", "Anong", "-o", str(first), "-w", hub)
    run("sync", "--from-file", str(first), "--token", world.tokens["Anong"], "-w", station)
    with Workspace.open(station) as ws:
        label_queue(ws, "Anong", "ORDER>cancel_order")
    run("sync", "--to-file", str(up), "-w", station)

    edited = tmp_path / "edited.ldsync"
    _rewrite(up, edited, lambda raw: raw.replace(b"ORDER>cancel_order", b"ORDER>track_order", 1))
    out = run("hub", "exchange", str(edited), "-o", str(tmp_path / "r.ldsync"), "-w", hub, ok=False)
    assert "signature does not match" in out
    truncated = tmp_path / "truncated.ldsync"
    truncated.write_bytes(up.read_bytes()[:200])
    out = run(
        "hub", "exchange", str(truncated), "-o", str(tmp_path / "r.ldsync"), "-w", hub, ok=False
    )
    assert "not a LabelDesk sync file" in out
    not_gzip = tmp_path / "plain.ldsync"
    not_gzip.write_text("hello", encoding="utf-8")
    out = run(
        "hub", "exchange", str(not_gzip), "-o", str(tmp_path / "r.ldsync"), "-w", hub, ok=False
    )
    assert "not a LabelDesk sync file" in out
    assert hub_count(hub, "annotation_revision") == 0
    assert not (tmp_path / "r.ldsync").exists()


def test_a_reply_only_opens_with_its_users_token(world, tmp_path: Path):
    first = tmp_path / "first.ldsync"
    with Workspace.open(world.url) as hub:
        hub_exchange(hub.db, first, user="Anong")
    with Workspace.open(tmp_path / "wei.db", create=True) as ws:
        with pytest.raises(ExchangeError, match="another user's token"):
            read_reply_file(ws.db, first, world.tokens["Wei"])
        with pytest.raises(ExchangeError, match=r"workstation's file|hub's first file|token"):
            read_reply_file(ws.db, first, None)


def test_a_revoked_user_gets_no_reply(world, tmp_path: Path):
    station, first, up = tmp_path / "anong.db", tmp_path / "first.ldsync", tmp_path / "up.ldsync"
    run("hub", "exchange", "--user", "Anong", "-o", str(first), "-w", world.url)
    run("sync", "--from-file", str(first), "--token", world.tokens["Anong"], "-w", str(station))
    run("sync", "--to-file", str(up), "-w", str(station))
    with Workspace.open(world.url) as hub:
        HubUserService(hub.db).revoke("Anong")
    out = run(
        "hub", "exchange", str(up), "-o", str(tmp_path / "r.ldsync"), "-w", world.url, ok=False
    )
    assert "revoked" in out


def test_files_go_to_the_right_side(world, tmp_path: Path):
    first = tmp_path / "first.ldsync"
    run("hub", "exchange", "--user", "Anong", "-o", str(first), "-w", world.url)
    out = run(
        "hub", "exchange", str(first), "-o", str(tmp_path / "r.ldsync"), "-w", world.url, ok=False
    )
    assert "take it to the workstation" in out
    out = run(
        "sync", "--to-file", str(tmp_path / "up.ldsync"), "-w", str(tmp_path / "new.db"), ok=False
    )
    assert "has not synced yet" in out
