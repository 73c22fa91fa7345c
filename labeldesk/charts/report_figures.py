"""The report's own charts: stacked bars (confused pairs by reviewers' reason), values
against a target (kappa per label) and a reliability diagram (model calibration).

Drawn like the app's charts (:mod:`labeldesk.charts.axes`, :mod:`labeldesk.charts.style`),
on a figure from :func:`labeldesk.charts.style.new_figure`, so the same library and the
same palette draw the dashboard and the emailed report; ``svg_text`` turns them into SVG.
The data are plain frozen dataclasses, free of the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from labeldesk.charts.axes import empty, fresh_axes, percent, percent_axis, short
from labeldesk.charts.style import LIGHT, Palette

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "Bin",
    "Stacked",
    "Values",
    "draw_reliability",
    "draw_stacked",
    "draw_values",
]

#: Characters of a bar's name before it is cut.
NAME_CHARS = 44
#: Colours of stacked segments, in order (after the palette's own).
EXTRA_COLOURS = ("#c9a227", "#7f8c8d", "#b5bcc6")


@dataclass(frozen=True)
class Stacked:
    """Bars made of segments: ``counts[g][s]`` is segment ``s`` of bar ``g``.

    ``notes`` are written after each bar (the number of items); bars are drawn in order,
    the first at the top. ``colours`` (one per segment) override the palette's.
    """

    names: tuple[str, ...]
    segments: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    notes: tuple[str, ...]
    colours: tuple[str, ...] = ()


@dataclass(frozen=True)
class Values:
    """One value per name (None: undefined, drawn as a gap) against a target line."""

    names: tuple[str, ...]
    values: tuple[float | None, ...]
    notes: tuple[str, ...]
    target: float | None = None
    target_label: str = "Target %1"
    low: float = 0.0
    high: float = 1.0


@dataclass(frozen=True)
class Bin:
    """One calibration bin: its score range, how many predictions, their mean score and
    accuracy (None for an empty bin)."""

    low: float
    high: float
    n: int
    mean_score: float | None
    accuracy: float | None


def _colours(palette: Palette) -> list[str]:
    """Segment colours: the palette's, then :data:`EXTRA_COLOURS`."""
    return [palette.warning, palette.secondary, palette.primary, palette.target, *EXTRA_COLOURS]


def draw_stacked(
    fig: Figure,
    data: Stacked,
    *,
    xlabel: str = "",
    nothing: str = "Nothing to show yet",
    palette: Palette = LIGHT,
    title: str | None = None,
) -> None:
    """Horizontal stacked bars with a legend of the segments above the axes."""
    ax = fresh_axes(fig, palette, title)
    if not data.names:
        empty(ax, nothing, palette)
        return
    rows = list(range(len(data.names)))
    left = [0] * len(rows)
    colours = list(data.colours) or _colours(palette)
    for s, segment in enumerate(data.segments):
        widths = [data.counts[g][s] for g in rows]
        ax.barh(
            rows,
            widths,
            left=left,
            height=0.65,
            color=colours[s % len(colours)],
            label=segment,
            zorder=2,
        )
        left = [a + b for a, b in zip(left, widths, strict=True)]
    top = max(max(left), 1)
    for row, total, note in zip(rows, left, data.notes, strict=True):
        ax.text(total + top * 0.01, row, note, va="center", fontsize="x-small", color=palette.text)
    ax.set_xlim(0, top * 1.18)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts
    ax.set_yticks(rows, [short(n, NAME_CHARS) for n in data.names])
    ax.invert_yaxis()
    ax.grid(False, axis="y")
    ax.set_xlabel(xlabel)
    _legend(ax, len(data.segments), palette)


def _legend(ax: Axes, n: int, palette: Palette) -> None:
    """A one-row legend above the axes."""
    legend = ax.legend(
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncols=max(min(n, 6), 1),
        fontsize="x-small",
        frameon=False,
        borderaxespad=0.2,
    )
    for text in legend.get_texts():
        text.set_color(palette.text)


