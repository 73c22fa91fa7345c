"""The report's tables, built once and written twice: into the HTML page and the workbook.

A :class:`Table` holds raw values (counts, proportions, kappas, intervals, example
conversations) with a :class:`Column` saying what each is; :func:`format_cell` writes a
value as the HTML shows it, and the workbook writer stores the numbers themselves. So the
two formats hold the same numbers by construction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from labeldesk.review.examples import CAUSE_NAMES, Example, Reasons

if TYPE_CHECKING:
    from labeldesk.report.content import ReportContent
    from labeldesk.review.insights import BranchScore, Insights
    from labeldesk.review.model_eval import ModelEval
    from labeldesk.review.quality import QualityReport
    from labeldesk.review.ratings import Estimate

#: What a column holds: text; a count; a proportion; a proportion with its interval
#: (``(value, (low, high))``); a number (kappa, score); a list of texts; example
#: conversations; a yes/no flag.
Kind = Literal["text", "int", "pct", "pct_ci", "num", "list", "examples", "flag"]
#: Labels shown at most in a model's confusion matrix (the most frequent).
CONFUSION_LABELS = 25
#: Labels listed in the table of every label's kappa (the lowest).
KAPPA_ROWS = 25
#: What a missing value shows as.
MISSING = "\u2013"  # an en dash
#: Between the ends of an interval.
DASH = "\u2013"
#: Target names as the report says them.
TARGET_NAMES = {"gold_accuracy": "gold accuracy", "kappa": "kappa"}


@dataclass(frozen=True)
class Column:
    """A column's heading, what its values are, and decimals for numbers.

    ``lang_from``: the index of the column that holds the language of this column's text
    (the page marks the text with it, so browsers pick fitting fonts).
    """

    name: str
    kind: Kind = "text"
    digits: int = 2
    lang_from: int | None = None


@dataclass(frozen=True)
class Table:
    """One table of the report.

    ``key`` is unique in the report (the HTML anchor); ``sheet`` the workbook sheet's name
    (at most 31 characters); ``note`` a sentence that says how to read it; ``marked`` the
    rows below target (highlighted); ``in_html`` False for a table only the workbook
    holds (the page draws it as a chart).
    """

    key: str
    title: str
    sheet: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]
    note: str = ""
    marked: tuple[int, ...] = ()
    in_html: bool = True


def _pct_ci(value: tuple[float | None, tuple[float, float] | None]) -> str:
    """A share and its interval, such as ``87% [85%-90%]`` (with an en dash)."""
    share, interval = value
    if share is None:
        return MISSING
    if interval is None:
        return f"{share:.0%}"
    return f"{share:.0%} [{interval[0]:.0%}{DASH}{interval[1]:.0%}]"


def _examples(value: Sequence[Example]) -> str:
    """One example per line: its id and snippet."""
    return "\n".join(f"{e.external_id}: {e.snippet}" for e in value)


#: How :func:`format_cell` writes each kind (numbers take the column's decimals).
_FORMATTERS: dict[str, Callable[[Any, Column], str]] = {
    "int": lambda v, _c: f"{int(v):,}",
    "pct": lambda v, _c: f"{float(v):.0%}",
    "pct_ci": lambda v, _c: _pct_ci(v),
    "num": lambda v, c: f"{float(v):.{c.digits}f}",
    "flag": lambda v, _c: "yes" if v else "",
    "list": lambda v, _c: "; ".join(str(x) for x in v),
    "examples": lambda v, _c: _examples(v),
    "text": lambda v, _c: str(v),
}


def format_cell(value: object, column: Column) -> str:
    """A value as the HTML page shows it (:data:`MISSING` for None)."""
    if value is None:
        return MISSING
    return _FORMATTERS[column.kind](value, column)


def report_tables(content: ReportContent) -> tuple[Table, ...]:
    """Every table of the report, in the order the report shows them."""
    ins = content.insights
    tables = [
        _actions(ins),
        _targets(content.quality),
        _agreement(content.quality),
        _decided(content.quality),
        _quality(content.quality),
        _refreshers(ins),
        _scores(ins.scores, ins),
        _scores(ins.scores),
        _confusions(ins),
        _low_kappa(ins),
        _kappas(ins),
        _gaps(ins),
        _rare(ins),
    ]
    for n, model in enumerate(content.models.models, start=1):
        tables += _model_tables(model, n)
    return tuple(tables)


# --------------------------------------------------------------------------- quality


def _actions(ins: Insights) -> Table:
    """The ranked action list."""
    return Table(
        "actions",
        "What to do",
        "Actions",
        (Column("#", "int"), Column("Action"), Column("Items", "int"), Column("Kind")),
        tuple((i, a.text, a.items, a.kind) for i, a in enumerate(ins.actions, start=1)),
        "Ranked by the number of items each affects.",
    )


def _targets(q: QualityReport) -> Table:
    """The workspace's targets."""
    t = q.targets
    return Table(
        "targets",
        "Targets",
        "Targets",
        (Column("Gold accuracy", "pct"), Column("Kappa", "num"), Column("Min. items", "int")),
        ((t.gold_accuracy, t.kappa, t.min_items),),
        "A labeller (or branch) is judged once it has at least the minimum number of answers.",
    )


