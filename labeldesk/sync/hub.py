"""The hub: an HTTP API (FastAPI on uvicorn) over an ordinary workspace database.

Stateless apart from its database, so several hub processes (``--workers N``, or several
machines behind a load balancer) can serve one PostgreSQL. Every endpoint but ``/health``
needs ``Authorization: Bearer <token>``; :data:`ENDPOINT_ROLES` says which roles may call
each. Errors are JSON ``{"status": ..., "error": "..."}`` with a 4xx status for anything
the client sent wrong (malformed JSON, a bad field, a body too large, a wrong role), so a
bad request never becomes a 500.

Logs are one JSON object per line on stderr (logger ``labeldesk.hub``): method, route,
status, duration, user id and record counts. They never hold a token, a request body or
any conversation text.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from labeldesk import __version__
from labeldesk.labelling.dto import Profile
from labeldesk.storage.db import Database, open_database
from labeldesk.storage.models import Role
from labeldesk.sync.auth import HubUserService
from labeldesk.sync.hub_pull import pull_page
from labeldesk.sync.hub_push import PushOutcome, apply_push
from labeldesk.sync.hub_status import hub_status
from labeldesk.sync.protocol import (
    DEFAULT_PULL_RECORDS,
    MAX_BODY_BYTES,
    MAX_PULL_RECORDS,
    NUL_MESSAGE,
    PROTOCOL,
    PushRequest,
    has_nul,
    problem,
)
from labeldesk.sync.publish import expire_leases

#: The environment variable ``labeldesk hub serve`` passes the workspace URL in (workers
#: are separate processes that build the app themselves).
WORKSPACE_ENV = "LABELDESK_HUB_WORKSPACE"

ALL_ROLES = frozenset(Role)
LEADS = frozenset({Role.LEAD})

#: Who may call what: (method, path) -> roles allowed (None: no token needed).
ENDPOINT_ROLES: dict[tuple[str, str], frozenset[Role] | None] = {
    ("GET", "/health"): None,
    ("GET", "/v1/me"): ALL_ROLES,
    ("POST", "/v1/push"): ALL_ROLES,
    ("GET", "/v1/pull"): ALL_ROLES,
    ("GET", "/v1/status"): LEADS,
    ("POST", "/v1/leases/expire"): LEADS,
}

log = logging.getLogger("labeldesk.hub")


class JsonResponse(Response):
    """A JSON reply rendered with orjson (fast, and datetimes as ISO 8601)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:  # noqa: ANN401 - any JSON value
        """Override Response.render: orjson bytes."""
        return orjson.dumps(content)


class JsonLogFormatter(logging.Formatter):
    """One JSON object per record: time, level, message and the record's ``fields``."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line."""
        body: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "event": record.getMessage(),
            **getattr(record, "fields", {}),
        }
        if record.exc_info:
            body["trace"] = self.formatException(record.exc_info)
        return orjson.dumps(body, default=str).decode()


def configure_logging(level: int = logging.INFO) -> None:
    """Send the hub's log to stderr as JSON lines (idempotent)."""
    if any(isinstance(h.formatter, JsonLogFormatter) for h in log.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogFormatter())
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False


def create_app(location: str | None = None) -> FastAPI:
    """The hub app on the workspace at ``location`` (default: $LABELDESK_HUB_WORKSPACE)."""
    location = location or os.environ.get(WORKSPACE_ENV)
    if not location:
        raise RuntimeError(f"no hub workspace: pass one or set {WORKSPACE_ENV}")
    configure_logging()
    db = open_database(location)
    app = FastAPI(
        title="LabelDesk hub",
        version=__version__,
        default_response_class=JsonResponse,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # every route checks its caller; an open schema would not
    )
    app.state.db = db
    app.state.users = HubUserService(db)
    _install_errors(app)
    _install_logging(app)
    _routes(app)
    app.router.on_shutdown.append(db.dispose)
    return app


# -- auth ---------------------------------------------------------------------------------------


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "send your token as 'Authorization: Bearer <token>'")
    return token.strip()


