"""Read a Label Studio task list (JSON export) into :class:`ConversationRecord` values.

Two kinds of file are understood:

* an export made by LabelDesk (``labeldesk export --format labelstudio``), which reads back
  with nothing lost: what Label Studio has no slot for travels in ``data.labeldesk``;
* an export made by Label Studio itself from a project with a ``Paragraphs`` tag (the
  dialogue) and ``Taxonomy``, ``Choices`` or ``ParagraphLabels`` controls.

How results map to labels: a ``taxonomy`` value is a list of paths, each a list of
segments from the top of the tree down; the label key is the segments joined with
:data:`PATH_SEP` (``["ORDER", "cancel_order"]`` -> ``ORDER>cancel_order``). ``choices``
values are label keys as they are. A result with ``start``/``end`` (paragraph indexes, as
numbers or strings) labels those turns. ``textarea`` results become the note. Other result
types are not labels and are left out.

The file is read as a stream (one task in memory at a time), whether it is pretty-printed
or written on one line.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any, TypeVar

from labeldesk.errors import InputError, Problem
from labeldesk.ingest.jsonl import Rejected
from labeldesk.ingest.record import (
    AnnotationRecord,
    ConversationRecord,
    GoldRecord,
    PredictionRecord,
    TurnRecord,
)

#: Separator between the segments of a taxonomy path in a LabelDesk label key.
PATH_SEP = ">"
#: Names used in the results that LabelDesk writes (and in the matching labeling config).
TO_NAME = "dialogue"
LABEL_FROM = "label"
TURN_LABEL_FROM = "turn_label"
#: The task-data key holding what Label Studio has no slot for.
LABELDESK_KEY = "labeldesk"
#: Task-data keys that are not metadata.
_DATA_KEYS = ("id", "dialogue", "language", "meta", LABELDESK_KEY)
#: Bytes read at a time while streaming the JSON array.
_CHUNK = 1 << 20

R = TypeVar("R")


def read_labelstudio(
    path: Path, *, dialogue_key: str | None = None, id_prefix: str = "labelstudio-"
) -> Iterator[ConversationRecord | Rejected]:
    """Yield one record per task of a Label Studio JSON export (a Rejected per bad task).

    Parameters
    ----------
    path
        A JSON file holding a list of tasks.
    dialogue_key
        The task-data key holding the dialogue (a list of ``{"author", "text"}``). By default
        ``dialogue``, else the first list of objects with a ``text`` key, else a ``text`` string
        (one customer turn).
    id_prefix
        Prefix of the conversation id made from the task id (or the task's place in the file)
        when the task data has no ``id``.

    Raises
    ------
    InputError
        The file is not a JSON list, or is not valid JSON; says where. A task without data
        or dialogue is yielded as a :class:`~labeldesk.ingest.jsonl.Rejected` instead.
    """
    name = str(path)
    for n, task in _iter_json_array(path):
        where = f"task {n}"
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            yield Rejected(
                where, [Problem(name, where, "data", "a task needs a 'data' object")], task
            )
            continue
        try:
            yield _task_record(task, n, name, dialogue_key, id_prefix)
        except InputError as exc:
            yield Rejected(where, exc.problems, task)


def _task_record(
    task: dict[str, Any], n: int, file: str, dialogue_key: str | None, id_prefix: str
) -> ConversationRecord:
    """The ``n``-th task as a record."""
    where = f"task {n}"
    data: dict[str, Any] = task["data"]
    extras = data.get(LABELDESK_KEY) if isinstance(data.get(LABELDESK_KEY), dict) else None
    key, turns = _dialogue(data, dialogue_key, file, where)
    meta = _meta(data, key)
    if extras is None and task.get("id") is not None:
        meta.setdefault("labelstudio_task_id", task["id"])
    external = data.get("id")
    if external is None:
        external = f"{id_prefix}{task['id'] if task.get('id') is not None else n}"
    record = _make(
        ConversationRecord,
        external_id=str(external),
        turns=turns,
        meta=meta,
        language=data.get("language"),
        where=where,
    )
    own = (extras or {}).get("annotations") or []  # LabelDesk's fields, by position
    record.annotations = [
        _annotation(a, own[i] if i < len(own) else None)
        for i, a in enumerate(task.get("annotations") or [])
        if isinstance(a, dict)
    ]
    record.predictions = [
        p
        for pred in task.get("predictions") or []
        if isinstance(pred, dict)
        for p in _predictions(pred)
    ]
    if extras is not None:
        _apply_extras(record, extras)
    return record


def _make(cls: type[R], **values: Any) -> R:  # noqa: ANN401 - dataclass field values
    """Build a record dataclass from the values its fields accept (newer fields included)."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in values.items() if k in names})


def _dialogue(
    data: dict[str, Any], dialogue_key: str | None, file: str, where: str
) -> tuple[str | None, list[TurnRecord]]:
    """Find the dialogue in the task data; return its key and the turns."""
    key = dialogue_key
    if key is None:
        key = "dialogue" if isinstance(data.get("dialogue"), list) else None
    if key is None:
        key = next((k for k, v in data.items() if _is_paragraphs(v)), None)
    if key is None and isinstance(data.get("text"), str):
        return "text", [TurnRecord("customer", data["text"])]
    value = data.get(key) if key is not None else None
    if not isinstance(value, list):
        wanted = repr(dialogue_key) if dialogue_key else "a list of {author, text} objects"
        raise InputError([Problem(file, where, key or "data", f"no dialogue: expected {wanted}")])
    return key, [_turn(p, file, where, i) for i, p in enumerate(value)]


def _is_paragraphs(value: object) -> bool:
    """Whether a data value looks like a Paragraphs list."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(p, dict) and "text" in p for p in value)
    )


def _turn(p: object, file: str, where: str, i: int) -> TurnRecord:
    """One paragraph as a turn; keys other than author/text/ts/meta go to the turn's meta."""
    if not isinstance(p, dict):
        raise InputError([Problem(file, where, f"dialogue[{i}]", "a turn must be an object")])
    author = p.get("author", p.get("speaker", ""))
    meta = dict(p["meta"]) if isinstance(p.get("meta"), dict) else {}
    meta.update(
        {k: v for k, v in p.items() if k not in ("author", "speaker", "text", "ts", "meta")}
    )
    ts, text = p.get("ts"), p.get("text")
    return TurnRecord(
        speaker=str(author).strip().rstrip(":").strip() if author is not None else "",
        text=text if isinstance(text, str) else "" if text is None else str(text),
        ts=None if ts is None else str(ts),
        meta=meta or None,
    )


def _meta(data: dict[str, Any], dialogue_key: str | None) -> dict[str, Any]:
    """``data.meta`` plus every other data key that is not the dialogue or a known field."""
    meta = dict(data["meta"]) if isinstance(data.get("meta"), dict) else {}
    skip = {*_DATA_KEYS, dialogue_key}
    meta.update({k: v for k, v in data.items() if k not in skip})
    return meta


def label_of_path(path: object) -> str | None:
    """A taxonomy path (list of segments) as a label key; a bare string is taken as it is."""
    if isinstance(path, str):
        return path
    if isinstance(path, list) and path and all(isinstance(s, str) for s in path):
        return PATH_SEP.join(path)
    return None


def _value(item: dict[str, Any]) -> dict[str, Any]:
    """A result's ``value`` object ({} when it has none)."""
    value = item.get("value")
    return value if isinstance(value, dict) else {}


def _result_labels(item: dict[str, Any]) -> list[str]:
    """The labels a result item carries (taxonomy paths, choices, paragraph labels)."""
    value = _value(item)
    kind = item.get("type")
    if kind == "taxonomy":
        raw: list[Any] = value.get("taxonomy") or []
        return [k for k in (label_of_path(p) for p in raw) if k is not None]
    values = value.get(kind) if isinstance(kind, str) else None
    if kind in ("choices", "paragraphlabels") and isinstance(values, list):
        return [v for v in values if isinstance(v, str)]
    return []


#: A result that is not about whole turns (a character span of a Text tag, a bad index).
_NOT_TURNS = range(0)


def _turn_span(item: dict[str, Any]) -> range | None:
    """The turns a result covers: None for the whole conversation, else paragraph indexes.

    A Paragraphs region has ``start``/``end`` paragraph indexes (strings in Label Studio's own
    exports) and ``startOffset``/``endOffset``; a region with character offsets only (a Text
    tag) covers no turn and gives an empty range.
    """
    value = _value(item)
    if "start" not in value:
        return None
    start, end = value.get("start"), value.get("end", value.get("start"))
    if not (isinstance(start, str) or "startOffset" in value):
        return _NOT_TURNS
    try:
        first, last = int(start), int(end)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _NOT_TURNS
    return range(first, max(first, last) + 1)


def _split_results(
    results: list[Any],
) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """Conversation labels, turn labels and note lines from an annotation's results."""
    labels: list[str] = []
    turn_labels: dict[str, list[str]] = {}
    notes: list[str] = []
    for item in results:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "textarea":
            text = _value(item).get("text") or []
            notes.extend(t for t in ([text] if isinstance(text, str) else text) if t)
            continue
        found = _result_labels(item)
        span = _turn_span(item)
        if span is None:
            labels.extend(k for k in found if k not in labels)
            continue
        for i in span:
            bucket = turn_labels.setdefault(str(i), [])
            bucket.extend(k for k in found if k not in bucket)
    return labels, turn_labels, notes


def _labeller(completed_by: object) -> str:
    """A labeller name for Label Studio's ``completed_by`` (user id or user object)."""
    if isinstance(completed_by, dict):
        for key in ("email", "username"):
            if completed_by.get(key):
                return str(completed_by[key])
        completed_by = completed_by.get("id")
    if isinstance(completed_by, int | str) and completed_by != "":
        return f"labelstudio-user-{completed_by}"
    return "labelstudio"


def _annotation(ann: dict[str, Any], extras: object) -> AnnotationRecord:
    """One Label Studio annotation; LabelDesk's own fields come from ``extras`` when present."""
    labels, turn_labels, notes = _split_results(ann.get("result") or [])
    lead = ann.get("lead_time")
    values: dict[str, Any] = {
        "labeller": _labeller(ann.get("completed_by")),
        "labels": labels,
        "turn_labels": turn_labels,
        "skip_reason": "skipped in Label Studio" if ann.get("was_cancelled") else None,
        "note": "\n".join(notes),
        "active_seconds": float(lead) if isinstance(lead, int | float) else 0.0,
    }
    if isinstance(extras, dict):
        values.update(extras)
    return _make(AnnotationRecord, **values)


def _predictions(pred: dict[str, Any]) -> Iterator[PredictionRecord]:
    """One record per label of a Label Studio prediction; a result's own score wins."""
    model = str(pred.get("model_version") or "")
    for item in pred.get("result") or []:
        if not isinstance(item, dict):
            continue
        score = item["score"] if "score" in item else pred.get("score")
        score = float(score) if isinstance(score, int | float) else None
        span = _turn_span(item)
        for label in _result_labels(item):
            if span is None:
                yield PredictionRecord(label, score, model, None)
            else:
                yield from (PredictionRecord(label, score, model, i) for i in span)


def _apply_extras(record: ConversationRecord, extras: dict[str, Any]) -> None:
    """Restore what a LabelDesk export kept in ``data.labeldesk``."""
    if extras.get("language_confidence") is not None:
        record.language_confidence = float(extras["language_confidence"])
    if "source_language" in extras:  # as the JSONL reader does: the file's language wins
        record.language = extras["source_language"]
    gold = extras.get("gold")
    if isinstance(gold, dict):
        record.gold = _make(GoldRecord, **gold)


def _iter_json_array(path: Path) -> Iterator[tuple[int, Any]]:
    """Yield ``(1-based index, element)`` of a JSON array file, one element in memory at a time.

    Each element is parsed with the C decoder's ``raw_decode``; an element cut by the end of
    the buffer is retried after reading more, so elements may be any size.
    """
    decoder = json.JSONDecoder()
    name = str(path)
    with path.open("rb") as f:
        reader = _TextChunks(f)
        buf, pos = reader.skip_to(reader.read(), 0, "[", name)
        n = 0
        while True:
            buf, pos = reader.skip_ws(buf, pos)
            if buf[pos : pos + 1] == "]":
                return
            if n:
                buf, pos = reader.skip_to(buf, pos, ",", name, after=f"task {n}")
                buf, pos = reader.skip_ws(buf, pos)
            buf, pos, value = reader.decode(decoder, buf, pos, name, n + 1)
            n += 1
            yield n, value


class _TextChunks:
    """UTF-8 text of a binary file, read in chunks, for :func:`_iter_json_array`."""

    def __init__(self, f: Any) -> None:  # noqa: ANN401 - a binary file object
        self._f = f
        self._decode = codecs.getincrementaldecoder("utf-8-sig")()
        self.eof = False

    def read(self) -> str:
        """The next chunk of text ('' at the end of the file)."""
        if self.eof:
            return ""
        raw = self._f.read(_CHUNK)
        self.eof = not raw
        return self._decode.decode(raw, final=self.eof)

    def more(self, buf: str, pos: int) -> tuple[str, int]:
        """Drop what was consumed and append the next chunk."""
        return buf[pos:] + self.read(), 0

    def skip_ws(self, buf: str, pos: int) -> tuple[str, int]:
        """Move past whitespace, reading more as needed."""
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf) or self.eof:
                return buf, pos
            buf, pos = self.more(buf, pos)

    def skip_to(self, buf: str, pos: int, char: str, name: str, after: str = "") -> tuple[str, int]:
        """Expect ``char`` after optional whitespace and move past it."""
        buf, pos = self.skip_ws(buf, pos)
        if buf[pos : pos + 1] != char:
            where = f"after {after}" if after else "start"
            found = repr(buf[pos : pos + 20]) if pos < len(buf) else "end of file"
            msg = f"expected {char!r} but found {found}; a Label Studio export is a JSON list"
            raise InputError([Problem(name, where, "", msg)])
        return buf, pos + 1

    def decode(
        self, decoder: json.JSONDecoder, buf: str, pos: int, name: str, n: int
    ) -> tuple[str, int, Any]:
        """Decode one element at ``pos``, reading more while it is cut off by the buffer end."""
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                if self.eof or not _cut_off(exc, len(buf)):
                    raise InputError(
                        [Problem(name, f"task {n}", "", f"invalid JSON: {exc.msg}")]
                    ) from None
                buf, pos = self.more(buf, pos)
                continue
            if end < len(buf) or self.eof:
                return buf, end, value
            buf, pos = self.more(buf, pos)  # a number at the very end may go on


def _cut_off(exc: json.JSONDecodeError, size: int) -> bool:
    """Whether a decode error is the end of the buffer rather than bad JSON."""
    return exc.msg.startswith("Unterminated string") or exc.pos >= size - 16