def _estimate_row(name: str, e: Estimate | None) -> tuple[object, ...]:
    """A statistic's row: value and 95% bootstrap interval."""
    if e is None:
        return (name, None, None, None)
    return (name, e.value, e.ci_low, e.ci_high)


def _agreement(q: QualityReport) -> Table:
    """Batch-wide agreement of the blind answers."""
    a = q.agreement
    return Table(
        "agreement",
        "Agreement of the blind answers",
        "Agreement",
        (
            Column("Statistic"),
            Column("Value", "num", 3),
            Column("Low", "num", 3),
            Column("High", "num", 3),
        ),
        (
            _estimate_row("Percent agreement", a.percent),
            _estimate_row("Fleiss' kappa", a.fleiss_kappa),
            _estimate_row("Krippendorff's alpha", a.krippendorff_alpha),
        ),
        f"Over {a.n_items:,} items answered at least twice ({a.n_ratings:,} answers); "
        "95% bootstrap intervals. " + " ".join(a.warnings),
    )


def _decided(q: QualityReport) -> Table:
    """Conversations per way their final label was decided."""
    return Table(
        "decided",
        "How final labels were decided",
        "Final labels",
        (Column("Decided by"), Column("Conversations", "int")),
        tuple((how, n) for how, n in q.decided.items()),
    )


def _quality(q: QualityReport) -> Table:
    """The quality table per labeller."""
    return Table(
        "quality",
        "Quality per labeller",
        "Quality",
        (
            Column("Labeller"),
            Column("Items", "int"),
            Column("Answered", "int"),
            Column("Gold accuracy", "pct_ci"),
            Column("Gold items", "int"),
            Column("Agreement with final", "pct"),
            Column("Compared", "int"),
            Column("Kappa", "num"),
            Column("Overturn rate", "pct"),
            Column("Skip rate", "pct"),
            Column("Unsure rate", "pct"),
            Column("Items per hour", "num", 0),
            Column("Too fast", "flag"),
            Column("Below target", "list"),
        ),
        tuple(
            (
                r.name,
                r.n_items,
                r.answered,
                (r.gold_accuracy, r.gold_ci),
                r.gold_n,
                r.agreement,
                r.agreement_n,
                r.kappa,
                r.overturn_rate,
                r.skip_rate,
                r.unsure_rate,
                r.items_per_hour,
                r.too_fast,
                tuple(TARGET_NAMES.get(f, f) for f in r.flags),
            )
            for r in q.rows
        ),
        "Gold accuracy with its 95% Wilson interval; agreement and kappa against the final "
        "labels of items answered at least twice.",
        marked=tuple(i for i, r in enumerate(q.rows) if r.flags),
    )


def _refreshers(ins: Insights) -> Table:
    """Labellers who need a refresher, and on which branches."""
    return Table(
        "refreshers",
        "Labellers who need a refresher",
        "Refreshers",
        (
            Column("Labeller"),
            Column("Below target overall", "list"),
            Column("Branches", "list"),
            Column("Answers on those branches", "int"),
        ),
        tuple(
            (
                r.name,
                tuple(TARGET_NAMES.get(f, f) for f in r.reasons),
                r.branch_names,
                sum(b.answered for b in r.branches),
            )
            for r in ins.refreshers
        ),
    )


