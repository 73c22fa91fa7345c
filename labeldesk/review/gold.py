"""Gold items: import known answers from a file or add one from a review, and score answers.

A gold item is a conversation with a known answer and an explanation. Hidden gold is mixed
into production queues, where labellers can't tell it apart; training gold makes up training
quizzes (:mod:`labeldesk.review.training`). :func:`score_gold` is a save hook: it scores the
first answer a labeller submits to a gold item, once (later revisions never rescore).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.labelling.dto import SaveEvent
from labeldesk.progress import Progress, ProgressCallback, no_progress
from labeldesk.review.gold_check import Checker, Target, gold_payload, same_answer
from labeldesk.review.gold_file import MAX_EXPLANATION_CHARS, GoldRow, Problems, read_gold_file
from labeldesk.review.quiz import advance_quiz
from labeldesk.storage.db import Database
from labeldesk.storage.models import (
    Batch,
    Conversation,
    GoldItem,
    GoldPool,
    GoldResult,
    OutboxEntry,
    Purpose,
)

#: How often (in rows) an import reports progress.
PROGRESS_EVERY = 500


class GoldError(LabelDeskError):
    """A gold answer was refused: unknown conversation or label, no explanation, a clash."""


@dataclass(frozen=True)
class GoldItemView:
    """One gold item, for the lead: the answer, its explanation, and how labellers did on it."""

    id: str
    conversation_id: int
    external_id: str
    batch: str
    language: str
    labels: tuple[str, ...]
    turn_labels: dict[int, tuple[str, ...]]
    explanation: str
    pool: GoldPool
    source: str
    answered: int
    correct: int


@dataclass(frozen=True)
class GoldImportResult:
    """What a gold import did: items added, replaced (``--replace``) and already there."""

    file: str
    added: int
    replaced: int
    unchanged: int
    by_pool: dict[str, int]


class GoldService:
    """Import and list gold items.

    Parameters
    ----------
    db
        The open workspace database; each method is one unit of work.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._checker = Checker()

    def import_file(
        self,
        path: str | Path,
        *,
        pool: GoldPool = GoldPool.HIDDEN,
        encoding: str | None = None,
        replace: bool = False,
        progress: ProgressCallback | None = None,
    ) -> GoldImportResult:
        """Import the gold answers in a CSV or JSONL file, all or nothing.

        Parameters
        ----------
        path
            The file (see :mod:`labeldesk.review.gold_file` for its fields).
        pool
            The pool of rows that don't name one.
        encoding
            The file's text encoding (default UTF-8, with or without a byte-order mark).
        replace
            Replace existing gold answers that differ (each replacement is audited with the
            old and the new answer). Without it, such a row is an error.
        progress
            Called with the rows checked and written so far.

        Raises
        ------
        InputError
            Listing every problem with the file's name, its row or line, and the field.
            Nothing is written then.
        """
        report = progress or no_progress
        file = Path(path)
        problems = Problems(str(path))
        rows = read_gold_file(file, problems, encoding)
        _check_duplicates(rows, problems)
        with self._db.sessions.begin() as s:
            targets = self._checker.check_rows(s, rows, problems)
            problems.raise_if_any()
            existing = _existing(s, [t.conversation_id for t in targets.values()])
            counts = {"added": 0, "replaced": 0, "unchanged": 0}
            by_pool: dict[str, int] = {}
            for done, target in enumerate(targets.values(), start=1):
                wanted = target.row.pool or pool
                old = existing.get(target.conversation_id)
                outcome = _plan(target.row, wanted, old, replace=replace, problems=problems)
                if outcome != "clash":
                    counts[outcome] += 1
                    by_pool[wanted.value] = by_pool.get(wanted.value, 0) + 1
                    _write(s, outcome, target, wanted, old)
                if done % PROGRESS_EVERY == 0:
                    report(Progress(done, len(rows), "rows"))
            problems.raise_if_any()
            audit.record(
                s,
                "gold.import",
                entity="gold_file",
                entity_id=file.name,
                payload={"file": str(file.resolve()), "default_pool": pool.value, **counts},
            )
            report(Progress(len(rows), len(rows), "rows"))
        return GoldImportResult(str(path), by_pool=by_pool, **counts)

    def add_gold(
        self,
        conversation_id: int,
        labels: Sequence[str],
        turn_labels: Mapping[int, Sequence[str]] | None,
        explanation: str,
        *,
        pool: GoldPool = GoldPool.HIDDEN,
        source: str = "review",
        replace: bool = False,
    ) -> GoldItemView:
        """Make a conversation a gold item (e.g. a reviewed item promoted to gold).

        Raises
        ------
        GoldError
            If the conversation or a label is unknown, a label can't be chosen, there are
            no labels or no explanation, or the conversation is already gold with another
            answer (unless ``replace``).
        """
        with self._db.sessions.begin() as s:
            item = store_gold(
                s,
                conversation_id,
                labels,
                turn_labels,
                explanation,
                pool=pool,
                source=source,
                replace=replace,
                checker=self._checker,
            )
            return _views(s, [item.id])[0]

    def list(self, *, pool: GoldPool | None = None) -> list[GoldItemView]:
        """Every gold item (or those of ``pool``), by conversation id."""
        with self._db.sessions() as s:
            query = select(GoldItem.id).order_by(GoldItem.conversation_id)
            if pool is not None:
                query = query.where(GoldItem.pool == pool)
            return _views(s, list(s.scalars(query)))


