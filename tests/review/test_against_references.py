"""The agreement statistics against scikit-learn, statsmodels and krippendorff on random data.

Each property draws random ratings with hypothesis, computes a statistic with LabelDesk and
with the reference implementation, and asks for agreement to 1e-9. The inputs are made
comparable where the libraries differ in convention:

- scikit-learn weights kappa by the rank of each label in ``labels``, as LabelDesk does with
  ``categories``: both get the same full category list, so unused categories count the same;
- statsmodels' ``cohens_kappa`` reads a contingency table, and its ``wt="linear"`` /
  ``"quadratic"`` are the Cicchetti-Allison and Fleiss-Cohen weights on the ranks 0..k-1;
- statsmodels' ``fleiss_kappa`` reads a units x categories table (``aggregate_raters`` with
  ``n_cat``, so every category has a column) and uses method ``"fleiss"`` (sample margins);
- krippendorff's ``alpha`` takes the value domain: it gets the same ordered domain as
  LabelDesk's ``categories`` (unused values do not change alpha at any level, since they add
  zero coincidences and zero marginals).

Cases where a statistic is undefined (LabelDesk raises AgreementError) are skipped: the
references return NaN, infinity or raise there, each in its own way.
"""

from __future__ import annotations

import warnings

import krippendorff
import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, cohens_kappa
from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss_kappa

from labeldesk.review.agreement import (
    AgreementError,
    cohen_kappa,
    cohen_kappa_from_table,
    encode,
    fleiss_kappa,
    krippendorff_alpha,
    percent_agreement,
)
from labeldesk.review.ratings import mean_pairwise_cohen_kappa, ratings_from_columns, summarise

TOL = 1e-9
WEIGHTS = [None, "linear", "quadratic"]
LEVELS = ["nominal", "ordinal", "interval", "ratio"]


