"""Read a gold answer file (CSV or JSONL) into rows, collecting every problem with its place.

One row per conversation: ``conversation`` (its external id; ``external_id`` and ``id`` are
accepted too), ``labels`` (CSV: keys separated by ``;`` or ``|``; JSONL: a list or such a
string), optional ``turn_labels`` (a JSON object ``{"<turn idx>": [keys]}``, turns counted
from 0), ``explanation`` (required) and optional ``pool`` (``hidden`` or ``training``).
This module checks only the file itself; the gold service checks the rows against the
workspace (conversations, taxonomy, existing gold).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import orjson

from labeldesk.errors import InputError, Problem
from labeldesk.storage.models import GoldPool

#: Longest accepted explanation, in characters.
MAX_EXPLANATION_CHARS = 10_000
#: Longest conversation id or label key (the width of their columns).
MAX_KEY_CHARS = 300
#: Most labels accepted for one conversation or one turn.
MAX_LABELS = 50
#: Longest line or CSV cell read at all; anything longer is refused before parsing.
MAX_FIELD_CHARS = 1_000_000
#: Most problems listed; the rest are counted.
MAX_PROBLEMS = 50

#: Names of the conversation column, in order of preference.
CONVERSATION_FIELDS = ("conversation", "external_id", "id")
CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_SPLIT = re.compile(r"[;|]")


@dataclass(frozen=True)
class GoldRow:
    """One answer as the file gives it; ``where`` is ``row N`` (CSV) or ``line N`` (JSONL)."""

    where: str
    conversation: str
    labels: tuple[str, ...]
    turn_labels: dict[int, tuple[str, ...]]
    explanation: str
    pool: GoldPool | None


@dataclass
class Problems:
    """The problems found so far in one file, capped at :data:`MAX_PROBLEMS`."""

    file: str
    found: list[Problem] = field(default_factory=list)
    more: int = 0

    def add(self, where: str, name: str, message: str) -> None:
        """Record a problem at ``where`` (row or line) in field ``name``."""
        if len(self.found) < MAX_PROBLEMS:
            self.found.append(Problem(self.file, where, name, message))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        """Whether any problem was found."""
        return bool(self.found)

    def raise_if_any(self) -> None:
        """Raise an InputError listing the problems in file order, if there are any."""
        if self.found:
            raise InputError(sorted(self.found, key=_place), more=self.more)


def _place(problem: Problem) -> int:
    """The row or line number of a problem (0 for the whole file), for sorting."""
    digits = "".join(c for c in problem.where if c.isdigit())
    return int(digits) if digits else 0


def read_gold_file(path: Path, problems: Problems, encoding: str | None = None) -> list[GoldRow]:
    """The file's rows; problems go to ``problems`` (the rows with problems are left out).

    Raises
    ------
    InputError
        At once, if the file can't be read at all: missing, empty, not in ``encoding``, or
        of a type told by neither its extension (``.csv``, ``.tsv``, ``.jsonl``).
    """
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES and suffix not in JSONL_SUFFIXES:
        what = f"a {suffix} file" if suffix else "a file with no extension"
        _fail(problems, "", f"can't read {what}: use .csv, .tsv or .jsonl")
    try:
        data = path.read_bytes()
    except OSError as exc:
        _fail(problems, "", f"can't read the file: {exc.strerror or exc}")
    text = _decode(data, encoding or "utf-8", problems)
    if not text.strip():
        _fail(problems, "", "the file is empty")
    if suffix in CSV_SUFFIXES:
        return list(_csv_rows(text, CSV_SUFFIXES[suffix], problems))
    return list(_jsonl_rows(text, problems))


def _fail(problems: Problems, where: str, message: str) -> NoReturn:
    """Raise an InputError with this one problem (after any found before)."""
    problems.add(where, "", message)
    raise InputError(problems.found, more=problems.more)


def _decode(data: bytes, encoding: str, problems: Problems) -> str:
    """The file's text (a UTF-8 byte-order mark skipped), or an InputError saying where."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        _fail(problems, "", f"unknown encoding {encoding!r} (try utf-8, cp1252, cp874 or gb18030)")
    try:
        return data.decode("utf-8-sig" if codec == "utf-8" else codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        hint = (
            "pass --encoding utf-16"
            if data[:2] in (b"\xff\xfe", b"\xfe\xff")
            else ("re-save it as UTF-8, or pass --encoding with the file's encoding (e.g. cp1252)")
        )
        _fail(
            problems,
            f"line {line}",
            f"the file is not {encoding} (byte {exc.start + 1} can't be read); {hint}",
        )


# -- CSV ------------------------------------------------------------------------------------


def _csv_rows(text: str, delimiter: str, problems: Problems) -> Iterator[GoldRow]:
    """Rows of a CSV text; row 1 is the header, as a spreadsheet counts."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        _fail(problems, "row 1", f"can't read the header: {exc}")
    names = [h.strip().lower().lstrip("\ufeff") for h in header or []]
    columns = _columns(names, problems)
    if columns is None:
        return
    rowno, seen = 1, False
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            problems.add(f"row {rowno + 1}", "", f"not valid CSV: {exc}")
            return
        if row is None:
            break
        rowno += 1
        if not any(cell.strip() for cell in row):
            continue
        seen = True
        cells = {name: row[i] if i < len(row) else "" for name, i in columns.items()}
        parsed = _row(f"row {rowno}", cells, problems, csv_cells=True)
        if parsed is not None:
            yield parsed
    if not seen:
        problems.add("row 1", "", "the file has a header but no rows")


def _columns(names: list[str], problems: Problems) -> dict[str, int] | None:
    """Which column holds each field; None (and a problem) if a required one is missing."""
    conversation = next((n for n in CONVERSATION_FIELDS if n in names), None)
    missing = [n for n in ("labels", "explanation") if n not in names]
    if conversation is None:
        missing.insert(0, "conversation")
    if missing:
        problems.add(
            "row 1",
            missing[0],
            f"missing column {missing[0]!r} (the header is {', '.join(names) or 'empty'}); "
            "needed: conversation, labels, explanation",
        )
        return None
    wanted = {"conversation": conversation, "labels": "labels", "explanation": "explanation"}
    wanted.update({n: n for n in ("turn_labels", "pool") if n in names})
    return {name: names.index(column) for name, column in wanted.items() if column}


# -- JSONL ----------------------------------------------------------------------------------


def _jsonl_rows(text: str, problems: Problems) -> Iterator[GoldRow]:
    """Rows of a JSONL text, one JSON object per line."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {lineno}"
        if len(line) > MAX_FIELD_CHARS:
            problems.add(where, "", f"the line is {len(line):,} characters; too long to read")
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            problems.add(where, "", f"not valid JSON: {exc}")
            continue
        if not isinstance(record, dict):
            problems.add(where, "", "expected a JSON object with conversation, labels, explanation")
            continue
        key = next((n for n in CONVERSATION_FIELDS if n in record), None)
        if key is None:
            problems.add(where, "conversation", "missing key 'conversation'")
            continue
        cells = {"conversation": record[key], **{k: record.get(k) for k in _OTHER_FIELDS}}
        parsed = _row(where, cells, problems, csv_cells=False)
        if parsed is not None:
            yield parsed


_OTHER_FIELDS = ("labels", "turn_labels", "explanation", "pool")


# -- fields ---------------------------------------------------------------------------------


def _row(
    where: str, cells: Mapping[str, object], problems: Problems, *, csv_cells: bool
) -> GoldRow | None:
    """One answer from its cells, or None (with problems) if a field is wrong."""
    before = len(problems.found) + problems.more
    conversation = _conversation(where, cells.get("conversation"), problems)
    labels = _labels(where, "labels", cells.get("labels"), problems)
    if labels == ():
        problems.add(where, "labels", "no labels: a gold answer needs at least one")
    turn_labels = _turn_labels(where, cells.get("turn_labels"), problems, csv_cells=csv_cells)
    explanation = _explanation(where, cells.get("explanation"), problems)
    pool = _pool(where, cells.get("pool"), problems)
    if len(problems.found) + problems.more > before:
        return None
    assert conversation is not None
    assert labels is not None
    assert explanation is not None
    return GoldRow(where, conversation, labels, turn_labels or {}, explanation, pool)


def _conversation(where: str, value: object, problems: Problems) -> str | None:
    """The conversation's external id as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        problems.add(where, "conversation", "missing the conversation's id")
        return None
    text = value.strip()
    if len(text) > MAX_KEY_CHARS:
        problems.add(where, "conversation", f"an id of {len(text):,} characters is too long")
        return None
    return text


def _labels(where: str, name: str, value: object, problems: Problems) -> tuple[str, ...] | None:
    """Label keys from a list or a ``;``/``|``-separated string, duplicates dropped."""
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[object] = list(_SPLIT.split(value))
    elif isinstance(value, list):
        items = value
    else:
        problems.add(where, name, "expected a list of label keys or 'key1;key2'")
        return None
    keys: list[str] = []
    for item in items:
        if not isinstance(item, str):
            problems.add(where, name, f"a label key must be text, not {item!r}")
            return None
        if len(item) > MAX_KEY_CHARS:
            problems.add(where, name, f"a label key of {len(item):,} characters is too long")
            return None
        if item.strip():
            keys.append(item.strip())
    unique = tuple(dict.fromkeys(keys))
    if len(unique) > MAX_LABELS:
        problems.add(where, name, f"{len(unique):,} labels; at most {MAX_LABELS}")
        return None
    return unique


def _turn_labels(
    where: str, value: object, problems: Problems, *, csv_cells: bool
) -> dict[int, tuple[str, ...]] | None:
    """``{"<turn idx>": keys}`` as {turn index: keys}; a CSV cell holds it as JSON text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return {}
    if isinstance(value, str) and (csv_cells or value.lstrip().startswith("{")):
        try:
            value = orjson.loads(value)
        except orjson.JSONDecodeError as exc:
            problems.add(where, "turn_labels", f"not a JSON object: {exc}")
            return None
    if not isinstance(value, dict):
        problems.add(where, "turn_labels", 'expected a JSON object such as {"0": ["key"]}')
        return None
    out: dict[int, tuple[str, ...]] = {}
    for turn, keys in value.items():
        text = str(turn).strip()
        if not text.isdigit():
            problems.add(where, "turn_labels", f"turn {turn!r} is not a turn number (0, 1, …)")
            return None
        labels = _labels(where, "turn_labels", keys, problems)
        if labels is None:
            return None
        if labels:
            out[int(text)] = labels
    return out


def _explanation(where: str, value: object, problems: Problems) -> str | None:
    """The explanation: required text, at most :data:`MAX_EXPLANATION_CHARS` characters."""
    if value is not None and not isinstance(value, str):
        problems.add(where, "explanation", "expected text")
        return None
    text = (value or "").strip()
    if not text:
        problems.add(where, "explanation", "missing: every gold answer needs an explanation")
        return None
    if len(text) > MAX_EXPLANATION_CHARS:
        problems.add(
            where,
            "explanation",
            f"{len(text):,} characters; at most {MAX_EXPLANATION_CHARS:,}",
        )
        return None
    return text


def _pool(where: str, value: object, problems: Problems) -> GoldPool | None:
    """``hidden`` or ``training``; None (the import's default) when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return GoldPool(str(value).strip().lower())
    except ValueError:
        problems.add(where, "pool", f"{value!r} is not a pool; use hidden or training")
        return None
