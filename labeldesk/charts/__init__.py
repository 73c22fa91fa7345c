"""Charts of the lead's quality numbers, drawn with matplotlib into a given figure.

Qt-free: the app shows the figures on a Qt canvas (:mod:`labeldesk.ui.dashboard`), reports
write them as SVG (:func:`svg_text`). Builders take plain data (:mod:`labeldesk.charts.data`)
and the words to show (:class:`ChartTexts`), draw into a :class:`matplotlib.figure.Figure`
(cleared first) and return the clickable elements (:class:`Hits`). matplotlib is imported
inside the functions: it takes most of a second to import.
"""

from __future__ import annotations

from labeldesk.charts.bars import draw_breakdown, draw_proportions
from labeldesk.charts.data import (
    Breakdown,
    DailyCounts,
    Interval,
    Matrix,
    Proportions,
    Share,
    TimeIntervals,
)
from labeldesk.charts.heatmap import draw_confusion
from labeldesk.charts.hits import Hit, Hits, highlight
from labeldesk.charts.style import DARK, LIGHT, Palette, new_figure, preload, svg_text
from labeldesk.charts.texts import ChartTexts
from labeldesk.charts.timeline import draw_agreement, draw_progress

__all__ = [
    "DARK",
    "LIGHT",
    "Breakdown",
    "ChartTexts",
    "DailyCounts",
    "Hit",
    "Hits",
    "Interval",
    "Matrix",
    "Palette",
    "Proportions",
    "Share",
    "TimeIntervals",
    "draw_agreement",
    "draw_breakdown",
    "draw_confusion",
    "draw_progress",
    "draw_proportions",
    "highlight",
    "new_figure",
    "preload",
    "svg_text",
]