def _or_none(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except AgreementError:
        return None


@st.composite
def two_raters(draw, *, missing=False):
    """Two aligned label lists over categories 0..k-1 (None where missing), and k."""
    k = draw(st.integers(2, 7))
    cell = st.integers(0, k - 1)
    if missing:
        cell = st.one_of(st.none(), cell)
    pairs = draw(st.lists(st.tuples(cell, cell), min_size=2, max_size=80))
    return [p[0] for p in pairs], [p[1] for p in pairs], k


@st.composite
def reliability_data(draw, *, max_raters=6, max_units=40, missing=0.25):
    """A float raters x units matrix of values 1..k with NaN holes, and the domain size k."""
    k = draw(st.integers(2, 8))
    n_raters = draw(st.integers(2, max_raters))
    n_units = draw(st.integers(2, max_units))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    data = rng.integers(1, k + 1, size=(n_raters, n_units)).astype(np.float64)
    data[rng.random(data.shape) < missing] = np.nan
    return data, k


# --------------------------------------------------------------------------- Cohen


@settings(deadline=None)
@given(raters=two_raters(), weights=st.sampled_from(WEIGHTS))
def test_cohen_kappa_matches_scikit_learn(raters, weights):
    a, b, k = raters
    ours = _or_none(cohen_kappa, a, b, weights=weights, categories=list(range(k)))
    assume(ours is not None)
    theirs = cohen_kappa_score(a, b, labels=list(range(k)), weights=weights)
    assert ours.kappa == pytest.approx(theirs, abs=TOL)


@settings(deadline=None)
@given(raters=two_raters(missing=True), weights=st.sampled_from(WEIGHTS))
def test_cohen_kappa_with_missing_matches_scikit_learn_on_shared_units(raters, weights):
    a, b, k = raters
    ours = _or_none(cohen_kappa, a, b, weights=weights, categories=list(range(k)))
    assume(ours is not None)
    shared = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    theirs = cohen_kappa_score(
        [x for x, _ in shared], [y for _, y in shared], labels=list(range(k)), weights=weights
    )
    assert ours.kappa == pytest.approx(theirs, abs=TOL)


@settings(deadline=None)
@given(
    raters=two_raters(), names=st.lists(st.text(min_size=1), min_size=7, max_size=7, unique=True)
)
def test_cohen_kappa_on_text_labels_matches_scikit_learn(raters, names):
    a, b, _ = raters
    a_text, b_text = [names[x] for x in a], [names[y] for y in b]
    ours = _or_none(cohen_kappa, a_text, b_text)
    assume(ours is not None)
    assert ours.kappa == pytest.approx(cohen_kappa_score(a_text, b_text), abs=TOL)


@settings(deadline=None)
@given(
    k=st.integers(2, 6),
    data=st.data(),
    weights=st.sampled_from(WEIGHTS),
)
def test_cohen_kappa_from_table_matches_statsmodels(k, data, weights):
    table = np.array(data.draw(st.lists(st.integers(0, 30), min_size=k * k, max_size=k * k)))
    table = table.reshape(k, k)
    ours = _or_none(cohen_kappa_from_table, table, weights=weights)
    assume(ours is not None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        theirs = cohens_kappa(table, wt=weights, return_results=False)
    assert ours.kappa == pytest.approx(theirs, abs=TOL)


# --------------------------------------------------------------------------- Fleiss


@settings(max_examples=150, deadline=None)
@given(
    k=st.integers(2, 6),
    n_raters=st.integers(2, 8),
    n_units=st.integers(1, 40),
    seed=st.integers(0, 2**32 - 1),
)
def test_fleiss_kappa_matches_statsmodels(k, n_raters, n_units, seed):
    rng = np.random.default_rng(seed)
    units_by_raters = rng.integers(0, k, size=(n_units, n_raters))
    ours = _or_none(fleiss_kappa, units_by_raters.T, categories=list(range(k)))
    assume(ours is not None)
    table, _ = aggregate_raters(units_by_raters, n_cat=k)
    assert ours.kappa == pytest.approx(sm_fleiss_kappa(table, method="fleiss"), abs=TOL)
    # Percent agreement is Fleiss' P-bar, the mean per-unit agreement.
    assert percent_agreement(units_by_raters.T) == pytest.approx(ours.observed, abs=TOL)


# --------------------------------------------------------------------------- Krippendorff


@settings(max_examples=150, deadline=None)
@given(case=reliability_data(), level=st.sampled_from(LEVELS))
def test_krippendorff_alpha_matches_krippendorff(case, level):
    data, k = case
    domain = [float(v) for v in range(1, k + 1)]
    ours = _or_none(krippendorff_alpha, data, level, categories=domain)
    assume(ours is not None)
    theirs = krippendorff.alpha(
        reliability_data=data, value_domain=domain, level_of_measurement=level
    )
    assert ours == pytest.approx(theirs, abs=TOL)
    # Without a domain both read the observed values; the result is the same.
    assert krippendorff_alpha(data, level) == pytest.approx(ours, abs=TOL)


@settings(deadline=None)
@given(case=reliability_data(max_raters=4), names=st.permutations(list("abcdefgh")))
def test_nominal_alpha_on_text_labels_matches_krippendorff(case, names):
    data, _ = case
    text = np.full(data.shape, None, dtype=object)
    rated = ~np.isnan(data)
    text[rated] = [names[int(v) - 1] for v in data[rated]]
    ours = _or_none(krippendorff_alpha, text, "nominal")
    assume(ours is not None)
    theirs = krippendorff.alpha(
        reliability_data=np.where(rated, text, "nan").astype(str),  # its marker for missing
        value_domain=sorted(set(text[rated].tolist())),
        level_of_measurement="nominal",
    )
    assert ours == pytest.approx(theirs, abs=TOL)


@settings(deadline=None)
@given(case=reliability_data(), level=st.sampled_from(["ordinal", "interval", "ratio"]))
def test_alpha_on_value_counts_matches_krippendorff(case, level):
    # krippendorff's other input form: a units x values count table.
    data, k = case
    ours = _or_none(krippendorff_alpha, data, level, categories=[float(v) for v in range(1, k + 1)])
    assume(ours is not None)
    counts = np.stack([(data == v).sum(axis=0) for v in range(1, k + 1)], axis=1)
    theirs = krippendorff.alpha(
        value_counts=counts, value_domain=list(range(1, k + 1)), level_of_measurement=level
    )
    assert ours == pytest.approx(theirs, abs=TOL)


# --------------------------------------------------------------------------- the summary


@settings(max_examples=40, deadline=None)
@given(case=reliability_data(max_raters=4, max_units=60, missing=0.2))
def test_summary_matches_the_references(case):
    data, _ = case
    raters, units = np.nonzero(~np.isnan(data))
    labels = [f"L{int(v)}" for v in data[raters, units]]
    ratings = ratings_from_columns([f"u{u}" for u in units], [f"r{r}" for r in raters], labels)
    summary = summarise(ratings, n_boot=50)
    coded = encode(np.where(np.isnan(data), None, data.astype(object)))
    alpha = _or_none(krippendorff_alpha, coded)
    if summary.krippendorff_alpha is not None:
        # The summary's rows are the annotators in order of first appearance, its columns
        # the items; alpha ignores both orders.
        theirs = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
        assert summary.krippendorff_alpha.value == pytest.approx(theirs, abs=TOL)
        assert summary.krippendorff_alpha.value == pytest.approx(alpha, abs=TOL)
    else:
        assert alpha is None
    pairwise = _or_none(mean_pairwise_cohen_kappa, ratings.matrix)
    if summary.mean_pairwise_cohen_kappa is not None:
        assert summary.mean_pairwise_cohen_kappa.value == pytest.approx(pairwise, abs=TOL)
        expected = []
        for i in range(data.shape[0]):
            for j in range(i + 1, data.shape[0]):
                both = ~np.isnan(data[i]) & ~np.isnan(data[j])
                if not both.any():
                    continue
                with warnings.catch_warnings():  # one label in common: undefined, NaN
                    warnings.simplefilter("ignore")
                    kappa = cohen_kappa_score(data[i, both], data[j, both])
                if np.isfinite(kappa):
                    expected.append(kappa)
        assert summary.mean_pairwise_cohen_kappa.value == pytest.approx(np.mean(expected), abs=TOL)
