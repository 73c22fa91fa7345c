"""Taxonomies: import a file as a new version, diff versions, and resolve label references."""

from __future__ import annotations

from labeldesk.taxonomy.dto import (
    ImportResult,
    LabelChange,
    LabelDTO,
    TaxonomyDiff,
    TaxonomyDTO,
    TaxonomySummary,
)
from labeldesk.taxonomy.index import LabelIndex, split_path
from labeldesk.taxonomy.service import TaxonomyService

__all__ = [
    "ImportResult",
    "LabelChange",
    "LabelDTO",
    "LabelIndex",
    "TaxonomyDTO",
    "TaxonomyDiff",
    "TaxonomyService",
    "TaxonomySummary",
    "split_path",
]