def _caller(request: Request) -> Profile:
    """The user the request's token belongs to, allowed on this endpoint; else 401/403."""
    token = _bearer(request)
    profile = request.app.state.users.authenticate(token)
    if profile is None:
        raise HTTPException(401, "unknown or revoked token")
    route = request.scope.get("route")
    key = (request.method, getattr(route, "path", request.url.path))
    allowed = ENDPOINT_ROLES.get(key)
    request.state.user_id = profile.id
    if allowed is not None and profile.role not in allowed:
        names = ", ".join(sorted(r.value for r in allowed))
        raise HTTPException(403, f"{key[1]} is for {names}; you are a {profile.role.value}")
    return profile


Caller = Depends(_caller)


# -- routes -------------------------------------------------------------------------------------


def _routes(app: FastAPI) -> None:
    @app.get("/health")
    def health() -> dict[str, Any]:
        """Liveness and readiness: the database answers."""
        db: Database = app.state.db
        with db.sessions() as s:
            s.execute(select(1))
        return {"status": "ok", "version": __version__, "protocol": PROTOCOL}

    @app.get("/v1/me")
    def me(user: Profile = Caller) -> dict[str, Any]:
        """The caller's profile, so a client can make its local user."""
        return {
            "id": user.id,
            "name": user.name,
            "role": user.role.value,
            "languages": list(user.languages),
            "vendor": user.vendor,
            "protocol": PROTOCOL,
        }

    @app.post("/v1/push")
    async def push(request: Request, user: Profile = Caller) -> dict[str, Any]:
        """Store a chunk of records; acknowledge each stored id, reject the rest with a reason."""
        body = await _read_body(request)
        chunk = _parse_push(body)
        outcome = await run_in_threadpool(_store, app.state.db, user, chunk)
        request.state.fields = {
            "records": len(chunk.records),
            "acked": len(outcome.acked),
            "rejected": len(outcome.rejected),
            "chain_breaks": outcome.chain_breaks,
        }
        return {
            "acked": outcome.acked,
            "rejected": [{"id": i, "error": e} for i, e in outcome.rejected],
        }

    @app.get("/v1/pull")
    def pull(
        request: Request,
        cursor: int = Query(0, ge=0, le=2**63 - 1),  # a BIGINT: larger is no cursor
        limit: int = Query(DEFAULT_PULL_RECORDS, ge=1, le=MAX_PULL_RECORDS),
        user: Profile = Caller,
    ) -> Response:
        """The caller's records after ``cursor``, in publication order."""
        db: Database = app.state.db
        with db.sessions() as s:
            records, next_cursor, more = pull_page(s, user.id, cursor, limit)
            s.commit()
        request.state.fields = {"records": len(records), "cursor": next_cursor}
        body = {
            "records": records,
            "cursor": next_cursor,
            "more": more,
            "hub_time": time.time(),
        }
        return Response(orjson.dumps(body), media_type="application/json")

    @app.get("/v1/status")
    def status(user: Profile = Caller) -> dict[str, Any]:
        """For leads: users, work by status, open review items, audit chain breaks."""
        db: Database = app.state.db
        with db.sessions() as s:
            return hub_status(s)

    @app.post("/v1/leases/expire")
    def expire(user: Profile = Caller) -> dict[str, Any]:
        """For leads: expire every lease that ran out now, and reassign the work."""
        db: Database = app.state.db
        with db.sessions.begin() as s:
            expired = expire_leases(s)
        return {"expired": len(expired)}


def _store(db: Database, user: Profile, chunk: PushRequest) -> PushOutcome:
    """Apply a chunk in one transaction; again if a concurrent copy of it won a unique key.

    A client that retries while its first try still runs on the hub sends the same records
    twice at once: the loser's transaction hits a unique constraint, and applying the chunk
    again finds the records stored and acknowledges them.
    """
    for _retry in range(2):
        try:
            with db.sessions.begin() as s:
                return apply_push(s, user, chunk)
        except IntegrityError:
            continue
    with db.sessions.begin() as s:
        return apply_push(s, user, chunk)


