"""Label-set categories, and the gold and review tables the quality numbers read.

Split from :mod:`labeldesk.review.answers` (which reads the answers and re-exports
:data:`CATEGORY_SEPARATOR`, :func:`category_of` and :class:`Categories`): gold items and gold
results, review items, reviews and slot verdicts as numpy columns
(:mod:`labeldesk.review.columns`), and the joins that turn them into per-conversation gold
and review categories and per-answer verdicts.

Label sets become *categories*: each answer's labels, sorted, joined by ``|``
(``["b", "a"]`` -> ``"a|b"``). Two answers agree when their categories are equal.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import orjson

from labeldesk.review.columns import (
    Col,
    Factor,
    Keys,
    Reader,
    match,
    positions,
    read_columns,
    read_rows,
)

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


#: Separates the labels of a label set in a category.
CATEGORY_SEPARATOR = "|"


def category_of(labels: object) -> str:
    """A label set's category: its distinct keys sorted and joined by ``|`` ("" for none)."""
    if isinstance(labels, str | bytes):
        labels = orjson.loads(labels)
    if not isinstance(labels, list | tuple):
        return ""
    return CATEGORY_SEPARATOR.join(sorted({str(k) for k in labels}))


class Categories:
    """Codes for categories, in first-seen order."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._codes: dict[str, int] = {}

    def code(self, name: str) -> int:
        """The category's code (-1 for the empty category: no labels)."""
        if not name:
            return -1
        found = self._codes.get(name)
        if found is None:
            found = self._codes[name] = len(self.names)
            self.names.append(name)
        return found

    def codes(self, raw_labels: list[str] | Factor) -> IntArray:
        """Codes for label sets given as JSON texts (each distinct text parsed once, in
        first-seen order)."""
        texts = raw_labels if isinstance(raw_labels, Factor) else Factor.of(raw_labels)
        lookup = np.asarray([self.code(category_of(u)) for u in texts.names], dtype=np.int64)
        return lookup[texts.codes] if len(texts) else np.zeros(0, dtype=np.int64)


# --------------------------------------------------------------------------- gold


def read_gold_items(s: Reader) -> dict[str, Any]:
    """Every gold item: its conversation, labels (JSON) and pool."""
    return read_rows(
        s,
        "gold_item",
        (
            Col("conv", "conversation_id", "int"),
            Col("labels", "labels", "text"),
            Col("pool", "pool", "text"),
        ),
    )


def gold_categories(
    gold: dict[str, Any], conversations: IntArray, cats: Categories
) -> tuple[IntArray, BoolArray]:
    """Per conversation: the gold answer's category (-1: none), and training-pool items."""
    category = np.full(conversations.size, -1, dtype=np.int64)
    training = np.zeros(conversations.size, dtype=bool)
    pos, found = positions(conversations, gold["conv"])
    for i in np.flatnonzero(found).tolist():
        training[pos[i]] = gold["pool"][i] == "training"
        category[pos[i]] = cats.code(category_of(gold["labels"][i]))
    return category, training


#: Tables rows are only ever added to, read on a second connection up to a rowid.
APPEND_ONLY = ("gold_result", "review_item", "review", "review_slot")


def read_gold_results(s: Reader, limits: dict[str, int] | None) -> dict[str, Any]:
    """Every gold result: the annotation it scores, and whether it was correct."""
    return read_columns(
        s,
        "gold_result",
        (
            Col("annotation", "annotation_id", "id"),
            Col("correct", "CASE WHEN correct THEN 1 ELSE 0 END", "digit"),
        ),
        max_rowid=None if limits is None else limits["gold_result"],
    )


def read_reviews(s: Reader, limits: dict[str, int] | None) -> dict[str, dict[str, Any]]:
    """Review items, reviews and slot verdicts, as columns."""
    lim = limits or {}
    return {
        "items": read_columns(
            s,
            "review_item",
            (Col("id", "id", "id"), Col("conv", "conversation_id", "int")),
            max_rowid=lim.get("review_item"),
        ),
        "reviews": read_columns(
            s,
            "review",
            (
                Col("id", "id", "id"),
                Col("item", "review_item_id", "id"),
                Col("labels", "labels", "factor"),
                Col("at", "created_at", "text"),
            ),
            max_rowid=lim.get("review"),
        ),
        "slots": read_columns(
            s,
            "review_slot",
            (
                Col("review", "review_id", "id"),
                Col("annotation", "annotation_id", "id"),
                Col("incorrect", "CASE WHEN verdict = 'incorrect' THEN 1 ELSE 0 END", "digit"),
            ),
            max_rowid=lim.get("review_slot"),
        ),
    }


def latest_reviews(
    tables: dict[str, dict[str, Any]], conversations: IntArray, keys: Keys, cats: Categories
) -> tuple[IntArray, BoolArray, IntArray, BoolArray]:
    """Per conversation the latest review's category; the verdicts of its slots per answer."""
    items, reviews, slots = tables["items"], tables["reviews"], tables["slots"]
    item_pos = match(items["id"], reviews["item"])
    conv_pos, in_scope = positions(conversations, items["conv"][np.maximum(item_pos, 0)])
    ok = np.flatnonzero((item_pos >= 0) & in_scope)
    chosen = ok[latest(item_pos[ok], [reviews["at"][i] for i in ok.tolist()])]
    category = np.full(conversations.size, -1, dtype=np.int64)
    empty = np.zeros(conversations.size, dtype=bool)
    codes = cats.codes(reviews["labels"][chosen])
    category[conv_pos[chosen]] = codes
    empty[conv_pos[chosen]] = codes < 0
    of_latest = match(reviews["id"][chosen], slots["review"]) >= 0
    row = match(keys, slots["annotation"][np.flatnonzero(of_latest)])
    incorrect = slots["incorrect"][of_latest] > 0
    return category, empty, row[row >= 0], incorrect[row >= 0]


def latest(item: IntArray, at: list[str]) -> IntArray:
    """Among reviews (their item, their time as sortable text), the last of each item: the
    latest time, and of equal times the one read last. Sorted by item."""
    if item.size == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.argsort(item, kind="stable")  # an item's reviews stay in read order
    ranked = item[order]
    starts = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
    ends = np.r_[starts[1:], item.size]
    chosen = order[ends - 1]
    for g in np.flatnonzero(ends - starts > 1).tolist():  # items reviewed more than once
        members = order[starts[g] : ends[g]].tolist()
        chosen[g] = max(members, key=lambda i: (at[i], i))
    return chosen
