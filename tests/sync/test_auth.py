"""Hub users and tokens (labeldesk.sync.auth), on SQLite and on PostgreSQL.

What is stored is read back from the database itself: the token must be nowhere in it, only
its hash, and the hash must not work as a token.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import asdict, fields

import pytest
from sqlalchemy import select, update

from labeldesk.storage.models import AuditEntry, Base, Role, User
from labeldesk.sync.auth import (
    TOKEN_PREFIX,
    HubUser,
    HubUserError,
    HubUserService,
    hash_token,
    new_token,
)
from labeldesk.users import UserError
from labeldesk.workspace import Workspace


@pytest.fixture
def ws(db_url: str) -> Iterator[Workspace]:
    """A new, empty workspace on each backend."""
    with Workspace.open(db_url, create=True) as opened:
        yield opened


@pytest.fixture
def hub(ws: Workspace) -> HubUserService:
    return ws.hub_users


def stored_user(ws: Workspace, name: str) -> User:
    """The user's row, read straight from the database."""
    with ws.db.sessions() as s:
        return s.scalars(select(User).where(User.name == name)).one()


def every_stored_value(ws: Workspace) -> str:
    """Every row of every table, as one string."""
    parts = []
    with ws.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            parts += [repr(tuple(row)) for row in conn.execute(table.select())]
    return "\n".join(parts)


def test_new_token_is_prefixed_url_safe_and_256_bits() -> None:
    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200
    for token in tokens:
        assert token.startswith(TOKEN_PREFIX)
        body = token.removeprefix(TOKEN_PREFIX)
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", body)  # 32 bytes of URL-safe base64


def test_hash_token_is_the_sha256_hex_of_the_token() -> None:
    token = new_token()
    assert hash_token(token) == hashlib.sha256(token.encode()).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", hash_token(token))
    assert hash_token(token) != hash_token(new_token())


def test_add_stores_only_the_hash_of_the_token(ws: Workspace, hub: HubUserService) -> None:
    profile, token = hub.add("Anong", "labeller", ["th", "en"], vendor="Siam BPO")
    assert (profile.name, profile.role, profile.languages, profile.vendor) == (
        "Anong",
        Role.LABELLER,
        ("th", "en"),
        "Siam BPO",
    )
    assert stored_user(ws, "Anong").token_hash == hash_token(token)
    everything = every_stored_value(ws)
    assert hash_token(token) in everything
    assert token not in everything
    assert token.removeprefix(TOKEN_PREFIX) not in everything


def test_the_token_authenticates_its_user_and_nothing_else_does(hub: HubUserService) -> None:
    anong, token = hub.add("Anong", Role.LABELLER, ["th", "en"], vendor="Siam BPO")
    _, other = hub.add("Wei", Role.REVIEWER, ["zh"])
    assert hub.authenticate(token) == anong
    assert hub.authenticate(other).name == "Wei"
    for wrong in ("", TOKEN_PREFIX, new_token(), token[:-1], token + "x", token.upper()):
        assert hub.authenticate(wrong) is None, wrong
    # Someone who read the hub's database has the hash, and it is no use as a token.
    assert hub.authenticate(hash_token(token)) is None
    assert hub.authenticate(TOKEN_PREFIX + hash_token(token)) is None


def test_a_new_token_replaces_the_old_one(ws: Workspace, hub: HubUserService) -> None:
    _, old = hub.add("Linh", "labeller", ["vi", "id"])
    new = hub.issue_token("Linh")
    assert new != old
    assert hub.authenticate(old) is None
    assert hub.authenticate(new).name == "Linh"
    assert stored_user(ws, "Linh").token_hash == hash_token(new)


def test_revoke_clears_the_token_and_deactivates(ws: Workspace, hub: HubUserService) -> None:
    _, token = hub.add("Linh", "labeller", ["vi"])
    hub.revoke("Linh")
    row = stored_user(ws, "Linh")
    assert (row.token_hash, row.active) == (None, False)
    assert hub.authenticate(token) is None
    assert hub.find("Linh").active is False
    with pytest.raises(HubUserError, match="'Linh' is already revoked"):
        hub.revoke("Linh")


