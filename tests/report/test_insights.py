"""Insights on the hand-worked case: every number below is derived in a comment.

Batch b1's labelled answers (tests/quality_case.py; the withdrawn c10 and skips drop out):

    c1 A X, B X          c2 A X, B Y          c3 A Z, C Z          c4 A Z, B Z, C W
    c5 C Y               c7 B X               c8 A Y, B Y, C Y     c9 A W, C Z
    g1 A X, B Y, C X, D X                     g2 A Z, C Z, D Z

23 answers. Blind pairs (two answers on one item): c1 1, c2 1, c3 1, c4 3, c8 3, c9 1, g1 6,
g2 3 = 19 pairs on 8 items. Final labels: c1 X, c2 X (review), c3 Z, c4 Z (consensus),
c5 Y, c7 X, c8 Y, c9 W (review), g1 X, g2 Z (gold).
"""

from __future__ import annotations

import datetime as dt

import pytest
from report_case import W, X, Y, Z

from labeldesk.review.examples import NO_CAUSE, snippet
from labeldesk.review.insights import Insights, InsightsService
from labeldesk.review.insights_actions import DASH
from labeldesk.review.quality_stats import wilson


@pytest.fixture
def insights(case) -> Insights:
    return InsightsService(case.ws.db).insights(batch="b1")


def kappa_2x2(both: int, only_a: int, only_b: int, neither: int) -> float:
    """Cohen's kappa of a 2x2 table, by the textbook formula."""
    n = both + only_a + only_b + neither
    po = (both + neither) / n
    pa, pb = (both + only_a) / n, (both + only_b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe)


def test_totals(insights):
    assert insights.answers == 23
    assert insights.paired_items == 8  # c1 c2 c3 c4 c8 c9 g1 g2


def test_confused_pairs_are_counted_and_ranked_by_items(insights, case):
    # {X, Y}: blind pairs c2 (A X, B Y) and g1 (A-B, B-C, B-D: X against Y) = 4; overturn: c2
    # (B's Y judged incorrect, final X) = 1; items {c2, g1} = 2.
    # {Z, W}: blind pairs c4 (A-C, B-C: Z against W) and c9 (A W, C Z) = 3; overturn: c9
    # (C's Z, final W) = 1; items {c4, c9} = 2.
    # Equal items; {X, Y} has more disagreements (5 against 4), so it comes first.
    first, second = insights.confusions
    assert (first.categories, first.names) == ((X, Y), ("cancel_order", "track_order"))
    assert (first.items, first.blind_pairs, first.overturns) == (2, 4, 1)
    assert first.branch == "ORDER"
    assert (second.categories, second.names) == ((Z, W), ("get_refund", "track_refund"))
    assert (second.items, second.blind_pairs, second.overturns) == (2, 3, 1)


def test_pairs_carry_the_latest_reviews_reasons_and_examples(insights, case):
    first, second = insights.confusions
    # of c2 and g1 only c2 was reviewed; its latest review says guideline gap (the earlier
    # one's "labeller error" was replaced)
    assert first.reasons.reviewed == 1
    assert first.reasons.causes == (("guideline_gap", 1),)
    assert first.reasons.comments == ("order vs tracking unclear when a customer asks both",)
    assert first.reasons.share("guideline_gap") == 1.0
    assert second.reasons.causes == (("taxonomy_gap", 1),)
    # examples: reviewed items first (c2), then by id (g1); c2's snippet is its first
    # customer turn, not the agent's greeting; g1 has no turns
    assert [e.external_id for e in first.examples] == ["c2", "g1"]
    assert first.examples[0].snippet == "Where is my parcel? Or cancel it"
    assert first.examples[1].snippet == ""
    assert [e.external_id for e in second.examples] == ["c9", "c4"]
    assert second.examples[0].snippet == "ยังไม่ได้รับเงินคืนเลยครับ สั่งซื้อเมื่อวันจันทร์"
    assert second.examples[0].language == "th"


def test_per_label_kappa_over_blind_pairs_both_ways(insights):
    # The 19 pairs listed both ways: 38 ordered pairs. Per label, "is it" against "is not":
    # X: X-X pairs c1, g1 A-C, A-D, C-D = 4 -> 8 ordered; X with another: c2, g1 x3 = 4 ->
    #    4 + 4 ordered; neither 38 - 16 = 22. kappa = 320/624 (see kappa_2x2).
    # Y: Y-Y c8 x3 -> 6; Y with another 4 -> 4 + 4; neither 24. kappa = 256/560.
    # Z: Z-Z c3, c4 A-B, g2 x3 = 5 -> 10; Z with another c4 x2, c9 = 3 -> 3 + 3; neither 22.
    #    kappa = 422/650.
    # W: no W-W; W with another 3 -> 3 + 3; neither 32. kappa = -18/210.
    expected = {
        X: kappa_2x2(8, 4, 4, 22),
        Y: kappa_2x2(6, 4, 4, 24),
        Z: kappa_2x2(10, 3, 3, 22),
        W: kappa_2x2(0, 3, 3, 32),
    }
    assert expected[X] == pytest.approx(320 / 624)
    assert expected[W] == pytest.approx(-18 / 210)
    found = {k.category: k for k in insights.label_kappas}
    assert {c: k.kappa for c, k in found.items()} == pytest.approx(expected)
    # paired items using the label: X c1 c2 g1; Y c2 c8 g1; Z c3 c4 c9 g2; W c4 c9
    assert {c: k.items for c, k in found.items()} == {X: 3, Y: 3, Z: 4, W: 2}
    # items where the label is in a disagreement: each label is in one pair of 2 items
    assert {c: k.disagreements for c, k in found.items()} == {X: 2, Y: 2, Z: 2, W: 2}
    # lowest kappa first
    assert [k.category for k in insights.label_kappas] == [W, Y, X, Z]


