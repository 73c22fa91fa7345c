"""Picks the reader for a file (by ``--format`` or the file name) and opens it as a stream.

Every reader yields :class:`~labeldesk.ingest.record.ConversationRecord` for each good
conversation and :class:`~labeldesk.ingest.jsonl.Rejected` for each one it could not read, and
counts the bytes it has consumed so the importer can report progress.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from labeldesk.errors import InputError, LabelDeskError, Problem
from labeldesk.ingest.jsonl import ByteCounter, ReadSpec, Rejected, read_jsonl
from labeldesk.ingest.record import ConversationRecord
from labeldesk.ingest.validate import SpeakerMap

FORMATS = ("jsonl", "csv", "xlsx", "parquet", "labelstudio")

SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".parquet": "parquet",
    ".pq": "parquet",
}

Item = ConversationRecord | Rejected


@dataclass
class Source:
    """An opened input: its format, the stream of items, and what the reader has counted."""

    file: str
    format: str
    items: Iterator[Item]
    counter: ByteCounter


def guess_format(path: Path) -> str:
    """The format for ``path`` from its name; a ``.json`` file is sniffed (list = Label Studio)."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if suffix == ".json":
        with path.open("rb") as f:
            head = f.read(4096)
        head = head.removeprefix(codecs.BOM_UTF8).lstrip()
        if head.startswith(b"["):
            return "labelstudio"
        if head.startswith(b"{"):
            return "jsonl"
    raise InputError([Problem(str(path), "", "", (
        f"cannot tell the format from the name {path.name!r}; pass --format "
        f"({'|'.join(FORMATS)})"))])


def open_source(path: Path, spec: ReadSpec, speakers: SpeakerMap) -> Source:
    """Open ``path`` for reading in the format ``spec.format`` (or the guessed one)."""
    file = str(path)
    if not path.is_file():
        raise InputError([Problem(file, "", "", "no such file")])
    fmt = spec.format or guess_format(path)
    if fmt not in FORMATS:
        raise InputError([Problem(file, "", "", f"unknown format {fmt!r}; use one of {FORMATS}")])
    counter = ByteCounter(path.stat().st_size)
    if fmt == "jsonl":
        items: Iterator[Item] = read_jsonl(path, spec, counter, speakers)
    elif fmt == "csv":
        from labeldesk.ingest.tabular import read_csv

        items = read_csv(path, spec, counter, speakers)
    elif fmt == "xlsx":
        from labeldesk.ingest.tabular import read_xlsx

        items = read_xlsx(path, spec, counter, speakers)
    elif fmt == "parquet":
        from labeldesk.ingest.parquet import read_parquet

        items = read_parquet(path, spec, counter, speakers)
    else:
        items = _labelstudio(path, counter)
    return Source(file, fmt, items, counter)


def _labelstudio(path: Path, counter: ByteCounter) -> Iterator[Item]:
    try:
        from labeldesk.ingest.labelstudio import read_labelstudio
    except ImportError:
        raise LabelDeskError("Label Studio import is not available in this version") from None
    yield from read_labelstudio(path)
    counter.done = counter.total
