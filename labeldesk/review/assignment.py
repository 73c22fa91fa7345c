"""Assign a batch's conversations to labellers: overlap, hidden gold, even spread, repeatable.

A share of the batch (the overlap) goes to ``per_item`` labellers independently, the rest to
one. Work goes to the eligible labeller with the fewest queued items; with language routing a
labeller is eligible only for conversations in their profile's languages (``und`` goes to
anyone). Hidden gold items are mixed into each labeller's new work at a rate, spread through
the queue and rotated so nobody sees the same gold item twice. Everything is derived from the
seed and the conversation ids, so a run is repeatable, and a re-run adds only what is missing.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, case, func, select
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.langid import UNKNOWN as UNKNOWN_LANGUAGE
from labeldesk.review.assignment_gold import gold_slots, pick_gold
from labeldesk.storage.db import Database
from labeldesk.storage.models import (
    Assignment,
    Batch,
    Conversation,
    GoldItem,
    Prediction,
    Purpose,
    Role,
    User,
)

#: Highest gold rate accepted: more gold than production work is a quiz, not a queue.
MAX_GOLD_RATE = 0.5

#: Purposes that make up a labeller's production queue, and so their load.
_QUEUE_PURPOSES = (Purpose.LABEL, Purpose.GOLD)


class AssignmentError(LabelDeskError):
    """An assignment was refused: unknown batch or user, bad options, or no usable gold."""


@dataclass(frozen=True)
class AssignResult:
    """What an assignment run added.

    ``added`` and ``gold_added`` count new production and gold assignments per labeller (in
    the order given). ``overlap`` is how many conversations go to ``per_item`` labellers;
    ``already`` how many conversations needed nothing more; ``unroutable`` how many still have
    no labeller because none was eligible; ``short`` how many overlap conversations have fewer
    than ``per_item`` labellers for the same reason; ``gold_short`` how many fewer gold items
    were given than the rate asks, for want of usable gold items (in the labeller's languages,
    and not had before).
    """

    batch: str
    added: dict[str, int]
    already: int
    unroutable: int
    overlap: int = 0
    gold_added: dict[str, int] = field(default_factory=dict)
    short: int = 0
    gold_short: int = 0

    @property
    def total_added(self) -> int:
        """New assignments of every kind."""
        return sum(self.added.values()) + sum(self.gold_added.values())


@dataclass
class _Labeller:
    """A labeller during a run: their queue load, next position and what they get."""

    id: str
    name: str
    rank: int
    languages: frozenset[str]
    load: int = 0
    next_pos: int = 0
    new: list[int] = field(default_factory=list)
    gold: list[int] = field(default_factory=list)

    def speaks(self, language: str) -> bool:
        """Whether the conversation language routes to this labeller."""
        return language == UNKNOWN_LANGUAGE or language in self.languages


@dataclass(frozen=True)
class _Options:
    """The run's options."""

    overlap: float
    per_item: int
    gold: float
    by_language: bool
    seed: int
    batch: str
    least_confident_first: bool = False


