"""Defects a review of the sync found, each shown fixed through what a user does."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import httpx
import pytest
from hub_world import label_queue
from sqlalchemy import func, select
from sync_helpers import served_hub

from labeldesk.review.dto import ReviewAnswer
from labeldesk.storage.models import CauseCode, GoldItem, Review, Verdict
from labeldesk.sync.client import SyncClient, SyncError
from labeldesk.sync.exchange import ExchangeError, hub_exchange, read_reply_file
from labeldesk.workspace import Workspace

CANCEL, TRACK = "ORDER>cancel_order", "ORDER>track_order"


@pytest.fixture
def served(tmp_path: Path):
    with served_hub("sqlite:///" + str(tmp_path / "hub.db"), tmp_path) as hub:
        yield hub


def _disagree_and_review(served) -> tuple[Workspace, str]:
    """Anong and Wei disagree on their shared English chats; Maria reviews one; its id."""
    for name, label in (("Anong", CANCEL), ("Wei", TRACK)):
        ws = served.client(name)
        served.sync(name)
        label_queue(ws, name, label)
        served.sync(name)
    maria = served.client("Maria")
    served.sync("Maria")
    profile = maria.users.find("Maria")
    row = maria.reviews.page(profile)[0]
    task = maria.reviews.open(profile, row.assignment_id)
    verdicts = {
        slot.slot: Verdict.CORRECT if slot.labels == (CANCEL,) else Verdict.INCORRECT
        for slot in task.slots
    }
    answer = ReviewAnswer(labels=(CANCEL,), verdicts=verdicts, cause=CauseCode.LABELLER_ERROR)
    saved = maria.reviews.submit(profile, row.assignment_id, answer)
    assert served.sync("Maria").rejected == []
    return maria, saved.review_item_id


def test_a_review_promoted_to_gold_after_it_was_synced_becomes_gold_on_the_hub(served):
    maria, item_id = _disagree_and_review(served)
    profile = maria.users.find("Maria")
    maria.reviews.promote(profile, item_id, "The customer asks to cancel before it ships.")
    report = served.sync("Maria")
    assert report.rejected == []
    with served.hub.db.sessions() as s:
        assert (
            s.scalar(select(func.count()).select_from(GoldItem).where(GoldItem.source == "review"))
            == 1
        )
        assert s.scalar(select(Review.promoted_to_gold)) is True


def test_a_review_with_a_label_the_taxonomy_lacks_is_refused_not_stored(served):
    maria, _item = _disagree_and_review(served)
    with maria.db.sessions() as s:
        review = s.scalars(select(Review)).one()
        body = {
            "protocol": 1,
            "client_id": "f" * 32,
            "records": [
                {
                    "type": "review",
                    "id": "e" * 32,
                    "data": {
                        "review_item_id": review.review_item_id,
                        "labels": ["NO_SUCH>label"],
                        "slots": [],
                        "created_at": "2026-11-26T10:00:00+00:00",
                    },
                }
            ],
        }
    reply = httpx.post(
        served.base + "/v1/push",
        json=body,
        headers={"Authorization": f"Bearer {served.token('Maria')}"},
        timeout=30,
    )
    assert reply.status_code == 200
    assert reply.json()["acked"] == []
    assert "not a label" in reply.json()["rejected"][0]["error"]


def test_text_with_a_nul_character_is_a_clear_422(served):
    body = json.dumps(
        {
            "protocol": 1,
            "client_id": "a" * 32,
            "records": [
                {
                    "type": "audit",
                    "id": "b" * 32,
                    "data": {
                        "seq": 1,
                        "at": "2026-11-26T10:00:00",
                        "action": "x\u0000y",
                        "prev_hash": "",
                        "hash": "c" * 64,
                    },
                }
            ],
        }
    )
    reply = httpx.post(
        served.base + "/v1/push",
        content=body,
        headers={
            "Authorization": f"Bearer {served.token('Anong')}",
            "Content-Type": "application/json",
        },
        timeout=30,
    )
    assert reply.status_code == 422
    assert "NUL" in reply.json()["error"]


def test_a_sync_file_whose_header_was_changed_is_refused(served, tmp_path: Path):
    first = tmp_path / "first.ldsync"
    hub_exchange(served.hub.db, first, user="Anong")
    with gzip.open(first, "rb") as f:
        header, _, body = f.read().partition(b"\n")
    changed = json.loads(header)
    changed["kind"] = "push"  # made to look like a workstation's file
    forged = tmp_path / "forged.ldsync"
    with gzip.open(forged, "wb") as f:
        f.write(json.dumps(changed).encode() + b"\n" + body)
    with pytest.raises(ExchangeError, match="signature does not match"):
        hub_exchange(served.hub.db, tmp_path / "reply.ldsync", in_path=forged)
    broken = tmp_path / "broken.ldsync"
    broken.write_bytes(first.read_bytes()[:12] + b"\x00" * 40 + first.read_bytes()[52:])
    with Workspace.open(tmp_path / "w.db", create=True) as ws, pytest.raises(ExchangeError):
        read_reply_file(ws.db, broken, served.token("Anong"))


def test_a_token_that_is_not_plain_text_is_refused_before_any_request(tmp_path: Path):
    with (
        Workspace.open(tmp_path / "w.db", create=True) as ws,
        pytest.raises(SyncError, match="plain ASCII"),
    ):
        SyncClient(ws.db, "http://127.0.0.1:9", "ldt_tökén")
