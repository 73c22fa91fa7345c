"""What the charts draw: plain frozen dataclasses, free of Qt, matplotlib and the database.

Each chart element that can be clicked carries a ``key`` (a day, a week, a user id, a pair of
categories, a group): :class:`~labeldesk.charts.hits.Hits` gives it back for a click, and
the caller maps it to the conversations behind it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass
from itertools import accumulate

__all__ = [
    "Breakdown",
    "DailyCounts",
    "Interval",
    "Matrix",
    "Proportions",
    "Share",
    "TimeIntervals",
]


@dataclass(frozen=True)
class DailyCounts:
    """Work done per day, and how much there is to do.

    Attributes
    ----------
    days : tuple of datetime.date
        Consecutive days, oldest first (days with nothing done included, as 0).
    counts : tuple of int
        Answers (skips and unsure marks included) saved on each day.
    expected : int or None
        Answers the scope needs in all (its open assignments); None if unknown.
    """

    days: tuple[dt.date, ...]
    counts: tuple[int, ...]
    expected: int | None = None

    @property
    def cumulative(self) -> tuple[int, ...]:
        """Answers saved up to the end of each day."""
        return tuple(accumulate(self.counts))

    @property
    def total(self) -> int:
        """Answers saved in all."""
        return sum(self.counts)


@dataclass(frozen=True)
class Interval:
    """A statistic and its 95% interval (either end None when there is none)."""

    value: float
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class TimeIntervals:
    """One statistic over periods (weeks), with its intervals.

    Attributes
    ----------
    name : str
        The statistic's name, as the legend shows it.
    periods : tuple of datetime.date
        The first day of each period, oldest first.
    days : int
        Days per period (7 for weeks).
    values : tuple of Interval or None
        The statistic of each period (None where it is undefined).
    n : tuple of int
        What each value is computed over (items).
    """

    name: str
    periods: tuple[dt.date, ...]
    days: int
    values: tuple[Interval | None, ...]
    n: tuple[int, ...]


@dataclass(frozen=True)
class Share:
    """A proportion ``successes / n`` of one group, with its 95% interval.

    Attributes
    ----------
    key : Hashable
        What a click on it gives back.
    name : str
        As the axis shows it.
    successes, n : int
        Counts; ``n`` 0 means there is nothing to show.
    low, high : float or None
        The interval.
    """

    key: Hashable
    name: str
    successes: int
    n: int
    low: float | None = None
    high: float | None = None

    @property
    def value(self) -> float | None:
        """The proportion, or None when ``n`` is 0."""
        return None if self.n == 0 else self.successes / self.n


@dataclass(frozen=True)
class Proportions:
    """One proportion per group (a labeller's gold accuracy), against a target.

    ``shares`` are drawn in their order, the first at the top.
    """

    shares: tuple[Share, ...]
    target: float | None = None


@dataclass(frozen=True)
class Breakdown:
    """Several proportions (measures) for each group (a language, a vendor).

    Attributes
    ----------
    groups : tuple of (key, name)
        The groups, in order (the first at the top).
    measures : tuple of (key, name)
        The measures, in order.
    shares : tuple of tuple of Share
        ``shares[m][g]``: measure ``m`` of group ``g``; each Share's key is
        ``(group key, measure key)``.
    volume : tuple of int
        Answers per group (shown next to its name).
    """

    groups: tuple[tuple[Hashable, str], ...]
    measures: tuple[tuple[str, str], ...]
    shares: tuple[tuple[Share, ...], ...]
    volume: tuple[int, ...]


@dataclass(frozen=True)
class Matrix:
    """Counts of (row label, column label) pairs: final label x given answer.

    Attributes
    ----------
    keys : tuple of str
        The labels (categories), rows and columns in the same order.
    names : tuple of str
        Their names, as the axes show them.
    counts : tuple of tuple of int
        ``counts[r][c]``: answers ``keys[c]`` on conversations whose final label is
        ``keys[r]``.
    """

    keys: tuple[str, ...]
    names: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
