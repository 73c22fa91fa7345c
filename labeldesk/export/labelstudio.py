"""Label Studio writer: a JSON list of tasks with annotations and predictions.

One task per conversation, written one task per line inside ``[`` ... ``]`` as a stream::

    {"id": 1,
     "data": {"id": <conversation id>, "language": "th", "meta": {...},
              "dialogue": [{"author": "customer", "text": "...", "ts"?: "...", "meta"?: {...}}],
              "labeldesk": {"batch", "language_confidence", "source_language", "gold",
                            "annotations": [{"labeller", "labeller_id", "unsure",
                                             "skip_reason", "note", "active_seconds",
                                             "revision"}]}},
     "annotations": [{"id": 1, "ground_truth": false, "was_cancelled": <skipped?>,
                      "lead_time": <active seconds>,
                      "result": [{"from_name": "label", "to_name": "dialogue",
                                  "type": "taxonomy",
                                  "value": {"taxonomy": [["ORDER"], ["ORDER", "cancel_order"]]}},
                                 {"from_name": "turn_label", "to_name": "dialogue",
                                  "type": "paragraphlabels",
                                  "value": {"start": "2", "end": "2", "startOffset": 0,
                                            "endOffset": <len of turn text>,
                                            "paragraphlabels": ["ORDER>cancel_order"]}}]}],
     "predictions": [{"model_version": "m1", "score": <max>,
                      "result": [<as above, each with its own "score">]}]}

A label key becomes a taxonomy path by splitting it on ``>`` (the reader joins it back), so
keys round-trip exactly. ``completed_by`` is left out: Label Studio then gives the importing
user the annotations instead of refusing labellers it does not know by e-mail; the labeller
travels in ``data.labeldesk.annotations`` (aligned by position with ``annotations``), with
everything else Label Studio has no slot for. Task data survives a trip through Label Studio.
:func:`label_config` makes a matching labeling config.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from labeldesk.export.shapes import dumps, gold_json, qa_json
from labeldesk.ingest.labelstudio import (
    LABEL_FROM,
    LABELDESK_KEY,
    PATH_SEP,
    TO_NAME,
    TURN_LABEL_FROM,
)
from labeldesk.ingest.record import (
    AnnotationRecord,
    ConversationRecord,
    PredictionRecord,
    TurnRecord,
)


def write_labelstudio(records: Iterable[ConversationRecord], path: Path) -> int:
    """Write the task list to ``path`` as a stream; return the number of tasks."""
    n = 0
    with path.open("wb") as f:
        f.write(b"[")
        for n, record in enumerate(records, start=1):
            f.write(b"\n" if n == 1 else b",\n")
            f.write(dumps(task_json(record, n)))
        f.write(b"\n]\n" if n else b"]\n")
    return n


def task_json(record: ConversationRecord, task_id: int) -> dict[str, Any]:
    """One conversation as a Label Studio task (``task_id`` is its 1-based place in the file)."""
    return {
        "id": task_id,
        "data": _data(record),
        "annotations": [
            _annotation(a, i, record.turns) for i, a in enumerate(record.annotations, start=1)
        ],
        "predictions": _predictions(record.predictions, record.turns),
    }


def _data(record: ConversationRecord) -> dict[str, Any]:
    """The task data: the dialogue, language, metadata, and LabelDesk's own fields."""
    extras: dict[str, Any] = {
        "batch": getattr(record, "batch", ""),
        "language_confidence": record.language_confidence,
        "source_language": getattr(record, "source_language", None),
        "gold": gold_json(record.gold),
        "annotations": [_annotation_extras(a) for a in record.annotations],
    }
    extras.update(qa_json(record))
    return {
        "id": record.external_id,
        "dialogue": [_paragraph(t) for t in record.turns],
        "language": record.language,
        "meta": record.meta,
        LABELDESK_KEY: extras,
    }


def _paragraph(turn: TurnRecord) -> dict[str, Any]:
    """A turn as a Paragraphs item (``author``/``text``; ``ts`` and ``meta`` when set)."""
    out: dict[str, Any] = {"author": turn.speaker, "text": turn.text}
    if turn.ts is not None:
        out["ts"] = turn.ts
    if turn.meta is not None:
        out["meta"] = turn.meta
    return out


def _annotation_extras(ann: AnnotationRecord) -> dict[str, Any]:
    """The fields of an annotation that Label Studio has no slot for."""
    return {
        "labeller": ann.labeller,
        "labeller_id": getattr(ann, "labeller_id", None),
        "unsure": ann.unsure,
        "skip_reason": ann.skip_reason,
        "note": ann.note,
        "active_seconds": ann.active_seconds,
        "revision": ann.revision,
    }


