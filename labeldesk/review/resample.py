"""Bootstrap resamples of units drawn as counts per pattern, fast for many patterns.

Resampling ``N`` units with replacement and counting the units drawn from each pattern
gives ``Multinomial(N, sizes / N)`` (:mod:`labeldesk.review.patterns`). With tens of
thousands of patterns (twenty raters in pairs: one pattern per rater pair and label pair)
the sequential binomials of :func:`~labeldesk.review.patterns.resample_weights` cost about
30 ns a pattern, a thousand resamples several seconds. :class:`PatternSampler` draws the
same distribution in a few nanoseconds a pattern:

1. every pattern of size ``s`` gets an independent ``Poisson(theta * s)`` count, with
   ``theta = 1 - MARGIN / sqrt(N)`` a little below one. Given their total ``T``, such
   counts are ``Multinomial(T, sizes / N)`` (the classical Poisson splitting). A resample
   whose total exceeds ``N`` (probability about ``Phi(-MARGIN)``) is drawn again, which
   leaves that conditional distribution as it is;
2. the ``N - T`` missing units are drawn one by one among all ``N`` units and added: a
   ``Multinomial(T, p)`` plus an independent ``Multinomial(N - T, p)`` is
   ``Multinomial(N, p)``.

The Poisson counts are drawn by inversion: every distinct size has a table of its
cumulative probabilities, and a *guide table* maps the top 16 bits of a random word to the
count directly whenever those bits decide it (they do for all but a fraction of a percent
of words; the rest are resolved with a fresh uniform within their 1/65536 slice). Results
are exact up to floating point, like numpy's own samplers.

Layout: a chunk of resamples is a ``(resamples, patterns)`` integer matrix, and
:class:`SegmentSums` adds up its columns by group with one gather and one ``reduceat``
along the rows (numpy's ``reduceat`` is fast along contiguous rows, slow across them).

Only numpy; no labeldesk imports.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Counts = npt.NDArray[np.floating]

#: ``theta = 1 - MARGIN / sqrt(N)``: the Poisson counts of a resample exceed ``N`` with
#: probability about ``Phi(-MARGIN)`` (then it is drawn again), and about ``MARGIN *
#: sqrt(N)`` units are left to draw one by one.
MARGIN = 3.0
#: The Poisson tables run this many standard deviations (plus TAIL_PAD) either side of the
#: mean; the probability beyond is far below a double's resolution.
TAIL_SDS = 13.0
TAIL_PAD = 40
#: Bits of a random word that index a guide table.
GUIDE_BITS = 16
#: A run of equal-sized patterns gets a guide table when the resamples draw this many of its
#: counts (building one costs about as much as 8,000 binary searches).
GUIDE_MIN = 1 << 13
#: Up to this many patterns (or ``MARGIN * sqrt(N)`` if more), resamples are drawn by numpy's
#: multinomial directly.
FEW_PATTERNS = 256
#: Up to this many units, the completion finds a unit's pattern in a table of every unit.
UNIT_TABLE = 50_000_000
#: Resamples are drawn in chunks of at most this many cells.
CHUNK_CELLS = 8_000_000
#: 2 ** -53: the spacing of the uniform doubles made from random words.
_ULP = 2.0**-53


@dataclass(eq=False)
class _Run:
    """Patterns of one size (columns ``start:stop`` after sorting) and their Poisson law."""

    start: int
    stop: int
    low: int  # the count of the table's first entry
    cdf: FloatArray  # cumulative probabilities of counts low, low + 1, ...
    guide: FloatArray | None = None

    def make_guide(self) -> FloatArray:
        """The count for each value of the top :data:`GUIDE_BITS` bits; -1 where they do not
        decide it (the slice holds a step of the distribution function)."""
        if self.guide is None:
            m = 1 << GUIDE_BITS
            scaled = self.cdf * m  # exact: m is a power of two
            # The count at the slice's start u = j / m is how many cdf values are <= u.
            steps = np.bincount(np.minimum(np.ceil(scaled), m).astype(np.int64), minlength=m + 1)
            guide = np.cumsum(steps[:m]) + self.low
            # A cdf value strictly inside a slice makes the count change within it.
            inner = scaled[(scaled < m) & (scaled != np.floor(scaled))]
            guide[np.floor(inner).astype(np.int64)] = -1
            # float32 holds every count exactly below 2 ** 24
            exact32 = self.low + self.cdf.size < 2**24
            self.guide = guide.astype(np.float32 if exact32 else np.float64)
        return self.guide


def _poisson_run(start: int, stop: int, lam: float) -> _Run:
    """The inversion table of ``Poisson(lam)`` for the patterns ``start:stop``."""
    spread = TAIL_SDS * math.sqrt(lam) + TAIL_PAD
    low = max(0, math.floor(lam - spread))
    high = math.ceil(lam + spread)
    x = np.arange(low, high + 1, dtype=np.float64)
    # log(x!) from log(low!) and a running sum of logs
    log_fact = math.lgamma(low + 1.0) + np.concatenate(([0.0], np.cumsum(np.log(x[1:]))))
    pmf = np.exp(x * math.log(lam) - lam - log_fact)
    cdf = np.cumsum(pmf)
    return _Run(start, stop, low, cdf / cdf[-1])


class PatternSampler:
    """Bootstrap resamples of units as counts per pattern (see the module docstring).

    Counts are floats (whole numbers: float32 below 2 ** 24 units, where every sum of
    counts is exact too, else float64), so that statistics take them to matrix products
    without a conversion.

    Parameters
    ----------
    sizes : array_like of int, shape (n_patterns,)
        Units per pattern.
    layout : array_like of int, shape (n_patterns,), optional
        The output column of each pattern (distinct); by default pattern ``i`` is column
        ``i``. A statistic that reads the counts in its own order (a table) gets them
        there directly.
    width : int, optional
        Number of output columns (at least ``layout.max() + 1``); columns no pattern maps
        to stay 0.
    """

    def __init__(
        self, sizes: npt.ArrayLike, layout: npt.ArrayLike | None = None, width: int | None = None
    ) -> None:
        s = np.asarray(sizes, dtype=np.int64)
        if (s < 0).any():
            raise ValueError("pattern sizes must not be negative")
        self.sizes = s
        self.total = int(s.sum())
        self.dtype = np.dtype(np.float32 if self.total < 2**24 else np.float64)
        self.theta = max(0.0, 1.0 - MARGIN / math.sqrt(self.total)) if self.total else 0.0
        self.width = s.size if width is None else int(width)
        self._direct = s.size <= _direct_limit(self.total)
        # Counts are drawn into a compact matrix with the patterns sorted by size (runs of
        # one size are contiguous columns), plus a last column of zeros; one gather puts
        # them in output order.
        order = np.argsort(-s, kind="stable")
        ordered = s[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]).tolist()
        bounds = [*starts, s.size] if s.size else [0]
        self._runs = [
            _poisson_run(a, b, self.theta * int(ordered[a]))
            for a, b in itertools.pairwise(bounds)
            if ordered[a] > 0 and self.theta > 0 and not self._direct
        ]
        out_pattern = np.arange(s.size) if layout is None else np.asarray(layout, dtype=np.int64)
        compact = np.full(self.width, s.size, dtype=np.int64)  # the zero column by default
        compact[out_pattern] = np.argsort(order)  # each pattern's compact column
        self._gather: IntArray | None = compact
        if self.width == s.size and (compact == np.arange(s.size)).all():
            self._gather = None  # the compact order is the output order: no zero column
        self._position = np.argsort(order)  # compact column of each pattern
        self._compact_units: IntArray | None = None
        # The direct draws come in pattern order: where each output column reads them.
        self._direct_gather: IntArray | None = None
        if self.width != s.size or layout is not None:
            self._direct_gather = np.full(self.width, s.size, dtype=np.int64)
            self._direct_gather[out_pattern] = np.arange(s.size)

    def prepare(self, n: int) -> None:
        """Build what drawing ``n`` resamples uses (guide tables, the unit table) up front,
        so that several threads may then call :meth:`draw` at once."""
        for run in self._runs:  # a guide table pays off over all n resamples
            if n * (run.stop - run.start) >= GUIDE_MIN:
                run.make_guide()
        if self._compact_units is None and self.total <= UNIT_TABLE:
            unit_pattern = np.repeat(np.arange(self.sizes.size), self.sizes)
            self._compact_units = self._position[unit_pattern]

    def chunk_rows(self, n: int) -> int:
        """Resamples per chunk of :meth:`chunks` (at most :data:`CHUNK_CELLS` cells)."""
        return max(1, min(n, CHUNK_CELLS // max(self.width, 1)))

    def chunks(self, n: int, rng: np.random.Generator) -> Iterator[Counts]:
        """``n`` resamples, in chunks of rows.

        Yields
        ------
        numpy.ndarray of float, shape (chunk, width)
            Counts per pattern of the next ``chunk`` resamples (each row sums to ``N``).
        """
        self.prepare(n)
        chunk = self.chunk_rows(n)
        done = 0
        while done < n:
            rows = min(chunk, n - done)
            yield self.draw(rows, rng)
            done += rows

    def draw(self, rows: int, rng: np.random.Generator) -> Counts:
        """``rows`` resamples as a ``(rows, width)`` count matrix."""
        if self._direct:
            return self._multinomial(rows, rng)
        out = self._poisson(rows, rng)
        totals = out.sum(axis=1, dtype=np.float64)
        over = np.flatnonzero(totals > self.total)
        while over.size:  # rare: draw those resamples again
            out[over] = self._poisson(over.size, rng)
            totals[over] = out[over].sum(axis=1, dtype=np.float64)
            over = over[totals[over] > self.total]
        self._complete(out, (self.total - totals).astype(np.int64), rng)
        return out if self._gather is None else out.take(self._gather, axis=1)

    def _multinomial(self, rows: int, rng: np.random.Generator) -> Counts:
        """``rows`` resamples drawn by numpy's multinomial, in output order."""
        k = self.sizes.size
        if self.total == 0:
            counts = np.zeros((rows, k), dtype=np.int64)
        else:
            counts = rng.multinomial(self.total, self.sizes / self.total, size=rows)
        if self._direct_gather is None:
            return counts.astype(self.dtype)
        padded = np.zeros((rows, k + 1), dtype=self.dtype)
        padded[:, :k] = counts
        return padded.take(self._direct_gather, axis=1)

    def _poisson(self, rows: int, rng: np.random.Generator) -> Counts:
        """Independent ``Poisson(theta * size)`` counts in compact order (with the zero
        column when the output needs one): ``(rows, n_patterns [+ 1])``."""
        extra = 0 if self._gather is None else 1
        out = np.zeros((rows, self.sizes.size + extra), dtype=self.dtype)
        for run in self._runs:
            out[:, run.start : run.stop] = _draw_run(run, rows, rng)
        return out

    def _complete(self, out: Counts, missing: IntArray, rng: np.random.Generator) -> None:
        """Add ``missing[r]`` units drawn among all units to resample ``r`` (compact)."""
        count = int(missing.sum())
        if count == 0:
            return
        units = rng.integers(0, self.total, size=count)
        if self._compact_units is not None:
            column = self._compact_units.take(units)
        else:
            column = self._position[np.searchsorted(np.cumsum(self.sizes), units, side="right")]
        row = np.repeat(np.arange(out.shape[0]), missing)
        np.add.at(out.reshape(-1), row * out.shape[1] + column, np.ones(count, out.dtype))


