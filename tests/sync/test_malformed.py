"""Malformed, oversized and refused requests against a real hub process, on both backends.

Every bad request gets a 4xx with a JSON body ``{"status": ..., "error": "..."}`` whose
message says what was wrong, never a 500; the hub logs no error and keeps serving. Records
the hub can never take (another user's assignment, a label its taxonomy lacks) are refused
one by one with the reason, the rest of their chunk is stored, and the client keeps the
refused rows in its outbox with that reason instead of sending them forever.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from fault_world import (  # noqa: F401 - the *_fixture functions are fixtures
    FIRST_LABEL,
    assert_exactly_once,
    assert_outbox_empty,
    hub_fixture,
    hub_process_fixture,
    new_crew,
    user_id_of,
    world_fixture,
)
from hub_world import HubProcess, HubWorld, profile
from sqlalchemy import select, update

from labeldesk.labelling.dto import Answer
from labeldesk.storage.db import open_database
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Label,
    OutboxEntry,
    User,
)
from labeldesk.sync import outbox
from labeldesk.sync.client import SyncClient
from labeldesk.sync.protocol import MAX_BODY_BYTES, MAX_CHUNK_RECORDS, MAX_LABELS, PROTOCOL
from labeldesk.workspace import Workspace

BIG = 40 * 1024 * 1024
assert BIG > MAX_BODY_BYTES


def hex_id() -> str:
    """A new record id."""
    return uuid.uuid4().hex


def revision(**changes: Any) -> dict[str, Any]:
    """A well-formed annotation revision record (for an assignment the hub does not know)."""
    data = {
        "annotation_id": hex_id(),
        "assignment_id": hex_id(),
        "conversation": "en-000",
        "number": 1,
        "labels": [FIRST_LABEL],
        "created_at": "2026-11-26T10:00:00+00:00",
        **changes,
    }
    return {"type": "annotation_revision", "id": hex_id(), "data": data}


def push_body(*records: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A push body with ``records``."""
    return {"protocol": PROTOCOL, "client_id": hex_id(), "records": list(records), **changes}


def without(record: dict[str, Any], key: str) -> dict[str, Any]:
    """The record with ``key`` left out of its data."""
    return {**record, "data": {k: v for k, v in record["data"].items() if k != key}}


def nested(depth: int) -> str:
    """JSON text of an object nested ``depth`` levels deep."""
    return '{"a":' * depth + "1" + "}" * depth


def deep_audit_body(depth: int) -> bytes:
    """A push of one audit entry whose payload nests ``depth`` levels (inside limits of JSON)."""
    entry = {
        "type": "audit",
        "id": hex_id(),
        "data": {
            "seq": 1,
            "at": "2026-11-26T10:00:00",
            "action": "annotation.submit",
            "payload": "DEEP",
            "prev_hash": "",
            "hash": "0" * 64,
        },
    }
    return json.dumps(push_body(entry)).replace('"DEEP"', nested(depth)).encode()


def forty_megabytes() -> Iterator[bytes]:
    """40 MB of a JSON-looking body, streamed (chunked: no Content-Length)."""
    yield b'{"protocol": 1, "records": ["'
    for _ in range(40):
        yield b"x" * (1024 * 1024)
    yield b'"]}'


@dataclass(frozen=True)
class Case:
    """One bad request: what to send, the status expected, and words the message must hold."""

    name: str
    status: int
    words: tuple[str, ...]
    method: str = "POST"
    path: str = "/v1/push"
    body: Callable[[], bytes | Iterator[bytes] | None] = lambda: None
    headers: dict[str, str] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    token: str | None = None  # None: a labeller's token


def as_json(value: Any) -> Callable[[], bytes]:
    """A body builder for ``value`` as JSON."""
    return lambda: orjson.dumps(value)


