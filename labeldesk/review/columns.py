"""Read table columns into numpy arrays fast, and join them on string ids without Python loops.

Reports over a million annotations cannot afford one Python object per cell, nor SQLite's
index lookups for a join on 32-character ids (about three microseconds each). On SQLite,
:func:`read_columns` therefore makes the database concatenate each column into one string
(``group_concat``, one sequential scan per query) and parses it with numpy: numbers with
``numpy.fromstring``, flags as single digits, ids as fixed-width 32-byte strings when every
id has 32 characters (LabelDesk's UUID hex ids). Tables are read in rowid chunks so no
string exceeds SQLite's length limit. Other databases, and anything unexpected, take the
plain path: one row per result row.

:class:`Keys` hold such ids; :func:`match` joins two of them through a hash table on a
64-bit digest of the whole id, checks every match byte by byte, and falls back to exact
string hashing if a digest ever collides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import orjson
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

IntArray = npt.NDArray[np.int64]
Kind = Literal["int", "float", "digit", "id", "text", "factor"]
#: What reads: a session, or a connection (on a worker thread).
Reader = Session | Connection

#: Rows per ``group_concat`` query: keeps each concatenated string far below 1 GB.
CHUNK_ROWS = 2_000_000
#: Separates text values; JSON and ids never contain this control character unescaped.
_SEP = "\x1f"
#: An odd 64-bit multiplier (the golden ratio's), to mix id bytes into a digest.
_MIX = np.uint64(0x9E3779B97F4A7C15)


def is_sqlite(s: Reader) -> bool:
    """Whether ``s`` reads a SQLite database."""
    dialect = s.dialect if isinstance(s, Connection) else s.get_bind().dialect
    return dialect.name == "sqlite"


@dataclass(frozen=True)
class Col:
    """One column to read: its name in the result, its SQL expression and how to parse it.

    ``kind`` is ``int`` or ``float`` (a number), ``digit`` (an integer from 0 to 9), ``id``
    (a string id, see :class:`Keys`), ``text``, or ``factor`` (text with few distinct
    values, read as a :class:`Factor`). The expression must never be NULL.
    """

    name: str
    expr: str
    kind: Kind


class Keys:
    """String ids as a column: fixed-width bytes when every id has 32 characters.

    Parameters
    ----------
    values
        A numpy array of dtype ``S32`` or of Python strings (object).
    """

    def __init__(self, values: npt.NDArray[Any]) -> None:
        self.values = values
        self._digest: npt.NDArray[Any] | None = None
        self._index: Any = None

    def __len__(self) -> int:
        """How many ids."""
        return int(self.values.shape[0])

    def __getitem__(self, index: Any) -> Keys:  # noqa: ANN401 - any numpy index
        """A subset of the ids."""
        return Keys(self.values[index])

    @property
    def fixed(self) -> bool:
        """Whether the ids are held as fixed-width bytes."""
        return self.values.dtype.kind == "S"

    def strings(self) -> list[str]:
        """The ids as Python strings."""
        if self.fixed:
            return [v.decode("ascii") for v in self.values.tolist()]
        return [str(v) for v in self.values.tolist()]

    def index(self) -> Any:  # noqa: ANN401 - a pandas Index
        """A hash index of :meth:`digest` (built once), for lookups into these ids."""
        if self._index is None:
            import pandas as pd

            self._index = pd.Index(self.digest())
        return self._index

    def release(self) -> None:
        """Drop the digest and hash index built for joins (they are rebuilt if needed)."""
        self._digest = None
        self._index = None

    def digest(self) -> npt.NDArray[Any]:
        """Hashable values: a 64-bit mix of the bytes of fixed-width ids, else the strings."""
        if self._digest is None:
            self._digest = self._compute_digest()
        return self._digest

    def _compute_digest(self) -> npt.NDArray[Any]:
        """See :meth:`digest`."""
        if not self.fixed or self.values.dtype.itemsize % 8:
            return self.values
        if len(self) == 0:
            return np.zeros(0, dtype=np.uint64)
        words = np.ascontiguousarray(self.values).view(np.uint64).reshape(len(self), -1)
        out = np.zeros(len(self), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for i in range(words.shape[1]):
                out = (out ^ words[:, i]) * _MIX
        return out


@dataclass(frozen=True, eq=False)
class Factor:
    """A text column as codes into its distinct values (first-seen order).

    Attributes
    ----------
    codes : numpy.ndarray of int64
        Per row, the index of its value in ``names``.
    names : list of str
        The distinct values, in order of first appearance.
    """

    codes: IntArray
    names: list[str]

    def __len__(self) -> int:
        """How many rows."""
        return int(self.codes.size)

    def values(self) -> list[str]:
        """The rows' values as strings."""
        if not self.names:
            return []
        return np.asarray(self.names, dtype=object)[self.codes].tolist()

    def __getitem__(self, rows: Any) -> Factor:  # noqa: ANN401 - any numpy index
        """The given rows (a slice, an index or a mask), with only the values they use, in
        their first-seen order."""
        import pandas as pd

        codes = self.codes[rows]
        new, used = pd.factorize(codes)
        return Factor(np.asarray(new, dtype=np.int64), [self.names[i] for i in used.tolist()])

    @staticmethod
    def of(values: Sequence[str]) -> Factor:
        """Factorize Python strings."""
        import pandas as pd

        codes, names = pd.factorize(np.asarray(list(values), dtype=object))
        return Factor(np.asarray(codes, dtype=np.int64), [str(n) for n in names])

    @staticmethod
    def concat(parts: Sequence[Factor]) -> Factor:
        """The rows of several factors, one after the other (names merged in first-seen
        order)."""
        index: dict[str, int] = {}  # insertion order: first seen over the parts in order
        codes = []
        for part in parts:
            lookup = np.asarray(
                [index.setdefault(n, len(index)) for n in part.names], dtype=np.int64
            )
            codes.append(lookup[part.codes] if part.names else part.codes)
        return Factor(np.concatenate(codes) if codes else np.zeros(0, np.int64), list(index))


