"""A page's assignments on a workstation: batches, conversations with their turns, the work
itself, and what travels with it (predictions, training gold, review items with their
anonymous slots). Every kind of row is written for the whole page at once.

Records are upserted by their hub ids (conversations by external id, batches by name), so
applying a page twice changes nothing. A conversation already here is left as it is (its
turns too). An assignment already here takes the hub's position, due date, lease and quiz,
but keeps its own status: work done here while offline stays done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    Prediction,
    Purpose,
    ReviewItem,
    ReviewReason,
    Taxonomy,
    Turn,
    WorkStatus,
    answer_category,
    utcnow,
)
from labeldesk.sync import bulk
from labeldesk.sync.apply_rows import (
    ANONYMOUS_ID,
    Row,
    conversation_ids,
    ensure_anonymous,
    existing,
    insert_rows,
    pairs,
    parse_time,
    table_of,
    upsert,
    upsert_gold,
)

#: The columns of an assignment already here that the hub's record updates.
_ASSIGNMENT_UPDATES = ("position", "due_at", "lease_expires_at", "quiz_id")
#: The latest-answer columns an annotation copies from its newest revision.
_ANSWER_COLUMNS = (
    "latest_revision",
    "answer",
    "skipped",
    "unsure",
    "active_seconds",
    "answered_at",
)


@dataclass
class WorkApplied:
    """What a page's assignment records changed."""

    stored: int = 0
    dropped: int = 0
    kept: int = 0  # expired on the hub but worked here: the answer still goes up


def apply_assignments(s: Session, user_id: str, records: Sequence[Row]) -> WorkApplied:
    """Apply a page's assignment records (in page order) for ``user_id``."""
    expired = [r["id"] for r in records if r["status"] == WorkStatus.EXPIRED.value]
    live = [r for r in records if r["status"] != WorkStatus.EXPIRED.value]
    out = WorkApplied(stored=len(live))
    out.dropped, out.kept = _expire(s, expired)
    if not live:
        return out
    batches = _batches(s, [r["batch"] for r in live])
    convs = _conversations(s, live, batches)
    _assignments(s, user_id, live, convs)
    _predictions(s, live, convs)
    gold = [(r["gold"], convs[r["conversation"]["external_id"]]) for r in live if r.get("gold")]
    upsert_gold(s, gold)
    items = [
        (r["review_item"], convs[r["conversation"]["external_id"]])
        for r in live
        if r.get("review_item")
    ]
    _review_items(s, items)
    return out


def _expire(s: Session, ids: Sequence[str]) -> tuple[int, int]:
    """Drop expired leases not worked here: (dropped, kept because worked)."""
    here = existing(s, Assignment.id, ids)
    if not here:
        return 0, 0
    worked = existing(s, Annotation.assignment_id, here)
    dropped = here - worked
    if dropped:
        s.execute(
            delete(Assignment).where(bulk.among(Assignment.id, dropped)),
            execution_options={"synchronize_session": False},
        )
    return len(dropped), len(worked)


def _batches(s: Session, given: Sequence[Row]) -> dict[str, int]:
    """Local batch ids by name, made for names new here (the first record's fields)."""
    first: dict[str, Row] = {}
    for b in given:
        first.setdefault(b["name"], b)
    taxonomies = dict(
        s.execute(
            select(Taxonomy.name, Taxonomy.id).where(
                Taxonomy.name.in_({b["taxonomy"] for b in first.values() if b.get("taxonomy")})
            )
        ).all()
    )
    have = {
        name: (batch_id, taxonomy_id)
        for name, batch_id, taxonomy_id in s.execute(
            select(Batch.name, Batch.id, Batch.taxonomy_id).where(Batch.name.in_(first))
        ).all()
    }
    insert_rows(
        s,
        Batch,
        [
            {
                "name": name,
                "taxonomy_id": taxonomies.get(b.get("taxonomy")),
                "multi_label": bool(b.get("multi_label")),
                "source": f"hub:{b.get('taxonomy') or ''}",
            }
            for name, b in first.items()
            if name not in have
        ],
    )
    # A batch that came before its taxonomy gets it now.
    for name, (batch_id, taxonomy_id) in have.items():
        found = taxonomies.get(first[name].get("taxonomy"))
        if taxonomy_id is None and found is not None:
            s.execute(update(Batch).where(Batch.id == batch_id).values(taxonomy_id=found))
    return dict(s.execute(select(Batch.name, Batch.id).where(Batch.name.in_(first))).all())


def _conversations(s: Session, live: Sequence[Row], batches: dict[str, int]) -> dict[str, int]:
    """Local conversation ids by external id; new ones stored with their turns."""
    first: dict[str, tuple[Row, int]] = {}
    for r in live:
        c = r["conversation"]
        first.setdefault(c["external_id"], (c, batches[r["batch"]["name"]]))
    ids = conversation_ids(s, first)
    new = [(c, batch_id) for ext, (c, batch_id) in first.items() if ext not in ids]
    if not new:
        return ids
    insert_rows(
        s,
        Conversation,
        [
            {
                "external_id": c["external_id"],
                "batch_id": batch_id,
                "content_hash": c.get("content_hash") or "",
                "language": c.get("language") or "und",
                "language_confidence": float(c.get("language_confidence") or 0.0),
                "source_language": c.get("source_language"),
                "meta": c.get("meta") or {},
                "n_turns": len(c.get("turns") or []),
            }
            for c, batch_id in new
        ],
    )
    ids.update(conversation_ids(s, (c["external_id"] for c, _b in new)))
    insert_rows(
        s,
        Turn,
        [
            {
                "conversation_id": ids[c["external_id"]],
                "idx": t["idx"],
                "speaker": t["speaker"],
                "text": t["text"],
                "ts": t.get("ts"),
                "meta": t.get("meta"),
            }
            for c, _b in new
            for t in c.get("turns") or []
        ],
    )
    return ids


