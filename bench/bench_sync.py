"""Time one workstation syncing 100,000 annotations to a hub over loopback (budget: 10 s).

Setup, untimed: a hub workspace (PostgreSQL, and SQLite for comparison) with ``--size``
generated conversations in batch ``bench``, all assigned to one labeller "Bench"; the real
``labeldesk hub serve`` process on 127.0.0.1. Each run then:

1. makes a new workstation workspace and runs its first sync: it pulls every assignment
   (timed and reported separately: "first pull");
2. answers every item in bulk (exactly the rows a submit writes: annotation, revision, work
   status, hash-chained audit entry, outbox row; see ``sync_world.answer_bulk``), untimed;
3. times ``SyncClient.sync()``: the push of every revision and every audit entry, then an
   (empty) pull;
4. checks the hub: exactly ``--size`` revisions arrived, each one of this run's, once, and
   the workstation's outbox is empty;
5. resets the hub's answers (untimed) for the next run.

Prints a markdown table; ``--save`` writes ``bench/results/sync.md`` (the section between
the bench markers). ``--profile`` records the hub's workers and the client with py-spy
during the timed sync (collapsed stacks in bench/out/, summarised on stdout).

Usage::

    python bench/bench_sync.py                        # 100,000, 3 runs, PostgreSQL and SQLite
    python bench/bench_sync.py --size 20000 --runs 1 --backend postgresql --profile
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from bench_io import machine  # noqa: E402
from sync_world import OUT, CpuMeter, HubServer, answer_bulk, build_hub, pg_database  # noqa: E402

RESULTS = REPO / "bench" / "results"
USER = "Bench"
BUDGET_S = 10.0


@dataclass
class Run:
    """One timed sync's figures."""

    sync_s: float
    pushed: int
    audit_sent: int
    chunks: int
    retries: int
    pulled: int
    cpu: dict[str, float]


@dataclass
class Backend:
    """One backend's first pull and timed runs."""

    pull_s: float
    pulled: int
    runs: list[Run]


@contextmanager
def database(backend: str, folder: Path) -> Iterator[str]:
    """A new hub database URL on ``backend``."""
    if backend == "sqlite":
        yield "sqlite:///" + str((folder / "hub.db").resolve())
        return
    with pg_database("ld_bench_sync") as url:
        yield url


def reset_hub(url: str) -> None:
    """Forget every answer the hub received, so the next run pushes into the same work."""
    from sqlalchemy import create_engine, text

    from labeldesk.storage.db import to_url

    tables = (
        "gold_result",
        "review_slot",
        "review",
        "review_item",
        "annotation_revision",
        "annotation",
        "client_audit",
    )
    engine = create_engine(to_url(url))
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # TRUNCATE fires no row trigger (revisions are append-only by trigger).
            conn.execute(text(f"TRUNCATE {', '.join(tables)}"))
        else:
            trigger = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'annotation_revision_no_delete'")
            ).scalar()
            conn.execute(text("DROP TRIGGER annotation_revision_no_delete"))
            for table in tables:
                conn.execute(text(f"DELETE FROM {table}"))
            conn.execute(text(trigger))
        conn.execute(text("UPDATE assignment SET status = 'todo', status_at = NULL"))
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    engine.dispose()


def check_hub(url: str, expected: list[str]) -> None:
    """Every revision of the run is on the hub exactly once, and nothing else is."""
    from sqlalchemy import create_engine, text

    from labeldesk.storage.db import to_url

    engine = create_engine(to_url(url))
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM annotation_revision"))]
        latest = conn.execute(
            text("SELECT count(*) FROM annotation WHERE latest_revision = 1 AND answer <> ''")
        ).scalar()
        done = conn.execute(text("SELECT count(*) FROM assignment WHERE status = 'done'")).scalar()
    engine.dispose()
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    if dupes or set(ids) != set(expected) or len(ids) != len(expected):
        raise SystemExit(
            f"hub check failed: {len(ids)} revisions for {len(expected)} sent, "
            f"{len(set(ids) - set(expected))} unknown, {len(set(expected) - set(ids))} missing, "
            f"{len(dupes)} duplicated"
        )
    if latest != len(expected) or done != len(expected):
        raise SystemExit(f"hub check failed: {latest} answered annotations, {done} done items")