def store_gold(
    s: Session,
    conversation_id: int,
    labels: Sequence[str],
    turn_labels: Mapping[int, Sequence[str]] | None,
    explanation: str,
    *,
    pool: GoldPool,
    source: str,
    replace: bool = False,
    checker: Checker | None = None,
) -> GoldItem:
    """Add (or with ``replace`` change) a gold item inside the caller's unit of work.

    For services that promote a review to gold in their own transaction; raises
    :class:`GoldError` like :meth:`GoldService.add_gold`.
    """
    external_id = s.scalar(
        select(Conversation.external_id).where(Conversation.id == conversation_id)
    )
    if external_id is None:
        raise GoldError(f"there is no conversation with id {conversation_id}")
    row = GoldRow(
        where="",
        conversation=external_id,
        labels=tuple(dict.fromkeys(k.strip() for k in labels if k.strip())),
        turn_labels={int(t): tuple(v) for t, v in (turn_labels or {}).items() if v},
        explanation=explanation.strip(),
        pool=pool,
    )
    problems = Problems(f"conversation {external_id}")
    if not row.labels:
        problems.add("", "labels", "no labels: a gold answer needs at least one")
    if not row.explanation:
        problems.add("", "explanation", "every gold answer needs an explanation")
    elif len(row.explanation) > MAX_EXPLANATION_CHARS:
        problems.add("", "explanation", f"at most {MAX_EXPLANATION_CHARS:,} characters")
    target = (checker or Checker()).check_rows(s, [row], problems).get("")
    if target is not None and not problems:
        old = _existing(s, [conversation_id]).get(conversation_id)
        outcome = _plan(target.row, pool, old, replace=replace, problems=problems)
        if not problems:
            _write(s, outcome, target, pool, old, source=source)
            return s.scalars(
                select(GoldItem).where(GoldItem.conversation_id == conversation_id)
            ).one()
    raise GoldError(str(problems.found[0]))


# -- scoring --------------------------------------------------------------------------------


def grade(
    labels: Iterable[str],
    turn_labels: Mapping[Any, Iterable[str]],
    gold_labels: Iterable[str],
    gold_turn_labels: Mapping[Any, Iterable[str]],
) -> tuple[bool, float]:
    """(correct, score) of an answer against a gold answer.

    Correct means the same set of conversation labels, and the same turn labels where the
    gold answer has any; the score is the Jaccard overlap of the conversation label sets.
    """
    mine, gold = set(labels), set(gold_labels)
    union = mine | gold
    score = len(mine & gold) / len(union) if union else 1.0
    correct = mine == gold
    if correct and gold_turn_labels:
        correct = _turn_sets(turn_labels) == _turn_sets(gold_turn_labels)
    return correct, score


def _turn_sets(turn_labels: Mapping[Any, Iterable[str]]) -> dict[int, frozenset[str]]:
    """Turn labels as {turn: set of keys}, turns without labels left out."""
    return {int(t): frozenset(keys) for t, keys in turn_labels.items() if keys}


def score_gold(session: Session, event: SaveEvent) -> None:
    """Save hook: score the first answer with labels to a gold item, once.

    Runs in the labeller's commit. Only a submit with labels counts; a skip, an unsure
    answer without labels and any later revision or revert leave the score as it is. A
    training answer also moves the labeller's quiz on (and closes it after the last item).
    """
    if event.action != "annotation.submit" or not event.labels:
        return
    if event.purpose == Purpose.REVIEW:
        return
    gold = session.scalar(select(GoldItem).where(GoldItem.conversation_id == event.conversation_id))
    if gold is None:
        return
    if session.scalar(select(GoldResult.id).where(GoldResult.annotation_id == event.annotation_id)):
        return  # answered before: the blind first answer counts
    correct, score = grade(event.labels, event.turn_labels, gold.labels, gold.turn_labels or {})
    result = GoldResult(
        annotation_id=event.annotation_id,
        revision_id=event.revision_id,
        gold_item_id=gold.id,
        user_id=event.user_id,
        conversation_id=event.conversation_id,
        correct=correct,
        score=round(score, 6),
    )
    session.add(result)
    session.flush()
    session.add(
        OutboxEntry(
            record_type="gold_result",
            record_id=result.id,
            payload={
                "annotation_id": result.annotation_id,
                "revision_id": result.revision_id,
                "gold_item_id": gold.id,
                "user_id": result.user_id,
                "conversation_id": result.conversation_id,
                "correct": correct,
                "score": result.score,
            },
        )
    )
    if event.purpose == Purpose.TRAINING:
        advance_quiz(session, event.assignment_id)


