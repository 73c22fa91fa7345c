"""The workspace's own mask types (order and tracking numbers…): checked and compiled.

The setting ``redaction.patterns`` maps a type name (``ORDER``) to a regular expression. The
match is masked, or, if the pattern has groups, the first group that took part in the match:
``(?i:order\\s*#?)(\\d{6,})`` masks the number and keeps the word. Patterns are looked for
only in text that has a digit (order and tracking numbers do), so ordinary sentences cost
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from labeldesk.errors import LabelDeskError
from labeldesk.redact.types import Span

#: The workspace setting that holds the patterns.
SETTING = "redaction.patterns"
_NAME = re.compile(r"[A-Z][A-Z_]*")


class PatternError(LabelDeskError):
    """A redaction pattern that cannot be used; the message names the setting and pattern."""


def check_patterns(patterns: Any, setting: str = SETTING) -> dict[str, re.Pattern[str]]:  # noqa: ANN401 - a JSON value
    """``patterns`` ({TYPE: regex}) compiled; :class:`PatternError` saying what is wrong.

    Type names are upper-case letters and ``_`` (they become the mask, ``[ORDER]``); each
    regex must compile and must not match the empty text.
    """
    if not isinstance(patterns, Mapping):
        raise PatternError(
            f"setting {setting!r} must be an object of TYPE: regex, "
            f'e.g. {{"ORDER": "ORD-\\\\d{{6,}}"}}, not {patterns!r}'
        )
    compiled: dict[str, re.Pattern[str]] = {}
    for name, regex in patterns.items():
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise PatternError(
                f"setting {setting!r}: type name {name!r} must be upper-case "
                "letters A-Z and _ (it becomes the mask, e.g. [ORDER])"
            )
        if not isinstance(regex, str):
            raise PatternError(
                f"setting {setting!r}: pattern {name} must be a regular "
                f"expression (a string), not {regex!r}"
            )
        try:
            compiled[name] = re.compile(regex)
        except re.error as exc:
            raise PatternError(
                f"setting {setting!r}: pattern {name} ({regex!r}) is not a "
                f"valid regular expression: {exc}"
            ) from exc
        if compiled[name].fullmatch(""):
            raise PatternError(
                f"setting {setting!r}: pattern {name} ({regex!r}) matches "
                "empty text; it must match at least one character"
            )
    return compiled


def pattern_spans(text: str, patterns: Mapping[str, re.Pattern[str]]) -> Iterator[Span]:
    """Every match of every pattern in ``text``, as spans typed by the pattern's name."""
    for name, pattern in patterns.items():
        groups = range(1, pattern.groups + 1)
        for m in pattern.finditer(text):
            start, end = next(((m.start(g), m.end(g)) for g in groups if m.start(g) >= 0), m.span())
            if end > start:
                yield Span(start, end, name)
