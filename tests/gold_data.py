"""Gold and training test data on the labelling workspace (see labelling_data.py).

:func:`add_training_batch` imports a second batch, ``training``, of chats nobody is assigned
(ids ``tr-<lang>-<n>``), and makes them training-pool gold with :func:`import_gold`, the way
a lead does: through a gold file and the gold service.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from labelling_data import AGENT_REPLY, DATA, LANGUAGES

from labeldesk.ingest.importer import ImportOptions
from labeldesk.storage.models import GoldPool
from labeldesk.workspace import Workspace

CANCEL = "ORDER>cancel_order"
TRACK = "ORDER>track_order"
REFUND = "REFUND>get_refund"
DELAY = "DELIVERY>delivery_period"

#: The answer of training item i (cycling): ORDER items first, then REFUND and DELIVERY.
ANSWERS = (CANCEL, TRACK, REFUND, DELAY)
EXPLANATION = {
    CANCEL: "The customer wants to cancel the order before it ships.",
    TRACK: "The customer asks where the parcel is: tracking.",
    REFUND: "ลูกค้าขอเงินคืน: a refund, not a cancellation.",
    DELAY: "客户问什么时候送到: the delivery period.",
}


def training_answer(i: int) -> str:
    """The gold label of training item ``i``."""
    return ANSWERS[i % len(ANSWERS)]


def write_training_chats(path: Path, per_language: int) -> list[str]:
    """Write ``per_language`` 3-turn chats per language; their external ids, in file order."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for line in (DATA / "langid_testset.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["lang"] in LANGUAGES and len(row["text"]) > 20:
            by_lang[row["lang"]].append(row["text"])
    ids = []
    with path.open("w", encoding="utf-8") as out:
        for lang in LANGUAGES:
            texts = by_lang[lang][::-1]
            for i in range(per_language):
                ext = f"tr-{lang}-{i:02d}"
                ids.append(ext)
                turns = [
                    {"speaker": "customer", "text": texts[(2 * i) % len(texts)]},
                    {"speaker": "agent", "text": f"{AGENT_REPLY[lang]} ({i + 1})"},
                    {"speaker": "customer", "text": texts[(2 * i + 1) % len(texts)]},
                ]
                chat = {"id": ext, "language": lang, "turns": turns}
                out.write(json.dumps(chat, ensure_ascii=False) + "\n")
    return ids


def write_gold_jsonl(path: Path, answers: dict[str, str], pool: GoldPool | None = None) -> Path:
    """A JSONL gold file: one answer (a single label) per conversation id."""
    lines = []
    for ext, label in answers.items():
        row = {"conversation": ext, "labels": [label], "explanation": EXPLANATION[label]}
        if pool is not None:
            row["pool"] = pool.value
        lines.append(json.dumps(row, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def add_training_batch(ws: Workspace, folder: Path, per_language: int = 6) -> dict[str, str]:
    """Import the ``training`` batch and make every chat in it training gold.

    Returns each training conversation's external id with its gold label.
    """
    chats = folder / "training_chats.jsonl"
    ids = write_training_chats(chats, per_language)
    ws.importer.import_file(chats, ImportOptions(batch="training", taxonomy="bitext"))
    answers = {ext: training_answer(i) for i, ext in enumerate(ids)}
    ws.gold.import_file(
        write_gold_jsonl(folder / "training_gold.jsonl", answers), pool=GoldPool.TRAINING
    )
    return answers
