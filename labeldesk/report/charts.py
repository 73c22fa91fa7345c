"""The report's charts as inline SVG, drawn with the app's chart builders.

matplotlib is imported only here, inside functions, and only when a report is made. Each
chart becomes an SVG fragment fit to sit inline in the page: no XML prolog or metadata, and
every ``id`` prefixed with the chart's name so several charts never share one. The same data
give the same bytes (:mod:`labeldesk.charts.style` fixes the hash salt and drops the date).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from labeldesk.report.tables import MISSING
from labeldesk.review.examples import CAUSE_NAMES, CAUSE_ORDER

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from labeldesk.review.insights import Insights
    from labeldesk.review.model_eval import ModelEval, ModelReport
    from labeldesk.review.quality import QualityReport

#: Inches per bar of a horizontal bar chart, and the room around the bars.
ROW_INCHES = 0.32
FRAME_INCHES = 1.3
#: Width of a chart across the page, and of one of two side by side, inches.
WIDTH = 7.5
HALF_WIDTH = 5.2
#: Colours of the reviewers' reasons (and of items nobody reviewed yet).
CAUSE_COLOURS = {
    "guideline_gap": "#d0693a",
    "taxonomy_gap": "#8a63c9",
    "ambiguous": "#c9a227",
    "labeller_error": "#3a78c2",
    "other": "#7f8c8d",
    "none given": "#9fb7d6",
}
UNREVIEWED_COLOUR = "#d5dae1"
#: Labels of a model's confusion heatmap, at most.
HEATMAP_LABELS = 15
#: Labels in the kappa chart, at most.
KAPPA_BARS = 15
#: The segment of items nobody has reviewed yet.
UNREVIEWED = "not reviewed"


def draw_all(quality: QualityReport, insights: Insights, models: ModelReport) -> dict[str, str]:
    """Every chart of a report, by name."""
    charts = {
        "gold": _draw(_gold(quality), len(quality.rows), width=HALF_WIDTH),
        "kappa": _draw(_labeller_kappa(quality), len(quality.rows), width=HALF_WIDTH),
        "confusions": _draw(_confusions(insights), len(insights.confusions)),
        "label_kappa": _draw(_label_kappa(insights), min(len(insights.label_kappas), KAPPA_BARS)),
    }
    for n, model in enumerate(models.models, start=1):
        k = min(len(model.confusion_labels), HEATMAP_LABELS)
        charts[f"model{n}_confusion"] = _draw(_heatmap(model), k, row=0.36, frame=2.2)
        if model.calibration:
            charts[f"model{n}_calibration"] = _draw(
                _reliability(model), 8, row=0.4, frame=1.0, width=HALF_WIDTH
            )
    return {name: inline_svg(svg, name) for name, svg in charts.items()}


def _draw(
    paint: Callable[[Figure], None],
    rows: int,
    row: float = ROW_INCHES,
    frame: float = FRAME_INCHES,
    width: float = WIDTH,
) -> str:
    """A new figure tall enough for ``rows`` bars, painted and saved as SVG."""
    from labeldesk.charts.style import new_figure, svg_text

    fig = new_figure(width=width, height=frame + row * max(rows, 2))
    paint(fig)
    return svg_text(fig)


def inline_svg(svg: str, prefix: str) -> str:
    """An SVG document as a fragment for an HTML page (see the module docstring)."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    ids = set(re.findall(r'\bid="([^"]+)"', svg))
    if not ids:
        return svg

    def rename(match: re.Match[str]) -> str:
        head, name, tail = match.group(1), match.group(2), match.group(3)
        return f"{head}{prefix}-{name}{tail}" if name in ids else match.group(0)

    svg = re.sub(r'(\bid=")([^"]+)(")', rename, svg)
    svg = re.sub(r'(href="#)([^"]+)(")', rename, svg)
    return re.sub(r"(url\(#)([^)]+)(\))", rename, svg)


# --------------------------------------------------------------------------- quality


def _gold(q: QualityReport) -> Callable[[Figure], None]:
    """Gold accuracy per labeller with Wilson intervals, against the target."""
    from labeldesk.charts.bars import draw_proportions
    from labeldesk.charts.data import Proportions, Share

    shares = tuple(
        Share(r.key, r.name, r.gold_correct, r.gold_n, *(r.gold_ci or (None, None))) for r in q.rows
    )
    data = Proportions(shares, q.targets.gold_accuracy)
    return lambda fig: _ignore(draw_proportions(fig, data, title="Gold accuracy per labeller"))


def _ignore(_hits: object) -> None:
    """Drop what a builder returns for clicks (a page is not clicked)."""


def _labeller_kappa(q: QualityReport) -> Callable[[Figure], None]:
    """Kappa against the final labels per labeller, against the target."""
    from labeldesk.charts.report_figures import Values, draw_values

    rows = [r for r in q.rows if r.agreement_n]
    data = Values(
        names=tuple(r.name for r in rows),
        values=tuple(r.kappa for r in rows),
        notes=tuple(
            f"{MISSING if r.kappa is None else f'{r.kappa:.2f}'}  ({r.agreement_n:,} compared)"
            for r in rows
        ),
        target=q.targets.kappa,
        low=min([0.0, *(r.kappa for r in rows if r.kappa is not None)]),
    )
    return lambda fig: draw_values(
        fig,
        data,
        xlabel="Cohen's kappa against the final labels",
        title="Kappa per labeller",
    )


# --------------------------------------------------------------------------- insights


def _confusions(ins: Insights) -> Callable[[Figure], None]:
    """The confused pairs as bars split by the reviewers' reasons."""
    from labeldesk.charts.report_figures import Stacked, draw_stacked

    present = {c for x in ins.confusions for c, _ in x.reasons.causes}
    causes = [c for c in CAUSE_ORDER if c in present]
    counts = []
    for x in ins.confusions:
        by_cause = dict(x.reasons.causes)
        counts.append((*(by_cause.get(c, 0) for c in causes), x.items - x.reasons.reviewed))
    data = Stacked(
        names=tuple(f"{x.names[0]} vs {x.names[1]}" for x in ins.confusions),
        segments=(*(CAUSE_NAMES.get(c, c) for c in causes), UNREVIEWED),
        counts=tuple(counts),
        notes=tuple(f"{x.items:,} items" for x in ins.confusions),
        colours=(*(CAUSE_COLOURS.get(c, "#7f8c8d") for c in causes), UNREVIEWED_COLOUR),
    )
    return lambda fig: draw_stacked(fig, data, xlabel="Items, by the latest review's reason")


def _label_kappa(ins: Insights) -> Callable[[Figure], None]:
    """The lowest per-label kappas against the target."""
    from labeldesk.charts.report_figures import Values, draw_values

    rows = [k for k in ins.label_kappas if k.kappa is not None][:KAPPA_BARS]
    data = Values(
        names=tuple(k.name for k in rows),
        values=tuple(k.kappa for k in rows),
        notes=tuple(f"{k.kappa:.2f}  ({k.items:,} items)" for k in rows),
        target=ins.targets.kappa,
        low=min([0.0, *(k.kappa or 0.0 for k in rows)]),
    )
    return lambda fig: draw_values(fig, data, xlabel="One-vs-rest Cohen's kappa")


# --------------------------------------------------------------------------- models


def _heatmap(m: ModelEval) -> Callable[[Figure], None]:
    """The model's confusion matrix over its most frequent labels."""
    from labeldesk.charts.data import Matrix
    from labeldesk.charts.heatmap import draw_confusion
    from labeldesk.charts.texts import ChartTexts

    k = min(len(m.confusion_labels), HEATMAP_LABELS)
    data = Matrix(
        keys=m.confusion_labels[:k],
        names=m.confusion_names[:k],
        counts=tuple(tuple(row[:k]) for row in m.confusion[:k]),
    )
    texts = ChartTexts(answer_given="Predicted label")
    title = f"Final label by predicted label ({m.model or 'unnamed'})"
    return lambda fig: _ignore(draw_confusion(fig, data, texts=texts, title=title))


def _reliability(m: ModelEval) -> Callable[[Figure], None]:
    """The model's reliability diagram."""
    from labeldesk.charts.report_figures import Bin, draw_reliability

    bins = [Bin(b.low, b.high, b.n, b.mean_score, b.accuracy) for b in m.calibration]
    title = f"Calibration ({m.model or 'unnamed'}): ECE {m.ece:.3f}"
    return lambda fig: draw_reliability(fig, bins, title=title)
