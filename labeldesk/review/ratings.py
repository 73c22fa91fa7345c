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
import functools
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
    CodedRatings,
    Level,
    WeightedAlpha,
    WeightedFleissKappa,
    WeightedPercentAgreement,
    category_codes,
    difference_matrix,
    encode,
    encode_factorized,
    fleiss_kappa_from_counts,
    krippendorff_alpha_from_counts,
    percent_agreement_from_counts,
)
from labeldesk.review.agreement_extra import too_few_shared
from labeldesk.review.bootstrap import (
    Layout,
    PairwiseKappa,
    Statistic,
    UnitPatterns,
    bootstrap_intervals,
    unit_patterns,
)
from labeldesk.review.patterns import group_columns

#: The columns (CSV) or keys (JSONL) every rating needs.
COLUMNS = ("item", "annotator", "label")
#: At most this many problems are listed before the rest are only counted.
MAX_PROBLEMS = 20
#: Bootstrap resamples and seed of the intervals.
BOOTSTRAP_N = 1000
BOOTSTRAP_SEED = 0

ObjectArray = npt.NDArray[np.object_]


class _Deferred:
    """A value computed when first asked for (see :class:`_LazyField`)."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


class _LazyField:
    """A dataclass field that may be given as :class:`_Deferred`: computed on first read.

    The readers build the object matrix of a million ratings (tens of MB of Python
    references) only if someone reads :attr:`Ratings.matrix`: the statistics use the codes.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = "_lazy_" + name

    def __get__(self, obj: object, objtype: type | None = None) -> Any:  # noqa: ANN401
        if obj is None:  # asked for a default: there is none
            raise AttributeError(self.slot)
        value = obj.__dict__[self.slot]
        if isinstance(value, _Deferred):
            value = obj.__dict__[self.slot] = value.make()
        return value

    def __set__(self, obj: object, value: Any) -> None:  # noqa: ANN401
        obj.__dict__[self.slot] = value


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
    coded : CodedRatings or None
        The matrix as category codes (see :func:`~labeldesk.review.agreement.encode`), when
        the reader made them; :func:`summarise` codes the matrix itself otherwise.
    """

    matrix: ObjectArray = _LazyField()  # type: ignore[assignment]
    items: tuple[str, ...]
    annotators: tuple[str, ...]
    n_ratings: int
    categories: list[Any] | None = None
    coded: CodedRatings | None = None


@dataclass(frozen=True)
class Estimate:
    """A statistic with its 95% bootstrap interval (``None`` bounds when undefined)."""

    value: float
    ci_low: float | None
    ci_high: float | None


@dataclass(frozen=True)
class AgreementSummary:
    """Everything ``labeldesk agreement`` reports; a statistic is ``None`` when undefined.

    ``cohen_kappa`` is only given for exactly two annotators, and ``fleiss_kappa`` only when
    every item has the same number of ratings (``same_ratings_per_item``). ``warnings`` says
    why a statistic is missing, and when too few items are shared.
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
    same_ratings_per_item: bool = True


def summary_json(summary: AgreementSummary) -> dict[str, Any]:
    """The summary as ``labeldesk agreement --json`` prints it.

    Keys, in this order: ``n_items``, ``n_annotators``, ``percent_agreement``,
    ``cohen_kappa`` (only with exactly two annotators), ``mean_pairwise_cohen_kappa``,
    ``fleiss_kappa`` (only when every item has the same number of ratings) and
    ``krippendorff_alpha``. Each statistic is ``{"value", "ci_low", "ci_high"}``, or
    ``null`` when it is undefined for the data (the warnings say why).

    Parameters
    ----------
    summary : AgreementSummary
        From :func:`summarise`.

    Returns
    -------
    dict
        JSON-ready values.
    """
    out: dict[str, Any] = {
        "n_items": summary.n_items,
        "n_annotators": summary.n_annotators,
        "percent_agreement": _estimate_json(summary.percent_agreement),
    }
    if summary.n_annotators == 2:
        out["cohen_kappa"] = _estimate_json(summary.cohen_kappa)
    out["mean_pairwise_cohen_kappa"] = _estimate_json(summary.mean_pairwise_cohen_kappa)
    if summary.same_ratings_per_item:
        out["fleiss_kappa"] = _estimate_json(summary.fleiss_kappa)
    out["krippendorff_alpha"] = _estimate_json(summary.krippendorff_alpha)
    return out


