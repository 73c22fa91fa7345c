"""Precision and recall of the redactor (default patterns) on the hand-marked test set.

tests/data/redaction/README.md describes the set: 462 customer-service messages in seven
languages, half of them hard negatives. The floors sit just under what the redactor scores
(README, "PII redaction"), so a change that loses personal data or masks look-alikes fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from labeldesk.redact import BUILTIN_TYPES, Redactor
from labeldesk.redact.defaults import DEFAULT_PATTERNS
from labeldesk.redact.evaluation import ALL, Scores, load_messages, score

DATA = Path(__file__).resolve().parents[1] / "data" / "redaction"
LANGUAGES = ("en", "th", "id", "ms", "vi", "zh", "tl")
TYPES = (*BUILTIN_TYPES, *DEFAULT_PATTERNS)


@pytest.fixture(scope="module")
def scores() -> Scores:
    messages = load_messages(DATA / "dev.jsonl") + load_messages(DATA / "heldout.jsonl")
    return score(Redactor(DEFAULT_PATTERNS).spans, messages)


def test_the_set_has_forty_messages_and_hard_negatives_per_language():
    messages = load_messages(DATA / "dev.jsonl") + load_messages(DATA / "heldout.jsonl")
    for lang in LANGUAGES:
        own = [m for m in messages if m.lang == lang]
        assert len(own) >= 40, lang
        assert sum(1 for m in own if not m.spans) >= 12, lang
    for m in messages:  # the offsets point at the marked text
        assert all(0 <= s.start < s.end <= len(m.text) for s in m.spans)


def test_overall_precision_and_recall(scores):
    overall = scores.tally(ALL)
    assert overall.support >= 280
    assert overall.precision >= 0.99, scores.errors
    assert overall.recall >= 0.99, scores.errors


@pytest.mark.parametrize("kind", TYPES)
def test_precision_and_recall_per_type(scores, kind):
    tally = scores.tally(kind)
    assert tally.support >= 10, kind
    assert tally.precision >= 0.95, [e for e in scores.errors if e[2].kind == kind]
    assert tally.recall >= 0.95, [e for e in scores.errors if e[2].kind == kind]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_precision_and_recall_per_language(scores, lang):
    tally = scores.by_lang[lang]
    assert tally.precision >= 0.95, [e for e in scores.errors if e[1] == lang]
    assert tally.recall >= 0.95, [e for e in scores.errors if e[1] == lang]
