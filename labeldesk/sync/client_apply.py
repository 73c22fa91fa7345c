"""On a workstation: apply a page of pulled records (see :mod:`labeldesk.sync.hub_pull`).

One page is one local transaction, together with the new cursor, so a crash or a full disk
mid-page leaves the workspace as it was and the next sync pulls the page again. Records are
upserted by their hub ids (conversations by external id, taxonomies and batches by name),
so applying a page twice changes nothing.

A page is applied type by type, in set-based statements: the ids a page mentions are looked
up in one query per kind, and its new rows go in with one ``executemany`` per table (a first
sync brings tens of thousands of conversations, with their turns).

Review slots arrive without identities: their annotations are stored under one anonymous,
inactive local user, so the reviewer's workstation never learns who made them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.storage.models import (
    Annotation,
    Assignment,
    Batch,
    GoldResult,
    Label,
    QuizKind,
    QuizStatus,
    Review,
    Role,
    Setting,
    Taxonomy,
    TaxonomyVersion,
    TrainingQuiz,
    User,
    UserSetting,
    utcnow,
)
from labeldesk.sync.apply_feedback import apply_gold_feedback, apply_review_feedback
from labeldesk.sync.apply_rows import (
    ANONYMOUS_ID,
    ANONYMOUS_NAME,
    insert_rows,
    pairs,
    parse_time,
    upsert,
)
from labeldesk.sync.apply_work import apply_assignments

__all__ = [
    "ANONYMOUS_ID",
    "ANONYMOUS_NAME",
    "Applied",
    "SyncConflict",
    "apply_page",
    "ensure_user",
]


class SyncConflict(LabelDeskError):
    """The hub's records clash with this workspace's own (a taxonomy version, a user name)."""


@dataclass
class Applied:
    """What a page changed here."""

    assignments: int = 0
    dropped: int = 0
    kept_expired: int = 0  # expired on the hub but worked here: the answer still goes up
    feedback: int = 0
    taxonomy_versions: int = 0
    quizzes: int = 0
    skipped: list[str] = field(default_factory=list)


def apply_page(s: Session, user_id: str, records: Sequence[dict[str, Any]]) -> Applied:
    """Apply pulled records for ``user_id`` in the caller's transaction.

    The page's records are applied type by type, each type's rows in a few set-based
    statements (see :mod:`labeldesk.sync.apply_work` and :mod:`labeldesk.sync.apply_feedback`).
    """
    page = _Page(records)
    out = Applied(skipped=page.skipped)
    _settings(s, page["settings"])
    for version in page["taxonomy_version"]:
        out.taxonomy_versions += _taxonomy_version(s, version)
    if page["quiz"]:
        _quizzes(s, user_id, page["quiz"])
        out.quizzes = len(page["quiz"])
    work = apply_assignments(s, user_id, page["assignment"])
    out.assignments, out.dropped, out.kept_expired = work.stored, work.dropped, work.kept
    out.feedback = apply_gold_feedback(s, user_id, page["gold_feedback"])
    out.feedback += apply_review_feedback(s, page["review_feedback"])
    s.flush()
    return out


def ensure_user(s: Session, me: dict[str, Any]) -> None:
    """Make (or update) the local user the hub says the token belongs to, with the hub's id.

    A local profile of the same name that has no work yet (made at the app's first launch,
    before connecting) is taken over: its preferences move to the hub's user. One that has
    work is a conflict: its work would be someone else's on the hub.
    """
    user = s.get(User, me["id"])
    clash = s.scalar(select(User).where(User.name == me["name"], User.id != me["id"]))
    if clash is not None:
        if _has_work(s, clash.id):
            raise SyncConflict(
                f"this workspace already has another user named {me['name']!r} with work of "
                "their own; sync into a new workspace (--workspace), or rename that user"
            )
        _adopt(s, clash, me)
        user = s.get(User, me["id"])
    if user is None:
        user = User(id=me["id"], name=me["name"])
        s.add(user)
    user.role = Role(me["role"])
    user.languages = list(me.get("languages") or [])
    user.active = True
    s.flush()


def _has_work(s: Session, user_id: str) -> bool:
    """Whether anything but preferences points at the local user."""
    checks = (
        exists().where(Assignment.user_id == user_id),
        exists().where(Annotation.user_id == user_id),
        exists().where(Review.reviewer_id == user_id),
        exists().where(TrainingQuiz.user_id == user_id),
        exists().where(GoldResult.user_id == user_id),
    )
    return any(s.scalar(select(check)) for check in checks)


def _adopt(s: Session, local: User, me: dict[str, Any]) -> None:
    """Replace a work-free local profile by the hub's user of the same name."""
    old_id, name = local.id, local.name
    local.name = f"{name} (local {old_id[:8]})"
    s.flush()
    s.add(User(id=me["id"], name=name, role=Role(me["role"]), languages=[]))
    s.flush()
    s.execute(update(UserSetting).where(UserSetting.user_id == old_id).values(user_id=me["id"]))
    s.execute(delete(User).where(User.id == old_id))
    audit.record(
        s,
        "user.adopt",
        entity="user",
        entity_id=me["id"],
        payload={"name": name, "local_id": old_id},
        user_id=me["id"],
    )
    s.expunge(local)


