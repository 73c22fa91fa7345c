"""Load a batch's answers, gold results and reviews as numpy columns, in one read snapshot.

What the final labels and the quality table are computed from. A few set-based reads (see
:mod:`labeldesk.review.columns`): the batch's conversations by language, the answered
annotations (each carries its latest revision's answer, flags and time: see
:attr:`labeldesk.storage.models.Annotation.answer`), gold items and results, review items,
reviews and slot verdicts. Joins on ids happen in numpy, not in SQL.

Scope: with a batch, its conversations plus the hidden gold items mixed into it (an
assignment's ``batch_id``), and only the annotations made for the batch; without, every
conversation. Answers to training-pool gold items are quiz work, never production work,
and are left out everywhere.

Label sets become *categories*: each answer's labels, sorted, joined by ``|``
(``["b", "a"]`` -> ``"a|b"``). Two answers agree when their categories are equal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from labeldesk.errors import LabelDeskError
from labeldesk.review.columns import (
    Col,
    Keys,
    Reader,
    concat_columns,
    factorize,
    is_sqlite,
    match,
    read_columns,
    read_rows,
)
from labeldesk.storage.models import Batch, User, Vendor

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: Separates the labels of a label set in a category.
CATEGORY_SEPARATOR = "|"


def category_of(labels: object) -> str:
    """A label set's category: its distinct keys sorted and joined by ``|`` ("" for none)."""
    if isinstance(labels, str | bytes):
        labels = orjson.loads(labels)
    if not isinstance(labels, list | tuple):
        return ""
    return CATEGORY_SEPARATOR.join(sorted({str(k) for k in labels}))


class Categories:
    """Codes for categories, in first-seen order."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._codes: dict[str, int] = {}

    def code(self, name: str) -> int:
        """The category's code (-1 for the empty category: no labels)."""
        if not name:
            return -1
        found = self._codes.get(name)
        if found is None:
            found = self._codes[name] = len(self.names)
            self.names.append(name)
        return found

    def codes(self, raw_labels: list[str]) -> IntArray:
        """Codes for label sets given as JSON texts (each distinct text parsed once)."""
        import pandas as pd

        text_codes, uniques = pd.factorize(np.asarray(raw_labels, dtype=object))
        lookup = np.asarray([self.code(category_of(u)) for u in uniques], dtype=np.int64)
        return lookup[text_codes] if len(raw_labels) else np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class UserInfo:
    """Who a user is, for report rows (leads see identities)."""

    id: str
    name: str
    role: str
    vendor: str | None


@dataclass(frozen=True, eq=False)
class QAData:
    """Everything a batch's final labels and quality numbers are computed from.

    Conversations are indexed by position in ``conversations`` (sorted ids); answers (one
    row per annotation with a latest revision) by row.
    """

    batch: str | None
    taxonomy_ids: tuple[int, ...]
    conversations: IntArray
    language: IntArray  # code into languages, per conversation
    languages: list[str]
    gold_category: IntArray  # per conversation; -1: not a gold item
    review_category: IntArray  # per conversation: the latest review's; -1: none
    review_empty: BoolArray  # per conversation: a latest review with no labels
    categories: list[str]
    keys: Keys  # annotation ids, per answer
    conv: IntArray  # conversation position, per answer
    user: IntArray  # code into users, per answer
    users: list[UserInfo]
    category: IntArray  # per answer; -1: no labels
    unsure: BoolArray
    skipped: BoolArray
    seconds: FloatArray
    recent: BoolArray  # the latest revision is from ``since`` on
    gold_rows: IntArray  # answers with a gold result
    gold_correct: BoolArray
    slot_rows: IntArray  # answers with a verdict in their item's latest review
    slot_incorrect: BoolArray


