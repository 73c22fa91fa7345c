"""The redactor: finds personal data in a text and replaces each span with a typed mask."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping

from labeldesk.redact.numbers import number_spans
from labeldesk.redact.patterns import SETTING, check_patterns, pattern_spans
from labeldesk.redact.types import (
    CARD,
    EMAIL,
    NATIONAL_ID,
    PHONE,
    Redacted,
    RedactionCounts,
    Span,
    mask,
)

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9_][A-Za-z0-9._%+-]{0,63}+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}+(?![A-Za-z0-9_-])"
)
_TRIGGER = re.compile(r"[\d@]")
#: Which type wins a tie between spans of the same length: checked numbers first.
_RANK = {NATIONAL_ID: 4, CARD: 3, EMAIL: 3, PHONE: 1}
_CUSTOM_RANK = 2
_NO_COUNTS = RedactionCounts()
#: Most passes :meth:`Redactor.redact` makes (a pass finds nothing new after one or two).
MAX_PASSES = 4


class Redactor:
    """Masks e-mail addresses, phone numbers, card numbers, national ids and the workspace's
    own types (``patterns``: {TYPE: regex}, e.g. order and tracking numbers).

    Overlapping finds are resolved so that the most text is masked: the longer span wins, a
    tie goes to the better-checked type (national id, card, e-mail, workspace pattern,
    phone). Text with no digit and no ``@`` is returned as it is, without any search.

    Raises :class:`~labeldesk.redact.patterns.PatternError` if a pattern is not usable
    (``setting`` names where the patterns came from in that message).
    """

    def __init__(
        self, patterns: Mapping[str, str] | None = None, *, setting: str = SETTING
    ) -> None:
        self.patterns = check_patterns({} if patterns is None else patterns, setting)

    def spans(self, text: str, context: str = "") -> list[Span]:
        """The spans of personal data in ``text``, in order, none overlapping.

        ``context`` is read before the text, as words that may say what it holds (a field
        name: ``order id``); it is never part of a span.
        """
        if _TRIGGER.search(text) is None:
            return []
        if context:
            shift = len(context) + 2
            return [
                Span(s.start - shift, s.end - shift, s.kind)
                for s in self.spans(f"{context}: {text}")
                if s.start >= shift
            ]
        found: list[Span] = list(number_spans(text))
        if "@" in text:
            found.extend(Span(m.start(), m.end(), EMAIL) for m in _EMAIL.finditer(text))
        found.extend(pattern_spans(text, self.patterns))
        return resolve(found)

    def redact(self, text: str, context: str = "") -> Redacted:
        """``text`` with every span masked (``[PHONE]``…), and the counts per type.

        A masked text is searched again until nothing more is found (a number that only
        looked glued to a code before its neighbour was masked), so that redacting twice
        changes nothing. ``context``: see :meth:`spans`.
        """
        counts = _NO_COUNTS
        for _ in range(MAX_PASSES):
            spans = self.spans(text, context)
            if not spans:
                break
            text = _masked(text, spans)
            counts += RedactionCounts.of(spans)
        return Redacted(text, counts)


def _masked(text: str, spans: list[Span]) -> str:
    parts: list[str] = []
    at = 0
    for s in spans:
        parts.append(text[at : s.start])
        parts.append(mask(s.kind))
        at = s.end
    parts.append(text[at:])
    return "".join(parts)


def _weight(span: Span) -> int:
    return len(span) * 8 + _RANK.get(span.kind, _CUSTOM_RANK)


def resolve(spans: Iterable[Span]) -> list[Span]:
    """The non-overlapping subset of ``spans`` with the greatest weight, in text order.

    A span weighs its length, and a little for its type (see :class:`Redactor`): the
    classic weighted interval scheduling, O(n log n).
    """
    by_end = sorted(set(spans), key=lambda s: (s.end, s.start))
    if len(by_end) < 2:
        return by_end
    ends = [s.end for s in by_end]
    best = [0] * (len(by_end) + 1)  # best[k]: the best weight using the first k spans
    for k, s in enumerate(by_end, 1):
        prev = bisect_right(ends, s.start, 0, k - 1)
        best[k] = max(best[k - 1], best[prev] + _weight(s))
    chosen: list[Span] = []
    k = len(by_end)
    while k > 0:
        s = by_end[k - 1]
        prev = bisect_right(ends, s.start, 0, k - 1)
        if best[prev] + _weight(s) >= best[k - 1] and best[k] == best[prev] + _weight(s):
            chosen.append(s)
            k = prev
        else:
            k -= 1
    return chosen[::-1]
