"""Offline exchange: the sync records carried as a signed file, for sites with no link at all.

The round trip, with a person carrying files::

    lead, at the hub:  labeldesk hub exchange --user Anong -o to-anong.ldsync   (first time)
    workstation:       labeldesk sync --from-file to-anong.ldsync --token T
    workstation:       labeldesk sync --to-file from-anong.ldsync
    lead, at the hub:  labeldesk hub exchange from-anong.ldsync -o to-anong.ldsync
    workstation:       labeldesk sync --from-file to-anong.ldsync

A file holds the same records as the HTTP sync: a workstation's file carries its outbox and
audit entries (pushes) and its pull cursor; the hub's reply carries the acknowledgements and
every record after that cursor. Applying a file twice changes nothing, exactly like a
repeated upload.

A file is gzip of one header line (JSON: format, version, kind, user id, signature) and the
body (JSON). The signature is HMAC-SHA256 of the body's bytes keyed with the SHA-256 of the
user's token: the workstation derives it from the token, and the hub has it stored (the hub
keeps only token hashes). A changed byte, or a file signed for another user, is refused.
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from labeldesk.errors import LabelDeskError
from labeldesk.labelling.dto import Profile
from labeldesk.storage.db import Database
from labeldesk.storage.models import AuditEntry, OutboxEntry, Role, User, Vendor, utcnow
from labeldesk.sync import outbox
from labeldesk.sync.auth import hash_token
from labeldesk.sync.client_apply import Applied, apply_page, ensure_user
from labeldesk.sync.connection import remember, remembered
from labeldesk.sync.hub_pull import pull_page
from labeldesk.sync.hub_push import apply_push
from labeldesk.sync.protocol import (
    MAX_CHUNK_RECORDS,
    MAX_PULL_RECORDS,
    NUL_MESSAGE,
    PROTOCOL,
    PushRequest,
    has_nul,
)

FORMAT = "labeldesk-sync"
VERSION = 1
#: The hub "URL" a workstation keeps its file-exchange cursor under when it never synced online.
FILE_HUB = "file:"


class ExchangeError(LabelDeskError):
    """A sync file could not be used: unreadable, changed, or for another user."""


@dataclass
class ExchangeReport:
    """What writing or reading a sync file did."""

    user: str = ""
    pushed: int = 0
    acked: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    records: int = 0
    assignments: int = 0
    dropped: int = 0
    feedback: int = 0


# -- the file ---------------------------------------------------------------------------------


def _key(token_hash: str) -> bytes:
    return token_hash.encode("ascii")


def _sign(token_hash: str, kind: str, user_id: str, body: bytes) -> str:
    """HMAC of the header's meaning (format, version, direction, user) and the body."""
    head = f"{FORMAT}\n{VERSION}\n{kind}\n{user_id}\n".encode()
    return hmac.new(_key(token_hash), head + body, hashlib.sha256).hexdigest()


def write_file(path: Path, kind: str, user_id: str, token_hash: str, body: dict[str, Any]) -> None:
    """Write a signed sync file atomically (a crash leaves the old file or none, never half)."""
    data = orjson.dumps(body)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "user_id": user_id,
        "signature": _sign(token_hash, kind, user_id, data),
    }
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(orjson.dumps(header) + b"\n" + data)
    with tmp.open("rb") as f:
        os.fsync(f.fileno())
    tmp.replace(path)


def read_header(path: Path) -> tuple[dict[str, Any], bytes]:
    """The header and the body bytes of a sync file; ExchangeError if it is not one."""
    try:
        with gzip.open(path, "rb") as gz:
            raw = gz.read()
    except FileNotFoundError:
        raise ExchangeError(f"{path}: no such file") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise ExchangeError(f"{path}: not a LabelDesk sync file ({exc})") from None
    line, _, body = raw.partition(b"\n")
    try:
        header = orjson.loads(line)
    except orjson.JSONDecodeError:
        raise ExchangeError(f"{path}: not a LabelDesk sync file (no header)") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ExchangeError(f"{path}: not a LabelDesk sync file")
    if header.get("version") != VERSION:
        raise ExchangeError(f"{path}: sync file version {header.get('version')} is not supported")
    return header, body


