"""Read the pages of a big SQLite batch in worker processes, in order.

Reading rows out of SQLite through Python is CPU-bound and holds the GIL, so threads do not
help; processes do. Page ``i`` goes to worker ``i % n``: each worker is a child
``python -m labeldesk.export.parallel`` (its own interpreter, so nothing depends on how the
caller's main module was written) that opens its own read-only connection, turns its pages
into Arrow record batches (:mod:`labeldesk.export.sqlite_pages`) and writes them to its
stdout as Arrow IPC messages, in order. The parent reads the workers in turn, so pages come
back in id order and the file is the same as a one-process export's, byte for byte. A
worker holds at most :data:`AHEAD` finished pages the parent has not taken, which bounds
memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from labeldesk.errors import LabelDeskError

if TYPE_CHECKING:
    import pyarrow as pa


#: Finished pages a worker may hold while the parent has not taken them yet.
AHEAD = 3


def workers() -> int:
    """How many reader processes to use: ``$LABELDESK_EXPORT_WORKERS``, else the CPU count."""
    value = os.environ.get("LABELDESK_EXPORT_WORKERS", "")
    if value.isdigit():
        return int(value)
    return os.cpu_count() or 1


def record_batches(
    path: str, bid: int, batch: str, bounds: list[tuple[int, int]], n_workers: int
) -> Iterator[pa.RecordBatch]:
    """The record batch of each page in ``bounds``, in order, read by ``n_workers`` processes."""
    import pyarrow as pa

    procs = []
    try:
        for w in range(n_workers):
            job = {"path": path, "bid": bid, "batch": batch, "pages": bounds[w::n_workers]}
            proc = subprocess.Popen(
                [sys.executable, "-m", "labeldesk.export.parallel"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            assert proc.stdin is not None
            proc.stdin.write(json.dumps(job).encode())
            proc.stdin.close()
            procs.append(proc)
        readers = [pa.ipc.open_stream(p.stdout) for p in procs]
        for i in range(len(bounds)):
            yield readers[i % n_workers].read_next_batch()
        for proc in procs:
            if proc.wait() != 0:
                raise LabelDeskError(_failure(proc))
    except (OSError, pa.ArrowInvalid, StopIteration) as exc:
        failed = [_failure(p) for p in procs if p.poll() not in (None, 0)]
        raise LabelDeskError(f"an export worker failed: {'; '.join(failed) or exc}") from exc
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for pipe in (proc.stdout, proc.stderr):
                if pipe is not None:
                    pipe.close()


def _failure(proc: subprocess.Popen[bytes]) -> str:
    err = proc.stderr.read().decode(errors="replace").strip() if proc.stderr else ""
    return f"worker exited with {proc.returncode}: {err.splitlines()[-1] if err else ''}"


def _work() -> None:
    """Worker entry point: read the job from stdin, write the pages' IPC stream to stdout.

    A thread writes finished pages to the pipe (releasing the GIL while it blocks), so the
    worker keeps reading up to :data:`AHEAD` pages while the parent is busy writing a row
    group.
    """
    import gc
    import queue
    import threading

    import pyarrow as pa

    from labeldesk.export.sqlite_pages import PageBuilder, connect

    gc.disable()  # no reference cycles here; see ``service._gc_paused``
    job = json.loads(sys.stdin.buffer.read())
    builder = PageBuilder(connect(job["path"]), job["bid"], job["batch"])
    done: queue.Queue[pa.RecordBatch | None] = queue.Queue(maxsize=AHEAD)

    def send() -> None:
        with pa.ipc.new_stream(sys.stdout.buffer, builder.schema) as out:
            while (page := done.get()) is not None:
                out.write_batch(page)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    for lo, hi in job["pages"]:
        done.put(builder.record_batch(lo, hi))
    done.put(None)
    sender.join()


if __name__ == "__main__":
    _work()
