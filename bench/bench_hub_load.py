"""Load: 200 workstations syncing at once against one hub on PostgreSQL (no error allowed).

Setup, untimed: a hub workspace on a new PostgreSQL database with generated conversations
in batch ``bench``, assigned to ``--clients`` labellers (``--per-client`` items each, with
``--overlap`` of the conversations given to two labellers, so the hub also scores overlap
and looks for disagreements); the real ``labeldesk hub serve --workers N`` process.

Each client is a real :class:`labeldesk.sync.client.SyncClient` with its own SQLite
workspace; they run as threads in ``--processes`` client processes. Two timed phases:

1. **first sync**: every client at once pulls its assignments (with their conversations);
2. **work**: ``--rounds`` rounds in which every client answers its next share of items
   (bulk, untimed: the rows a submit writes) and syncs, pushing the answers and their audit
   entries and pulling what is new; clients start each round at a random moment in the
   first ``--jitter`` seconds.

Recorded: sustained records/s per phase (records pushed and pulled / the phase's wall
time), client-side latency percentiles of every push and pull request (retries included),
errors (a sync that raised: must be 0) and retries. Then the check: every answer and every
audit entry of every client is on the hub exactly once, every outbox is empty, and every
client holds exactly its assignments.

Usage::

    python bench/bench_hub_load.py --workers 2
    python bench/bench_hub_load.py --workers 4 --save
    python bench/bench_hub_load.py --clients 20 --per-client 50   # a quick look
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from bench_io import machine  # noqa: E402
from sync_world import OUT, CpuMeter, HubServer, answer_bulk, build_hub, pg_database  # noqa: E402

RESULTS = REPO / "bench" / "results"


@dataclass
class ClientSpec:
    """One simulated workstation."""

    name: str
    token: str
    path: str


@dataclass
class Outcome:
    """What one client process saw in one phase."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    retries: int = 0
    pushed: int = 0
    audit: int = 0
    pulled: int = 0
    syncs: int = 0
    revision_ids: list[str] = field(default_factory=list)


def _timed_client(spec: ClientSpec, hub_url: str, outcome: Outcome, lock: threading.Lock) -> Any:
    """A SyncClient whose every request is timed into ``outcome``."""
    from labeldesk.storage.db import open_database
    from labeldesk.sync.client import SyncClient

    class Timed(SyncClient):
        def request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
            started = time.perf_counter()
            try:
                return super().request(method, path, **kwargs)
            finally:
                elapsed = time.perf_counter() - started
                with lock:
                    outcome.latencies.setdefault(path, []).append(elapsed)

    return Timed(open_database(spec.path), hub_url, spec.token, timeout=300.0)


def _one_sync(client: Any, spec: ClientSpec, outcome: Outcome, lock: threading.Lock) -> None:
    """Sync once; count what moved, or the error."""
    try:
        report = client.sync()
    except Exception as exc:
        with lock:
            outcome.errors.append(f"{spec.name}: {type(exc).__name__}: {exc}"[:500])
        return
    with lock:
        outcome.syncs += 1
        outcome.retries += report.retries
        outcome.pushed += report.pushed
        outcome.audit += report.audit_sent
        outcome.pulled += report.pulled


def _wait_until(start_at: float) -> None:
    delay = start_at - time.time()
    if delay > 0:
        time.sleep(delay)


