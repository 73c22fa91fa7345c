"""Set-based SQL for applying a pulled page on a workstation (see :mod:`client_apply`).

A page carries hundreds of records; each helper here reads or writes all of a page's rows of
one kind in one statement (an ``executemany`` of one prepared statement, or one lookup with
every id in a single parameter), never one statement per record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from labeldesk.storage.models import Conversation, GoldItem, GoldPool, Role, User
from labeldesk.sync import bulk

#: The local user that anonymous review slots (and reviewers of feedback) are stored under.
ANONYMOUS_ID = "0" * 32
ANONYMOUS_NAME = "(anonymous)"

Row = dict[str, Any]


def table_of(model: Any) -> Table:  # noqa: ANN401 - a mapped class
    """The Core table of a mapped class."""
    return cast(Table, model.__table__)


def parse_time(value: str | None) -> dt.datetime | None:
    """An ISO 8601 time from the wire (``None`` stays ``None``)."""
    return None if value is None else dt.datetime.fromisoformat(value)


def insert_rows(s: Session, model: Any, rows: Sequence[Row]) -> None:  # noqa: ANN401
    """Insert ``rows`` (dicts with the same keys) in one ``executemany``."""
    upsert(s, model, rows, key=(), plain=True)


def upsert(
    s: Session,
    model: Any,  # noqa: ANN401 - a mapped class
    rows: Sequence[Row],
    key: Sequence[str],
    update: Iterable[str] = (),
    *,
    plain: bool = False,
) -> None:
    """Insert ``rows``; a row whose ``key`` exists updates the ``update`` columns instead.

    With no ``update`` columns, an existing row is left alone; with ``plain``, it is an
    error (a plain INSERT). One ``executemany`` of ``INSERT ... ON CONFLICT``: rows are
    applied in order, so of two rows with the same key the first inserts and the second
    updates, as one-by-one upserts would. Columns a row leaves out get their Python-side
    default (as a Core insert would), else the database's.
    """
    if not rows:
        return
    table = table_of(model)
    if s.get_bind().dialect.name == "sqlite":
        _sqlite_upsert(s, table, rows, None if plain else (key, list(update)))
        return
    statement: Any = postgresql.insert(table)
    columns = list(update)
    if plain:
        s.execute(statement, list(rows))
        return
    if columns:
        statement = statement.on_conflict_do_update(
            index_elements=list(key),
            set_={name: statement.excluded[name] for name in columns},
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=list(key))
    s.execute(statement, list(rows))


def _sqlite_upsert(
    s: Session,
    table: Table,
    rows: Sequence[Row],
    conflict: tuple[Sequence[str], Sequence[str]] | None,
) -> None:
    """:func:`upsert` on SQLite (``conflict``: the key and the columns to update, or
    ``None`` for a plain INSERT).

    The rows go through the columns' own bind processors (JSON, times, enums: stored exactly
    as SQLAlchemy would store them) and straight to the driver's ``executemany``, without
    SQLAlchemy's per-row parameter handling, which is most of the cost of a Core
    ``executemany`` of 100,000 rows.
    """
    dialect = s.get_bind().dialect
    columns, makers = bulk.defaulted_columns(table, rows[0])
    given = list(rows[0])
    processors = [
        (i, _none_once(p))
        for i, name in enumerate(columns)
        if (p := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    values = []
    for row in rows:
        value = [row[k] for k in given]
        if makers:
            value.extend([make() for make in makers])
        for i, process in processors:
            value[i] = process(value[i])
        values.append(tuple(value))
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    if conflict is not None:
        key, update = conflict
        action = (
            "DO UPDATE SET " + ", ".join(f'"{c}" = excluded."{c}"' for c in update)
            if update
            else "DO NOTHING"
        )
        target = ", ".join(f'"{c}"' for c in key)
        sql += f" ON CONFLICT ({target}) {action}"
    s.connection().exec_driver_sql(sql, values)


def _none_once(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A bind processor that works out what ``None`` becomes once (JSON's ``null``: most
    turns have no metadata), and calls ``process`` for other values only."""
    none = process(None)
    return lambda value: none if value is None else process(value)


def existing(s: Session, column: Any, values: Iterable[Any]) -> set[Any]:  # noqa: ANN401
    """Which of ``values`` the (unique or indexed) ``column`` holds: one query."""
    wanted = {v for v in values if v is not None}
    if not wanted:
        return set()
    return set(s.scalars(select(column).where(bulk.among(column, wanted)).distinct()))


def pairs(s: Session, key: Any, value: Any, keys: Iterable[Any]) -> dict[Any, Any]:  # noqa: ANN401
    """``{key: value}`` for the rows whose ``key`` column is among ``keys``: one query."""
    wanted = {k for k in keys if k is not None}
    if not wanted:
        return {}
    return dict(s.execute(select(key, value).where(bulk.among(key, wanted))).all())


def conversation_ids(s: Session, external_ids: Iterable[str]) -> dict[str, int]:
    """Local conversation ids by external id, for those this workspace has."""
    return cast(dict[str, int], pairs(s, Conversation.external_id, Conversation.id, external_ids))


def ensure_anonymous(s: Session) -> None:
    """Make the anonymous local user if it is missing."""
    upsert(
        s,
        User,
        [
            {
                "id": ANONYMOUS_ID,
                "name": ANONYMOUS_NAME,
                "role": Role.LABELLER,
                "languages": [],
                "active": False,
            }
        ],
        key=["id"],
    )


def upsert_gold(s: Session, items: Sequence[tuple[Mapping[str, Any], int]]) -> None:
    """Gold items (``(record, conversation id)``), stored or updated by their hub id.

    An item already here keeps its conversation; its answer, explanation, pool and source
    are the hub's.
    """
    rows = [
        {
            "id": g["id"],
            "conversation_id": conversation_id,
            "labels": list(g["labels"]),
            "turn_labels": dict(g.get("turn_labels") or {}),
            "explanation": g.get("explanation") or "",
            "pool": GoldPool(g.get("pool") or GoldPool.TRAINING.value),
            "source": g.get("source") or "hub",
        }
        for g, conversation_id in items
    ]
    upsert(
        s,
        GoldItem,
        rows,
        key=["id"],
        update=("labels", "turn_labels", "explanation", "pool", "source"),
    )
