"""Ratings files (``item,annotator,label``, one rating per row) and their agreement summary.

A ratings file is a CSV with a header row or a JSONL file with one object per line, each
giving the ``item``, the ``annotator`` and the ``label``. A missing rating is just an absent
row. :func:`read_ratings` turns it into a raters x units reliability data matrix, the input of
:mod:`labeldesk.review.agreement`; :func:`summarise` computes the statistics the
``labeldesk agreement`` command prints, each with a bootstrap interval. Qt-free, so the app
can reuse both.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from labeldesk.errors import InputError, Problem
from labeldesk.review.agreement import (
    AgreementError,
    Level,
    category_codes,
    fleiss_kappa,
    krippendorff_alpha,
    percent_agreement,
)
from labeldesk.review.agreement_extra import bootstrap_ci, too_few_shared

#: The columns (CSV) or keys (JSONL) every rating needs.
COLUMNS = ("item", "annotator", "label")
#: At most this many problems are listed before the rest are only counted.
MAX_PROBLEMS = 20
#: Bootstrap resamples and seed of the intervals.
BOOTSTRAP_N = 1000
BOOTSTRAP_SEED = 0

ObjectArray = npt.NDArray[np.object_]


@dataclass(frozen=True)
class Ratings:
    """A ratings file as a reliability data matrix.

    Attributes
    ----------
    matrix : numpy.ndarray
        Object array, annotators x items; ``None`` where an annotator did not rate an item.
        Labels are numbers when every label (and category) is a number, else strings.
    items : tuple of str
        Item ids, in first-seen order (the matrix's columns).
    annotators : tuple of str
        Annotator ids, in first-seen order (the matrix's rows).
    n_ratings : int
        Number of distinct ratings (an exact repeat of a rating counts once).
    categories : list or None
        The categories in order, when given, converted like the labels.
    """

    matrix: ObjectArray
    items: tuple[str, ...]
    annotators: tuple[str, ...]
    n_ratings: int
    categories: list[Any] | None = None


@dataclass(frozen=True)
class Estimate:
    """A statistic with its 95% bootstrap interval (``None`` bounds when undefined)."""

    value: float
    ci_low: float | None
    ci_high: float | None


@dataclass(frozen=True)
class AgreementSummary:
    """Everything ``labeldesk agreement`` reports; a statistic is ``None`` when undefined.

    ``warnings`` says why a statistic is missing, and when too few items are shared.
    """

    n_items: int
    n_annotators: int
    n_ratings: int
    level: str
    percent_agreement: Estimate | None
    cohen_kappa: Estimate | None
    mean_pairwise_cohen_kappa: Estimate | None
    fleiss_kappa: Estimate | None
    krippendorff_alpha: Estimate | None
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


@dataclass
class _Collector:
    """Ratings and problems gathered while reading one file."""

    file: str
    problems: list[Problem] = field(default_factory=list)
    more: int = 0
    labels: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def problem(self, where: str, field_name: str, message: str) -> None:
        """Record one problem; past :data:`MAX_PROBLEMS` only count it."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.file, where, field_name, message))
        else:
            self.more += 1

    def add(self, where: str, record: dict[str, Any]) -> None:
        """Check one rating and keep it."""
        values: dict[str, str] = {}
        for name in COLUMNS:
            value = _text(record.get(name))
            if value is None:
                self.problem(where, name, f"{name} must be a string or a number")
                return
            if not value:
                self.problem(where, name, f"empty {name}")
                return
            values[name] = value
        key = (values["item"], values["annotator"])
        seen = self.labels.get(key)
        if seen is None:
            self.labels[key] = (values["label"], where)
        elif seen[0] != values["label"]:
            self.problem(
                where,
                "label",
                (
                    f"annotator {key[1]!r} rated item {key[0]!r} twice with different labels: "
                    f"{seen[0]!r} at {seen[1]} and {values['label']!r} here"
                ),
            )


def _text(value: object) -> str | None:
    """A cell as stripped text; ``None`` for values that are not strings or numbers."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value).strip()


def _decode(path: Path, data: bytes, encoding: str) -> str:
    """The file's text, or an InputError naming the line that does not decode."""
    try:
        return data.decode(
            "utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding
        )
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            [
                Problem(
                    str(path),
                    f"line {line}",
                    "",
                    (
                        f"not {encoding.upper()} at line {line}, byte {exc.start + 1}; "
                        "re-save the file as UTF-8 or pass --encoding"
                    ),
                )
            ]
        ) from None


def _is_jsonl(path: Path, text: str) -> bool:
    """JSONL by extension, else when the first non-blank character opens an object."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return True
    if suffix in (".csv", ".tsv", ".txt"):
        return False
    return text.lstrip().startswith("{")


def _read_jsonl(text: str, out: _Collector) -> None:
    """Collect the ratings of a JSONL text."""
    import orjson

    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {lineno}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            out.problem(where, "", f"not valid JSON: {exc}")
            continue
        if not isinstance(record, dict):
            out.problem(where, "", "expected a JSON object with item, annotator and label")
            continue
        missing = [name for name in COLUMNS if name not in record]
        if missing:
            out.problem(where, missing[0], f"missing key {missing[0]!r}")
            continue
        out.add(where, record)


def _read_csv(text: str, out: _Collector) -> None:
    """Collect the ratings of a CSV text (row 1 is the header, as a spreadsheet counts)."""
    rows = csv.reader(io.StringIO(text, newline=""))
    header = next(rows, None)
    if header is None:
        return
    names = [h.strip().lower() for h in header]
    for name in COLUMNS:
        if name not in names:
            out.problem("row 1", name, f"missing column {name!r} (the header has {header})")
            return
    index = {name: names.index(name) for name in COLUMNS}
    for rowno, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        record = {name: row[i] if i < len(row) else None for name, i in index.items()}
        out.add(f"row {rowno}", record)


def _number(text: str) -> int | float | None:
    """``text`` as an int or a finite float, or ``None`` when it is not a number."""
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return (
        int(value) if value.is_integer() and "." not in text and "e" not in text.lower() else value
    )


def _converter(labels: Sequence[str]) -> Callable[[str], Any]:
    """Numbers when every label is one (so interval and ratio levels work), else strings."""
    if labels and all(_number(x) is not None for x in labels):
        return lambda x: _number(x)
    return lambda x: x


def _check_categories(out: _Collector, categories: Sequence[str]) -> None:
    """A problem for each rating whose label is not among ``categories``."""
    allowed = set(categories)
    for (item, annotator), (label, where) in out.labels.items():
        if label not in allowed:
            out.problem(
                where,
                "label",
                (
                    f"label {label!r} (annotator {annotator!r}, item {item!r}) is not one of "
                    f"the categories {list(categories)}"
                ),
            )


def _build(out: _Collector, categories: Sequence[str] | None) -> Ratings:
    """The matrix from the collected ratings."""
    items = tuple(dict.fromkeys(item for item, _ in out.labels))
    annotators = tuple(dict.fromkeys(annotator for _, annotator in out.labels))
    convert = _converter([lab for lab, _ in out.labels.values()] + list(categories or []))
    col = {item: j for j, item in enumerate(items)}
    row = {annotator: i for i, annotator in enumerate(annotators)}
    matrix = np.full((len(annotators), len(items)), None, dtype=object)
    for (item, annotator), (label, _) in out.labels.items():
        matrix[row[annotator], col[item]] = convert(label)
    cats = None if categories is None else [convert(c) for c in categories]
    return Ratings(matrix, items, annotators, len(out.labels), cats)


def read_ratings(
    path: str | Path,
    *,
    categories: Sequence[str] | None = None,
    encoding: str = "utf-8",
) -> Ratings:
    """Read a CSV or JSONL ratings file into a reliability data matrix.

    Parameters
    ----------
    path : str or Path
        The file: CSV with a header (``.csv``) or JSONL (``.jsonl``); other names are
        sniffed. Columns or keys ``item``, ``annotator`` and ``label``; others are ignored.
    categories : sequence of str, optional
        All categories, in order; a label outside them is a problem.
    encoding : str
        Text encoding (a UTF-8 byte-order mark is skipped).

    Returns
    -------
    Ratings
        The matrix, with its item and annotator ids.

    Raises
    ------
    InputError
        Naming the file, row or line, and field: unreadable file or encoding, empty file,
        missing column or key, empty value, an annotator rating an item twice with
        different labels, or a label outside ``categories``.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError([Problem(str(path), "", "", f"cannot read: {exc.strerror}")]) from None
    text = _decode(path, data, encoding)
    out = _Collector(str(path))
    (_read_jsonl if _is_jsonl(path, text) else _read_csv)(text, out)
    if not out.problems and not out.labels:
        out.problem("", "", "empty file: no ratings (expected item, annotator, label)")
    if categories is not None and not out.problems:
        _check_categories(out, categories)
    if out.problems:
        raise InputError(out.problems, more=out.more)
    return _build(out, categories)


# --------------------------------------------------------------------------- statistics


def pairwise_cohen_kappa(codes: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """Unweighted Cohen's kappa of every pair of raters, vectorised.

    Parameters
    ----------
    codes : numpy.ndarray of int, shape (n_raters, n_units)
        Category codes, -1 where a rater did not rate a unit. Each pair uses the units both
        rated.

    Returns
    -------
    numpy.ndarray
        ``(n_raters, n_raters)``; NaN where kappa is undefined (no shared unit, or chance
        agreement 1) and on the diagonal.
    """
    k = int(codes.max()) + 1 if codes.size else 0
    rated = (codes >= 0).astype(np.float64)
    onehot = (codes[:, :, None] == np.arange(k)[None, None, :]).astype(np.float64)
    shared = rated @ rated.T
    agree = np.einsum("auc,buc->ab", onehot, onehot)
    marg = np.einsum("auc,bu->abc", onehot, rated)  # a's label counts on units b also rated
    with np.errstate(divide="ignore", invalid="ignore"):
        observed = agree / shared
        expected = np.einsum("abc,bac->ab", marg, marg) / shared**2
        kappa = (observed - expected) / (1.0 - expected)
    kappa[(shared == 0) | np.isclose(expected, 1.0)] = np.nan
    np.fill_diagonal(kappa, np.nan)
    return kappa


def mean_pairwise_cohen_kappa(data: object) -> float:
    """The mean of unweighted Cohen's kappa over every pair of raters where it is defined.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units)
        Reliability data matrix; ``None`` marks a missing rating.

    Returns
    -------
    float
        The mean over pairs.

    Raises
    ------
    AgreementError
        If kappa is undefined for every pair.
    """
    return _mean_of_pairs(category_codes(np.asarray(data, dtype=object)))


def _mean_of_pairs(codes: npt.NDArray[np.int64]) -> float:
    """The mean pairwise kappa of a code matrix; see :func:`mean_pairwise_cohen_kappa`."""
    kappa = pairwise_cohen_kappa(np.asarray(codes, dtype=np.int64))
    upper = kappa[np.triu_indices(kappa.shape[0], 1)]
    upper = upper[~np.isnan(upper)]
    if upper.size == 0:
        raise AgreementError("Cohen's kappa is undefined for every pair of annotators")
    return float(upper.mean())


def _estimate(
    name: str, statistic: Callable[[ObjectArray], float], data: ObjectArray, warnings: list[str]
) -> Estimate | None:
    """The statistic and its interval; ``None`` (and a warning why) when undefined."""
    try:
        value = float(statistic(data))
    except AgreementError as exc:
        warnings.append(f"{name} not shown: {exc}")
        return None
    try:
        low, high = bootstrap_ci(statistic, data, n=BOOTSTRAP_N, seed=BOOTSTRAP_SEED)
    except AgreementError as exc:
        warnings.append(f"no interval for {name}: {exc}")
        return Estimate(value, None, None)
    return Estimate(value, low, high)


def _fleiss(ratings: Ratings, warnings: list[str]) -> Estimate | None:
    """Fleiss' kappa when every item has the same number of ratings."""
    per_item = (ratings.matrix != None).sum(axis=0)  # noqa: E711
    if per_item.min() != per_item.max():
        warnings.append(
            f"Fleiss' kappa not shown: items have between {per_item.min()} and "
            f"{per_item.max()} ratings; it needs the same number of ratings on every item"
        )
        return None
    return _estimate(
        "Fleiss' kappa",
        lambda m: fleiss_kappa(m, categories=ratings.categories).kappa,
        ratings.matrix,
        warnings,
    )


def summarise(ratings: Ratings, level: Level = "nominal") -> AgreementSummary:
    """Percent agreement, Cohen's, Fleiss' kappa and Krippendorff's alpha, with 95% intervals.

    Parameters
    ----------
    ratings : Ratings
        From :func:`read_ratings`.
    level : {'nominal', 'ordinal', 'interval', 'ratio'}
        Measurement level of Krippendorff's alpha.

    Returns
    -------
    AgreementSummary
        Each statistic with its percentile bootstrap interval (1,000 resamples of items,
        seed 0), or ``None`` with a warning saying why it is undefined.
    """
    shared = too_few_shared(ratings.matrix)
    warnings = [shared] if shared else []
    m = ratings.matrix
    cats = ratings.categories
    pa = _estimate("percent agreement", percent_agreement, m, warnings)
    fleiss = _fleiss(ratings, warnings)
    alpha = _estimate(
        f"Krippendorff's alpha ({level})",
        lambda d: krippendorff_alpha(d, level, categories=cats),
        m,
        warnings,
    )
    mean_kappa = _estimate(
        "mean pairwise Cohen's kappa", _mean_of_pairs, category_codes(m).astype(object), warnings
    )
    return AgreementSummary(
        n_items=len(ratings.items),
        n_annotators=len(ratings.annotators),
        n_ratings=ratings.n_ratings,
        level=level,
        percent_agreement=pa,
        cohen_kappa=mean_kappa if len(ratings.annotators) == 2 else None,
        mean_pairwise_cohen_kappa=mean_kappa,
        fleiss_kappa=fleiss,
        krippendorff_alpha=alpha,
        warnings=warnings,
    )
