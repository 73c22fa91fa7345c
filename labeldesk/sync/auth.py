"""Hub users and their tokens: make, hash, revoke and check the tokens clients sync with.

A token is shown to the lead once, when it is made, and the hub keeps only its SHA-256 hash
in ``User.token_hash``. Anyone who reads the hub's database therefore learns no token, and a
lost token is replaced (:meth:`HubUserService.issue_token`), never recovered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.labelling.dto import Profile
from labeldesk.storage.db import Database
from labeldesk.storage.models import Role, User, Vendor
from labeldesk.users import UserService

#: Every token starts with this, so a token pasted in the wrong place (a log, a chat, a
#: repository) is easy to recognise and to scan for.
TOKEN_PREFIX = "ldt_"

#: Random bytes in a token: 256 bits.
TOKEN_BYTES = 32

#: At most this many user names are listed in an "unknown user" error.
NAMES_SHOWN = 20


class HubUserError(LabelDeskError):
    """A hub user could not be found or changed: an unknown name, or one already revoked."""


@dataclass(frozen=True)
class HubUser:
    """What a lead sees of a hub user; never the token or its hash.

    ``has_token`` says whether a token is set (a user made in a local workspace has none).
    """

    name: str
    role: Role
    languages: tuple[str, ...]
    vendor: str | None
    active: bool
    has_token: bool
    created: dt.datetime


def new_token() -> str:
    """A new random token: :data:`TOKEN_PREFIX` and 256 random bits, URL-safe base64."""
    return TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    """The hex SHA-256 of ``token``: what the hub stores and looks tokens up by.

    A fast hash is the right one here. Password hashes (bcrypt, scrypt, Argon2) are slow on
    purpose so that guessing a weak, human-chosen secret from its hash is expensive; a token
    is 256 random bits, which no amount of guessing finds, slow hash or not. A fast, unsalted
    hash also lets the hub find a token's user with one indexed lookup on every request.
    """
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class HubUserService:
    """Add hub users with a token, give them a new token, revoke them, list and check them.

    Parameters
    ----------
    db
        The hub's workspace database; each method is one unit of work, and every change is
        recorded in the audit log (without the token).
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        name: str,
        role: Role | str,
        languages: Sequence[str],
        vendor: str | None = None,
    ) -> tuple[Profile, str]:
        """Create a user (with :class:`~labeldesk.users.UserService`'s rules) and its token.

        Returns the profile and the token, which is not stored and cannot be shown again.

        Raises
        ------
        HubUserError
            If a user of that name exists (give them a new token with :meth:`issue_token`).
        labeldesk.users.UserError
            If the name, role or a language code is not acceptable.
        """
        with self._db.sessions() as s:
            if _user(s, name.strip()) is not None:
                raise HubUserError(
                    f"there is already a user named {name.strip()!r}; give them a new token "
                    f"with: labeldesk hub user token {name.strip()}"
                )
        profile = UserService(self._db).create(name, role, languages, vendor=vendor)
        # A second unit of work: should it fail, the user exists with no token, which lets
        # nobody in, and `hub user token` gives them one.
        return profile, self.issue_token(profile.name)

    def issue_token(self, name: str) -> str:
        """A new token for the user ``name``; their old token stops working at once.

        A revoked user is made active again: giving a new token is how a lead lets them back.

        Raises
        ------
        HubUserError
            If there is no user of that name.
        """
        token = new_token()
        with self._db.sessions.begin() as s:
            user = _existing(s, name)
            reactivated = not user.active
            user.token_hash = hash_token(token)
            user.active = True
            audit.record(
                s,
                "user.token_issue",
                entity="user",
                entity_id=user.id,
                payload={"name": user.name, "reactivated": reactivated},
            )
        return token

    def revoke(self, name: str) -> None:
        """Clear the user's token and make them inactive: the hub refuses them from now on.

        Their work stays, as does their name (a new user cannot take it).

        Raises
        ------
        HubUserError
            If there is no user of that name, or they are already revoked.
        """
        with self._db.sessions.begin() as s:
            user = _existing(s, name)
            if not user.active and user.token_hash is None:
                raise HubUserError(f"{user.name!r} is already revoked; nothing was changed")
            had_token = user.token_hash is not None
            user.token_hash = None
            user.active = False
            audit.record(
                s,
                "user.revoke",
                entity="user",
                entity_id=user.id,
                payload={"name": user.name, "had_token": had_token},
            )

    def find(self, name: str) -> HubUser:
        """The user named ``name``, active or not; HubUserError if there is none."""
        with self._db.sessions() as s:
            user = _existing(s, name)
            return _hub_user(user, user.vendor.name if user.vendor else None)

    def list(self) -> list[HubUser]:
        """Every user, revoked ones too, by name."""
        query = select(User, Vendor.name).outerjoin(Vendor).order_by(User.name)
        with self._db.sessions() as s:
            return [_hub_user(user, vendor) for user, vendor in s.execute(query)]

    def authenticate(self, token: str) -> Profile | None:
        """The active user whose token this is, or None (unknown, replaced or revoked token).

        The token is looked up by its hash, so no stored value is ever compared with it.
        """
        if not token.startswith(TOKEN_PREFIX):
            return None
        query = (
            select(User, Vendor.name)
            .outerjoin(Vendor)
            .where(User.token_hash == hash_token(token), User.active.is_(True))
        )
        with self._db.sessions() as s:
            row = s.execute(query).first()
        if row is None:
            return None
        user, vendor = row
        return Profile(user.id, user.name, Role(user.role), tuple(user.languages), vendor)


def _user(s: Session, name: str) -> User | None:
    """The user row named ``name``, or None."""
    return s.scalar(select(User).where(User.name == name))


def _existing(s: Session, name: str) -> User:
    """The user row named ``name``; HubUserError listing the names there are if none."""
    user = _user(s, name.strip())
    if user is None:
        names = list(s.scalars(select(User.name).order_by(User.name).limit(NAMES_SHOWN + 1)))
        shown = ", ".join(names[:NAMES_SHOWN]) + (", …" if len(names) > NAMES_SHOWN else "")
        raise HubUserError(f"no user named {name.strip()!r}; users: {shown or 'none yet'}")
    return user


def _hub_user(user: User, vendor: str | None) -> HubUser:
    """A user row as a HubUser (the hash left behind)."""
    return HubUser(
        name=user.name,
        role=Role(user.role),
        languages=tuple(user.languages),
        vendor=vendor,
        active=user.active,
        has_token=user.token_hash is not None,
        created=user.created_at,
    )
