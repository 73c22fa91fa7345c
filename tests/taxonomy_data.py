"""The taxonomies the label search and picker tests use, as fixtures that import them by name.

A test module makes the fixtures it needs with :func:`taxonomy_fixture`::

    bitext = taxonomy_fixture("bitext")
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

import pytest
from labelling_data import SHARED

from labeldesk.taxonomy.dto import TaxonomyDTO
from labeldesk.workspace import Workspace

#: The taxonomy files made for the tests (``tests/data/taxonomy``).
FIXTURES: Final[Path] = Path(__file__).resolve().parent / "data" / "taxonomy"

#: Taxonomy name -> its file and what it is like.
TAXONOMIES: Final[dict[str, tuple[Path, str]]] = {
    "bitext": (
        SHARED / "bitext_taxonomy.csv",
        "The shared Bitext taxonomy: 11 categories, leaves only (leaf_only).",
    ),
    "sgd": (SHARED / "sgd_taxonomy.csv", "The shared SGD taxonomy: three levels."),
    "shop": (
        FIXTURES / "nested.yaml",
        "nested.yaml: any level may be chosen, names in th/zh, synonyms, and a deprecated "
        "label (NO, Norway).",
    ),
    "translated": (FIXTURES / "translated.csv", "translated.csv: names in th and zh, leaves only."),
}


def import_taxonomy(ws: Workspace, name: str) -> TaxonomyDTO:
    """Import the taxonomy ``name`` of :data:`TAXONOMIES` into ``ws``; its latest version."""
    ws.taxonomy.import_file(TAXONOMIES[name][0], name=name)
    return ws.taxonomy.latest(name)


def taxonomy_fixture(name: str) -> Callable[[Workspace], TaxonomyDTO]:
    """A fixture named ``name``: the taxonomy ``name``, imported into the test's ``workspace``."""

    def imported(workspace: Workspace) -> TaxonomyDTO:
        return import_taxonomy(workspace, name)

    imported.__doc__ = TAXONOMIES[name][1]
    return pytest.fixture(name=name)(imported)
