"""SQL for the thousands of rows a sync chunk carries.

:func:`among` is ``column IN ids`` as one parameter. A plain ``column.in_(ids)`` renders one
bound parameter per id: with a chunk of 2,000 records that is 2,000 placeholders compiled by
SQLAlchemy, split by the driver and parsed by the server, for every statement. ``among``
sends the whole list as a single text parameter instead: an array literal on PostgreSQL
(``column = ANY(CAST(:ids AS type[]))``, written here: the driver's own list dumper is
slow Python), JSON on SQLite (``column IN (SELECT value FROM json_each(:ids))``).

:func:`insert_rows` inserts many rows: with ``COPY`` on PostgreSQL (several times faster than
one ``INSERT`` per row, even pipelined), with an ``executemany`` on SQLite.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

import orjson
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    Integer,
    Table,
    Text,
    bindparam,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter, ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType, TypeDecorator, TypeEngine


class _Values(TypeDecorator[list[Any]]):
    """A list bound as one text parameter: an array literal on PostgreSQL, JSON elsewhere."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """No type on PostgreSQL, text elsewhere.

        Sent without a type (no ``::VARCHAR``), the array literal is read as the array type
        of the cast around it, so the array is a constant of the query plan, which
        PostgreSQL can hash: a typed text cast would be compared element by element with
        every row a scan reads.
        """
        if dialect.name == "postgresql":
            return NullType()
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> Any:  # noqa: ANN401
        """The list as PostgreSQL's array literal, or as JSON for SQLite's json_each."""
        if value is None:
            return None
        if dialect.name == "postgresql":
            return "{" + ",".join(_array_item(v) for v in value) + "}"
        return orjson.dumps(value).decode()


def _array_item(value: object) -> str:
    """One element of a PostgreSQL array literal: numbers as they are, text quoted."""
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Among(ColumnElement[bool]):
    """``column IN values`` with the values in one bound parameter (see :func:`among`)."""

    inherit_cache = True
    type = Boolean()
    # A condition in itself: without this, SQLite gets ``(... IN ...) = 1``, which it cannot
    # answer from the column's index (a full scan: 19 ms instead of 0.6 ms for 500 ids among
    # 100,000 rows).
    _is_implicitly_boolean = True
    _traverse_internals = [  # noqa: RUF012 - SQLAlchemy reads this class attribute
        ("column", InternalTraversal.dp_clauseelement),
        ("values", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: ColumnElement[Any], values: BindParameter[list[Any]]) -> None:
        self.column, self.values = column, values


@compiles(_Among, "postgresql")
def _among_postgresql(element: _Among, compiler: SQLCompiler, **kw: Any) -> str:  # noqa: ANN401
    column = compiler.process(element.column, **kw)
    item = compiler.dialect.type_compiler_instance.process(element.column.type)
    return f"{column} = ANY(CAST({compiler.process(element.values, **kw)} AS {item}[]))"


@compiles(_Among)
def _among_json(element: _Among, compiler: SQLCompiler, **kw: Any) -> str:  # noqa: ANN401
    column = compiler.process(element.column, **kw)
    return f"{column} IN (SELECT value FROM json_each({compiler.process(element.values, **kw)}))"


def among(column: Any, values: Iterable[Any]) -> ColumnElement[bool]:  # noqa: ANN401
    """``column IN values``, sent as one parameter however many values there are.

    Parameters
    ----------
    column
        A string or integer column (a model attribute or table column).
    values
        The ids to match (any iterable; an empty one matches nothing).

    Returns
    -------
    ColumnElement[bool]
        A condition for ``where()``.
    """
    items = list(values)
    return _Among(column, bindparam(None, items, type_=_Values(), unique=True))


def insert_rows(s: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:  # noqa: ANN401
    """Insert ``rows`` (dicts with the same keys) into ``model``'s table, in the session's
    transaction: ``COPY`` on PostgreSQL, ``executemany`` elsewhere.

    Columns a row leaves out get their Python-side default (as an ORM or Core insert would),
    else the database's.
    """
    if not rows:
        return
    table = cast(Table, model.__table__)
    if s.get_bind().dialect.name != "postgresql":
        s.execute(table.insert(), list(rows))
        return
    columns, makers = defaulted_columns(table, rows[0])
    given = list(rows[0])
    types = [_copy_type(table.columns[name].type) for name in columns]
    quoted = ", ".join(f'"{name}"' for name in columns)
    statement = f'COPY "{table.name}" ({quoted}) FROM STDIN'
    driver = cast(Any, s.connection().connection.driver_connection)  # a psycopg Connection
    import psycopg
    from psycopg.types.json import set_json_dumps

    try:
        with driver.cursor() as cursor:
            set_json_dumps(orjson.dumps, cursor)  # several times faster than json.dumps
            with cursor.copy(statement) as copy:
                copy.set_types(types)
                for row in rows:
                    copy.write_row([*(row[k] for k in given), *(make() for make in makers)])
    except psycopg.Error as exc:  # as SQLAlchemy would raise it (IntegrityError, ...)
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


def defaulted_columns(
    table: Table, first: Mapping[str, Any]
) -> tuple[list[str], list[Callable[[], Any]]]:
    """The columns of rows shaped like ``first``, then those they leave out that have a
    Python-side default; and, for those, functions that make the default value."""
    defaults = [
        c
        for c in table.columns
        if c.name not in first
        and c.default is not None
        and (c.default.is_callable or c.default.is_scalar)
    ]
    makers = [_maker(cast(Any, c.default)) for c in defaults]
    return [*first, *(c.name for c in defaults)], makers


def _maker(default: Any) -> Any:  # noqa: ANN401 - a ColumnDefault; a function
    """A column's Python-side default as a function of nothing."""
    if default.is_callable:
        return lambda: default.arg(None)  # SQLAlchemy wraps it to take a context
    return lambda: default.arg


def _copy_type(kind: TypeEngine[Any]) -> str:
    """The PostgreSQL type ``COPY`` dumps a column's Python values as."""
    for sql_type, name in (
        (JSON, "json"),
        (Boolean, "bool"),
        (BigInteger, "int8"),
        (Integer, "int4"),
        (Float, "float8"),
    ):
        if isinstance(kind, sql_type):
            return name
    if isinstance(kind, DateTime):
        return "timestamptz" if kind.timezone else "timestamp"
    return "text"  # strings, and enums stored as strings
