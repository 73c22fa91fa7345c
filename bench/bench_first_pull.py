"""Time a new workstation's first pull of a large assignment set from a hub on loopback.

Setup, untimed: a hub workspace (SQLite, or PostgreSQL) with ``--size`` generated
conversations in batch ``bench``, all assigned to one labeller "Bench", is built once and
kept as a pristine copy. Each run then starts from a fresh copy of that hub (so every run
pays the same publication of the new assignments and the start of their leases), starts the
real ``labeldesk hub serve`` process on 127.0.0.1, makes a new workstation workspace and
times its first ``SyncClient.sync()``: every assignment with its conversation and turns,
page by page. It checks that the workstation then holds exactly the hub's assignments,
conversations and turns.

Each run's time is split into the time spent waiting for ``/v1/pull`` replies (the hub
building the page, the transfer and decoding the JSON) and the rest (the workstation
applying the page and committing it with the cursor). CPU seconds of the hub's processes,
its PostgreSQL backends and the client come from ``/proc``.

Prints a markdown table; ``--save`` writes it into ``bench/results/sync.md`` (between the
``bench_first_pull`` markers). ``--profile`` runs cProfile on the client during the last run
and prints the hottest functions.

Usage::

    python bench/bench_first_pull.py                          # 100,000, 3 runs, SQLite hub
    python bench/bench_first_pull.py --size 10000 --runs 3 --backend both
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from bench_io import machine  # noqa: E402
from sqlalchemy import create_engine, func, select, text  # noqa: E402
from sync_world import OUT, PG_SERVER, CpuMeter, HubServer, build_hub  # noqa: E402

from labeldesk.storage.db import to_url  # noqa: E402
from labeldesk.storage.models import Assignment, Conversation, Turn  # noqa: E402
from labeldesk.sync import outbox  # noqa: E402
from labeldesk.sync.client import SyncClient, SyncReport  # noqa: E402
from labeldesk.sync.protocol import DEFAULT_PULL_RECORDS  # noqa: E402

RESULTS = REPO / "bench" / "results"
USER = "Bench"
BEGIN, END = "<!-- bench_first_pull -->", "<!-- /bench_first_pull -->"


@dataclass(frozen=True)
class Options:
    """How the workstation pulls."""

    page: int = DEFAULT_PULL_RECORDS
    pipeline: bool = False


@dataclass
class Run:
    """One first pull's figures."""

    total_s: float
    waiting_s: float  # for /v1/pull replies: hub, transfer, JSON decoding
    pages: int
    pulled: int
    cpu: dict[str, float]

    @property
    def applying_s(self) -> float:
        """Seconds the workstation spent on its own: applying pages, committing them."""
        return self.total_s - self.waiting_s


class TimedClient(SyncClient):
    """A SyncClient that adds up the time its requests to /v1/pull take."""

    waiting = 0.0

    def request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """The real request, timed when it is a pull."""
        started = time.perf_counter()
        try:
            return super().request(method, path, **kwargs)
        finally:
            if path == "/v1/pull":
                self.waiting += time.perf_counter() - started


class PipelinedClient(SyncClient):
    """A proposal for ``SyncClient.pull``, measured here: ask for page N+1 as soon as page
    N arrives (its reply carries the next cursor), so the hub builds it while the workstation
    applies page N. Pages are still applied one at a time, in order, each in one transaction
    with its cursor; a crash loses at most a page that was fetched and not yet applied, which
    the next sync pulls again (as it does today for a page being applied). ``waiting`` is
    the time the workstation stood waiting for a page."""

    waiting = 0.0

    def pull(self, report: SyncReport, progress: Any = None) -> None:
        """Pull pages from the server cursor, one request ahead."""
        user_id = self._user()
        with self.db.sessions() as s:
            cursor = outbox.state(s, self.hub_url, user_id).cursor
            s.commit()

        def fetch(after: int) -> dict[str, Any]:
            params = {"cursor": after, "limit": self.page}
            return self.request("GET", "/v1/pull", params=params, report=report)

        with ThreadPoolExecutor(1, thread_name_prefix="labeldesk-pull") as pool:
            coming = pool.submit(fetch, cursor)
            while True:
                started = time.perf_counter()
                body = coming.result()
                self.waiting += time.perf_counter() - started
                if body.get("more"):
                    coming = pool.submit(fetch, int(body["cursor"]))
                applied = self._local(lambda s, b=body: self._apply(s, b))
                report.pages += 1
                report.pulled += sum(1 for r in body["records"] if r.get("type") != "settings")
                report.assignments += applied.assignments
                if not body.get("more"):
                    return


