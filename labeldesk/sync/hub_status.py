"""On the hub: a lead's summary — users, work by status, review items, audit chain breaks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from labeldesk.storage.models import Assignment, ClientAudit, ReviewItem, User
from labeldesk.sync.hub_push import chain_breaks
from labeldesk.sync.publish import horizon


def hub_status(s: Session) -> dict[str, Any]:
    """Counts a lead checks on a hub, and every flagged break in the uploaded audit chains."""
    return {
        "users": {
            str(role): n
            for role, n in s.execute(
                select(User.role, func.count()).where(User.active.is_(True)).group_by(User.role)
            )
        },
        "assignments": {
            str(status): n
            for status, n in s.execute(
                select(Assignment.status, func.count()).group_by(Assignment.status)
            )
        },
        "review_items": s.scalar(select(func.count()).select_from(ReviewItem)) or 0,
        "workstations": s.scalar(select(func.count(func.distinct(ClientAudit.client_id)))) or 0,
        "audit_entries": s.scalar(select(func.count()).select_from(ClientAudit)) or 0,
        "audit_chain_breaks": chain_breaks(s),
        "published": horizon(s),
    }
