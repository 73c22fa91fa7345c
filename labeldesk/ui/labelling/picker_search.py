"""What the taxonomy picker's list offers: ranked search hits, or the recent and favourite labels.

No Qt here: the user's favourite and recent labels, the search boosts they give, and one
search index per taxonomy version (the last few kept, so switching items costs nothing).
"""

from __future__ import annotations

from collections.abc import Sequence

from labeldesk.taxonomy.search import LabelSearch, SearchHit
from labeldesk.ui.models.taxonomy_model import LabelTree

# Most search hits listed.
SEARCH_LIMIT = 50
# Search boost of a favourite label, and of the most recent label (less for older ones).
FAVOURITE_BOOST = 0.06
RECENT_BOOST = 0.04
# Taxonomy versions whose search index is kept, so switching items costs nothing.
SEARCH_CACHE = 4


class LabelFinder:
    """Search hits and recent labels for the picker, boosted by the user's own labels.

    Favourites rank above recent labels, and newer recent labels above older ones, both
    in the search hits and in the list shown when nothing is searched.
    """

    def __init__(self) -> None:
        self._searches: dict[tuple[str, int], LabelSearch] = {}
        self._recent: list[str] = []
        self._favourites: list[str] = []
        self._boost: dict[str, float] = {}

    @property
    def favourites(self) -> tuple[str, ...]:
        """The labels the user marked as favourites."""
        return tuple(self._favourites)

    def set_recent(self, keys: Sequence[str]) -> None:
        """The labels the user chose lately, most recent first."""
        self._recent = list(keys)
        self._update_boost()

    def set_favourites(self, keys: Sequence[str]) -> None:
        """The labels the user marked as favourites."""
        self._favourites = list(keys)
        self._update_boost()

    def search(self, tree: LabelTree, text: str) -> list[SearchHit]:
        """The labels of ``tree`` that match ``text``, best first, deprecated ones last.

        Parameters
        ----------
        tree
            The taxonomy shown.
        text
            What the user typed.

        Returns
        -------
        list of SearchHit
            At most :data:`SEARCH_LIMIT` hits, favourites and recent labels boosted.
        """
        hits = self.index(tree).search(
            text, limit=SEARCH_LIMIT, boost=self._boost, include_deprecated=True
        )
        # deprecated hits last: listed, so the labeller learns why they can't be chosen
        hits.sort(key=lambda hit: _is_deprecated(tree, hit.key))
        return hits

    def recent_keys(self, tree: LabelTree | None) -> list[str]:
        """Favourites, then recent labels, that can be chosen in ``tree`` (each once)."""
        if tree is None:
            return []
        keys = dict.fromkeys([*self._favourites, *self._recent])
        return [k for k in keys if (pos := tree.pos(k)) is not None and tree.choosable(pos)]

    def index(self, tree: LabelTree) -> LabelSearch:
        """The search index of ``tree``'s taxonomy version, built on first use."""
        tax = tree.taxonomy
        ident = (tax.name, tax.version_id)
        if ident not in self._searches:
            while len(self._searches) >= SEARCH_CACHE:
                self._searches.pop(next(iter(self._searches)))
            self._searches[ident] = LabelSearch(tax.labels)
        return self._searches[ident]

    def _update_boost(self) -> None:
        """Search boosts: favourites most, then recent labels, newer more."""
        boost = {
            key: RECENT_BOOST * (1 - n / (2 * max(1, len(self._recent))))
            for n, key in enumerate(self._recent)
        }
        for key in self._favourites:
            boost[key] = max(boost.get(key, 0.0), FAVOURITE_BOOST)
        self._boost = boost


def _is_deprecated(tree: LabelTree, key: str) -> bool:
    """Whether ``key`` is a deprecated label of ``tree``."""
    pos = tree.pos(key)
    return pos is not None and tree.labels[pos].deprecated
