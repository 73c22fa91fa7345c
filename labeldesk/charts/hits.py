"""Which chart element is at a point: regions in data coordinates, each with a key.

A builder returns :class:`Hits`, one region per clickable element (a bar, a week's column, a
heatmap cell). A click's display coordinates (pixels from the figure's bottom left, as
matplotlib's events give them) find the element through each region's axes transform, so
twin axes and several axes in one figure need no special care. :meth:`Hits.anchor` goes the
other way (the display point at an element's centre), for keyboard navigation and tests.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes

    from labeldesk.charts.style import Palette

__all__ = ["Hit", "Hits", "highlight"]


@dataclass(frozen=True, eq=False)
class Hit:
    """One clickable region: x from ``x0`` to ``x1`` and y from ``y0`` to ``y1`` in the
    data coordinates of ``axes``; y None spans the axes' whole height (a column)."""

    key: Hashable
    axes: Axes
    x0: float
    x1: float
    y0: float | None = None
    y1: float | None = None

    def bounds(self) -> tuple[float, float, float, float]:
        """``(x0, x1, y0, y1)`` with a column's y ends taken from its axes' limits."""
        if self.y0 is None or self.y1 is None:
            low, high = self.axes.get_ylim()
            return self.x0, self.x1, min(low, high), max(low, high)
        return self.x0, self.x1, self.y0, self.y1

    def contains(self, x: float, y: float) -> bool:
        """Whether the display point ``(x, y)`` lies in the region (and in its axes)."""
        if not self.axes.bbox.contains(x, y):
            return False
        dx, dy = self.axes.transData.inverted().transform((x, y))
        x0, x1, y0, y1 = self.bounds()
        return min(x0, x1) <= dx <= max(x0, x1) and y0 <= dy <= y1


class Hits:
    """The clickable regions of one figure, in reading order.

    Parameters
    ----------
    hits
        The regions; a later one wins where regions overlap.
    """

    def __init__(self, hits: Sequence[Hit] = ()) -> None:
        self._hits = tuple(hits)

    def __len__(self) -> int:
        """How many regions."""
        return len(self._hits)

    def __iter__(self) -> Iterator[Hit]:
        """The regions in reading order."""
        return iter(self._hits)

    def keys(self) -> list[Hashable]:
        """The regions' keys in reading order."""
        return [h.key for h in self._hits]

    def find(self, key: Hashable) -> Hit | None:
        """The region with ``key``, or None."""
        return next((h for h in self._hits if h.key == key), None)

    def at(self, x: float, y: float) -> Hashable | None:
        """The key of the region at display point ``(x, y)``, or None."""
        for hit in reversed(self._hits):
            if hit.contains(x, y):
                return hit.key
        return None

    def anchor(self, key: Hashable) -> tuple[float, float]:
        """The display point at the centre of ``key``'s region (after the figure was drawn).

        Raises
        ------
        KeyError
            If no region has that key.
        """
        hit = self.find(key)
        if hit is None:
            raise KeyError(key)
        x0, x1, y0, y1 = hit.bounds()
        point = hit.axes.transData.transform(((x0 + x1) / 2, (y0 + y1) / 2))
        return float(point[0]), float(point[1])


def highlight(hit: Hit, palette: Palette) -> Artist:
    """Outline ``hit``'s region in its axes (remove the returned artist to undo it)."""
    from matplotlib.patches import Rectangle

    x0, x1, y0, y1 = hit.bounds()
    patch: Any = Rectangle(
        (min(x0, x1), y0),
        abs(x1 - x0),
        y1 - y0,
        fill=False,
        edgecolor=palette.highlight,
        linewidth=2.5,
        zorder=10,
        clip_on=False,
    )
    hit.axes.add_patch(patch)
    return patch  # type: ignore[no-any-return]