def verify(path: Path, header: dict[str, Any], body: bytes, token_hash: str) -> dict[str, Any]:
    """The body, if the signature holds for ``token_hash``; ExchangeError if not."""
    expected = _sign(token_hash, str(header.get("kind")), str(header.get("user_id")), body)
    if not hmac.compare_digest(expected, str(header.get("signature", ""))):
        raise ExchangeError(
            f"{path}: the signature does not match: the file was changed after it was signed, "
            "or it was made for another user's token"
        )
    parsed = orjson.loads(body)
    if not isinstance(parsed, dict):
        raise ExchangeError(f"{path}: the body is not a sync record set")
    return parsed


# -- the workstation ----------------------------------------------------------------------------


def write_push_file(db: Database, path: Path, token: str | None = None) -> ExchangeReport:
    """Write this workstation's waiting records for the hub (nothing is marked sent yet)."""
    conn = remembered(db)
    if conn is None:
        raise ExchangeError(
            "this workspace has not synced yet: read the hub's first file with "
            "`labeldesk sync --from-file F --token T` (or sync online once)"
        )
    token = token or conn.token
    with db.sessions.begin() as s:
        client = outbox.client_id(s)
        state = outbox.state(s, conn.url, conn.user_id)
        chunks = _all_chunks(s, conn.user_id, state.audit_seq)
        cursor = state.cursor
        user = s.get(User, conn.user_id)
    body = {
        "user_id": conn.user_id,
        "client_id": client,
        "cursor": cursor,
        "created_at": utcnow().isoformat(),
        "chunks": [{"protocol": PROTOCOL, "client_id": client, "records": c} for c in chunks if c],
    }
    write_file(path, "push", conn.user_id, hash_token(token), body)
    return ExchangeReport(user=user.name if user else "", pushed=sum(len(c) for c in chunks))


def _all_chunks(s: Session, user_id: str, audit_seq: int) -> list[list[dict[str, Any]]]:
    """Every waiting record of the user, then every unsent audit entry, in chunks."""
    chunks, after = [], 0
    while True:
        chunk = outbox.next_chunk(s, user_id, MAX_CHUNK_RECORDS, after_id=after)
        if not chunk.records:
            break
        chunks.append(chunk.records)
        after = max(i for ids in chunk.outbox.values() for i in ids)
    seq = audit_seq
    while True:
        chunk = outbox.next_audit_chunk(s, seq, MAX_CHUNK_RECORDS)
        if not chunk.records:
            break
        chunks.append(chunk.records)
        seq = max(chunk.audit_seqs.values())
    return chunks


def read_reply_file(db: Database, path: Path, token: str | None = None) -> ExchangeReport:
    """Apply the hub's reply file: acknowledgements, then new records, in one transaction."""
    header, raw = read_header(path)
    if header.get("kind") != "reply":
        raise ExchangeError(f"{path}: this is a workstation's file; take it to the hub")
    conn = remembered(db)
    token = token or (conn.token if conn else None)
    if not token:
        raise ExchangeError("give your token (--token) to read the hub's first file")
    body = verify(path, header, raw, hash_token(token))
    me = body["me"]
    hub = conn.url if conn is not None and conn.user_id == me["id"] else FILE_HUB
    report = ExchangeReport(user=me["name"])
    with db.sessions.begin() as s:
        ensure_user(s, me)
        state = outbox.state(s, hub, me["id"])
        _mark_acked(s, body.get("acked", []), body.get("rejected", []), state)
        if int(body["cursor"]) >= int(state.cursor or 0):
            applied = apply_page(s, me["id"], body.get("records", []))
        else:  # an older reply than one read already: its records are out of date
            applied = Applied()
        state.cursor = max(int(state.cursor or 0), int(body["cursor"]))
        state.last_sync_at, state.last_error = utcnow(), None
    if conn is None:
        remember(db, FILE_HUB, me["id"], token)
    report.acked = len(body.get("acked", []))
    report.rejected = [(r["id"], r["error"]) for r in body.get("rejected", [])]
    report.records = sum(1 for r in body.get("records", []) if r.get("type") != "settings")
    report.assignments, report.dropped = applied.assignments, applied.dropped
    report.feedback = applied.feedback
    return report


