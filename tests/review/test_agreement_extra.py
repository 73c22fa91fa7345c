"""Taxonomy-aware agreement, per-level mapping, rater-pair views, bootstrap and the warning."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from labeldesk.review.agreement import (
    AgreementError,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
)
from labeldesk.review.agreement_extra import (
    MIN_SHARED_ITEMS,
    at_level,
    bootstrap_ci,
    confusion_matrix,
    one_vs_rest_kappa,
    shared_items,
    taxonomy_alpha,
    taxonomy_diameter,
    taxonomy_distance,
    too_few_shared,
)
from labeldesk.taxonomy.dto import LabelDTO
from labeldesk.taxonomy.index import LabelIndex

CHECK = "INVOICE>check_invoice"
GET = "INVOICE>get_invoice"
CANCEL = "ORDER>cancel_order"
TRACK = "ORDER>track_order"
REFUND = "REFUND>get_refund"


@pytest.fixture
def bitext(workspace, shared_data: Path) -> LabelIndex:
    """The shared two-level Bitext taxonomy, imported into a fresh workspace."""
    workspace.taxonomy.import_file(shared_data / "bitext_taxonomy.csv", name="bitext")
    return workspace.taxonomy.label_index("bitext")


def _index(keys: list[str]) -> LabelIndex:
    """A hand-made taxonomy from ``>``-separated keys (parents listed first)."""
    labels = []
    for pos, key in enumerate(keys):
        parts = key.split(">")
        parent = ">".join(parts[:-1]) or None
        labels.append(LabelDTO(key, parent, " > ".join(parts), len(parts), pos, parts[-1]))
    return LabelIndex("hand", 1, 1, False, labels)


# --------------------------------------------------------------------------- distance


def test_distance_by_hand_on_bitext(bitext):
    d = taxonomy_distance(bitext)
    assert taxonomy_diameter(bitext) == 4  # leaf, parent, virtual root, parent, leaf
    assert d(CHECK, CHECK) == 0.0
    assert d(CHECK, "INVOICE") == pytest.approx(1 / 4)
    assert d(CHECK, GET) == pytest.approx(2 / 4)  # siblings
    assert d("INVOICE", "ORDER") == pytest.approx(2 / 4)  # top-level via the virtual root
    assert d(CHECK, "ORDER") == pytest.approx(3 / 4)
    assert d(CHECK, CANCEL) == pytest.approx(1.0)  # cousins: the longest path
    assert d(CHECK, GET) < d(CHECK, CANCEL)


def test_distance_is_symmetric_and_at_most_one(bitext):
    d = taxonomy_distance(bitext)
    keys = list(bitext)
    values = np.array([[d(a, b) for b in keys] for a in keys])
    assert np.allclose(values, values.T)
    assert values.max() == pytest.approx(1.0)
    assert (values >= 0).all()
    assert (np.diag(values) == 0).all()
    assert (values[~np.eye(len(keys), dtype=bool)] > 0).all()


def test_diameter_with_uneven_depths_and_one_branch():
    assert taxonomy_diameter(_index(["A", "A>B", "A>B>C", "A>D", "E"])) == 4  # C..root..E
    assert taxonomy_diameter(_index(["A", "A>B", "A>B>C", "A>D"])) == 3  # C..A..D
    # One chain: the virtual root is not a label, so the path ends at A.
    chain = _index(["A", "A>B", "A>B>C"])
    assert taxonomy_diameter(chain) == 2
    assert taxonomy_distance(chain)("A", "A>B>C") == 1.0
    assert taxonomy_diameter(_index(["A"])) == 0
    assert taxonomy_distance(_index(["A"]))("A", "A") == 0.0


def test_distance_rejects_unknown_label(bitext):
    d = taxonomy_distance(bitext)
    with pytest.raises(AgreementError, match="nope"):
        d(CHECK, "nope")
    with pytest.raises(AgreementError):
        taxonomy_alpha([[CHECK, "nope"], [CHECK, GET]], bitext)


# --------------------------------------------------------------------------- taxonomy alpha


def test_taxonomy_alpha_beats_nominal_when_misses_are_siblings(bitext):
    a = [CHECK, CANCEL, REFUND, CHECK, TRACK, REFUND, CANCEL, GET]
    b = [GET, TRACK, REFUND, CHECK, CANCEL, REFUND, CANCEL, GET]
    data = [a, b]
    nominal = krippendorff_alpha(data)
    tax = taxonomy_alpha(data, bitext)
    assert tax > nominal
    assert tax < 1.0


def test_taxonomy_alpha_matches_nominal_when_every_miss_is_maximal():
    # Two top-level labels only: every disagreement has distance 1, so alpha is nominal alpha.
    index = _index(["A", "B"])
    data = [["A", "B", "A", "A", None], ["A", "B", "B", "A", "B"]]
    assert taxonomy_alpha(data, index) == pytest.approx(krippendorff_alpha(data))


def test_taxonomy_alpha_perfect_agreement_is_one(bitext):
    data = [[CHECK, CANCEL, REFUND], [CHECK, CANCEL, REFUND]]
    assert taxonomy_alpha(data, bitext) == pytest.approx(1.0)


# --------------------------------------------------------------------------- levels


def test_at_level_maps_to_ancestors(bitext):
    data = [[CHECK, "ORDER", None], [GET, CANCEL, REFUND]]
    top = at_level(data, bitext, 1)
    assert top.tolist() == [["INVOICE", "ORDER", None], ["INVOICE", "ORDER", "REFUND"]]
    assert at_level(data, bitext, 2).tolist() == [[CHECK, "ORDER", None], [GET, CANCEL, REFUND]]
    assert at_level(data, bitext, 5).tolist() == at_level(data, bitext, 2).tolist()
    # Sibling misses disappear at the top level.
    assert percent_agreement(top) == 1.0
    assert percent_agreement(at_level(data, bitext, 2)) == 0.0


def test_at_level_deeper_tree_and_bad_input():
    index = _index(["A", "A>B", "A>B>C"])
    assert at_level([["A>B>C", "A"]], index, 2).tolist() == [["A>B", "A"]]
    with pytest.raises(AgreementError):
        at_level([["A"]], index, 0)
    with pytest.raises(AgreementError):
        at_level([["Z"]], index, 1)


# --------------------------------------------------------------------------- rater pairs


A = ["x", "y", "x", "z", None, "x", "y", "y", "z", "x"]
B = ["x", "y", "y", "z", "x", "x", "x", "y", None, "z"]


def test_confusion_matrix_counts():
    labels, m = confusion_matrix(A, B)
    assert labels == ["x", "y", "z"]
    assert m.dtype == np.int64
    # Units both rated: (x,x) (y,y) (x,y) (z,z) (x,x) (y,x) (y,y) (x,z)
    assert m.tolist() == [[2, 1, 1], [1, 2, 0], [0, 0, 1]]
    assert m.sum() == 8


def test_confusion_matrix_with_given_labels():
    labels, m = confusion_matrix(A, B, labels=["z", "y", "x", "w"])
    assert labels == ["z", "y", "x", "w"]
    assert m[2, 2] == 2
    assert m[:, 3].sum() == 0
    assert m[3].sum() == 0
    with pytest.raises(AgreementError):
        confusion_matrix(A, B, labels=["x", "y"])
    with pytest.raises(AgreementError):
        confusion_matrix(A, B[:-1])


def _binarised(ratings, label):
    return [None if r is None else r == label for r in ratings]


def test_one_vs_rest_matches_cohen_on_binarised_copy():
    got = one_vs_rest_kappa(A, B)
    assert list(got) == ["x", "y", "z"]
    for label, kappa in got.items():
        expected = cohen_kappa(_binarised(A, label), _binarised(B, label)).kappa
        assert kappa == pytest.approx(expected)


def test_one_vs_rest_undefined_is_none():
    # "w" is only used on a unit the other rater skipped: on shared units nobody says "w".
    a = ["x", "y", "x", "w"]
    b = ["x", "y", "y", None]
    got = one_vs_rest_kappa(a, b)
    assert got["w"] is None
    assert got["x"] == pytest.approx(cohen_kappa(_binarised(a, "x"), _binarised(b, "x")).kappa)


# --------------------------------------------------------------------------- bootstrap


def _ratings(n_units: int = 60) -> list[list[str]]:
    rng = np.random.default_rng(7)
    truth = rng.choice(["x", "y", "z"], size=n_units)
    noisy = np.where(rng.random(n_units) < 0.25, rng.choice(["x", "y", "z"], n_units), truth)
    return [truth.tolist(), noisy.tolist()]


def test_bootstrap_ci_contains_estimate_and_is_deterministic():
    data = _ratings()
    point = krippendorff_alpha(data)
    low, high = bootstrap_ci(krippendorff_alpha, data, n=300, seed=3)
    assert low < point < high
    assert (low, high) == bootstrap_ci(krippendorff_alpha, data, n=300, seed=3)
    assert (low, high) != bootstrap_ci(krippendorff_alpha, data, n=300, seed=4)
    narrow = bootstrap_ci(krippendorff_alpha, data, n=300, seed=3, level=0.5)
    assert low <= narrow[0] <= narrow[1] <= high


def test_bootstrap_skips_resamples_where_the_statistic_raises():
    # Most resamples of one disagreeing unit among agreeing ones are fine; a resample of only
    # the single-rated unit is not pairable and raises.
    data = [["x", "y", "x", "y"], ["x", "y", "y", None]]
    raised = []

    def counting_alpha(matrix):
        try:
            return krippendorff_alpha(matrix)
        except AgreementError:
            raised.append(1)
            raise

    low, high = bootstrap_ci(counting_alpha, data, n=200, seed=1)
    assert raised  # some resamples were skipped, and the interval still came out
    assert -1.0 <= low <= high <= 1.0
    with pytest.raises(AgreementError):
        bootstrap_ci(krippendorff_alpha, [["x", "x"], ["x", "x"]], n=20)
    with pytest.raises(AgreementError):
        bootstrap_ci(krippendorff_alpha, data, level=1.0)


# --------------------------------------------------------------------------- shared items


def test_too_few_shared_names_the_count():
    data = [["x"] * 40, ["x"] * 12 + [None] * 28]
    assert shared_items(data) == 12
    warning = too_few_shared(data)
    assert warning is not None
    assert "12" in warning
    assert str(MIN_SHARED_ITEMS) in warning


def test_enough_shared_items_gives_no_warning():
    data = [["x"] * MIN_SHARED_ITEMS, ["y"] * MIN_SHARED_ITEMS, [None] * MIN_SHARED_ITEMS]
    assert shared_items(data) == MIN_SHARED_ITEMS
    assert too_few_shared(data) is None
    assert too_few_shared(data, minimum=MIN_SHARED_ITEMS + 1) is not None
