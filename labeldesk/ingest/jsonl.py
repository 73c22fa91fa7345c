"""JSONL reader (one conversation per line) and the dict-to-record builder other readers share.

The dict shape is the one in ``/shared/data`` and the one the exporter writes: ``id``,
``turns`` [{speaker, text, ts, ...}], ``language``, ``labels``, ``predictions``, ``gold``,
``annotations``, ``meta``. Unknown top-level keys go to ``meta``; unknown turn keys go to the
turn's ``meta``. Column mapping renames file keys to these names. From a LabelDesk export,
``source_language`` (the language the original file gave) is preferred over ``language`` (the
detected one), ``language_confidence`` is kept, and ``batch`` is dropped (the import names it),
as are ``final`` and ``qa``: an export's final labels and QA results are worked out again from
the answers, reviews and gold, not imported.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from labeldesk.errors import InputError, Problem
from labeldesk.ingest.record import (
    AnnotationRecord,
    ConversationRecord,
    GoldRecord,
    PredictionRecord,
    TurnRecord,
)
from labeldesk.ingest.validate import MAX_TEXT_CHARS, ReadRecord, SpeakerMap

TOP_KEYS = ("id", "turns", "language", "labels", "predictions", "gold", "annotations", "meta",
            "source_language", "language_confidence", "batch", "final", "qa")
TURN_KEYS = ("speaker", "text", "ts")
#: Other names accepted for a key when the file has no column of the canonical name.
ALIASES = {"id": ("conversation_id",), "ts": ("timestamp",), "conversation_id": ("id",)}


@dataclass
class Rejected:
    """Something a reader could not turn into a record: where, why, and the raw input."""

    where: str
    problems: list[Problem]
    raw: Any


@dataclass
class ReadSpec:
    """How to read a file: format, renamed columns, encoding, layout, speaker names."""

    format: str | None = None
    column_map: Mapping[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    layout: str | None = None  # tabular only: "turns" | "conversations" | None (auto)


class ByteCounter:
    """What a reader has learned while reading: bytes consumed (for progress), and whether
    conversations are runs of rows (so a repeated id means split-up rows, not a duplicate).
    """

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.grouped_rows = False


def key_names(column_map: Mapping[str, str], names: tuple[str, ...]) -> dict[str, str]:
    """Canonical name -> key in the file, for ``names``, after ``--map canonical=file``."""
    return {n: column_map.get(n, n) for n in names}


def encoding_problem(file: str, lineno: int, line: bytes, exc: UnicodeDecodeError) -> Problem:
    """The problem for a line that does not decode, with where and what to do."""
    enc = exc.encoding.upper().replace("-SIG", "").replace("_", "-")
    return Problem(
        file,
        f"line {lineno}",
        "",
        f"not {enc} at line {lineno}, byte {exc.start + 1}; re-save the file as UTF-8 "
        "or pass its encoding, e.g. --encoding cp1252 (Western) or --encoding cp874 (Thai)",
    )


def is_ascii_compatible(encoding: str) -> bool:
    """Whether line splitting on b"\\n" is safe before decoding (not UTF-16/32)."""
    name = codecs.lookup(encoding).name
    return not name.startswith(("utf-16", "utf-32"))


def check_encoding(encoding: str) -> str:
    """The codec's canonical name, or an InputError naming the unknown encoding."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        problem = Problem("--encoding", "", "", f"unknown encoding {encoding!r}")
        raise InputError([problem]) from None


def read_jsonl(
    path: Path, spec: ReadSpec, counter: ByteCounter, speakers: SpeakerMap
) -> Iterator[Any]:
    """Yield a :class:`ConversationRecord` or :class:`Rejected` per non-blank line."""
    file = str(path)
    encoding = check_encoding(spec.encoding)
    if not is_ascii_compatible(encoding):
        message = f"JSONL in {encoding} is not supported; re-save the file as UTF-8"
        raise InputError([Problem(file, "", "", message)])
    utf8 = encoding == "utf-8"
    builder = RecordBuilder(file, spec.column_map, speakers)
    with path.open("rb") as f:
        for lineno, line in enumerate(f, 1):
            counter.done += len(line)
            if lineno == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[3:]
            where = f"line {lineno}"
            try:
                obj = orjson.loads(line if utf8 else line.decode(encoding))
            except (orjson.JSONDecodeError, UnicodeDecodeError) as exc:
                if not line.strip():
                    continue
                yield _bad_line(file, lineno, line, encoding, exc)
                continue
            if not isinstance(obj, dict):
                yield Rejected(where, [Problem(file, where, "", "expected a JSON object")], obj)
                continue
            yield builder.build(obj, where)