def _scores(scores: Sequence[BranchScore], only: Insights | None = None) -> Table:
    """The labeller x branch cells: all of them (the workbook), or only those of the
    labellers who need a refresher (``only``: the page and the workbook)."""
    if only is not None:
        wanted = {r.user_id for r in only.refreshers}
        scores = [b for b in scores if b.user_id in wanted]
    return Table(
        "refresher_branches" if only is not None else "branch_scores",
        "Their work by taxonomy branch" if only is not None else "Labellers by taxonomy branch",
        "Refresher branches" if only is not None else "By branch",
        (
            Column("Labeller"),
            Column("Branch"),
            Column("Answered", "int"),
            Column("Gold accuracy", "pct_ci"),
            Column("Gold items", "int"),
            Column("Agreement with final", "pct_ci"),
            Column("Compared", "int"),
            Column("Kappa", "num"),
            Column("Overturned", "int"),
            Column("Reviewed", "int"),
            Column("Judged", "flag"),
            Column("Below target", "list"),
        ),
        tuple(
            (
                b.labeller,
                b.branch_name,
                b.answered,
                (b.gold_accuracy, b.gold_ci),
                b.gold_n,
                (b.agreement, b.agreement_ci),
                b.agreement_n,
                b.kappa,
                b.overturned,
                b.slots,
                b.judged,
                tuple(TARGET_NAMES.get(f, f) for f in b.flags),
            )
            for b in scores
        ),
        "The branch of each item's final label. A cell is judged once it has the minimum "
        "number of answers; gold accuracy is below target when its whole interval is.",
        marked=tuple(i for i, b in enumerate(scores) if b.flags),
        in_html=only is not None,
    )


# --------------------------------------------------------------------------- insights


def _causes(r: Reasons) -> tuple[str, ...]:
    """``("guideline gap 3", ...)``."""
    return tuple(f"{CAUSE_NAMES.get(c, c)} {n}" for c, n in r.causes)


def _confusions(ins: Insights) -> Table:
    """The label pairs confused most."""
    return Table(
        "confusions",
        "Labels confused most",
        "Confusions",
        (
            Column("Label"),
            Column("Confused with"),
            Column("Items", "int"),
            Column("Blind pairs", "int"),
            Column("Overturns", "int"),
            Column("Reviewed", "int"),
            Column("Reviewers' reasons", "list"),
            Column("Comments", "list"),
            Column("Examples", "examples"),
        ),
        tuple(
            (
                c.names[0],
                c.names[1],
                c.items,
                c.blind_pairs,
                c.overturns,
                c.reasons.reviewed,
                _causes(c.reasons),
                c.reasons.comments,
                c.examples,
            )
            for c in ins.confusions
        ),
        "Items where two blind answers differ between the two labels, or a reviewer "
        "overturned one into the other.",
    )


def _low_kappa(ins: Insights) -> Table:
    """Labels below the kappa target."""
    return Table(
        "low_kappa",
        "Labels below the kappa target",
        "Low kappa",
        (
            Column("Label"),
            Column("Kappa", "num"),
            Column("Paired items", "int"),
            Column("Items in disagreement", "int"),
            Column("Reviewed", "int"),
            Column("Reviewers' reasons", "list"),
            Column("Comments", "list"),
            Column("Examples", "examples"),
        ),
        tuple(
            (
                k.name,
                k.kappa,
                k.items,
                k.disagreements,
                k.reasons.reviewed,
                _causes(k.reasons),
                k.reasons.comments,
                k.examples,
            )
            for k in ins.low_kappa
        ),
        f"One-vs-rest Cohen's kappa over pairs of blind answers, below {ins.targets.kappa:g}; "
        "ranked by items in disagreement.",
    )


def _kappas(ins: Insights) -> Table:
    """The lowest per-label kappas."""
    return Table(
        "label_kappa",
        "Kappa per label (lowest first)",
        "Kappa per label",
        (
            Column("Label"),
            Column("Kappa", "num"),
            Column("Paired items", "int"),
            Column("Items in disagreement", "int"),
        ),
        tuple((k.name, k.kappa, k.items, k.disagreements) for k in ins.label_kappas[:KAPPA_ROWS]),
        f"The {KAPPA_ROWS} lowest of {len(ins.label_kappas)} labels."
        if len(ins.label_kappas) > KAPPA_ROWS
        else "",
    )


def _gaps(ins: Insights) -> Table:
    """Gap verdicts by branch."""
    return Table(
        "gaps",
        "Guideline and taxonomy gaps by branch",
        "Gaps",
        (
            Column("Branch"),
            Column("Guideline gap", "int"),
            Column("Taxonomy gap", "int"),
            Column("Final labels", "list"),
            Column("Comments", "list"),
            Column("Examples", "examples"),
        ),
        tuple(
            (
                g.name,
                g.guideline_gap,
                g.taxonomy_gap,
                tuple(f"{label} {count}" for label, count in g.labels),
                g.comments,
                g.examples,
            )
            for g in ins.gaps
        ),
        "Reviews whose reason was a gap in the guideline or the taxonomy, by the branch of "
        "the item's final label.",
    )


