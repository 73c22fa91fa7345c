"""Time the lead's quality table (``QualityService.report``) over 1,000,000 annotations.

Builds (once, cached as ``/tmp/labeldesk_bench/quality_<N>.db``) a workspace with what a
double-blind batch has after QA: batch ``gen`` of N conversations in 7 languages, each
labelled blind by two of 40 labellers (4 vendors, accuracies 0.62-0.97, two of them three
times faster than the rest), one annotation in twenty with a second revision (the latest is
the answer), 2% skips and 5% unsure; a gold pool of N/100 conversations mixed into ``gen``
(each answered by four labellers, with its gold result); a review item for every
disagreement plus a 5% audit of agreed items, 85% of them reviewed (3% reviewed twice, the
latest review wins) with a verdict per blind slot. Labels are the shared Bitext taxonomy's
27 leaves (3% of answers have two). Rows are written with plain ``sqlite3`` bulk inserts
into a workspace made by ``labeldesk init`` (the real schema and indexes); conversations
have no turns, which the quality table never reads.

Then, in this process, times ``final_labels`` and ``report()`` for each ``--by`` (the
median of ``--runs`` runs, after one warm-up run that is reported separately) and prints a
markdown table; ``--md`` appends it, under ``--label``, to a results file.

``--cold`` makes every call compute from scratch: what a report keeps for unchanged data
(the read of :mod:`labeldesk.review.qa_cache`, the fits and tables of
:mod:`labeldesk.review.final`) is forgotten before each call. Without it the timed runs
after the first reuse them, as a lead's repeated looks at an unchanged workspace do.

Usage::

    python bench/bench_quality.py --size 500000 --runs 5 --label after \
        --md bench/results/quality.md
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import orjson

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
CACHE = Path("/tmp/labeldesk_bench")
sys.path.insert(0, str(REPO / "bench"))

from bench_io import machine  # noqa: E402

LANGUAGES = ("en", "th", "zh", "vi", "id", "ms", "tl")
LANG_P = (0.4, 0.15, 0.15, 0.1, 0.1, 0.05, 0.05)
VENDORS = ("Acme BPO", "Blue Star", "Cebu Labels", "Delta Data")
N_LABELLERS = 40
DAYS = 30
CHUNK = 50_000


def _uid(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _when(day: float) -> str:
    """A timestamp ``day`` days after 2026-10-01, as SQLAlchemy stores it in SQLite."""
    seconds = int(day * 86400)
    d, rest = divmod(seconds, 86400)
    return f"2026-10-{1 + d:02d} {rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}.000000"


class Builder:
    """Writes the rows; one instance per build."""

    def __init__(self, db: sqlite3.Connection, leaves: list[str], seed: int = 7) -> None:
        self.db = db
        self.leaves = leaves
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.branch = {k: k.split(">")[0] for k in leaves}
        weights = 1.0 / np.arange(1, len(leaves) + 1) ** 0.8
        self.leaf_p = weights / weights.sum()
        self.rows: dict[str, list[tuple[object, ...]]] = {
            k: [] for k in ("asg", "ann", "rev", "gold", "gres", "ri", "r", "rs")
        }
        self.users: list[str] = []
        self.acc: list[float] = []
        self.speed: list[float] = []
        self.sql = {
            "asg": "INSERT INTO assignment (id, conversation_id, user_id, purpose, position, "
            "created_at, status, status_at, batch_id) VALUES (?,?,?,?,?,?,?,?,?)",
            "ann": "INSERT INTO annotation (id, conversation_id, user_id, assignment_id, "
            "latest_revision, created_at, answer, skipped, unsure, active_seconds, "
            "answered_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            "rev": "INSERT INTO annotation_revision (id, annotation_id, number, labels, "
            "turn_labels, unsure, skip_reason, note, active_seconds, taxonomy_version_id, "
            "created_at) VALUES (?,?,?,?,'{}',?,?,'',?,1,?)",
            "gold": "INSERT INTO gold_item (id, conversation_id, labels, turn_labels, "
            "explanation, pool, source, created_at) VALUES (?,?,?,'{}',?,'hidden','file',?)",
            "gres": "INSERT INTO gold_result (id, annotation_id, revision_id, gold_item_id, "
            "user_id, conversation_id, correct, score, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            "ri": "INSERT INTO review_item (id, conversation_id, reason, slot_annotation_ids, "
            "created_at) VALUES (?,?,?,?,?)",
            "r": "INSERT INTO review (id, review_item_id, reviewer_id, labels, turn_labels, "
            "cause, comment, promoted_to_gold, created_at, active_seconds) "
            "VALUES (?,?,?,?,'{}',?,'',0,?,?)",
            "rs": "INSERT INTO review_slot (review_id, slot, annotation_id, verdict) "
            "VALUES (?,?,?,?)",
        }
        self.position: dict[str, int] = {}

    def flush(self) -> None:
        for key, rows in self.rows.items():
            if rows:
                self.db.executemany(self.sql[key], rows)
                rows.clear()

    def people(self) -> list[str]:
        """Vendors, 40 labellers, two reviewers and a lead; returns the reviewers' ids."""
        now = _when(0)
        for i, name in enumerate(VENDORS, start=1):
            self.db.execute(
                "INSERT INTO vendor (id, name, created_at) VALUES (?,?,?)", (i, name, now)
            )
        user_sql = (
            "INSERT INTO user (id, name, role, languages, vendor_id, pseudonym, active, "
            "created_at) VALUES (?,?,?,?,?,?,1,?)"
        )
        for i in range(N_LABELLERS):
            uid = _uid(self.rng)
            self.users.append(uid)
            weak = i in (5, 17, 29)
            self.acc.append(self.rng.uniform(0.62, 0.72) if weak else self.rng.uniform(0.8, 0.97))
            self.speed.append(1 / 3 if i in (11, 23) else self.rng.uniform(0.8, 1.25))
            self.db.execute(
                user_sql,
                (
                    uid,
                    f"labeller{i:02d}",
                    "labeller",
                    '["en","th","zh","vi","id","ms","tl"]',
                    1 + i % len(VENDORS),
                    _uid(self.rng),
                    now,
                ),
            )
        reviewers = []
        for name, role in (("reviewer1", "reviewer"), ("reviewer2", "reviewer"), ("lead", "lead")):
            uid = _uid(self.rng)
            reviewers.append(uid)
            self.db.execute(user_sql, (uid, name, role, '["en"]', None, _uid(self.rng), now))
        return reviewers[:2]

    def truth(self) -> list[str]:
        labels = [self.leaves[self.np.choice(len(self.leaves), p=self.leaf_p)]]
        if self.rng.random() < 0.03:
            other = self.rng.choice(self.leaves)
            if other not in labels:
                labels.append(other)
        return sorted(labels)

    def answer(self, user: int, truth: list[str]) -> list[str]:
        if self.rng.random() < self.acc[user]:
            return list(truth)
        wrong = list(truth)
        siblings = [k for k in self.leaves if self.branch[k] == self.branch[truth[0]]]
        pool = siblings if self.rng.random() < 0.6 and len(siblings) > 1 else self.leaves
        choice = self.rng.choice([k for k in pool if k != truth[0]])
        wrong[0] = choice
        return sorted(set(wrong))

    def annotate(
        self,
        cid: int,
        user: int,
        truth: list[str],
        day: float,
        purpose: str,
        work_batch: int | None,
    ) -> tuple[str, str, list[str] | None]:
        """One labeller's annotation with its revisions; (annotation id, revision id, labels)."""
        uid = self.users[user]
        aid, asg = _uid(self.rng), _uid(self.rng)
        skipped = self.rng.random() < 0.02
        labels = [] if skipped else self.answer(user, truth)
        unsure = not skipped and self.rng.random() < 0.05
        n_rev = 2 if self.rng.random() < 0.05 else 1
        at = _when(day)
        status = "skipped" if skipped else "unsure" if unsure else "done"
        pos = self.position.get(uid, 0)
        self.position[uid] = pos + 1
        self.rows["asg"].append((asg, cid, uid, purpose, pos, at, status, at, work_batch))
        rev_id = ""
        for number in range(1, n_rev + 1):
            last = number == n_rev
            revision_labels = labels if last else self.answer(user, truth)
            seconds = float(self.np.lognormal(np.log(35.0), 0.5)) * self.speed[user]
            rev_id = _uid(self.rng)
            self.rows["rev"].append(
                (
                    rev_id,
                    aid,
                    number,
                    orjson.dumps(revision_labels if not (skipped and last) else []).decode(),
                    int(unsure and last),
                    "not customer service" if skipped and last else None,
                    round(seconds, 1),
                    at,
                )
            )
        # The annotation carries its latest revision's answer (schema 0006).
        answer = "" if skipped else "|".join(sorted(set(labels)))
        last_seconds = self.rows["rev"][-1][6]
        self.rows["ann"].append(
            (aid, cid, uid, asg, n_rev, at, answer, int(skipped), int(unsure), last_seconds, at)
        )
        return aid, rev_id, None if skipped else labels

    def review(
        self,
        cid: int,
        slots: list[tuple[str, list[str] | None]],
        truth: list[str],
        reason: str,
        day: float,
        reviewers: list[str],
    ) -> None:
        rid = _uid(self.rng)
        order = list(slots)
        self.rng.shuffle(order)
        at = _when(day + 1)
        self.rows["ri"].append((rid, cid, reason, orjson.dumps([a for a, _ in order]).decode(), at))
        if self.rng.random() >= 0.85:
            return
        versions = [self.answer(0, truth), truth] if self.rng.random() < 0.03 else [truth]
        for n, final in enumerate(versions):
            review_id = _uid(self.rng)
            cause = "labeller_error" if reason == "disagreement" else None
            self.rows["r"].append(
                (
                    review_id,
                    rid,
                    self.rng.choice(reviewers),
                    orjson.dumps(final).decode(),
                    cause,
                    _when(day + 1 + n),
                    round(self.rng.uniform(20, 90), 1),
                )
            )
            for slot, (aid, labels) in zip("ABCD", order, strict=False):
                verdict = "correct" if labels == final else "incorrect"
                self.rows["rs"].append((review_id, slot, aid, verdict))