def test_labels_below_the_kappa_target_ranked_by_items_in_disagreement(insights):
    # target 0.8: all four are below; equal disagreements (2), so lowest kappa first
    assert [k.category for k in insights.low_kappa] == [W, Y, X, Z]
    w = insights.low_kappa[0]
    assert w.name == "track_refund"
    # W's disagreement items c4 (no review) and c9 (taxonomy gap)
    assert w.reasons.reviewed == 1
    assert w.reasons.causes == (("taxonomy_gap", 1),)
    assert [e.external_id for e in w.examples] == ["c9", "c4"]


def test_rare_labels_are_the_unused_leaves(insights):
    # uses: X 7 (c1 A B, c2 A, c7 B, g1 A C D), Y 6, Z 8, W 2 = 23 answers over the 27
    # leaves of the Bitext taxonomy: mean 23/27; rare at or below a tenth of it (0.085):
    # the 23 leaves nobody chose. W (2 uses) is not rare.
    assert len(insights.rare) == 27 - 4
    assert {r.uses for r in insights.rare} == {0}
    assert {X, Y, Z, W}.isdisjoint(r.key for r in insights.rare)
    assert insights.rare[0].threshold == pytest.approx(0.1 * 23 / 27)
    assert all(r.taxonomy == "bitext" for r in insights.rare)
    refund = [r.key for r in insights.rare if r.branch == "REFUND"]
    assert refund == ["REFUND>check_refund_policy"]  # get_refund and track_refund are used


def test_gap_verdicts_grouped_by_the_final_labels_branch(insights):
    # c2: guideline gap, final X (ORDER); c9: taxonomy gap, final W (REFUND)
    order, refund = insights.gaps  # one verdict each; then by name
    assert (order.branch, order.guideline_gap, order.taxonomy_gap) == ("ORDER", 1, 0)
    assert order.labels == (("cancel_order", 1),)
    assert [e.external_id for e in order.examples] == ["c2"]
    assert (refund.branch, refund.guideline_gap, refund.taxonomy_gap) == ("REFUND", 0, 1)
    assert refund.comments == ("no label for a <late> refund & its status",)


def test_gap_verdicts_from_since_on(case):
    # c2's latest review is on 2026-11-03, c9's on 2026-11-05
    later = InsightsService(case.ws.db).insights(batch="b1", since=dt.date(2026, 11, 4))
    assert [g.branch for g in later.gaps] == ["REFUND"]


def cell(insights, labeller, branch):
    return next(b for b in insights.scores if b.labeller == labeller and b.branch == branch)


def test_labeller_by_branch_cells(insights):
    # Anong, REFUND (items whose final label is Z or W): c3 Z, c4 Z, c9 W, g2 Z = 4 answers.
    # gold: g2's first answer W was scored wrong: 0 of 1. Compared with the final label
    # (decided by review, agreement or consensus, 2+ answers): c3, c4, c9 = 3, all equal.
    a = cell(insights, "Anong", "REFUND")
    assert (a.answered, a.gold_n, a.gold_correct, a.agreement_n, a.agreed) == (4, 1, 0, 3, 3)
    assert a.gold_ci == pytest.approx(wilson(0, 1))
    assert a.kappa == pytest.approx(1.0)  # (Z, Z, W) against (Z, Z, W)
    # judged (4 >= 2 answers); the gold interval [0, 0.79] lies below 0.95: flagged
    assert a.judged
    assert a.flags == ("gold_accuracy",)
    # Budi, ORDER: c1 X, c2 Y, c7 X, c8 Y, g1 Y = 5; gold g1 wrong: 0/1; compared c1, c2, c8
    # (c7 single, g1 gold): agreed c1, c8 = 2 of 3. Kappa of (X, Y, Y) against (X, X, Y):
    # po = 2/3, pe = 1/3*2/3 + 2/3*1/3 = 4/9, kappa = (2/3 - 4/9) / (5/9) = 0.4.
    b = cell(insights, "Budi", "ORDER")
    assert (b.answered, b.gold_n, b.gold_correct, b.agreement_n, b.agreed) == (5, 1, 0, 3, 2)
    assert b.kappa == pytest.approx(0.4)
    assert b.agreement_ci == pytest.approx(wilson(2, 3))
    assert (b.slots, b.overturned) == (1, 1)  # c2: B's Y judged incorrect
    assert b.flags == ("gold_accuracy", "kappa")
    # Budi, REFUND: only c4 Z: 1 answer < 2, not judged; kappa of one category undefined
    br = cell(insights, "Budi", "REFUND")
    assert (br.answered, br.judged, br.kappa, br.flags) == (1, False, None, ())
    # Chai, REFUND: c3 Z, c4 W, c9 Z, g2 Z; gold g2 right 1/1; compared c3 c4 c9, agreed c3.
    # Kappa of (Z, W, Z) against (Z, Z, W): po = 1/3, pe = 2/3*2/3 + 1/3*1/3 = 5/9,
    # kappa = (1/3 - 5/9) / (4/9) = -0.5.
    c = cell(insights, "Chai", "REFUND")
    assert (c.gold_n, c.gold_correct, c.agreement_n, c.agreed) == (1, 1, 3, 1)
    assert c.kappa == pytest.approx(-0.5)
    assert c.flags == ("kappa",)
    # Dewi answered g1 and g2 only: one answer per branch, never judged
    assert {d.judged for d in insights.scores if d.labeller == "Dewi"} == {False}


