"""Export a batch to CSV, JSONL, Parquet, XLSX or Label Studio JSON.

One row or record per conversation: the turns, metadata, language, predictions, gold and each
labeller's latest answer. Every format reads back through ``labeldesk import`` with nothing
lost. Modules: :mod:`.service` (the entry point), :mod:`.records` (streaming from SQL),
:mod:`.shapes` (the JSON shape shared by all writers), and one module per writer
(:mod:`.jsonl`, :mod:`.tabular` with :mod:`.table`, :mod:`.parquet`, :mod:`.labelstudio`).
:mod:`.manifest` hands a finished file to the maker of its QA manifest (``--with-qa``), and
:mod:`.files` moves the file and its manifest into place together.
"""

from __future__ import annotations

from labeldesk.export.service import (
    EXTENSIONS,
    FORMATS,
    ExportResult,
    ExportService,
    resolve_format,
)

__all__ = ["EXTENSIONS", "FORMATS", "ExportResult", "ExportService", "resolve_format"]
