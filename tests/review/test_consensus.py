"""Majority vote and Dawid-Skene against published values, a reference loop, and properties."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labeldesk.review.consensus import (
    dawid_skene,
    majority_vote,
    observations,
)

# --------------------------------------------------------------------------- data

#: Dawid and Skene (1979), Table 1: 45 patients, observer 1 rated each three times, observers
#: 2-5 once; classes 1-4. "111 1 1 1 1" is observer 1's three ratings, then observers 2-5.
DS1979 = [
    "111 1 1 1 1", "333 4 3 3 4", "112 2 1 2 2", "222 3 1 2 1", "222 3 2 2 2", "222 3 3 2 2",
    "122 2 1 1 1", "333 3 4 3 3", "222 2 2 2 3", "232 2 2 2 3", "444 4 4 4 4", "222 3 3 4 3",
    "111 1 1 1 1", "222 3 2 1 2", "121 1 1 1 1", "111 2 1 1 1", "111 1 1 1 1", "111 1 1 1 1",
    "222 2 2 2 1", "222 1 3 2 2", "222 2 2 2 2", "222 2 2 2 1", "222 3 2 2 2", "221 2 2 2 2",
    "111 1 1 1 1", "111 1 1 1 1", "232 2 2 2 2", "111 1 1 1 1", "111 1 1 1 1", "112 1 1 2 1",
    "111 1 1 1 1", "333 3 2 3 3", "111 1 1 1 1", "222 2 2 2 2", "222 3 2 3 2", "433 4 3 4 3",
    "221 2 2 3 2", "232 3 2 3 3", "333 3 4 3 2", "111 1 1 1 1", "111 1 1 1 1", "121 2 1 1 1",
    "232 2 2 2 2", "121 1 1 1 1", "222 2 2 2 2",
]  # fmt: skip

#: crowd-kit's step-by-step test (tests/aggregation/test_ds_aggregation.py): 5 tasks, 5
#: workers, classes no/yes; the published probabilities, priors and errors after 0 and 1 rounds.
TOY = [
    "no yes - yes no", "yes yes yes no no", "yes no no yes no", "yes yes yes yes yes",
    "yes no no no no",
]  # fmt: skip


def ds1979():
    items, raters, classes = [], [], []
    for patient, row in enumerate(DS1979):
        for observer, ratings in enumerate(row.split()):
            for r in ratings:
                items.append(patient)
                raters.append(observer)
                classes.append(int(r) - 1)
    return observations(items, raters, classes)


def toy():
    items, raters, classes = [], [], []
    for task, row in enumerate(TOY):
        for worker, answer in enumerate(row.split()):
            if answer != "-":
                items.append(task)
                raters.append(worker)
                classes.append(0 if answer == "no" else 1)
    return observations(items, raters, classes)


def reference_em(obs, rounds: int):
    """The paper's equations 2.3-2.5 written as plain loops (no smoothing), for comparison."""
    n, k, j = obs.n_items, obs.n_classes, obs.n_labellers
    counts = np.zeros((n, j, k))
    for i, lab, c in zip(obs.items, obs.labellers, obs.classes, strict=True):
        counts[i, lab, c] += 1
    t = counts.sum(axis=1) / counts.sum(axis=(1, 2))[:, None]  # 3.1: vote shares

    def m_step(t):
        p = t.mean(axis=0)
        pi = np.zeros((j, k, k))
        for lab in range(j):
            for truth in range(k):
                for ans in range(k):
                    pi[lab, truth, ans] = sum(t[i, truth] * counts[i, lab, ans] for i in range(n))
                total = pi[lab, truth].sum()
                if total > 0:
                    pi[lab, truth] /= total
        return p, pi

    p, pi = m_step(t)
    for _ in range(rounds):
        t = np.zeros((n, k))
        for i in range(n):
            for truth in range(k):
                v = p[truth]
                for lab in range(j):
                    for ans in range(k):
                        v *= pi[lab, truth, ans] ** counts[i, lab, ans]
                t[i, truth] = v
            t[i] /= t[i].sum()
        p, pi = m_step(t)
    return t, p, pi


# --------------------------------------------------------------------------- published values


