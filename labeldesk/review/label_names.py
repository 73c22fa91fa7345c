"""Names, top-level branches and leaves of the labels a report talks about.

Reports show label keys by their names (``cancel_order``), a label set (a *category*,
``a|b``) by its labels' names joined with `` + ``, and group labels by their top-level
taxonomy branch (``ORDER``). The names come from the latest version of each taxonomy in
scope; a key no taxonomy knows stands for itself (its own name, its own branch).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from labeldesk.review.qa_tables import CATEGORY_SEPARATOR
from labeldesk.storage.models import Taxonomy

if TYPE_CHECKING:
    from labeldesk.storage.db import Database
    from labeldesk.taxonomy.index import LabelIndex

#: How a category's label names are joined for display.
NAME_JOINER = " + "


@dataclass(frozen=True)
class Leaf:
    """A leaf label a labeller can choose (not deprecated)."""

    taxonomy: str
    key: str
    name: str
    branch: str


class LabelNames:
    """Look up label names and branches in the latest versions of some taxonomies.

    Parameters
    ----------
    indexes
        The label index of each taxonomy, in the order to search them.
    """

    def __init__(self, indexes: Sequence[LabelIndex]) -> None:
        self._indexes = tuple(indexes)

    @classmethod
    def load(cls, db: Database, taxonomy_ids: Sequence[int]) -> LabelNames:
        """The latest versions of the taxonomies with these ids (by name)."""
        from labeldesk.taxonomy import TaxonomyService

        with db.sessions() as s:
            names = list(
                s.scalars(
                    select(Taxonomy.name)
                    .where(Taxonomy.id.in_(list(taxonomy_ids)))
                    .order_by(Taxonomy.name)
                )
            )
        service = TaxonomyService(db)
        return cls([service.label_index(name) for name in names])

    def _find(self, key: str) -> LabelIndex | None:
        """The first index that knows ``key``."""
        return next((index for index in self._indexes if key in index), None)

    def name(self, key: str) -> str:
        """The label's name (the key itself when no taxonomy knows it)."""
        index = self._find(key)
        return key if index is None else index.label(key).name

    def branch(self, key: str) -> str:
        """The key of the label's top-level ancestor (itself at the top, or unknown)."""
        index = self._find(key)
        if index is None:
            return key
        return [*index.ancestors(key), key][0]

    def category_name(self, category: str) -> str:
        """A category's display name: its labels' names joined by :data:`NAME_JOINER`."""
        if not category:
            return "(no label)"
        return NAME_JOINER.join(self.name(k) for k in category.split(CATEGORY_SEPARATOR))

    def category_branch(self, category: str) -> str:
        """The branch of a category's first label ("" for no label)."""
        return self.branch(category.split(CATEGORY_SEPARATOR)[0]) if category else ""

    def leaves(self) -> Iterator[Leaf]:
        """Every leaf that is not deprecated, taxonomy by taxonomy, in file order."""
        for index in self._indexes:
            for key in index:
                if index.is_leaf(key) and not index.is_deprecated(key):
                    yield Leaf(index.taxonomy, key, index.label(key).name, self.branch(key))

    def taxonomy_of(self, key: str) -> str | None:
        """The name of the first taxonomy that knows ``key``."""
        index = self._find(key)
        return None if index is None else index.taxonomy
