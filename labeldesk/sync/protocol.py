"""What travels between a workstation and the hub: the records of a push, and a pull page.

Version 1 of the protocol. Every record a client makes has a client-made UUID (32 hex
digits) and the hub upserts by it, so sending a record twice changes nothing. The hub
validates every push body against these pydantic models: a malformed record is a 422 that
names the record and the field, never a 500.

Pulled records are plain dicts (the hub builds them, the client trusts its own hub); their
shapes are documented on :mod:`labeldesk.sync.hub_pull`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

#: The protocol version a client and hub speak; a mismatch is refused with a clear message.
PROTOCOL = 1

#: Most records in one push chunk, and the client's default chunk.
MAX_CHUNK_RECORDS = 5000
DEFAULT_CHUNK_RECORDS = 2000

#: Largest request body the hub reads (bytes): a full chunk of large records fits.
MAX_BODY_BYTES = 32 * 1024 * 1024

#: Most records in one pull page, and the client's default page.
MAX_PULL_RECORDS = 2000
DEFAULT_PULL_RECORDS = 500

#: Limits on single fields, so one record cannot be huge.
MAX_LABELS = 64
MAX_NOTE_CHARS = 20_000
MAX_KEY_CHARS = 300

#: How deep a free-form payload may nest (the hub hashes and stores it; ours nest 2 or 3).
MAX_PAYLOAD_DEPTH = 32


def _shallow(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload, if it nests at most MAX_PAYLOAD_DEPTH levels (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(payload, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_PAYLOAD_DEPTH:
            raise ValueError(f"nested deeper than {MAX_PAYLOAD_DEPTH} levels")
        children = value.values() if isinstance(value, dict) else value
        stack.extend((v, depth + 1) for v in children if isinstance(v, dict | list))
    return payload


Payload = Annotated[dict[str, Any], AfterValidator(_shallow)]
Id = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Key = Annotated[str, StringConstraints(min_length=1, max_length=MAX_KEY_CHARS)]
Labels = Annotated[list[Key], Field(max_length=MAX_LABELS)]
TurnLabels = Annotated[dict[str, Labels], Field(max_length=10_000)]
Text = Annotated[str, StringConstraints(max_length=MAX_NOTE_CHARS)]


class _Strict(BaseModel):
    """Unknown fields are errors: a typo must not be silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class RevisionData(_Strict):
    """One revision of a labeller's annotation (a submit, a skip, a revert...)."""

    annotation_id: Id
    assignment_id: Id
    conversation: Key  # the conversation's external id
    number: int = Field(ge=1, le=1_000_000)
    labels: Labels
    turn_labels: TurnLabels = {}
    unsure: bool = False
    skip_reason: Annotated[str, StringConstraints(max_length=500)] | None = None
    note: Text = ""
    active_seconds: float = Field(default=0.0, ge=0, le=7 * 24 * 3600)
    taxonomy: Key | None = None  # the taxonomy's name ...
    taxonomy_version: int | None = Field(default=None, ge=1)  # ... and version number
    action: Annotated[str, StringConstraints(max_length=64)] = "annotation.submit"
    created_at: dt.datetime


class SlotVerdict(_Strict):
    """A reviewer's verdict on one blind slot."""

    slot: Annotated[str, StringConstraints(pattern=r"^[A-Z]$")]
    annotation_id: Id
    verdict: Literal["correct", "incorrect"]


class ReviewData(_Strict):
    """A reviewer's adjudication of one review item."""

    review_item_id: Id
    labels: Labels = Field(min_length=1)
    turn_labels: TurnLabels = {}
    cause: (
        Literal["labeller_error", "ambiguous", "guideline_gap", "taxonomy_gap", "other"] | None
    ) = None
    comment: Text = ""
    promoted_to_gold: bool = False
    explanation: Text = ""  # the gold explanation, when promoted
    active_seconds: float = Field(default=0.0, ge=0, le=7 * 24 * 3600)
    slots: Annotated[list[SlotVerdict], Field(max_length=26)]
    created_at: dt.datetime


class AuditData(_Strict):
    """One entry of the client's hash-chained audit log."""

    seq: int = Field(ge=1, le=2**63 - 1)
    at: dt.datetime
    user_id: Id | None = None
    action: Annotated[str, StringConstraints(max_length=64)]
    entity: Annotated[str, StringConstraints(max_length=64)] = ""
    entity_id: Annotated[str, StringConstraints(max_length=300)] = ""
    payload: Payload = {}
    prev_hash: Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{64})?$")]
    hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class DerivedData(_Strict):
    """A record the client derived itself (a gold score, a review item, a quiz's state).

    The hub derives its own from the answers it receives, so it acknowledges these and
    keeps nothing: the client's copy only served the labeller while offline.
    """

    payload: Payload = {}


class RevisionRecord(_Strict):
    """A pushed annotation revision."""

    type: Literal["annotation_revision"]
    id: Id
    data: RevisionData


class ReviewRecord(_Strict):
    """A pushed review."""

    type: Literal["review"]
    id: Id
    data: ReviewData


class AuditRecord(_Strict):
    """A pushed audit entry."""

    type: Literal["audit"]
    id: Id
    data: AuditData


class DerivedRecord(_Strict):
    """A pushed record the hub derives for itself."""

    type: Literal["gold_result", "review_item", "training_quiz", "gold_item"]
    id: Id
    data: DerivedData


PushRecord = Annotated[
    RevisionRecord | ReviewRecord | AuditRecord | DerivedRecord, Field(discriminator="type")
]


class PushRequest(_Strict):
    """A chunk of records from one client."""

    protocol: Literal[1]
    client_id: Id  # the workstation's workspace id (its audit chain)
    records: Annotated[list[PushRecord], Field(max_length=MAX_CHUNK_RECORDS)]


class Rejection(_Strict):
    """A record the hub refused for good, and why (it is not sent again)."""

    id: str
    error: str


class PushReply(_Strict):
    """What the hub took: every acknowledged id was stored (or was already there)."""

    acked: list[str]
    rejected: list[Rejection] = []


class PullReply(BaseModel):
    """A page of records for the user, the cursor to resume from, and whether more wait."""

    records: list[dict[str, Any]]
    cursor: int
    more: bool
    hub_time: dt.datetime


#: Why a body with a NUL character is refused (databases can't store one in text).
NUL_MESSAGE = "a text field contains a NUL character (\\u0000), which the hub can't store"


def has_nul(body: bytes) -> bool:
    """Whether a JSON body holds a NUL character in some string (JSON escapes it)."""
    return b"\\u0000" in body


def problem(status: int, message: str, **extra: Any) -> dict[str, Any]:  # noqa: ANN401
    """The JSON body of every error reply: a status and a message a person can act on."""
    return {"status": status, "error": message, **extra}
