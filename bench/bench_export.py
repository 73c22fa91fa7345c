"""Time ``labeldesk export --format parquet`` of a labelled workspace, with peak memory.

Builds (once, cached as ``bench/out/labelled_<N>.db``) a workspace of N generated
conversations (``bench/generate.py``'s texts: 4-16 turns, 7 languages) with the rows a
labelled batch has: two labellers, two annotations per conversation (one in ten with a second
revision, so the latest revision must be picked), 1-2 labels each, two predictions per
conversation, and a gold answer on one conversation in fifty. The rows are written with plain
``sqlite3`` bulk inserts into a workspace made by ``labeldesk init`` (so the schema and
indexes are the real ones), in the order an import would write them; UUID keys are random,
as on a real workstation.

Then runs ``python -m labeldesk export --batch gen --format parquet`` as a child process
``--runs`` times and reports the median wall time and the peak RSS (``os.wait4``).

Usage::

    python bench/bench_export.py --size 100000 --runs 3
    python bench/bench_export.py --size 1000000 --runs 3 --md bench/results/export_parquet.md
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
sys.path.insert(0, str(REPO / "bench"))

from bench_io import machine, run_measured  # noqa: E402
from generate import conversations  # noqa: E402

LABELS = [
    "order.delivery.late", "order.delivery.lost", "order.cancel", "refund.request",
    "refund.status", "account.login", "account.update", "payment.failed", "payment.method",
    "product.question", "product.defect", "shipping.address", "shipping.cost", "feedback.complaint",
    "feedback.praise", "other",
]
MODELS = ("intent-v3", "intent-v4")
CHUNK = 20_000


def _uid(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def build(n: int, path: Path) -> None:
    """Make a labelled workspace of ``n`` conversations at ``path`` (batch ``gen``)."""
    tmp = path.with_suffix(".tmp.db")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "labeldesk", "init", "-w", str(tmp)], check=True,
                   stdout=subprocess.DEVNULL)
    rng = random.Random(11)
    db = sqlite3.connect(tmp)
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-1000000")
    db.execute("PRAGMA foreign_keys=OFF")
    now = "2026-10-01 09:00:00.000000"
    db.execute("INSERT INTO batch (id, name, multi_label, source, created_at) "
               "VALUES (1, 'gen', 0, 'bench', ?)", (now,))
    users = []
    for name in ("alice", "bob"):
        uid = _uid(rng)
        users.append(uid)
        db.execute("INSERT INTO user (id, name, role, languages, pseudonym, active, created_at) "
                   "VALUES (?, ?, 'labeller', '[\"en\"]', ?, 1, ?)", (uid, name, _uid(rng), now))
    conv_sql = ("INSERT INTO conversation (id, external_id, batch_id, content_hash, language, "
                "language_confidence, source_language, meta, n_turns, created_at) "
                "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)")
    turn_sql = ("INSERT INTO turn (conversation_id, idx, speaker, text, ts, meta) "
                "VALUES (?, ?, ?, ?, ?, NULL)")
    ann_sql = ("INSERT INTO annotation (id, conversation_id, user_id, assignment_id, "
               "latest_revision, created_at) VALUES (?, ?, ?, NULL, ?, ?)")
    rev_sql = ("INSERT INTO annotation_revision (id, annotation_id, number, labels, turn_labels, "
               "unsure, skip_reason, note, active_seconds, taxonomy_version_id, created_at) "
               "VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL, ?)")
    pred_sql = ("INSERT INTO prediction (conversation_id, label_key, turn_idx, score, model) "
                "VALUES (?, ?, ?, ?, ?)")
    gold_sql = ("INSERT INTO gold_item (id, conversation_id, labels, turn_labels, explanation, "
                "pool, source, created_at) VALUES (?, ?, ?, '{}', ?, 'hidden', 'file', ?)")
    rows: dict[str, list[tuple[object, ...]]] = {k: [] for k in ("c", "t", "a", "r", "p", "g")}

    def flush() -> None:
        db.executemany(conv_sql, rows["c"])
        db.executemany(turn_sql, rows["t"])
        db.executemany(ann_sql, rows["a"])
        db.executemany(rev_sql, rows["r"])
        db.executemany(pred_sql, rows["p"])
        db.executemany(gold_sql, rows["g"])
        for v in rows.values():
            v.clear()

    started = time.perf_counter()
    for cid, conv in enumerate(conversations(n), start=1):
        meta = orjson.dumps({k: conv[k] for k in ("market", "channel", "order_id")}).decode()
        turns = conv["turns"]
        rows["c"].append((cid, conv["id"], uuid.UUID(int=cid).hex, conv["language"],
                          round(rng.uniform(0.5, 1.0), 4), conv["language"] if cid % 3 else None,
                          meta, len(turns), now))
        rows["t"].extend((cid, i, t["speaker"], t["text"], t["ts"]) for i, t in enumerate(turns))
        for user in users:
            aid = _uid(rng)
            revisions = 2 if rng.random() < 0.1 else 1
            rows["a"].append((aid, cid, user, revisions, now))
            for number in range(1, revisions + 1):
                labels = orjson.dumps(rng.sample(LABELS, rng.randint(1, 2))).decode()
                turn_labels = "{}" if rng.random() < 0.8 else orjson.dumps(
                    {"0": [rng.choice(LABELS)]}).decode()
                note = "" if rng.random() < 0.9 else "checked the order history"
                rows["r"].append((_uid(rng), aid, number, labels, turn_labels,
                                  int(rng.random() < 0.05), note,
                                  round(rng.uniform(5, 120), 1), now))
        for model in MODELS:
            rows["p"].append((cid, rng.choice(LABELS), None, round(rng.random(), 4), model))
        if cid % 50 == 0:
            rows["g"].append((_uid(rng), cid, orjson.dumps([rng.choice(LABELS)]).decode(),
                              "known answer", now))
        if cid % CHUNK == 0:
            flush()
            print(f"  built {cid:,} conversations ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr)
    flush()
    db.commit()
    db.execute("ANALYZE")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    tmp.rename(path)
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)


def workspace(n: int) -> Path:
    """The cached labelled workspace of ``n`` conversations (built on first use)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"labelled_{n}.db"
    if not path.exists():
        print(f"building {path} ...", file=sys.stderr)
        build(n, path)
    return path


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--label", default="", help="a name for this code state")
    args = parser.parse_args(argv)
    ws = workspace(args.size)
    out = OUT / f"export_labelled_{args.size}.parquet"
    cmd = [sys.executable, "-m", "labeldesk", "export", "--batch", "gen", "--format", "parquet",
           "-o", str(out), "-w", str(ws)]
    times, peaks = [], []
    for _ in range(args.runs):
        seconds, peak = run_measured(cmd)
        times.append(seconds)
        peaks.append(peak)
        print(f"  export-parquet n={args.size:,}: {seconds:.2f} s, {peak:.0f} MB", file=sys.stderr)
    med = statistics.median(times)
    size_mb = out.stat().st_size / 2**20
    print(f"| {args.label} | {args.size:,} | {med:.2f} | {args.size / med:,.0f} | "
          f"{max(peaks):,.0f} | {size_mb:,.0f} | {', '.join(f'{t:.2f}' for t in times)} |")
    print(f"machine: {machine()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