def draw_values(
    fig: Figure,
    data: Values,
    *,
    xlabel: str = "",
    nothing: str = "Nothing to show yet",
    palette: Palette = LIGHT,
    title: str | None = None,
) -> None:
    """One horizontal bar per name from 0, below-target bars in the warning colour, a
    dashed line at the target; each bar's note in a column right of the axis's end."""
    ax = fresh_axes(fig, palette, title)
    if not data.names:
        empty(ax, nothing, palette)
        return
    rows = list(range(len(data.names)))
    values = [0.0 if v is None else v for v in data.values]
    target = data.target
    colours = [
        palette.warning if target is not None and v is not None and v < target else palette.primary
        for v in data.values
    ]
    ax.barh(rows, values, height=0.65, color=colours, zorder=2)
    span = data.high - data.low
    for row, note in zip(rows, data.notes, strict=True):  # in a column right of the axis end
        ax.text(
            data.high + span * 0.03, row, note, va="center", fontsize="x-small", color=palette.text
        )
    ax.set_xlim(data.low, data.high + span * 0.34)
    ax.set_xticks([t for t in ax.get_xticks() if data.low <= t <= data.high])
    ax.axvline(0.0, color=palette.muted, linewidth=0.8)
    if target is not None:
        ax.axvline(target, color=palette.target, linestyle="--", linewidth=1.5, zorder=5)
        ax.annotate(
            data.target_label.replace("%1", f"{target:g}"),
            (target, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            color=palette.target,
            fontsize="x-small",
        )
    ax.set_yticks(rows, [short(n, NAME_CHARS) for n in data.names])
    ax.invert_yaxis()
    ax.grid(False, axis="y")
    ax.set_xlabel(xlabel)


def draw_reliability(
    fig: Figure,
    bins: Sequence[Bin],
    *,
    texts: tuple[str, str, str, str] = (
        "Mean score",
        "Share correct",
        "Perfect calibration",
        "Predictions",
    ),
    nothing: str = "No scores to show",
    palette: Palette = LIGHT,
    title: str | None = None,
) -> None:
    """A reliability diagram: per bin, the share correct as a bar over the bin and a dot at
    the bin's mean score, the diagonal of perfect calibration; below it, how many
    predictions fall in each bin.

    ``texts``: the x axis, the y axis, the diagonal's legend, the counts' axis.
    """
    used = [b for b in bins if b.n and b.accuracy is not None and b.mean_score is not None]
    if not used:
        empty(fresh_axes(fig, palette, title), nothing, palette)
        return
    ax, below = _two_rows(fig, palette, title)
    x_label, y_label, diagonal, count_label = texts
    ax.plot([0, 1], [0, 1], linestyle="--", color=palette.muted, linewidth=1, label=diagonal)
    ax.bar(
        [b.low for b in used],
        [b.accuracy or 0.0 for b in used],
        width=[b.high - b.low for b in used],
        align="edge",
        color=palette.primary,
        alpha=0.35,
        edgecolor=palette.primary,
        zorder=2,
    )
    ax.plot(
        [b.mean_score or 0.0 for b in used],
        [b.accuracy or 0.0 for b in used],
        "o-",
        color=palette.primary,
        markersize=4,
        linewidth=1.5,
        zorder=3,
    )
    for b in used:
        ax.text(
            (b.low + b.high) / 2,
            (b.accuracy or 0.0) + 0.02,
            percent(b.accuracy or 0.0),
            ha="center",
            va="bottom",
            fontsize="xx-small",
            color=palette.text,
        )
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.12)
    percent_axis(ax, "y")
    ax.set_ylabel(y_label)
    ax.tick_params(labelbottom=False)
    legend = ax.legend(loc="upper left", fontsize="x-small", frameon=False)
    for text in legend.get_texts():
        text.set_color(palette.text)
    below.bar(
        [b.low for b in bins],
        [b.n for b in bins],
        width=[b.high - b.low for b in bins],
        align="edge",
        color=palette.muted,
        alpha=0.6,
        zorder=2,
    )
    below.set_ylabel(count_label, fontsize="x-small")
    below.set_xlabel(x_label)
    below.set_xlim(0, 1)
    percent_axis(below, "x")


def _two_rows(fig: Figure, palette: Palette, title: str | None) -> tuple[Axes, Axes]:
    """A tall axes over a short one sharing its x axis, styled like :func:`fresh_axes`."""
    from labeldesk.charts.axes import style_axes
    from labeldesk.charts.style import configure

    configure()
    fig.clear()
    fig.set_facecolor(palette.background)
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(4, 1))
    for ax in (top, bottom):
        style_axes(ax, palette)
    if title:
        top.set_title(title, color=palette.text, fontsize="medium", loc="left")
    return top, bottom