def _estimate_json(estimate: Estimate | None) -> dict[str, float | None] | None:
    """``{"value", "ci_low", "ci_high"}`` or ``None``."""
    if estimate is None:
        return None
    return {"value": estimate.value, "ci_low": estimate.ci_low, "ci_high": estimate.ci_high}


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
    """The ratings from the collected (checked, distinct) ratings."""
    keys = list(out.labels)
    return ratings_from_columns(
        [item for item, _ in keys],
        [annotator for _, annotator in keys],
        [label for label, _ in out.labels.values()],
        categories=categories,
    )


def ratings_from_columns(
    items: Sequence[str] | npt.NDArray[Any],
    annotators: Sequence[str] | npt.NDArray[Any],
    labels: Sequence[str] | npt.NDArray[Any],
    *,
    categories: Sequence[str] | None = None,
) -> Ratings:
    """Ratings from three aligned columns of text, one rating per position.

    Labels become numbers when every label (and category) is a number, as in a file. An
    exact repeat of a rating counts once.

    Parameters
    ----------
    items, annotators, labels : sequence of str
        The item, annotator and label of each rating (non-empty, stripped).
    categories : sequence of str, optional
        All categories, in order.

    Returns
    -------
    Ratings
        The matrix (items and annotators in order of first appearance) and its codes.

    Raises
    ------
    AgreementError
        If the columns differ in length, an annotator rated an item twice with different
        labels, or a label is not among ``categories``.
    """
    import pandas as pd

    cols = [np.asarray(c, dtype=object) for c in (items, annotators, labels)]
    if len({c.size for c in cols}) > 1:
        raise AgreementError(f"the columns differ in length: {[c.size for c in cols]}")
    item, rater, label = ((codes, list(uniques)) for codes, uniques in map(pd.factorize, cols))
    return _ratings_from_codes(item, rater, label, categories)


#: A factorized column: each row's index into the distinct values (first-seen order).
Factorized = tuple[npt.NDArray[np.integer[Any]], list[str]]


def _ratings_from_codes(
    items: Factorized, annotators: Factorized, labels: Factorized, categories: Sequence[str] | None
) -> Ratings:
    """:func:`ratings_from_columns` of factorized columns."""
    (item_codes, item_ids), (rater_codes, rater_ids), (label_codes, label_texts) = (
        items,
        annotators,
        labels,
    )
    keep = _distinct_ratings(item_codes, rater_codes, label_codes, len(rater_ids), len(label_texts))
    convert = _converter([*label_texts, *(categories or [])])
    values = [convert(text) for text in label_texts]
    cats = None if categories is None else [convert(c) for c in categories]
    raw = np.full((len(rater_ids), len(item_ids)), -1, dtype=np.int64)
    raw[rater_codes[keep], item_codes[keep]] = label_codes[keep]
    coded = encode_factorized(raw, values, cats)
    lookup = np.empty(len(values) + 1, dtype=object)
    lookup[:-1] = values
    return Ratings(
        matrix=_Deferred(lambda: lookup[raw]),  # type: ignore[arg-type]  # -1: trailing None
        items=tuple(item_ids),
        annotators=tuple(rater_ids),
        n_ratings=int(keep.size),
        categories=cats,
        coded=coded,
    )


