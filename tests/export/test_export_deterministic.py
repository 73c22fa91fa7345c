"""The same workspace gives byte-identical exports and manifests, in every format.

The workspace is built as a lead builds one (:func:`qa_data.make_qa_workspace`: chats in five
languages with model predictions, a batch of hidden gold items), then assigned with full
overlap and gold mixed in, labelled through the labelling service (gold scored and
disagreements found by its hooks, some answers unsure, some skipped) and reviewed through
the review service. Each format is exported twice by the CLI, each time in a new process
with its own hash seed, into two folders under the same file name.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from labelling_data import LABELLERS
from qa_data import make_qa_workspace

from labeldesk.export import FORMATS
from labeldesk.labelling import Answer
from labeldesk.review.assignment import assign_batch
from labeldesk.review.dto import ReviewAnswer, ReviewFilter
from labeldesk.storage.models import CauseCode, Role, Verdict
from labeldesk.workspace import Workspace
from tests.cli.cli_helpers import labeldesk

SUFFIX = {
    "jsonl": "jsonl",
    "csv": "csv",
    "parquet": "parquet",
    "xlsx": "xlsx",
    "labelstudio": "json",
}
LABELS = ("ORDER>cancel_order", "ORDER>track_order", "REFUND>get_refund")


def label_queues(ws: Workspace) -> None:
    """Every labeller answers their queue: a label that depends on who and which item; every
    fifth item skipped, every fourth answer unsure."""
    for n, name in enumerate(LABELLERS):
        me = ws.users.find(name)
        for i, row in enumerate(ws.queue.page(me, limit=1000)):
            if i % 5 == 4:
                ws.labelling.skip(me, row.assignment_id, "not a support chat", active_seconds=5)
                continue
            label = LABELS[(n + int(row.external_id[-1])) % len(LABELS)]
            answer = Answer(labels=(label,), unsure=i % 4 == 0)
            ws.labelling.submit(me, row.assignment_id, answer, active_seconds=10.0 + i)


def review_queue(ws: Workspace) -> int:
    """Rita sides with slot A on every item in her queue; how many she reviewed."""
    rita = ws.users.find("Rita")
    rows = ws.reviews.page(rita, ReviewFilter(), limit=100)
    for row in rows:
        task = ws.reviews.open(rita, row.assignment_id)
        final = task.slots[0].labels
        verdicts = {
            s.slot: Verdict.CORRECT if s.labels == final else Verdict.INCORRECT for s in task.slots
        }
        cause = None if all(v == Verdict.CORRECT for v in verdicts.values()) else "ambiguous"
        ws.reviews.submit(
            rita,
            row.assignment_id,
            ReviewAnswer(labels=final, verdicts=verdicts, cause=cause and CauseCode(cause)),
        )
    return len(rows)


@pytest.fixture(scope="module")
def ws_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The labelled and reviewed workspace (its file)."""
    folder = tmp_path_factory.mktemp("deterministic")
    ws = make_qa_workspace(folder, per_language=4)
    try:
        ws.users.create("Rita", Role.REVIEWER, ("en", "th", "zh", "vi", "id"))
        assign_batch(ws.db, "chats", list(LABELLERS), overlap=1.0, per_item=2, gold=0.3, seed=3)
        label_queues(ws)
        assert review_queue(ws) > 0
    finally:
        ws.close()
    return folder / "ws.db"


def export_twice(ws_path: Path, folder: Path, fmt: str) -> list[tuple[bytes, bytes]]:
    """The data file and manifest of two exports, each by a new CLI process."""
    out = []
    for run, seed in (("first", "1"), ("second", "2")):
        target = folder / run / f"chats.{SUFFIX[fmt]}"
        target.parent.mkdir()
        proc = labeldesk(
            "export", "-b", "chats", "-f", fmt, "--with-qa", "-o", str(target), "-w", str(ws_path),
            env={"PYTHONHASHSEED": seed},
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        manifest = target.with_name(target.name + ".manifest.json")
        out.append((target.read_bytes(), manifest.read_bytes()))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_exports_give_the_same_bytes(ws_path, tmp_path, fmt):
    (data1, manifest1), (data2, manifest2) = export_twice(ws_path, tmp_path, fmt)
    assert data1 == data2
    assert manifest1 == manifest2
    manifest = json.loads(manifest1)
    assert manifest["data_file"]["format"] == fmt
    assert manifest["counts"]["conversations"] == 20
    assert manifest["agreement"]["items"] > 0
    assert manifest["review"]["reviewed"] > 0
    assert manifest["gold"]["results"] > 0  # hidden gold mixed into the batch


def test_xlsx_carries_no_save_time(ws_path, tmp_path):
    # Two saves a second apart would still differ if a zip entry kept the time of writing.
    out = tmp_path / "chats.xlsx"
    proc = labeldesk("export", "-b", "chats", "-o", str(out), "-w", str(ws_path))
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(out) as z:
        assert {info.date_time for info in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
    assert core.count("1980-01-01T00:00:00Z") == 2  # created and modified


def test_parquet_footer_holds_no_time(ws_path, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "chats.parquet"
    proc = labeldesk("export", "-b", "chats", "-o", str(out), "-w", str(ws_path))
    assert proc.returncode == 0, proc.stderr
    meta = pq.ParquetFile(out).metadata
    assert meta.created_by == f"parquet-cpp-arrow version {pa.__version__}"
    assert set(meta.metadata) == {b"ARROW:schema", b"labeldesk.format"}


def test_the_service_writes_what_the_cli_writes(ws_path, tmp_path):
    from labeldesk.review.manifest import qa_manifest

    cli = tmp_path / "cli" / "chats.jsonl"
    cli.parent.mkdir()
    proc = labeldesk("export", "-b", "chats", "--with-qa", "-o", str(cli), "-w", str(ws_path))
    assert proc.returncode == 0, proc.stderr
    with Workspace.open(ws_path) as ws:
        service = ws.exporter.export_batch(
            "chats", None, tmp_path / "chats.jsonl", manifest=qa_manifest
        )
    assert service.path.read_bytes() == cli.read_bytes()
    assert service.manifest is not None
    assert service.manifest.read_bytes() == Path(os.fspath(cli) + ".manifest.json").read_bytes()