def test_refreshers_name_the_flagged_branches(insights):
    got = {r.name: (r.reasons, tuple(b.branch for b in r.branches)) for r in insights.refreshers}
    # Anong: gold 1 of 2 overall (quality table) and REFUND flagged; Budi: gold 0 of 1 and
    # kappa 0.64 overall, ORDER flagged; Chai: kappa 0.2 overall, REFUND flagged
    # (tests/review/test_quality.py works out the overall numbers). Dewi: nothing below.
    assert got == {
        "Anong": (("gold_accuracy",), ("REFUND",)),
        "Budi": (("gold_accuracy", "kappa"), ("ORDER",)),
        "Chai": (("kappa",), ("REFUND",)),
    }


def test_action_list_ranked_by_items(insights):
    texts = [(a.kind, a.items, a.text) for a in insights.actions]
    # refreshers: Budi's ORDER 5 answers, Anong's and Chai's REFUND 4 each; then the two
    # pairs (2 items each), the three lowest-kappa labels (2 each), the two gap branches
    # (1 verdict each); ten in all, so the rare labels (0 uses) do not make the list.
    assert texts == [
        ("refresher", 5, f"Refresher for Budi on ORDER (gold 0/1 right [0%{DASH}79%], κ 0.40)"),
        ("refresher", 4, f"Refresher for Anong on REFUND (gold 0/1 right [0%{DASH}79%])"),
        ("refresher", 4, f"Refresher for Chai on REFUND (gold 1/1 right [21%{DASH}100%], κ -0.50)"),
        (
            "pair",
            2,
            "Consider merging get_refund and track_refund: 2 items, 100% of reviews say "
            "'taxonomy gap'",
        ),
        (
            "pair",
            2,
            "Re-word the guideline for cancel_order vs track_order: 2 items, 100% of reviews "
            "say 'guideline gap'",
        ),
        # the three lowest kappas (W -0.09, Y 0.46, X 0.51), alphabetically among equals
        ("kappa", 2, "Sharpen the definition of cancel_order: κ 0.51, 2 items with disagreement"),
        ("kappa", 2, "Sharpen the definition of track_order: κ 0.46, 2 items with disagreement"),
        ("kappa", 2, "Sharpen the definition of track_refund: κ -0.09, 2 items with disagreement"),
        ("gap", 1, "Re-word the guideline under ORDER: 1 'guideline gap' verdict"),
        ("gap", 1, "Revisit the taxonomy under REFUND: 1 'taxonomy gap' verdict"),
    ]


def test_since_keeps_later_answers_only(case):
    # from 2026-11-05 on: only c8 (A Y, B Y, C Y) and c9 (A W, C Z) count: 5 answers,
    # pairs c8 x3 (Y-Y) and c9 (W-Z) on 2 items
    later = InsightsService(case.ws.db).insights(batch="b1", since=dt.date(2026, 11, 5))
    assert (later.answers, later.paired_items) == (5, 2)
    (pair,) = later.confusions
    # c9's blind pair and its overturn
    assert (pair.categories, pair.items, pair.blind_pairs, pair.overturns) == ((Z, W), 1, 1, 1)


def test_snippet_is_one_line_and_cut():
    assert snippet("Please cancel my order   #123,\nI ordered twice") == (
        "Please cancel my order #123, I ordered twice"
    )
    cut = snippet("x" * 200, limit=10)
    assert cut == "x" * 9 + "…"
    assert len(cut) == 10


def test_a_review_without_a_cause(case):
    # every verdict "correct" needs no cause: the reasons say so
    from labeldesk.review.examples import ReviewNote, reasons

    at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    got = reasons([ReviewNote(1, NO_CAUSE, "", at), ReviewNote(2, "ambiguous", " x ", at)])
    assert got.causes == (("ambiguous", 1), (NO_CAUSE, 1))
    assert got.comments == ("x",)
    assert got.top == "ambiguous"
