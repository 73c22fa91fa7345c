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
(``["b", "a"]`` -> ``"a|b"``). Two answers agree when their categories are equal. The
categories and the gold and review tables are in :mod:`labeldesk.review.qa_tables`.

Reading a million answers is most of a quality report's time, so the reads are lean: one
scan of the annotation table (in two halves on two connections on SQLite), the label set
dictionary-encoded by pyarrow, the user as the user row's small rowid.
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
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from labeldesk.errors import LabelDeskError
from labeldesk.review.columns import (
    Col,
    Factor,
    Keys,
    Reader,
    concat_columns,
    factorize,
    is_sqlite,
    match,
    positions,
    read_columns,
    read_rows,
)
from labeldesk.review.qa_cache import cached_load
from labeldesk.review.qa_tables import (
    APPEND_ONLY,
    CATEGORY_SEPARATOR,
    Categories,
    category_of,
    gold_categories,
    latest_reviews,
    read_gold_items,
    read_gold_results,
    read_reviews,
)
from labeldesk.review.read_worker import Task, read_part, run_in_worker
from labeldesk.storage.models import Batch, User, Vendor

__all__ = [
    "CATEGORY_SEPARATOR",
    "Categories",
    "QAData",
    "UserInfo",
    "category_of",
    "load",
    "load_kept",
]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


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
    url = _file_url(s)
    with _side_reader(s) as side:
        later = side(lambda r, limits: _in_worker(url, r, _side_tables, limits, batch_id, since))
        own = _own(s, batch_id, since, side)
        tables = later()
    conversations, language, languages, ann = _scope(own, tables.pop("mixed"))
    cats = Categories()
    gold_category, training = gold_categories(tables.pop("gold_items"), conversations, cats)
    review_tables, gold_results = tables["reviews"], tables["gold_results"]
    rows = _answers(ann, conversations, cats)
    production = ~training[rows["conv"]]
    if not production.all():  # answers to training-pool gold items are quiz work
        rows = {k: v[production] for k, v in rows.items()}
    keys = Keys(rows.pop("keys_values"))
    review_category, review_empty, slot_rows, slot_incorrect = latest_reviews(
        review_tables, conversations, keys, cats
    )
    gold_pos = match(keys, gold_results["annotation"])
    gold_rows, gold_correct = gold_pos[gold_pos >= 0], gold_results["correct"][gold_pos >= 0] > 0
    user_codes, user_ids = _user_codes(s, rows.pop("user_values"), keys)
    keys.release()  # the hash index served the joins above; a kept read need not hold it
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


def load_kept(s: Session, batch: str | None, since: dt.datetime | None = None) -> QAData:
    """:func:`load`, or the data it read before for the same arguments if nothing has
    been committed to the workspace since (see :mod:`labeldesk.review.qa_cache`).

    ``s`` must not have run anything yet. The data is shared: nobody may change it.
    """
    return cached_load(s, ("qa", batch, since), lambda session: load(session, batch, since))


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


def _answered(p: str) -> str:
    """Only annotations whose latest revision is an answer, a skip or an unsure mark (the
    rest have no revision yet or withdrew their answer); ``p``: the table's alias and dot."""
    return f"({p}answer != '' OR {p}skipped OR {p}unsure)"


def _users_by_rowid(s: Reader) -> bool:
    """Whether answers name their user by the user row's rowid (SQLite: a small integer to
    parse instead of a 32-character id) rather than by user id."""
    return is_sqlite(s)


def _user_join(s: Reader, table: str) -> str:
    """The join that gives each annotation of ``table`` its user's rowid as ``u.rowid``, or
    "" (see :func:`_users_by_rowid`)."""
    return f"LEFT JOIN user u ON u.id = {table}.user_id" if _users_by_rowid(s) else ""