def _positions(index: Any, right: npt.NDArray[Any]) -> IntArray:  # noqa: ANN401 - an Index
    """Where each ``right`` value is in ``index`` (unique values), -1 if absent."""
    import pandas as pd

    try:
        return np.asarray(index.get_indexer(right), dtype=np.int64)
    except pd.errors.InvalidIndexError as exc:
        raise ValueError("join keys on the left side must be unique") from exc


def match(left: Keys, right: Keys) -> IntArray:
    """The position in ``left`` (whose ids are unique) of each id of ``right``; -1 if absent."""
    import pandas as pd

    if left.fixed and right.fixed and left.values.dtype == right.values.dtype:
        try:
            pos = _positions(left.index(), right.digest())
        except ValueError:  # two ids with one digest: hash the strings instead
            pos = None
        if pos is not None:
            hit = pos >= 0
            if (left.values[pos[hit]] == right.values[hit]).all():
                return pos
    as_text = pd.Index(np.asarray(left.strings(), dtype=object))
    return _positions(as_text, np.asarray(right.strings(), dtype=object))


def factorize(keys: Keys) -> tuple[IntArray, list[str]]:
    """Codes for the ids (first-seen order) and the distinct ids as strings."""
    import pandas as pd

    digest = keys.digest()
    codes, uniques = pd.factorize(digest)
    if keys.fixed and digest.dtype != object:
        first = np.empty(len(uniques), dtype=np.int64)
        first[codes] = np.arange(codes.size)  # an occurrence of each (which one is no matter)
        distinct = keys[first]
        if (distinct.values[codes] == keys.values).all():  # no digest collision
            return np.asarray(codes, dtype=np.int64), distinct.strings()
        codes, uniques = pd.factorize(np.asarray(keys.strings(), dtype=object))
    return np.asarray(codes, dtype=np.int64), [str(u) for u in uniques]


def positions(pool: IntArray, ids: IntArray) -> tuple[IntArray, npt.NDArray[np.bool_]]:
    """Where ``ids`` sit in ``pool`` (distinct ids), and whether they are there at all (0
    where not).

    Conversation ids are mostly consecutive: when they span at most :data:`DENSE_SPAN`
    times as many numbers as there are, a table indexed by id answers; else a binary search
    (``pool`` is sorted then, unless it was sorted already).
    """
    if pool.size == 0:
        return np.zeros(ids.size, dtype=np.int64), np.zeros(ids.size, dtype=bool)
    lo, hi = int(pool.min()), int(pool.max())
    if hi - lo < DENSE_SPAN * pool.size:
        table = np.full(hi - lo + 1, -1, dtype=np.int64)
        table[pool - lo] = np.arange(pool.size)
        pos = table[np.clip(ids - lo, 0, hi - lo)]
        found = (pos >= 0) & (ids >= lo) & (ids <= hi)
        return np.where(found, pos, 0), found
    order = np.argsort(pool, kind="stable")
    ordered = pool[order]
    pos = np.clip(np.searchsorted(ordered, ids), 0, pool.size - 1)
    found = ordered[pos] == ids
    return np.where(found, order[pos], 0), found


#: See :func:`positions`.
DENSE_SPAN = 8


# --------------------------------------------------------------------------- reading