def _distinct_ratings(
    item: npt.NDArray[np.integer[Any]],
    rater: npt.NDArray[np.integer[Any]],
    label: npt.NDArray[np.integer[Any]],
    n_raters: int,
    n_labels: int,
) -> npt.NDArray[np.int64]:
    """Positions of the first copy of each rating; AgreementError on a conflicting repeat."""
    import pandas as pd

    key = item.astype(np.int64) * n_raters + rater
    if pd.Index(key).is_unique:
        return np.arange(key.size, dtype=np.int64)
    first = ~pd.Index(key * max(n_labels, 1) + label.astype(np.int64)).duplicated(keep="first")
    kept = np.flatnonzero(first)
    if not pd.Index(key[kept]).is_unique:
        raise AgreementError("an annotator rated an item twice with different labels")
    return kept.astype(np.int64)


def _read_csv_fast(text: str, categories: Sequence[str] | None) -> Ratings | None:
    """A clean CSV read with pyarrow; ``None`` when anything needs the exact reader.

    The exact reader (:func:`_read_csv`) names the row and field of every problem; this one
    only handles files that have none: the three columns once each, no ragged row, no empty
    value, no conflicting repeat, every label among ``categories``. Both parse CSV alike
    (quotes, doubled quotes, newlines in quoted values, CRLF).
    """
    columns = _parse_csv(text)
    if columns is None:
        return None
    items, annotators, labels = columns
    if categories is not None and not set(labels[1]) <= set(categories):
        return None
    try:
        return _ratings_from_codes(items, annotators, labels, categories)
    except AgreementError:
        return None


def _parse_csv(text: str) -> tuple[Factorized, Factorized, Factorized] | None:
    """The item, annotator and label columns of a clean CSV, factorized; else ``None``."""
    import pyarrow as pa
    from pyarrow import csv as pa_csv

    header = next(csv.reader(io.StringIO(text, newline="")), None)
    names = [h.strip().lower() for h in header or []]
    if not header or any(names.count(name) != 1 for name in COLUMNS):
        return None
    try:
        table = pa_csv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(column_types=dict.fromkeys(header, pa.string())),
        )
    except (pa.ArrowException, ValueError):
        return None
    if table.num_rows == 0 or table.num_columns != len(names):
        return None
    items, annotators, labels = (_dictionary(table.column(names.index(n))) for n in COLUMNS)
    if items is None or annotators is None or labels is None:
        return None
    return items, annotators, labels


#: The characters ``str.strip`` removes (``str.isspace``), as a pattern for pyarrow's RE2.
_SPACES = (
    "".join(
        f"\\x{{{c:x}}}"
        for c in (*range(0x9, 0xE), *range(0x1C, 0x21), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B))
    )
    + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"
)
_PADDED = f"^[{_SPACES}]|[{_SPACES}]$"


def _dictionary(column: Any) -> Factorized | None:  # noqa: ANN401 - a pyarrow ChunkedArray
    """A text column as codes into its stripped distinct values; ``None`` if one is empty.

    Values are stripped by Python only when pyarrow finds one that starts or ends with
    whitespace (the distinct values of an item column can be half a million).
    """
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(column.combine_chunks())
    if encoded.null_count:
        return None
    dictionary = encoded.dictionary
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    if not pc.any(pc.match_substring_regex(dictionary, _PADDED)).as_py():
        if pc.any(pc.equal(pc.utf8_length(dictionary), 0)).as_py():
            return None
        return codes, dictionary.to_pylist()
    values = [v.strip() for v in dictionary.to_pylist()]
    if not all(values):
        return None
    distinct = list(dict.fromkeys(values))
    if len(distinct) != len(values):  # stripping made some values equal
        index = {v: i for i, v in enumerate(distinct)}
        codes = np.array([index[v] for v in values], dtype=np.int64)[codes]
    return codes, distinct


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
        different labels, a label outside ``categories``, or categories that repeat.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError([Problem(str(path), "", "", f"cannot read: {exc.strerror}")]) from None
    text = _decode(path, data, encoding)
    jsonl = _is_jsonl(path, text)
    if not jsonl:
        fast = _read_csv_fast(text, categories)
        if fast is not None:
            return fast
    out = _Collector(str(path))
    (_read_jsonl if jsonl else _read_csv)(text, out)
    if not out.problems and not out.labels:
        out.problem("", "", "empty file: no ratings (expected item, annotator, label)")
    if categories is not None and not out.problems:
        _check_categories(out, categories)
    if out.problems:
        raise InputError(out.problems, more=out.more)
    try:
        return _build(out, categories)
    except AgreementError as exc:  # e.g. categories that repeat, like "1" and "1.0"
        raise InputError([Problem(str(path), "", "categories", str(exc))]) from None


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
    arr = np.asarray(codes, dtype=np.int64)
    k = int(arr.max()) + 1 if arr.size else 0
    groups = group_columns(arr)
    kappa = PairwiseKappa(groups.columns, k).matrix(groups.sizes[None, :])
    return kappa[0]