def build(n: int, path: Path) -> None:
    """Make the QA workspace of ``n`` conversations at ``path`` (batch ``gen``)."""
    tmp = path.with_suffix(".tmp.db")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    ld = [sys.executable, "-m", "labeldesk"]
    subprocess.run([*ld, "init", "-w", str(tmp)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(
        [
            *ld,
            "taxonomy",
            "import",
            str(SHARED / "bitext_taxonomy.csv"),
            "--name",
            "bitext",
            "-w",
            str(tmp),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    db = sqlite3.connect(tmp)
    for pragma in ("synchronous=OFF", "cache_size=-1000000", "foreign_keys=OFF"):
        db.execute(f"PRAGMA {pragma}")
    leaves = [k for (k,) in db.execute("SELECT key FROM label WHERE depth = 2 ORDER BY id")]
    b = Builder(db, leaves)
    reviewers = b.people()
    now = _when(0)
    db.execute(
        "INSERT INTO batch (id, name, taxonomy_id, multi_label, source, created_at) "
        "VALUES (1, 'gen', 1, 1, 'bench', ?), (2, 'gold-pool', 1, 1, 'bench', ?)",
        (now, now),
    )
    conv_sql = (
        "INSERT INTO conversation (id, external_id, batch_id, content_hash, language, "
        "language_confidence, source_language, meta, n_turns, created_at) "
        "VALUES (?, ?, ?, ?, ?, 0.9, NULL, '{}', 0, ?)"
    )
    n_gold = n // 100
    langs = b.np.choice(len(LANGUAGES), size=n + n_gold, p=LANG_P)
    started = time.perf_counter()
    conv_rows = []
    for cid in range(1, n + n_gold + 1):
        gold = cid > n
        day = b.rng.uniform(0, DAYS - 2)
        conv_rows.append(
            (
                cid,
                f"{'gold' if gold else 'gen'}-{cid:07d}",
                2 if gold else 1,
                f"{cid:032x}",
                LANGUAGES[langs[cid - 1]],
                now,
            )
        )
        truth = b.truth()
        if gold:
            gid = _uid(b.rng)
            b.rows["gold"].append((gid, cid, orjson.dumps(truth).decode(), "see guideline", now))
            for user in b.rng.sample(range(N_LABELLERS), 4):
                aid, rev, labels = b.annotate(cid, user, truth, day, "gold", 1)
                given = set(labels or [])
                score = len(given & set(truth)) / len(given | set(truth))
                b.rows["gres"].append(
                    (
                        _uid(b.rng),
                        aid,
                        rev,
                        gid,
                        b.users[user],
                        cid,
                        int(given == set(truth)),
                        score,
                        _when(day),
                    )
                )
        else:
            pair = b.rng.sample(range(N_LABELLERS), 2)
            slots = [b.annotate(cid, u, truth, day, "label", None)[::2] for u in pair]
            answers = [labels for _, labels in slots if labels is not None]
            if len(answers) == 2 and answers[0] != answers[1]:
                b.review(cid, slots, truth, "disagreement", day, reviewers)
            elif len(answers) == 2 and b.rng.random() < 0.05:
                b.review(cid, slots, truth, "audit", day, reviewers)
        if cid % CHUNK == 0:
            db.executemany(conv_sql, conv_rows)
            conv_rows.clear()
            b.flush()
            print(
                f"  built {cid:,} conversations ({time.perf_counter() - started:.0f} s)",
                file=sys.stderr,
            )
    db.executemany(conv_sql, conv_rows)
    b.flush()
    db.commit()
    db.execute("ANALYZE")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    tmp.rename(path)
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)


def workspace(n: int) -> Path:
    """The cached QA workspace of ``n`` conversations (built on first use)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"quality_{n}.db"
    if not path.exists():
        print(f"building {path} ...", file=sys.stderr)
        build(n, path)
    return path


def counts(path: Path) -> dict[str, int]:
    """Row counts of the tables the quality table reads."""
    db = sqlite3.connect(path)
    try:
        return {
            t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "conversation",
                "annotation",
                "annotation_revision",
                "gold_result",
                "review_item",
                "review",
                "review_slot",
            )
        }
    finally:
        db.close()


def timed(fn, runs: int) -> tuple[float, float, list[float], float]:
    """(first run s, median of ``runs`` further runs s, those runs, median CPU s of them).

    CPU seconds add up every thread of this process: on a machine shared with other jobs
    they show the work done, which wall time alone hides.
    """
    t0 = time.perf_counter()
    fn()
    first = time.perf_counter() - t0
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return first, statistics.median(times), times, statistics.median(cpu)


def _cold(fn):
    """``fn`` with what a report keeps for unchanged data forgotten first: the reads of
    :mod:`labeldesk.review.qa_cache`, the Dawid-Skene fits and final tables of
    :mod:`labeldesk.review.final` (code without them: ``fn`` as it is)."""
    from labeldesk.review import final

    try:
        from labeldesk.review import qa_cache
    except ImportError:
        qa_cache = None

    def call():
        if qa_cache is not None:
            qa_cache.forget()
        getattr(final, "forget_kept", lambda: None)()
        return fn()

    return call


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--label", default="", help="a name for this code state")
    parser.add_argument("--md", type=Path, help="append the table to this markdown file")
    parser.add_argument("--only", default="", help="comma-separated steps to run")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="forget what reports keep for unchanged data before every call",
    )
    args = parser.parse_args(argv)
    path = workspace(args.size)
    rows = counts(path)
    from labeldesk.review.final import final_labels
    from labeldesk.review.quality import QualityService
    from labeldesk.workspace import Workspace

    ws = Workspace.open(path)
    service = QualityService(ws.db)
    steps = {
        "final_labels(batch)": lambda: final_labels(ws.db, batch="gen"),
        "report(by=labeller)": lambda: service.report(batch="gen", by="labeller"),
        "report(by=vendor)": lambda: service.report(batch="gen", by="vendor"),
        "report(by=language)": lambda: service.report(batch="gen", by="language"),
        "report(by=label)": lambda: service.report(batch="gen", by="label"),
        "report(whole workspace)": lambda: service.report(by="labeller"),
    }
    if args.cold:
        steps = {name: _cold(fn) for name, fn in steps.items()}
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    lines = [
        f"### {args.label or 'run'}",
        "",
        f"{machine()}. Workspace: {rows['conversation']:,} conversations, "
        f"{rows['annotation']:,} annotations ({rows['annotation_revision']:,} revisions), "
        f"{rows['gold_result']:,} gold results, {rows['review_item']:,} review items, "
        f"{rows['review']:,} reviews, {rows['review_slot']:,} slot verdicts. "
        f"Seconds; median of {args.runs} runs after a first (cold-cache) run; load average "
        f"{os.getloadavg()[0]:.1f} at the start (other jobs share the 2 cores)"
        + ("; every call computes from scratch (--cold)." if args.cold else "."),
        "",
        "| what | first s | median s | median CPU s | runs (s) |",
        "|---|---:|---:|---:|---|",
    ]
    for name, fn in steps.items():
        if wanted and not any(w in name for w in wanted):
            continue
        first, med, times, cpu = timed(fn, args.runs)
        runs = ", ".join(f"{t:.2f}" for t in times)
        line = f"| {name} | {first:.2f} | {med:.2f} | {cpu:.2f} | {runs} |"
        print(line, file=sys.stderr)
        lines.append(line)
    ws.close()
    text = "\n".join(lines) + "\n"
    print(text)
    if args.md:
        previous = args.md.read_text(encoding="utf-8") if args.md.exists() else ""
        args.md.write_text(previous + ("\n" if previous else "") + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
