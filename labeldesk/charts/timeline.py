"""Charts over time: progress and throughput per day, agreement per week with its intervals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from labeldesk.charts.axes import (
    empty,
    fill,
    freeze_limits,
    fresh_axes,
    percent,
    percent_axis,
    style_axes,
    top_legend,
)
from labeldesk.charts.data import DailyCounts, TimeIntervals
from labeldesk.charts.hits import Hit, Hits
from labeldesk.charts.style import LIGHT, Palette
from labeldesk.charts.texts import ChartTexts

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["draw_agreement", "draw_progress"]


def _day_number(day: dt.date) -> float:
    """A day as matplotlib's date number (its midnight)."""
    from matplotlib.dates import date2num

    return float(date2num(dt.datetime.combine(day, dt.time())))


def _date_axis(ax: Axes, first: dt.date, last: dt.date) -> None:
    """Concise date ticks, and at least three days of room around a short range."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    start, end = _day_number(first), _day_number(last) + 1.0
    pad = max(0.0, (3.0 - (end - start)) / 2)
    ax.set_xlim(start - pad - 0.1, end + pad + 0.1)


def draw_progress(
    fig: Figure,
    data: DailyCounts,
    *,
    texts: ChartTexts = ChartTexts(),  # noqa: B008 - frozen dataclass
    palette: Palette = LIGHT,
    title: str | None = None,
) -> Hits:
    """Answers per day as bars; the running share of assigned answers done as a line.

    Without ``data.expected`` the line counts answers so far. Each day's column is
    clickable (key: the day).
    """
    from matplotlib.ticker import MaxNLocator

    ax = fresh_axes(fig, palette, title)
    if not data.days:
        empty(ax, texts.nothing, palette)
        return Hits()
    starts = [_day_number(d) for d in data.days]
    ax.bar(starts, data.counts, width=0.8, align="edge", color=palette.primary, zorder=2)
    ax.set_ylabel(texts.answers_per_day)
    _date_axis(ax, data.days[0], data.days[-1])
    ax.set_ylim(0, max(max(data.counts), 1) * 1.12)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    line = _progress_line(ax, data, starts, texts, palette)
    freeze_limits(ax, line)
    return Hits([Hit(day, ax, s, s + 1.0) for day, s in zip(data.days, starts, strict=True)])


def _progress_line(
    ax: Axes, data: DailyCounts, starts: list[float], texts: ChartTexts, palette: Palette
) -> Axes:
    """The running total on a second y axis (a share when the expected total is known)."""
    twin = ax.twinx()
    style_axes(twin, palette)
    twin.grid(False)
    twin.spines["right"].set_visible(True)
    done = [0, *data.cumulative]  # from nothing at the start of the first day
    ends = [starts[0], *(s + 1.0 for s in starts)]
    if data.expected:
        shares = [min(1.0, n / data.expected) for n in done]
        twin.plot(ends, shares, "-o", color=palette.secondary, markersize=3, linewidth=2, zorder=3)
        twin.set_ylim(0, 1.05)
        percent_axis(twin, "y")
        twin.set_ylabel(texts.done_share)
        note = fill(texts.done_note, percent(done[-1] / data.expected))
        twin.annotate(
            note, (ends[-1], shares[-1]), xytext=(-4, 6), textcoords="offset points",
            ha="right", color=palette.secondary, fontsize="small",
            bbox={"facecolor": palette.background, "edgecolor": "none", "alpha": 0.85, "pad": 1},
        )  # fmt: skip
    else:
        twin.plot(ends, done, "-o", color=palette.secondary, markersize=3, linewidth=2)
        twin.set_ylim(0, max(done[-1], 1) * 1.12)
        twin.set_ylabel(texts.done_count)
    return twin


def draw_agreement(
    fig: Figure,
    series: Sequence[TimeIntervals],
    *,
    texts: ChartTexts = ChartTexts(),  # noqa: B008 - frozen dataclass
    palette: Palette = LIGHT,
    title: str | None = None,
) -> Hits:
    """Each statistic per period as a line with its 95% interval as a band (and whiskers,
    so a single period shows its interval too). Each period's column is clickable (key: the
    period's first day)."""
    ax = fresh_axes(fig, palette, title)
    periods = sorted({p for s in series for p in s.periods})
    if not periods:
        empty(ax, texts.nothing, palette)
        return Hits()
    colours = [palette.primary, palette.secondary, palette.target, palette.warning]
    lowest = 0.0
    for n, one in enumerate(series):
        # side by side within the period, so equal values do not hide each other
        shift = (n - (len(series) - 1) / 2) * one.days * DODGE
        lowest = min(lowest, _interval_line(ax, one, colours[n % len(colours)], shift))
    days = max(s.days for s in series)
    _date_axis(ax, periods[0], periods[-1] + dt.timedelta(days=days - 1))
    ax.set_ylim(min(0.0, lowest - 0.05), 1.05)
    ax.set_ylabel(texts.agreement)
    top_legend(ax, [(s.name, colours[n % len(colours)]) for n, s in enumerate(series)], palette)
    _period_counts(ax, series, texts, palette)
    freeze_limits(ax)
    return Hits([Hit(p, ax, _day_number(p), _day_number(p) + days) for p in periods])


#: How far apart (a share of the period) the statistics of one period are drawn.
DODGE = 0.08


def _interval_line(ax: Axes, one: TimeIntervals, colour: str, shift: float = 0.0) -> float:
    """One statistic's line, band and whiskers, ``shift`` days off each period's middle;
    returns the lowest point drawn."""
    import numpy as np

    mids, values, lows, highs = [], [], [], []
    for period, value in zip(one.periods, one.values, strict=True):
        if value is None:
            continue
        mids.append(_day_number(period) + one.days / 2 + shift)
        values.append(value.value)
        lows.append(value.value if value.low is None else value.low)
        highs.append(value.value if value.high is None else value.high)
    if not mids:
        return 0.0
    x, y = np.asarray(mids), np.asarray(values)
    lo, hi = np.asarray(lows), np.asarray(highs)
    ax.fill_between(x, lo, hi, color=colour, alpha=0.18, linewidth=0, zorder=2)
    ax.errorbar(
        x, y, yerr=np.clip(np.vstack([y - lo, hi - y]), 0, None), fmt="-o", color=colour,
        markersize=4, linewidth=2, capsize=3, elinewidth=1, label=one.name, zorder=3,
    )  # fmt: skip
    return float(lo.min())


def _period_counts(
    ax: Axes, series: Sequence[TimeIntervals], texts: ChartTexts, palette: Palette
) -> None:
    """How many items each period's statistics stand on, along the top of the axes."""
    from matplotlib.transforms import blended_transform_factory

    first = series[0]
    where = blended_transform_factory(ax.transData, ax.transAxes)
    for period, n in zip(first.periods, first.n, strict=True):
        ax.text(
            _day_number(period) + first.days / 2, 0.98, fill(texts.items_note, f"{n:,}"),
            transform=where, ha="center", va="top", fontsize="x-small", color=palette.muted,
        )  # fmt: skip