def load(s: Session, batch: str | None, since: dt.datetime | None = None) -> QAData:
    """Read a batch (None: the whole workspace).

    On SQLite, the later half of the annotations, the gold items and the review tables are
    read on other connections while the session reads the first half (each statement sees
    the database as it is when it runs, as the session's own reads do: the driver starts no
    transaction for reads); the append-only tables (:data:`APPEND_ONLY`) only up to the
    rowids the session saw when the read began.

    Parameters
    ----------
    s
        A session; it reads the answers.
    batch
        The batch's name, or None for every conversation.
    since
        Marks the answers whose latest revision was saved at or after this time
        (``QAData.recent``); None marks them all.

    Raises
    ------
    LabelDeskError
        If there is no batch of that name.
    """
    batch_id, taxonomy_ids = _batch(s, batch)
    with _side_reader(s) as side:
        later = side(lambda r, limits: _side_tables(r, limits, batch_id, since))
        own = _own(s, batch_id, since, side)
        tables = later()
    conversations, language, languages, ann = _scope(own, tables.pop("mixed"))
    cats = Categories()
    gold_category, training = _gold_items(tables.pop("gold_items"), conversations, cats)
    review_tables, gold_results = tables["reviews"], tables["gold_results"]
    rows = _answers(ann, conversations, cats)
    production = ~training[rows["conv"]]
    if not production.all():  # answers to training-pool gold items are quiz work
        rows = {k: v[production] for k, v in rows.items()}
    keys = Keys(rows.pop("keys_values"))
    review_category, review_empty, slot_rows, slot_incorrect = _reviews(
        review_tables, conversations, keys, cats
    )
    gold_pos = match(keys, gold_results["annotation"])
    gold_rows, gold_correct = gold_pos[gold_pos >= 0], gold_results["correct"][gold_pos >= 0] > 0
    user_codes, user_ids = factorize(Keys(rows.pop("user_values")))
    return QAData(
        batch=batch,
        taxonomy_ids=taxonomy_ids,
        conversations=conversations,
        language=language,
        languages=languages,
        gold_category=gold_category,
        review_category=review_category,
        review_empty=review_empty,
        categories=cats.names,
        keys=keys,
        conv=rows["conv"],
        user=user_codes,
        users=_users(s, user_ids),
        category=rows["category"],
        unsure=rows["unsure"],
        skipped=rows["skipped"],
        seconds=rows["seconds"],
        recent=rows["recent"],
        gold_rows=gold_rows,
        gold_correct=gold_correct,
        slot_rows=slot_rows,
        slot_incorrect=slot_incorrect,
    )


# --------------------------------------------------------------------------- scope


def _batch(s: Session, name: str | None) -> tuple[int | None, tuple[int, ...]]:
    """The batch's id and its taxonomy (every taxonomy without a batch); LabelDeskError."""
    if name is None:
        return None, tuple(int(i) for i in s.scalars(text("SELECT id FROM taxonomy ORDER BY id")))
    row = s.execute(select(Batch.id, Batch.taxonomy_id).where(Batch.name == name)).first()
    if row is None:
        known = ", ".join(s.scalars(select(Batch.name).order_by(Batch.name))) or "none yet"
        raise LabelDeskError(f"no batch named {name!r} (batches: {known})")
    return int(row[0]), () if row[1] is None else (int(row[1]),)


#: Only annotations whose latest revision is an answer, a skip or an unsure mark (the rest
#: have no revision yet or withdrew their answer).
_ANSWERED = "(answer != '' OR skipped OR unsure)"


