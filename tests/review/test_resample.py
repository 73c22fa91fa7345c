"""The fast bootstrap sampler: resamples as pattern counts with the multinomial distribution.

:class:`~labeldesk.review.resample.PatternSampler` draws ``Multinomial(N, sizes / N)`` by
Poisson counts, a rejection of totals above ``N`` and a completion by single units. These
tests check each piece against exact values: the inversion tables against binary search,
the distribution of small cases outcome by outcome against the multinomial probabilities,
and the moments of a large case.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labeldesk.review import resample
from labeldesk.review.resample import PatternSampler, SegmentSums


def _multinomial_pmf(counts: tuple[int, ...], p: np.ndarray) -> float:
    n = sum(counts)
    coef = math.factorial(n) / math.prod(math.factorial(c) for c in counts)
    return coef * float(np.prod(p ** np.asarray(counts)))


def _outcomes(n: int, k: int):
    for cut in itertools.combinations(range(n + k - 1), k - 1):
        bounds = (-1, *cut, n + k - 1)
        yield tuple(b - a - 1 for a, b in itertools.pairwise(bounds))


@pytest.fixture
def poisson(monkeypatch):
    """Draw by Poisson counts and completion however few the patterns are."""
    monkeypatch.setattr(resample, "_direct_limit", lambda total: -1)


@pytest.mark.parametrize(
    "margin", [0.5, 1.5, 3.0, None], ids=["poisson", "rejections", "units only", "numpy"]
)
def test_small_resamples_have_the_multinomial_distribution(monkeypatch, margin):
    # N = 7: margin 0.5 leaves most units to the Poisson counts, 1.5 sometimes exceeds N
    # (redrawn), 3.0 makes theta 0 (every unit drawn one by one); few patterns are drawn by
    # numpy's multinomial.
    if margin is not None:
        monkeypatch.setattr(resample, "MARGIN", margin)
        monkeypatch.setattr(resample, "_direct_limit", lambda total: -1)
    sizes = np.array([3, 1, 2, 0, 1])
    sampler = PatternSampler(sizes)
    draws = np.concatenate(list(sampler.chunks(40_000, np.random.default_rng(3))))
    assert (draws.sum(axis=1) == 7).all()
    assert (draws[:, 3] == 0).all()
    p = sizes / sizes.sum()
    seen: dict[tuple[int, ...], int] = {}
    for row in map(tuple, draws.tolist()):
        seen[row] = seen.get(row, 0) + 1
    n = draws.shape[0]
    total_variation = 0.0
    for outcome in _outcomes(7, 5):
        want = _multinomial_pmf(outcome, p)
        got = seen.pop(outcome, 0) / n
        total_variation += abs(got - want) / 2
        # each outcome within 5 standard errors of its probability
        assert abs(got - want) <= 5 * math.sqrt(want * (1 - want) / n) + 1e-12, outcome
    assert not seen  # nothing impossible was drawn
    assert total_variation < 0.02


def test_large_resamples_have_multinomial_moments(poisson):
    rng = np.random.default_rng(0)
    sizes = np.sort(rng.integers(1, 40, 3000))[::-1]  # runs of equal sizes, largest first
    n_units = int(sizes.sum())
    draws = np.concatenate(list(PatternSampler(sizes).chunks(3000, np.random.default_rng(1))))
    assert draws.shape == (3000, sizes.size)
    assert (draws.sum(axis=1) == n_units).all()
    p = sizes / n_units
    # Pool the patterns of each size: mean n p, variance n p (1 - p) per pattern.
    for size in (1, 7, 39):
        cols = draws[:, sizes == size].ravel().astype(float)
        want_p = size / n_units
        assert cols.mean() == pytest.approx(n_units * want_p, rel=0.02)
        assert cols.var() == pytest.approx(n_units * want_p * (1 - want_p), rel=0.05)
    # The counts are tied together by their total: units drawn from a block of patterns
    # vary as Binomial(n, p_block), half as much as independent (Poisson) counts would.
    block = draws[:, ::2].sum(axis=1).astype(float)
    p_block = p[::2].sum()
    assert block.var() == pytest.approx(n_units * p_block * (1 - p_block), rel=0.1)


@pytest.mark.parametrize("direct", [False, True], ids=["poisson", "numpy"])
def test_same_seed_same_resamples_and_unsorted_sizes(monkeypatch, direct):
    if not direct:
        monkeypatch.setattr(resample, "_direct_limit", lambda total: -1)
    sizes = np.array([5, 40, 1, 40, 0, 12])  # not sorted: runs are written by index
    one = np.concatenate(list(PatternSampler(sizes).chunks(500, np.random.default_rng(9))))
    two = np.concatenate(list(PatternSampler(sizes).chunks(500, np.random.default_rng(9))))
    assert (one == two).all()
    assert (one[:, 4] == 0).all()
    assert one.mean(axis=0) == pytest.approx(sizes, rel=0.1, abs=0.2)


@pytest.mark.parametrize("direct", [False, True], ids=["poisson", "numpy"])
def test_layout_puts_each_pattern_in_its_column(monkeypatch, direct):
    if not direct:
        monkeypatch.setattr(resample, "_direct_limit", lambda total: -1)
    sizes = np.array([30, 20, 10])
    plain = PatternSampler(sizes).draw(50, np.random.default_rng(4))
    placed = PatternSampler(sizes, layout=[5, 0, 2], width=7).draw(50, np.random.default_rng(4))
    assert placed.shape == (50, 7)
    assert (placed[:, [5, 0, 2]] == plain).all()
    assert (placed[:, [1, 3, 4, 6]] == 0).all()


@pytest.mark.parametrize("lam", [0.2, 1.0, 3.7, 9.0, 64.0, 900.0, 250_000.0])
def test_guide_tables_agree_with_binary_search(lam):
    run = resample._poisson_run(0, 1, lam)
    guide = run.make_guide()
    m = 1 << resample.GUIDE_BITS
    starts = np.arange(m) / m
    ends = (np.arange(m) + 1.0) / m - 2.0**-53
    first = np.searchsorted(run.cdf, starts, side="right") + run.low
    last = np.searchsorted(run.cdf, ends, side="right") + run.low
    assert (guide == np.where(first == last, first, -1)).all()
    assert (guide < 0).mean() < 0.05
    # The table holds the Poisson law: its mean and variance are lam.
    x = np.arange(run.low, run.low + run.cdf.size)
    pmf = np.diff(np.r_[0.0, run.cdf])
    assert (pmf * x).sum() == pytest.approx(lam, rel=1e-9)
    assert (pmf * (x - lam) ** 2).sum() == pytest.approx(lam, rel=1e-6)


def test_guided_draws_match_plain_inversion_in_distribution(monkeypatch, poisson):
    sizes = np.full(400, 3)
    guided = PatternSampler(sizes).draw(200, np.random.default_rng(5))
    monkeypatch.setattr(resample, "GUIDE_MIN", 10**12)  # binary search only
    plain = PatternSampler(sizes).draw(200, np.random.default_rng(5))
    values = np.arange(12)
    a = np.bincount(guided.ravel().astype(int), minlength=40)[values] / guided.size
    b = np.bincount(plain.ravel().astype(int), minlength=40)[values] / plain.size
    assert np.abs(a - b).max() < 0.01


@settings(max_examples=40, deadline=None)
@given(
    groups=st.lists(st.integers(0, 6), min_size=0, max_size=30),
    n_groups=st.integers(7, 9),
    seed=st.integers(0, 1000),
)
def test_segment_sums_equal_sums_by_group(groups, n_groups, seed):
    rng = np.random.default_rng(seed)
    n_cols = 12
    sources = rng.integers(0, n_cols, len(groups))
    counts = rng.integers(0, 50, (3, n_cols)).astype(np.int32)
    want = np.zeros((3, n_groups), dtype=np.int64)
    for g, s in zip(groups, sources, strict=True):
        want[:, g] += counts[:, s]
    got = SegmentSums(groups, n_groups, sources)(counts)
    assert got.shape == (3, n_groups)
    assert (got == want).all()
    plain = list(range(n_cols))
    assert (SegmentSums(plain, n_cols)(counts) == counts).all()
