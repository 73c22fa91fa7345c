"""Every hub endpoint checks the caller's role: tried with every role and every kind of
missing or wrong token, the set of callers let in is exactly the one written here.

The table is this test's own (not read from ``labeldesk.sync.hub.ENDPOINT_ROLES``), and the
last test checks that it covers every route the app serves, so a new endpoint cannot go
untested. Other methods on the same paths are 405; unknown paths are 404.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from starlette.routing import Route
from sync_helpers import Served, served_hub

from labeldesk.storage.models import Role
from labeldesk.sync.hub import create_app
from labeldesk.sync.protocol import PROTOCOL
from labeldesk.workspace import Workspace

LABELLER, REVIEWER, LEAD = "labeller", "reviewer", "lead"
EVERY_ROLE = frozenset({LABELLER, REVIEWER, LEAD})

#: (method, path) -> the roles let in; None: open to anyone, with or without a token.
EXPECTED: dict[tuple[str, str], frozenset[str] | None] = {
    ("GET", "/health"): None,
    ("GET", "/v1/me"): EVERY_ROLE,
    ("POST", "/v1/push"): EVERY_ROLE,
    ("GET", "/v1/pull"): EVERY_ROLE,
    ("GET", "/v1/status"): frozenset({LEAD}),
    ("POST", "/v1/leases/expire"): frozenset({LEAD}),
}

#: Callers with a working token, by the role it gives them.
ROLE_OF = {"labeller": LABELLER, "reviewer": REVIEWER, "lead": LEAD}
#: Callers who must be refused as unauthenticated.
STRANGERS = ("no token", "bad token", "revoked token", "replaced token", "not bearer")
CALLERS = (*ROLE_OF, *STRANGERS)

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")


@pytest.fixture(scope="module")
def hub(
    module_db_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Served, dict[str, dict[str, str]]]]:
    """The hub, and the request headers of every caller."""
    folder = tmp_path_factory.mktemp("roles")
    with served_hub(module_db_url, folder, per_language=2) as served:
        users = served.hub.hub_users
        _profile, revoked = users.add("Rita", Role.REVIEWER, ["th"])
        users.revoke("Rita")
        _profile, replaced = users.add("Ravi", Role.LABELLER, ["en"])
        users.issue_token("Ravi")
        tokens = {
            "labeller": served.token("Anong"),
            "reviewer": served.token("Maria"),
            "lead": served.token("Dana"),
            "bad token": "ldt_" + "A" * 43,
            "revoked token": revoked,
            "replaced token": replaced,
        }
        headers = {caller: {"Authorization": f"Bearer {t}"} for caller, t in tokens.items()}
        headers["no token"] = {}
        headers["not bearer"] = {"Authorization": f"Basic {served.token('Dana')}"}
        yield served, headers


def call(base: str, method: str, path: str, headers: dict[str, str]) -> httpx.Response:
    """One request with a body the endpoint accepts (for a caller it lets in)."""
    kwargs: dict[str, Any] = {"headers": headers, "timeout": 30}
    if (method, path) == ("POST", "/v1/push"):
        kwargs["json"] = {"protocol": PROTOCOL, "client_id": uuid.uuid4().hex, "records": []}
    if (method, path) == ("GET", "/v1/pull"):
        kwargs["params"] = {"cursor": 0, "limit": 10}
    return httpx.request(method, base + path, **kwargs)


def expected_status(endpoint: tuple[str, str], caller: str) -> int:
    """What the table says ``caller`` gets from ``endpoint``."""
    allowed = EXPECTED[endpoint]
    if allowed is None:
        return 200
    if caller not in ROLE_OF:
        return 401
    return 200 if ROLE_OF[caller] in allowed else 403


@pytest.mark.parametrize("endpoint", list(EXPECTED), ids=lambda e: f"{e[0]} {e[1]}")
def test_each_endpoint_lets_in_exactly_the_roles_of_the_table(
    hub: tuple[Served, dict[str, dict[str, str]]], endpoint: tuple[str, str]
) -> None:
    served, headers = hub
    method, path = endpoint
    got = {caller: call(served.base, method, path, headers[caller]) for caller in CALLERS}

    assert {c: r.status_code for c, r in got.items()} == {
        c: expected_status(endpoint, c) for c in CALLERS
    }
    let_in = {ROLE_OF.get(c, c) for c, r in got.items() if r.status_code == 200}
    allowed = EXPECTED[endpoint]
    assert let_in == (EVERY_ROLE | set(STRANGERS) if allowed is None else allowed)
    for caller, reply in got.items():
        body = reply.json()
        if reply.status_code != 200:
            assert body["status"] == reply.status_code
            assert body["error"], f"{caller}: an error without a message"
        if reply.status_code == 401:
            assert reply.headers["www-authenticate"] == "Bearer"
        if reply.status_code == 403:
            assert path in body["error"]
            assert "lead" in body["error"]


def test_the_callers_are_who_their_tokens_say(
    hub: tuple[Served, dict[str, dict[str, str]]],
) -> None:
    served, headers = hub
    for caller, name in (("labeller", "Anong"), ("reviewer", "Maria"), ("lead", "Dana")):
        me = call(served.base, "GET", "/v1/me", headers[caller]).json()
        assert (me["name"], me["role"]) == (name, ROLE_OF[caller])


@pytest.mark.parametrize("path", sorted({p for _m, p in EXPECTED}))
def test_other_methods_are_405_with_or_without_a_token(
    hub: tuple[Served, dict[str, dict[str, str]]], path: str
) -> None:
    served, headers = hub
    served_methods = {m for m, p in EXPECTED if p == path}
    for method in METHODS:
        if method in served_methods:
            continue
        for caller in ("lead", "no token"):
            reply = httpx.request(method, served.base + path, headers=headers[caller], timeout=30)
            assert reply.status_code == 405, f"{method} {path} as {caller}: {reply.status_code}"


@pytest.mark.parametrize("path", ["/v1/nothing-here", "/openapi.json", "/docs", "/redoc"])
def test_an_unknown_path_is_a_json_404(
    hub: tuple[Served, dict[str, dict[str, str]]], path: str
) -> None:
    """Nothing is served outside the table: no API schema or docs pages, with or without a
    token."""
    served, headers = hub
    for caller in ("lead", "no token"):
        reply = httpx.get(served.base + path, headers=headers[caller], timeout=30)
        assert reply.status_code == 404
        assert reply.json()["status"] == 404


def test_the_table_covers_every_route_the_hub_serves(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "hub.db", create=True).close()
    app = create_app("sqlite:///" + str(tmp_path / "hub.db"))
    served: set[tuple[str, str]] = set()
    for route in app.routes:
        assert isinstance(route, APIRoute | Route), f"an unexpected route {route!r}"
        for method in route.methods or ():
            served.add((method, route.path))
    assert served == set(EXPECTED)