def test_a_new_token_lets_a_revoked_user_back(hub: HubUserService) -> None:
    _, old = hub.add("Linh", "labeller", ["vi"])
    hub.revoke("Linh")
    new = hub.issue_token("Linh")
    assert hub.authenticate(new).name == "Linh"
    assert hub.authenticate(old) is None
    assert hub.find("Linh").active is True


def test_an_inactive_user_is_refused_even_with_a_token_set(
    ws: Workspace, hub: HubUserService
) -> None:
    _, token = hub.add("Wei", "labeller", ["zh"])
    with ws.db.sessions.begin() as s:
        s.execute(update(User).where(User.name == "Wei").values(active=False))
    assert stored_user(ws, "Wei").token_hash == hash_token(token)
    assert hub.authenticate(token) is None


def test_list_shows_everyone_and_never_a_hash(ws: Workspace, hub: HubUserService) -> None:
    _, anong = hub.add("Anong", "labeller", ["th", "en"], vendor="Siam BPO")
    _, dana = hub.add("Dana", "lead", ["en"])
    hub.revoke("Dana")
    ws.users.create("Wei", Role.REVIEWER, ["zh", "en"])  # a local profile: no token
    users = hub.list()
    assert [(u.name, u.role, u.active, u.has_token) for u in users] == [
        ("Anong", Role.LABELLER, True, True),
        ("Dana", Role.LEAD, False, False),
        ("Wei", Role.REVIEWER, True, False),
    ]
    assert users[0].languages == ("th", "en")
    assert users[0].vendor == "Siam BPO"
    assert users[0].created is not None
    assert not [f.name for f in fields(HubUser) if "hash" in f.name or f.name == "token"]
    shown = repr([asdict(u) for u in users])
    for secret in (anong, dana, hash_token(anong), hash_token(dana)):
        assert secret not in shown


def test_changes_are_audited_without_the_token(ws: Workspace, hub: HubUserService) -> None:
    profile, first = hub.add("Anong", "labeller", ["th"])
    second = hub.issue_token("Anong")
    hub.revoke("Anong")
    third = hub.issue_token("Anong")
    with ws.db.sessions() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == profile.id).order_by(AuditEntry.seq)
        ).all()
    assert [(e.action, e.payload.get("reactivated")) for e in entries] == [
        ("user.create", None),
        ("user.token_issue", False),
        ("user.token_issue", False),
        ("user.revoke", None),
        ("user.token_issue", True),
    ]
    logged = repr([(e.action, e.payload) for e in entries])
    for token in (first, second, third):
        assert token not in logged
        assert hash_token(token) not in logged


def test_adding_a_taken_name_says_how_to_give_a_new_token(hub: HubUserService) -> None:
    _, token = hub.add("Anong", "labeller", ["th"])
    with pytest.raises(HubUserError, match="hub user token Anong"):
        hub.add(" Anong ", "reviewer", ["en"])
    assert hub.authenticate(token).role == Role.LABELLER


@pytest.mark.parametrize(
    ("name", "role", "languages", "message"),
    [
        ("", "labeller", ["th"], "needs a name"),
        ("Anong", "boss", ["th"], "unknown role 'boss'"),
        ("Anong", "labeller", ["xx"], "unsupported language code 'xx'"),
        ("Anong", "labeller", [], "at least one language"),
    ],
)
def test_a_bad_profile_is_refused_and_adds_nothing(
    hub: HubUserService, name: str, role: str, languages: list[str], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        hub.add(name, role, languages)
    assert hub.list() == []


def test_unknown_names_are_refused_with_the_names_there_are(hub: HubUserService) -> None:
    hub.add("Anong", "labeller", ["th"])
    hub.add("Wei", "labeller", ["zh"])
    for call in (hub.issue_token, hub.revoke, hub.find):
        with pytest.raises(HubUserError, match=r"no user named 'Nobody'; users: Anong, Wei"):
            call("Nobody")
