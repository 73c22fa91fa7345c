"""Time the labeller's queue on a workspace where one labeller has 1,000,000 assignments.

Builds (once, cached as ``<cache>/queue_<N>.db``, default cache ``/tmp/labeldesk_bench``) a
workspace of N generated conversations with 8 turns each (``bench/generate.py --turns 8``;
an existing ``bench/out/conv_<N>_t8.jsonl`` is reused), imported through the real CLI
(``labeldesk import``), then assigned with :func:`labeldesk.review.assignment.assign_batch`
to ONE labeller, "Bench", whose profile has every language of the data: the worst case for
the queue, since every assignment is routed to them. The first ~12.8 % of the queue is then
marked finished (done, some unsure and skipped; the last 2,000 today), as a labeller who has
worked through part of it would leave it.

Then it times, as the queue panel uses them, the median of ``--runs`` runs of:

- the first page (``QueueService.page``) and ``QueueModel.set_filter`` + first page;
- ``fetchMore`` pages deep in the list (keyset pagination after row 500,000 and near the end);
- ``QueueService.counts`` (the progress line) and ``count`` with and without a filter;
- ``batches`` / ``languages`` (the filter combo boxes);
- scrolling the queue panel's list view offscreen (Page Down through 100,000 rows of the
  "to do" list and 2,000 of the unfiltered one, fetching as the view asks; the time per step);
- the longest GUI event-loop stall while a panel opens (counts run on worker threads).

Prints a markdown table and saves it to ``bench/results/queue.md``, with ``EXPLAIN QUERY
PLAN`` of the queries.

Usage::

    python bench/bench_queue.py                      # 1,000,000, 5 runs
    python bench/bench_queue.py --size 100000 --runs 3
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
RESULTS = REPO / "bench" / "results"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from bench_io import machine  # noqa: E402

#: The languages bench/generate.py writes; the bench labeller has all of them.
LANGUAGES = ("en", "th", "id", "ms", "vi", "zh", "tl")
USER = "Bench"
BATCH = "gen"
#: Share of the queue (from the top) marked finished, and how many of those finished today.
FINISHED_SHARE = 0.128
TODAY = 2000


# -- building the workspace ----------------------------------------------------------------


def labeldesk(*args: str) -> list[str]:
    """The command line for one labeldesk call."""
    return [sys.executable, "-m", "labeldesk", *args]


def ensure_jsonl(n: int, cache: Path) -> Path:
    """The generated input (8 turns per conversation), made once."""
    for path in (OUT / f"conv_{n}_t8.jsonl", cache / f"conv_{n}_t8.jsonl"):
        if path.exists():
            return path
    part = path.with_name(path.stem + ".part" + path.suffix)  # generate.py reads the suffix
    subprocess.run(
        [sys.executable, str(REPO / "bench" / "generate.py"), str(n), str(part), "--turns", "8"],
        check=True,
    )
    part.replace(path)
    return path


def build(n: int, path: Path, cache: Path) -> None:
    """Import ``n`` conversations through the CLI and assign them all to one labeller."""
    from labeldesk.review.assignment import assign_batch
    from labeldesk.storage.models import Role
    from labeldesk.workspace import Workspace

    src = ensure_jsonl(n, cache)
    tmp = path.with_suffix(".tmp.db")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    subprocess.run(labeldesk("init", "-w", str(tmp)), check=True, stdout=subprocess.DEVNULL)
    start = time.perf_counter()
    subprocess.run(
        labeldesk("import", str(src), "--batch", BATCH, "-w", str(tmp)),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"  imported {n:,} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    start = time.perf_counter()
    with Workspace.open(tmp) as ws:
        ws.users.create(USER, Role.LABELLER, LANGUAGES)
        result = assign_batch(ws.db, BATCH, [USER])
    print(f"  assigned {result.added} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    mark_progress(tmp, n)
    tmp.replace(path)


def mark_progress(path: Path, n: int) -> None:
    """Mark the top of the queue finished, as a labeller who worked through it would leave it."""
    finished = int(n * FINISHED_SHARE)
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "UPDATE assignment SET status = CASE position % 20 WHEN 0 THEN 'unsure' "
            "WHEN 1 THEN 'skipped' ELSE 'done' END, status_at = '2026-10-01 09:00:00.000000' "
            "WHERE position < ?",
            (finished,),
        )
        db.execute(
            "UPDATE assignment SET status_at = strftime('%Y-%m-%d %H:%M:%f', 'now') "
            "WHERE position >= ? AND position < ?",
            (finished - TODAY, finished),
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def workspace_path(n: int, cache: Path) -> Path:
    """The cached workspace, built on first use."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"queue_{n}.db"
    if not path.exists():
        print(f"building {path} (once) ...", file=sys.stderr)
        build(n, path, cache)
    return path