def _bad_line(file: str, lineno: int, line: bytes, encoding: str, exc: Exception) -> Rejected:
    where = f"line {lineno}"
    try:
        text = line.decode(encoding)
    except UnicodeDecodeError as uexc:
        return Rejected(where, [encoding_problem(file, lineno, line, uexc)],
                        line.decode(encoding, errors="replace"))
    if not line.endswith(b"\n"):
        message = f"line is cut short (file truncated?): {exc}"
    else:
        message = f"malformed JSON: {exc}"
    return Rejected(where, [Problem(file, where, "", message)], text.rstrip("\r\n"))


class RecordBuilder:
    """Builds a :class:`ConversationRecord` from a dict in the JSONL shape."""

    def __init__(self, file: str, column_map: Mapping[str, str], speakers: SpeakerMap) -> None:
        self.file = file
        self.speakers = speakers
        top = key_names(column_map, TOP_KEYS)
        if "id" not in column_map and "conversation_id" in column_map:
            top["id"] = column_map["conversation_id"]
        self.top = top
        self.known_top = frozenset(top.values())
        turn = key_names(column_map, TURN_KEYS)
        self.k_speaker, self.k_text, self.k_ts = turn["speaker"], turn["text"], turn["ts"]
        self.known_turn = frozenset(turn.values())

    def build(self, obj: dict[str, Any], where: str) -> ConversationRecord | Rejected:
        """The record for ``obj``, or the problems that stop it being one."""
        problems: list[Problem] = []
        top = self.top

        def bad(fld: str, message: str) -> None:
            problems.append(Problem(self.file, where, fld, message))

        ext = obj.get(top["id"])
        if ext is None:
            bad(top["id"], "missing conversation id")
        turns = self._turns(obj.get(top["turns"]), bad)
        meta = {k: v for k, v in obj.items() if k not in self.known_top}
        given_meta = obj.get(top["meta"])
        if isinstance(given_meta, dict):
            meta.update(given_meta)
        elif given_meta is not None:
            bad(top["meta"], "meta must be an object")
        rec = ReadRecord(
            external_id=ext if type(ext) is str else "" if ext is None else str(ext),
            turns=turns,
            meta=meta,
            language=_opt_str(obj.get(top["source_language"]) if top["source_language"] in obj
                              else obj.get(top["language"])),
            language_confidence=_opt_float(obj.get(top["language_confidence"])),
            labels=_labels(obj.get(top["labels"]), top["labels"], bad),
            where=where,
        )
        self._extras(obj, rec, bad)
        return Rejected(where, problems, obj) if problems else rec

    def _turns(self, raw: object, bad: Any) -> list[TurnRecord]:  # noqa: ANN401
        if type(raw) is not list:
            bad(self.top["turns"], "missing turns (a list of {speaker, text})"
                if raw is None else "turns must be a list")
            return []
        try:
            return self._plain_turns(raw)
        except (KeyError, TypeError):
            return self._checked_turns(raw, bad)

    def _plain_turns(self, raw: list[Any]) -> list[TurnRecord]:
        """The fast path: every turn a dict with a known speaker and a string text.

        Raises KeyError or TypeError at the first turn that is not, for the careful path.
        """
        ks, kt, kts, known, exact = self.k_speaker, self.k_text, self.k_ts, self.known_turn, \
            self.speakers.exact
        # speaker, text and ts are three distinct keys: a 3-key turn holding ts has no meta
        bare = 3 if len(known) == 3 else 0
        out = []
        append = out.append
        for t in raw:
            text = t[kt]
            speaker = exact[t[ks]]
            if type(text) is not str or len(text) > MAX_TEXT_CHARS:
                raise TypeError(kt)
            n = len(t)
            if n == 2:
                append(TurnRecord(speaker, text))
                continue
            if n == bare and type(ts := t.get(kts, t)) is str:
                append(TurnRecord(speaker, text, ts))
                continue
            ts = t.get(kts)
            if ts is not None and type(ts) is not str:
                ts = str(ts)
            append(TurnRecord(speaker, text, ts, _turn_meta(t, known)))
        return out

    def _checked_turns(self, raw: list[Any], bad: Any) -> list[TurnRecord]:  # noqa: ANN401
        """The careful path: a problem for each bad turn, with its index."""
        out = []
        ks, kt, kts, known = self.k_speaker, self.k_text, self.k_ts, self.known_turn
        speakers = self.speakers
        for i, t in enumerate(raw):
            if type(t) is not dict:
                bad(f"turns[{i}]", "a turn must be an object {speaker, text}")
                continue
            text = t.get(kt)
            if type(text) is not str:
                bad(f"turns[{i}].{kt}", "missing text" if text is None else "text must be a string")
            elif len(text) > MAX_TEXT_CHARS:
                bad(f"turns[{i}].{kt}", f"text is longer than {MAX_TEXT_CHARS:,} characters")
            speaker = speakers(t.get(ks))
            if speaker is None:
                bad(f"turns[{i}].{ks}", speakers.problem_text(t.get(ks)))
            ts = t.get(kts)
            if ts is not None and type(ts) is not str:
                ts = str(ts)
            out.append(TurnRecord(speaker or "", text, ts, _turn_meta(t, known)))
        return out

    def _extras(self, obj: dict[str, Any], rec: ConversationRecord, bad: Any) -> None:  # noqa: ANN401
        top = self.top
        raw = obj.get(top["predictions"])
        if raw is not None:
            rec.predictions = parse_list(raw, top["predictions"], _prediction, bad)
        raw = obj.get(top["annotations"])
        if raw is not None:
            rec.annotations = parse_list(raw, top["annotations"], _annotation, bad)
        raw = obj.get(top["gold"])
        if raw is not None:
            try:
                rec.gold = _gold(raw)
            except (TypeError, ValueError, KeyError) as exc:
                bad(top["gold"], f"gold must be {{labels, explanation}}: {exc}")