def _rare(ins: Insights) -> Table:
    """Rarely used leaves."""
    return Table(
        "rare",
        "Rarely used labels",
        "Rare labels",
        (
            Column("Taxonomy"),
            Column("Branch"),
            Column("Label"),
            Column("Key"),
            Column("Uses", "int"),
            Column("Rare at or below", "num", 1),
        ),
        tuple((r.taxonomy, r.branch_name, r.name, r.key, r.uses, r.threshold) for r in ins.rare),
        "Leaves chosen at most a tenth as often as their taxonomy's average leaf: "
        "candidates to merge or retire.",
    )


# --------------------------------------------------------------------------- models


def _model_tables(m: ModelEval, n: int) -> list[Table]:
    """The tables of one model (``n``: its number, for unique sheet names)."""
    name = m.model or "(unnamed)"
    sheet = f"M{n} "
    shown = list(range(min(len(m.confusion_labels), CONFUSION_LABELS)))
    return [
        Table(
            f"model{n}",
            f"Model {name}: against the final labels",
            sheet + "summary",
            (
                Column("Model"),
                Column("Predicted", "int"),
                Column("Compared", "int"),
                Column("Correct", "int"),
                Column("Accuracy", "pct_ci"),
                Column("Scored", "int"),
                Column("ECE", "num", 3),
                Column(f"Wrong with score ≥ {m.threshold:g}", "int"),
            ),
            (
                (
                    name,
                    m.predicted,
                    m.compared,
                    m.correct,
                    (m.accuracy, m.accuracy_ci),
                    m.scored,
                    m.ece,
                    m.n_confident_wrong,
                ),
            ),
            "A prediction is correct when its label is one of the final labels. "
            + (m.calibration_note and f"No calibration: {m.calibration_note}."),
        ),
        Table(
            f"model{n}_how",
            f"Model {name}: by how the final label was decided",
            sheet + "by decision",
            (
                Column("Decided by"),
                Column("Items", "int"),
                Column("Correct", "int"),
                Column("Accuracy", "pct"),
            ),
            tuple((h.how, h.n, h.correct, h.accuracy) for h in m.by_how),
        ),
        Table(
            f"model{n}_labels",
            f"Model {name}: per label",
            sheet + "labels",
            (
                Column("Label"),
                Column("Items", "int"),
                Column("Correct", "int"),
                Column("Accuracy (recall)", "pct"),
                Column("Predicted", "int"),
                Column("Precision", "pct"),
            ),
            tuple((x.name, x.n, x.correct, x.accuracy, x.predicted, x.precision) for x in m.labels),
        ),
        Table(
            f"model{n}_confusion",
            f"Model {name}: confusion matrix",
            sheet + "confusion",
            (
                Column("Final label \\ predicted"),
                *(Column(m.confusion_names[j], "int") for j in shown),
            ),
            tuple((m.confusion_names[i], *(m.confusion[i][j] for j in shown)) for i in shown),
            f"The {len(shown)} most frequent of {len(m.confusion_labels)} labels."
            if len(shown) < len(m.confusion_labels)
            else "",
            in_html=False,
        ),
        Table(
            f"model{n}_calibration",
            f"Model {name}: calibration",
            sheet + "calibration",
            (
                Column("Score from", "num", 1),
                Column("Score to", "num", 1),
                Column("Predictions", "int"),
                Column("Mean score", "num", 3),
                Column("Share correct", "pct"),
            ),
            tuple((b.low, b.high, b.n, b.mean_score, b.accuracy) for b in m.calibration),
            "" if m.ece is None else f"Expected calibration error {m.ece:.3f}.",
        ),
        Table(
            f"model{n}_wrong",
            f"Model {name}: confidently wrong",
            sheet + "confidently wrong",
            (
                Column("Conversation"),
                Column("Language"),
                Column("Score", "num", 3),
                Column("Predicted"),
                Column("Final label"),
                Column("Decided by"),
                Column("First customer turn", lang_from=1),
            ),
            tuple(
                (
                    x.external_id,
                    x.language,
                    x.score,
                    x.predicted_name,
                    x.final_name,
                    x.how,
                    x.snippet,
                )
                for x in m.confident_wrong
            ),
            f"Score at least {m.threshold:g} and wrong, highest score first"
            + (
                f"; the first {len(m.confident_wrong)} of {m.n_confident_wrong}."
                if m.n_confident_wrong > len(m.confident_wrong)
                else "."
            ),
        ),
    ]


def examples_text(examples: Sequence[Example]) -> str:
    """Examples as one text (the workbook's cell)."""
    return format_cell(tuple(examples), Column("", "examples"))