def _annotation_cols(s: Reader, prefix: str, since: dt.datetime | None) -> tuple[Col, ...]:
    """The annotation columns an answer is made of (``prefix``: the table's alias and dot).

    The active seconds as whole milliseconds and the flags (1 unsure, 2 skipped, 4 recent)
    travel as one integer (milliseconds times 8 plus flags): each parsed number costs time.
    On SQLite the user is the rowid of the user row (0 for a user id with no row, see
    :func:`_user_join`), elsewhere the user id.
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
        (
            Col("user", "coalesce(u.rowid, 0)", "int")
            if _users_by_rowid(s)
            else Col("user", f"{p}user_id", "id")
        ),
        Col("answer", f"{p}answer", "factor"),
        Col("ms_flags", ms_flags, "int"),
    )


def _own(s: Session, batch_id: int | None, since: dt.datetime | None, side: Side) -> dict[str, Any]:
    """The batch's own conversations (ids, languages) and the answers on them."""
    own, own_lang, own_sizes = _own_conversations(s, batch_id)
    params = {} if since is None else {"since": _when(s, since)}
    where = _answered("annotation.")
    if batch_id is not None:
        where = f"annotation.conversation_id BETWEEN :lo AND :hi AND {where}"
        bounds = (int(own.min()), int(own.max())) if own.size else (1, 0)
        params = {**params, "lo": bounds[0], "hi": bounds[1]}
    ann = _annotations(s, where, params, _annotation_cols(s, "annotation.", since), side)
    if batch_id is not None:
        ann = _on_conversations(ann, own)
    return {"conv": own, "language": own_lang, "sizes": own_sizes, "answers": ann}


def _annotations(
    s: Session, where: str, params: dict[str, Any], cols: tuple[Col, ...], side: Side
) -> dict[str, Any]:
    """The annotations matching ``where``: on SQLite the later half of the table in a worker
    process (or on the side connection) while the session reads the first half."""
    join = _user_join(s, "annotation")
    if not is_sqlite(s):
        return read_columns(s, "annotation", cols, where=where, params=params)
    lo, hi = s.execute(text("SELECT min(rowid), max(rowid) FROM annotation")).one()
    if lo is None:
        return read_rows(s, f"annotation {join}", cols, where="1 = 0", params=params)
    mid = int(lo) + int((int(hi) - int(lo)) * SESSION_SHARE)
    url, args = _file_url(s), ("annotation", cols, where, params)
    # a worker process scans the later half: threads of one process do not scan a SQLite
    # table in parallel (see labeldesk.review.read_worker)
    later = side(lambda r, _limits: _in_worker(url, r, read_part, *args, (mid + 1, int(hi)), join))
    first = read_part(s, *args, (int(lo), mid), join)
    return concat_columns(cols, [first, later()])


def _in_worker(url: str | None, r: Reader, fn: Callable[..., Any], *args: Any) -> Any:  # noqa: ANN401
    """``fn(r, *args)``, run by a worker process on its own connection when the database is a
    SQLite file (see :mod:`labeldesk.review.read_worker`), else on ``r``."""
    if url is not None:
        done, result = run_in_worker(Task(url, fn, args))
        if done:
            return result
    return fn(r, *args)


def _file_url(s: Session) -> str | None:
    """The URL of the session's SQLite database file, for another process to open; None for
    a database in memory."""
    url = s.get_bind().url  # type: ignore[union-attr]
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if "mode=memory" in str(url):
        return None
    return url.render_as_string(hide_password=False)


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
            "answer": Factor.concat([ann["answer"], mixed["answer"]]),
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
        "gold_items": read_gold_items(r),
        "reviews": read_reviews(r, limits),
        "gold_results": read_gold_results(r, limits),
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
    _, keep = positions(own, found["conv"])
    if keep.all():
        return found
    return {k: v[keep] for k, v in found.items()}