def _annotation_cols(prefix: str, since: dt.datetime | None) -> tuple[Col, ...]:
    """The annotation columns an answer is made of (``prefix``: the table's alias and dot).

    The active seconds as whole milliseconds and the flags (1 unsure, 2 skipped, 4 recent)
    travel as one integer (milliseconds times 8 plus flags): each parsed number costs time.
    """
    p = prefix
    recent = "4" if since is None else f"CASE WHEN {p}answered_at >= :since THEN 4 ELSE 0 END"
    ms_flags = (
        f"CAST(ROUND({p}active_seconds * 1000) AS INTEGER) * 8 + "
        f"CASE WHEN {p}unsure THEN 1 ELSE 0 END + CASE WHEN {p}skipped THEN 2 ELSE 0 END + "
        + recent
    )
    return (
        Col("id", f"{p}id", "id"),
        Col("conv", f"{p}conversation_id", "int"),
        Col("user", f"{p}user_id", "id"),
        Col("answer", f"{p}answer", "text"),
        Col("ms_flags", ms_flags, "int"),
    )


def _own(s: Session, batch_id: int | None, since: dt.datetime | None, side: Side) -> dict[str, Any]:
    """The batch's own conversations (ids, languages) and the answers on them."""
    own, own_lang, own_sizes = _own_conversations(s, batch_id)
    params = {} if since is None else {"since": _when(s, since)}
    where = _ANSWERED
    if batch_id is not None:
        where = f"conversation_id BETWEEN :lo AND :hi AND {_ANSWERED}"
        bounds = (int(own.min()), int(own.max())) if own.size else (1, 0)
        params = {**params, "lo": bounds[0], "hi": bounds[1]}
    ann = _annotations(s, where, params, _annotation_cols("", since), side)
    if batch_id is not None:
        ann = _on_conversations(ann, own)
    return {"conv": own, "language": own_lang, "sizes": own_sizes, "answers": ann}


def _annotations(
    s: Session, where: str, params: dict[str, Any], cols: tuple[Col, ...], side: Side
) -> dict[str, Any]:
    """The annotations matching ``where``: on SQLite the later half of the table on the side
    connection while the session reads the first half."""
    if not is_sqlite(s):
        return read_columns(s, "annotation", cols, where=where, params=params)
    lo, hi = s.execute(text("SELECT min(rowid), max(rowid) FROM annotation")).one()
    if lo is None:
        return read_rows(s, "annotation", cols, where="1 = 0", params=params)
    mid = (int(lo) + int(hi)) // 2
    later = side(
        lambda r, _limits: read_columns(
            r, "annotation", cols, where=where, params=params, rowids=(mid + 1, int(hi))
        )
    )
    first = read_columns(s, "annotation", cols, where=where, params=params, rowids=(lo, mid))
    return concat_columns(cols, [first, later()])


def _scope(
    own: dict[str, Any], mixed: dict[str, Any] | None
) -> tuple[IntArray, IntArray, list[str], dict[str, Any]]:
    """Conversations in scope (sorted ids, language codes, languages) and their answers."""
    ann = own["answers"]
    if mixed is None:
        mixed_conv, mixed_lang = np.zeros(0, dtype=np.int64), []
    else:
        mixed_conv, mixed_lang = mixed.pop("conv_id"), mixed.pop("language")
        ann = {
            "id": _stack(ann["id"], mixed["id"]),
            "user": _stack(ann["user"], mixed["user"]),
            "answer": ann["answer"] + mixed["answer"],
            **{k: np.concatenate([ann[k], mixed[k]]) for k in ("conv", "ms_flags")},
        }
    languages = sorted(set(own["language"]) | set(mixed_lang))
    lang_of = {lang: i for i, lang in enumerate(languages)}
    conv = np.concatenate([own["conv"], mixed_conv])
    own_codes = np.asarray([lang_of[v] for v in own["language"]], dtype=np.int64)
    codes = np.concatenate(
        [
            np.repeat(own_codes, own["sizes"]),
            np.asarray([lang_of[v] for v in mixed_lang], dtype=np.int64),
        ]
    )
    conv, first = np.unique(conv, return_index=True)
    return conv, codes[first], languages, ann