def run_group(
    phase: str, specs: list[ClientSpec], hub_url: str, start_at: float, opts: dict[str, Any]
) -> Outcome:
    """In a client process: run ``phase`` for every client of the group, one thread each."""
    outcome, lock = Outcome(), threading.Lock()

    def first(spec: ClientSpec) -> None:
        client = _timed_client(spec, hub_url, outcome, lock)
        _wait_until(start_at)
        try:
            _one_sync(client, spec, outcome, lock)
        finally:
            client.close()
            client.db.dispose()

    def work(spec: ClientSpec) -> None:
        client = _timed_client(spec, hub_url, outcome, lock)
        rng = random.Random(spec.name)
        user_id = str(client.request("GET", "/v1/me")["id"])
        share = -(-opts["per_client"] // opts["rounds"])
        try:
            for index in range(opts["rounds"]):
                answered = answer_bulk(client.db, user_id, limit=share, seed=rng.randrange(1 << 30))
                with lock:
                    outcome.revision_ids.extend(answered.revision_ids)
                _wait_until(start_at + index * opts["round_s"] + rng.uniform(0, opts["jitter"]))
                _one_sync(client, spec, outcome, lock)
        finally:
            client.close()
            client.db.dispose()

    target = first if phase == "first" else work
    threads = [threading.Thread(target=target, args=(spec,)) for spec in specs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcome


def blank_workspaces(paths: list[str], template: Path) -> None:
    """An empty workspace at each path (copies of one: migrations are not thread-safe)."""
    from labeldesk.workspace import Workspace

    Workspace.open(template, create=True).close()
    for path in paths:
        shutil.copyfile(template, path)


def merge(outcomes: list[Outcome]) -> Outcome:
    """All client processes' outcomes as one."""
    total = Outcome()
    for o in outcomes:
        for path, values in o.latencies.items():
            total.latencies.setdefault(path, []).extend(values)
        total.errors += o.errors
        total.retries += o.retries
        total.pushed += o.pushed
        total.audit += o.audit
        total.pulled += o.pulled
        total.syncs += o.syncs
        total.revision_ids += o.revision_ids
    return total


def hub_times(log: list[str]) -> dict[str, list[float]]:
    """Milliseconds the hub logged for each request, by route."""
    import orjson

    times: dict[str, list[float]] = {}
    for line in log:
        if '"event":"request"' not in line:
            continue
        entry = orjson.loads(line)
        times.setdefault(str(entry.get("path")), []).append(float(entry.get("ms", 0.0)))
    return times


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) of ``values``, nearest rank."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def phase(
    pool: ProcessPoolExecutor,
    name: str,
    groups: list[list[ClientSpec]],
    hub: HubServer,
    opts: dict[str, Any],
) -> tuple[Outcome, float, dict[str, float]]:
    """Run one phase in every client process; (merged outcome, wall seconds, CPU seconds)."""
    start_at = time.time() + 8.0  # every process and thread ready (workspaces made) by then
    futures = [pool.submit(run_group, name, g, hub.url, start_at, opts) for g in groups]
    profiler = None
    if opts.get("profile"):
        from bench_sync import Profiler

        profiler = Profiler(hub.pids(), OUT / f"profile_load_{name}", gil=True)
    _wait_until(start_at)
    meter = CpuMeter(hub)
    started = time.perf_counter()
    outcomes = [f.result() for f in futures]
    wall = time.perf_counter() - started
    used = meter.used()
    if profiler is not None:
        profiler.stop()
    return merge(outcomes), wall, used


def verify(url: str, specs: list[ClientSpec], sent: list[str], audit_sent: int) -> list[str]:
    """Problems found: anything lost, duplicated or left behind (empty when all is well)."""
    from sqlalchemy import create_engine, func, select, text

    from labeldesk.storage.db import open_database, to_url
    from labeldesk.storage.models import Assignment, OutboxEntry

    problems = []
    engine = create_engine(to_url(url))
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM annotation_revision"))]
        audit = conn.execute(text("SELECT count(*) FROM client_audit")).scalar()
        per_user = dict(
            conn.execute(
                text(
                    'SELECT u.name, count(*) FROM assignment a JOIN "user" u ON u.id = a.user_id '
                    "GROUP BY u.name"
                )
            ).all()
        )
    engine.dispose()
    dupes = sum(1 for n in Counter(ids).values() if n > 1)
    if dupes or len(ids) != len(sent) or set(ids) != set(sent):
        problems.append(
            f"revisions: {len(ids)} on the hub for {len(sent)} made, "
            f"{len(set(sent) - set(ids))} missing, {len(set(ids) - set(sent))} unknown, "
            f"{dupes} duplicated"
        )
    if audit != audit_sent:
        problems.append(f"audit entries: {audit} on the hub, {audit_sent} acknowledged")
    for spec in specs:
        db = open_database(spec.path)
        with db.sessions() as s:
            waiting = s.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
            )
            held = s.scalar(select(func.count()).select_from(Assignment))
        db.dispose()
        if waiting:
            problems.append(f"{spec.name}: {waiting} outbox rows not acknowledged")
        if held != per_user.get(spec.name, 0):
            problems.append(
                f"{spec.name}: holds {held} assignments, the hub gave {per_user.get(spec.name)}"
            )
    return problems


def summary(name: str, outcome: Outcome, wall: float, cpu: dict[str, float]) -> list[str]:
    """Markdown rows for one phase."""
    records = outcome.pushed + outcome.audit + outcome.pulled
    rows = []
    for path in ("/v1/push", "/v1/pull"):
        values = outcome.latencies.get(path, [])
        if not values:
            continue
        rows.append(
            f"| {name} | {path} | {len(values):,} | {1000 * percentile(values, 50):,.0f} | "
            f"{1000 * percentile(values, 95):,.0f} | {1000 * percentile(values, 99):,.0f} | "
            f"{1000 * max(values):,.0f} |"
        )
    head = (
        f"| {name} | all | {outcome.syncs:,} syncs | {records:,} records in {wall:.1f} s = "
        f"**{records / wall:,.0f} records/s** | errors **{len(outcome.errors)}** | "
        f"retries {outcome.retries} | CPU s hub {cpu['hub']:.0f} / PostgreSQL "
        f"{cpu['postgres']:.0f} |"
    )
    return [head, *rows]


