"""Time the lead's dashboard (``DashboardService``) over 1,000,000 annotations.

Uses the quality bench's cached workspace (``bench/bench_quality.py``'s ``workspace()``:
``/tmp/labeldesk_bench/quality_<N>.db``, built on first use): batch ``gen`` of N
conversations, each answered blind by two of 40 labellers over 30 days, N/100 hidden gold
items answered four times each, reviews for every disagreement.

Times, in this process (median of ``--runs`` runs after a first run reported on its own):

- ``dashboard(batch) cold``: everything from scratch (the quality read, final labels, the
  answers' days, every series), as the first look at a batch after a change;
- ``dashboard(batch) repeated``: asked again with nothing committed in between (a lead
  coming back to the page, or switching the UI language);
- the drill-downs of one element of each chart, and the first page (200 rows) of the
  biggest list;
- building and rendering the six figures (what the GUI thread does with the numbers);
- ``dashboard(workspace) cold``.

``--md`` appends the table, under ``--label``, to a results file.

Usage::

    python bench/bench_dashboard.py --size 500000 --runs 3 --md bench/results/dashboard.md
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from bench_io import machine  # noqa: E402
from bench_quality import counts, workspace  # noqa: E402


def timed(fn, runs: int) -> tuple[float, float, list[float], float]:
    """(first run s, median of ``runs`` further runs s, those runs, median CPU s of them)."""
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


def forget_everything():
    """Drop what the quality read and the final labels keep for unchanged data."""
    from labeldesk.review import final, qa_cache

    qa_cache.forget()
    final.forget_kept()


def steps(db):
    """The timed calls, by name."""
    from labeldesk.review.dashboard import DashboardService, Element

    warm = DashboardService(db)
    first = warm.dashboard("gen")
    day = first.progress.days[len(first.progress.days) // 2]
    week = first.agreement[0].periods[1]
    worst = first.gold.shares[0].key
    cell = max(
        (
            (first.confusion.counts[r][c], (first.confusion.keys[r], first.confusion.keys[c]))
            for r in range(len(first.confusion.keys))
            for c in range(len(first.confusion.keys))
            if r != c
        ),
    )[1]
    language = first.languages.groups[0][0]

    def cold():
        forget_everything()
        return DashboardService(db).dashboard("gen")

    def cold_workspace():
        forget_everything()
        return DashboardService(db).dashboard(None)

    def drill(chart, key):
        return lambda: warm.drill("gen", Element(chart, key))

    def draw_all():
        """What the GUI thread does with the numbers: build and render the six figures."""
        from labeldesk import charts

        d = warm.dashboard("gen")
        for draw, data in (
            (charts.draw_progress, d.progress),
            (charts.draw_agreement, d.agreement),
            (charts.draw_proportions, d.gold),
            (charts.draw_confusion, d.confusion),
            (charts.draw_breakdown, d.languages),
            (charts.draw_breakdown, d.vendors),
        ):
            fig = charts.new_figure(4.6, 3.4)
            draw(fig, data)
            fig.canvas.draw()

    def first_page():
        found = warm.drill("gen", Element("language", (language, "agreement")))
        return found.rows(0, 200)

    return {
        "dashboard(batch) cold": cold,
        "dashboard(batch) repeated": lambda: warm.dashboard("gen"),
        f"drill: a day ({day})": drill("progress", day),
        f"drill: a week ({week})": drill("agreement", week),
        "drill: the lowest labeller's gold answers": drill("gold", worst),
        "drill: the biggest confusion cell": drill("confusion", cell),
        f"drill: language {language}, agreement": drill("language", (language, "agreement")),
        "drill rows: first page of 200 (language list)": first_page,
        "draw the six charts (build and render, Agg, 460x340 px)": draw_all,
        "dashboard(workspace) cold": cold_workspace,
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--label", default="", help="a name for this code state")
    parser.add_argument("--md", type=Path, help="append the table to this markdown file")
    args = parser.parse_args(argv)
    path = workspace(args.size)
    rows = counts(path)
    from labeldesk.workspace import Workspace

    ws = Workspace.open(path)
    lines = [
        f"### {args.label or 'run'}",
        "",
        f"{machine()}. Workspace: {rows['conversation']:,} conversations, "
        f"{rows['annotation']:,} annotations, {rows['gold_result']:,} gold results, "
        f"{rows['review']:,} reviews. Seconds; median of {args.runs} runs after a first run; "
        f"load average {os.getloadavg()[0]:.1f} at the start (other jobs share the 2 cores).",
        "",
        "| what | first s | median s | median CPU s | runs (s) |",
        "|---|---:|---:|---:|---|",
    ]
    for name, fn in steps(ws.db).items():
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