def _side_tables(
    r: Reader, limits: dict[str, int] | None, batch_id: int | None, since: dt.datetime | None
) -> dict[str, Any]:
    """What :func:`load` reads besides the batch's own answers (on SQLite: on a second
    connection, up to the rowids in ``limits`` for the append-only tables)."""
    params = {} if since is None else {"since": _when(r, since)}
    return {
        "mixed": None if batch_id is None else _mixed_gold(r, batch_id, since, params),
        "gold_items": _gold_item_table(r),
        "reviews": _review_tables(r, limits),
        "gold_results": _gold_result_table(r, limits),
    }


def _own_conversations(s: Reader, batch_id: int | None) -> tuple[IntArray, list[str], IntArray]:
    """The batch's conversation ids (every conversation without one), grouped by language:
    the ids, each group's language and each group's size."""
    where = "" if batch_id is None else "WHERE batch_id = :b"
    ids_text = "group_concat(id)" if is_sqlite(s) else "string_agg(CAST(id AS TEXT), ',')"
    sql = f"SELECT language, {ids_text} FROM conversation {where} GROUP BY batch_id, language"
    ids: list[IntArray] = []
    langs: list[str] = []
    for lang, joined in s.execute(text(sql), {"b": batch_id}):
        part = _int_list(str(joined))
        ids.append(part)
        langs.append(str(lang))
    sizes = np.asarray([p.size for p in ids], dtype=np.int64)
    return (np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)), langs, sizes


def _int_list(joined: str) -> IntArray:
    """Integers joined by commas, parsed by numpy."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed = np.fromstring(joined, dtype=np.int64, sep=",")
    if parsed.size != joined.count(",") + 1:  # anything numpy did not read cleanly
        return np.asarray(joined.split(","), dtype=np.int64)
    return parsed


def _on_conversations(found: dict[str, Any], own: IntArray) -> dict[str, Any]:
    """The answers (read by a range of conversation ids) on the batch's own conversations."""
    if own.size == 0:
        return {k: v[:0] for k, v in found.items()}
    ordered = np.sort(own)
    pos = np.clip(np.searchsorted(ordered, found["conv"]), 0, ordered.size - 1)
    keep = ordered[pos] == found["conv"]
    if keep.all():
        return found
    kept = np.flatnonzero(keep)
    return {
        k: [v[i] for i in kept.tolist()] if isinstance(v, list) else v[keep]
        for k, v in found.items()
    }


def _mixed_gold(
    s: Reader, batch_id: int, since: dt.datetime | None, params: dict[str, Any]
) -> dict[str, Any]:
    """Answers made for the batch on hidden gold items that belong to another batch."""
    cols = (
        *_annotation_cols("an.", since),
        Col("conv_id", "c.id", "int"),
        Col("language", "c.language", "text"),
    )
    answered = _ANSWERED.replace("(", "(an.").replace(" OR ", " OR an.")
    return read_rows(
        s,
        "gold_item g JOIN annotation an ON an.conversation_id = g.conversation_id "
        "JOIN assignment a ON a.id = an.assignment_id "
        "JOIN conversation c ON c.id = an.conversation_id",
        cols,
        where=f"a.batch_id = :b AND c.batch_id != :b AND g.pool = 'hidden' AND {answered}",
        params={**params, "b": batch_id},
    )


def _stack(a: Keys, b: Keys) -> Keys:
    """Two id columns as one."""
    if a.values.dtype == b.values.dtype:
        return Keys(np.concatenate([a.values, b.values]))
    return Keys(np.asarray(a.strings() + b.strings(), dtype=object))


# --------------------------------------------------------------------------- answers


