"""The manifest of a QA-complete export: what a batch file holds, and how far to trust it.

``labeldesk export --batch B --with-qa -o FILE`` writes ``FILE.manifest.json`` beside the
data file (:func:`qa_manifest`, handed to
:meth:`~labeldesk.export.service.ExportService.export_batch`). One JSON object, keys sorted,
two-space indent, every computed float rounded to six decimals, bootstrap
intervals drawn with a fixed seed, and no wall-clock time: the same workspace gives the same
bytes. Its keys:

``manifest_version``
    :data:`MANIFEST_VERSION`.
``labeldesk``
    ``version`` of the package and ``schema``, the database's migration revision.
``batch``, ``data_file``
    The batch name; the data file's ``name``, ``format``, ``size`` (bytes) and ``sha256``.
``data_as_of``
    ``latest_answer`` and ``latest_review``: when the batch's newest answer and review were
    saved (UTC, ISO 8601; null without any). The only times in the manifest.
``taxonomy``
    ``name``, ``version`` and ``checksum`` (the imported file's SHA-256, "" when unknown) of
    the batch taxonomy's latest version, which the taxonomy statistics use, and
    ``versions_used``, the versions the answers were saved under. Null without a taxonomy.
``counts``
    Over the file's conversations: ``conversations``; ``labelled`` (at least one answer with
    labels), ``skipped`` (only skips), ``unanswered``; ``annotations`` (answers: labelled,
    skipped or unsure; a withdrawn answer is none), ``skips``, ``unsure``; ``reviewed``
    (a review was saved), ``gold_items``; ``labellers``.
``final_labels``
    Conversations per way their final label was decided (see :mod:`labeldesk.review.final`).
``agreement``
    Over the file's conversations with two or more labelled answers, labellers as raters,
    label sets as categories: ``percent_agreement``, ``mean_pairwise_cohen_kappa``,
    ``fleiss_kappa`` (null unless every item has as many answers),
    ``krippendorff_alpha.nominal`` and ``krippendorff_alpha.taxonomy`` (squared taxonomy
    distance: a sibling is a smaller miss than another branch), and the same four per
    taxonomy ``levels`` (labels mapped to their ancestor at depth 1, 2, ...). Each is
    ``{"value", "ci_low", "ci_high"}``: a 95% percentile bootstrap interval over items
    (``bootstrap`` says how many resamples and the seed). ``warnings`` says why one is null.
``gold``
    Accuracy of the first answers to hidden gold items made for the batch (those of the
    batch and those mixed in from a gold batch): ``items``, ``results``, ``correct``,
    ``accuracy`` and ``wilson_95``, its Wilson score interval.
``review``
    The file's review items: ``items``, ``reviewed``, ``pending``, ``by_reason``, and over
    their latest reviews ``by_cause``, ``promoted_to_gold``, ``slots`` (verdict counts) and
    ``overturn_rate`` (the share of slots judged incorrect).
``labellers``
    One entry per labeller, by pseudonymous ``id`` (never a name), sorted: ``annotations``,
    ``labelled``, ``skips``, ``unsure``, ``gold_results``, ``gold_correct``, ``slots``,
    ``overturned``.

The statistics are computed by :mod:`labeldesk.review.ratings` (``summarise``),
:mod:`labeldesk.review.agreement`, :mod:`labeldesk.review.agreement_extra` and
:func:`labeldesk.review.quality_stats.wilson`, from the same read of the batch as the data
file's QA columns (:class:`labeldesk.review.export_qa.QaRead`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
from sqlalchemy import func, select, text

import labeldesk
from labeldesk.review.answers import QAData
from labeldesk.review.export_qa import QaRead, export_qa
from labeldesk.review.final import HOWS
from labeldesk.review.manifest_agreement import agreement_section, rounded
from labeldesk.review.quality_stats import wilson
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Batch,
    CauseCode,
    Conversation,
    Review,
    ReviewItem,
    ReviewReason,
    Taxonomy,
    TaxonomyVersion,
    User,
    Verdict,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from labeldesk.export.manifest import ExportedFile
    from labeldesk.export.qa import QaColumns
    from labeldesk.taxonomy.index import LabelIndex

#: The manifest's layout version.
MANIFEST_VERSION = 1


def qa_manifest(session: Session, file: ExportedFile) -> bytes:
    """The manifest of an exported batch file, as JSON bytes (a ``ManifestMaker``).

    Parameters
    ----------
    session
        The export's session (its read snapshot on a server database).
    file
        What the export wrote.

    Returns
    -------
    bytes
        UTF-8 JSON: sorted keys, two-space indent, a final newline.
    """
    return dumps_manifest(build_manifest(session, file))


def dumps_manifest(manifest: dict[str, Any]) -> bytes:
    """A manifest as its file holds it: sorted keys, two-space indent, a final newline."""
    return orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def build_manifest(session: Session, file: ExportedFile) -> dict[str, Any]:
    """The manifest of ``file`` as plain JSON values (see the module docstring)."""
    qa = file.qa
    if qa is None or not isinstance(qa.source, QaRead):  # an exporter without export_qa
        qa = export_qa(session, file.batch_id, file.batch)
    read = qa.source
    assert isinstance(read, QaRead)
    own = np.isin(read.data.conversations, qa.conversation_id)[read.data.conv]
    taxonomy, index = _taxonomy(session, file.batch_id)
    pseudonyms = _pseudonyms(session, read.data)
    return {
        "manifest_version": MANIFEST_VERSION,
        "labeldesk": {"version": labeldesk.__version__, "schema": _schema(session)},
        "batch": file.batch,
        "data_file": {
            "name": file.name,
            "format": file.format,
            "size": file.size,
            "sha256": file.sha256,
        },
        "data_as_of": _as_of(session, file.batch_id),
        "taxonomy": taxonomy,
        "counts": _counts(read.data, qa, own, file.conversations),
        "final_labels": _final_labels(qa),
        "agreement": agreement_section(read.data, own, pseudonyms, index),
        "gold": _gold(read.data),
        "review": _review(qa),
        "labellers": _labellers(read.data, qa, own, pseudonyms),
    }


# --------------------------------------------------------------------------- workspace


def _schema(session: Session) -> str | None:
    """The migration revision the database is at."""
    return session.scalar(text("SELECT version_num FROM alembic_version"))


def _utc(at: dt.datetime | None) -> str | None:
    """A stored time as ISO 8601 UTC (SQLite hands back naive UTC times)."""
    if at is None:
        return None
    at = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)
    return at.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _as_of(session: Session, batch_id: int) -> dict[str, str | None]:
    """When the batch's newest answer and newest review were saved."""
    in_batch = Conversation.batch_id == batch_id
    answer = session.scalar(
        select(func.max(Annotation.answered_at))
        .join(Conversation, Conversation.id == Annotation.conversation_id)
        .where(in_batch)
    )
    review = session.scalar(
        select(func.max(Review.created_at))
        .join(ReviewItem, ReviewItem.id == Review.review_item_id)
        .join(Conversation, Conversation.id == ReviewItem.conversation_id)
        .where(in_batch)
    )
    return {"latest_answer": _utc(answer), "latest_review": _utc(review)}


