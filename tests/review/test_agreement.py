"""Agreement statistics against published worked examples, properties and degenerate input."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from labeldesk.review.agreement import (
    AgreementError,
    cohen_kappa,
    cohen_kappa_from_table,
    fleiss_kappa,
    fleiss_kappa_from_table,
    krippendorff_alpha,
    krippendorff_alpha_distance,
    matrix_from_units,
    percent_agreement,
)

METRICS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "metrics"
LEVELS = ("nominal", "ordinal", "interval", "ratio")


def _load(name: str) -> dict:
    return json.loads((METRICS / name).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- published values


def test_cohen_kappa_wikipedia_table():
    ex = _load("cohen_kappa_wikipedia_2x2.json")
    got = cohen_kappa_from_table(ex["contingency_table"])
    tol = ex["tolerance"]
    assert got.kappa == pytest.approx(ex["expected"]["kappa"], abs=tol)
    assert got.observed == pytest.approx(ex["expected"]["p_o"], abs=tol)
    assert got.expected == pytest.approx(ex["expected"]["p_e"], abs=tol)


def test_cohen_kappa_wikipedia_rater_vectors():
    ex = _load("cohen_kappa_wikipedia_2x2.json")
    a, b = ex["rater_vectors"]["A"], ex["rater_vectors"]["B"]
    got = cohen_kappa(a, b)
    assert got.kappa == pytest.approx(ex["expected"]["kappa"], abs=ex["tolerance"])
    assert percent_agreement([a, b]) == pytest.approx(ex["expected"]["p_o"], abs=ex["tolerance"])


def test_fleiss_kappa_wikipedia():
    ex = _load("fleiss_kappa_wikipedia_10x5.json")
    got = fleiss_kappa_from_table(ex["table"])
    tol = ex["tolerance"]
    assert got.kappa == pytest.approx(ex["expected"]["kappa"], abs=tol)
    assert got.observed == pytest.approx(ex["expected"]["P_bar"], abs=tol)
    assert got.expected == pytest.approx(ex["expected"]["P_e_bar"], abs=tol)


def test_fleiss_kappa_wikipedia_from_rating_lists():
    ex = _load("fleiss_kappa_wikipedia_10x5.json")
    units = [[cat + 1 for cat, n in enumerate(row) for _ in range(n)] for row in ex["table"]]
    got = fleiss_kappa(matrix_from_units(units), categories=[1, 2, 3, 4, 5])
    assert got.kappa == pytest.approx(ex["expected"]["kappa"], abs=ex["tolerance"])
    # Percent agreement is Fleiss' P-bar: the mean per-unit pairwise agreement.
    assert percent_agreement(matrix_from_units(units)) == pytest.approx(
        ex["expected"]["P_bar"], abs=ex["tolerance"]
    )


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("matrix", ["ratings", "ratings_icr_variant"])
def test_krippendorff_alpha_2011(level, matrix):
    ex = _load("krippendorff_alpha_2011_4x12.json")
    got = krippendorff_alpha(ex[matrix], level)
    assert got == pytest.approx(ex["expected"][level], abs=ex["tolerance"])


def test_krippendorff_alpha_2011_with_nan_and_per_unit_lists():
    ex = _load("krippendorff_alpha_2011_4x12.json")
    as_nan = np.array(ex["ratings"], dtype=float)  # None becomes NaN
    units = [[v for v in col if v is not None] for col in zip(*ex["ratings"], strict=True)]
    for level in LEVELS:
        want = ex["expected"][level]
        assert krippendorff_alpha(as_nan, level) == pytest.approx(want, abs=ex["tolerance"])
        assert krippendorff_alpha(matrix_from_units(units), level) == pytest.approx(
            want, abs=ex["tolerance"]
        )


def test_custom_distance_reproduces_the_standard_levels():
    ex = _load("krippendorff_alpha_2011_4x12.json")
    data = ex["ratings"]
    nominal = krippendorff_alpha_distance(data, lambda a, b: float(a != b))
    interval = krippendorff_alpha_distance(data, lambda a, b: (a - b) ** 2)
    assert nominal == pytest.approx(krippendorff_alpha(data, "nominal"), abs=1e-12)
    assert interval == pytest.approx(krippendorff_alpha(data, "interval"), abs=1e-12)


def test_ordinal_labels_follow_the_given_order():
    ex = _load("krippendorff_alpha_2011_4x12.json")
    names = ["very low", "low", "mid", "high", "very high"]
    named = [[None if v is None else names[v - 1] for v in row] for row in ex["ratings"]]
    got = krippendorff_alpha(named, "ordinal", categories=names)
    assert got == pytest.approx(ex["expected"]["ordinal"], abs=ex["tolerance"])


# Hand-computed: table [[2,1,0],[0,2,1],[0,0,2]], rows 3,3,2, columns 2,3,3, n = 8.
# Unweighted: p_o = 6/8, p_e = 21/64, kappa = 27/43. Linear: observed disagreement 2/8,
# expected 56/64, kappa = 5/7. Quadratic: 2/8 against 82/64, kappa = 33/41.
TABLE_3X3 = [[2, 1, 0], [0, 2, 1], [0, 0, 2]]


@pytest.mark.parametrize(
    ("weights", "want"), [(None, 27 / 43), ("linear", 5 / 7), ("quadratic", 33 / 41)]
)
def test_weighted_kappa_hand_computed(weights, want):
    assert cohen_kappa_from_table(TABLE_3X3, weights=weights).kappa == pytest.approx(want)
    order = ["low", "mid", "high"]
    a, b = [], []
    for i, row in enumerate(TABLE_3X3):
        for j, n in enumerate(row):
            a += [order[i]] * n
            b += [order[j]] * n
    got = cohen_kappa([*a, "low", None], [*b, None, "high"], weights=weights, categories=order)
    assert got.kappa == pytest.approx(want)


# --------------------------------------------------------------------------- properties

labels = st.integers(min_value=1, max_value=5)


@st.composite
def reliability_data(draw, *, min_raters=2, max_raters=4, missing=True):
    n_raters = draw(st.integers(min_raters, max_raters))
    n_units = draw(st.integers(1, 12))
    cell = st.one_of(st.none(), labels) if missing else labels
    return [[draw(cell) for _ in range(n_units)] for _ in range(n_raters)]


def _or_error(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except AgreementError:
        return None


@given(
    truth=st.lists(labels, min_size=2, max_size=15),
    n_raters=st.integers(2, 5),
    data=st.data(),
)
def test_perfect_agreement_gives_one(truth, n_raters, data):
    assume(len(set(truth)) >= 2)
    full = [list(truth) for _ in range(n_raters)]
    # Blank out some ratings, but keep two per unit so every unit stays pairable.
    holed = [
        [v if r < 2 or data.draw(st.booleans()) else None for v in truth] for r in range(n_raters)
    ]
    for level in LEVELS:
        assert krippendorff_alpha(holed, level) == pytest.approx(1.0)
    assert percent_agreement(holed) == pytest.approx(1.0)
    assert fleiss_kappa(full).kappa == pytest.approx(1.0)
    for weights in (None, "linear", "quadratic"):
        got = cohen_kappa(truth, truth, weights=weights, categories=[1, 2, 3, 4, 5])
        assert got.kappa == pytest.approx(1.0)


@given(
    pairs=st.lists(
        st.tuples(st.one_of(st.none(), labels), st.one_of(st.none(), labels)), max_size=30
    ),
    weights=st.sampled_from([None, "linear", "quadratic"]),
)
def test_cohen_kappa_is_symmetric_in_rater_order(pairs, weights):
    a = [p[0] for p in pairs]
    b = [p[1] for p in pairs]
    cats = [1, 2, 3, 4, 5]
    ab = _or_error(cohen_kappa, a, b, weights=weights, categories=cats)
    ba = _or_error(cohen_kappa, b, a, weights=weights, categories=cats)
    assert (ab is None) == (ba is None)
    if ab is not None:
        assert ab.kappa == pytest.approx(ba.kappa, abs=1e-12)
        assert ab.expected == pytest.approx(ba.expected, abs=1e-12)


@given(pairs=st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=30))
def test_weights_do_not_matter_with_two_categories(pairs):
    a = [p[0] for p in pairs]
    b = [p[1] for p in pairs]
    plain = _or_error(cohen_kappa, a, b)
    assume(plain is not None)
    for weights in ("linear", "quadratic"):
        got = cohen_kappa(a, b, weights=weights, categories=[False, True])
        assert got.kappa == pytest.approx(plain.kappa)


@given(data=reliability_data(), level=st.sampled_from(LEVELS), seed=st.randoms())
def test_alpha_is_unchanged_by_permuting_units(data, level, seed):
    alpha = _or_error(krippendorff_alpha, data, level)
    assume(alpha is not None)
    order = list(range(len(data[0])))
    seed.shuffle(order)
    shuffled = [[row[j] for j in order] for row in data]
    assert krippendorff_alpha(shuffled, level) == pytest.approx(alpha, abs=1e-12)


@given(data=reliability_data(), seed=st.randoms())
def test_alpha_is_unchanged_by_permuting_raters(data, seed):
    alpha = _or_error(krippendorff_alpha, data, "nominal")
    assume(alpha is not None)
    rows = list(data)
    seed.shuffle(rows)
    assert krippendorff_alpha(rows, "nominal") == pytest.approx(alpha, abs=1e-12)


@given(
    data=reliability_data(),
    names=st.lists(st.text(min_size=1, max_size=4), min_size=5, max_size=5, unique=True),
)
def test_nominal_alpha_ignores_relabelling(data, names):
    alpha = _or_error(krippendorff_alpha, data, "nominal")
    assume(alpha is not None)
    relabelled = [[None if v is None else names[v - 1] for v in row] for row in data]
    assert krippendorff_alpha(relabelled, "nominal") == pytest.approx(alpha, abs=1e-12)


@given(data=reliability_data(missing=False, min_raters=2, max_raters=2))
def test_coefficients_stay_in_range(data):
    alpha = _or_error(krippendorff_alpha, data, "nominal")
    kappa = _or_error(cohen_kappa, data[0], data[1])
    assume(alpha is not None and kappa is not None)
    assert -1.0 - 1e-9 <= kappa.kappa <= 1.0 + 1e-9
    assert alpha <= 1.0 + 1e-9
    assert 0.0 <= percent_agreement(data) <= 1.0


@settings(max_examples=50)
@given(data=reliability_data(missing=False))
def test_fleiss_from_matrix_matches_count_table(data):
    got = _or_error(fleiss_kappa, data, categories=[1, 2, 3, 4, 5])
    assume(got is not None)
    table = [[sum(row[j] == c for row in data) for c in range(1, 6)] for j in range(len(data[0]))]
    assert got.kappa == pytest.approx(fleiss_kappa_from_table(table).kappa, abs=1e-12)


# --------------------------------------------------------------------------- degenerate input


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: percent_agreement([[1, None], [None, 2]]), "no unit has two"),
        (lambda: krippendorff_alpha([[1, None], [None, 2]]), "no unit has two"),
        (lambda: krippendorff_alpha([[1, 1, None], [1, 1, 3]]), "no variation"),
        (lambda: krippendorff_alpha([[1, 2]], "nominal"), "no unit has two"),
        (lambda: krippendorff_alpha([[1, 2], [1, 2]], "cardinal"), "level must be"),
        (lambda: krippendorff_alpha([["a", "b"], ["a", "a"]], "interval"), "numeric"),
        (lambda: krippendorff_alpha([["a", "b"], ["a", "a"]], "ordinal"), "categories"),
        (lambda: krippendorff_alpha([[1, -2], [1, 2]], "ratio"), "non-negative"),
        (lambda: krippendorff_alpha([[1, 2], [1, 9]], categories=[1, 2]), "not among"),
        (lambda: krippendorff_alpha([[1, 2], [1]]), "matrix"),
        (lambda: krippendorff_alpha([1, 2, 3]), "2-D"),
        (lambda: krippendorff_alpha([[1, 2], [1, 1]], categories=[1, 1, 2]), "repeat"),
        (lambda: cohen_kappa(["x", "x"], ["x", "x"]), "same single category"),
        (lambda: cohen_kappa([1, 2], [1, 2, 3]), "rated 2 and 3"),
        (lambda: cohen_kappa([1, 2], [2, 1], weights="linear"), "categories in order"),
        (lambda: cohen_kappa([1, 2], [2, 1], weights="cubic", categories=[1, 2]), "weights"),
        (lambda: cohen_kappa([1, None], [None, 2]), "empty"),
        (lambda: cohen_kappa_from_table([[1, 2, 3]]), "square"),
        (lambda: cohen_kappa_from_table([[1, -1], [0, 1]]), "non-negative"),
        (lambda: fleiss_kappa([[1, 2, None], [1, 2, 3]]), "same number of ratings"),
        (lambda: fleiss_kappa([[1, 2, 3]]), "at least two"),
        (lambda: fleiss_kappa([["a", "a"], ["a", "a"]]), "same category"),
        (lambda: fleiss_kappa_from_table([]), "units x categories"),
        (
            lambda: krippendorff_alpha_distance([[1, 2], [1, 1]], lambda a, b: a - b),
            "symmetric",
        ),
        (lambda: krippendorff_alpha_distance([[1, 2], [1, 1]], lambda a, b: 1.0), "zero for"),
    ],
)
def test_degenerate_input_raises(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_agreement_error_is_a_value_error():
    assert issubclass(AgreementError, ValueError)


def test_ratio_treats_two_zeros_as_equal():
    got = krippendorff_alpha([[0, 0, 2, 4], [0, 0, 2, 4]], "ratio")
    assert got == pytest.approx(1.0)
    assert math.isfinite(krippendorff_alpha([[0, 1, 2, 4], [0, 0, 2, 3]], "ratio"))
