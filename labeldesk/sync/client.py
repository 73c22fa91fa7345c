"""The sync client: push the outbox to the hub in chunks, then pull from the server cursor.

Exactly once, whatever breaks: every record has a client-made id and the hub upserts by it,
so a chunk is simply sent again after any failure (a dropped connection, a hub restart, this
process killed after sending); outbox rows are marked done only after the hub's
acknowledgement, in one local transaction; a pulled page and the new cursor are written in
one local transaction too. A full disk or any local write failure rolls the transaction back
and the next sync resumes where the last acknowledged step ended.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson
from sqlalchemy.exc import OperationalError

from labeldesk.errors import LabelDeskError
from labeldesk.progress import Progress, ProgressCallback, no_progress
from labeldesk.storage.db import Database
from labeldesk.storage.models import utcnow
from labeldesk.sync import outbox
from labeldesk.sync.client_apply import Applied, apply_page, ensure_user
from labeldesk.sync.protocol import DEFAULT_CHUNK_RECORDS, DEFAULT_PULL_RECORDS, PROTOCOL

#: Statuses worth retrying: the hub is restarting, busy, or a proxy failed.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class SyncError(LabelDeskError):
    """A sync that could not finish; the message says why and what to do."""


class HubUnreachable(SyncError):
    """The hub could not be reached (after retries): the workstation is offline."""


class DiskFull(SyncError):
    """The workspace could not be written: the disk (or the database's size cap) is full."""


@dataclass
class SyncReport:
    """What one sync did."""

    user: str = ""
    pushed: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    audit_sent: int = 0
    pulled: int = 0
    assignments: int = 0
    dropped: int = 0
    feedback: int = 0
    taxonomy_versions: int = 0
    chunks: int = 0
    pages: int = 0
    retries: int = 0
    waiting: int = 0


#: Called after a chunk was sent and before its acknowledgement is recorded (fault tests).
AfterSend = Callable[[dict[str, Any]], None]


class SyncClient:
    """Sync one user's work in a workspace with a hub.

    Parameters
    ----------
    db
        The workstation's workspace.
    hub_url
        The hub's base URL, e.g. ``https://hub.example.com`` or ``http://127.0.0.1:8750``.
    token
        The user's token (``labeldesk hub user add`` printed it).
    chunk, page
        Records per push chunk and per pull page.
    retries
        Attempts per request before giving up (with exponential backoff from ``backoff``).
    transport
        An httpx transport (tests pass a proxy-aware or in-process one); default: network.
    """

    def __init__(
        self,
        db: Database,
        hub_url: str,
        token: str,
        *,
        chunk: int = DEFAULT_CHUNK_RECORDS,
        page: int = DEFAULT_PULL_RECORDS,
        retries: int = 6,
        backoff: float = 0.2,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
        after_send: AfterSend | None = None,
        user_id: str | None = None,
    ) -> None:
        if not token.strip() or not token.isascii():
            raise SyncError("a token is plain ASCII text: check it was copied whole")
        self.db = db
        self.hub_url = normalise_url(hub_url)
        self.chunk, self.page = chunk, page
        self.retries, self.backoff = max(1, retries), backoff
        self.after_send = after_send
        self.http = httpx.Client(
            base_url=self.hub_url,
            headers={"Authorization": f"Bearer {token}", "User-Agent": "labeldesk-sync/1"},
            timeout=timeout,
            transport=transport,
        )
        # Known up front when the workspace remembers whose token this is, so a sync that
        # cannot reach the hub still records the attempt (the status line says "offline").
        self.user_id: str | None = user_id

    def close(self) -> None:
        """Close the HTTP connections."""
        self.http.close()

    def __enter__(self) -> SyncClient:
        """Use as a context manager that closes the connections."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the connections."""
        self.close()

    # -- the whole sync -----------------------------------------------------------------------

    def sync(self, progress: ProgressCallback = no_progress) -> SyncReport:
        """Push everything waiting, then pull everything new; a report of both."""
        report = SyncReport()
        try:
            me = self.request("GET", "/v1/me", report=report)
        except SyncError as exc:
            if self.user_id is not None:
                message = str(exc)
                self._local(self._started)
                self._local(lambda s: self._failed(s, message))
            raise
        self.user_id = str(me["id"])
        report.user = str(me["name"])
        self._local(lambda s: ensure_user(s, me))
        self._local(self._started)
        try:
            self.push(report, progress)
            self.pull(report, progress)
        except SyncError as exc:
            message = str(exc)
            self._local(lambda s: self._failed(s, message))
            raise
        self._local(self._finished)
        with self.db.sessions() as s:
            report.waiting = outbox.pending_count(s, self.user_id, self.hub_url)
        return report

    def push(self, report: SyncReport, progress: ProgressCallback = no_progress) -> None:
        """Send the user's outbox, then the audit log, chunk by chunk until nothing waits.

        One chunk is on its way at a time, and its acknowledgement is recorded before the
        next is sent; the next chunk is read from the workspace while the hub works on this
        one.
        """
        user_id = self._user()
        with self.db.sessions() as s:
            total = outbox.pending_count(s, user_id, self.hub_url)
        client_id = self._local(outbox.client_id)
        chunks = self._chunks(user_id)
        done = 0
        with ThreadPoolExecutor(1, thread_name_prefix="labeldesk-sync") as pool:
            chunk = next(chunks, None)
            while chunk is not None:
                sending = pool.submit(self._send, client_id, chunk, report)
                following = next(chunks, None)  # read while the hub stores this one
                reply = sending.result()
                self._local(lambda s, c=chunk, r=reply: self._record(s, c, r))
                acked = len(reply.get("acked", []))
                report.chunks += 1
                if chunk.audit_seqs:
                    report.audit_sent += acked
                else:
                    report.pushed += acked
                report.rejected.extend((r["id"], r["error"]) for r in reply.get("rejected", []))
                done += len(chunk.records)
                progress(Progress(done, max(total, done), "records", "sending"))
                if not acked and not reply.get("rejected"):
                    raise SyncError("the hub acknowledged nothing in a chunk; try again later")
                chunk = following

    def _chunks(self, user_id: str) -> Iterator[outbox.Chunk]:
        """The outbox's chunks, then the audit log's, each read when asked for."""
        after = 0
        while True:
            with self.db.sessions() as s:
                chunk = outbox.next_chunk(s, user_id, self.chunk, after_id=after)
            if not chunk.outbox:
                break
            after = max(max(rows) for rows in chunk.outbox.values())
            if chunk.records:
                yield chunk
        with self.db.sessions() as s:
            seq = outbox.state(s, self.hub_url, user_id).audit_seq or 0
            s.rollback()
        while True:
            with self.db.sessions() as s:
                chunk = outbox.next_audit_chunk(s, seq, self.chunk)
            if not chunk.records:
                return
            seq = max(chunk.audit_seqs.values())
            yield chunk

    def pull(self, report: SyncReport, progress: ProgressCallback = no_progress) -> None:
        """Pull pages from the server cursor until the hub has nothing more."""
        user_id = self._user()
        while True:
            with self.db.sessions() as s:
                cursor = outbox.state(s, self.hub_url, user_id).cursor
                s.commit()
            body = self.request(
                "GET", "/v1/pull", params={"cursor": cursor, "limit": self.page}, report=report
            )
            # Count records, not the settings line every page starts with.
            records = [r for r in body.get("records", []) if r.get("type") != "settings"]
            applied = self._local(lambda s, b=body: self._apply(s, b))
            report.pages += 1
            report.pulled += len(records)
            report.assignments += applied.assignments
            report.dropped += applied.dropped
            report.feedback += applied.feedback
            report.taxonomy_versions += applied.taxonomy_versions
            progress(Progress(report.pulled, None, "records", "receiving"))
            if not body.get("more"):
                return

    # -- local steps (each one transaction) ---------------------------------------------------

    def _record(self, s: Any, chunk: outbox.Chunk, reply: dict[str, Any]) -> None:  # noqa: ANN401
        state = outbox.state(s, self.hub_url, self._user())
        rejected = [(r["id"], r["error"]) for r in reply.get("rejected", [])]
        outbox.mark(s, chunk, reply.get("acked", []), rejected, state)

    def _apply(self, s: Any, body: dict[str, Any]) -> Applied:  # noqa: ANN401 - a Session
        applied = apply_page(s, self._user(), body.get("records", []))
        state = outbox.state(s, self.hub_url, self._user())
        state.cursor = max(int(state.cursor or 0), int(body["cursor"]))
        return applied

    def _started(self, s: Any) -> None:  # noqa: ANN401 - a Session
        outbox.state(s, self.hub_url, self._user()).last_attempt_at = utcnow()

    def _failed(self, s: Any, message: str) -> None:  # noqa: ANN401 - a Session
        outbox.state(s, self.hub_url, self._user()).last_error = message[:2000]

    def _finished(self, s: Any) -> None:  # noqa: ANN401 - a Session
        state = outbox.state(s, self.hub_url, self._user())
        state.last_sync_at, state.last_error = utcnow(), None

    def _local(self, step: Callable[[Any], Any]) -> Any:  # noqa: ANN401
        """Run one local write step in its own transaction; DiskFull if the disk is full."""
        try:
            with self.db.sessions.begin() as s:
                return step(s)
        except (OperationalError, sqlite3.OperationalError) as exc:
            text = str(getattr(exc, "orig", exc))
            if "full" in text.lower():
                raise DiskFull(
                    "the workspace's disk is full: nothing was lost, and what the hub already "
                    "acknowledged is sent again (harmlessly) next time. Free some space and "
                    f"sync again ({text})"
                ) from exc
            raise

    def _user(self) -> str:
        if self.user_id is None:
            raise SyncError("sync() first asks the hub who the token belongs to")
        return self.user_id

    # -- HTTP ---------------------------------------------------------------------------------

    def _send(self, client_id: str, chunk: outbox.Chunk, report: SyncReport) -> dict[str, Any]:
        body = {"protocol": PROTOCOL, "client_id": client_id, "records": chunk.records}
        reply = self.request("POST", "/v1/push", content=orjson.dumps(body), report=report)
        if self.after_send is not None:
            self.after_send(reply)
        return reply

    def request(
        self,
        method: str,
        path: str,
        *,
        report: SyncReport | None = None,
        **kwargs: Any,  # noqa: ANN401 - passed to httpx
    ) -> dict[str, Any]:
        """One request, retried with backoff on network errors and retryable statuses."""
        if "content" in kwargs:
            kwargs.setdefault("headers", {})["Content-Type"] = "application/json"
        last = ""
        for attempt in range(self.retries):
            if attempt:
                if report is not None:
                    report.retries += 1
                time.sleep(min(self.backoff * 2 ** (attempt - 1), 5.0))
            try:
                response = self.http.request(method, path, **kwargs)
            except httpx.TransportError as exc:
                last = f"{type(exc).__name__}: {exc}"
                continue
            if response.status_code in RETRY_STATUSES:
                last = f"HTTP {response.status_code}: {_message(response)}"
                continue
            if response.status_code >= 400:
                raise SyncError(f"the hub refused {method} {path}: {_message(response)}")
            try:
                return orjson.loads(response.content)
            except orjson.JSONDecodeError:
                last = "the hub's reply was cut off or not JSON"
                continue
        raise HubUnreachable(f"cannot reach the hub at {self.hub_url} ({last}); working offline")


def normalise_url(url: str) -> str:
    """A hub URL as it is stored and compared: no surrounding space, no trailing slash."""
    return url.strip().rstrip("/")


def _message(response: httpx.Response) -> str:
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return f"HTTP {response.status_code}"
    if isinstance(body, dict) and "error" in body:
        return f"{body['error']} (HTTP {response.status_code})"
    return f"HTTP {response.status_code}"