def _mixed_gold(
    s: Reader, batch_id: int, since: dt.datetime | None, params: dict[str, Any]
) -> dict[str, Any]:
    """Answers made for the batch on hidden gold items that belong to another batch."""
    cols = (
        *_annotation_cols(s, "an.", since),
        Col("conv_id", "c.id", "int"),
        Col("language", "c.language", "text"),
    )
    return read_columns(
        s,
        "gold_item",
        cols,
        where=f"a.batch_id = :b AND c.batch_id != :b AND gold_item.pool = 'hidden' AND "
        f"{_answered('an.')}",
        params={**params, "b": batch_id},
        join="JOIN annotation an ON an.conversation_id = gold_item.conversation_id "
        "JOIN assignment a ON a.id = an.assignment_id "
        f"JOIN conversation c ON c.id = an.conversation_id {_user_join(s, 'an')}",
    )


def _stack(a: Keys | IntArray, b: Keys | IntArray) -> Keys | IntArray:
    """Two id columns (or two integer columns) as one."""
    if not isinstance(a, Keys) or not isinstance(b, Keys):
        return np.concatenate([np.asarray(a), np.asarray(b)])
    if a.values.dtype == b.values.dtype:
        return Keys(np.concatenate([a.values, b.values]))
    return Keys(np.asarray(a.strings() + b.strings(), dtype=object))


# --------------------------------------------------------------------------- answers


def _answers(ann: dict[str, Any], conversations: IntArray, cats: Categories) -> dict[str, Any]:
    """One row per answer, skip or unsure mark (the annotations read are only those)."""
    answer: Factor = ann["answer"]
    lookup = np.asarray([cats.code(n) for n in answer.names], dtype=np.int64)
    category = lookup[answer.codes] if len(answer) else np.zeros(0, dtype=np.int64)
    flags = ann["ms_flags"] & 7
    unsure, skipped = (flags & 1) > 0, (flags & 2) > 0
    return {
        "keys_values": ann["id"].values,
        "user_values": ann["user"].values if isinstance(ann["user"], Keys) else ann["user"],
        "conv": positions(conversations, ann["conv"])[0],
        "category": np.where(skipped, -1, category),
        "unsure": unsure & ~skipped,
        "skipped": skipped,
        "seconds": (ann["ms_flags"] >> 3) / 1000.0,
        "recent": (flags & 4) > 0,
    }


#: Connections reading besides the session (on SQLite), and the share of the annotation
#: table (by rowid) the session reads itself.
SIDE_WORKERS = 2
SESSION_SHARE = 0.5

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

    with ThreadPoolExecutor(
        max_workers=SIDE_WORKERS, thread_name_prefix="labeldesk-qa-read"
    ) as pool:
        yield lambda fn: pool.submit(run, fn).result


def _when(s: Reader, at: dt.datetime) -> Any:  # noqa: ANN401 - what the driver compares
    """A time as the database compares it (SQLite: the stored text form, in UTC)."""
    if not is_sqlite(s):
        return at
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def _user_codes(s: Session, values: npt.NDArray[Any], keys: Keys) -> tuple[IntArray, list[str]]:
    """Codes for the answers' users (first-seen order) and the distinct user ids.

    ``values`` are user ids, or on SQLite the user rows' rowids (0 where an annotation's
    user has no row: those few are looked up by annotation id).
    """
    import pandas as pd

    if values.dtype.kind not in "iu":
        return factorize(Keys(values))
    by_rowid = {int(r): str(u) for r, u in s.execute(text("SELECT rowid, id FROM user"))}
    known = values > 0
    if not known.all():
        orphans = _orphan_users(s, keys[~known])
        pseudo = {u: -(i + 1) for i, u in enumerate(dict.fromkeys(orphans))}
        values = values.copy()
        values[~known] = [pseudo[u] for u in orphans]
        by_rowid.update({v: u for u, v in pseudo.items()})
    codes, rowids = pd.factorize(values)
    return np.asarray(codes, dtype=np.int64), [by_rowid[int(r)] for r in rowids]


def _orphan_users(s: Session, keys: Keys) -> list[str]:
    """The user ids of annotations (by id) whose user has no row in the user table."""
    sql = "SELECT id, user_id FROM annotation WHERE user_id NOT IN (SELECT id FROM user)"
    found: dict[str, str] = {str(a): str(u) for a, u in s.execute(text(sql))}
    return [found[k] for k in keys.strings()]


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
