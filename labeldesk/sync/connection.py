"""The hub a workstation syncs with: its URL and the user's token, kept in the workspace.

``labeldesk sync --hub URL --token T`` remembers both, so the app's sync button and its
background sync need nothing typed. The token sits in the workspace file like the work
itself; anyone who can read that file can act as the user, so keep the workspace in the
user's own account (``labeldesk hub user token`` replaces a leaked token).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from labeldesk.storage.db import Database
from labeldesk.storage.models import Setting, SyncState, UserSetting
from labeldesk.sync import outbox

HUB_KEY = "sync.hub"  # the hub and user of the last sync (the workspace's default)
USER_HUB_KEY = "hub"  # per user: {"url": ..., "token": ...}


@dataclass(frozen=True)
class Connection:
    """A remembered hub: URL, the user the token belongs to, the token."""

    url: str
    user_id: str
    token: str


@dataclass(frozen=True)
class SyncStatus:
    """What the status line shows: last sync, records waiting, the last error."""

    hub_url: str | None
    user_id: str | None
    last_sync_at: object
    last_attempt_at: object
    last_error: str | None
    waiting: int


def remember(db: Database, url: str, user_id: str, token: str) -> None:
    """Remember the hub and the user's token (the user must exist locally).

    Each user on a shared workstation keeps their own; the last one is the default.
    """
    url = url.strip().rstrip("/")
    with db.sessions.begin() as s:
        s.merge(Setting(key=HUB_KEY, value={"url": url, "user_id": user_id}))
        s.merge(UserSetting(user_id=user_id, key=USER_HUB_KEY, value={"url": url, "token": token}))


def remembered(db: Database, user_id: str | None = None) -> Connection | None:
    """The hub remembered for ``user_id`` (default: whoever synced last), or None."""
    with db.sessions() as s:
        if user_id is None:
            last = s.scalar(select(Setting.value).where(Setting.key == HUB_KEY))
            if not isinstance(last, dict) or "user_id" not in last:
                return None
            user_id = str(last["user_id"])
        mine = s.scalar(
            select(UserSetting.value).where(
                UserSetting.user_id == user_id, UserSetting.key == USER_HUB_KEY
            )
        )
    if not isinstance(mine, dict) or not mine.get("url") or not mine.get("token"):
        return None
    return Connection(str(mine["url"]), user_id, str(mine["token"]))


def status(db: Database, user_id: str | None = None) -> SyncStatus:
    """The sync status of the remembered hub (or none), for ``user_id`` (default: its user)."""
    conn = remembered(db, user_id)
    uid = user_id or (conn.user_id if conn else None)
    with db.sessions() as s:
        row = None if conn is None or uid is None else s.get(SyncState, (conn.url, uid))
        waiting = outbox.pending_count(s, uid, conn.url if conn else None) if uid else 0
    return SyncStatus(
        hub_url=conn.url if conn else None,
        user_id=uid,
        last_sync_at=row.last_sync_at if row else None,
        last_attempt_at=row.last_attempt_at if row else None,
        last_error=row.last_error if row else None,
        waiting=waiting,
    )