def _direct_limit(total: int) -> float:
    """Up to how many patterns resamples of ``total`` units are drawn by numpy's multinomial:
    with few patterns its sequential binomials cost less than the about ``MARGIN *
    sqrt(N)`` units the completion draws one by one."""
    return max(FEW_PATTERNS, MARGIN * math.sqrt(total))


def _draw_run(run: _Run, rows: int, rng: np.random.Generator) -> npt.NDArray[Any]:
    """Poisson counts of one run's patterns, by inversion, ``(rows, width)``."""
    shape = (rows, run.stop - run.start)
    n = shape[0] * shape[1]
    if run.guide is None and n < GUIDE_MIN:
        u = rng.random(n)
        return (np.searchsorted(run.cdf, u, side="right") + run.low).reshape(shape)
    guide = run.make_guide()
    words = rng.bit_generator.random_raw((n + 3) // 4)
    top = words.view(np.uint16)[:n].astype(np.intp)  # four independent 16-bit slices a word
    values = guide.take(top)
    unsure = np.flatnonzero(values < 0)
    if unsure.size:
        # A uniform within the word's slice [j / m, (j + 1) / m) decides.
        m = float(1 << GUIDE_BITS)
        j = top[unsure].astype(np.float64)
        u = np.minimum((j + rng.random(unsure.size)) / m, (j + 1.0) / m - _ULP)
        values[unsure] = np.searchsorted(run.cdf, u, side="right") + run.low
    return values.reshape(shape)


class SegmentSums:
    """A reusable plan for adding up the columns of count matrices by group.

    Parameters
    ----------
    groups : array_like of int, shape (n_entries,)
        The group of each entry, in ``0 .. n_groups - 1``.
    n_groups : int
        Number of groups.
    sources : array_like of int, shape (n_entries,), optional
        The column each entry reads (a column may feed several entries); by default entry
        ``i`` reads column ``i``.
    """

    def __init__(
        self, groups: npt.ArrayLike, n_groups: int, sources: npt.ArrayLike | None = None
    ) -> None:
        g = np.asarray(groups, dtype=np.int64)
        src = np.arange(g.size) if sources is None else np.asarray(sources, dtype=np.int64)
        self.n_groups = n_groups
        if np.unique(g).size == g.size:
            # One entry per group: the sums are the columns themselves, put in place.
            order = np.argsort(src, kind="stable")
            self._targets: IntArray | None = g[order]
            src = src[order]
            self._starts = np.zeros(0, dtype=np.int64)
            self._in_place = bool(
                self._targets.size == n_groups and (self._targets == np.arange(n_groups)).all()
            )
        else:
            order = np.argsort(g, kind="stable")
            g, src = g[order], src[order]
            self._targets = None
            self._starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]]) if g.size else g
            self._present = g[self._starts]
        self._sources = src
        # Entry i reads column i: a matrix with as many columns is read as it is.
        self._identity = bool((src == np.arange(src.size)).all())

    def __call__(self, counts: npt.ArrayLike) -> npt.NDArray[Any]:
        """Row sums of ``counts`` per group, ``(n_rows, n_groups)``; 0 for an empty group."""
        c = np.asarray(counts)
        same = self._identity and c.shape[1] == self._sources.size
        picked = c if same else c.take(self._sources, axis=1)
        if self._targets is not None:
            if self._in_place:
                return picked
            out = np.zeros((c.shape[0], self.n_groups), dtype=c.dtype)
            out[:, self._targets] = picked
            return out
        out = np.zeros((c.shape[0], self.n_groups), dtype=c.dtype)
        if self._starts.size == 0 or c.shape[0] == 0:
            return out
        sums = np.add.reduceat(picked, self._starts, axis=1, dtype=c.dtype)
        if self._present.size == self.n_groups:
            return sums
        out[:, self._present] = sums
        return out