def read_columns(
    s: Reader,
    table: str,
    cols: Sequence[Col],
    *,
    where: str = "",
    params: dict[str, Any] | None = None,
    max_rowid: int | None = None,
    rowids: tuple[int, int] | None = None,
    join: str = "",
) -> dict[str, Any]:
    """Read ``cols`` of every row of ``table`` matching ``where``, as arrays.

    Parameters
    ----------
    s
        The session (its transaction gives all reads one snapshot).
    table
        A table name; on SQLite it must have a rowid.
    cols
        The columns.
    where
        An SQL condition on the table's columns (``:name`` parameters), or "".
    params
        The condition's parameters.
    max_rowid
        On SQLite, read no row beyond this rowid (for append-only tables read on another
        connection: the rows another snapshot saw).
    rowids
        On SQLite, read only the rows with a rowid in this range (both ends included); to
        read one table in parts, one per connection. Other databases read every row.
    join
        Joins after ``table`` (``LEFT JOIN other o ON o.id = table.other_id``) that add at
        most one row to each of its rows, for columns of other tables; qualify the columns
        of ``table`` with its name then.

    Returns
    -------
    dict
        Name -> numpy array (int64, float64 or, for ``digit``, int64), :class:`Keys` for
        ``id`` columns, list of str for ``text`` columns, :class:`Factor` for ``factor``
        columns. All have one entry per row.
    """
    params = dict(params or {})
    if is_sqlite(s):
        rowid = f"{table}.rowid"
        if max_rowid is not None:
            where = f"{rowid} <= {int(max_rowid)}" + (f" AND ({where})" if where else "")
        if rowids is not None:  # for the plain path; the fast one reads only those chunks
            span = f"{rowid} BETWEEN {int(rowids[0])} AND {int(rowids[1])}"
            where = span + (f" AND ({where})" if where else "")
        fast = _read_sqlite(s, table, cols, where, params, rowids=rowids, join=join)
        if fast is not None:
            return fast
    return _read_rows(s, f"{table} {join}".strip(), cols, where, params)


def read_rows(
    s: Reader,
    table: str,
    cols: Sequence[Col],
    where: str = "",
    params: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Like :func:`read_columns`, always by the plain path (``table`` may be a join)."""
    return _read_rows(s, table, cols, where, dict(params or {}))


def _read_rows(
    s: Reader, table: str, cols: Sequence[Col], where: str, params: dict[str, Any]
) -> dict[str, Any]:
    """The plain path: one result row per table row."""
    sql = f"SELECT {', '.join(c.expr for c in cols)} FROM {table}"
    rows = s.execute(text(sql + (f" WHERE {where}" if where else "")), params).all()
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in cols]
    return {c.name: _from_values(c.kind, list(v)) for c, v in zip(cols, columns, strict=True)}


def _from_values(kind: Kind, values: list[Any]) -> Any:  # noqa: ANN401 - see read_columns
    """A column from Python values."""
    if kind == "factor":
        return Factor.of(_from_values("text", values))
    if kind == "text":
        # PostgreSQL hands JSON columns back decoded: make them JSON text again, as SQLite's
        return [orjson.dumps(v).decode() if isinstance(v, list | dict) else str(v) for v in values]
    if kind == "id":
        strings = [str(v) for v in values]
        if strings and all(len(v) == 32 and v.isascii() for v in strings):
            return Keys(np.asarray([v.encode("ascii") for v in strings], dtype="S32"))
        return Keys(np.asarray(strings, dtype=object))
    dtype = np.float64 if kind == "float" else np.int64
    return np.asarray([dtype(v) for v in values], dtype=dtype)


def _read_sqlite(
    s: Reader,
    table: str,
    cols: Sequence[Col],
    where: str,
    params: dict[str, Any],
    *,
    rowids: tuple[int, int] | None = None,
    join: str = "",
) -> dict[str, Any] | None:
    """The ``group_concat`` path, chunked by rowid; None if the data does not fit it."""
    lo, hi = s.execute(text(f"SELECT min(rowid), max(rowid) FROM {table}")).one()
    if lo is not None and rowids is not None:
        lo, hi = max(int(lo), rowids[0]), min(int(hi), rowids[1])
    parts: list[dict[str, Any]] = []
    if lo is not None and lo <= hi:
        for start in range(int(lo), int(hi) + 1, CHUNK_ROWS):
            span = (start, min(hi, start + CHUNK_ROWS - 1))
            chunk = _sqlite_chunk(s, table, cols, where, params, rowids=span, join=join)
            if chunk is None:
                return None
            parts.append(chunk)
    return {c.name: _concat(c.kind, [p[c.name] for p in parts]) for c in cols}


def concat_columns(cols: Sequence[Col], parts: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Columns read in parts (see :func:`read_columns`), as one."""
    return {c.name: _concat(c.kind, [p[c.name] for p in parts]) for c in cols}


def _concat(kind: Kind, parts: list[Any]) -> Any:  # noqa: ANN401 - see read_columns
    """Join the chunks of one column."""
    if kind == "text":
        return [v for part in parts for v in part]
    if len(parts) == 1:
        return parts[0]
    if kind == "factor":
        return Factor.concat(parts)
    if kind == "id":
        return _concat_ids(parts)
    dtype = np.float64 if kind == "float" else np.int64
    return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)


