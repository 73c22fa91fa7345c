"""Time import and export through the real CLI, with peak memory, at several sizes.

Each measurement runs ``python -m labeldesk …`` as a child process, so the figures are what
a user sees, start-up included. Peak memory is the child's maximum resident set size
(``os.wait4``). Every step runs ``--runs`` times into a fresh workspace; the median is
reported. Results go to stdout and to ``bench/results/io_<N>.md``.

Usage::

    python bench/bench_io.py --sizes 100000 --runs 3
    python bench/bench_io.py --sizes 1000000 --runs 3 --steps import-jsonl,export-parquet
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
RESULTS = REPO / "bench" / "results"
STEPS = ("import-jsonl", "import-csv", "export-parquet", "import-parquet", "export-jsonl",
         "export-csv")


def run_measured(args: list[str]) -> tuple[float, float]:
    """Run a command; return (wall seconds, peak RSS in MB). Fails loudly on error."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{err}")
    return seconds, usage.ru_maxrss / 1024


def labeldesk(*args: str) -> list[str]:
    """The command line for one labeldesk call."""
    return [sys.executable, "-m", "labeldesk", *args]


#: Turns per generated conversation; None: 4 to 16 at random (set by --turns).
TURNS: int | None = None


def ensure_input(n: int, fmt: str) -> Path:
    """Generate the input file once and reuse it."""
    path = OUT / f"conv_{n}{f'_t{TURNS}' if TURNS else ''}.{fmt}"
    if not path.exists():  # generate next to it, then rename: a crash leaves no partial input
        extra = ["--turns", str(TURNS)] if TURNS else []
        part = path.with_name(path.name + ".part")
        subprocess.run([sys.executable, str(REPO / "bench" / "generate.py"), str(n), str(part),
                        "--format", fmt, *extra], check=True)
        part.replace(path)
    return path


def fresh_workspace(name: str) -> Path:
    """An empty workspace file (removing any previous one and its WAL)."""
    ws = OUT / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(ws) + suffix).unlink(missing_ok=True)
    subprocess.run(labeldesk("init", "-w", str(ws)), check=True, stdout=subprocess.DEVNULL)
    return ws


def step_import(n: int, fmt: str) -> tuple[float, float]:
    """Import a generated file into a fresh workspace."""
    src = ensure_input(n, fmt) if fmt != "parquet" else OUT / f"export_{n}.parquet"
    if not src.exists():
        step_export(n, "parquet")
    ws = fresh_workspace(f"ws_{n}_{fmt}")
    result = run_measured(labeldesk("import", str(src), "--batch", "gen", "-w", str(ws)))
    if fmt == "jsonl":  # keep one imported workspace for the export steps (a rename: copying
        # gigabytes would leave dirty pages to flush during the next timed run)
        ws.replace(OUT / f"ws_{n}.db")
    return result


def step_export(n: int, fmt: str) -> tuple[float, float]:
    """Export the imported workspace."""
    ws = OUT / f"ws_{n}.db"
    if not ws.exists():
        step_import(n, "jsonl")
    out = OUT / f"export_{n}.{fmt}"
    return run_measured(labeldesk("export", "--batch", "gen", "--format", fmt, "-o", str(out),
                                  "-w", str(ws)))


def measure(n: int, step: str, runs: int) -> tuple[float, float, list[float]]:
    """Median seconds, max peak MB, and all run times for one step."""
    verb, fmt = step.split("-")
    fn = step_import if verb == "import" else step_export
    times, peaks = [], []
    for _ in range(runs):
        seconds, peak = fn(n, fmt)
        times.append(seconds)
        peaks.append(peak)
        print(f"  {step} n={n:,}: {seconds:.1f} s, {peak:.0f} MB", file=sys.stderr)
    return statistics.median(times), max(peaks), times


def machine() -> str:
    """A one-line description of this machine."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000", help="comma-separated conversation counts")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--turns", type=int, default=None,
                        help="turns per conversation (default: 4 to 16 at random)")
    args = parser.parse_args(argv)
    global TURNS
    TURNS = args.turns
    shape = f"{TURNS} turns each" if TURNS else "4-16 turns"
    OUT.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    for n in (int(s) for s in args.sizes.split(",")):
        rows = [f"Machine: {machine()}. {n:,} generated conversations "
                f"({shape}, 7 languages), median of {args.runs} runs.", "",
                "| step | median s | conv/s | peak MB | runs (s) |", "|---|---:|---:|---:|---|"]
        for step in args.steps.split(","):
            med, peak, times = measure(n, step, args.runs)
            rows.append(f"| {step} | {med:.1f} | {n / med:,.0f} | {peak:,.0f} | "
                        f"{', '.join(f'{t:.1f}' for t in times)} |")
        table = "\n".join(rows)
        print(table)
        suffix = f"_t{TURNS}" if TURNS else ""
        (RESULTS / f"io_{n}{suffix}.md").write_text(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
