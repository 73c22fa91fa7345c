"""The quality table on a small case whose every number is worked out by hand.

The case is tests/quality_case.py (its table lists every answer). Below, each expected value
is derived in a comment from that table, so a reader can check it with pencil and paper.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from quality_case import Case, build
from sqlalchemy import select

from labeldesk.errors import LabelDeskError
from labeldesk.review.agreement import krippendorff_alpha, percent_agreement
from labeldesk.review.quality import (
    DEFAULT_TARGETS,
    QualityError,
    QualityReport,
    QualityRow,
    QualityService,
    Targets,
)
from labeldesk.review.quality_stats import Z95, wilson
from labeldesk.review.training import TrainingError
from labeldesk.storage.models import AuditEntry, TrainingQuiz
from labeldesk.workspace import DEFAULT_SETTINGS, Workspace


@pytest.fixture(params=["uuid", "short"])
def case(request, tmp_path: Path) -> Iterator[Case]:
    """The hand-worked case, with UUID ids (numpy fast path) or short ids (plain path)."""
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    try:
        yield build(ws, ids=request.param)
    finally:
        ws.close()


@pytest.fixture
def report(case: Case) -> QualityReport:
    """Batch b1 by labeller, with min_items lowered to 5 so the targets apply."""
    case.ws.quality.set_targets(min_items=5)
    return case.ws.quality.report(batch="b1")


def row(report: QualityReport, name: str) -> QualityRow:
    return next(r for r in report.rows if r.name == name)


def wilson_by_hand(k: int, n: int) -> tuple[float, float]:
    """(p + z²/2n ∓ z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n), written out once more."""
    z, p = 1.959963984540054, k / n
    centre, half = p + z * z / (2 * n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - half) / (1 + z * z / n)), min(1.0, (centre + half) / (1 + z * z / n))


def test_wilson_interval_matches_the_formula_and_a_published_value():
    # Newcombe (1998), Table I, example: 81 successes of 263 -> 0.2553 to 0.3662 (score method)
    low, high = wilson(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)
    assert wilson(1, 2) == pytest.approx(wilson_by_hand(1, 2))
    assert wilson(0, 1) == pytest.approx((0.0, wilson_by_hand(0, 1)[1]))
    assert wilson(2, 2) == pytest.approx((wilson_by_hand(2, 2)[0], 1.0))
    assert wilson(0, 0) is None
    assert pytest.approx(1.959963984540054) == Z95


def test_anong_row(report):
    a = row(report, "Anong")
    # Anong's latest answers in b1: c1 X, c2 X, c3 Z, c4 Z, c6 skip, c8 Y, c9 W, g1 X, g2 Z
    assert (a.n_items, a.answered, a.skipped, a.unsure) == (9, 8, 1, 0)
    assert a.skip_rate == pytest.approx(1 / 9)
    assert a.unsure_rate == 0.0
    # gold: g1 first answer right, g2 first answer W wrong (revised to Z later: not rescored)
    assert (a.gold_n, a.gold_correct, a.gold_accuracy) == (2, 1, 0.5)
    # Wilson(1, 2): p=.5, z²/n=1.9208; centre=(.5+.9604)/2.9208=.5; half=1.96*sqrt(.125+.2401)
    # /2.9208=.4055 -> (.0945, .9055)
    assert a.gold_ci == pytest.approx((0.0945312, 0.9054688), abs=1e-6)
    # compared with final (review/agreement/consensus items with >= 2 answers):
    # c1 X=X, c2 X=X (latest review), c3 Z=Z, c4 Z=Z, c8 Y=Y, c9 W=W -> 6 of 6
    assert (a.agreement_n, a.agreement) == (6, 1.0)
    assert a.kappa == pytest.approx(1.0)  # all on the diagonal, 4 categories: kappa 1
    # slots in the latest reviews: c2 (correct), c9 (correct); c2's first review is replaced
    assert (a.reviewed_slots, a.overturned, a.overturn_rate) == (2, 0, 0.0)
    # seconds of latest revisions: 60+30+45+30+10+50+40+20+35 = 320 -> 9 / (320/3600) = 101.25
    assert a.active_hours == pytest.approx(320 / 3600)
    assert a.items_per_hour == pytest.approx(101.25)
    assert not a.too_fast
    assert a.flags == ("gold_accuracy",)  # 0.5 < 0.95; kappa 1.0 >= 0.8; 8 answers >= 5


def test_budi_row(report):
    b = row(report, "Budi")
    # c1 X, c2 Y, c4 Z, c7 X, c8 Y (unsure), g1 Y; c10 withdrawn: not an item at all
    assert (b.n_items, b.answered, b.skipped, b.unsure) == (6, 6, 0, 1)
    assert b.unsure_rate == pytest.approx(1 / 6)
    assert (b.gold_n, b.gold_correct, b.gold_accuracy) == (1, 0, 0.0)
    # Wilson(0, 1): p=0: centre = z²/2 / (1+z²) = 1.9208/4.8415 = .3967, half the same
    # -> (0, .7935)
    assert b.gold_ci == pytest.approx((0.0, 0.7934507), abs=1e-6)
    # compared: c1 X=X, c2 Y!=X, c4 Z=Z, c8 Y=Y (c7 is a single answer; g1 is gold) -> 3/4
    assert (b.agreement_n, b.agreement) == (4, 0.75)
    # kappa: pairs (X,X) (Y,X) (Z,Z) (Y,Y); po = 3/4; Budi X.25 Y.5 Z.25, final X.5 Y.25
    # Z.25; pe = .125+.125+.0625 = .3125; kappa = (.75-.3125)/(1-.3125) = 7/11
    assert b.kappa == pytest.approx(7 / 11)
    # c2's latest review judged Budi's slot incorrect (the earlier one said correct)
    assert (b.reviewed_slots, b.overturned, b.overturn_rate) == (1, 1, 1.0)
    # 40+50+20+15+30+25 = 180 s -> 6 / 0.05 h = 120 per hour
    assert b.items_per_hour == pytest.approx(120.0)
    assert b.flags == ("gold_accuracy", "kappa")  # 0 < .95 and 7/11 < .8


def test_chai_row(report):
    c = row(report, "Chai")
    # c3 Z, c4 W, c5 Y (unsure), c7 skip, c8 Y, c9 Z, g1 X, g2 Z
    assert (c.n_items, c.answered, c.skipped, c.unsure) == (8, 7, 1, 1)
    assert (c.gold_n, c.gold_correct, c.gold_accuracy) == (2, 2, 1.0)
    assert c.gold_ci == pytest.approx(wilson_by_hand(2, 2))
    # compared: c3 Z=Z, c4 W!=Z, c8 Y=Y, c9 Z!=W -> 2/4
    assert (c.agreement_n, c.agreement) == (4, 0.5)
    # kappa: (Z,Z) (W,Z) (Y,Y) (Z,W); po=.5; Chai Z.5 W.25 Y.25 = final's margins;
    # pe = .25+.0625+.0625 = .375; kappa = (.5-.375)/.625 = .2
    assert c.kappa == pytest.approx(0.2)
    assert (c.reviewed_slots, c.overturned) == (1, 1)  # c9
    # 35+25+40+5+20+60+30+15 = 230 s -> 8 * 3600 / 230
    assert c.items_per_hour == pytest.approx(8 * 3600 / 230)
    assert c.flags == ("kappa",)


def test_dewi_is_too_fast_and_too_new_to_flag(report):
    d = row(report, "Dewi")
    # two gold items in 4 + 6 seconds: 2 / (10/3600) = 720 per hour
    assert (d.n_items, d.gold_n, d.gold_correct) == (2, 2, 2)
    assert d.items_per_hour == pytest.approx(720.0)
    # median of 101.25, 120, 125.22, 720 = (120 + 125.22) / 2 = 122.61; 720 > 2 x 122.61
    assert report.median_rate == pytest.approx((120 + 8 * 3600 / 230) / 2)
    assert d.too_fast
    assert (d.agreement, d.kappa, d.overturn_rate) == (None, None, None)
    assert d.flags == ()  # 2 answers < min_items 5
    assert d.estimated_accuracy == pytest.approx(1.0)  # only gold items, all right


def test_flagged_labellers_and_the_branches_they_miss(report):
    flagged = {f.name: f for f in report.flagged}
    assert set(flagged) == {"Anong", "Budi", "Chai"}
    # Anong missed gold g2 (answer Z's branch REFUND); Budi missed gold g1 and was overturned
    # on c2 (both ORDER); Chai was overturned on c9 (final W, REFUND)
    assert flagged["Anong"].branches == ("REFUND",)
    assert flagged["Budi"].branches == ("ORDER",)
    assert flagged["Budi"].reasons == ("gold_accuracy", "kappa")
    assert flagged["Chai"].branches == ("REFUND",)


def test_how_the_final_labels_were_decided(report):
    # gold g1 g2; review c2 c9; agreement c1 c3 c8; consensus c4; single c5 c7; none c6 c10
    assert report.decided == {
        "gold": 2, "review": 2, "agreement": 3, "consensus": 1, "single": 2, "none": 2,
    }  # fmt: skip
    assert 0.0 < report.consensus_confidence <= 1.0


def test_batch_wide_agreement(report):
    a = report.agreement
    # items with >= 2 answers: c1 XX, c2 XY, c3 ZZ, c4 ZZW, c8 YYY, c9 WZ, g1 XYXX, g2 ZZZ
    assert (a.n_items, a.n_ratings) == (8, 21)
    # pairwise agreement per item: 1, 0, 1, 1/3, 1, 0, 1/2, 1 -> (29/6) / 8 = 29/48
    assert a.percent.value == pytest.approx(29 / 48)
    # coincidences: o_XX 4, o_XY=o_YX 2, o_YY 3, o_ZZ 6, o_ZW=o_WZ 2; n_c W2 X6 Y5 Z8 (n=21)
    # alpha = 1 - (n-1) * 8 / (21² - (4+36+25+64)) = 1 - 20*8/312 = 19/39
    assert a.krippendorff_alpha.value == pytest.approx(19 / 39)
    units = [["X", "X"], ["X", "Y"], ["Z", "Z"], ["Z", "Z", "W"], ["Y"] * 3, ["W", "Z"],
             ["X", "Y", "X", "X"], ["Z"] * 3]  # fmt: skip
    matrix = [[u[i] if i < len(u) else None for u in units] for i in range(4)]
    assert a.percent.value == pytest.approx(percent_agreement(matrix))
    assert a.krippendorff_alpha.value == pytest.approx(krippendorff_alpha(matrix))
    assert a.percent.ci_low <= a.percent.value <= a.percent.ci_high
    assert a.fleiss_kappa is None  # 2 to 4 answers per item
    assert any("only 8 item(s)" in w for w in a.warnings)
    assert any("Fleiss" in w for w in a.warnings)


def test_by_vendor(case):
    report = case.ws.quality.report(batch="b1", by="vendor")
    assert [r.name for r in report.rows] == ["Acme", "Blue", "(none)"]
    acme = report.rows[0]
    # Anong + Budi: 15 items, 14 answered; gold 1 of 3; agreement 6/6 + 3/4 = 9/10
    assert (acme.n_items, acme.answered, acme.gold_n, acme.gold_correct) == (15, 14, 3, 1)
    assert acme.agreement == pytest.approx(0.9)
    # pooled table over W X Y Z: diagonal 1,3,2,3 and Y->X 1; po .9; rows .1 .3 .3 .3,
    # columns .1 .4 .2 .3; pe = .01+.12+.06+.09 = .28; kappa = .62/.72
    assert acme.kappa == pytest.approx(0.62 / 0.72)
    assert (acme.reviewed_slots, acme.overturned) == (3, 1)
    assert acme.items_per_hour == pytest.approx(15 * 3600 / 500)  # 320 + 180 seconds
    assert not acme.too_fast  # "too fast" is judged per labeller only
    assert report.rows[2].n_items == 2  # Dewi has no vendor
    assert report.median_rate == pytest.approx((120 + 8 * 3600 / 230) / 2)  # labellers'


def test_by_language(case):
    report = case.ws.quality.report(batch="b1", by="language")
    by = {r.key: r for r in report.rows}
    # en: c1 2, c2 2, c5 1, c6 1, c8 3, g1 4 answers; th: c3 2, c4 3, c7 2, c9 2, g2 3
    assert (by["en"].n_items, by["th"].n_items) == (13, 12)
    # gold en: g1 A ok, B wrong, C ok, D ok -> 3/4; th: g2 A wrong, C ok, D ok -> 2/3
    assert (by["en"].gold_correct, by["en"].gold_n) == (3, 4)
    assert (by["th"].gold_correct, by["th"].gold_n) == (2, 3)
    # compared en: c1 A B ok, c2 A ok B no, c8 A B C ok -> 6/7; th: c3 2 ok, c4 A B ok C no,
    # c9 A ok C no -> 5/7
    assert by["en"].agreement == pytest.approx(6 / 7)
    assert by["th"].agreement == pytest.approx(5 / 7)


def test_by_top_level_branch(case):
    report = case.ws.quality.report(batch="b1", by="label")
    by = {r.key: r for r in report.rows}
    assert [r.key for r in report.rows] == ["ORDER", "REFUND", "(none)"]
    # final ORDER: c1 2, c2 2, c5 1, c7 2, c8 3, g1 4 = 14; REFUND: c3 2, c4 3, c9 2, g2 3 = 10;
    # no final label: c6 (Anong's skip) 1
    assert (by["ORDER"].n_items, by["REFUND"].n_items, by["(none)"].n_items) == (14, 10, 1)
    assert by["ORDER"].name == "ORDER"  # the label's name in the taxonomy
    # gold by branch: g1 (ORDER) 3 of 4, g2 (REFUND) 2 of 3
    assert (by["ORDER"].gold_correct, by["ORDER"].gold_n) == (3, 4)


def test_since_keeps_later_answers_but_final_labels_use_all(case):
    report = case.ws.quality.report(batch="b1", since=dt.date(2026, 11, 3))
    # only c8 and c9 were answered on 2026-11-05
    assert {r.name: r.n_items for r in report.rows} == {"Anong": 2, "Budi": 1, "Chai": 2}
    # Chai: c8 Y = final Y, c9 Z != final W (the final still comes from every answer)
    assert row(report, "Chai").agreement == 0.5
    assert row(report, "Anong").reviewed_slots == 1  # c9 only
    assert report.since == dt.date(2026, 11, 3)
    assert report.decided["review"] == 2  # final labels do not depend on since


def test_whole_workspace_leaves_training_answers_out(case):
    report = case.ws.quality.report()
    # t1 is a training quiz item: Anong's answer there is not production work
    assert row(report, "Anong").n_items == 9
    assert report.decided["gold"] == 3  # g1, g2 and the training item t1
    assert report.decided["none"] == 2
    assert report.batch is None


def test_targets_defaults_set_and_audited(case):
    q = QualityService(case.ws.db)
    assert asdict_targets(q.targets()) == DEFAULT_TARGETS == DEFAULT_SETTINGS["targets"]
    new = q.set_targets(gold_accuracy=0.9, kappa=0.6)
    assert new == Targets(0.9, 0.6, 20)
    assert case.ws.get_setting("targets") == {"gold_accuracy": 0.9, "kappa": 0.6, "min_items": 20}
    with case.ws.db.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "quality.targets")).one()
    assert entry.payload["to"]["kappa"] == 0.6
    with pytest.raises(QualityError, match="gold accuracy"):
        q.set_targets(gold_accuracy=1.5)
    with pytest.raises(QualityError, match="minimum"):
        q.set_targets(min_items=-1)
    assert q.targets() == new  # a refused change changes nothing


def asdict_targets(t: Targets) -> dict:
    return {"gold_accuracy": t.gold_accuracy, "kappa": t.kappa, "min_items": t.min_items}


def test_default_targets_flag_nobody_with_few_answers(case):
    report = case.ws.quality.report(batch="b1")
    assert report.targets.min_items == 20
    assert report.flagged == ()
    assert all(r.flags == () for r in report.rows)


def test_send_refreshers_starts_quizzes_on_the_missed_branches(case, report):
    case.ws.set_setting("training", {"threshold": 0.8, "n_items": 1, "pause_production": True})
    budi = next(f for f in report.flagged if f.name == "Budi")
    quizzes = case.ws.quality.send_refreshers([budi])
    assert [(q.user, q.branches, q.kind.value) for q in quizzes] == [
        ("Budi", ("ORDER",), "refresher")
    ]
    assert quizzes[0].pauses_production
    # Chai misses REFUND, and there is no training item under REFUND: nothing is started
    chai = next(f for f in report.flagged if f.name == "Chai")
    with pytest.raises(TrainingError):
        case.ws.quality.send_refreshers([chai], pauses_production=False)
    with case.ws.db.sessions() as s:
        assert s.scalar(select(TrainingQuiz.id).where(TrainingQuiz.user_id == chai.user_id)) is None


def test_report_json_is_plain(report):
    out = report.to_json()
    assert out["by"] == "labeller"
    names = [r["name"] for r in out["rows"]]
    assert names == ["Anong", "Budi", "Chai", "Dewi"]
    assert isinstance(out["rows"][0]["items_per_hour"], float)


def test_bad_arguments(case):
    with pytest.raises(QualityError, match="group by"):
        case.ws.quality.report(by="team")  # type: ignore[arg-type]
    with pytest.raises(LabelDeskError, match="no batch named 'nope'"):
        case.ws.quality.report(batch="nope")


def test_empty_batch(case):
    with case.ws.db.sessions.begin() as s:
        from labeldesk.storage.models import Batch

        s.add(Batch(name="empty"))
    report = case.ws.quality.report(batch="empty")
    assert report.rows == ()
    assert report.agreement.n_items == 0
    assert sum(report.decided.values()) == 0
