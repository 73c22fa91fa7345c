"""PII redaction: masks personal data in conversation text with typed masks (``[PHONE]``).

Qt-free and database-free. :class:`Redactor` finds e-mail addresses, phone numbers (TH, MY,
ID, VN, PH, SG and any ``+``-prefixed number), Luhn-checked card numbers, national ids
(Thai id, MyKad, NIK) and the workspace's own types (order and tracking numbers, by the
patterns of the ``redaction.patterns`` setting). The importer (``labeldesk import
--redact``) runs it on every turn before anything is stored.

The names below load on first use, so that opening a workspace (which reads the default
patterns from :mod:`labeldesk.redact.defaults`) does not compile the redactor's regexes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labeldesk.redact.patterns import SETTING, PatternError, check_patterns
    from labeldesk.redact.redactor import Redactor, resolve
    from labeldesk.redact.types import (
        BUILTIN_TYPES,
        CARD,
        EMAIL,
        NATIONAL_ID,
        PHONE,
        Redacted,
        RedactionCounts,
        Span,
        mask,
    )

_HOMES = {
    **dict.fromkeys(("SETTING", "PatternError", "check_patterns"), "patterns"),
    **dict.fromkeys(("Redactor", "resolve"), "redactor"),
    **dict.fromkeys(
        (
            "BUILTIN_TYPES",
            "CARD",
            "EMAIL",
            "NATIONAL_ID",
            "PHONE",
            "Redacted",
            "RedactionCounts",
            "Span",
            "mask",
        ),
        "types",
    ),
}

__all__ = [
    "BUILTIN_TYPES",
    "CARD",
    "EMAIL",
    "NATIONAL_ID",
    "PHONE",
    "SETTING",
    "PatternError",
    "Redacted",
    "RedactionCounts",
    "Redactor",
    "Span",
    "check_patterns",
    "mask",
    "resolve",
]


def __getattr__(name: str) -> Any:  # noqa: ANN401 - whatever the name is
    """Load a public name from its module on first use (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'labeldesk.redact' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"labeldesk.redact.{home}"), name)
    globals()[name] = value
    return value