def _answers(ann: dict[str, Any], conversations: IntArray, cats: Categories) -> dict[str, Any]:
    """One row per answer, skip or unsure mark (the annotations read are only those)."""
    import pandas as pd

    codes, names = pd.factorize(np.asarray(ann["answer"], dtype=object))
    lookup = np.asarray([cats.code(str(n)) for n in names], dtype=np.int64)
    category = lookup[codes] if len(codes) else np.zeros(0, dtype=np.int64)
    flags = ann["ms_flags"] & 7
    unsure, skipped = (flags & 1) > 0, (flags & 2) > 0
    return {
        "keys_values": ann["id"].values,
        "user_values": ann["user"].values,
        "conv": np.searchsorted(conversations, ann["conv"]).astype(np.int64),
        "category": np.where(skipped, -1, category),
        "unsure": unsure & ~skipped,
        "skipped": skipped,
        "seconds": (ann["ms_flags"] >> 3) / 1000.0,
        "recent": (flags & 4) > 0,
    }


#: Starts ``fn(reader, limits)`` on the side connection; returns a function that waits for
#: its result (see :func:`_side_reader`).
Side = Callable[[Callable[[Reader, dict[str, int] | None], Any]], Callable[[], Any]]


@contextmanager
def _side_reader(s: Session) -> Iterator[Side]:
    """Run reads on SQLite on a second connection while the caller reads the rest.

    Yields ``submit(fn)``, which starts ``fn(reader, limits)`` and returns a function that
    waits for its result. ``limits`` are the largest rowids of the :data:`APPEND_ONLY`
    tables that the caller's session sees, so those tables are read as the caller sees them
    (rows are only added to them and rowids only grow); elsewhere ``fn`` runs in the caller's
    session, when the result is asked for, with no limits.
    """
    if not is_sqlite(s):
        yield lambda fn: lambda: fn(s, None)
        return
    row = s.execute(
        text("SELECT " + ", ".join(f"(SELECT max(rowid) FROM {t})" for t in APPEND_ONLY))
    ).one()
    limits = {t: 0 if v is None else int(v) for t, v in zip(APPEND_ONLY, row, strict=True)}
    engine = s.get_bind()

    def run(fn: Callable[[Reader, dict[str, int] | None], Any]) -> Any:  # noqa: ANN401
        with engine.connect() as conn:  # type: ignore[union-attr]
            return fn(conn, limits)

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="labeldesk-qa-read") as pool:
        yield lambda fn: pool.submit(run, fn).result


def _when(s: Reader, at: dt.datetime) -> Any:  # noqa: ANN401 - what the driver compares
    """A time as the database compares it (SQLite: the stored text form, in UTC)."""
    if not is_sqlite(s):
        return at
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


# --------------------------------------------------------------------------- gold, reviews


def _gold_item_table(s: Reader) -> dict[str, Any]:
    """Every gold item: its conversation, labels (JSON) and pool."""
    return read_rows(
        s,
        "gold_item",
        (
            Col("conv", "conversation_id", "int"),
            Col("labels", "labels", "text"),
            Col("pool", "pool", "text"),
        ),
    )


def _gold_items(
    gold: dict[str, Any], conversations: IntArray, cats: Categories
) -> tuple[IntArray, BoolArray]:
    """Per conversation: the gold answer's category (-1: none), and training-pool items."""
    category = np.full(conversations.size, -1, dtype=np.int64)
    training = np.zeros(conversations.size, dtype=bool)
    pos, found = _positions(conversations, gold["conv"])
    for i in np.flatnonzero(found).tolist():
        training[pos[i]] = gold["pool"][i] == "training"
        category[pos[i]] = cats.code(category_of(gold["labels"][i]))
    return category, training


def _positions(sorted_ids: IntArray, ids: IntArray) -> tuple[IntArray, BoolArray]:
    """Where ``ids`` sit in ``sorted_ids``, and whether they are there at all."""
    if sorted_ids.size == 0:
        return np.zeros(ids.size, dtype=np.int64), np.zeros(ids.size, dtype=bool)
    pos = np.clip(np.searchsorted(sorted_ids, ids), 0, sorted_ids.size - 1)
    return pos, sorted_ids[pos] == ids


#: Tables rows are only ever added to, read on a second connection up to a rowid.
APPEND_ONLY = ("gold_result", "review_item", "review", "review_slot")


