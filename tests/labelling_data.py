"""A small labelling workspace for tests: the shared Bitext taxonomy, chats in five languages,
three labellers with different languages, and their assignments.

The customer messages are the synthetic ones of ``tests/data/langid_testset.jsonl``; agent
replies are short fixed texts per language. Every conversation has metadata (market, channel,
order id) and timestamps, plus source fields that would give the answer away (``intent``),
which the labelling view must hide.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from labeldesk.ingest.importer import ImportOptions
from labeldesk.review.assignment import assign_batch
from labeldesk.storage.models import Role
from labeldesk.workspace import Workspace

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

LANGUAGES = ("en", "th", "zh", "vi", "id")
AGENT_REPLY = {
    "en": "Thanks for waiting, let me check that for you.",
    "th": "ขอบคุณที่รอค่ะ ขอตรวจสอบให้นะคะ",
    "zh": "感谢您的耐心等待，我帮您查一下。",  # noqa: RUF001 - Chinese comma
    "vi": "Cảm ơn bạn đã chờ, mình kiểm tra ngay nhé.",
    "id": "Terima kasih sudah menunggu, saya cek dulu ya.",
}
MARKET = {"en": "SG", "th": "TH", "zh": "CN", "vi": "VN", "id": "ID"}

#: The labellers: name -> languages.
LABELLERS = {"Anong": ("th", "en"), "Wei": ("zh", "en"), "Linh": ("vi", "id")}


@dataclass(frozen=True)
class LabellingWorkspace:
    """The workspace, and how many conversations each language has."""

    ws: Workspace
    per_language: dict[str, int]


def write_chats(path: Path, per_language: int = 6) -> dict[str, int]:
    """Write a JSONL batch of 3-turn chats, ``per_language`` per language in :data:`LANGUAGES`."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for line in (DATA / "langid_testset.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["lang"] in LANGUAGES and len(row["text"]) > 20:
            by_lang[row["lang"]].append(row["text"])
    counts = {}
    with path.open("w", encoding="utf-8") as out:
        for lang in LANGUAGES:
            texts = by_lang[lang][: per_language * 2]
            counts[lang] = per_language
            for i in range(per_language):
                first, second = texts[(2 * i) % len(texts)], texts[(2 * i + 1) % len(texts)]
                day = f"2026-11-0{1 + i % 9}"
                chat = {
                    "id": f"{lang}-{i:03d}",
                    "language": lang,
                    "market": MARKET[lang],
                    "channel": "chat" if i % 2 == 0 else "app",
                    "order_id": f"{MARKET[lang]}{240100 + i}",
                    "intent": "ORDER>cancel_order",
                    "turns": [
                        {
                            "speaker": "customer",
                            "text": first,
                            "ts": f"{day}T09:00:00Z",
                        },
                        {
                            "speaker": "agent",
                            "text": AGENT_REPLY[lang],
                            "ts": f"{day}T09:01:10Z",
                        },
                        {
                            "speaker": "customer",
                            "text": second,
                            "ts": f"{day}T09:02:30Z",
                        },
                    ],
                }
                out.write(json.dumps(chat, ensure_ascii=False) + "\n")
    return counts


def make_labelling_workspace(folder: Path, per_language: int = 6) -> LabellingWorkspace:
    """Create the workspace in ``folder/ws.db`` (the caller closes ``ws``)."""
    ws = Workspace.open(folder / "ws.db", create=True)
    ws.taxonomy.import_file(SHARED / "bitext_taxonomy.csv", name="bitext")
    chats = folder / "chats.jsonl"
    counts = write_chats(chats, per_language)
    ws.importer.import_file(chats, ImportOptions(batch="chats", taxonomy="bitext"))
    for name, languages in LABELLERS.items():
        ws.users.create(name, Role.LABELLER, languages)
    ws.users.create("Dana", Role.LEAD, ("en",))
    assign_batch(ws.db, "chats", list(LABELLERS))
    return LabellingWorkspace(ws, counts)
