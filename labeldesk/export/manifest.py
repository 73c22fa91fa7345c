"""What an export tells the maker of its manifest, and where the manifest goes.

``labeldesk export --with-qa`` writes a JSON manifest beside the data file
(:func:`manifest_path`). Its contents (taxonomy, counts, agreement, gold, reviews) are the
review layer's business (:mod:`labeldesk.review.manifest`); the export hands it an
:class:`ExportedFile` once the data file is complete, with the file's size and SHA-256, and
writes the bytes it gets back. Both files appear together or not at all
(:func:`labeldesk.export.files.atomic_outputs`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from labeldesk.export.qa import QaColumns

#: What the manifest's file name adds to the data file's name.
MANIFEST_SUFFIX = ".manifest.json"
#: Bytes read at a time when hashing the data file.
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ExportedFile:
    """A data file just written, as its manifest describes it.

    Attributes
    ----------
    batch, batch_id
        The batch's name and database id.
    format
        The format name (see :data:`labeldesk.export.FORMATS`).
    name
        The data file's name (no directory: the manifest sits beside it).
    size
        Its size in bytes.
    sha256
        The SHA-256 of its bytes, in hex.
    conversations
        Conversations written.
    qa
        The final labels and QA results written into it (None without a QA provider).
    """

    batch: str
    batch_id: int
    format: str
    name: str
    size: int
    sha256: str
    conversations: int
    qa: QaColumns | None


#: Makes a manifest's bytes: ``maker(session, file)``, in the export's own session.
ManifestMaker = Callable[["Session", ExportedFile], bytes]


def manifest_path(out: Path) -> Path:
    """The manifest of data file ``out``: ``out`` with :data:`MANIFEST_SUFFIX` added."""
    return out.with_name(out.name + MANIFEST_SUFFIX)


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex, read a chunk at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
