"""The label x label confusion heatmap: final labels down, answers given across.

Off-diagonal cells (an answer that differs from the final label) are shaded by their count,
so the confusions stand out; the diagonal (agreeing answers) is a neutral grey. Every
non-empty cell shows its count and is clickable (key: ``(final key, answer key)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from labeldesk.charts.axes import compact, empty, freeze_limits, fresh_axes, short
from labeldesk.charts.data import Matrix
from labeldesk.charts.hits import Hit, Hits
from labeldesk.charts.style import LIGHT, Palette
from labeldesk.charts.texts import ChartTexts

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.colors import Colormap
    from matplotlib.figure import Figure

__all__ = ["draw_confusion"]

#: Tick labels of the heatmap are cut to this many characters.
TICK_CHARS = 20


def draw_confusion(
    fig: Figure,
    data: Matrix,
    *,
    texts: ChartTexts = ChartTexts(),  # noqa: B008 - frozen dataclass
    palette: Palette = LIGHT,
    title: str | None = None,
) -> Hits:
    """Draw ``data`` as a heatmap with counts in the cells (see the module docstring)."""
    import numpy as np

    ax = fresh_axes(fig, palette, title)
    counts = np.asarray(data.counts, dtype=np.int64).reshape(len(data.keys), len(data.keys))
    if counts.size == 0 or counts.sum() == 0:
        empty(ax, texts.nothing, palette)
        return Hits()
    k = counts.shape[0]
    off = np.ma.masked_array(counts, mask=np.eye(k, dtype=bool) | (counts == 0))
    ax.imshow(
        np.eye(k), cmap=_flat(palette.diagonal, palette.background), vmin=0, vmax=1,
        aspect="auto", interpolation="nearest",
    )  # fmt: skip
    top = max(int(off.max()) if off.count() else 1, 1)
    ax.imshow(off, cmap=palette.heat, vmin=0, vmax=top, aspect="auto", interpolation="nearest")
    _cell_counts(ax, counts, top, palette)
    names = [short(n, TICK_CHARS) for n in data.names]
    ax.set_xticks(range(k), names, rotation=40, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(k), names)
    ax.set_xlabel(texts.answer_given)
    ax.set_ylabel(texts.final_label)
    ax.grid(False)
    ax.tick_params(length=0)
    freeze_limits(ax)
    return Hits(
        [
            Hit((data.keys[r], data.keys[c]), ax, c - 0.5, c + 0.5, r - 0.5, r + 0.5)
            for r in range(k)
            for c in range(k)
            if counts[r, c]
        ]
    )


def _flat(colour: str, background: str) -> Colormap:
    """A two-colour map: ``background`` for 0, ``colour`` for 1."""
    from matplotlib.colors import ListedColormap

    return ListedColormap([background, colour])


def _cell_counts(ax: Axes, counts: object, top: int, palette: Palette) -> None:
    """Each non-empty cell's count, light on dark cells."""
    import numpy as np

    grid = np.asarray(counts)
    k = grid.shape[0]
    size = "x-small" if k <= 12 else "xx-small"
    for r in range(k):
        for c in range(k):
            n = int(grid[r, c])
            if not n:
                continue
            dark_cell = r != c and n > 0.6 * top
            ax.text(
                c, r, compact(n), ha="center", va="center", fontsize=size,
                color="#ffffff" if dark_cell else palette.text,
            )  # fmt: skip
