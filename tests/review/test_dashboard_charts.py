"""The chart builders (labeldesk.charts), without Qt: every clickable element is found again
at its own centre, the SVG is the same for the same data, and Thai and Chinese have glyphs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from quality_case import Case, X, Y, build

from labeldesk.charts import (
    Breakdown,
    ChartTexts,
    DailyCounts,
    Interval,
    Matrix,
    Proportions,
    Share,
    TimeIntervals,
    draw_agreement,
    draw_breakdown,
    draw_confusion,
    draw_progress,
    draw_proportions,
    new_figure,
    svg_text,
)
from labeldesk.charts.style import installed_families
from labeldesk.review.dashboard import DashboardService
from labeldesk.workspace import Workspace


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    try:
        yield build(ws)
    finally:
        ws.close()


def drawn(draw, data, **kwargs):
    """Draw into a fresh figure and lay it out; (figure, hits)."""
    fig = new_figure(6.4, 4.0)
    hits = draw(fig, data, **kwargs)
    fig.canvas.draw()
    return fig, hits


def test_every_element_is_found_at_its_centre(case):
    d = DashboardService(case.ws.db).dashboard("b1")
    charts = [
        (draw_progress, d.progress, list(d.progress.days)),
        (draw_agreement, d.agreement, [dt.date(2026, 10, 26), dt.date(2026, 11, 2)]),
        (draw_proportions, d.gold, [s.key for s in d.gold.shares]),
        (
            draw_breakdown,
            d.languages,
            [("en", "agreement"), ("th", "agreement"), ("en", "gold"), ("th", "gold")],
        ),
    ]
    for draw, data, keys in charts:
        _fig, hits = drawn(draw, data)
        assert hits.keys() == keys
        for key in keys:
            assert hits.at(*hits.anchor(key)) == key
    _fig, hits = drawn(draw_confusion, d.confusion)
    keys = hits.keys()  # a region per non-empty cell
    assert (X, Y) in keys
    assert (Y, X) not in keys
    assert hits.at(*hits.anchor((X, Y))) == (X, Y)


def test_a_click_outside_every_element_finds_nothing(case):
    d = DashboardService(case.ws.db).dashboard("b1")
    fig, hits = drawn(draw_proportions, d.gold)
    assert hits.at(1.0, 1.0) is None  # the figure's bottom-left corner, outside the axes
    assert hits.at(fig.bbox.width - 2, fig.bbox.height - 2) is None


def test_empty_data_says_so_and_has_nothing_to_click():
    texts = ChartTexts(nothing="Rien")
    for draw, data in (
        (draw_progress, DailyCounts((), ())),
        (draw_agreement, ()),
        (draw_proportions, Proportions(())),
        (draw_confusion, Matrix((), (), ())),
        (draw_breakdown, Breakdown((), (), (), ())),
    ):
        fig, hits = drawn(draw, data, texts=texts)
        assert len(hits) == 0
        assert "Rien" in [t.get_text() for ax in fig.axes for t in ax.texts]


def test_the_same_data_gives_the_same_svg():
    data = Proportions(
        (Share("a", "สมชาย", 3, 4, 0.3, 0.95), Share("b", "王伟", 1, 2, 0.09, 0.91)), 0.95
    )
    svgs = []
    for _ in range(2):
        fig = new_figure(5, 3)
        draw_proportions(fig, data, title="Gold")
        svgs.append(svg_text(fig))
    assert svgs[0] == svgs[1]
    assert svgs[0].startswith("<?xml")
    assert "<text" not in svgs[0]


@pytest.mark.parametrize(
    ("script", "text"),
    [("Thai", "ยกเลิกคำสั่งซื้อ ผู้ใช้"), ("Chinese", "取消订单"), ("Vietnamese", "Tiếng Việt")],
)
def test_the_chart_fonts_cover_thai_chinese_and_vietnamese(script, text):
    import matplotlib as mpl
    from matplotlib import font_manager, ft2font

    wanted = {"Thai": ("Noto Sans Thai", "Loma", "Leelawadee UI", "Thonburi"),
              "Chinese": ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei",
                          "Microsoft YaHei", "PingFang SC"),
              "Vietnamese": ("Noto Sans", "DejaVu Sans")}[script]  # fmt: skip
    if not set(wanted) & set(installed_families()):
        pytest.skip(f"no {script} font installed (Debian: fonts-tlwg-loma-ttf, fonts-wqy-microhei)")
    series = TimeIntervals(text, (dt.date(2026, 11, 2),), 7, (Interval(0.8, 0.7, 0.9),), (12,))
    fig, _hits = drawn(draw_agreement, (series,))  # configures the fonts, draws the text
    assert text in [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    paths = [
        font_manager.findfont(font_manager.FontProperties(family=f), fallback_to_default=False)
        for f in mpl.rcParams["font.family"]
    ]
    covered = set().union(*(ft2font.FT2Font(p).get_charmap() for p in paths))
    assert [c for c in text if not c.isspace() and ord(c) not in covered] == []


def test_names_with_dollar_signs_are_drawn_as_written():
    """Labeller and label names are text, not TeX: two ``$`` in names (a price range in a
    label, a backslash between them) once made matplotlib parse them as maths and fail."""
    from matplotlib.text import Text

    data = Proportions(
        (
            Share("a", r"Refund $5 to $10", 3, 4, 0.3, 0.95),
            Share("b", r"Mei $\x$", 1, 2, 0.09, 0.91),
        ),
        0.95,
    )
    fig = new_figure(5, 3)
    draw_proportions(fig, data, title="Gold")
    assert svg_text(fig).startswith("<?xml")
    names = [t for t in fig.axes[0].get_yticklabels() if "$" in t.get_text()]
    assert len(names) == 2
    assert all(isinstance(t, Text) and not t._preprocess_math(t.get_text())[1] for t in names)
