"""Checks and normalises conversation records before they are stored.

Everything here is pure (no database): speaker names, text limits, label references, the
content hash used for dedupe, and the capped list of problems an import reports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from labeldesk.errors import InputError, Problem
from labeldesk.ingest.record import (
    AnnotationRecord,
    ConversationRecord,
    GoldRecord,
    PredictionRecord,
    TurnRecord,
)

#: Longest text of one turn, in characters; a longer one is a problem, not a crash.
MAX_TEXT_CHARS = 10_000_000
#: Longest external id (the column is VARCHAR(300)).
MAX_ID_CHARS = 300
#: How many problems an import lists before it says "and N more".
MAX_PROBLEMS = 50

SPEAKERS = ("customer", "agent", "bot")

#: Speaker spellings found in real exports, lower-cased, and what they mean here.
DEFAULT_SPEAKER_MAP: dict[str, str] = {
    **{s: s for s in SPEAKERS},
    **dict.fromkeys(
        ("user", "client", "human", "caller", "visitor", "cust", "c", "u", "end_user"), "customer"
    ),
    **dict.fromkeys(
        ("system", "assistant", "staff", "support", "operator", "rep", "representative",
         "advisor", "csr", "a", "human_agent", "employee"),
        "agent",
    ),
    **dict.fromkeys(("chatbot", "virtual_agent", "va", "automated", "ivr"), "bot"),
}


class LabelIndexLike(Protocol):
    """What the importer needs from a taxonomy's label index (see ``labeldesk.taxonomy``)."""

    @property
    def version_id(self) -> int:
        """The taxonomy version that the keys belong to."""
        ...

    @property
    def leaf_only(self) -> bool:
        """Whether only leaf labels may be chosen."""
        ...

    def ancestors(self, key: str) -> list[str]:
        """The keys from the top level down to ``key``'s parent."""
        ...

    def resolve(self, ref: str) -> str | None:
        """The label key for a reference (key, path or ``A>B`` path), or None if unknown."""
        ...


class SpeakerMap:
    """Turns a file's speaker names into customer | agent | bot (case-insensitive)."""

    def __init__(self, extra: Mapping[str, str] | None = None) -> None:
        table = dict(DEFAULT_SPEAKER_MAP)
        for name, canonical in (extra or {}).items():
            target = canonical.strip().lower()
            if target not in SPEAKERS:
                raise InputError(
                    [Problem("--speaker-map", "", name, f"{canonical!r} is not one of {SPEAKERS}")]
                )
            table[name.strip().lower()] = target
        #: Spellings looked up as they are (lower and upper case), for the fast path.
        self.exact: dict[Any, str] = {**table, **{k.upper(): v for k, v in table.items()}}
        self._table = table

    def __call__(self, speaker: object) -> str | None:
        """The canonical speaker, or None when the name is unknown."""
        found = self.exact.get(speaker)
        if found is not None or not isinstance(speaker, str):
            return found
        return self._table.get(speaker.strip().lower())

    def problem_text(self, speaker: object) -> str:
        """Message for an unknown speaker, with how to map it."""
        if speaker is None or speaker == "":
            return "missing speaker (customer, agent or bot)"
        return (
            f"unknown speaker {speaker!r}; expected customer, agent or bot "
            f"(map it with --speaker-map {speaker}=customer)"
        )


class ReadRecord(ConversationRecord):
    """A record made by one of our readers, whose turns the reader has already checked.

    Its speakers are canonical and its texts are strings within :data:`MAX_TEXT_CHARS`, so
    :class:`RecordChecker` skips the per-turn pass (the hot loop of a big import).
    """


class ProblemLog:
    """Collects problems up to a cap and counts the rest."""

    def __init__(self, cap: int = MAX_PROBLEMS) -> None:
        self.cap = cap
        self.problems: list[Problem] = []
        self.more = 0

    def add(self, problems: Iterable[Problem]) -> None:
        """Keep each problem, or count it once the cap is reached."""
        for p in problems:
            if len(self.problems) < self.cap:
                self.problems.append(p)
            else:
                self.more += 1

    def __bool__(self) -> bool:
        """Whether any problem was seen."""
        return bool(self.problems)

    def error(self) -> InputError:
        """All problems seen, as one error."""
        return InputError(self.problems, more=self.more)