def assign_batch(
    db: Database,
    batch: str,
    labellers: Sequence[str],
    *,
    overlap: float = 0.0,
    per_item: int = 2,
    gold: float = 0.0,
    by_language: bool = True,
    seed: int = 0,
    least_confident_first: bool = False,
) -> AssignResult:
    """Assign what ``batch`` still needs to ``labellers``, in one transaction.

    Parameters
    ----------
    db
        The workspace database.
    batch
        The batch's name.
    labellers
        Names of the labellers (or reviewers) to share the work; leads are refused, since
        they see gold answers. Ties in load go to the one named first.
    overlap
        Share (0..1) of the batch's conversations labelled independently by ``per_item``
        labellers; the set is chosen by ``seed`` and the conversation ids, so it is stable
        across runs and grows (never changes) when the share is raised.
    per_item
        Labellers per overlap conversation (at least 2 when ``overlap`` > 0).
    gold
        Hidden gold items mixed into each labeller's new work, as a share (0..0.5) of their
        new production items: rounded half up, at least one when they got work.
    by_language
        Route by language: a labeller takes only conversations (and gold items) in their
        profile's languages; ``und`` goes to anyone.
    seed
        Seeds the order, the overlap set, the gold choice and the gold positions.
    least_confident_first
        Queue the conversations whose model prediction is least confident first (by the
        highest score among a conversation's conversation-level predictions; those with no
        scored prediction come last, in the seeded order), so labels go first where the
        model is least sure.

    Returns
    -------
    AssignResult
        What was added. Gold items' conversations are never assigned as production work.

    Raises
    ------
    AssignmentError
        For an unknown batch or user, a lead, bad options, or gold requested when no hidden
        gold item can be used (the message says why). Nothing is changed then.
    """
    opts = _Options(
        float(overlap),
        int(per_item),
        float(gold),
        bool(by_language),
        int(seed),
        batch,
        bool(least_confident_first),
    )
    _check_options(opts, labellers)
    with db.sessions.begin() as s:
        batch_id, taxonomy_id = _batch(s, batch)
        people = _people(s, list(dict.fromkeys(labellers)))
        convs = _production_items(s, batch_id)
        counts, seen = _existing(s, batch_id, people)
        overlap_set = _overlap_set([cid for cid, _ in convs], opts)
        confidence = _confidence(s, batch_id) if opts.least_confident_first else None
        tally = _route(
            convs,
            people,
            existing=(counts, seen),
            overlap_set=overlap_set,
            opts=opts,
            confidence=confidence,
        )
        gold_short = 0
        if opts.gold > 0:
            gold_short = pick_gold(
                s,
                people,
                taxonomy_id=taxonomy_id,
                rate=opts.gold,
                by_language=opts.by_language,
                tiebreak=lambda cid: _key(opts, "gold", cid),
            )
        rows = [row for p in people for row in _queue_rows(p, batch_id, opts)]
        if rows:
            s.execute(cast(Table, Assignment.__table__).insert(), rows)
        result = AssignResult(
            batch=batch,
            added={p.name: len(p.new) for p in people},
            already=tally["already"],
            unroutable=tally["unroutable"],
            overlap=len(overlap_set),
            gold_added={p.name: len(p.gold) for p in people},
            short=tally["short"],
            gold_short=gold_short,
        )
        _audit(s, result, opts)
        return result


def _check_options(opts: _Options, labellers: Sequence[str]) -> None:
    """AssignmentError if an option is wrong, saying which."""
    overlap, per_item, gold = opts.overlap, opts.per_item, opts.gold
    n = len(set(labellers))
    if n == 0:
        raise AssignmentError("name at least one labeller")
    if not 0.0 <= overlap <= 1.0:
        raise AssignmentError(f"overlap must be a share between 0 and 1, not {overlap}")
    if overlap > 0 and per_item < 2:
        raise AssignmentError(f"with overlap, per item must be at least 2, not {per_item}")
    if overlap > 0 and per_item > n:
        raise AssignmentError(
            f"per item ({per_item}) is more than the number of labellers named ({n}); "
            "name more labellers or lower per item"
        )
    if not 0.0 <= gold <= MAX_GOLD_RATE:
        raise AssignmentError(f"gold must be a rate between 0 and {MAX_GOLD_RATE}, not {gold}")


def _batch(s: Session, name: str) -> tuple[int, int | None]:
    """The batch's id and taxonomy id; AssignmentError naming the batches there are."""
    row = s.execute(select(Batch.id, Batch.taxonomy_id).where(Batch.name == name)).first()
    if row is None:
        names = ", ".join(s.scalars(select(Batch.name).order_by(Batch.name))) or "none yet"
        raise AssignmentError(f"no batch named {name!r}; batches: {names}")
    return row[0], row[1]