def mean_pairwise_cohen_kappa(data: object) -> float:
    """The mean of unweighted Cohen's kappa over every pair of raters where it is defined.

    Parameters
    ----------
    data : array_like, shape (n_raters, n_units), or CodedRatings
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
    codes = data.codes if isinstance(data, CodedRatings) else category_codes(data)
    groups = group_columns(codes)
    k = int(codes.max()) + 1 if codes.size else 0
    return _mean_kappa_point(PairwiseKappa(groups.columns, k), groups.sizes)


def _mean_kappa_point(pairs: PairwiseKappa, sizes: npt.NDArray[np.int64]) -> float:
    """The mean pairwise kappa at the data's own weights, or why it is undefined."""
    value = float(pairs.mean(sizes[None, :])[0])
    if math.isnan(value):
        raise AgreementError("Cohen's kappa is undefined for every pair of annotators")
    return value


@dataclass
class _Plan:
    """Point values of the statistics that are defined, and how to resample each."""

    values: dict[str, float] = field(default_factory=dict)
    by_count: dict[str, Statistic] = field(default_factory=dict)
    by_column: dict[str, Statistic] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    layout: Layout | None = None

    def add(
        self,
        key: str,
        label: str,
        point: Callable[[], float],
        statistic: Statistic,
        *,
        by_column: bool = False,
    ) -> None:
        """Compute ``point``; if it is defined, resample ``statistic`` too, else warn why."""
        try:
            self.values[key] = float(point())
        except AgreementError as exc:
            self.warnings.append(f"{label} not shown: {exc}")
            return
        self.labels[key] = label
        (self.by_column if by_column else self.by_count)[key] = statistic

    def estimates(self, patterns: UnitPatterns, n_boot: int, seed: int) -> dict[str, Estimate]:
        """Each defined statistic with its interval (none when ``n_boot`` is 0)."""
        intervals: dict[str, tuple[float, float] | None] = {}
        if n_boot > 0:
            intervals = bootstrap_intervals(
                patterns,
                by_count=self.by_count,
                by_column=self.by_column,
                n=n_boot,
                seed=seed,
                layout=self.layout if self.by_column else None,
            )
        out = {}
        for key, value in self.values.items():
            interval = intervals.get(key)
            if interval is None and n_boot > 0:
                self.warnings.append(
                    f"no interval for {self.labels[key]}: the statistic is undefined on every "
                    "bootstrap resample"
                )
            low, high = interval if interval is not None else (None, None)
            out[key] = Estimate(value, low, high)
        return out


def _plan(coded: CodedRatings, patterns: UnitPatterns, level: Level) -> _Plan:
    """Every statistic of the summary on the grouped units.

    Percent agreement, Fleiss' kappa and alpha read count patterns (each resample's column
    pattern counts are summed into them); the mean pairwise kappa reads the column patterns.
    """
    plan = _Plan()
    counts, sizes = patterns.counts, patterns.count_sizes
    plan.add(
        "percent_agreement",
        "percent agreement",
        lambda: percent_agreement_from_counts(counts, sizes),
        WeightedPercentAgreement(counts),
    )
    if not _same_ratings_per_item(coded):
        per_item = (coded.codes >= 0).sum(axis=0)
        plan.warnings.append(
            f"Fleiss' kappa not shown: items have between {per_item.min()} and "
            f"{per_item.max()} ratings; it needs the same number of ratings on every item"
        )
    else:
        fleiss = WeightedFleissKappa(counts)
        plan.add(
            "fleiss_kappa",
            "Fleiss' kappa",
            lambda: fleiss_kappa_from_counts(counts, sizes).kappa,
            lambda w: fleiss(w)[0],
        )
    _plan_alpha(plan, coded, patterns, level)
    pairs = PairwiseKappa(patterns.columns.columns, patterns.n_categories)
    # Resamples go straight into the pairs' tables when each pattern is one cell of them.
    plan.layout = pairs.layout
    plan.add(
        "mean_pairwise_cohen_kappa",
        "mean pairwise Cohen's kappa",
        lambda: _mean_kappa_point(pairs, patterns.columns.sizes),
        functools.partial(pairs.mean, in_layout=pairs.layout is not None),
        by_column=True,
    )
    return plan