def _gold_result_table(s: Reader, limits: dict[str, int] | None) -> dict[str, Any]:
    """Every gold result: the annotation it scores, and whether it was correct."""
    return read_columns(
        s,
        "gold_result",
        (
            Col("annotation", "annotation_id", "id"),
            Col("correct", "CASE WHEN correct THEN 1 ELSE 0 END", "digit"),
        ),
        max_rowid=None if limits is None else limits["gold_result"],
    )


def _review_tables(s: Reader, limits: dict[str, int] | None) -> dict[str, dict[str, Any]]:
    """Review items, reviews and slot verdicts, as columns."""
    lim = limits or {}
    return {
        "items": read_columns(
            s,
            "review_item",
            (Col("id", "id", "id"), Col("conv", "conversation_id", "int")),
            max_rowid=lim.get("review_item"),
        ),
        "reviews": read_columns(
            s,
            "review",
            (
                Col("id", "id", "id"),
                Col("item", "review_item_id", "id"),
                Col("labels", "labels", "text"),
                Col("at", "created_at", "text"),
            ),
            max_rowid=lim.get("review"),
        ),
        "slots": read_columns(
            s,
            "review_slot",
            (
                Col("review", "review_id", "id"),
                Col("annotation", "annotation_id", "id"),
                Col("incorrect", "CASE WHEN verdict = 'incorrect' THEN 1 ELSE 0 END", "digit"),
            ),
            max_rowid=lim.get("review_slot"),
        ),
    }


def _reviews(
    tables: dict[str, dict[str, Any]], conversations: IntArray, keys: Keys, cats: Categories
) -> tuple[IntArray, BoolArray, IntArray, BoolArray]:
    """Per conversation the latest review's category; the verdicts of its slots per answer."""
    items, reviews, slots = tables["items"], tables["reviews"], tables["slots"]
    item_pos = match(items["id"], reviews["item"])
    conv_pos, in_scope = _positions(conversations, items["conv"][np.maximum(item_pos, 0)])
    ok = np.flatnonzero((item_pos >= 0) & in_scope)
    latest = _latest(item_pos[ok], [reviews["at"][i] for i in ok.tolist()])
    chosen = ok[latest]
    category = np.full(conversations.size, -1, dtype=np.int64)
    empty = np.zeros(conversations.size, dtype=bool)
    codes = cats.codes([reviews["labels"][i] for i in chosen.tolist()])
    category[conv_pos[chosen]] = codes
    empty[conv_pos[chosen]] = codes < 0
    of_latest = match(reviews["id"][chosen], slots["review"]) >= 0
    row = match(keys, slots["annotation"][np.flatnonzero(of_latest)])
    incorrect = slots["incorrect"][of_latest] > 0
    return category, empty, row[row >= 0], incorrect[row >= 0]


def _latest(item: IntArray, at: list[str]) -> IntArray:
    """Among reviews (their item, their time as sortable text), the last of each item."""
    if item.size == 0:
        return np.zeros(0, dtype=np.int64)
    import pandas as pd

    order = np.lexsort(
        (np.arange(item.size), pd.factorize(np.asarray(at, dtype=object), sort=True)[0], item)
    )
    ends = np.r_[item[order][1:] != item[order][:-1], True]
    return order[ends]


def _users(s: Session, ids: list[str]) -> list[UserInfo]:
    """Name, role and vendor of each user id, in the given order."""
    rows = (
        s.execute(
            select(User.id, User.name, User.role, Vendor.name)
            .outerjoin(Vendor)
            .where(User.id.in_(ids))
        ).all()
        if ids
        else []
    )
    found = {r[0]: r for r in rows}
    out = []
    for uid in ids:
        row = found.get(uid)
        role = getattr(row[2], "value", row[2]) if row else "labeller"
        out.append(UserInfo(uid, row[1] if row else uid, str(role), row[3] if row else None))
    return out