def _people(s: Session, names: list[str]) -> list[_Labeller]:
    """The named users as labellers, with their load and next queue position."""
    users = {u.name: u for u in s.scalars(select(User).where(User.name.in_(names)))}
    missing = [name for name in names if name not in users]
    if missing:
        raise AssignmentError(f"no user named {', '.join(map(repr, missing))}")
    for name in names:
        user = users[name]
        if user.role == Role.LEAD:
            raise AssignmentError(
                f"{name} is a lead; leads see gold answers and every labeller's labels, "
                "so they can't label blind"
            )
        if not user.active:
            raise AssignmentError(f"{name}'s profile is inactive")
    people = [
        _Labeller(users[n].id, n, rank, frozenset(users[n].languages))
        for rank, n in enumerate(names)
    ]
    by_id = {p.id: p for p in people}
    in_queue = Assignment.purpose.in_(_QUEUE_PURPOSES)
    for user_id, load, top in s.execute(
        select(
            Assignment.user_id,
            func.sum(case((in_queue, 1), else_=0)),
            func.max(Assignment.position),
        )
        .where(Assignment.user_id.in_(list(by_id)))
        .group_by(Assignment.user_id)
    ):
        by_id[user_id].load, by_id[user_id].next_pos = int(load or 0), int(top) + 1
    return people


def _production_items(s: Session, batch_id: int) -> list[tuple[int, str]]:
    """The batch's (conversation id, language) by id, leaving out gold items' conversations."""
    gold_ids = set(s.scalars(select(GoldItem.conversation_id)))
    rows = s.execute(
        select(Conversation.id, Conversation.language)
        .where(Conversation.batch_id == batch_id)
        .order_by(Conversation.id)
    )
    return [(cid, lang) for cid, lang in rows if cid not in gold_ids]


def _confidence(s: Session, batch_id: int) -> dict[int, float]:
    """Per conversation of the batch with a scored conversation-level prediction, the
    highest score (the model's confidence in its best label)."""
    rows = s.execute(
        select(Prediction.conversation_id, func.max(Prediction.score))
        .join(Conversation, Conversation.id == Prediction.conversation_id)
        .where(
            Conversation.batch_id == batch_id,
            Prediction.turn_idx.is_(None),
            Prediction.score.is_not(None),
        )
        .group_by(Prediction.conversation_id)
    )
    return {int(cid): float(score) for cid, score in rows}


def _existing(
    s: Session, batch_id: int, people: list[_Labeller]
) -> tuple[Counter[int], dict[int, set[str]]]:
    """Label assignments per conversation of the batch (anyone's), and who of ``people``
    already has any assignment of each conversation."""
    counts: Counter[int] = Counter()
    seen: dict[int, set[str]] = defaultdict(set)
    ids = {p.id for p in people}
    for cid, user_id, purpose in s.execute(
        select(Assignment.conversation_id, Assignment.user_id, Assignment.purpose)
        .join(Conversation, Conversation.id == Assignment.conversation_id)
        .where(Conversation.batch_id == batch_id)
    ):
        if purpose == Purpose.LABEL:
            counts[cid] += 1
        if user_id in ids:
            seen[cid].add(user_id)
    return counts, seen


def _round_half_up(x: float) -> int:
    """``x`` rounded to the nearest integer, halves up (0.5 -> 1, 2.5 -> 3)."""
    return math.floor(x + 0.5)


def _key(opts: _Options, what: str, cid: int) -> bytes:
    """A seeded sort key for conversation ``cid`` that depends on nothing but its id."""
    text = f"{opts.seed}:{opts.batch}:{what}:{cid}"
    return hashlib.blake2b(text.encode(), digest_size=8).digest()


def _overlap_set(cids: list[int], opts: _Options) -> set[int]:
    """The ``round(overlap * n)`` conversations ranked first by a seeded hash of their id."""
    n = _round_half_up(opts.overlap * len(cids))
    if n == 0:
        return set()
    return set(heapq.nsmallest(n, cids, key=lambda c: _key(opts, "overlap", c)))