# -- helpers --------------------------------------------------------------------------------


def _check_duplicates(rows: Sequence[GoldRow], problems: Problems) -> None:
    """A problem for each row whose conversation an earlier row already gave."""
    first: dict[str, str] = {}
    for row in rows:
        if row.conversation in first:
            problems.add(
                row.where,
                "conversation",
                f"{row.conversation!r} is given twice (first at {first[row.conversation]})",
            )
        else:
            first[row.conversation] = row.where


def _existing(s: Session, conversation_ids: Sequence[int]) -> dict[int, GoldItem]:
    """The gold items already stored for these conversations, by conversation id."""
    out: dict[int, GoldItem] = {}
    for start in range(0, len(conversation_ids), 500):
        chunk = conversation_ids[start : start + 500]
        for item in s.scalars(select(GoldItem).where(GoldItem.conversation_id.in_(chunk))):
            out[item.conversation_id] = item
    return out


def _plan(
    row: GoldRow, pool: GoldPool, old: GoldItem | None, *, replace: bool, problems: Problems
) -> str:
    """``added``, ``unchanged``, ``replaced``, or ``clash`` (a problem) for one answer."""
    if old is None:
        return "added"
    if same_answer(old, row, pool):
        return "unchanged"
    if replace:
        return "replaced"
    differs = next(
        name
        for name, changed in (
            ("labels", set(old.labels) != set(row.labels)),
            ("turn_labels", _turn_sets(old.turn_labels or {}) != _turn_sets(row.turn_labels)),
            ("explanation", old.explanation != row.explanation),
            ("pool", GoldPool(old.pool) != pool),
        )
        if changed
    )
    problems.add(
        row.where,
        differs,
        f"{row.conversation!r} is already gold with another answer "
        f"({', '.join(old.labels)}; pool {GoldPool(old.pool).value}); "
        "pass --replace to change it",
    )
    return "clash"


def _write(
    s: Session,
    outcome: str,
    target: Target,
    pool: GoldPool,
    old: GoldItem | None,
    *,
    source: str = "file",
) -> None:
    """Store an added or replaced answer (audited, queued for the hub); unchanged: nothing."""
    row = target.row
    turn_labels = {str(t): list(v) for t, v in sorted(row.turn_labels.items())}
    if outcome == "unchanged":
        return
    if outcome == "added":
        item = GoldItem(
            conversation_id=target.conversation_id,
            labels=list(row.labels),
            turn_labels=turn_labels,
            explanation=row.explanation,
            pool=pool,
            source=source[:200],
        )
        s.add(item)
        s.flush()
    else:
        assert old is not None
        item = old
        before = gold_payload(old)
        item.labels, item.turn_labels = list(row.labels), turn_labels
        item.explanation, item.pool = row.explanation, pool
        s.flush()
        audit.record(
            s,
            "gold.replace",
            entity="gold_item",
            entity_id=item.id,
            payload={"conversation": row.conversation, "old": before, "new": gold_payload(item)},
        )
    s.add(OutboxEntry(record_type="gold_item", record_id=item.id, payload=gold_payload(item)))


def _views(s: Session, ids: Sequence[str]) -> list[GoldItemView]:
    """Gold items as views, in the order of ``ids``, with their answer counts."""
    if not ids:
        return []
    tally = (
        select(
            GoldResult.gold_item_id.label("gid"),
            func.count().label("n"),
            func.sum(case((GoldResult.correct, 1), else_=0)).label("ok"),
        )
        .group_by(GoldResult.gold_item_id)
        .subquery()
    )
    found: dict[str, GoldItemView] = {}
    for start in range(0, len(ids), 500):
        query = (
            select(
                GoldItem,
                Conversation.external_id,
                Batch.name,
                Conversation.language,
                tally.c.n,
                tally.c.ok,
            )
            .join(Conversation, Conversation.id == GoldItem.conversation_id)
            .join(Batch, Batch.id == Conversation.batch_id)
            .outerjoin(tally, tally.c.gid == GoldItem.id)
            .where(GoldItem.id.in_(ids[start : start + 500]))
        )
        for item, ext, batch, language, n, ok in s.execute(query):
            found[item.id] = GoldItemView(
                id=item.id,
                conversation_id=item.conversation_id,
                external_id=ext,
                batch=batch,
                language=language,
                labels=tuple(item.labels),
                turn_labels={int(t): tuple(v) for t, v in (item.turn_labels or {}).items()},
                explanation=item.explanation,
                pool=GoldPool(item.pool),
                source=item.source,
                answered=int(n or 0),
                correct=int(ok or 0),
            )
    return [found[i] for i in ids]