def _annotation(ann: AnnotationRecord, n: int, turns: list[TurnRecord]) -> dict[str, Any]:
    """One labeller's answer as a Label Studio annotation."""
    result: list[dict[str, Any]] = []
    if ann.labels:
        result.append(_taxonomy_result(ann.labels, f"a{n}-0"))
    for turn, labels in _sorted_turn_labels(ann.turn_labels):
        result.append(_turn_result(turn, labels, turns, f"a{n}-t{turn}"))
    return {
        "id": n,
        "ground_truth": False,
        "was_cancelled": ann.skip_reason is not None,
        "lead_time": ann.active_seconds,
        "result": result,
    }


def _sorted_turn_labels(turn_labels: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """Turn labels in turn order (numeric keys by number)."""
    return sorted(turn_labels.items(), key=lambda kv: (not kv[0].isdigit(), _num(kv[0]), kv[0]))


def _num(key: str) -> int:
    """A turn key as a number for sorting (0 if it is not one)."""
    return int(key) if key.isdigit() else 0


def taxonomy_path(key: str) -> list[str]:
    """A label key as Label Studio taxonomy segments (``A>B`` -> ``["A", "B"]``)."""
    return key.split(PATH_SEP)


def _taxonomy_result(labels: list[str], region: str) -> dict[str, Any]:
    """A conversation-level Taxonomy result holding every label as a path."""
    return {
        "id": region,
        "from_name": LABEL_FROM,
        "to_name": TO_NAME,
        "type": "taxonomy",
        "value": {"taxonomy": [taxonomy_path(k) for k in labels]},
    }


def _turn_result(
    turn: str, labels: list[str], turns: list[TurnRecord], region: str
) -> dict[str, Any]:
    """A ParagraphLabels region covering one whole turn."""
    i = _num(turn)
    length = len(turns[i].text) if turn.isdigit() and i < len(turns) else 0
    return {
        "id": region,
        "from_name": TURN_LABEL_FROM,
        "to_name": TO_NAME,
        "type": "paragraphlabels",
        "value": {
            "start": turn,
            "end": turn,
            "startOffset": 0,
            "endOffset": length,
            "paragraphlabels": list(labels),
        },
    }


def _predictions(preds: list[PredictionRecord], turns: list[TurnRecord]) -> list[dict[str, Any]]:
    """One Label Studio prediction per model, each label a result with its own score."""
    by_model: dict[str, list[dict[str, Any]]] = {}
    for n, p in enumerate(preds):
        if p.turn is None:
            item = _taxonomy_result([p.label], f"p{n}")
        else:
            item = _turn_result(str(p.turn), [p.label], turns, f"p{n}")
        item["score"] = p.score
        by_model.setdefault(p.model, []).append(item)
    out = []
    for model, items in by_model.items():
        scores = [i["score"] for i in items if i["score"] is not None]
        out.append({"model_version": model, "score": max(scores, default=None), "result": items})
    return out


def label_config(keys: Iterable[str]) -> str:
    """A Label Studio labeling config matching this export, for the given label keys.

    The taxonomy is built from the keys' ``>`` segments; turn labels use the full keys.
    """
    tree: dict[str, Any] = {}
    flat = sorted(set(keys))
    for key in flat:
        node = tree
        for segment in taxonomy_path(key):
            node = node.setdefault(segment, {})
    lines = [
        "<View>",
        f'  <Paragraphs name="{TO_NAME}" value="${TO_NAME}" layout="dialogue"'
        ' nameKey="author" textKey="text"/>',
        f'  <Taxonomy name="{LABEL_FROM}" toName="{TO_NAME}">',
        *_choices(tree, 4),
        "  </Taxonomy>",
        f'  <ParagraphLabels name="{TURN_LABEL_FROM}" toName="{TO_NAME}">',
        *(f"    <Label value={quoteattr(k)}/>" for k in flat),
        "  </ParagraphLabels>",
        "</View>",
    ]
    return "\n".join(lines) + "\n"


def _choices(tree: dict[str, Any], indent: int) -> list[str]:
    """Nested ``<Choice>`` lines for a taxonomy tree."""
    pad = " " * indent
    out: list[str] = []
    for name, children in tree.items():
        if not children:
            out.append(f"{pad}<Choice value={quoteattr(name)}/>")
            continue
        out.append(f"{pad}<Choice value={quoteattr(name)}>")
        out += _choices(children, indent + 2)
        out.append(f"{pad}</Choice>")
    return out