@pytest.mark.parametrize(
    ("rounds", "probas", "priors", "errors"),
    [
        (
            0,
            [[0.5, 0.5], [0.4, 0.6], [0.6, 0.4], [0.0, 1.0], [0.8, 0.2]],
            [0.46, 0.54],
            # worker -> [[P(no|no), P(yes|no)], [P(no|yes), P(yes|yes)]]
            {0: [[0.22, 0.78], [0.19, 0.81]], 1: [[0.61, 0.39], [0.22, 0.78]],
             4: [[1.00, 0.00], [0.63, 0.37]]},
        ),
        (
            1,
            [[0.35, 0.65], [0.26, 0.74], [0.87, 0.13], [0.0, 1.0], [0.95, 0.05]],
            [0.49, 0.51],
            {0: [[0.14, 0.86], [0.25, 0.75]], 1: [[0.75, 0.25], [0.07, 0.93]],
             3: [[0.50, 0.50], [0.31, 0.69]]},
        ),
    ],
)  # fmt: skip
def test_crowd_kit_step_by_step(rounds, probas, priors, errors):
    # crowd-kit checks these to +-0.005 after 0 and 1 EM rounds from the vote shares
    model = dawid_skene(toy(), smoothing=0.0, tol=0.0, max_iter=rounds)
    assert model.posteriors() == pytest.approx(np.array(probas), abs=0.005)
    assert model.priors == pytest.approx(priors, abs=0.005)
    for worker, matrix in errors.items():
        assert model.confusion(worker) == pytest.approx(np.array(matrix), abs=0.005)


def test_dawid_skene_1979_patients():
    model = dawid_skene(ds1979(), smoothing=0.0, tol=1e-8, max_iter=1000)
    assert model.converged
    # the class marginals the paper reports: 0.40, 0.42, 0.11, 0.07
    assert np.round(model.priors, 2) == pytest.approx([0.40, 0.42, 0.11, 0.07])
    # observer 1's estimated error rates (rows: true class, columns: rating)
    assert np.round(model.confusion(0), 2) == pytest.approx(
        np.array([
            [0.89, 0.11, 0.00, 0.00],
            [0.07, 0.88, 0.05, 0.00],
            [0.00, 0.34, 0.66, 0.00],
            [0.00, 0.00, 0.56, 0.44],
        ])
    )  # fmt: skip
    labels = model.labels()
    assert (labels[0], labels[1], labels[10]) == (0, 3, 3)  # patients 1, 2 and 11


@pytest.mark.parametrize("rounds", [0, 1, 2, 5, 20])
def test_vectorised_em_equals_the_papers_equations(rounds):
    obs = ds1979()
    t, p, pi = reference_em(obs, rounds)
    model = dawid_skene(obs, smoothing=0.0, tol=0.0, max_iter=rounds)
    assert model.posteriors() == pytest.approx(t, abs=1e-9)
    assert model.priors == pytest.approx(p, abs=1e-9)
    assert model.confusion_matrices() == pytest.approx(pi, abs=1e-9)


# --------------------------------------------------------------------------- recovery


def synthetic(accuracy, n_items=600, n_classes=4, per_item=3, seed=1):
    """Answers of labellers with known accuracies (errors uniform over the other classes)."""
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, n_classes, n_items)
    items, raters, classes = [], [], []
    for i in range(n_items):
        for lab in rng.choice(len(accuracy), per_item, replace=False):
            right = rng.random() < accuracy[lab]
            wrong = (truth[i] + rng.integers(1, n_classes)) % n_classes
            items.append(i)
            raters.append(lab)
            classes.append(truth[i] if right else wrong)
    return observations(items, raters, classes, n_classes=n_classes), truth


def test_recovers_known_accuracies_and_truth():
    accuracy = [0.95, 0.9, 0.8, 0.7, 0.55]
    obs, truth = synthetic(accuracy)
    model = dawid_skene(obs)
    assert model.accuracy == pytest.approx(accuracy, abs=0.05)
    assert (model.labels() == truth).mean() > 0.93
    vote = majority_vote(obs)
    assert (model.labels() == truth).mean() >= (vote.labels == truth).mean()


def test_observed_support_agrees_with_the_exact_model():
    obs, _truth = synthetic([0.9, 0.85, 0.8, 0.75], n_items=400, per_item=2, seed=3)
    exact = dawid_skene(obs, support="all")
    fast = dawid_skene(obs, support="observed")
    vote_exact = majority_vote(obs, tie_break=exact.posterior).labels
    vote_fast = majority_vote(obs, tie_break=fast.posterior).labels
    assert (vote_exact == vote_fast).mean() > 0.97
    assert fast.accuracy == pytest.approx(exact.accuracy, abs=0.05)


