"""A small QA workspace for tests: unassigned chats with model predictions, hidden gold items.

Built through the real importer, as a lead builds one: the shared Bitext taxonomy, the
five-language chats of :mod:`labelling_data` (batch ``chats``, not yet assigned; some carry a
model prediction), a ``gold`` batch of hidden gold items in English, Thai and Chinese, shaped
like the chats (ids ``en-900``...), whose source fields (``intent``) would give the answer
away, and the labellers of :mod:`labelling_data` plus the lead Dana.
"""

from __future__ import annotations

import json
from pathlib import Path

from labelling_data import AGENT_REPLY, LABELLERS, MARKET, SHARED, write_chats

from labeldesk.ingest.importer import ImportOptions
from labeldesk.storage.models import Role
from labeldesk.workspace import Workspace

#: The gold answer of every gold item, and the label the model predicts on some chats.
GOLD_LABEL = "ORDER>cancel_order"
PREDICTED = "ORDER>track_order"

#: Customer messages of the gold items, per language.
GOLD_TEXTS = {
    "en": [
        "Please cancel order SG2401 before it ships, I ordered the wrong size.",
        "I need to cancel the order I placed this morning, it is a duplicate.",
    ],
    "th": [
        "ช่วยยกเลิกคำสั่งซื้อ TH2401 ให้หน่อยค่ะ สั่งผิดไซส์",
        "ต้องการยกเลิกออเดอร์ที่สั่งไปเมื่อเช้าครับ สั่งซ้ำ",
    ],
    "zh": [
        "请帮我取消订单CN2401，我买错尺码了。",  # noqa: RUF001 - Chinese punctuation
        "我想取消今天早上下的订单，重复下单了。",  # noqa: RUF001
    ],
}


def write_gold(path: Path) -> int:
    """Write the gold batch as JSONL; returns how many gold items it has."""
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for lang, texts in GOLD_TEXTS.items():
            for i, text in enumerate(texts):
                chat = {  # shaped like the chats around it: nothing says "gold"
                    "id": f"{lang}-{900 + i}",
                    "language": lang,
                    "market": MARKET[lang],
                    "channel": "chat",
                    "order_id": f"{MARKET[lang]}{240900 + i}",
                    "intent": GOLD_LABEL,  # a source field that gives the answer away
                    "turns": [
                        {"speaker": "customer", "text": text, "ts": "2026-11-02T09:00:00Z"},
                        {
                            "speaker": "agent",
                            "text": AGENT_REPLY[lang],
                            "ts": "2026-11-02T09:01:00Z",
                        },
                    ],
                    "gold": {
                        "labels": [GOLD_LABEL],
                        "explanation": "The customer asks to cancel before shipping.",
                    },
                }
                out.write(json.dumps(chat, ensure_ascii=False) + "\n")
                n += 1
    return n


def add_predictions(path: Path, every: int = 2) -> None:
    """Give every ``every``-th chat of the JSONL file a model prediction."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for n, line in enumerate(lines):
        chat = json.loads(line)
        if n % every == 0:
            chat["predictions"] = [
                {"label": PREDICTED, "score": 0.87, "model": "intent-v3"},
                {"label": GOLD_LABEL, "score": 0.09, "model": "intent-v3"},
                {"label": PREDICTED, "score": 0.66, "model": "intent-v3", "turn": 2},
            ]
        out.append(json.dumps(chat, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def make_qa_workspace(folder: Path, per_language: int = 6) -> Workspace:
    """Create the workspace in ``folder/ws.db`` (the caller closes it)."""
    ws = Workspace.open(folder / "ws.db", create=True)
    ws.taxonomy.import_file(SHARED / "bitext_taxonomy.csv", name="bitext")
    chats = folder / "chats.jsonl"
    write_chats(chats, per_language)
    add_predictions(chats)
    ws.importer.import_file(chats, ImportOptions(batch="chats", taxonomy="bitext"))
    gold = folder / "gold.jsonl"
    write_gold(gold)
    ws.importer.import_file(gold, ImportOptions(batch="gold", taxonomy="bitext"))
    for name, languages in LABELLERS.items():
        ws.users.create(name, Role.LABELLER, languages)
    ws.users.create("Dana", Role.LEAD, ("en",))
    return ws