class Profiler:
    """py-spy recording the given processes (raw collapsed stacks) while in use."""

    def __init__(self, pids: list[int], out: Path, *, gil: bool = False) -> None:
        self.out = out
        spy = str(Path(sys.executable).parent / "py-spy")
        options = ["--format", "raw", "--rate", "200", *(["--gil"] if gil else [])]
        self.procs = [
            subprocess.Popen(
                [spy, "record", "--pid", str(pid), *options, "-o", f"{out}.{pid}.txt"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for pid in pids
        ]
        time.sleep(1.0)

    def stop(self) -> None:
        """Stop recording and print the hottest functions of each process."""
        for proc in self.procs:
            proc.send_signal(2)
        for proc in self.procs:
            proc.wait(timeout=60)
        for path in sorted(self.out.parent.glob(self.out.name + ".*.txt")):
            summarise(path)


def summarise(path: Path, top: int = 25) -> None:
    """Inclusive sample counts per labeldesk/sqlalchemy/... function in a raw py-spy file."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        frames = [re.sub(r":\d+\)$", ")", f) for f in stack.split(";")]  # by function
        if any("select" in f and "selectors" in f for f in frames[-1:]) or "epoll" in frames[-1]:
            continue  # idle in the event loop
        total += n
        for frame in set(frames):
            inclusive[frame] += n
        own[frames[-1]] += n
    if not total:
        return
    print(f"\n## {path.name}: {total} busy samples")
    print("inclusive:")
    for frame, n in inclusive.most_common(top):
        print(f"  {100 * n / total:5.1f}%  {frame}")
    print("self:")
    for frame, n in own.most_common(12):
        print(f"  {100 * n / total:5.1f}%  {frame}")


def first_pull(hub: HubServer, token: str, folder: Path) -> tuple[Path, float, int]:
    """A new workstation's first sync (every assignment); its workspace file, seconds, records."""
    from labeldesk.sync.client import SyncClient
    from labeldesk.workspace import Workspace

    path = folder / "pulled.db"
    ws = Workspace.open(path, create=True)
    try:
        started = time.perf_counter()
        with SyncClient(ws.db, hub.url, token) as client:
            report = client.sync()
        return path, time.perf_counter() - started, report.pulled
    finally:
        ws.close()


def one_run(
    hub: HubServer, token: str, pulled: Path, folder: Path, index: int, profile: Path | None
) -> Run:
    """Answer everything on a copy of the pulled workstation, then time its sync."""
    from labeldesk.sync.client import SyncClient
    from labeldesk.workspace import Workspace

    path = folder / f"client_{index}.db"
    copy_workspace(pulled, path)
    ws = Workspace.open(path)
    try:
        user_id = ws.users.find(USER).id
        answered = answer_bulk(ws.db, user_id, seed=index)
        profiler = Profiler([*hub.pids(), os.getpid()], profile) if profile else None
        meter = CpuMeter(hub)
        started = time.perf_counter()
        with SyncClient(ws.db, hub.url, token) as client:
            report = client.sync()
        sync_s = time.perf_counter() - started
        cpu = meter.used()
        if profiler is not None:
            profiler.stop()
        if report.waiting or report.rejected:
            raise SystemExit(f"sync left {report.waiting} waiting, {len(report.rejected)} refused")
        check_hub(hub.location, answered.revision_ids)
        return Run(
            sync_s,
            report.pushed,
            report.audit_sent,
            report.chunks,
            report.retries,
            report.pulled,
            cpu,
        )
    finally:
        ws.close()


def copy_workspace(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite workspace (the backup API)."""
    import sqlite3

    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def bench(backend: str, size: int, runs: int, workers: int, profile: bool) -> Backend:
    """Every run on one backend."""
    with tempfile.TemporaryDirectory(prefix="ld_bench_sync_") as tmp:
        folder = Path(tmp)
        with database(backend, folder) as url:
            started = time.perf_counter()
            tokens = build_hub(url, size, [USER])
            print(f"{backend}: hub built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
            runs_done = []
            with HubServer(url, folder / "hub.log", workers=workers) as hub:
                pulled, pull_s, records = first_pull(hub, tokens[USER], folder)
                print(f"{backend}: first pull {pull_s:.1f} s, {records} records", file=sys.stderr)
                for index in range(runs):
                    if index:
                        reset_hub(url)
                    path = OUT / f"profile_sync_{backend}_{index}" if profile else None
                    run = one_run(hub, tokens[USER], pulled, folder, index, path)
                    print(f"{backend} run {index + 1}: {run}", file=sys.stderr)
                    runs_done.append(run)
            errors = [
                line for line in (folder / "hub.log").read_text().splitlines() if '"error"' in line
            ]
            if errors:
                print("\n".join(errors[:5]), file=sys.stderr)
            return Backend(pull_s, records, runs_done)


def table(results: dict[str, Backend], size: int) -> str:
    """The markdown table of medians."""
    lines = [
        "| hub database | first pull (s) | sync of all answers (s) | annotations/s | "
        "records/s | budget | CPU s: hub / PostgreSQL / client | runs (s) |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for backend, done in results.items():
        runs = done.runs
        sync = statistics.median(r.sync_s for r in runs)
        records = runs[0].pushed + runs[0].audit_sent
        lines.append(
            f"| {backend} | {done.pull_s:.1f} | {sync:.2f} | {size / sync:,.0f} | "
            f"{records / sync:,.0f} | {BUDGET_S:.0f} s | {_cpu(runs)} | "
            + ", ".join(f"{r.sync_s:.2f}" for r in runs)
            + " |"
        )
    return "\n".join(lines)


def _cpu(runs: list[Run]) -> str:
    """Median CPU seconds of the hub, its database and the client."""
    return " / ".join(
        f"{statistics.median(r.cpu[part] for r in runs):.1f}"
        for part in ("hub", "postgres", "client")
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--backend", choices=["postgresql", "sqlite", "both"], default="both")
    parser.add_argument("--profile", action="store_true", help="py-spy the timed sync")
    parser.add_argument("--save", action="store_true", help="write bench/results/sync.md")
    args = parser.parse_args(argv)
    backends = ["postgresql", "sqlite"] if args.backend == "both" else [args.backend]
    results = {b: bench(b, args.size, args.runs, args.workers, args.profile) for b in backends}
    first = next(iter(results.values())).runs[0]
    text = (
        f"{machine()}\n\n"
        f"One workstation, {args.size:,} answers ({first.pushed:,} revisions + "
        f"{first.audit_sent:,} audit entries = {first.pushed + first.audit_sent:,} records, "
        f"{first.chunks} chunks), hub `labeldesk hub serve --workers {args.workers}` on "
        f'127.0.0.1; median of {args.runs} runs. "First pull" is a new workstation\'s first '
        f"sync (every assignment with its conversation, once per database); each run "
        f"answers everything on a copy of that workstation and times its sync.\n\n"
        + table(results, args.size)
    )
    print(text)
    if args.save:
        save(text)
    return 0


def save(section: str) -> None:
    """Put the table between the bench markers of bench/results/sync.md."""
    path = RESULTS / "sync.md"
    begin, end = "<!-- bench_sync -->", "<!-- /bench_sync -->"
    old = path.read_text() if path.exists() else f"# Sync\n\n{begin}\n{end}\n"
    head, _, rest = old.partition(begin)
    _, _, tail = rest.partition(end)
    path.write_text(f"{head}{begin}\n{section}\n{end}{tail}")


if __name__ == "__main__":
    raise SystemExit(main())
