"""Precision and recall of a redactor against messages with their personal data marked.

The test set (tests/data/redaction/testset.jsonl) has one message per line: ``lang``,
``text`` and ``spans`` ([{start, end, type}]). A span found counts as right when it overlaps
a marked span of the same type that no other found span was matched to; so a phone number
found with or without its brackets is right, and a card number masked as a phone number is
wrong twice (a false phone, a missed card).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from labeldesk.redact.types import Span

#: The score over all types together.
ALL = "all"


@dataclass(frozen=True)
class Message:
    """One message of a test set and the personal data marked in it."""

    lang: str
    text: str
    spans: tuple[Span, ...]


def load_messages(path: Path) -> list[Message]:
    """The messages of a JSONL test set."""
    out = []
    for line in path.read_bytes().splitlines():
        if line.strip():
            row = orjson.loads(line)
            spans = tuple(Span(s["start"], s["end"], s["type"]) for s in row["spans"])
            out.append(Message(row["lang"], row["text"], spans))
    return out


@dataclass
class Tally:
    """Right, wrong and missed spans of one type (or of all types)."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    @property
    def precision(self) -> float:
        """Share of the spans found that are right (1.0 when none were found)."""
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of the marked spans that were found (1.0 when none were marked)."""
        marked = self.true_pos + self.false_neg
        return self.true_pos / marked if marked else 1.0

    @property
    def support(self) -> int:
        """How many spans were marked."""
        return self.true_pos + self.false_neg


@dataclass
class Scores:
    """Tallies per type and language; ``errors`` lists the wrong and missed spans."""

    by_type: dict[str, Tally] = field(default_factory=dict)
    by_lang: dict[str, Tally] = field(default_factory=dict)
    errors: list[tuple[str, str, Span, str]] = field(default_factory=list)

    def tally(self, kind: str = ALL) -> Tally:
        """The tally of one type, or of all (:data:`ALL`)."""
        return self.by_type.setdefault(kind, Tally())


def score(find: Callable[[str], Iterable[Span]], messages: Iterable[Message]) -> Scores:
    """How well ``find`` (text -> spans, e.g. ``Redactor().spans``) marks ``messages``."""
    scores = Scores()
    for m in messages:
        outcome = _match(list(find(m.text)), list(m.spans))
        lang = scores.by_lang.setdefault(m.lang, Tally())
        for verdict, span in outcome:
            for tally in (scores.tally(span.kind), scores.tally(), lang):
                setattr(tally, verdict, getattr(tally, verdict) + 1)
            if verdict != "true_pos":
                scores.errors.append((verdict, m.lang, span, m.text))
    return scores


def _match(found: list[Span], marked: list[Span]) -> list[tuple[str, Span]]:
    """Each found span as true_pos or false_pos, then each marked one missed as false_neg."""
    left = Counter(range(len(marked)))
    out = []
    for f in found:
        hit = next(
            (
                i
                for i, g in enumerate(marked)
                if left[i] and g.kind == f.kind and f.start < g.end and g.start < f.end
            ),
            None,
        )
        if hit is None:
            out.append(("false_pos", f))
        else:
            left[hit] = 0
            out.append(("true_pos", f))
    out.extend(("false_neg", marked[i]) for i in range(len(marked)) if left[i])
    return out
