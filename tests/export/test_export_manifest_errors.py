"""``labeldesk export --with-qa`` on bad input, and a killed or failed export.

An unknown batch and an output folder that cannot be written are one-line errors that name
what is wrong; a failure or a kill -9 at any point leaves the previous data file and manifest
exactly as they were (both files are written beside the destination and moved into place
together at the end).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from manifest_case import build

from labeldesk.errors import CancelledError, LabelDeskError
from labeldesk.export import records as rec
from labeldesk.progress import Progress
from labeldesk.review.manifest import qa_manifest
from labeldesk.workspace import Workspace
from tests.cli.cli_helpers import assert_one_line_error, labeldesk

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ws_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("errors") / "ws.db"
    with Workspace.open(path, create=True) as ws:
        build(ws)
    return path


@pytest.fixture
def previous(ws_path: Path, tmp_path: Path) -> dict[str, bytes]:
    """A complete earlier export in ``tmp_path/out``: file name -> bytes."""
    folder = tmp_path / "out"
    folder.mkdir()
    with Workspace.open(ws_path) as ws:
        ws.exporter.export_batch("hand", None, folder / "hand.jsonl", manifest=qa_manifest)
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def visible(folder: Path) -> dict[str, bytes]:
    """The files in ``folder`` a user sees (not the hidden ``.part`` files), with their bytes."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}


def test_unknown_batch_is_a_one_line_error_and_writes_nothing(ws_path, tmp_path):
    out = tmp_path / "o.parquet"
    proc = labeldesk("export", "-w", str(ws_path), "-b", "nope", "--with-qa", "-o", str(out))
    assert_one_line_error(proc, "no batch named 'nope'", "batches: hand, other")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write to: read-only mode, or (as root, who ignores modes) the
    immutable attribute."""
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], check=False).returncode:
        pytest.skip("running as root on a file system without the immutable attribute")
    try:
        yield folder
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_unwritable_folder_is_a_one_line_error_naming_the_path(ws_path, locked):
    out = locked / "hand.csv"
    proc = labeldesk("export", "-w", str(ws_path), "-b", "hand", "--with-qa", "-o", str(out))
    assert_one_line_error(proc, f"cannot write {out}", str(locked))
    assert list(locked.iterdir()) == []


@pytest.mark.parametrize("stage", ["data", "manifest"])
def test_killed_export_leaves_the_previous_files(ws_path, tmp_path, previous, stage):
    # A child process exports page by page (one conversation a page) and stops either after
    # the first page of the data file or inside the manifest maker; it says so, sleeps, and
    # is killed with SIGKILL there.
    folder = tmp_path / "out"
    script = f"""
import sys, time
from labeldesk.export import records as rec
from labeldesk.review import manifest
from labeldesk.workspace import Workspace

rec.PAGE_SIZE = 1

def stop(*args):
    print("stopped", flush=True)
    time.sleep(600)

def progress(p):
    if {stage!r} == "data" and p.done >= 1:
        stop()

def maker(session, file):
    stop()

with Workspace.open({str(ws_path)!r}) as ws:
    ws.exporter.export_batch("hand", None, {str(folder / "hand.jsonl")!r}, progress,
                             manifest=maker)
"""
    child = subprocess.Popen(
        [sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "stopped\n"  # blocks until the child is there
        parts = [p.name for p in folder.iterdir() if p.name.endswith(".part")]
        assert len(parts) == 2  # the new data file and manifest, both still temporary
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert visible(folder) == previous


def test_cancelled_export_leaves_the_previous_files_and_no_temporary(
    ws_path, tmp_path, previous, monkeypatch
):
    monkeypatch.setattr(rec, "PAGE_SIZE", 1)
    folder = tmp_path / "out"

    def cancel(p: Progress) -> None:
        if p.done >= 2:
            raise CancelledError("cancelled")

    with Workspace.open(ws_path) as ws, pytest.raises(CancelledError):
        ws.exporter.export_batch("hand", None, folder / "hand.jsonl", cancel, manifest=qa_manifest)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == previous


def test_failing_manifest_leaves_the_previous_files_and_no_temporary(ws_path, tmp_path, previous):
    folder = tmp_path / "out"

    def broken(session, file):
        raise LabelDeskError("the manifest cannot be made")

    with Workspace.open(ws_path) as ws, pytest.raises(LabelDeskError, match="manifest"):
        ws.exporter.export_batch("hand", None, folder / "hand.jsonl", manifest=broken)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == previous


def test_a_new_export_replaces_both_files(ws_path, tmp_path, previous):
    folder = tmp_path / "out"
    (folder / "hand.jsonl").write_bytes(b"stale")
    (folder / "hand.jsonl.manifest.json").write_bytes(b"stale")
    with Workspace.open(ws_path) as ws:
        ws.exporter.export_batch("hand", None, folder / "hand.jsonl", manifest=qa_manifest)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == previous


def test_an_export_without_qa_removes_the_manifest_of_the_file_it_replaces(
    ws_path, tmp_path, previous
):
    folder = tmp_path / "out"
    assert "hand.jsonl.manifest.json" in previous
    with Workspace.open(ws_path) as ws:
        ws.exporter.export_batch("hand", None, folder / "hand.jsonl")
    assert sorted(visible(folder)) == ["hand.jsonl"]
    with Workspace.open(ws_path) as ws:  # a manifest of another file stays
        ws.exporter.export_batch("hand", None, folder / "other.jsonl", manifest=qa_manifest)
        ws.exporter.export_batch("hand", None, folder / "hand.jsonl")
    assert sorted(visible(folder)) == ["hand.jsonl", "other.jsonl", "other.jsonl.manifest.json"]
