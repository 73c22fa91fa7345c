"""The dashboard's series and drill-downs, checked against numbers worked out by hand.

The case is tests/quality_case.py (batch ``b1``: c1..c10 and the gold items g1, g2 mixed in;
X = cancel_order, Y = track_order, Z = get_refund, W = track_refund). Answers of c8 and c9
are saved on Thursday 2026-11-05, the rest on Sunday 2026-11-01: two days with answers and
two weeks (Mondays 2026-10-26 and 2026-11-02). B's answer to c10 was withdrawn and t1 is a
training item: neither is production work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from quality_case import Case, W, X, Y, Z, build

from labeldesk.errors import LabelDeskError
from labeldesk.review.dashboard import DashboardService, Element
from labeldesk.workspace import Workspace

NOV1, NOV5 = dt.date(2026, 11, 1), dt.date(2026, 11, 5)
WEEK1, WEEK2 = dt.date(2026, 10, 26), dt.date(2026, 11, 2)


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    try:
        yield build(ws)
    finally:
        ws.close()


@pytest.fixture
def service(case: Case) -> DashboardService:
    return DashboardService(case.ws.db)


def names_of(case: Case, ids) -> list[str]:
    by_id = {v: k for k, v in case.conversations.items()}
    return [by_id[int(i)] for i in ids]


def test_progress_counts_answers_per_day_against_the_assignments(service):
    progress = service.dashboard("b1").progress
    assert progress.days == tuple(NOV1 + dt.timedelta(days=n) for n in range(5))
    # 20 answers on Nov 1; c8's three and c9's two on Nov 5; days between are zeros
    assert progress.counts == (20, 0, 0, 0, 5)
    # label assignments of c1..c10 (2+2+2+3+1+1+2+3+2+1 = 19) and gold in b1 (4 + 3)
    assert progress.expected == 26
    assert progress.cumulative[-1] == 25  # B's withdrawn c10 answer is still to do


def test_agreement_per_week_by_the_week_of_each_items_last_answer(service):
    percent, alpha = service.dashboard("b1").agreement
    assert percent.periods == alpha.periods == (WEEK1, WEEK2)
    assert percent.n == (6, 2)  # week 1: c1 c2 c3 c4 g1 g2; week 2: c8 c9
    # week 1, per item: c1 1, c2 0, c3 1, c4 (Z Z W) 2/6, g1 (X Y X X) 6/12, g2 1
    assert percent.values[0].value == pytest.approx((1 + 0 + 1 + 1 / 3 + 1 / 2 + 1) / 6)
    assert percent.values[1].value == pytest.approx(0.5)  # c8 agrees, c9 does not
    # Krippendorff's alpha, nominal, from the coincidences:
    # week 1: n = 16, n_X 6, n_Y 2, n_Z 7, n_W 1; off-diagonal coincidences 2 + 2 + 1 + 1
    assert alpha.values[0].value == pytest.approx(1 - 15 * 6 / (16**2 - (36 + 4 + 49 + 1)))
    # week 2: n = 5, n_Y 3, n_W 1, n_Z 1; off-diagonal coincidences 1 + 1
    assert alpha.values[1].value == pytest.approx(1 - 4 * 2 / (25 - (9 + 1 + 1)))
    for value in (*percent.values, *alpha.values):
        assert value.low is not None
        assert value.high is not None
        assert value.low <= value.value <= value.high


def test_gold_accuracy_per_labeller_lowest_first_with_wilson_intervals(service, case):
    gold = service.dashboard("b1").gold
    assert gold.target == 0.95  # the workspace's default target
    rows = [(s.name, s.successes, s.n) for s in gold.shares]
    # A: g1 right, g2 wrong (first answer W); B: g1 wrong; C and D: both right
    assert rows == [("Budi", 0, 1), ("Anong", 1, 2), ("Chai", 2, 2), ("Dewi", 2, 2)]
    anong = gold.shares[1]
    assert anong.key == case.users["A"]
    # Wilson, p = 1/2, n = 2, z = 1.96: (1.4602 -+ 1.1843) / 2.9207
    assert (anong.low, anong.high) == (
        pytest.approx(0.09453, abs=1e-5),
        pytest.approx(0.90547, abs=1e-5),
    )


def test_confusion_counts_final_label_against_each_compared_answer(service):
    confusion = service.dashboard("b1").confusion
    assert confusion.keys == (X, Y, Z, W)
    assert confusion.names == ("cancel_order", "track_order", "get_refund", "track_refund")
    # rows final, columns answer: c1 X X; c2 X (A X, B Y); c3 Z Z; c4 Z (Z Z W); c8 Y Y Y;
    # c9 W (A W, C Z); gold g1 X (X Y X X), g2 Z (Z Z Z); c5 and c7 (single) are not compared
    assert confusion.counts == (
        (6, 2, 0, 0),
        (0, 3, 0, 0),
        (0, 0, 7, 1),
        (0, 0, 1, 1),
    )


def test_a_smaller_top_keeps_the_labels_most_involved_in_confusions(service):
    confusion = service.dashboard("b1", top=2).confusion
    # confusions X-Y 2, Z-W 1, W-Z 1: each label is in two; ties go to the busier label
    # (answers in its row and column: Z 8 + 8, X 8 + 6, Y 3 + 5, W 2 + 2)
    assert confusion.keys == (X, Z)
    assert confusion.counts == ((6, 0), (0, 7))


def test_breakdowns_per_language_and_vendor(service):
    d = service.dashboard("b1")
    languages = d.languages
    assert languages.groups == (("en", "en"), ("th", "th"))
    assert languages.volume == (13, 12)
    agreement, gold = languages.shares
    # compared with the final label: en c1 (2/2), c2 (1/2), c8 (3/3); th c3 (2/2), c4 (2/3),
    # c9 (1/2); gold results: en g1 3/4, th g2 2/3
    assert [(s.successes, s.n) for s in agreement] == [(6, 7), (5, 7)]
    assert [(s.successes, s.n) for s in gold] == [(3, 4), (2, 3)]
    vendors = d.vendors
    assert [g for g, _ in vendors.groups] == ["Acme", "Blue", "(none)"]
    assert vendors.volume == (15, 8, 2)  # A 9 + B 6; C 8; D 2
    assert [(s.successes, s.n) for s in vendors.shares[0]] == [(9, 10), (2, 4), (0, 0)]
    assert [(s.successes, s.n) for s in vendors.shares[1]] == [(1, 3), (2, 2), (2, 2)]


def test_drill_down_lists_the_conversations_behind_each_element_misses_first(service, case):
    def drill(chart, key):
        found = service.drill("b1", Element(chart, key))
        return names_of(case, found.conversation_ids), found.misses

    assert drill("confusion", (X, Y)) == (["c2", "g1"], 2)
    assert drill("confusion", (X, X)) == (["c1", "c2", "g1"], 0)
    assert drill("gold", case.users["A"]) == (["g2", "g1"], 1)  # g2 scored wrong
    assert drill("progress", NOV5) == (["c9", "c8"], 1)  # C's Z differs from c9's final W
    assert drill("agreement", WEEK2) == (["c9", "c8"], 1)
    week1 = drill("agreement", WEEK1)
    assert sorted(week1[0]) == ["c1", "c2", "c3", "c4", "g1", "g2"]
    assert week1[0][:4] == ["c2", "c4", "g1", "g2"]
    assert week1[1] == 4
    assert drill("language", ("th", "agreement")) == (["c4", "c9", "c3"], 2)
    assert drill("vendor", ("Blue", "gold")) == (["g1", "g2"], 0)
    assert drill("progress", dt.date(2026, 11, 3)) == ([], 0)


def test_drill_down_rows_show_final_labels_and_every_answer(service, case):
    found = service.drill("b1", Element("confusion", (X, Y)))
    assert [r.external_id for r in found.first_page] == ["c2", "g1"]
    c2 = found.rows(0, 1)[0]
    assert (c2.final, c2.decided_by, c2.language, c2.miss) == ("cancel_order", "review", "en", True)
    assert [(a.labeller, a.labels, a.miss) for a in c2.answers] == [
        ("Anong", "cancel_order", False),
        ("Budi", "track_order", True),
    ]
    skipped = service.drill("b1", Element("progress", NOV1)).rows(0, 20)
    c6 = next(r for r in skipped if r.external_id == "c6")
    assert c6.decided_by == "none"
    assert c6.answers[0].skipped


def test_the_conversation_reads_as_labellers_see_it(service, case):
    view = service.conversation(case.conversations["c1"])
    assert (view.external_id, view.batch, view.language) == ("c1", "b1", "en")


def test_a_dashboard_is_kept_until_something_is_committed(service, case):
    first = service.dashboard("b1")
    assert service.dashboard("b1") is first
    case.ws.set_setting("audit_share", 0.1)
    again = service.dashboard("b1")
    assert again is not first
    assert again.gold == first.gold


def test_the_whole_workspace_and_unknown_batches(service):
    whole = service.dashboard(None)
    assert whole.answers == 25  # t1's training answer is quiz work
    assert whole.progress.expected == 26  # training assignments are not counted
    with pytest.raises(LabelDeskError, match="no batch named 'nope'"):
        service.dashboard("nope")


def test_an_empty_workspace_gives_empty_series(workspace):
    empty = DashboardService(workspace.db).dashboard(None)
    assert empty.progress.days == ()
    assert empty.progress.expected == 0
    assert empty.agreement[0].periods == ()
    assert empty.gold.shares == ()
    assert empty.confusion.keys == ()
    assert empty.languages.groups == ()


def test_days_are_utc_days_on_a_server_in_another_time_zone():
    """A PostgreSQL server whose time zone is not UTC (Honolulu: 09:00 UTC is 23:00 the day
    before) still counts each answer on its UTC day, as SQLite does."""
    from db_backends import fresh_pg_database
    from sqlalchemy import create_engine, text

    from labeldesk.storage.db import to_url

    with fresh_pg_database() as url:
        admin = create_engine(to_url(url))
        try:
            with admin.begin() as conn:
                name = conn.execute(text("SELECT current_database()")).scalar_one()
                conn.execute(text(f"ALTER DATABASE \"{name}\" SET timezone TO 'Pacific/Honolulu'"))
        finally:
            admin.dispose()
        with Workspace.open(url, create=True) as ws:
            build(ws)
            progress = DashboardService(ws.db).dashboard("b1").progress
            assert progress.days[0] == NOV1
            assert progress.counts == (20, 0, 0, 0, 5)
