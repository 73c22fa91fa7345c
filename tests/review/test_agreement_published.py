"""Every worked example in tests/data/metrics/, to the precision it was published with.

Each JSON file holds ``cases``; a case gives its ratings as a ``contingency_table`` (two
raters; rows rater A, columns rater B, in ``categories`` order), as ``ratings`` (raters x
units, ``null`` where missing) or as ``units`` (the ratings of each unit, raters
interchangeable), and ``expected`` values, each with the ``decimals`` it was printed to. A
value passes when it is within half a unit of the last printed decimal (or within the
``tolerance`` the file gives, with its reason in the file's ``note``). The files cite their
sources; see tests/data/metrics/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from labeldesk.review.agreement import (
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
    krippendorff_alpha_distance,
    matrix_from_units,
    percent_agreement,
)
from labeldesk.review.ratings import ratings_from_columns, summarise

METRICS = Path(__file__).resolve().parents[1] / "data" / "metrics"
FILES = sorted(METRICS.glob("*.json"))
CASES = [
    pytest.param(case, id=f"{path.stem}:{case['name']}")
    for path in FILES
    for case in json.loads(path.read_text(encoding="utf-8"))["cases"]
]


def _matrix(case: dict[str, Any]) -> np.ndarray:
    """The case's ratings as a raters x units object matrix."""
    if "contingency_table" in case:
        cats = case["categories"]
        a, b = [], []
        for i, row in enumerate(case["contingency_table"]):
            for j, count in enumerate(row):
                a += [cats[i]] * count
                b += [cats[j]] * count
        return np.array([a, b], dtype=object)
    if "units" in case:
        return matrix_from_units(case["units"])
    return np.array(case["ratings"], dtype=object)


def _distance(spec: dict[str, Any]):
    """The case's custom difference function."""
    if spec.get("absolute"):
        return lambda x, y: abs(x - y)

    def table(x, y):
        if x == y:
            return spec["equal"]
        for label, value in spec["involving"].items():
            if label in (x, y):
                return value
        return spec["otherwise"]

    return table


def _statistic(name: str, case: dict[str, Any]) -> float | list[float]:
    """Compute the statistic ``name`` of a case with LabelDesk's public functions."""
    m = _matrix(case)
    cats = case.get("categories")
    if name.startswith(("cohen_kappa", "p_o", "p_e")):
        weights = {"cohen_kappa_linear": "linear", "cohen_kappa_quadratic": "quadratic"}
        kappa = cohen_kappa(list(m[0]), list(m[1]), weights=weights.get(name), categories=cats)
        return {"p_o": kappa.observed, "p_e": kappa.expected}.get(name, kappa.kappa)
    if name.startswith("fleiss"):
        kappa = fleiss_kappa(m)
        return {"fleiss_P_bar": kappa.observed, "fleiss_P_e": kappa.expected}.get(name, kappa.kappa)
    if name == "percent_agreement":
        return percent_agreement(m)
    if name == "per_unit_percent_agreement":
        return [percent_agreement(m[:, [j]]) for j in range(m.shape[1])]
    if name == "alpha_distance":
        return krippendorff_alpha_distance(m, _distance(case["distance"]))
    level = name.removeprefix("alpha_")
    return krippendorff_alpha(m, level, categories=cats if level == "ordinal" else None)


def test_there_are_published_examples():
    assert len(FILES) >= 8
    assert len(CASES) >= 14
    for path in FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["citation"], path.name


@pytest.mark.parametrize("case", CASES)
def test_published_value(case):
    assert case["expected"]
    for key, want in case["expected"].items():
        name = want.get("statistic", key)
        got = _statistic(name, case)
        if "values" in want:
            tol = 0.5 * 10 ** -want["decimals"] + 1e-12
            assert np.allclose(got, want["values"], rtol=0, atol=tol), key
            continue
        tol = want.get("tolerance", 0.5 * 10 ** -want["decimals"]) + 1e-12
        assert got == pytest.approx(want["value"], abs=tol), key


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if "ratings" in c.values[0] or "units" in c.values[0]],
)
def test_summary_reproduces_published_values(case):
    """``summarise`` (the CLI's numbers) gives the same alpha, Fleiss and percent values."""
    m = _matrix(case)
    raters, units = np.nonzero(m != None)  # noqa: E711
    ratings = ratings_from_columns(
        [f"u{u}" for u in units], [f"r{r}" for r in raters], [str(v) for v in m[raters, units]]
    )
    summary = summarise(ratings, n_boot=0)
    checks = {
        "percent_agreement": summary.percent_agreement,
        "fleiss_kappa": summary.fleiss_kappa,
        "alpha_nominal": summary.krippendorff_alpha,
    }
    for key, want in case["expected"].items():
        name = want.get("statistic", key)
        if name in checks and checks[name] is not None:
            tol = want.get("tolerance", 0.5 * 10 ** -want["decimals"]) + 1e-12
            assert checks[name].value == pytest.approx(want["value"], abs=tol), key