def content_hash(turns: Iterable[TurnRecord]) -> str:
    """16-byte BLAKE2b (hex) of the speakers and texts of all turns, in order.

    Each text is trimmed and CRLF counts as LF, so an export that adds a trailing space or
    changes line endings does not defeat dedupe; case, punctuation and inner spacing count.
    """
    body = "\x00".join([t.speaker + "\x01" + t.text.strip() for t in turns])
    if "\r" in body:
        body = body.replace("\r\n", "\n")
    return hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def detect_text(turns: list[TurnRecord], cap: int) -> str:
    """The first ``cap`` characters of the customer turns (all turns if none), joined by lines.

    This is what language detection reads; only customer turns count because agent and bot
    turns are often templates in another language.
    """
    parts: list[str] = []
    size = 0
    for t in turns:
        if t.speaker == "customer":
            parts.append(t.text)
            size += len(t.text) + 1
            if size >= cap:
                break
    if not parts:
        parts = [t.text for t in turns[:16]]
    return "\n".join(parts)[:cap]


class LabelResolver:
    """Maps label references to taxonomy keys, caching each answer.

    With a leaf-only taxonomy, a list that names a label and its ancestors (as the shared
    data does: ``["ORDER", "ORDER>cancel_order"]``) keeps only the most specific labels, so a
    gold answer compares with what a labeller can pick.
    """

    def __init__(self, index: LabelIndexLike | None) -> None:
        self.index = index
        self.collapse = index is not None and bool(index.leaf_only)
        self._cache: dict[object, str | None] = {}
        self._ancestors: dict[str, frozenset[str]] = {}

    @property
    def version_id(self) -> int | None:
        """The taxonomy version of the resolved keys, if there is a taxonomy."""
        return None if self.index is None else self.index.version_id

    def key(self, ref: object) -> str | None:
        """The key for one reference, or None if it is unknown (or not a string)."""
        try:
            return self._cache[ref]
        except KeyError:
            pass
        except TypeError:  # unhashable: not a label
            return None
        if not isinstance(ref, str) or not ref.strip():
            found = None
        elif self.index is None:
            found = ref.strip()
        else:
            found = self.index.resolve(ref.strip())
        self._cache[ref] = found
        return found

    def keys(self, refs: Iterable[object]) -> tuple[list[str], list[object]]:
        """Keys for ``refs`` in order without repeats, and the references that are unknown."""
        out: list[str] = []
        unknown: list[object] = []
        for ref in refs:
            k = self.key(ref)
            if k is None:
                unknown.append(ref)
            elif k not in out:
                out.append(k)
        if self.collapse and len(out) > 1:
            above = set().union(*(self._above(k) for k in out))
            out = [k for k in out if k not in above]
        return out, unknown

    def _above(self, key: str) -> frozenset[str]:
        found = self._ancestors.get(key)
        if found is None:
            assert self.index is not None
            found = self._ancestors[key] = frozenset(self.index.ancestors(key))
        return found


@dataclass
class Checked:
    """A record that passed validation, normalised and ready to store."""

    record: ConversationRecord
    content_hash: str = ""
    detect_text: str = ""
    predictions: list[PredictionRecord] = field(default_factory=list)
    gold: GoldRecord | None = None
    annotations: list[AnnotationRecord] = field(default_factory=list)
    redacted: dict[str, int] | None = None  # spans masked per type, if any


@dataclass(frozen=True)
class CheckRules:
    """How to read labels and speakers while checking records."""

    speakers: SpeakerMap
    labels: LabelResolver
    labels_as: str = "prediction"  # prediction | gold | ignore
    prediction_model: str = "file"
    gold_explanation_field: str | None = None
    detect_chars: int = 300
    #: Masks personal data in a checked record in place and counts it (``import --redact``),
    #: or None.
    redact: Callable[[Checked], dict[str, int] | None] | None = None


