"""The append-only, hash-chained audit log: each entry carries the hash of the one before."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from labeldesk.storage.models import AuditEntry, new_uuid, utcnow


def canonical_time(at: dt.datetime) -> str:
    """ISO 8601 in UTC without an offset, so a hash survives a round trip through SQLite."""
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.isoformat()


def entry_hash(prev_hash: str, entry_id: str, at: str, action: str, payload: dict[str, Any]) -> str:
    """SHA-256 over the previous hash and this entry's canonical JSON."""
    body = orjson.dumps(
        {"prev": prev_hash, "id": entry_id, "at": at, "action": action, "payload": payload},
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(body).hexdigest()


def record(
    session: Session,
    action: str,
    *,
    entity: str = "",
    entity_id: str = "",
    payload: dict[str, Any] | None = None,
    user_id: str | None = None,
) -> AuditEntry:
    """Append an entry to the audit log inside the caller's unit of work."""
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)) or ""
    entry_id, at, body = new_uuid(), utcnow(), dict(payload or {})
    entry = AuditEntry(
        id=entry_id,
        at=at,
        user_id=user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        payload=body,
        prev_hash=prev,
        hash=entry_hash(prev, entry_id, canonical_time(at), action, body),
    )
    session.add(entry)
    session.flush()
    return entry