def _same_ratings_per_item(coded: CodedRatings) -> bool:
    """Every item has the same number of ratings (Fleiss' kappa applies)."""
    per_item = (coded.codes >= 0).sum(axis=0)
    return bool(per_item.size == 0 or per_item.min() == per_item.max())


def _plan_alpha(plan: _Plan, coded: CodedRatings, patterns: UnitPatterns, level: Level) -> None:
    """Krippendorff's alpha at ``level``, or the warning why the labels do not allow it."""
    label = f"Krippendorff's alpha ({level})"
    try:
        difference = difference_matrix(coded, level)
    except AgreementError as exc:
        plan.warnings.append(f"{label} not shown: {exc}")
        return
    counts, sizes = patterns.counts, patterns.count_sizes
    plan.add(
        "krippendorff_alpha",
        label,
        lambda: krippendorff_alpha_from_counts(counts, sizes, difference),
        WeightedAlpha(counts, difference),
    )


def summarise(
    ratings: Ratings,
    level: Level = "nominal",
    *,
    n_boot: int | None = None,
    seed: int | None = None,
) -> AgreementSummary:
    """Percent agreement, Cohen's, Fleiss' kappa and Krippendorff's alpha, with 95% intervals.

    Units with the same ratings are grouped into patterns, so each statistic and each of the
    bootstrap resamples costs work in the number of distinct patterns, not of ratings
    (:mod:`labeldesk.review.bootstrap`).

    Parameters
    ----------
    ratings : Ratings
        From :func:`read_ratings` or :func:`ratings_from_columns`.
    level : {'nominal', 'ordinal', 'interval', 'ratio'}
        Measurement level of Krippendorff's alpha.
    n_boot : int, optional
        Bootstrap resamples of the items (default :data:`BOOTSTRAP_N`); 0 for no intervals.
    seed : int, optional
        Seed of the resampling (default :data:`BOOTSTRAP_SEED`).

    Returns
    -------
    AgreementSummary
        Each statistic with its percentile bootstrap interval, or ``None`` with a warning
        saying why it is undefined.
    """
    coded = (
        ratings.coded if ratings.coded is not None else encode(ratings.matrix, ratings.categories)
    )
    patterns = unit_patterns(coded.codes, len(coded.categories))
    plan = _plan(coded, patterns, level)
    shared = too_few_shared(coded)
    estimates = plan.estimates(
        patterns,
        BOOTSTRAP_N if n_boot is None else n_boot,
        BOOTSTRAP_SEED if seed is None else seed,
    )
    mean_kappa = estimates.get("mean_pairwise_cohen_kappa")
    return AgreementSummary(
        n_items=len(ratings.items),
        n_annotators=len(ratings.annotators),
        n_ratings=ratings.n_ratings,
        level=level,
        percent_agreement=estimates.get("percent_agreement"),
        cohen_kappa=mean_kappa if len(ratings.annotators) == 2 else None,
        mean_pairwise_cohen_kappa=mean_kappa,
        fleiss_kappa=estimates.get("fleiss_kappa"),
        krippendorff_alpha=estimates.get("krippendorff_alpha"),
        warnings=([shared] if shared else []) + plan.warnings,
        same_ratings_per_item=_same_ratings_per_item(coded),
    )