def _taxonomy(session: Session, batch_id: int) -> tuple[dict[str, Any] | None, LabelIndex | None]:
    """The batch taxonomy's section and the label index of its latest version."""
    from labeldesk.taxonomy.service import latest_index

    taxonomy_id = session.scalar(select(Batch.taxonomy_id).where(Batch.id == batch_id))
    if taxonomy_id is None:
        return None, None
    index = latest_index(session, taxonomy_id, {})
    checksum = session.scalar(
        select(TaxonomyVersion.checksum).where(TaxonomyVersion.id == index.version_id)
    )
    used = session.scalars(
        select(TaxonomyVersion.number)
        .distinct()
        .join(AnnotationRevision, AnnotationRevision.taxonomy_version_id == TaxonomyVersion.id)
        .join(
            Annotation,
            (Annotation.id == AnnotationRevision.annotation_id)
            & (Annotation.latest_revision == AnnotationRevision.number),
        )
        .join(Conversation, Conversation.id == Annotation.conversation_id)
        .where(Conversation.batch_id == batch_id)
    )
    name = session.scalar(select(Taxonomy.name).where(Taxonomy.id == taxonomy_id))
    section = {
        "name": name,
        "version": index.version,
        "checksum": checksum or "",
        "versions_used": sorted(int(n) for n in used),
    }
    return section, index


def _pseudonyms(session: Session, data: QAData) -> list[str]:
    """The pseudonymous id of each user of ``data.users`` (a user with no row: its id)."""
    ids = [u.id for u in data.users]
    found: dict[str, str] = {}
    if ids:
        for uid, pseudonym in session.execute(
            select(User.id, User.pseudonym).where(User.id.in_(ids))
        ):
            found[str(uid)] = str(pseudonym)
    return [found.get(uid) or uid for uid in ids]


# --------------------------------------------------------------------------- sections


