"""Generate N realistic customer-service conversations for benchmarks.

Conversations have 4 to 16 turns (customer and agent alternating, sometimes a bot greeting),
a mix of languages (en, th, id, ms, vi, tl, zh), metadata (market, channel, order id) and
turn lengths like the shared data: short customer messages, long agent answers. English
texts are real ones from ../shared/data (Bitext, SGD; see its README for licenses);
customer messages in the other languages come from tests/data/langid_testset.jsonl, and
agent answers in those languages from the short phrases below, joined 1 to 4 at a time.

Usage::

    python bench/generate.py 100000 bench/out/conv_100k.jsonl
    python bench/generate.py 100000 bench/out/conv_100k.csv --format csv   # one row per turn
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"

LANGUAGE_MIX = {"en": 0.40, "th": 0.15, "id": 0.12, "ms": 0.10, "vi": 0.10, "zh": 0.08, "tl": 0.05}
MARKETS = {"en": ["SG", "US", "MY", "PH"], "th": ["TH"], "id": ["ID"], "ms": ["MY"],
           "vi": ["VN"], "zh": ["SG", "MY"], "tl": ["PH"]}
CHANNELS = ["chat", "app", "email", "line", "whatsapp"]

AGENT_PHRASES = {
    "th": ["สวัสดีค่ะ ยินดีให้บริการค่ะ", "รบกวนขอหมายเลขคำสั่งซื้อด้วยค่ะ",
           "ขออภัยในความไม่สะดวกค่ะ", "ทางเราได้ดำเนินการคืนเงินให้เรียบร้อยแล้วค่ะ",
           "พัสดุจะถึงภายใน 3-5 วันทำการค่ะ", "มีอะไรให้ช่วยเพิ่มเติมไหมคะ"],
    "id": ["Halo, ada yang bisa kami bantu?", "Mohon informasikan nomor pesanan Anda.",
           "Mohon maaf atas ketidaknyamanannya.",
           "Dana Anda akan dikembalikan dalam 3-5 hari kerja.",
           "Paket Anda sedang dalam perjalanan.", "Terima kasih telah menghubungi kami."],
    "ms": ["Hai, apa yang boleh kami bantu?", "Boleh berikan nombor pesanan anda?",
           "Kami mohon maaf atas kesulitan ini.",
           "Wang anda akan dikembalikan dalam masa 3-5 hari bekerja.",
           "Bungkusan anda sedang dalam penghantaran.", "Terima kasih kerana menghubungi kami."],
    "vi": ["Xin chào, tôi có thể giúp gì cho bạn?", "Bạn vui lòng cung cấp mã đơn hàng nhé.",
           "Chúng tôi xin lỗi vì sự bất tiện này.",
           "Tiền sẽ được hoàn lại trong 3-5 ngày làm việc.",
           "Đơn hàng của bạn đang được giao.", "Cảm ơn bạn đã liên hệ với chúng tôi."],
    "tl": ["Hello po, paano po kami makakatulong?", "Pakibigay po ang inyong order number.",
           "Paumanhin po sa abala.", "Maibabalik po ang inyong pera sa loob ng 3-5 araw.",
           "Ang inyong parcel ay nasa biyahe na po.", "Salamat po sa pakikipag-ugnayan sa amin."],
    "zh": ["您好，请问有什么可以帮您？", "请提供您的订单号。", "给您带来不便，非常抱歉。",
           "退款将在3至5个工作日内到账。", "您的包裹正在配送中。", "感谢您联系我们。"],
}


def load_pools() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Customer and agent text pools per language."""
    customer: dict[str, list[str]] = {lang: [] for lang in LANGUAGE_MIX}
    agent: dict[str, list[str]] = {lang: [] for lang in LANGUAGE_MIX}
    for name in ("bitext_customer_support.jsonl", "sgd_sample.jsonl"):
        with (SHARED / name).open("rb") as fh:
            for line in fh:
                for turn in orjson.loads(line)["turns"]:
                    pool = customer if turn["speaker"] == "customer" else agent
                    pool["en"].append(turn["text"])
    with (REPO / "tests" / "data" / "langid_testset.jsonl").open("rb") as fh:
        for line in fh:
            row = orjson.loads(line)
            if row["lang"] != "en":
                customer[row["lang"]].append(row["text"])
    for lang, phrases in AGENT_PHRASES.items():
        agent[lang] = phrases
    return customer, agent


def conversations(
    n: int, seed: int = 7, fixed_turns: int | None = None
) -> Iterator[dict[str, object]]:
    """Yield ``n`` conversations as dicts in the shared-data JSONL shape.

    ``fixed_turns`` fixes the number of turns (the design's budgets say 8); by default each
    conversation has 4 to 16.
    """
    rng = random.Random(seed)
    customer, agent = load_pools()
    langs, weights = zip(*LANGUAGE_MIX.items(), strict=True)
    for i in range(n):
        lang = rng.choices(langs, weights)[0]
        n_turns = fixed_turns or rng.randint(4, 16)
        minute = rng.randint(0, 59)
        turns = []
        for t in range(n_turns):
            speaker = "customer" if t % 2 == 0 else "agent"
            if t == 0 and rng.random() < 0.2:
                speaker = "bot"
            if speaker == "customer":
                text = rng.choice(customer[lang])
            elif lang == "en":
                text = rng.choice(agent["en"])
            else:
                text = " ".join(rng.sample(agent[lang], rng.randint(1, 4)))
            ts = f"2026-10-{1 + i % 28:02d}T{9 + t // 60:02d}:{(minute + t) % 60:02d}:00Z"
            turns.append({"speaker": speaker, "text": text, "ts": ts})
        yield {
            "id": f"gen-{i:08d}",
            "language": lang,
            "turns": turns,
            "market": rng.choice(MARKETS[lang]),
            "channel": rng.choice(CHANNELS),
            "order_id": f"{rng.randint(10**9, 10**10 - 1)}",
        }


def write_jsonl(n: int, out: Path, seed: int, turns: int | None) -> None:
    """Write conversations as JSONL (one conversation per line)."""
    with out.open("wb") as fh:
        for conv in conversations(n, seed, turns):
            fh.write(orjson.dumps(conv) + b"\n")


def write_csv(n: int, out: Path, seed: int, turns: int | None) -> None:
    """Write conversations as CSV with one row per turn and a conversation-id column."""
    cols = ["conversation_id", "turn", "speaker", "text", "ts", "language",
            "meta.market", "meta.channel", "meta.order_id"]
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(cols)
        for conv in conversations(n, seed, turns):
            for idx, turn in enumerate(conv["turns"]):  # type: ignore[arg-type]
                writer.writerow([conv["id"], idx, turn["speaker"], turn["text"], turn["ts"],
                                 conv["language"], conv["market"], conv["channel"],
                                 conv["order_id"]])


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many conversations")
    parser.add_argument("out", type=Path, help="output file")
    parser.add_argument("--format", choices=["jsonl", "csv"], default=None,
                        help="default: from the output file's extension")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--turns", type=int, default=None,
                        help="turns per conversation (default: 4 to 16 at random)")
    args = parser.parse_args(argv)
    fmt = args.format or args.out.suffix.lstrip(".")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    {"jsonl": write_jsonl, "csv": write_csv}[fmt](args.n, args.out, args.seed, args.turns)
    print(f"wrote {args.n:,} conversations to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
