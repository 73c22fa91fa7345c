"""The JSON shape of an exported conversation, shared by every writer.

JSONL writes :func:`conversation_json` as one line; CSV, XLSX and Parquet put the same
``turns``, ``predictions``, ``gold`` and ``annotations`` values in JSON columns; Label Studio
keeps what it has no slot for in the same shapes. :func:`dumps` is the one serializer: UTF-8,
compact, keys sorted, so equal records always give equal bytes.
"""

from __future__ import annotations

from typing import Any

import orjson

from labeldesk.ingest.record import (
    AnnotationRecord,
    ConversationRecord,
    GoldRecord,
    PredictionRecord,
    TurnRecord,
)

_OPTIONS = orjson.OPT_SORT_KEYS


def dumps(value: Any) -> bytes:  # noqa: ANN401 - any JSON value
    """Serialize deterministically: compact UTF-8 with sorted keys."""
    return orjson.dumps(value, option=_OPTIONS)


def dumps_str(value: Any) -> str:  # noqa: ANN401 - any JSON value
    """:func:`dumps` as a str, for text formats and table cells."""
    return orjson.dumps(value, option=_OPTIONS).decode()


def turn_json(turn: TurnRecord) -> dict[str, Any]:
    """``{"speaker", "text", "ts"?, ...meta}``: the turn's metadata keys sit beside its text.

    That is the shape of the shared data files (``active_intents`` on a turn) and the one the
    JSONL reader takes back: unknown turn keys are the turn's meta. ``ts`` only when set.
    """
    out: dict[str, Any] = dict(turn.meta) if turn.meta else {}
    out["speaker"] = turn.speaker
    out["text"] = turn.text
    if turn.ts is not None:
        out["ts"] = turn.ts
    return out


def prediction_json(pred: PredictionRecord) -> dict[str, Any]:
    """``{"label", "score", "model", "turn"}``; ``turn`` is null for conversation-level."""
    return {"label": pred.label, "score": pred.score, "model": pred.model, "turn": pred.turn}


def annotation_json(ann: AnnotationRecord) -> dict[str, Any]:
    """One labeller's latest answer; ``labeller`` is the name, ``labeller_id`` the pseudonym."""
    return {
        "labeller": ann.labeller,
        "labeller_id": getattr(ann, "labeller_id", None),
        "labels": list(ann.labels),
        "turn_labels": ann.turn_labels,
        "unsure": ann.unsure,
        "skip_reason": ann.skip_reason,
        "note": ann.note,
        "active_seconds": ann.active_seconds,
        "revision": ann.revision,
    }


def gold_json(gold: GoldRecord | None) -> dict[str, Any] | None:
    """``{"labels", "turn_labels", "explanation", "pool"}``, or None for a normal item."""
    if gold is None:
        return None
    return {
        "labels": list(gold.labels),
        "turn_labels": gold.turn_labels,
        "explanation": gold.explanation,
        "pool": getattr(gold, "pool", "hidden"),
    }


def qa_json(record: ConversationRecord) -> dict[str, Any]:
    """Placeholder for the QA issue: the final label and QA results, as top-level keys.

    Returns ``{}`` today. When the QA issue lands it returns e.g. ``{"final": ..., "qa": ...}``
    and every writer picks the keys up (JSONL keys, CSV/XLSX/Parquet columns, Label Studio
    ``data.labeldesk``).
    """
    return dict(getattr(record, "extra", {}) or {})


def conversation_json(record: ConversationRecord) -> dict[str, Any]:
    """The JSONL object of one conversation (see the module docstring of ``export``)."""
    out: dict[str, Any] = {
        "id": record.external_id,
        "batch": getattr(record, "batch", ""),
        "language": record.language,
        "language_confidence": record.language_confidence,
        "turns": [turn_json(t) for t in record.turns],
        "meta": record.meta,
        "predictions": [prediction_json(p) for p in record.predictions],
        "gold": gold_json(record.gold),
        "annotations": [annotation_json(a) for a in record.annotations],
        # the language the imported file gave (null: none); the importer prefers it to
        # ``language``, which is the detected one
        "source_language": getattr(record, "source_language", None),
    }
    out.update(qa_json(record))
    return out