class _Page:
    """A page's records by type, in page order (the settings line: the last one)."""

    def __init__(self, records: Sequence[dict[str, Any]]) -> None:
        self.by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.skipped: list[str] = []
        for record in records:
            kind = record.get("type")
            if kind in _TYPES:
                self.by_type[str(kind)].append(record)
            else:
                self.skipped.append(str(kind))

    def __getitem__(self, kind: str) -> list[dict[str, Any]]:
        return self.by_type.get(kind, [])


#: The record types a page may hold, in the order they are applied (each needs the ones
#: before it: a batch its taxonomy, an assignment its quiz, feedback its conversation).
_TYPES = ("settings", "taxonomy_version", "quiz", "assignment", "gold_feedback", "review_feedback")


def _settings(s: Session, records: Sequence[dict[str, Any]]) -> None:
    """The lead's switches that shape the labeller's view (model predictions shown)."""
    if records:
        value = bool(records[-1].get("show_predictions"))
        upsert(s, Setting, [{"key": "show_predictions", "value": value}], ["key"], ["value"])


# -- taxonomy ---------------------------------------------------------------------------------


def _taxonomy_version(s: Session, r: dict[str, Any]) -> int:
    """Store one taxonomy version with its labels (1), or check the one here matches (0)."""
    taxonomy = s.scalar(select(Taxonomy).where(Taxonomy.name == r["taxonomy"]))
    if taxonomy is None:
        taxonomy = Taxonomy(name=r["taxonomy"], leaf_only=bool(r["leaf_only"]))
        s.add(taxonomy)
        s.flush()
    have = s.scalar(
        select(TaxonomyVersion).where(
            TaxonomyVersion.taxonomy_id == taxonomy.id, TaxonomyVersion.number == r["number"]
        )
    )
    if have is not None:
        if have.checksum and r["checksum"] and have.checksum != r["checksum"]:
            raise SyncConflict(
                f"taxonomy {r['taxonomy']!r} version {r['number']} here differs from the "
                "hub's; sync into a new workspace"
            )
        return 0
    version = TaxonomyVersion(
        taxonomy_id=taxonomy.id,
        number=r["number"],
        source=r.get("source") or "hub",
        checksum=r.get("checksum") or "",
    )
    s.add(version)
    s.flush()
    insert_rows(s, Label, [{**label, "version_id": version.id} for label in r["labels"]])
    # Batches that arrived before their taxonomy get it now.
    s.execute(
        update(Batch)
        .where(Batch.taxonomy_id.is_(None), Batch.source == f"hub:{r['taxonomy']}")
        .values(taxonomy_id=taxonomy.id),
        execution_options={"synchronize_session": False},
    )
    return 1


# -- quizzes ----------------------------------------------------------------------------------


def _quizzes(s: Session, user_id: str, records: Sequence[dict[str, Any]]) -> None:
    """Store the user's training quizzes, or update them from the hub.

    A quiz finished here while offline is not reopened by an older "open" from the hub (the
    hub will hear of it).
    """
    status = pairs(s, TrainingQuiz.id, TrainingQuiz.status, (r["id"] for r in records))
    rows = [
        {
            "id": r["id"],
            "user_id": user_id,
            "kind": QuizKind(r["kind"]),
            "branches": list(r["branches"]),
            "threshold": float(r["threshold"]),
            "n_items": int(r["n_items"]),
            "pauses_production": bool(r["pauses_production"]),
            "status": QuizStatus(r["status"]),
            "score": r.get("score"),
            "created_at": parse_time(r.get("created_at")) or utcnow(),
            "finished_at": parse_time(r.get("finished_at")),
        }
        for r in records
        if not (
            r["id"] in status
            and status[r["id"]] != QuizStatus.OPEN
            and r["status"] == QuizStatus.OPEN.value
        )
    ]
    updated = [c for c in rows[0] if c not in ("id", "user_id")] if rows else []
    upsert(s, TrainingQuiz, rows, ["id"], updated)