def _concat_ids(parts: list[Keys]) -> Keys:
    """Join the chunks of an id column."""
    if not parts:
        return Keys(np.zeros(0, dtype="S32"))
    if all(p.fixed for p in parts):
        return Keys(np.concatenate([p.values for p in parts]))
    return Keys(np.asarray([v for p in parts for v in p.strings()], dtype=object))


def _aggregate(col: Col) -> str:
    """The ``group_concat`` expression that concatenates one column."""
    # Numbers, digits and ids come back as BLOBs: their bytes, with no text decoding.
    if col.kind in ("int", "float"):
        return f"CAST(group_concat({col.expr}) AS BLOB)"
    if col.kind == "digit":
        return f"CAST(group_concat({col.expr}, '') AS BLOB)"
    if col.kind in ("id", "factor"):
        return f"CAST(group_concat({col.expr}, char(31)) AS BLOB)"
    return f"group_concat({col.expr}, char(31))"


def _sqlite_chunk(
    s: Reader,
    table: str,
    cols: Sequence[Col],
    where: str,
    params: dict[str, Any],
    *,
    rowids: tuple[int, int],
    join: str = "",
) -> dict[str, Any] | None:
    """One rowid range of the columns; None if a column cannot take the fast path."""
    cond = f"{table}.rowid BETWEEN :_lo AND :_hi" + (f" AND ({where})" if where else "")
    select = ", ".join(["count(*)", *(_aggregate(c) for c in cols)])
    row = s.execute(
        text(f"SELECT {select} FROM {table} {join} WHERE {cond}"),
        {**params, "_lo": rowids[0], "_hi": rowids[1]},
    ).one()
    n, values = int(row[0]), list(row[1:])
    out: dict[str, Any] = {}
    for col in cols:
        raw = values.pop(0) or ""
        if col.kind == "id":
            parsed: Any = _fixed_ids(raw, n)
        elif col.kind == "factor":
            parsed = _factor(raw, n)
        else:
            parsed = _parse(col.kind, raw, n)
        if parsed is None:
            return None
        out[col.name] = parsed
    return out


def _fixed_ids(raw: bytes | str, n: int) -> Keys | None:
    """``n`` ids joined by the separator, as 32-byte strings; None unless all are 32 bytes.

    They are when the string is ``33 n - 1`` bytes long and holds the separator exactly at
    every 33rd byte and nowhere else.
    """
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8")
    if n == 0:
        return Keys(np.zeros(0, dtype="S32"))
    if len(data) != 33 * n - 1:
        return None
    grid = np.frombuffer(data + _SEP.encode(), dtype=np.uint8).reshape(n, 33)
    sep = ord(_SEP)
    if not (grid[:, 32] == sep).all() or (grid[:, :32] == sep).any():
        return None
    return Keys(np.ascontiguousarray(grid[:, :32]).view("S32").ravel())


def _factor(raw: bytes | str, n: int) -> Factor | None:
    """``n`` texts joined by the separator, as codes and names (pyarrow splits and
    dictionary-encodes them); None if they are not ``n`` pieces of UTF-8."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if n == 0:
        return Factor(np.zeros(0, dtype=np.int64), [])
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8")
    pieces = pc.split_pattern(pa.array([data], type=pa.binary()), _SEP.encode()).flatten()
    if len(pieces) != n:
        return None
    encoded = pieces.dictionary_encode()
    try:
        names = [b.decode("utf-8") for b in encoded.dictionary.to_pylist()]
    except UnicodeDecodeError:
        return None
    return Factor(encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64), names)


def _parse(kind: Kind, raw: str | bytes, n: int) -> Any:  # noqa: ANN401 - see read_columns
    """Parse one concatenated column of ``n`` values; None if it does not parse cleanly."""
    if n == 0:
        return [] if kind == "text" else np.zeros(0, np.float64 if kind == "float" else np.int64)
    if kind == "text":
        items = (raw.decode("utf-8") if isinstance(raw, bytes) else raw).split(_SEP)
        return items if len(items) == n else None
    data = raw if isinstance(raw, bytes) else raw.encode("ascii", "replace")
    if kind == "digit":
        digits = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        digits -= 48
        return digits if digits.size == n and ((digits >= 0) & (digits <= 9)).all() else None
    dtype = np.float64 if kind == "float" else np.int64
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            parsed = np.fromstring(data, dtype=dtype, sep=",")
        except ValueError:
            return None
    return parsed if parsed.size == n else None
