"""Model predictions against the final labels on the hand-worked case (tests/report/report_case.py).

Model m1's top conversation-level prediction per conversation, against the final label:

    c1 X .95 / X   c2 Y .92 / X   c3 Z .60 / Z   c4 W .85 / Z   c5 Y .40 / Y
    c8 Y .99 / Y   c9 Z .91 / W   g1 X .55 / X   (c6 X .70 has no final label)

9 predicted, 8 compared, 5 right (c1 c3 c5 c8 g1).
"""

from __future__ import annotations

import pytest
from report_case import W, X, Y, Z

from labeldesk.review.model_eval import ModelEvalError, ModelEvalService, ModelReport
from labeldesk.review.quality_stats import wilson


@pytest.fixture
def report(case) -> ModelReport:
    return ModelEvalService(case.ws.db).evaluate(batch="b1")


def m1(report: ModelReport):
    return next(m for m in report.models if m.model == "m1")


def test_models_by_name(report):
    assert [m.model for m in report.models] == ["m1", "m2"]
    assert report.threshold == 0.9


def test_accuracy(report):
    m = m1(report)
    assert (m.predicted, m.compared, m.correct) == (9, 8, 5)
    assert m.accuracy == pytest.approx(5 / 8)
    assert m.accuracy_ci == pytest.approx(wilson(5, 8))
    assert m.scored == 8


def test_accuracy_by_how_the_final_label_was_decided(report):
    # gold g1 right; review c2 c9 both wrong; agreement c1 c3 c8 right; consensus c4 wrong;
    # single c5 right
    got = {h.how: (h.n, h.correct) for h in m1(report).by_how}
    assert got == {
        "gold": (1, 1),
        "review": (2, 0),
        "agreement": (3, 3),
        "consensus": (1, 0),
        "single": (1, 1),
    }


def test_per_label_recall_and_precision(report):
    # final X: c1 c2 g1, right c1 g1 (2/3); predicted X: c1 g1, both right (2/2)
    # final Y: c5 c8, both right (2/2); predicted Y: c2 c5 c8, right 2 (2/3)
    # final Z: c3 c4, right c3 (1/2); predicted Z: c3 c9, right 1 (1/2)
    # final W: c9, wrong (0/1); predicted W: c4, wrong (0/1)
    got = {x.label: (x.n, x.correct, x.predicted, x.predicted_correct) for x in m1(report).labels}
    assert got == {X: (3, 2, 2, 2), Y: (2, 2, 3, 2), Z: (2, 1, 2, 1), W: (1, 0, 1, 0)}
    by = {x.label: x for x in m1(report).labels}
    assert by[Y].precision == pytest.approx(2 / 3)
    assert by[X].accuracy == pytest.approx(2 / 3)
    assert by[W].precision == 0.0


def test_confusion_matrix(report):
    m = m1(report)
    # most frequent final label first (X 3), then Y and Z (2 each; Y predicted 3 times, Z 2)
    assert m.confusion_labels == (X, Y, Z, W)
    assert m.confusion_names == ("cancel_order", "track_order", "get_refund", "track_refund")
    # rows final, columns predicted: X->X c1 g1, X->Y c2; Y->Y c5 c8; Z->Z c3, Z->W c4; W->Z c9
    assert m.confusion == (
        (2, 1, 0, 0),
        (0, 2, 0, 0),
        (0, 0, 1, 1),
        (0, 0, 1, 0),
    )


def test_calibration_bins_and_ece(report):
    m = m1(report)
    bins = {round(b.low, 1): b for b in m.calibration if b.n}
    # [0.4, 0.5) c5 .40 right; [0.5, 0.6) g1 .55 right; [0.6, 0.7) c3 .60 right;
    # [0.8, 0.9) c4 .85 wrong; [0.9, 1] c1 .95 right, c2 .92 wrong, c8 .99 right, c9 .91 wrong
    assert {k: b.n for k, b in bins.items()} == {0.4: 1, 0.5: 1, 0.6: 1, 0.8: 1, 0.9: 4}
    top = bins[0.9]
    assert top.mean_score == pytest.approx((0.95 + 0.92 + 0.99 + 0.91) / 4)
    assert top.accuracy == 0.5
    assert len(m.calibration) == 10
    # ECE = sum n_b |acc_b - score_b| / n
    #     = (|1 - .40| + |1 - .55| + |1 - .60| + |0 - .85| + 4 |.5 - .9425|) / 8
    #     = (.60 + .45 + .40 + .85 + 1.77) / 8 = 4.07 / 8
    assert m.ece == pytest.approx(4.07 / 8)
    assert m.calibration_note == ""


def test_confidently_wrong_sorted_by_score(report):
    m = m1(report)
    # wrong with score >= 0.9: c2 (.92) and c9 (.91)
    assert m.n_confident_wrong == 2
    first, second = m.confident_wrong
    assert (first.external_id, first.score, first.predicted, first.final) == ("c2", 0.92, Y, (X,))
    assert (first.predicted_name, first.final_name, first.how) == (
        "track_order",
        "cancel_order",
        "review",
    )
    assert first.snippet == "Where is my parcel? Or cancel it"
    assert (second.external_id, second.language, second.how) == ("c9", "th", "review")


def test_threshold_and_limit(case):
    service = ModelEvalService(case.ws.db)
    lower = m1(service.evaluate(batch="b1", threshold=0.8, limit=1))
    # c4 (.85) joins: 3 in all, the first listed only
    assert lower.n_confident_wrong == 3
    assert [x.external_id for x in lower.confident_wrong] == ["c2"]
    with pytest.raises(ModelEvalError, match="negative"):
        service.evaluate(limit=-1)


def test_a_model_without_scores_has_no_calibration(report):
    m2 = next(m for m in report.models if m.model == "m2")
    assert (m2.predicted, m2.compared, m2.correct, m2.scored) == (1, 1, 1, 0)
    assert m2.calibration == ()
    assert m2.ece is None
    assert m2.calibration_note == "the predictions carry no scores"
    assert m2.confident_wrong == ()