# -- measuring -----------------------------------------------------------------------------


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, list[float]]:
    """First-call ms, median ms of ``runs`` more calls, and those runs' times."""
    start = time.perf_counter()
    fn()
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times), times


def application() -> object:
    """The QApplication (offscreen unless QT_QPA_PLATFORM says otherwise)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def panel_for(ws: object, user: object, flt: object) -> object:
    """A shown QueuePanel (420x800) on ``user``'s queue with filter ``flt``."""
    from labeldesk.ui.labelling.queue_panel import QueuePanel

    app = application()
    panel = QueuePanel(ws)
    panel.resize(420, 800)
    panel.show()
    panel.set_user(user)
    panel.set_filter(flt)
    app.processEvents()
    return panel


def scroll(ws: object, user: object, flt: object, rows: int) -> tuple[list[float], int]:
    """Page Down through ``rows`` rows of the queue panel's list.

    Returns the milliseconds of each step (key press, any fetchMore it causes, repaint) and
    how many rows the model had loaded at the end.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app = application()
    panel = panel_for(ws, user, flt)
    view = panel.list
    view.setFocus()
    view.setCurrentIndex(panel.model.index(0, 0))
    steps = []
    while view.currentIndex().row() < rows:
        start = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        view.repaint()
        app.processEvents()
        steps.append((time.perf_counter() - start) * 1000)
    loaded = panel.model.rowCount()
    panel.wait_for_background()
    panel.close()
    return steps, loaded


def event_loop_stall(ws: object, user: object, seconds: float = 12.0) -> tuple[float, float]:
    """Longest gap (ms) between 5 ms timer ticks while a new queue panel loads its counts.

    ``set_user`` fetches the first page on the GUI thread and starts the counts and the filter
    choices on worker threads; returns (the longest gap, seconds until the counts showed).
    """
    from PySide6.QtCore import QTimer

    from labeldesk.labelling.dto import QueueFilter
    from labeldesk.storage.models import WorkStatus
    from labeldesk.ui.labelling.queue_panel import QueuePanel

    app = application()
    panel = QueuePanel(ws)
    panel.show()
    panel.set_filter(QueueFilter(statuses=frozenset({WorkStatus.TODO})))
    last, gaps = [time.perf_counter()], []

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    start = time.perf_counter()
    QTimer.singleShot(0, lambda: panel.set_user(user))
    shown = None
    while time.perf_counter() - start < seconds:
        app.processEvents()
        if shown is None and panel.counts is not None:
            shown = time.perf_counter() - start
        time.sleep(0.001)
    timer.stop()
    panel.wait_for_background()
    panel.close()
    return max(gaps) * 1000, shown or float("nan")


def plans(ws: object, user: object) -> list[str]:
    """EXPLAIN QUERY PLAN of the queue's queries, as markdown lines."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import sqlite

    from labeldesk.labelling import queue as q
    from labeldesk.labelling.dto import QueueFilter
    from labeldesk.storage.models import Assignment, WorkStatus

    todo = QueueFilter(statuses=frozenset({WorkStatus.TODO}))
    queries = {
        "page (all statuses)": q._rows(user, QueueFilter()).limit(200),
        "page (to do)": q._rows(user, todo).limit(200),
        "page (language th)": q._rows(user, QueueFilter(language="th")).limit(200),
        "count (all)": q._where(select(func.count()).select_from(Assignment), user, QueueFilter()),
    }
    lines = []
    with ws.db.engine.connect() as conn:
        for name, query in queries.items():
            sql = str(
                query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            )
            steps = [r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
            lines.append(f"- {name}: `{' | '.join(steps)}`")
    return lines


def run(path: Path, n: int, runs: int, machine_line: str) -> str:
    """All measurements on the workspace at ``path``, as a markdown report."""
    from labeldesk.labelling.dto import QueueFilter
    from labeldesk.storage.models import WorkStatus
    from labeldesk.ui.models.queue_model import QueueModel
    from labeldesk.workspace import Workspace

    application()
    ws = Workspace.open(path)
    user = ws.users.find(USER)
    queue = ws.queue
    todo = QueueFilter(statuses=frozenset({WorkStatus.TODO}))
    mid, end = (n // 2, ""), (n - 250, "")
    some_id = queue.page(user, after=(n - 10, ""), limit=1)[0].assignment_id
    cases: list[tuple[str, Callable[[], object], int]] = [
        ("first page, all statuses (200 rows)", lambda: queue.page(user, limit=200), runs),
        ("first page, to do (200 rows)", lambda: queue.page(user, todo, limit=200), runs),
        ("first page, language th", lambda: queue.page(user, QueueFilter(language="th")), runs),
        (
            "fetchMore after row 500,000, all statuses",
            lambda: queue.page(user, after=mid, limit=200),
            runs,
        ),
        (
            "fetchMore after row 999,750, all statuses",
            lambda: queue.page(user, after=end, limit=200),
            runs,
        ),
        (
            "fetchMore after row 500,000, to do",
            lambda: queue.page(user, todo, after=mid, limit=200),
            runs,
        ),
        ("QueueModel(to do) + first page", lambda: QueueModel(queue, user, todo), runs),
        ("QueueModel(all) + first page", lambda: QueueModel(queue, user), runs),
        (
            "QueueModel(to do): fetch_through row 20,000",
            lambda: QueueModel(queue, user, todo).fetch_through(
                (int(n * FINISHED_SHARE) + 20_000, "")
            ),
            max(1, runs // 2),
        ),
        ("row(user, id) (select/next fallback)", lambda: queue.row(user, some_id), runs),
        ("counts(user): progress line", lambda: queue.counts(user), runs),
        ("count(user, all)", lambda: queue.count(user), runs),
        ("count(user, to do)", lambda: queue.count(user, todo), runs),
        ("count(user, language th)", lambda: queue.count(user, QueueFilter(language="th")), runs),
        ("batches(user): filter choices", lambda: queue.batches(user), runs),
        ("languages(user): filter choices", lambda: queue.languages(user), runs),
    ]
    rows = [
        f"Machine: {machine_line}. Workspace: {n:,} conversations (8 turns each), all "
        f"{n:,} assigned to one labeller (languages: {', '.join(LANGUAGES)}), the first "
        f"{FINISHED_SHARE:.1%} finished. Times in ms: first call, then the median of "
        f"{runs} runs. Queries run on the GUI thread unless marked (worker).",
        "",
        "| what | thread | first ms | median ms | runs (ms) |",
        "|---|---|---:|---:|---|",
    ]
    worker = ("counts", "count(", "batches", "languages")
    for name, fn, k in cases:
        first, med, times = timed(fn, k)
        where = "worker" if name.startswith(worker) else "GUI"
        rows.append(
            f"| {name} | {where} | {first:,.1f} | {med:,.1f} | "
            f"{', '.join(f'{t:,.1f}' for t in times)} |"
        )
        print(f"  {name}: {med:,.1f} ms", file=sys.stderr)
    rows += [
        "",
        "Scrolling the queue panel's list offscreen (420x800, Page Down; each step is "
        "the key press, any fetchMore it causes, and the repaint):",
        "",
        "| list | rows scrolled | steps | median ms | p99 ms | max ms | rows loaded |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, flt, depth in (("to do", todo, 100_000), ("all statuses", QueueFilter(), 2_000)):
        steps, loaded = scroll(ws, user, flt, depth)
        ordered = sorted(steps)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        rows.append(
            f"| {name} | {depth:,} | {len(steps):,} | {statistics.median(steps):.1f} | "
            f"{p99:.1f} | {ordered[-1]:,.1f} | {loaded:,} |"
        )
        print(f"  scroll {name}: median {statistics.median(steps):.1f} ms", file=sys.stderr)
    stall, shown = event_loop_stall(ws, user)
    rows += [
        "",
        f"GUI thread while a panel opens on this queue (first page on the GUI thread; "
        f"counts and filter choices on workers): longest event-loop stall {stall:.0f} ms; "
        f"progress line shown after {shown:.1f} s.",
    ]
    rows += ["", "EXPLAIN QUERY PLAN (SQLite):", "", *plans(ws, user)]
    ws.close()
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/labeldesk_bench"))
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--md", type=Path, default=RESULTS / "queue.md")
    args = parser.parse_args(argv)
    path = workspace_path(args.size, args.cache)
    if args.build_only:
        return 0
    table = run(path, args.size, args.runs, machine())
    print(table)
    args.md.parent.mkdir(parents=True, exist_ok=True)
    args.md.write_text(table + "\n")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
