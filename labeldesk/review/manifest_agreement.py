"""The ``agreement`` section of an export manifest (see :mod:`labeldesk.review.manifest`).

The answers of the file's conversations become one reliability data matrix: a row per
labeller (sorted by pseudonymous id), a column per conversation with two or more labelled
answers (by id), label sets as categories (sorted). Laid out the same way whatever order the
database returned the answers in, the same workspace always gives the same resamples.

:func:`labeldesk.review.ratings.summarise` gives percent agreement, the mean pairwise
Cohen's kappa, Fleiss' kappa and nominal Krippendorff's alpha with their bootstrap intervals,
at the labels and at each taxonomy level (:func:`~labeldesk.review.agreement_extra.at_level`).
Alpha with the taxonomy distance (:func:`~labeldesk.review.agreement_extra.taxonomy_distance`,
squared, as :func:`~labeldesk.review.agreement_extra.taxonomy_alpha` uses it) is computed
on the same unit patterns and resampled by
:func:`~labeldesk.review.bootstrap.bootstrap_intervals` with the same seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from labeldesk.review.agreement import (
    AgreementError,
    CodedRatings,
    WeightedAlpha,
    distance_matrix,
    encode,
    krippendorff_alpha_from_counts,
)
from labeldesk.review.agreement_extra import at_level, taxonomy_distance
from labeldesk.review.answers import CATEGORY_SEPARATOR, QAData
from labeldesk.review.bootstrap import bootstrap_intervals, unit_patterns
from labeldesk.review.ratings import (
    BOOTSTRAP_N,
    BOOTSTRAP_SEED,
    AgreementSummary,
    Estimate,
    Ratings,
    summarise,
)

if TYPE_CHECKING:
    from labeldesk.taxonomy.index import LabelIndex

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

#: Decimals every computed float of a manifest is rounded to (stable across runs and
#: platforms: the last bits of a sum may depend on the order of adding).
DIGITS = 6
#: Confidence level of the bootstrap intervals.
LEVEL = 0.95


@dataclass(frozen=True)
class RatingMatrix:
    """The file's answers laid out for the agreement statistics.

    Attributes
    ----------
    coded
        Labellers x conversations, category codes (-1: no labelled answer).
    raters
        The labellers' pseudonymous ids, one per row, sorted.
    items
        The conversations' database ids, one per column, ascending.
    """

    coded: CodedRatings
    raters: tuple[str, ...]
    items: tuple[int, ...]

    def ratings(self, coded: CodedRatings | None = None) -> Ratings:
        """These answers (or ``coded``, the same answers recoded) as :class:`Ratings`."""
        c = self.coded if coded is None else coded
        return Ratings(
            matrix=c.matrix(),
            items=tuple(str(i) for i in self.items),
            annotators=self.raters,
            n_ratings=int((c.codes >= 0).sum()),
            categories=None,
            coded=c,
        )


def rating_matrix(data: QAData, rows: BoolArray, pseudonyms: list[str]) -> RatingMatrix:
    """The labelled answers among ``rows`` on conversations with two or more labellers.

    A labeller with two answers on one conversation (two assignments) counts with the one
    read last. ``pseudonyms`` names each user of ``data.users``.
    """
    picked = np.flatnonzero(rows & (data.category >= 0))
    conv, user, cat = data.conv[picked], data.user[picked], data.category[picked]
    key = conv * max(len(pseudonyms), 1) + user
    _, from_end = np.unique(key[::-1], return_index=True)
    last = np.sort(key.size - 1 - from_end)
    conv, user, cat = conv[last], user[last], cat[last]
    shared = np.bincount(conv, minlength=data.conversations.size)[conv] >= 2
    conv, user, cat = conv[shared], user[shared], cat[shared]
    items, column = np.unique(conv, return_inverse=True)
    raters = sorted({pseudonyms[u] for u in user.tolist()})
    row_of = {pid: i for i, pid in enumerate(raters)}
    row = np.asarray([row_of[pseudonyms[u]] for u in user.tolist()], dtype=np.int64)
    names = sorted({data.categories[c] for c in cat.tolist()})
    code_of = {name: i for i, name in enumerate(names)}
    codes = np.full((len(raters), items.size), -1, dtype=np.int64)
    codes[row, column] = [code_of[data.categories[c]] for c in cat.tolist()]
    coded = CodedRatings(codes, names, numeric=False, ordered=False)
    return RatingMatrix(coded, tuple(raters), tuple(int(c) for c in data.conversations[items]))


def agreement_section(
    data: QAData, rows: BoolArray, pseudonyms: list[str], index: LabelIndex | None
) -> dict[str, Any]:
    """The manifest's ``agreement`` section over the answers ``rows`` of ``data``.

    Parameters
    ----------
    data
        The batch's answers.
    rows
        Which answers count (the file's conversations').
    pseudonyms
        The pseudonymous id of each user of ``data.users``.
    index
        The batch taxonomy's latest version (None: no taxonomy statistics).

    Returns
    -------
    dict
        JSON values; a statistic is null where it is undefined, and ``warnings`` says why.
    """
    matrix = rating_matrix(data, rows, pseudonyms)
    section: dict[str, Any] = {
        "bootstrap": {"resamples": BOOTSTRAP_N, "seed": BOOTSTRAP_SEED, "confidence": LEVEL},
        "items": len(matrix.items),
        "raters": len(matrix.raters),
        "ratings": int((matrix.coded.codes >= 0).sum()),
    }
    if not matrix.items:
        section.update(_statistics(None))
        section["krippendorff_alpha"]["taxonomy"] = None
        section["levels"] = []
        section["warnings"] = ["no conversation has labelled answers from two labellers"]
        return section
    summary = summarise(matrix.ratings(), "nominal")
    warnings = list(summary.warnings)
    section.update(_statistics(summary))
    section["krippendorff_alpha"]["taxonomy"] = None
    section["levels"] = []
    if index is None:
        warnings.append("taxonomy statistics not shown: the batch has no taxonomy")
    elif problem := _not_single_keys(matrix.coded, index):
        warnings.append(f"taxonomy statistics not shown: {problem}")
    else:
        section["krippendorff_alpha"]["taxonomy"] = _taxonomy_alpha(matrix.coded, index, warnings)
        section["levels"] = _levels(matrix, index, warnings)
    section["warnings"] = warnings
    return section


def estimate_json(estimate: Estimate | None) -> dict[str, float | None] | None:
    """``{"value", "ci_low", "ci_high"}`` rounded to :data:`DIGITS` decimals, or None."""
    if estimate is None:
        return None
    return {
        "value": rounded(estimate.value),
        "ci_low": rounded(estimate.ci_low),
        "ci_high": rounded(estimate.ci_high),
    }


def rounded(value: float | None) -> float | None:
    """``value`` rounded to :data:`DIGITS` decimals (``-0.0`` as ``0.0``); None stays."""
    return None if value is None else round(float(value), DIGITS) + 0.0


def _statistics(summary: AgreementSummary | None) -> dict[str, Any]:
    """The four statistics of a summary (all None without one)."""
    if summary is None:
        summary_values: list[Estimate | None] = [None] * 4
    else:
        summary_values = [
            summary.percent_agreement,
            summary.mean_pairwise_cohen_kappa,
            summary.fleiss_kappa,
            summary.krippendorff_alpha,
        ]
    percent, kappa, fleiss, alpha = (estimate_json(e) for e in summary_values)
    return {
        "percent_agreement": percent,
        "mean_pairwise_cohen_kappa": kappa,
        "fleiss_kappa": fleiss,
        "krippendorff_alpha": {"nominal": alpha},
    }


def _not_single_keys(coded: CodedRatings, index: LabelIndex) -> str | None:
    """Why the taxonomy cannot place the categories (several labels, unknown keys), or None."""
    several = [c for c in coded.categories if CATEGORY_SEPARATOR in c]
    if several:
        return f"{len(several)} label set(s) hold more than one label, e.g. {several[0]!r}"
    unknown = [c for c in coded.categories if c not in index]
    if unknown:
        return (
            f"{len(unknown)} label(s) are not in {index.taxonomy!r} version {index.version}, "
            f"e.g. {unknown[0]!r}"
        )
    return None


def _taxonomy_alpha(
    coded: CodedRatings, index: LabelIndex, warnings: list[str]
) -> dict[str, float | None] | None:
    """Krippendorff's alpha with the squared taxonomy distance, with its interval."""
    label = "Krippendorff's alpha (taxonomy)"
    distance = taxonomy_distance(index)
    difference = distance_matrix(coded.categories, lambda a, b: distance(a, b) ** 2)
    patterns = unit_patterns(coded.codes, len(coded.categories))
    try:
        value = krippendorff_alpha_from_counts(patterns.counts, patterns.count_sizes, difference)
    except AgreementError as exc:
        warnings.append(f"{label} not shown: {exc}")
        return None
    interval = bootstrap_intervals(
        patterns,
        by_count={"alpha": WeightedAlpha(patterns.counts, difference)},
        by_column={},
        n=BOOTSTRAP_N,
        seed=BOOTSTRAP_SEED,
        level=LEVEL,
    )["alpha"]
    if interval is None:
        warnings.append(f"no interval for {label}: it is undefined on every bootstrap resample")
    low, high = interval if interval is not None else (None, None)
    return estimate_json(Estimate(value, low, high))


def _levels(matrix: RatingMatrix, index: LabelIndex, warnings: list[str]) -> list[dict[str, Any]]:
    """The four statistics with every label replaced by its ancestor at depth 1, 2, ..."""
    depth = max(len(index.ancestors(c)) + 1 for c in matrix.coded.categories)
    out = []
    for level in range(1, depth + 1):
        coarse = encode(at_level(matrix.coded, index, level))
        summary = summarise(matrix.ratings(coarse), "nominal")
        warnings.extend(f"level {level}: {w}" for w in summary.warnings if w not in warnings)
        out.append({"level": level, **_statistics(summary)})
    return out
