"""Tabular readers (CSV, XLSX; Parquet rows come through here too) and their two layouts.

Per turn (one row per turn): ``conversation_id``, ``speaker``, ``text`` and optional ``ts`` /
``timestamp`` and ``turn`` (order within the conversation); conversation-level columns
``language``, ``labels`` and ``meta.<key>`` are read from the first row that fills them; any
other column goes to the turn's meta. The rows of one conversation must be next to each other
(this keeps memory flat); a conversation whose rows are split up is reported, not merged.

Per conversation (one row per conversation): ``id``, then either ``turns`` (a JSON array of
{speaker, text, ts}) or ``text`` (+ optional ``speaker``, default customer) and optional
``response`` (an agent turn); optional ``language``, ``labels`` (JSON list or ``a|b``),
``predictions`` / ``gold`` / ``annotations`` / ``meta`` (JSON), ``meta.<key>``; any other
column goes to meta. A LabelDesk export (CSV/XLSX/Parquet) reads back as it was written:
``source_language`` is the file's language, ``language_confidence`` is kept.

A ``meta.<key>`` cell is read as JSON when it parses as JSON (``7``, ``true``, ``[1, 2]``,
``"007"``), else as text: the exporter writes a string that would parse as JSON quoted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from labeldesk.errors import InputError, Problem
from labeldesk.ingest.jsonl import (
    ByteCounter,
    ReadSpec,
    RecordBuilder,
    Rejected,
    check_encoding,
    encoding_problem,
)
from labeldesk.ingest.record import ConversationRecord, TurnRecord
from labeldesk.ingest.validate import MAX_TEXT_CHARS, SpeakerMap

#: A data row: its 1-based number (header = row 1 in CSV/XLSX) and its cells, in column order.
Row = tuple[int, Sequence[Any]]
JSON_COLUMNS = ("predictions", "gold", "annotations", "meta")
CONV_LEVEL = ("language", "labels")
#: The leading columns of a LabelDesk export (``labeldesk.export.table``): with all of them
#: present, ``batch`` and ``n_turns`` (derived) are dropped, and so are ``labels.<labeller>``
#: (a summary of the ``annotations`` column).
EXPORT_HEAD = ("id", "batch", "language", "language_confidence", "source_language", "n_turns")
#: An export's QA columns (final labels, QA results): worked out again, never imported.
EXPORT_QA = ("final_labels", "decided_by", "final", "qa")


def blank(value: object) -> bool:
    """Whether a cell is empty (None or an empty string)."""
    return value is None or value == ""


def _column(columns: Iterable[str], column_map: Mapping[str, str], *names: str) -> str | None:
    """The file column for the first of ``names`` that is mapped or present."""
    present = set(columns)
    for n in names:
        if n in column_map:
            return column_map[n]
    return next((n for n in names if n in present), None)


def choose_layout(columns: list[str], spec: ReadSpec) -> str:
    """``turns`` (one row per turn) or ``conversations`` (one row per conversation)."""
    if spec.layout:
        return spec.layout
    m = spec.column_map
    if _column(columns, m, "turns"):
        return "conversations"
    if _column(columns, m, "conversation_id", "speaker") and not _column(columns, m, "response"):
        return "turns"
    return "conversations"


def missing_columns(file: str, columns: list[str], required: dict[str, str | None]) -> None:
    """Raise an InputError naming each required column the header lacks."""
    problems = [
        Problem(
            file,
            "header",
            col or name,
            f"missing column {col or name!r} (the file has: {', '.join(columns) or 'no columns'}); "
            f"if it has another name, pass --map {name}=<column>",
        )
        for name, col in required.items()
        if col is None or col not in columns
    ]
    if problems:
        raise InputError(problems)


def records_from_rows(
    file: str,
    columns: list[str],
    rows: Iterator[Row],
    *,
    spec: ReadSpec,
    speakers: SpeakerMap,
    counter: ByteCounter,
) -> Iterator[ConversationRecord | Rejected]:
    """Records from tabular rows, in the layout the header (or ``spec.layout``) calls for."""
    if choose_layout(columns, spec) == "turns":
        counter.grouped_rows = True
        return PerTurn(file, columns, spec, speakers).records(rows)
    return PerConversation(file, columns, spec, speakers).records(rows)


class PerTurn:
    """One row per turn; a conversation is a run of rows with the same id."""

    def __init__(self, file: str, columns: list[str], spec: ReadSpec, speakers: SpeakerMap) -> None:
        m = spec.column_map
        self.file, self.columns, self.speakers = file, columns, speakers
        self.c_id = _column(columns, m, "conversation_id", "id") or m.get("conversation_id")
        self.c_speaker = _column(columns, m, "speaker") or "speaker"
        self.c_text = _column(columns, m, "text") or "text"
        missing_columns(file, columns, {
            "conversation_id": self.c_id, "speaker": self.c_speaker, "text": self.c_text
        })
        at = {c: i for i, c in enumerate(columns)}
        self.i_id, self.i_speaker, self.i_text = at[self.c_id], at[self.c_speaker], at[self.c_text]
        self.c_ts = _column(columns, m, "ts", "timestamp")
        self.i_ts = at.get(self.c_ts or "")
        self.c_turn = _column(columns, m, "turn")
        self.i_turn = at.get(self.c_turn or "")
        conv = {n: c for n in CONV_LEVEL if (c := _column(columns, m, n)) in at}
        self.i_conv = [(n, at[c]) for n, c in conv.items()]
        meta = [c for c in columns if c.startswith("meta.")]
        self.i_meta = [(c[5:], at[c]) for c in meta]
        known = {self.c_id, self.c_speaker, self.c_text, self.c_ts, self.c_turn,
                 *conv.values(), *meta}
        self.i_turn_meta = [(c, i) for i, c in enumerate(columns) if c not in known]
        self.builder = RecordBuilder(file, {}, speakers)

    def records(self, rows: Iterator[Row]) -> Iterator[ConversationRecord | Rejected]:
        """Group contiguous rows by conversation id and build one record per group."""
        i_id = self.i_id
        group: list[Row] = []
        held: list[Rejected] = []  # rows without an id, reported after the group they follow
        current: object = None
        for row in rows:
            cid = row[1][i_id]
            if cid is None or cid == "":
                where = f"row {row[0]}"
                problem = Problem(self.file, where, self.c_id or "", "missing conversation id")
                held.append(Rejected(where, [problem], self._raw(row)))
                continue
            if cid != current and group:
                yield self._conversation(group)
                yield from held
                group, held = [], []
            current = cid
            group.append(row)
        if group:
            yield self._conversation(group)
        yield from held

    def _raw(self, row: Row) -> dict[str, Any]:
        return dict(zip(self.columns, row[1], strict=True))

    def _conversation(self, group: list[Row]) -> ConversationRecord | Rejected:
        first, last = group[0][0], group[-1][0]
        where = f"row {first}" if first == last else f"rows {first}-{last}"
        problems: list[Problem] = []
        turns = [self._turn(rownum, values, problems) for rownum, values in group]
        if self.i_turn is not None:
            turns = self._ordered(group, turns, problems)
        if problems:
            return Rejected(where, problems, [self._raw(r) for r in group])
        rec = self.builder.build(self._conversation_fields(group), where)
        if isinstance(rec, ConversationRecord):
            rec.turns = turns
        return rec

    def _ordered(
        self, group: list[Row], turns: list[TurnRecord], problems: list[Problem]
    ) -> list[TurnRecord]:
        """The turns sorted by the ``turn`` column (rows without one keep their place)."""
        assert self.i_turn is not None
        order: list[float] = []
        for n, (rownum, values) in enumerate(group):
            value = values[self.i_turn]
            try:
                order.append(n if value is None or value == "" else float(value))
            except (TypeError, ValueError):
                order.append(n)
                problems.append(Problem(self.file, f"row {rownum}", self.c_turn or "turn",
                                        f"turn number {value!r} is not a number"))
        return [t for _, _, t in sorted(zip(order, range(len(turns)), turns, strict=True))]

    def _turn(self, rownum: int, values: Sequence[Any], problems: list[Problem]) -> TurnRecord:
        raw = values[self.i_speaker]
        speaker = self.speakers.exact.get(raw) or self.speakers(raw)
        if speaker is None:
            problems.append(Problem(self.file, f"row {rownum}", self.c_speaker,
                                    self.speakers.problem_text(raw)))
        text = values[self.i_text]
        if type(text) is not str:
            text = "" if text is None else str(text)
        if len(text) > MAX_TEXT_CHARS:
            problems.append(Problem(self.file, f"row {rownum}", self.c_text,
                                    f"text is longer than {MAX_TEXT_CHARS:,} characters"))
        ts = None if self.i_ts is None else values[self.i_ts]
        meta = None
        if self.i_turn_meta:
            meta = {c: v for c, i in self.i_turn_meta if not blank(v := values[i])} or None
        return TurnRecord(speaker or "", text, None if blank(ts) else str(ts), meta)

    def _conversation_fields(self, group: list[Row]) -> dict[str, Any]:
        obj: dict[str, Any] = {"id": group[0][1][self.i_id], "turns": []}
        meta: dict[str, Any] = {}
        for _, values in group:
            for name, i in self.i_conv:
                if name not in obj and not blank(v := values[i]):
                    obj[name] = v
            for key, i in self.i_meta:
                if key not in meta and not blank(v := values[i]):
                    meta[key] = meta_cell(v)
        if meta:
            obj["meta"] = meta
        return obj


class PerConversation:
    """One row per conversation, with the turns in a JSON column or as text + response."""

    def __init__(
        self, file: str, columns: list[str], spec: ReadSpec, speakers: SpeakerMap
    ) -> None:
        m = spec.column_map
        self.file, self.columns = file, columns
        self.c_id = _column(columns, m, "id", "conversation_id") or m.get("id")
        self.c_turns = _column(columns, m, "turns")
        self.c_text = None if self.c_turns else (_column(columns, m, "text") or "text")
        missing_columns(file, columns, {"id": self.c_id, **(
            {"text": self.c_text} if self.c_text else {})})
        self.c_speaker = _column(columns, m, "speaker")
        self.c_response = _column(columns, m, "response")
        named = (*CONV_LEVEL, *JSON_COLUMNS, "source_language", "language_confidence")
        self.c_named = {n: c for n in named if (c := _column(columns, m, n))}
        known = {self.c_id, self.c_turns, self.c_text, self.c_speaker, self.c_response,
                 *self.c_named.values()}
        if all(c in columns for c in EXPORT_HEAD):
            # an export's batch, turn count and QA columns are derived: not imported
            known.update(("batch", "n_turns", *EXPORT_QA))
            if "annotations" in self.c_named:
                known.update(c for c in columns if c.startswith("labels."))
        self.c_other = [c for c in columns if c not in known]
        self.builder = RecordBuilder(file, {}, speakers)

    def records(self, rows: Iterator[Row]) -> Iterator[ConversationRecord | Rejected]:
        """One record (or rejection) per row."""
        columns = self.columns
        for rownum, values in rows:
            row = dict(zip(columns, values, strict=True))
            where = f"row {rownum}"
            problems: list[Problem] = []
            obj = self._fields(row, where, problems)
            yield Rejected(where, problems, row) if problems else self.builder.build(obj, where)

    def _fields(self, row: dict[str, Any], where: str, problems: list[Problem]) -> dict[str, Any]:
        obj: dict[str, Any] = {"id": row.get(self.c_id)}
        if blank(obj["id"]):
            obj["id"] = None
        obj["turns"] = self._turns(row, where, problems)
        for name, col in self.c_named.items():
            value = row.get(col)
            if blank(value):
                if name == "source_language":
                    obj[name] = None  # the file gave no language (the column wins)
                continue
            if name in JSON_COLUMNS and isinstance(value, str):
                value = _json_cell(self.file, where, col, value, problems)
            elif name == "language_confidence":
                value = _float(value)
            obj[name] = value
        meta = obj.get("meta")
        if meta is not None and not isinstance(meta, dict):
            return obj  # the builder reports it
        meta = dict(meta or {})
        for col in self.c_other:
            if not blank(v := row.get(col)):
                if col.startswith("meta."):
                    meta[col[5:]] = meta_cell(v)
                else:
                    meta[col] = v
        if meta:
            obj["meta"] = meta
        return obj

    def _turns(self, row: dict[str, Any], where: str, problems: list[Problem]) -> Any:  # noqa: ANN401
        if self.c_turns:
            value = row.get(self.c_turns)
            if isinstance(value, str):
                return _json_cell(self.file, where, self.c_turns, value, problems)
            return value
        text = row.get(self.c_text) if self.c_text else None
        speaker = row.get(self.c_speaker) if self.c_speaker else None
        turns = [{"speaker": "customer" if blank(speaker) else speaker,
                  "text": "" if text is None else str(text)}]
        response = row.get(self.c_response) if self.c_response else None
        if not blank(response):
            turns.append({"speaker": "agent", "text": str(response)})
        return turns


def meta_cell(value: object) -> object:
    """A ``meta.<key>`` cell: JSON if it parses, else the text (non-strings as they are)."""
    if not isinstance(value, str):
        return value
    try:
        return orjson.loads(value)
    except orjson.JSONDecodeError:
        return value


def _float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _json_cell(file: str, where: str, col: str, value: str, problems: list[Problem]) -> Any:  # noqa: ANN401
    try:
        return orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        problems.append(Problem(file, where, col, f"not valid JSON: {exc}"))
        return None


# -- CSV ----------------------------------------------------------------------------------


def _bad_encoding(path: Path, file: str, encoding: str) -> InputError:
    """The error for a file that does not decode: find the first bad line (slow path)."""
    with path.open("rb") as f:
        for lineno, line in enumerate(f, 1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError as exc:
                return InputError([encoding_problem(file, lineno, line, exc)])
    return InputError([Problem(file, "", "", f"not {encoding}; pass its --encoding")])


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(
    path: Path, spec: ReadSpec, counter: ByteCounter, speakers: SpeakerMap
) -> Iterator[ConversationRecord | Rejected]:
    """Records from a CSV/TSV file (delimiter guessed from the header line).

    The file is decoded by the C text layer; a byte that does not decode is reported with
    its line (found by a second, line-by-line pass).
    """
    file = str(path)
    encoding = check_encoding(spec.encoding)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_TEXT_CHARS + 1))
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig" if encoding == "utf-8" else encoding,
                                newline="")
        try:
            first = text.readline()
            if not first:
                return
            header_reader = csv.reader([first], delimiter=_delimiter(first))
            columns = [c.strip() for c in next(header_reader)]
            if len(set(columns)) != len(columns):
                dupes = sorted({c for c in columns if columns.count(c) > 1})
                raise InputError([Problem(file, "header", dupes[0], "column name appears twice")])
            reader = csv.reader(text, delimiter=header_reader.dialect.delimiter)
            rows = _csv_rows(file, reader, columns, raw, counter)
            yield from records_from_rows(file, columns, rows, spec=spec, speakers=speakers,
                                         counter=counter)
        except UnicodeDecodeError:
            raise _bad_encoding(path, file, encoding) from None
    counter.done = counter.total


def _csv_rows(
    file: str, reader: Any, columns: list[str], raw: Any, counter: ByteCounter  # noqa: ANN401
) -> Iterator[Row]:
    width = len(columns)
    rownum = 1
    try:
        for values in reader:
            rownum += 1
            if not rownum & 1023:
                counter.done = raw.tell()
            if len(values) != width:
                if not values or values == [""]:
                    continue
                if len(values) < width:
                    values += [""] * (width - len(values))
                else:
                    raise InputError([Problem(file, f"row {rownum}", "", (
                        f"row has {len(values)} fields but the header has {width}"))])
            yield rownum, values
    except csv.Error as exc:
        problem = Problem(file, f"row {rownum + 1}", "", f"not valid CSV: {exc}")
        raise InputError([problem]) from None


# -- XLSX ---------------------------------------------------------------------------------


def _xlsx_cell(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def read_xlsx(
    path: Path, spec: ReadSpec, counter: ByteCounter, speakers: SpeakerMap
) -> Iterator[ConversationRecord | Rejected]:
    """Records from the first sheet of an XLSX workbook (header in row 1), read streaming."""
    import openpyxl

    file = str(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise InputError([Problem(file, "", "", f"not a readable XLSX workbook: {exc}")]) from None
    try:
        sheet = wb.worksheets[0]
        total_rows = max(sheet.max_row or 1, 1)
        it = sheet.iter_rows(values_only=True)
        header = next(it, None)
        if header is None:
            return
        columns = [str(_xlsx_cell(c)).strip() for c in header]
        while columns and columns[-1] == "":
            columns.pop()

        def rows() -> Iterator[Row]:
            for rownum, values in enumerate(it, 2):
                counter.done = counter.total * rownum // total_rows
                cells = [_xlsx_cell(v) for v in values[: len(columns)]]
                if all(c == "" for c in cells):
                    continue
                cells += [""] * (len(columns) - len(cells))
                yield rownum, cells

        yield from records_from_rows(file, columns, rows(), spec=spec, speakers=speakers,
                                     counter=counter)
    finally:
        wb.close()
    counter.done = counter.total
