"""The workstation's hash-chained audit log reaches the hub, which checks the chain.

Entries arrive in order from the sync client, or in any order and more than once when
chunks are delivered again (posted here directly with httpx): the chain still checks out.
An entry edited on the workstation (its append-only trigger dropped in a copy of the file)
is flagged on upload: ``chain_ok`` false, an ``audit.chain_break`` entry in the hub's own
log, and the break listed by ``GET /v1/status`` for the lead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sync_helpers import Served, served_hub

from labeldesk.audit import canonical_time, entry_hash
from labeldesk.labelling.dto import Answer, QueueFilter
from labeldesk.storage.models import AuditEntry, ClientAudit
from labeldesk.sync import outbox
from labeldesk.sync.protocol import PROTOCOL
from labeldesk.workspace import Workspace

LABELS = ("ORDER>cancel_order", "ORDER>track_order", "REFUND>get_refund")


@pytest.fixture
def served(db_url: str, tmp_path: Path) -> Iterator[Served]:
    """A small hub."""
    with served_hub(db_url, tmp_path, per_language=3) as hub:
        yield hub


def answer_some(served: Served, name: str, ws: Workspace, n: int) -> None:
    """Sync, then submit ``n`` answers offline: ``n`` audit entries."""
    served.sync(name, ws)
    user = ws.users.find(name)
    for i, row in enumerate(ws.queue.page(user, QueueFilter(), limit=n)):
        ws.labelling.submit(user, row.assignment_id, Answer(labels=(LABELS[i % 3],)))


def local_chain(ws: Workspace) -> list[tuple[int, str, str, str]]:
    """The workstation's audit log: (seq, id, prev hash, hash)."""
    with ws.db.sessions() as s:
        return [
            (e.seq, e.id, e.prev_hash, e.hash)
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


def hub_chain(served: Served, client_id: str) -> list[tuple[int, str, str, str, bool | None]]:
    """What the hub holds of a workstation's chain: (seq, id, prev hash, hash, chain_ok)."""
    with served.hub.db.sessions() as s:
        return [
            (e.seq, e.id, e.prev_hash, e.hash, e.chain_ok)
            for e in s.scalars(
                select(ClientAudit)
                .where(ClientAudit.client_id == client_id)
                .order_by(ClientAudit.seq)
            )
        ]


def workstation_id(ws: Workspace) -> str:
    """The id the workstation's chain goes by."""
    with ws.db.sessions.begin() as s:
        return outbox.client_id(s)


def lead_status(served: Served) -> dict[str, Any]:
    """``GET /v1/status`` as the lead."""
    reply = httpx.get(
        served.base + "/v1/status",
        headers={"Authorization": f"Bearer {served.token('Dana')}"},
        timeout=30,
    )
    assert reply.status_code == 200, reply.text
    return reply.json()


def test_the_audit_log_reaches_the_hub_with_its_chain_intact(served: Served) -> None:
    ws = served.client("Anong")
    answer_some(served, "Anong", ws, 5)
    report = served.sync("Anong")
    chain = local_chain(ws)
    assert len(chain) >= 5
    assert report.audit_sent == len(chain)

    stored = hub_chain(served, workstation_id(ws))
    assert [row[:4] for row in stored] == chain
    assert all(row[4] is True for row in stored)
    with ws.db.sessions() as s:
        assert outbox.pending_count(s, served.user_id("Anong"), served.base) == 0
    status = lead_status(served)
    assert status["audit_chain_breaks"] == []

    # More work later continues the same chain.
    answer_some(served, "Anong", ws, 2)
    served.sync("Anong")
    stored = hub_chain(served, workstation_id(ws))
    assert [row[:4] for row in stored] == local_chain(ws)
    assert all(row[4] is True for row in stored)


def audit_records(ws: Workspace) -> list[dict[str, Any]]:
    """The workstation's audit entries as push records, in order."""
    with ws.db.sessions() as s:
        return outbox.next_audit_chunk(s, 0, 10_000).records


def post(served: Served, name: str, client_id: str, records: list[dict[str, Any]]) -> Any:
    """POST one push chunk as ``name``; the JSON reply (it must be a 200)."""
    body = {"protocol": PROTOCOL, "client_id": client_id, "records": records}
    reply = httpx.post(
        served.base + "/v1/push",
        json=body,
        headers={"Authorization": f"Bearer {served.token(name)}"},
        timeout=30,
    )
    assert reply.status_code == 200, reply.text
    return reply.json()


@pytest.mark.parametrize("order", ["shuffled-with-repeats", "one-by-one-last-first"])
def test_chunks_out_of_order_or_twice_still_check_out(served: Served, order: str) -> None:
    ws = served.client("Anong")
    answer_some(served, "Anong", ws, 6)
    records = audit_records(ws)
    client_id = workstation_id(ws)
    assert len(records) >= 6
    if order == "shuffled-with-repeats":
        first, second, third = records[:2], records[2:4], records[4:]
        deliveries = [third, first, third, list(reversed(second)), first, second]
    else:
        deliveries = [[record] for record in reversed(records)] + [[records[3]]]
    for chunk in deliveries:
        reply = post(served, "Anong", client_id, chunk)
        assert sorted(reply["acked"]) == sorted(r["id"] for r in chunk)
        assert reply["rejected"] == []

    stored = hub_chain(served, client_id)
    assert [row[:4] for row in stored] == local_chain(ws)
    assert all(row[4] is True for row in stored)

    # The workstation's own sync sends everything again: nothing changes, nothing breaks.
    report = served.sync("Anong")
    assert report.audit_sent == len(records)
    assert report.rejected == []
    assert hub_chain(served, client_id) == stored
    assert lead_status(served)["audit_chain_breaks"] == []


def tampered_copy(source: Workspace, path: Path, seq: int, *, rehash: bool) -> Workspace:
    """A copy of a workstation whose audit entry ``seq`` was edited after it was made.

    The append-only trigger is dropped in the copy; with ``rehash`` the edited entry also
    gets a hash that matches its new content (so only the link to the next one breaks).
    """
    with (
        closing(sqlite3.connect(source.db.engine.url.database)) as src,
        closing(sqlite3.connect(path)) as dst,
    ):
        src.backup(dst)
        dst.execute("DROP TRIGGER audit_log_no_update")
        dst.commit()
    copy = Workspace.open(path)
    with copy.db.sessions.begin() as s:
        entry = s.get_one(AuditEntry, seq)
        payload = {**entry.payload, "labels": ["REFUND>get_refund"]}
        assert payload != entry.payload
        entry.payload = payload
        if rehash:
            entry.hash = entry_hash(
                entry.prev_hash, entry.id, canonical_time(entry.at), entry.action, payload
            )
    return copy


@pytest.mark.parametrize("rehash", [False, True], ids=["edited", "edited-and-rehashed"])
def test_an_edited_entry_is_flagged_for_the_lead(
    served: Served, tmp_path: Path, rehash: bool
) -> None:
    ws = served.client("Anong")
    answer_some(served, "Anong", ws, 4)
    copy = tampered_copy(ws, tmp_path / "tampered.db", 2, rehash=rehash)
    try:
        report = served.sync("Anong", copy)
        assert report.rejected == []  # stored, and flagged
        client_id = workstation_id(copy)
    finally:
        copy.close()

    broken = 3 if rehash else 2
    stored = {row[0]: row[4] for row in hub_chain(served, client_id)}
    assert stored[broken] is False
    assert all(ok is True for seq, ok in stored.items() if seq != broken)
    with served.hub.db.sessions() as s:
        flagged = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "audit.chain_break")
        ).all()
    assert [(e.payload["client_id"], e.payload["seq"]) for e in flagged] == [(client_id, broken)]
    assert flagged[0].user_id == served.user_id("Anong")

    breaks = lead_status(served)["audit_chain_breaks"]
    assert [(b["client_id"], b["seq"], b["uploaded_by"]) for b in breaks] == [
        (client_id, broken, served.user_id("Anong"))
    ]
    expected = "previous hash" if rehash else "edited after it was made"
    assert expected in breaks[0]["problem"]
