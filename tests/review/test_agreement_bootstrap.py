"""Unit patterns, pattern-count resampling and the summary's bootstrap intervals.

The summary computes its intervals from weights over unit patterns instead of resampled
matrices. These tests prove the two pieces that makes exact: a statistic of the pattern
weights of a resample equals the public statistic of the resampled matrix, and the pattern
counts are drawn with the distribution of resampling units one by one.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labeldesk.review.agreement import (
    AgreementError,
    WeightedAlpha,
    cohen_kappa,
    difference_matrix,
    encode,
    fleiss_kappa,
    fleiss_kappa_weighted,
    krippendorff_alpha,
    krippendorff_alpha_weighted,
    percent_agreement,
    percent_agreement_weighted,
)
from labeldesk.review.agreement_extra import bootstrap_ci
from labeldesk.review.bootstrap import PairwiseKappa, unit_patterns
from labeldesk.review.patterns import (
    _unique_keys,
    count_table,
    group_columns,
    resample_weights,
    sum_columns,
)
from labeldesk.review.quality_stats import _key_counts
from labeldesk.review.ratings import (
    mean_pairwise_cohen_kappa,
    pairwise_cohen_kappa,
    ratings_from_columns,
    summarise,
)

LEVELS = ["nominal", "ordinal", "interval", "ratio"]


def _random_codes(seed: int, n_raters: int, n_units: int, k: int, missing: float) -> np.ndarray:
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, k, n_units)
    codes = np.where(
        rng.random((n_raters, n_units)) < 0.7, truth, rng.integers(0, k, (n_raters, n_units))
    )
    codes[rng.random(codes.shape) < missing] = -1
    return codes


def _as_numbers(codes: np.ndarray) -> np.ndarray:
    out = codes.astype(np.float64) + 1.0
    out[codes < 0] = np.nan
    return out


def _or_nan(fn, *args, **kwargs) -> float:
    try:
        return float(fn(*args, **kwargs))
    except AgreementError:
        return float("nan")


# --------------------------------------------------------------------------- grouping


@settings(max_examples=60, deadline=None)  # the first example imports pandas
@given(
    seed=st.integers(0, 2**32 - 1),
    n_raters=st.integers(1, 30),
    n_units=st.integers(0, 200),
    k=st.integers(1, 25),
)
def test_group_columns_matches_numpy_unique(seed, n_raters, n_units, k):
    # Many raters and categories take the hashed path, few the exact key; both must agree.
    codes = _random_codes(seed, n_raters, n_units, k, missing=0.6)
    groups = group_columns(codes)
    assert groups.sizes.sum() == n_units
    assert (groups.columns[:, groups.inverse] == codes).all()
    if n_units:
        want = np.unique(codes.T, axis=0)
        assert sorted(map(tuple, groups.columns.T)) == sorted(map(tuple, want))


def test_count_table_and_sum_columns():
    assert count_table([[0, 1, -1], [0, -1, -1]], 2).tolist() == [[2, 0], [0, 1], [0, 0]]
    weights = np.array([[1, 2, 3, 4], [5, 6, 7, 8]])
    assert sum_columns(weights, [2, 0, 2, 0], 3).tolist() == [[6, 0, 4], [14, 0, 12]]


# --------------------------------------------------------------------------- exactness


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_raters=st.integers(2, 5), k=st.integers(2, 6))
def test_weighted_statistics_equal_statistics_of_the_resampled_matrix(seed, n_raters, k):
    numbers = _as_numbers(_random_codes(seed, n_raters, 40, k, missing=0.3))
    coded = encode(numbers)
    codes = coded.codes
    patterns = unit_patterns(codes, len(coded.categories))
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, codes.shape[1], size=(6, codes.shape[1]))
    # Each resample as counts per column pattern, and summed into count patterns.
    weights = np.stack(
        [
            np.bincount(patterns.columns.inverse[p], minlength=patterns.columns.sizes.size)
            for p in picks
        ]
    ).astype(np.float64)
    by_count = patterns.to_counts(weights)
    pairs = PairwiseKappa(patterns.columns.columns, len(coded.categories))
    for row, p in enumerate(picks):
        sample = numbers[:, p]
        want = _or_nan(percent_agreement, sample)
        got = percent_agreement_weighted(patterns.counts, by_count[row : row + 1])[0]
        assert got == pytest.approx(want, abs=1e-12, nan_ok=True)
        for level in LEVELS:
            # The differences use the full data's categories; unused ones change nothing.
            want = _or_nan(krippendorff_alpha, sample, level)
            got = krippendorff_alpha_weighted(
                patterns.counts, by_count[row : row + 1], difference_matrix(coded, level)
            )[0]
            assert got == pytest.approx(want, abs=1e-9, nan_ok=True), level
        want = _or_nan(mean_pairwise_cohen_kappa, sample)
        assert pairs.mean(weights[row : row + 1])[0] == pytest.approx(want, abs=1e-12, nan_ok=True)


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_raters=st.integers(2, 6), k=st.integers(2, 5))
def test_weighted_fleiss_equals_fleiss_of_the_resampled_matrix(seed, n_raters, k):
    codes = _random_codes(seed, n_raters, 30, k, missing=0.0)
    patterns = unit_patterns(codes, k)
    rng = np.random.default_rng(seed)
    for _ in range(4):
        p = rng.integers(0, codes.shape[1], codes.shape[1])
        w = np.bincount(patterns.columns.inverse[p], minlength=patterns.columns.sizes.size)
        got = fleiss_kappa_weighted(patterns.counts, patterns.to_counts(w[None, :]))[0][0]
        want = _or_nan(lambda m: fleiss_kappa(m, categories=list(range(k))).kappa, codes[:, p])
        assert got == pytest.approx(want, abs=1e-12, nan_ok=True)


def test_pairwise_kappa_matrix_is_symmetric_with_nan_diagonal():
    codes = _random_codes(3, 4, 50, 3, missing=0.2)
    kappa = pairwise_cohen_kappa(codes)
    assert kappa.shape == (4, 4)
    assert np.isnan(np.diag(kappa)).all()
    assert np.allclose(kappa, kappa.T, equal_nan=True)


# --------------------------------------------------------------------------- resampling


def test_resample_weights_are_multinomial_unit_counts():
    sizes = np.array([500, 120, 30, 9, 5, 3, 1, 1, 0, 2])  # large and small patterns
    n_units = int(sizes.sum())
    rows = np.concatenate(list(resample_weights(sizes, 4000, np.random.default_rng(1))))
    assert rows.shape == (4000, sizes.size)
    assert (rows.sum(axis=1) == n_units).all()
    assert (rows[:, sizes == 0] == 0).all()
    p = sizes / n_units
    # Multinomial(n, p): mean n p, variance n p (1 - p); 4,000 draws pin both down.
    assert rows.mean(axis=0) == pytest.approx(n_units * p, rel=0.05, abs=0.05)
    assert rows.var(axis=0) == pytest.approx(n_units * p * (1 - p), rel=0.1, abs=0.05)
    again = np.concatenate(list(resample_weights(sizes, 4000, np.random.default_rng(1))))
    assert (rows == again).all()


def test_resample_weights_in_chunks_cover_every_resample(monkeypatch):
    monkeypatch.setattr("labeldesk.review.patterns.CHUNK_CELLS", 25)
    chunks = list(resample_weights(np.array([5, 5, 5]), 20, np.random.default_rng(0)))
    assert len(chunks) > 1
    assert sum(c.shape[0] for c in chunks) == 20


@pytest.mark.parametrize("direct", [False, True], ids=["poisson", "numpy"])
def test_summary_interval_agrees_with_resampling_the_matrix(monkeypatch, direct):
    if not direct:  # few patterns are drawn by numpy's multinomial unless told otherwise
        monkeypatch.setattr("labeldesk.review.resample._direct_limit", lambda total: -1)
    # The same bootstrap distribution, drawn two ways: quantiles agree up to Monte Carlo error.
    codes = _random_codes(11, 3, 300, 4, missing=0.2)
    labels = np.array(["a", "b", "c", "d"])
    raters, units = np.nonzero(codes >= 0)
    ratings = ratings_from_columns(
        [f"u{u}" for u in units], [f"r{r}" for r in raters], labels[codes[raters, units]]
    )
    summary = summarise(ratings, n_boot=2000, seed=5)
    alpha = summary.krippendorff_alpha
    low, high = bootstrap_ci(krippendorff_alpha, ratings.matrix, n=2000, seed=5)
    assert alpha.ci_low == pytest.approx(low, abs=0.02)
    assert alpha.ci_high == pytest.approx(high, abs=0.02)
    assert alpha.ci_low < alpha.value < alpha.ci_high
    assert summarise(ratings, n_boot=2000, seed=5) == summary  # deterministic


def test_summary_without_intervals_and_undefined_resamples():
    ratings = ratings_from_columns(["1", "1", "2", "2"], ["A", "B", "A", "B"], ["x", "x", "y", "y"])
    plain = summarise(ratings, n_boot=0)
    assert plain.krippendorff_alpha.ci_low is None
    assert plain.krippendorff_alpha.value == pytest.approx(1.0)
    # With two items, half the resamples repeat one item: no variation, alpha undefined
    # there; the interval comes from the other half.
    boot = summarise(ratings, n_boot=200)
    assert boot.krippendorff_alpha.ci_low == pytest.approx(1.0)
    assert boot.krippendorff_alpha.ci_high == pytest.approx(1.0)


@pytest.mark.parametrize("table_cells", [10**9, 0], ids=["pair-tables", "pair-sums"])
def test_pairwise_kappa_strategies_agree_with_cohen_kappa(monkeypatch, table_cells):
    monkeypatch.setattr("labeldesk.review.bootstrap.TABLE_CELLS", table_cells)
    codes = _random_codes(21, 5, 120, 4, missing=0.4)
    groups = group_columns(codes)
    pairs = PairwiseKappa(groups.columns, 4)
    rng = np.random.default_rng(2)
    picks = rng.integers(0, codes.shape[1], size=(3, codes.shape[1]))
    weights = np.stack([np.bincount(groups.inverse[p], minlength=groups.sizes.size) for p in picks])
    got = pairs.matrix(np.vstack([groups.sizes, weights]))
    for row, sample in enumerate([codes, *(codes[:, p] for p in picks)]):
        for a in range(5):
            for b in range(5):
                both = (sample[a] >= 0) & (sample[b] >= 0)
                want = (
                    np.nan
                    if a == b
                    else _or_nan(
                        lambda x, y: cohen_kappa(list(x), list(y)).kappa,
                        sample[a, both],
                        sample[b, both],
                    )
                )
                assert got[row, a, b] == pytest.approx(want, abs=1e-12, nan_ok=True)


def test_pairwise_kappa_reads_resamples_drawn_into_its_tables():
    # Every unit rated by exactly two of six raters: each pattern is one cell of one pair's
    # table, so resamples can be drawn straight into the tables.
    rng = np.random.default_rng(8)
    codes = np.full((6, 400), -1)
    for unit in range(400):
        a, b = rng.choice(6, 2, replace=False)
        codes[a, unit], codes[b, unit] = rng.integers(0, 3, 2)
    groups = group_columns(codes)
    pairs = PairwiseKappa(groups.columns, 3)
    assert pairs.layout is not None
    width = pairs.layout.width
    weights = rng.integers(0, 5, (4, groups.sizes.size))
    tables = np.zeros((4, width), dtype=weights.dtype)
    tables[:, pairs.layout.columns] = weights
    assert np.allclose(pairs.mean(tables, in_layout=True), pairs.mean(weights), equal_nan=True)
    # Three raters on a unit: one pattern feeds three tables, no layout.
    assert PairwiseKappa(_random_codes(1, 3, 50, 3, missing=0.0), 3).layout is None


@pytest.mark.parametrize("direct", [False, True], ids=["poisson", "numpy"])
def test_summary_interval_of_mean_kappa_agrees_with_resampling_the_matrix(monkeypatch, direct):
    if not direct:
        monkeypatch.setattr("labeldesk.review.resample._direct_limit", lambda total: -1)
    # Pairs of raters from a pool (the drawn-into-tables path) against resampling units.
    rng = np.random.default_rng(12)
    n_units, n_raters = 400, 5
    truth = rng.integers(0, 3, n_units)
    codes = np.full((n_raters, n_units), -1)
    for unit in range(n_units):
        for rater in rng.choice(n_raters, 2, replace=False):
            codes[rater, unit] = truth[unit] if rng.random() < 0.8 else rng.integers(0, 3)
    labels = np.array(["a", "b", "c"])
    raters, units = np.nonzero(codes >= 0)
    ratings = ratings_from_columns(
        [f"u{u}" for u in units], [f"r{r}" for r in raters], labels[codes[raters, units]]
    )
    summary = summarise(ratings, n_boot=2000, seed=5)
    kappa = summary.mean_pairwise_cohen_kappa
    low, high = bootstrap_ci(mean_pairwise_cohen_kappa, ratings.matrix, n=2000, seed=5)
    assert kappa.ci_low == pytest.approx(low, abs=0.02)
    assert kappa.ci_high == pytest.approx(high, abs=0.02)
    assert kappa.ci_low < kappa.value < kappa.ci_high


@settings(max_examples=50, deadline=None)
@given(keys=st.lists(st.integers(-(2**61), 2**61), min_size=1, max_size=60), small=st.booleans())
def test_unique_keys_and_key_counts_equal_numpy_unique(keys, small):
    arr = np.asarray([k % 7 for k in keys] if small else keys, dtype=np.int64)
    _, first, inverse, sizes = np.unique(
        arr, return_index=True, return_inverse=True, return_counts=True
    )
    got = _unique_keys(arr)
    assert [g.tolist() for g in got] == [first.tolist(), inverse.ravel().tolist(), sizes.tolist()]
    if small:  # counted in a table of every key
        found, counts = np.unique(arr, return_counts=True)
        assert [g.tolist() for g in _key_counts(arr, 7)] == [found.tolist(), counts.tolist()]
    found, counts = _key_counts(arr - arr.min(), 2**63 - 1)  # too many keys to count: sorted
    assert found.tolist() == (np.unique(arr) - arr.min()).tolist()


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_raters=st.integers(2, 5), k=st.integers(2, 30))
def test_nominal_alpha_by_whole_numbers_equals_the_general_formula(seed, n_raters, k):
    # Nominal alpha takes a shortcut (sums of squares of the non-zero counts); any other
    # difference matrix the general products. Doubling the differences leaves alpha as it
    # is and takes the general path. The disagreement sums are whole numbers either way;
    # only the order the matrix product adds the observed part in may differ.
    codes = _random_codes(seed, n_raters, 300, k, missing=0.3)
    patterns = unit_patterns(codes, k)
    nominal = 1.0 - np.eye(k)
    rng = np.random.default_rng(seed)
    w = np.vstack([patterns.count_sizes, rng.integers(0, 4, (5, patterns.count_sizes.size))])
    fast = WeightedAlpha(patterns.counts, nominal)
    assert fast._nominal is not None
    general = WeightedAlpha(patterns.counts, 2.0 * nominal)
    assert fast(w) == pytest.approx(general(w), rel=1e-13, abs=1e-13, nan_ok=True)
