"""Time the labelling window on a 1,000,000-conversation workspace: open, and submit -> next.

Uses the workspace ``bench/bench_queue.py`` builds (1,000,000 generated conversations of 8
turns, all assigned to the labeller "Bench"; built once and cached), with the shared Bitext
taxonomy attached to its batch so every submit is checked against a real taxonomy.

Measures, with the real main window on Qt's offscreen platform:

- **open**: from ``Workspace.open`` to the first item painted in the conversation view
  (budget 1.5 s);
- **submit -> next painted**: from triggering the Submit action (Enter) to the paint of the
  next conversation, for ``--items`` items per run (budget: median 16 ms, p99 50 ms). The
  label is chosen before the clock starts; the time covers the durable commit (WAL,
  ``synchronous=FULL``), the queue update, opening the next item and painting it.

Each run submits ``--items`` more items of the "Bench" queue; the workspace keeps them (they
are a few hundred among a million). Prints a markdown table; saves ``bench/results/submit.md``.

Usage::

    python bench/bench_submit.py                 # 1,000,000, 5 runs of 200 items
    python bench/bench_submit.py --size 100000 --runs 3
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"
SHARED = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from bench_io import machine  # noqa: E402
from bench_queue import BATCH, USER, workspace_path  # noqa: E402

LEAF = "ORDER>cancel_order"


def attach_taxonomy(path: Path) -> None:
    """Import the shared Bitext taxonomy and make it the bench batch's taxonomy (once)."""
    from labeldesk.workspace import Workspace

    with Workspace.open(path) as ws:
        if not any(t.name == "bitext" for t in ws.taxonomy.list()):
            ws.taxonomy.import_file(SHARED / "bitext_taxonomy.csv", name="bitext")
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "UPDATE batch SET taxonomy_id = (SELECT id FROM taxonomy WHERE name = 'bitext') "
            "WHERE name = ?",
            (BATCH,),
        )
    db.close()


class PaintClock:
    """Records when a widget last painted, by filtering its Paint events."""

    def __init__(self, widget: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    clock.painted_at = time.perf_counter()
                return False

        self.painted_at = 0.0
        self._filter = Filter()
        widget.installEventFilter(self._filter)  # type: ignore[attr-defined]


def wait_for(app: object, predicate: object, timeout_s: float = 10.0) -> None:
    """Process events until ``predicate()`` is true."""
    deadline = time.perf_counter() + timeout_s
    while not predicate():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")


def one_run(path: Path, items: int) -> tuple[float, list[float]]:
    """Open the window, then submit ``items`` items; (open ms, submit->painted ms each)."""
    from labeldesk.ui.app import application
    from labeldesk.ui.main_window import MainWindow
    from labeldesk.ui.settings import AppSettings
    from labeldesk.workspace import Workspace

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        ws = Workspace.open(path)
        window = MainWindow(ws, ws.users.find(USER), AppSettings(Path(tmp) / "ui.ini"))
        view = window.workbench.conversation.text.viewport()
        clock = PaintClock(view)
        window.show()
        wait_for(app, lambda: window.session.item is not None and clock.painted_at > start)
        open_ms = (clock.painted_at - start) * 1000
        times = []
        for _ in range(items):
            window.workbench.choose_label(LEAF)
            before = window.session.item.assignment_id  # type: ignore[union-attr]
            app.processEvents()
            t0 = time.perf_counter()
            clock.painted_at = 0.0
            window.actions_by_id["submit"].trigger()
            wait_for(
                app,
                lambda b=before, t=t0: window.session.item is not None
                and window.session.item.assignment_id != b
                and clock.painted_at > t,
            )
            times.append((clock.painted_at - t0) * 1000)
        window.queue.wait_for_background(10_000)
        window.close()
        ws.close()
    return open_ms, times


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the results table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/labeldesk_bench"))
    args = parser.parse_args(argv)
    path = workspace_path(args.size, args.cache)
    attach_taxonomy(path)
    opens, medians, p99s, every = [], [], [], []
    for run in range(args.runs):
        open_ms, times = one_run(path, args.items)
        times.sort()
        opens.append(open_ms)
        medians.append(statistics.median(times))
        p99s.append(times[int(len(times) * 0.99) - 1])
        every += times
        print(
            f"run {run + 1}: open {open_ms:.0f} ms, submit->next median "
            f"{medians[-1]:.1f} ms, p99 {p99s[-1]:.1f} ms",
            file=sys.stderr,
        )
    table = "\n".join(
        [
            "# Labelling window: open and submit -> next item painted "
            f"({args.size:,} conversations)",
            "",
            machine(),
            "",
            f"Workspace: {args.size:,} generated conversations of 8 turns, all assigned to one "
            f"labeller; {args.runs} runs of {args.items} submits each (Qt offscreen platform). "
            "Figures are the median over runs of each run's statistic.",
            "",
            "| measure | median | budget |",
            "|---|---:|---:|",
            f"| open workspace -> first item painted | {statistics.median(opens):.0f} ms "
            "| 1,500 ms |",
            f"| submit -> next item painted, median | {statistics.median(medians):.1f} ms "
            "| 16 ms |",
            f"| submit -> next item painted, p99 | {statistics.median(p99s):.1f} ms | 50 ms |",
            f"| slowest submit of all runs | {max(every):.1f} ms | |",
            "",
        ]
    )
    print(table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "submit.md").write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