class RecordChecker:
    """Validates one record at a time against :class:`CheckRules`.

    A record that passes is normalised in place (canonical speakers, string timestamps) and
    wrapped in a :class:`Checked` with its label keys resolved.
    """

    def __init__(self, file: str, rules: CheckRules) -> None:
        self.file = file
        self.rules = rules

    def check(self, rec: ConversationRecord) -> Checked | list[Problem]:
        """Normalise ``rec`` or return every problem found in it."""
        problems: list[Problem] = []
        where = rec.where

        def bad(fld: str, message: str) -> None:
            problems.append(Problem(self.file, where, fld, message))

        ext = rec.external_id
        if not isinstance(ext, str) or not ext.strip():
            bad("id", "missing conversation id")
        elif len(ext) > MAX_ID_CHARS:
            bad("id", f"id is longer than {MAX_ID_CHARS} characters")
        lang = rec.language
        if lang is not None and (not isinstance(lang, str) or len(lang) > 8):
            bad("language", f"language {lang!r} is not a language code (e.g. en, th, zh-Hant)")
        if type(rec) is not ReadRecord or not rec.turns:
            self._turns(rec.turns, bad)
        checked = Checked(rec)
        self._labels(rec, checked, bad)
        if problems:
            return problems
        checked.detect_text = detect_text(rec.turns, self.rules.detect_chars)
        if self.rules.redact is not None:  # languages from the text as written, hash as stored
            checked.redacted = self.rules.redact(checked)
        checked.content_hash = content_hash(rec.turns)
        return checked

    def _turns(self, turns: list[TurnRecord], bad: Callable[[str, str], None]) -> None:
        if not isinstance(turns, list) or not turns:
            bad("turns", "a conversation needs at least one turn")
            return
        speakers = self.rules.speakers
        exact = speakers.exact
        for i, t in enumerate(turns):
            speaker = exact.get(t.speaker) or speakers(t.speaker)
            if speaker is None:
                bad(f"turns[{i}].speaker", speakers.problem_text(t.speaker))
            else:
                t.speaker = speaker
            text = t.text
            if type(text) is not str:
                bad(f"turns[{i}].text", "text must be a string")
            elif len(text) > MAX_TEXT_CHARS:
                bad(f"turns[{i}].text", f"text is longer than {MAX_TEXT_CHARS:,} characters")
            if t.ts is not None and type(t.ts) is not str:
                t.ts = str(t.ts)

    def _keys(self, refs: Iterable[object], fld: str, bad: Callable[[str, str], None]) -> list[str]:
        keys, unknown = self.rules.labels.keys(refs)
        for ref in unknown:
            bad(fld, f"unknown label {ref!r}")
        return keys

    def _labels(
        self, rec: ConversationRecord, checked: Checked, bad: Callable[[str, str], None]
    ) -> None:
        rules = self.rules
        if rec.labels and rules.labels_as != "ignore":
            keys = self._keys(rec.labels, "labels", bad)
            if rules.labels_as == "gold":
                explanation = ""
                if rules.gold_explanation_field:
                    explanation = str(rec.meta.pop(rules.gold_explanation_field, "") or "")
                checked.gold = GoldRecord(keys, explanation)
            else:
                model = rules.prediction_model
                checked.predictions = [PredictionRecord(k, None, model) for k in keys]
        for i, p in enumerate(rec.predictions):
            k = rules.labels.key(p.label)
            if k is None:
                bad(f"predictions[{i}].label", f"unknown label {p.label!r}")
            else:
                checked.predictions.append(PredictionRecord(k, p.score, p.model, p.turn))
        if rec.gold is not None:
            g = rec.gold
            checked.gold = GoldRecord(
                self._keys(g.labels, "gold.labels", bad),
                g.explanation,
                self._turn_labels(g.turn_labels, "gold.turn_labels", bad),
                g.pool,
            )
        for i, a in enumerate(rec.annotations):
            fld = f"annotations[{i}]"
            checked.annotations.append(
                AnnotationRecord(
                    a.labeller,
                    self._keys(a.labels, fld + ".labels", bad),
                    self._turn_labels(a.turn_labels, fld + ".turn_labels", bad),
                    a.unsure,
                    a.skip_reason,
                    a.note,
                    a.active_seconds,
                    a.revision,
                    a.labeller_id,
                )
            )

    def _turn_labels(
        self, turn_labels: dict[str, list[str]], fld: str, bad: Callable[[str, str], None]
    ) -> dict[str, list[str]]:
        return {str(t): self._keys(refs, fld, bad) for t, refs in turn_labels.items()}


def record_to_json(rec: ConversationRecord) -> dict[str, Any]:
    """A record in the JSONL import shape (used for the rejects file, so it can be re-imported)."""
    out: dict[str, Any] = {"id": rec.external_id}
    out["turns"] = [
        {
            "speaker": t.speaker,
            "text": t.text,
            **({"ts": t.ts} if t.ts is not None else {}),
            **(t.meta or {}),
        }
        for t in rec.turns
    ]
    if rec.language is not None:
        out["language"] = rec.language
    if rec.labels:
        out["labels"] = rec.labels
    if rec.predictions:
        out["predictions"] = [vars(p) for p in rec.predictions]
    if rec.gold is not None:
        out["gold"] = vars(rec.gold)
    if rec.annotations:
        out["annotations"] = [vars(a) for a in rec.annotations]
    if rec.meta:
        out["meta"] = rec.meta
    return out
