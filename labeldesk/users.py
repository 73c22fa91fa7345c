"""Users and their profiles (name, role, languages), and per-user preferences such as favourites."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.labelling.dto import Profile
from labeldesk.storage.db import Database
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Role,
    User,
    UserSetting,
    Vendor,
)

#: Longest accepted user name.
MAX_NAME_LENGTH = 200

#: How many of a labeller's latest revisions are read to find their recent labels.
RECENT_WINDOW = 200


class UserError(LabelDeskError):
    """A profile could not be made or found: an empty or taken name, or a bad language code."""


class UserService:
    """Create, list and read user profiles; read and write per-user preferences.

    Parameters
    ----------
    db
        The open workspace database; each method is one unit of work.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, *, include_inactive: bool = False) -> list[Profile]:
        """Every user profile, by name."""
        query = select(User, Vendor.name).outerjoin(Vendor).order_by(User.name)
        if not include_inactive:
            query = query.where(User.active.is_(True))
        with self._db.sessions() as s:
            return [_profile(user, vendor) for user, vendor in s.execute(query)]

    def get(self, user_id: str) -> Profile:
        """The profile with id ``user_id``; UserError if there is none."""
        with self._db.sessions() as s:
            row = s.execute(
                select(User, Vendor.name).outerjoin(Vendor).where(User.id == user_id)
            ).first()
        if row is None:
            raise UserError(f"no user with id {user_id!r} in this workspace")
        return _profile(*row)

    def find(self, name: str) -> Profile:
        """The profile named ``name``; UserError listing the names there are if none."""
        with self._db.sessions() as s:
            row = s.execute(
                select(User, Vendor.name).outerjoin(Vendor).where(User.name == name)
            ).first()
            if row is None:
                names = ", ".join(s.scalars(select(User.name).order_by(User.name))) or "none yet"
                raise UserError(f"no user named {name!r}; users: {names}")
        return _profile(*row)

    def create(
        self,
        name: str,
        role: Role | str,
        languages: Sequence[str],
        *,
        vendor: str | None = None,
    ) -> Profile:
        """Add a user profile and record it in the audit log.

        Raises
        ------
        UserError
            If the name is empty, too long or taken, the role is unknown, or a language code
            is not one LabelDesk detects.
        """
        name = name.strip()
        if not name:
            raise UserError("a profile needs a name")
        if len(name) > MAX_NAME_LENGTH:
            raise UserError(f"a name has at most {MAX_NAME_LENGTH} characters")
        try:
            role = Role(role)
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise UserError(f"unknown role {role!r}; roles: {known}") from None
        codes = check_languages(languages)
        with self._db.sessions.begin() as s:
            if s.scalar(select(User.id).where(User.name == name)) is not None:
                raise UserError(f"there is already a user named {name!r}")
            vendor_row = _vendor(s, vendor) if vendor else None
            user = User(name=name, role=role, languages=list(codes), vendor=vendor_row)
            s.add(user)
            s.flush()
            audit.record(
                s,
                "user.create",
                entity="user",
                entity_id=user.id,
                payload={"name": name, "role": role.value, "languages": list(codes)},
            )
            return _profile(user, vendor)

    # -- preferences ----------------------------------------------------------------------

    def preference(self, user_id: str, key: str, default: Any = None) -> Any:  # noqa: ANN401
        """A per-user preference (JSON), or ``default``."""
        with self._db.sessions() as s:
            row = s.get(UserSetting, (user_id, key))
            return default if row is None else row.value

    def set_preference(self, user_id: str, key: str, value: Any) -> None:  # noqa: ANN401
        """Store a per-user preference (JSON)."""
        with self._db.sessions.begin() as s:
            s.merge(UserSetting(user_id=user_id, key=key, value=value))

    def favourites(self, user_id: str) -> list[str]:
        """The label keys the user marked as favourites, in the order they marked them."""
        return list(self.preference(user_id, "favourite_labels", []))

    def set_favourite(self, user_id: str, key: str, favourite: bool) -> list[str]:
        """Mark or unmark ``key`` as a favourite; returns the new list."""
        keys = [k for k in self.favourites(user_id) if k != key]
        if favourite:
            keys.append(key)
        self.set_preference(user_id, "favourite_labels", keys)
        return keys

    def recent_labels(self, user_id: str, limit: int = 9) -> list[str]:
        """The conversation labels the user chose most recently, newest first, no repeats."""
        with self._db.sessions() as s:
            rows = s.scalars(
                select(AnnotationRevision.labels)
                .join(Annotation, Annotation.id == AnnotationRevision.annotation_id)
                .where(Annotation.user_id == user_id)
                .order_by(AnnotationRevision.created_at.desc())
                .limit(RECENT_WINDOW)
            )
            seen: dict[str, None] = {}
            for labels in rows:
                for key in labels:
                    seen.setdefault(key)
                if len(seen) >= limit:
                    break
        return list(seen)[:limit]


def check_languages(languages: Sequence[str]) -> tuple[str, ...]:
    """The language codes without repeats; UserError for an empty list or an unknown code."""
    from labeldesk.langid import validate_expected

    try:
        return validate_expected([code.strip().lower() for code in languages if code.strip()])
    except ValueError as exc:
        raise UserError(f"languages: {exc}") from None


def _vendor(s: Any, name: str) -> Vendor:  # noqa: ANN401 - a Session
    """The vendor named ``name``, created if new."""
    row = s.scalar(select(Vendor).where(Vendor.name == name))
    if row is None:
        row = Vendor(name=name)
        s.add(row)
        s.flush()
    return row


def _profile(user: User, vendor: str | None) -> Profile:
    """A user row as a Profile."""
    return Profile(user.id, user.name, Role(user.role), tuple(user.languages), vendor)
