"""The values redaction works with: a found span, the counts per type, a redacted text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

#: Built-in mask types; workspace patterns add their own (``ORDER``, ``TRACKING``, …).
EMAIL = "EMAIL"
PHONE = "PHONE"
CARD = "CARD"
NATIONAL_ID = "NATIONAL_ID"
BUILTIN_TYPES = (EMAIL, PHONE, CARD, NATIONAL_ID)


def mask(kind: str) -> str:
    """The text that replaces a span of type ``kind``, e.g. ``[PHONE]``."""
    return f"[{kind}]"


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """Personal data found in a text: ``text[start:end]`` is of type ``kind``."""

    start: int
    end: int
    kind: str

    def __len__(self) -> int:
        """How many characters the span covers."""
        return self.end - self.start


class RedactionCounts(Mapping[str, int]):
    """How many spans of each type were masked (types with none are left out).

    Immutable; ``a + b`` adds two counts, ``total`` is the sum over types.
    """

    __slots__ = ("_counts",)

    def __init__(self, counts: Mapping[str, int] | Iterable[tuple[str, int]] = ()) -> None:
        pairs = counts.items() if isinstance(counts, Mapping) else counts
        merged: dict[str, int] = {}
        for kind, n in pairs:
            merged[kind] = merged.get(kind, 0) + n
        self._counts = {k: merged[k] for k in sorted(merged) if merged[k]}

    @classmethod
    def of(cls, spans: Iterable[Span]) -> RedactionCounts:
        """The counts of ``spans`` by type."""
        return cls((s.kind, 1) for s in spans)

    def __getitem__(self, kind: str) -> int:
        """The count for ``kind`` (KeyError if there is none)."""
        return self._counts[kind]

    def __iter__(self) -> Iterator[str]:
        """The types counted, in alphabetical order."""
        return iter(self._counts)

    def __len__(self) -> int:
        """How many types were counted."""
        return len(self._counts)

    def __add__(self, other: Mapping[str, int]) -> RedactionCounts:
        """Both counts, added type by type."""
        return RedactionCounts([*self._counts.items(), *other.items()])

    def __repr__(self) -> str:
        """``RedactionCounts({'PHONE': 2})``."""
        return f"RedactionCounts({self._counts!r})"

    @property
    def total(self) -> int:
        """Spans masked, all types together."""
        return sum(self._counts.values())


class Redacted(NamedTuple):
    """A text with its personal data masked, and how many spans of each type were."""

    text: str
    counts: RedactionCounts