CASES = [
    Case("not JSON", 400, ("not JSON",), body=lambda: b"labels: cancel_order"),
    Case("empty body", 400, ("empty",), body=lambda: b""),
    Case("JSON array", 422, ("body", "dict"), body=as_json([push_body(revision())])),
    Case("JSON string", 422, ("body", "dict"), body=as_json("records")),
    Case("wrong protocol", 422, ("protocol 2", "not spoken"), body=as_json(push_body(protocol=2))),
    Case(
        "unknown record type",
        422,
        ("records.0", "bogus"),
        body=as_json(push_body({"type": "bogus", "id": hex_id(), "data": {}})),
    ),
    Case(
        "missing field",
        422,
        ("labels", "required"),
        body=as_json(push_body(without(revision(), "labels"))),
    ),
    Case(
        "unknown field",
        422,
        ("secret", "not permitted"),
        body=as_json(push_body(revision(secret="x"))),
    ),
    Case(
        "bad record id",
        422,
        ("records.0", "id", "pattern"),
        body=as_json(push_body({**revision(), "id": "not-a-uuid"})),
    ),
    Case(
        "bad assignment id",
        422,
        ("assignment_id", "pattern"),
        body=as_json(push_body(revision(assignment_id="' OR 1=1 --"))),
    ),
    Case(
        "bad client id",
        422,
        ("client_id",),
        body=as_json({**push_body(revision()), "client_id": "../../etc/passwd"}),
    ),
    Case(
        "too many labels",
        422,
        ("labels", f"at most {MAX_LABELS}"),
        body=as_json(push_body(revision(labels=[FIRST_LABEL] * (MAX_LABELS + 1)))),
    ),
    Case(
        "too many records",
        422,
        ("records", f"at most {MAX_CHUNK_RECORDS}"),
        body=lambda: orjson.dumps(
            push_body(
                *(
                    {"type": "gold_result", "id": hex_id(), "data": {}}
                    for _ in range(MAX_CHUNK_RECORDS + 1)
                )
            )
        ),
    ),
    Case(
        "huge note",
        422,
        ("note", "at most"),
        body=as_json(push_body(revision(note="น" * 1_000_000))),
    ),
    Case(
        "huge revision number",
        422,
        ("number",),
        body=lambda: json.dumps(push_body(revision(number=10**30))).encode(),
    ),
    Case(
        "negative active time",
        422,
        ("active_seconds",),
        body=as_json(push_body(revision(active_seconds=-5))),
    ),
    Case("NaN", 400, ("not JSON",), body=lambda: b'{"protocol": 1, "records": NaN}'),
    Case(
        "bad date",
        422,
        ("created_at",),
        body=as_json(push_body(revision(created_at="yesterday"))),
    ),
    Case(
        "40 MB with Content-Length",
        413,
        ("larger than",),
        body=lambda: b"x" * BIG,
    ),
    Case("40 MB streamed", 413, ("larger than",), body=forty_megabytes),
    Case(
        "wrong Content-Type",
        415,
        ("application/json",),
        body=as_json(push_body(revision())),
        headers={"Content-Type": "text/plain"},
    ),
    Case(
        "form Content-Type",
        415,
        ("application/json",),
        body=lambda: b"records=1",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    ),
    Case("non-UTF-8 bytes", 400, ("not JSON", "UTF-8"), body=lambda: b'{"note": "\xff\xfe"}'),
    Case("deeply nested JSON", 400, ("not JSON", "depth"), body=lambda: nested(5000).encode()),
    Case(
        "deeply nested payload",
        422,
        ("payload", "nested deeper"),
        body=lambda: deep_audit_body(1000),
    ),
    Case("cursor -1", 422, ("cursor",), method="GET", path="/v1/pull", params={"cursor": -1}),
    Case("cursor text", 422, ("cursor",), method="GET", path="/v1/pull", params={"cursor": "x"}),
    Case("limit 0", 422, ("limit",), method="GET", path="/v1/pull", params={"limit": 0}),
    Case(
        "limit 10**9",
        422,
        ("limit", "less than"),
        method="GET",
        path="/v1/pull",
        params={"limit": 10**9},
    ),
    Case(
        "cursor 10**30",
        422,
        ("cursor",),
        method="GET",
        path="/v1/pull",
        params={"cursor": 10**30},
    ),
    Case("10 KB token", 401, ("token",), method="GET", path="/v1/me", token="x" * 10_240),
    Case("no token", 401, ("Bearer",), method="GET", path="/v1/me", token=""),
    Case("Basic auth", 401, ("Bearer",), method="GET", path="/v1/me", token="Basic"),
    Case("unknown endpoint", 404, ("Not Found",), method="GET", path="/v1/nothing"),
    Case("wrong method", 405, ("Method Not Allowed",), method="GET", path="/v1/push"),
]


def send(hub: HubProcess, case: Case, token: str) -> httpx.Response:
    """Send the case's request to the hub."""
    headers = {"Content-Type": "application/json", **case.headers}
    if case.token is None:
        headers["Authorization"] = f"Bearer {token}"
    elif case.token == "Basic":
        headers["Authorization"] = "Basic QW5vbmc6c2VjcmV0"
    elif case.token:
        headers["Authorization"] = f"Bearer {case.token}"
    body = case.body()
    with httpx.Client(base_url=hub.url, timeout=120) as http:
        return http.request(
            case.method,
            case.path,
            content=body if case.method == "POST" else None,
            headers=headers,
            params=case.params,
        )


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_requests_get_a_clear_4xx(case: Case, world: HubWorld, hub: HubProcess) -> None:
    response = send(hub, case, world.tokens["Anong"])
    assert response.status_code == case.status, response.text[:500]
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == case.status
    for word in case.words:
        assert word.lower() in body["error"].lower(), body["error"]
    assert len(body["error"]) < 1000  # a message, not a dump of the request
    # The hub is still there.
    assert hub.proc is not None
    assert hub.proc.poll() is None
    assert httpx.get(hub.url + "/health", timeout=30).status_code == 200