def _assignments(s: Session, user_id: str, live: Sequence[Row], convs: dict[str, int]) -> None:
    """Store new assignments; update the hub-owned columns of those already here."""
    rows = [
        {
            "id": r["id"],
            "conversation_id": convs[r["conversation"]["external_id"]],
            "user_id": user_id,
            "purpose": Purpose(r["purpose"]),
            # The hub's status: work answered on another workstation is not to do here.
            "status": WorkStatus(r["status"]),
            "position": int(r["position"]),
            "due_at": parse_time(r.get("due_at")),
            "lease_expires_at": parse_time(r.get("lease_expires_at")),
            "quiz_id": r.get("quiz_id"),
        }
        for r in live
    ]
    upsert(s, Assignment, rows, key=["id"], update=_ASSIGNMENT_UPDATES)


def _predictions(s: Session, live: Sequence[Row], convs: dict[str, int]) -> None:
    """Each conversation's model predictions, once (the lead shows them in the blind pass)."""
    given: dict[int, list[Row]] = {}
    for r in live:
        if r.get("predictions"):
            given.setdefault(convs[r["conversation"]["external_id"]], r["predictions"])
    have = existing(s, Prediction.conversation_id, given)
    insert_rows(
        s,
        Prediction,
        [
            {
                "conversation_id": cid,
                "label_key": p["label"],
                "turn_idx": p.get("turn"),
                "score": p.get("score"),
                "model": p.get("model") or "",
            }
            for cid, rows in given.items()
            if cid not in have
            for p in rows
        ],
    )


def _review_items(s: Session, items: Sequence[tuple[Row, int]]) -> None:
    """Review items and their anonymous slots (annotations under the anonymous user)."""
    if not items:
        return
    ensure_anonymous(s)
    _slots(s, [(slot, cid) for item, cid in items for slot in item["slots"]])
    upsert(
        s,
        ReviewItem,
        [
            {
                "id": item["id"],
                "conversation_id": cid,
                "reason": ReviewReason(item["reason"]),
                "slot_annotation_ids": [slot["annotation_id"] for slot in item["slots"]],
            }
            for item, cid in items
        ],
        key=["id"],
        update=("slot_annotation_ids",),
    )


def _slots(s: Session, slots: Sequence[tuple[Row, int]]) -> None:
    """Each slot's annotation (made if new) and answer as a new revision (if new here).

    A revision new here is numbered after the annotation's latest one here, and its answer
    is copied onto the annotation, as a submit would.
    """
    latest: dict[str, int] = pairs(
        s, Annotation.id, Annotation.latest_revision, (slot["annotation_id"] for slot, _ in slots)
    )
    known = existing(s, AnnotationRevision.id, (slot["revision_id"] for slot, _ in slots))
    new_annotations: dict[str, Row] = {}
    answers: dict[str, Row] = {}
    revisions: list[Row] = []
    for slot, cid in slots:
        ann_id = slot["annotation_id"]
        if ann_id not in latest:
            latest[ann_id] = 0
            new_annotations[ann_id] = _anonymous_annotation(ann_id, cid)
        if slot["revision_id"] in known:
            continue
        known.add(slot["revision_id"])
        latest[ann_id] += 1
        now = utcnow()
        revisions.append(_slot_revision(slot, ann_id, latest[ann_id], now))
        answers[ann_id] = {
            "latest_revision": latest[ann_id],
            "answer": answer_category(slot["labels"]),
            "skipped": False,
            "unsure": bool(slot.get("unsure")),
            "active_seconds": 0.0,
            "answered_at": now,
        }
    for ann_id, row in new_annotations.items():
        row.update(answers.pop(ann_id, {}))
    insert_rows(s, Annotation, list(new_annotations.values()))
    insert_rows(s, AnnotationRevision, revisions)
    if answers:
        table = table_of(Annotation)
        s.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({name: bindparam(f"b_{name}") for name in _ANSWER_COLUMNS}),
            [
                {"b_id": ann_id, **{f"b_{name}": value for name, value in row.items()}}
                for ann_id, row in answers.items()
            ],
        )


def _anonymous_annotation(annotation_id: str, conversation_id: int) -> Row:
    """A slot's annotation, new here: no answer yet, under the anonymous user."""
    return {
        "id": annotation_id,
        "conversation_id": conversation_id,
        "user_id": ANONYMOUS_ID,
        "assignment_id": None,
        "latest_revision": 0,
        "answer": "",
        "skipped": False,
        "unsure": False,
        "active_seconds": 0.0,
        "answered_at": None,
    }


def _slot_revision(slot: Row, annotation_id: str, number: int, now: dt.datetime) -> Row:
    """A slot's answer as revision ``number`` of its local annotation."""
    return {
        "id": slot["revision_id"],
        "annotation_id": annotation_id,
        "number": number,
        "labels": list(slot["labels"]),
        "turn_labels": dict(slot.get("turn_labels") or {}),
        "unsure": bool(slot.get("unsure")),
        "skip_reason": None,
        "note": slot.get("note") or "",
        "active_seconds": 0.0,
        "taxonomy_version_id": None,
        "created_at": now,
    }
