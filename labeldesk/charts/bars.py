"""Horizontal bar charts of proportions with 95% intervals: one per group against a target
(gold accuracy per labeller), and several measures per group (per language, per vendor)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from labeldesk.charts.axes import (
    compact,
    empty,
    fill,
    freeze_limits,
    fresh_axes,
    percent,
    percent_axis,
    short,
    top_legend,
)
from labeldesk.charts.data import Breakdown, Proportions, Share
from labeldesk.charts.hits import Hit, Hits
from labeldesk.charts.style import LIGHT, Palette
from labeldesk.charts.texts import ChartTexts

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["MAX_BARS", "draw_breakdown", "draw_proportions"]

#: Groups drawn at most; the rest are counted in a note.
MAX_BARS = 20
#: Counts from this size are written short (``158k``) at the bars' ends.
COMPACT_FROM = 10_000
#: Up to this many groups, each group's name has its answers on a second line.
TWO_LINE_GROUPS = 4
#: Rows of room at least, so one or two bars do not fill the whole chart.
MIN_ROWS = 4


def draw_proportions(
    fig: Figure,
    data: Proportions,
    *,
    texts: ChartTexts = ChartTexts(),  # noqa: B008 - frozen dataclass
    palette: Palette = LIGHT,
    title: str | None = None,
    max_bars: int = MAX_BARS,
) -> Hits:
    """One bar per group (the first at the top), whiskers for the interval, a dashed line at
    the target; bars below the target in the warning colour. Each bar's row is clickable
    (key: the share's key)."""
    ax = fresh_axes(fig, palette, title)
    shown = [s for s in data.shares if s.n][:max_bars]
    if not shown:
        empty(ax, texts.nothing, palette)
        return Hits()
    rows = list(range(len(shown)))
    colours = [_colour(s, data.target, palette) for s in shown]
    _bars(ax, rows, shown, colours, height=0.7)
    ax.set_yticks(rows, [short(s.name) for s in shown])
    ax.set_ylim(max(len(rows), MIN_ROWS) - 0.5, -0.5)  # few bars stay bar-sized
    _percent_room(ax)
    ax.set_xlabel(texts.gold_accuracy)
    if data.target is not None:
        _target(ax, data.target, texts, palette)
    _more_note(ax, len([s for s in data.shares if s.n]) - len(shown), texts, palette)
    freeze_limits(ax)
    return Hits(
        [Hit(s.key, ax, 0.0, 1.0, r - 0.45, r + 0.45) for r, s in zip(rows, shown, strict=True)]
    )


def _colour(share: Share, target: float | None, palette: Palette) -> str:
    """The warning colour below the target, else the primary one."""
    value = share.value
    below = target is not None and value is not None and value < target
    return palette.warning if below else palette.primary


def _bars(
    ax: Axes, rows: Sequence[float], shares: Sequence[Share], colours: Sequence[str], height: float
) -> None:
    """Bars with interval whiskers and the value and count at each bar's end (a share of
    nothing, ``n`` 0, gets no bar)."""
    import numpy as np

    kept = [i for i, s in enumerate(shares) if s.n]
    rows = [rows[i] for i in kept]
    colours = [colours[i] for i in kept]
    shares = [shares[i] for i in kept]
    if not shares:
        return
    values = np.asarray([s.value or 0.0 for s in shares])
    lows = np.asarray(
        [s.low if s.low is not None else v for s, v in zip(shares, values, strict=True)]
    )
    highs = np.asarray(
        [s.high if s.high is not None else v for s, v in zip(shares, values, strict=True)]
    )
    ax.barh(rows, values, height=height, color=colours, zorder=2)
    ax.errorbar(
        values, rows, xerr=np.clip(np.vstack([values - lows, highs - values]), 0, None), fmt="none",
        ecolor=ax.xaxis.label.get_color(), elinewidth=1, capsize=2, zorder=3,
    )  # fmt: skip
    for row, share, high in zip(rows, shares, highs, strict=True):
        ax.text(
            min(high, 1.0) + 0.015, row, _note(share),
            va="center", fontsize="x-small", color=ax.xaxis.label.get_color(), zorder=4,
        )  # fmt: skip


def _note(share: Share) -> str:
    """The value and counts written at a bar's end: ``50%  (1/2)``."""
    if share.n >= COMPACT_FROM:
        return f"{percent(share.value or 0.0)}  ({compact(share.successes)}/{compact(share.n)})"
    return f"{percent(share.value or 0.0)}  ({share.successes}/{share.n})"


def _nothing_notes(
    ax: Axes, data: Breakdown, n_groups: int, texts: ChartTexts, palette: Palette
) -> None:
    """A muted note on the rows of groups with nothing measured."""
    for g in range(n_groups):
        if not any(data.shares[m][g].n for m in range(len(data.measures))):
            ax.text(
                0.01, g, texts.nothing_measured, va="center", fontsize="x-small",
                color=palette.muted, style="italic",
            )  # fmt: skip


def _percent_room(ax: Axes) -> None:
    """An x axis from 0 to 100% with room on the right for the bar notes."""
    ax.set_xlim(0, 1.32)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    percent_axis(ax, "x")
    ax.grid(False, axis="y")


def _target(ax: Axes, target: float, texts: ChartTexts, palette: Palette) -> None:
    """A dashed vertical line at the target, named at its top."""
    ax.axvline(target, color=palette.target, linestyle="--", linewidth=1.5, zorder=5)
    ax.annotate(
        fill(texts.target, percent(target)), (target, 1.0), xycoords=("data", "axes fraction"),
        xytext=(0, 2), textcoords="offset points", ha="center", va="bottom",
        color=palette.target, fontsize="x-small",
    )  # fmt: skip


def _more_note(ax: Axes, hidden: int, texts: ChartTexts, palette: Palette) -> None:
    """Say how many groups did not fit."""
    if hidden > 0:
        ax.text(
            1.0, -0.02, fill(texts.more, f"{hidden:,}"), transform=ax.transAxes, ha="right",
            va="top", fontsize="x-small", color=palette.muted,
        )  # fmt: skip


def draw_breakdown(
    fig: Figure,
    data: Breakdown,
    *,
    texts: ChartTexts = ChartTexts(),  # noqa: B008 - frozen dataclass
    palette: Palette = LIGHT,
    title: str | None = None,
    max_groups: int = MAX_BARS,
) -> Hits:
    """Each group a row of bars, one per measure, with intervals; the group's answers under
    its name. Each bar is clickable (key: ``(group key, measure key)``)."""
    ax = fresh_axes(fig, palette, title)
    groups = list(data.groups[:max_groups])
    if not groups or not data.measures:
        empty(ax, texts.nothing, palette)
        return Hits()
    colours = [palette.primary, palette.secondary, palette.target, palette.warning]
    height = 0.8 / len(data.measures)
    hits: list[Hit] = []
    for m in range(len(data.measures)):
        offset = -0.4 + height * (m + 0.5)
        rows = [g + offset for g in range(len(groups))]
        shares = list(data.shares[m][: len(groups)])
        _bars(ax, rows, shares, [colours[m % len(colours)]] * len(rows), height=height * 0.9)
        hits += [
            Hit(s.key, ax, 0.0, 1.0, r - height / 2, r + height / 2)
            for r, s in zip(rows, shares, strict=True)
            if s.n
        ]
    _nothing_notes(ax, data, len(groups), texts, palette)
    two_lines = len(groups) <= TWO_LINE_GROUPS  # else one line each, the count short
    labels = [
        f"{short(name)}\n{fill(texts.answers, f'{n:,}')}"
        if two_lines
        else f"{short(name)} · {compact(n)}"
        for (_k, name), n in zip(groups, data.volume, strict=True)
    ]
    ax.set_yticks(range(len(groups)), labels)
    ax.set_ylim(max(len(groups), MIN_ROWS - 1) - 0.5, -0.5)  # few groups stay bar-sized
    _percent_room(ax)
    ax.set_xlabel(texts.share)
    top_legend(
        ax, [(n, colours[m % len(colours)]) for m, (_k, n) in enumerate(data.measures)], palette
    )
    _more_note(ax, len(data.groups) - len(groups), texts, palette)
    freeze_limits(ax)
    return Hits(hits)