# -- hub copies -------------------------------------------------------------------------------


class Hubs:
    """A pristine hub built once, and fresh copies of it for each run."""

    def __init__(self, backend: str, folder: Path, size: int) -> None:
        self.backend, self.folder, self.size = backend, folder, size
        self.tokens: dict[str, str] = {}
        self.pristine = ""
        self.copies: list[str] = []

    def build(self) -> None:
        """Make the pristine hub."""
        if self.backend == "sqlite":
            self.pristine = "sqlite:///" + str((self.folder / "pristine.db").resolve())
        else:
            self.pristine = self._pg_create()
        started = time.perf_counter()
        self.tokens = build_hub(self.pristine, self.size, [USER])
        took = time.perf_counter() - started
        print(f"{self.backend}: hub of {self.size:,} built in {took:.0f} s", file=sys.stderr)

    @contextmanager
    def copy(self) -> Iterator[str]:
        """A fresh copy of the pristine hub (dropped afterwards); yields its URL."""
        if self.backend == "sqlite":
            path = self.folder / f"hub_{uuid.uuid4().hex[:8]}.db"
            source = sqlite3.connect(self.pristine.removeprefix("sqlite:///"))
            target = sqlite3.connect(path)
            try:
                source.backup(target)
            finally:
                source.close()
                target.close()
            try:
                yield "sqlite:///" + str(path.resolve())
            finally:
                path.unlink(missing_ok=True)
            return
        url = self._pg_create(template=self.pristine)
        try:
            yield url
        finally:
            self._pg_drop(url)

    def close(self) -> None:
        """Drop the pristine PostgreSQL database."""
        if self.backend == "postgresql" and self.pristine:
            self._pg_drop(self.pristine)

    def _pg_create(self, template: str | None = None) -> str:
        base = to_url(PG_SERVER)
        name = f"ld_bench_pull_{uuid.uuid4().hex[:10]}"
        clause = f' TEMPLATE "{to_url(template).database}"' if template else ""
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        admin.dispose()
        return base.set(drivername="postgresql", database=name).render_as_string(
            hide_password=False
        )

    def _pg_drop(self, url: str) -> None:
        admin = create_engine(to_url(PG_SERVER), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{to_url(url).database}" WITH (FORCE)'))
        admin.dispose()


# -- one run ----------------------------------------------------------------------------------


def first_pull(
    hub: HubServer, token: str, path: Path, profile: Path | None, options: Options
) -> Run:
    """A new workstation at ``path`` and its timed first sync."""
    from labeldesk.workspace import Workspace

    ws = Workspace.open(path, create=True)
    try:
        meter = CpuMeter(hub)
        profiler = cProfile.Profile() if profile else None
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        kind = PipelinedClient if options.pipeline else TimedClient
        with kind(ws.db, hub.url, token, page=options.page) as client:
            report = client.sync()
        if profiler is not None:
            profiler.disable()
        total = time.perf_counter() - started
        cpu = meter.used()
    finally:
        ws.close()
    if profiler is not None and profile is not None:
        profiler.dump_stats(profile)
        pstats.Stats(str(profile)).sort_stats("cumulative").print_stats(40)
    return Run(total, client.waiting, report.pages, report.pulled, cpu)


def counts(url: str) -> tuple[int, int, int]:
    """(assignments, conversations, turns) in the workspace at ``url``."""
    engine = create_engine(to_url(url))
    with engine.connect() as conn:
        found = tuple(
            int(conn.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Assignment, Conversation, Turn)
        )
    engine.dispose()
    return found  # type: ignore[return-value]


def check(hub_url: str, client: Path) -> None:
    """The workstation holds exactly what the hub assigned (one labeller holds everything)."""
    expected, got = counts(hub_url), counts("sqlite:///" + str(client.resolve()))
    if expected != got:
        raise SystemExit(f"check failed: hub has {expected}, the workstation {got}")


def bench(backend: str, size: int, runs: int, profile: bool, options: Options) -> list[Run]:
    """Every run on one backend."""
    done = []
    with tempfile.TemporaryDirectory(prefix="ld_bench_pull_") as tmp:
        folder = Path(tmp)
        hubs = Hubs(backend, folder, size)
        try:
            hubs.build()
            for index in range(runs):
                last = profile and index == runs - 1
                path = OUT / f"profile_first_pull_{backend}.pstats" if last else None
                with hubs.copy() as url, HubServer(url, folder / "hub.log") as hub:
                    client = folder / f"client_{index}.db"
                    run = first_pull(hub, hubs.tokens[USER], client, path, options)
                    check(url, client)
                    client.unlink()
                print(f"{backend} run {index + 1}: {_describe(run)}", file=sys.stderr)
                done.append(run)
        finally:
            hubs.close()
        shutil.rmtree(folder, ignore_errors=True)
    return done


def _describe(run: Run) -> str:
    return (
        f"{run.total_s:.1f} s ({run.waiting_s:.1f} s waiting for pages, "
        f"{run.applying_s:.1f} s applying), {run.pulled:,} records in {run.pages} pages"
    )


def table(results: dict[str, list[Run]], size: int) -> str:
    """The markdown table of medians."""
    lines = [
        "| hub database | assignments | first pull (s) | waiting for pages (s) | "
        "applying (s) | assignments/s | CPU s: hub / PostgreSQL / client | runs (s) |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for backend, runs in results.items():
        total = statistics.median(r.total_s for r in runs)
        cpu = " / ".join(
            f"{statistics.median(r.cpu[part] for r in runs):.1f}"
            for part in ("hub", "postgres", "client")
        )
        lines.append(
            f"| {backend} | {size:,} | {total:.1f} | "
            f"{statistics.median(r.waiting_s for r in runs):.1f} | "
            f"{statistics.median(r.applying_s for r in runs):.1f} | {size / total:,.0f} | "
            f"{cpu} | " + ", ".join(f"{r.total_s:.1f}" for r in runs) + " |"
        )
    return "\n".join(lines)


def save(section: str) -> None:
    """Put the table between the first-pull markers of bench/results/sync.md."""
    path = RESULTS / "sync.md"
    old = path.read_text()
    if BEGIN not in old:
        old = old.rstrip("\n") + f"\n\n{BEGIN}\n{END}\n"
    head, _, rest = old.partition(BEGIN)
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{BEGIN}\n{section}\n{END}{tail}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backend", choices=["postgresql", "sqlite", "both"], default="sqlite")
    parser.add_argument("--profile", action="store_true", help="cProfile the client (last run)")
    parser.add_argument("--page", type=int, default=DEFAULT_PULL_RECORDS, help="records per page")
    parser.add_argument(
        "--pipeline", action="store_true", help="fetch the next page while applying one"
    )
    parser.add_argument("--save", action="store_true", help="write bench/results/sync.md")
    args = parser.parse_args(argv)
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    options = Options(args.page, args.pipeline)
    results = {b: bench(b, args.size, args.runs, args.profile, options) for b in backends}
    runs = next(iter(results.values()))
    text_ = (
        f"{machine()}\n\n"
        f"A new workstation's first sync: {args.size:,} assignments of one labeller, each with "
        f"its conversation and turns ({runs[0].pulled:,} records in {runs[0].pages} pages of "
        f"{args.page}{', the next page fetched while one is applied' if args.pipeline else ''}), "
        f"from `labeldesk hub serve --workers 1` on 127.0.0.1; each run on a fresh copy of the "
        f"hub (so each pays the publication and the leases' start); median of {args.runs} "
        f"runs. Waiting for pages: the hub building them, the transfer and decoding; "
        f"applying: the workstation writing each page with its cursor.\n\n"
        + table(results, args.size)
    )
    print(text_)
    if args.save:
        save(text_)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