def _counts(data: QAData, qa: QaColumns, own: np.ndarray, conversations: int) -> dict[str, int]:
    """The ``counts`` section: conversations, answers and labellers of the file."""
    n_conv = data.conversations.size
    labelled = data.category >= 0
    answered = np.bincount(data.conv[own], minlength=n_conv) > 0
    with_labels = np.bincount(data.conv[own & labelled], minlength=n_conv) > 0
    reviewed = sum(1 for q in qa.qa.values() if q.get("review", {}).get("status") == "reviewed")
    return {
        "conversations": conversations,
        "labelled": int(with_labels.sum()),
        "skipped": int((answered & ~with_labels).sum()),
        "unanswered": conversations - int(answered.sum()),
        "annotations": int(own.sum()),
        "skips": int((own & data.skipped).sum()),
        "unsure": int((own & data.unsure).sum()),
        "reviewed": reviewed,
        "gold_items": sum(1 for q in qa.qa.values() if "gold" in q),
        "labellers": int(np.unique(data.user[own]).size),
    }


def _final_labels(qa: QaColumns) -> dict[str, int]:
    """Conversations of the file per way their final label was decided."""
    found = Counter(qa.hows[int(code)] for code in qa.how.tolist())
    return {how: found.get(how, 0) for how in HOWS}


def _gold(data: QAData) -> dict[str, Any]:
    """The ``gold`` section: first answers to the hidden gold items made for the batch."""
    n = int(data.gold_rows.size)
    correct = int(data.gold_correct.sum())
    interval = wilson(correct, n)
    return {
        "items": int(np.unique(data.conv[data.gold_rows]).size),
        "results": n,
        "correct": correct,
        "accuracy": rounded(correct / n) if n else None,
        "wilson_95": None if interval is None else [rounded(v) for v in interval],
    }


def _review(qa: QaColumns) -> dict[str, Any]:
    """The ``review`` section, from the review part of the file's ``qa`` column."""
    reviews = [q["review"] for q in qa.qa.values() if "review" in q]
    done = [r for r in reviews if r["status"] == "reviewed"]
    reasons = Counter(r["reason"] for r in reviews)
    causes = Counter(r["cause"] or "none" for r in done)
    verdicts = Counter(slot["verdict"] for r in done for slot in r["slots"])
    n_slots = sum(verdicts.values())
    incorrect = verdicts.get(Verdict.INCORRECT.value, 0)
    return {
        "items": len(reviews),
        "reviewed": len(done),
        "pending": len(reviews) - len(done),
        "by_reason": {r.value: reasons.get(r.value, 0) for r in ReviewReason},
        "by_cause": {c: causes.get(c, 0) for c in (*(c.value for c in CauseCode), "none")},
        "promoted_to_gold": sum(1 for r in done if r["promoted_to_gold"]),
        "slots": {v.value: verdicts.get(v.value, 0) for v in Verdict},
        "overturn_rate": rounded(incorrect / n_slots) if n_slots else None,
    }


def _labellers(
    data: QAData, qa: QaColumns, own: np.ndarray, pseudonyms: list[str]
) -> list[dict[str, Any]]:
    """One entry per labeller who answered in the file or a gold item made for the batch."""
    n = len(pseudonyms)

    def per_user(rows: np.ndarray) -> list[int]:
        return np.bincount(data.user[rows], minlength=n).tolist()

    answers = per_user(own)
    labelled = per_user(own & (data.category >= 0))
    skips = per_user(own & data.skipped)
    unsure = per_user(own & data.unsure)
    gold = per_user(data.gold_rows)
    gold_ok = per_user(data.gold_rows[data.gold_correct])
    slots, overturned = _slots_by_labeller(qa)
    out = [
        {
            "id": pid,
            "annotations": answers[u],
            "labelled": labelled[u],
            "skips": skips[u],
            "unsure": unsure[u],
            "gold_results": gold[u],
            "gold_correct": gold_ok[u],
            "slots": slots.get(pid, 0),
            "overturned": overturned.get(pid, 0),
        }
        for u, pid in enumerate(pseudonyms)
        if answers[u] or gold[u]
    ]
    return sorted(out, key=lambda entry: entry["id"])


def _slots_by_labeller(qa: QaColumns) -> tuple[Counter[str], Counter[str]]:
    """Slots in the file's latest reviews, and those judged incorrect, per labeller id."""
    slots: Counter[str] = Counter()
    overturned: Counter[str] = Counter()
    for q in qa.qa.values():
        for slot in q.get("review", {}).get("slots", []):
            slots[slot["labeller_id"]] += 1
            if slot["verdict"] == Verdict.INCORRECT.value:
                overturned[slot["labeller_id"]] += 1
    return slots, overturned