def main(argv: list[str] | None = None) -> int:
    """Run the load benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--per-client", type=int, default=300, help="items per labeller")
    parser.add_argument("--overlap", type=float, default=0.1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--round-s", type=float, default=0.0, help="seconds between rounds")
    parser.add_argument("--jitter", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--processes", type=int, default=4, help="client processes")
    parser.add_argument("--profile", action="store_true", help="py-spy the hub (GIL samples)")
    parser.add_argument("--save", action="store_true", help="write into bench/results/sync.md")
    args = parser.parse_args(argv)
    names = [f"L{i:03d}" for i in range(args.clients)]
    conversations = round(args.clients * args.per_client / (1 + args.overlap))
    opts = {k: getattr(args, k) for k in ("per_client", "rounds", "round_s", "jitter", "profile")}
    with (
        tempfile.TemporaryDirectory(prefix="ld_bench_load_") as tmp,
        pg_database("ld_bench_load") as url,
    ):
        folder = Path(tmp)
        started = time.perf_counter()
        tokens = build_hub(url, conversations, names, overlap=args.overlap)
        print(f"hub built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        specs = [ClientSpec(n, tokens[n], str(folder / f"{n}.db")) for n in names]
        blank_workspaces([s.path for s in specs], folder / "blank.db")
        groups = [specs[i :: args.processes] for i in range(args.processes)]
        context = multiprocessing.get_context("spawn")
        with (
            HubServer(url, folder / "hub.log", workers=args.workers) as hub,
            ProcessPoolExecutor(args.processes, mp_context=context) as pool,
        ):
            first, first_s, first_cpu = phase(pool, "first", groups, hub, opts)
            print(f"first sync: {first_s:.1f} s, {len(first.errors)} errors", file=sys.stderr)
            work, work_s, work_cpu = phase(pool, "work", groups, hub, opts)
            print(f"work: {work_s:.1f} s, {len(work.errors)} errors", file=sys.stderr)
        log = (folder / "hub.log").read_text(errors="replace").splitlines()
        hub_errors = [line for line in log if '"level":"error"' in line]
        statuses = Counter(
            line.split('"status":')[1].split(",")[0] for line in log if '"status":' in line
        )
        served = hub_times(log)
        problems = verify(url, specs, work.revision_ids, work.audit)
    for error in (first.errors + work.errors)[:10]:
        print("ERROR", error, file=sys.stderr)
    for line in hub_errors[:3]:
        print("HUB", line[:300], "...", line[-700:], file=sys.stderr)  # the call and the error
    text = "\n".join(
        [
            f"{machine()}",
            "",
            f"{args.clients} clients ({args.processes} client processes, one thread per client, "
            f"each with its own SQLite workspace and SyncClient), {conversations:,} conversations, "
            f"{args.per_client} items per client ({args.overlap:.0%} of conversations for two "
            f"labellers), {args.rounds} rounds of answer-then-sync; hub `labeldesk hub serve "
            f"--workers {args.workers}` on PostgreSQL, all on this machine. Latencies in ms, "
            "client side, retries included.",
            "",
            "| phase | request | count | p50 | p95 | p99 | max |",
            "|---|---|---:|---:|---:|---:|---:|",
            *summary("first sync", first, first_s, first_cpu),
            *summary("work", work, work_s, work_cpu),
            "",
            "Time the hub spent on each request (from its log, both phases; ms): "
            + "; ".join(
                f"`{path}` p50 {percentile(ms, 50):,.0f}, p95 {percentile(ms, 95):,.0f}, "
                f"p99 {percentile(ms, 99):,.0f}"
                for path, ms in sorted(served.items())
                if path in ("/v1/push", "/v1/pull")
            )
            + ".",
            f"Hub responses by status: {dict(sorted(statuses.items()))}; hub errors logged: "
            f"{len(hub_errors)}.",
            f"Check: {len(work.revision_ids):,} answers and {work.audit:,} audit entries made; "
            + (
                "every one on the hub exactly once, every outbox empty, every client holding "
                "exactly its assignments."
                if not problems
                else "PROBLEMS: " + "; ".join(problems[:5])
            ),
        ]
    )
    print(text)
    if args.save:
        save(text, args.workers)
    return 0 if not problems and not first.errors and not work.errors else 1


def save(section: str, workers: int) -> None:
    """Put the section between this worker count's markers in bench/results/sync.md."""
    path = RESULTS / "sync.md"
    begin, end = f"<!-- bench_hub_load w{workers} -->", f"<!-- /bench_hub_load w{workers} -->"
    old = path.read_text() if path.exists() else "# Sync\n"
    if begin not in old:
        old = old.rstrip("\n") + f"\n\n{begin}\n{end}\n"
    head, _, rest = old.partition(begin)
    _, _, tail = rest.partition(end)
    path.write_text(f"{head}{begin}\n{section}\n{end}{tail}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