def _mark_acked(
    s: Session,
    acked: Sequence[str],
    rejected: Sequence[dict[str, str]],
    state: Any,  # noqa: ANN401
) -> None:
    """Mark outbox rows (by record id) and audit entries the hub acknowledged in a file."""
    now = utcnow()
    ids = list(acked)
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        s.execute(
            update(OutboxEntry)
            .where(OutboxEntry.record_id.in_(part), OutboxEntry.acked_at.is_(None))
            .values(acked_at=now, attempts=OutboxEntry.attempts + 1),
            execution_options={"synchronize_session": False},
        )
        seqs = s.scalars(select(AuditEntry.seq).where(AuditEntry.id.in_(part))).all()
        if seqs:
            state.audit_seq = max(int(state.audit_seq or 0), max(seqs))
    for r in rejected:
        s.execute(
            update(OutboxEntry)
            .where(OutboxEntry.record_id == r["id"], OutboxEntry.acked_at.is_(None))
            .values(error=str(r["error"])[:2000]),
            execution_options={"synchronize_session": False},
        )


# -- the hub --------------------------------------------------------------------------------------


def hub_exchange(
    db: Database, out_path: Path, *, in_path: Path | None = None, user: str | None = None
) -> ExchangeReport:
    """Apply a workstation's file (if any) and write the reply for its user.

    Without ``in_path``, ``user`` (a name) gets a first file: everything from the start.
    """
    report = ExchangeReport()
    with db.sessions() as s:
        if in_path is not None:
            header, raw = read_header(in_path)
            if header.get("kind") != "push":
                raise ExchangeError(
                    f"{in_path}: this is the hub's reply; take it to the workstation"
                )
            row = s.get(User, str(header.get("user_id")))
        elif user is not None:
            row = s.scalar(select(User).where(User.name == user))
        else:
            raise ExchangeError("name the workstation's file, or --user for a first file")
        if row is None or not row.active or not row.token_hash:
            raise ExchangeError("no active hub user with a token for this file (revoked?)")
        token_hash = row.token_hash
        vendor = s.scalar(select(Vendor.name).where(Vendor.id == row.vendor_id))
        profile = Profile(row.id, row.name, Role(row.role), tuple(row.languages or ()), vendor)
    body: dict[str, Any] = {"cursor": 0, "chunks": []}
    if in_path is not None:
        body = verify(in_path, header, raw, token_hash)
        if has_nul(raw):
            raise ExchangeError(f"{in_path}: {NUL_MESSAGE}")
    acked, rejected = _apply_chunks(db, profile, body.get("chunks", []), in_path)
    cursor = int(body.get("cursor", 0))
    records: list[dict[str, Any]] = []
    with db.sessions() as s:
        while True:
            page, cursor, more = pull_page(s, profile.id, cursor, MAX_PULL_RECORDS)
            records.extend(page)
            if not more:
                break
        s.commit()
    reply = {
        "me": {
            "id": profile.id,
            "name": profile.name,
            "role": profile.role.value,
            "languages": list(profile.languages),
            "vendor": profile.vendor,
        },
        "acked": acked,
        "rejected": [{"id": i, "error": e} for i, e in rejected],
        "records": records,
        "cursor": cursor,
        "created_at": utcnow().isoformat(),
    }
    write_file(out_path, "reply", profile.id, token_hash, reply)
    report.user, report.acked, report.rejected = profile.name, len(acked), rejected
    report.records = sum(1 for r in records if r.get("type") != "settings")
    return report


def _apply_chunks(
    db: Database, profile: Profile, chunks: Sequence[Any], where: Path | None
) -> tuple[list[str], list[tuple[str, str]]]:
    acked: list[str] = []
    rejected: list[tuple[str, str]] = []
    for n, chunk in enumerate(chunks, 1):
        try:
            request = PushRequest.model_validate(chunk)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first.get("loc", ()))
            raise ExchangeError(f"{where}: chunk {n}: {loc}: {first.get('msg')}") from None
        with db.sessions.begin() as s:
            outcome = apply_push(s, profile, request)
        acked.extend(outcome.acked)
        rejected.extend(outcome.rejected)
    return acked, rejected