def test_known_truth_stays_and_anchors_the_labellers():
    obs, truth = synthetic([0.9, 0.6, 0.6], n_items=300, per_item=3, seed=5)
    known = np.where(np.arange(300) < 100, truth, -1)
    model = dawid_skene(obs, known=known, support="observed")
    post = model.posterior(np.arange(100), truth[:100])
    assert post == pytest.approx(np.ones(100))
    assert model.accuracy[0] > model.accuracy[1]
    with pytest.raises(ValueError, match="known"):
        dawid_skene(obs, known=np.zeros(5, dtype=int))


# --------------------------------------------------------------------------- properties


answers = st.lists(
    st.tuples(st.integers(0, 7), st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=40
)


@settings(max_examples=60, deadline=None)
@given(answers, st.sampled_from(["all", "observed"]))
def test_posteriors_sum_to_one_and_em_never_lowers_the_likelihood(rows, support):
    obs = observations(*zip(*rows, strict=True))
    model = dawid_skene(obs, support=support, max_iter=30)
    post = model.posteriors()
    answered = np.bincount(obs.items, minlength=obs.n_items) > 0
    assert post[answered].sum(axis=1) == pytest.approx(np.ones(answered.sum()))
    assert (post >= 0).all()
    previous = -np.inf  # (plain maximum likelihood: smoothing would add a prior term)
    for rounds in range(6):
        ll = dawid_skene(obs, support=support, max_iter=rounds, tol=0.0, smoothing=0.0)
        ll = ll.log_likelihood
        assert ll >= previous - 1e-9
        previous = ll


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 6), st.integers(2, 5), st.integers(1, 30), st.integers(0, 10_000))
def test_perfect_labellers_have_accuracy_one(n_classes, n_labellers, n_items, seed):
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, n_classes, n_items)
    items = np.repeat(np.arange(n_items), n_labellers)
    raters = np.tile(np.arange(n_labellers), n_items)
    obs = observations(items, raters, truth[items], n_classes=n_classes)
    model = dawid_skene(obs, smoothing=0.0)
    assert model.accuracy == pytest.approx(np.ones(n_labellers))
    assert (model.labels() == truth).all()
    assert model.posterior(np.arange(n_items), truth) == pytest.approx(np.ones(n_items))


@settings(max_examples=40, deadline=None)
@given(answers, st.permutations(range(4)), st.sampled_from(["all", "observed"]))
def test_relabelling_the_classes_permutes_the_result(rows, perm, support):
    perm = np.asarray(perm)
    items, raters, classes = (np.asarray(c) for c in zip(*rows, strict=True))
    a = dawid_skene(observations(items, raters, classes, n_classes=4), support=support)
    b = dawid_skene(observations(items, raters, perm[classes], n_classes=4), support=support)
    assert b.posteriors()[:, perm] == pytest.approx(a.posteriors(), abs=1e-6)
    assert b.priors[perm] == pytest.approx(a.priors, abs=1e-6)
    assert b.accuracy == pytest.approx(a.accuracy, abs=1e-6, nan_ok=True)


# --------------------------------------------------------------------------- majority vote


def test_majority_vote_counts_ties_and_breaks_them():
    #        item 0: 1,1,2   item 1: 0,2 (tie)   item 2: none   item 3: 3
    obs = observations([0, 0, 0, 1, 1, 3], [0, 1, 2, 0, 1, 2], [1, 1, 2, 0, 2, 3], n_items=4)
    vote = majority_vote(obs)
    assert vote.labels.tolist() == [1, 0, -1, 3]  # the tie goes to the lowest code...
    assert vote.tied.tolist() == [False, True, False, False]
    assert vote.votes.tolist() == [2, 1, 0, 1]
    assert vote.distinct.tolist() == [2, 2, 0, 1]  # classes the item's answers chose
    assert vote.share[0] == pytest.approx(2 / 3)
    assert np.isnan(vote.share[2])
    prefer_two = majority_vote(obs, tie_break=lambda i, c: (c == 2).astype(float))
    assert prefer_two.labels.tolist() == [1, 2, -1, 3]  # ...or to the best tie-break score


def test_observations_are_checked():
    with pytest.raises(ValueError, match="one entry per answer"):
        observations([0, 1], [0], [0, 1])
    with pytest.raises(ValueError, match="negative"):
        observations([0], [0], [-1])
    with pytest.raises(ValueError, match="beyond"):
        observations([0], [0], [3], n_classes=2)
    with pytest.raises(ValueError, match="support"):
        dawid_skene(observations([0], [0], [0]), support="some")  # type: ignore[arg-type]