def _route(
    convs: list[tuple[int, str]],
    people: list[_Labeller],
    *,
    existing: tuple[Counter[int], dict[int, set[str]]],
    overlap_set: set[int],
    opts: _Options,
    confidence: dict[int, float] | None = None,
) -> Counter[str]:
    """Give each conversation the labellers it lacks, fewest-loaded first; tally outcomes.

    ``existing`` is what :func:`_existing` found: label assignments per conversation, and
    who of ``people`` has each conversation already. With ``confidence`` (see
    :func:`_confidence`), the least confident conversations are routed, and so queued,
    first.
    """
    counts, seen = existing
    tally: Counter[str] = Counter()
    todo = []
    for cid, lang in convs:
        target = opts.per_item if cid in overlap_set else 1
        if counts[cid] >= target:
            tally["already"] += 1
        else:
            todo.append((cid, lang, target))
    random.Random(f"{opts.seed}:{opts.batch}").shuffle(todo)
    if confidence is not None:  # stable: ties and unscored keep the seeded order
        todo.sort(key=lambda t: (t[0] not in confidence, confidence.get(t[0], 0.0)))
    eligible: dict[str, list[_Labeller]] = {}
    for cid, lang, target in todo:
        if lang not in eligible:
            eligible[lang] = [p for p in people if not opts.by_language or p.speaks(lang)]
        pool = eligible[lang]
        if cid in seen:
            pool = [p for p in pool if p.id not in seen[cid]]
        chosen = _least_loaded(pool, target - counts[cid])
        for p in chosen:
            p.load += 1
            p.new.append(cid)
        have = counts[cid] + len(chosen)
        if have == 0:
            tally["unroutable"] += 1
        elif have < target:
            tally["short"] += 1
    return tally


def _least_loaded(pool: list[_Labeller], n: int) -> list[_Labeller]:
    """The ``n`` labellers of ``pool`` with the fewest queued items (fewer if short)."""
    if n == 1:
        return [min(pool, key=_by_load)] if pool else []
    return heapq.nsmallest(n, pool, key=_by_load)


def _by_load(p: _Labeller) -> tuple[int, int]:
    """Fewest queued items first; ties to the labeller named first."""
    return (p.load, p.rank)


def _queue_rows(p: _Labeller, batch_id: int, opts: _Options) -> Iterable[dict[str, Any]]:
    """The labeller's new assignment rows: production work in order, gold spread through it."""
    total = len(p.new) + len(p.gold)
    offset = random.Random(f"{opts.seed}:{opts.batch}:gold:{p.name}").random()
    slots = gold_slots(total, len(p.gold), offset)
    work, golds = iter(p.new), iter(p.gold)
    for place in range(total):
        row: dict[str, Any] = {"user_id": p.id, "position": p.next_pos + place}
        if place in slots:
            row.update(conversation_id=next(golds), purpose=Purpose.GOLD, batch_id=batch_id)
        else:
            row.update(conversation_id=next(work), purpose=Purpose.LABEL, batch_id=None)
        yield row


def _audit(s: Session, result: AssignResult, opts: _Options) -> None:
    """Record the run, with its options and counts, in the audit log."""
    audit.record(
        s,
        "batch.assign",
        entity="batch",
        entity_id=result.batch,
        payload={
            "added": result.added,
            "gold_added": result.gold_added,
            "already": result.already,
            "unroutable": result.unroutable,
            "short": result.short,
            "gold_short": result.gold_short,
            "overlap_items": result.overlap,
            "overlap": opts.overlap,
            "per_item": opts.per_item,
            "gold": opts.gold,
            "by_language": opts.by_language,
            "seed": opts.seed,
            "least_confident_first": opts.least_confident_first,
        },
    )