async def _read_body(request: Request) -> bytes:
    """The request body, refusing more than MAX_BODY_BYTES (413) before reading it all."""
    kind = request.headers.get("content-type")
    if kind is not None and kind.split(";")[0].strip().lower() != "application/json":
        raise HTTPException(415, f"send the chunk as application/json, not {kind[:100]!r}")
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HTTPException(400, "Content-Length is not a number")
        if int(declared) > MAX_BODY_BYTES:
            raise HTTPException(413, _too_large())
    chunks, size = [], 0
    try:
        async for part in request.stream():
            size += len(part)
            if size > MAX_BODY_BYTES:
                raise HTTPException(413, _too_large())
            chunks.append(part)
    except ClientDisconnect:  # the connection dropped mid-body: nobody hears the answer
        raise HTTPException(400, "the connection closed before the whole body arrived") from None
    return b"".join(chunks)


def _too_large() -> str:
    return f"the body is larger than {MAX_BODY_BYTES // (1024 * 1024)} MiB: send smaller chunks"


def _parse_push(body: bytes) -> PushRequest:
    """The push body as a PushRequest; 400 for bad JSON, 422 naming the bad field."""
    if not body:
        raise HTTPException(400, "the body is empty: send a JSON push chunk")
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise HTTPException(400, f"the body is not JSON: {exc}") from None
    if isinstance(data, dict) and data.get("protocol") not in (None, PROTOCOL):
        raise HTTPException(
            422, f"protocol {data.get('protocol')!r} is not spoken here (this hub: {PROTOCOL})"
        )
    if has_nul(body):
        raise HTTPException(422, NUL_MESSAGE)
    try:
        return PushRequest.model_validate(data)
    except ValidationError as exc:
        raise HTTPException(422, _explain(exc.errors())) from None


def _explain(errors: list[Any]) -> str:
    """Pydantic errors as one line a person can act on: where, then what (first three)."""
    parts = []
    for err in errors[:3]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body",))
        parts.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return "; ".join(parts) + more


# -- errors and logs ----------------------------------------------------------------------------


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JsonResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
        return JsonResponse(
            problem(exc.status_code, str(exc.detail)), exc.status_code, headers=headers
        )

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def starlette_error(_request: Request, exc: StarletteHTTPException) -> JsonResponse:
        return JsonResponse(problem(exc.status_code, str(exc.detail)), exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JsonResponse:
        return JsonResponse(problem(422, _explain(list(exc.errors()))), 422)

    @app.exception_handler(OperationalError)
    async def busy(_request: Request, exc: OperationalError) -> JsonResponse:
        log.warning("database busy", extra={"fields": {"error": str(exc.orig)[:200]}})
        return JsonResponse(
            problem(503, "the hub's database is busy; try again"), 503, headers={"Retry-After": "1"}
        )

    @app.exception_handler(PoolTimeout)
    async def no_connection(_request: Request, exc: PoolTimeout) -> JsonResponse:
        # Every database connection of this worker was in use for too long: a load peak.
        log.warning("no database connection free", extra={"fields": {"error": str(exc)[:200]}})
        return JsonResponse(
            problem(503, "the hub is busy; try again"), 503, headers={"Retry-After": "1"}
        )


def _install_logging(app: FastAPI) -> None:
    @app.middleware("http")
    async def access_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        try:
            response = await call_next(request)
        except Exception:
            log.exception(
                "request failed",
                extra={"fields": {"method": request.method, "path": request.url.path}},
            )
            response = JsonResponse(problem(500, "internal error; see the hub's log"), 500)
        route = request.scope.get("route")
        fields = {
            "method": request.method,
            "path": getattr(route, "path", request.url.path),
            "status": response.status_code,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            "user": getattr(request.state, "user_id", None),
            **getattr(request.state, "fields", {}),
        }
        log.info("request", extra={"fields": fields})
        return response