def test_a_well_formed_record_for_unknown_work_is_refused_with_a_reason(
    world: HubWorld, hub: HubProcess
) -> None:
    """The base record of the cases above is valid: only the hub's checks refuse it."""
    record = revision()
    response = httpx.post(
        hub.url + "/v1/push",
        content=orjson.dumps(push_body(record)),
        headers={
            "Authorization": f"Bearer {world.tokens['Anong']}",
            "Content-Type": "application/json",
        },
        timeout=60,
    )
    assert response.status_code == 200
    assert response.json() == {
        "acked": [],
        "rejected": [
            {
                "id": record["id"],
                "error": f"no assignment {record['data']['assignment_id']} on this hub",
            }
        ],
    }


# -- records refused one by one -------------------------------------------------------------------

BOGUS_LABEL = "ORDER>teleport_order"


def someone_elses_assignment(hub_location: str, user_name: str) -> str:
    """An assignment of ``user_name``'s on the hub."""
    db = open_database(hub_location)
    try:
        with db.sessions() as s:
            return str(
                s.scalar(
                    select(Assignment.id)
                    .join(User, User.id == Assignment.user_id)
                    .where(User.name == user_name)
                    .limit(1)
                )
            )
    finally:
        db.dispose()


def add_local_label(ws: Workspace, key: str) -> None:
    """Tamper with the workstation's taxonomy: a label the hub's version does not have."""
    with ws.db.sessions.begin() as s:
        model = s.scalars(select(Label).where(Label.key == FIRST_LABEL)).first()
        assert model is not None
        s.add(
            Label(
                version_id=model.version_id,
                key=key,
                parent_key=model.parent_key,
                path=key.replace(">", " > "),
                depth=model.depth,
                position=999,
                name="teleport_order",
                names={},
                examples=[],
                synonyms=[],
            )
        )


def test_refused_records_are_marked_and_the_rest_is_stored(
    world: HubWorld, hub: HubProcess, tmp_path: Path
) -> None:
    crew = new_crew(world.url, tmp_path / "crew", per_language=4)
    name, token = next(iter(crew.tokens.items()))
    ws = Workspace.open(tmp_path / "client.db", create=True)
    client = SyncClient(ws.db, hub.url, token, chunk=5)
    client.sync()
    uid = user_id_of(ws, name)
    me = profile(ws, name)
    rows = ws.queue.page(me, limit=100)
    # Another user's assignment id, under this workstation's first item (as if tampered).
    stolen = someone_elses_assignment(world.url, "Anong")
    with ws.db.sessions.begin() as s:
        s.execute(
            update(Assignment).where(Assignment.id == rows[0].assignment_id).values(id=stolen)
        )
    add_local_label(ws, BOGUS_LABEL)
    ws.labelling.submit(me, rows[1].assignment_id, Answer(labels=(BOGUS_LABEL,)))
    for row in [rows[0], *rows[2:]]:  # the rest, and the stolen one
        assignment_id = stolen if row is rows[0] else row.assignment_id
        ws.labelling.submit(me, assignment_id, Answer(labels=(FIRST_LABEL,)))

    report = client.sync()
    with ws.db.sessions() as s:
        refused = outbox.rejected(s)
        ids = {
            asg: rev
            for asg, rev in s.execute(
                select(Annotation.assignment_id, OutboxEntry.record_id)
                .join(AnnotationRevision, AnnotationRevision.annotation_id == Annotation.id)
                .join(OutboxEntry, OutboxEntry.record_id == AnnotationRevision.id)
            ).all()
        }
    reasons = {record_id: error for _type, record_id, error in refused}
    assert reasons == {
        ids[stolen]: f"assignment {stolen} belongs to another user",
        ids[rows[1].assignment_id]: f"{BOGUS_LABEL!r} is not a label of bitext",
    }
    assert sorted(report.rejected) == sorted(reasons.items())
    assert report.pushed == len(rows) - 2
    assert_exactly_once(world.url, ws, uid, rejected=reasons)
    assert_outbox_empty(ws, uid, hub.url)

    again = client.sync()  # refused records are not sent again
    assert (again.pushed, again.rejected, again.chunks) == (0, [], 0)