def parse_list(raw: object, fld: str, make: Any, bad: Any) -> list[Any]:  # noqa: ANN401
    """Build each item of a JSON list with ``make``; each bad item is a problem."""
    if not isinstance(raw, list):
        bad(fld, "must be a list")
        return []
    out = []
    for i, item in enumerate(raw):
        try:
            out.append(make(item))
        except (TypeError, ValueError, KeyError) as exc:
            bad(f"{fld}[{i}]", f"not understood: {exc}")
    return out


def _opt_float(value: object) -> float | None:
    return float(value) if isinstance(value, float | int) and not isinstance(value, bool) else None


def _turn_meta(t: dict[str, Any], known: frozenset[str]) -> dict[str, Any] | None:
    """A turn's keys beyond speaker/text/ts; a ``meta`` key (object or JSON text) is merged."""
    meta = {k: v for k, v in t.items() if k not in known}
    if "meta" in meta:
        inner = meta.pop("meta")
        if isinstance(inner, str):
            try:
                inner = orjson.loads(inner)
            except orjson.JSONDecodeError:
                meta["meta"] = inner
        if isinstance(inner, dict):
            meta.update(inner)
        elif inner is not None and "meta" not in meta:
            meta["meta"] = inner
    return meta or None


def _opt_str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _labels(raw: object, fld: str, bad: Any) -> list[str]:  # noqa: ANN401
    """Labels as a list: a JSON list, a ``["a","b"]`` string, or ``a|b``."""
    if raw is None or raw == "":
        return []
    if type(raw) is list and all(type(x) is str for x in raw):
        return raw
    if isinstance(raw, str):
        if raw.lstrip().startswith("["):
            try:
                raw = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                bad(fld, f"not a JSON list: {exc}")
                return []
        else:
            return [p.strip() for p in raw.split("|") if p.strip()]
    if isinstance(raw, list | tuple) and all(isinstance(x, str) for x in raw):
        return list(raw)
    bad(fld, "labels must be a list of strings, a JSON list or a|b")
    return []


def _str_list(raw: object) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list | tuple) or not all(isinstance(x, str) for x in raw):
        raise TypeError("labels must be a list of strings")
    return list(raw)


def _turn_labels(raw: object) -> dict[str, list[str]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise TypeError("turn_labels must be an object {turn: [labels]}")
    return {str(k): _str_list(v) for k, v in raw.items()}


def _prediction(d: dict[str, Any]) -> PredictionRecord:
    score = d.get("score")
    turn = d.get("turn")
    return PredictionRecord(
        label=str(d["label"]),
        score=None if score is None else float(score),
        model=str(d.get("model") or ""),
        turn=None if turn is None else int(turn),
    )


def _annotation(d: dict[str, Any]) -> AnnotationRecord:
    labeller = d["labeller"]
    if not isinstance(labeller, str) or not labeller.strip():
        raise ValueError("labeller must be a name")
    return AnnotationRecord(
        labeller=labeller.strip(),
        labels=_str_list(d.get("labels")),
        turn_labels=_turn_labels(d.get("turn_labels")),
        unsure=bool(d.get("unsure", False)),
        skip_reason=_opt_str(d.get("skip_reason")),
        note=str(d.get("note") or ""),
        active_seconds=float(d.get("active_seconds") or 0.0),
        revision=int(d.get("revision") or 1),
        labeller_id=_opt_str(d.get("labeller_id")),
    )


def _gold(d: object) -> GoldRecord:
    if not isinstance(d, dict):
        raise TypeError("not an object")
    return GoldRecord(
        labels=_str_list(d.get("labels")),
        explanation=str(d.get("explanation") or ""),
        turn_labels=_turn_labels(d.get("turn_labels")),
        pool=_gold_pool(d.get("pool")),
    )


def _gold_pool(value: object) -> str:
    """``hidden`` (the default) or ``training``; anything else is an error."""
    if value is None or value == "":
        return "hidden"
    if value not in ("hidden", "training"):
        raise ValueError(f"pool must be 'hidden' or 'training', not {value!r}")
    return str(value)
