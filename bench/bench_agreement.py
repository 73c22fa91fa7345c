"""Time the agreement statistics over 1,000,000 ratings (budget: <= 2 s, DESIGN.md).

Generates ratings in memory (seeded), as ``item, annotator, label`` with string labels from
20 categories of a customer-service taxonomy, in three shapes of 1,000,000 ratings each:

- ``2 annotators``: 500,000 items, both annotators rate every item (Cohen's and Fleiss'
  kappa are defined);
- ``3 annotators, 10% missing``: 370,370 items x 3 annotators with one rating in ten
  absent (Fleiss' kappa is not shown, Krippendorff's alpha copes with the gaps);
- ``pool of 20``: 500,000 items, each rated by 2 of 20 annotators (the usual overlap
  design: 190 annotator pairs for the mean pairwise kappa).

Each item has a true label (a skewed distribution over the categories); an annotator gives it
with probability 0.75 and a uniformly random label otherwise.

For each shape it times, as the median of ``--runs`` runs:

- ``summarise``: :func:`labeldesk.review.ratings.summarise` on a
  :class:`~labeldesk.review.ratings.Ratings` holding the annotators x items object matrix,
  i.e. coding the labels plus every statistic with its 1,000-resample bootstrap interval;
- each statistic alone on the object matrix (the public functions of
  :mod:`labeldesk.review.agreement`), and interval/ratio alpha on the same ratings as
  numbers (a float matrix, NaN where missing).

``--boot 0`` skips the intervals; with ``--extrapolate`` the summarise row is measured with
0 and 2 resamples and extrapolated linearly to 1,000 (for code too slow to run them all).

``--read`` also writes the ``2 annotators`` and ``pool of 20`` ratings (those of the shapes
asked for) to CSV files (``bench/out``, 1,000,000 rows each) and times
:func:`~labeldesk.review.ratings.read_ratings` of them; ``--cli`` times ``labeldesk
agreement FILE --json`` on them end to end too (process start, reading, statistics, JSON).

Usage::

    python bench/bench_agreement.py                      # every shape, 5 runs
    python bench/bench_agreement.py --shapes "2 annotators;pool of 20" --runs 3
    python bench/bench_agreement.py --read --cli --json bench/out/agreement_after.json \
        --before bench/out/agreement_before.json        # compare with an earlier run

The figures and the comparison with the code before vectorising are in
``bench/results/agreement.md``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from bench_io import machine  # noqa: E402

from labeldesk.review import agreement as ag  # noqa: E402
from labeldesk.review import ratings as rt  # noqa: E402

LABELS = [
    "order.delivery.late",
    "order.delivery.lost",
    "order.cancel",
    "order.change",
    "refund.request",
    "refund.status",
    "account.login",
    "account.update",
    "account.delete",
    "payment.failed",
    "payment.method",
    "product.question",
    "product.defect",
    "shipping.address",
    "shipping.cost",
    "feedback.complaint",
    "feedback.praise",
    "invoice.get",
    "invoice.check",
    "other",
]
SHAPES = ("2 annotators", "3 annotators, 10% missing", "pool of 20")
N_RATINGS = 1_000_000


def generate(shape: str, n_ratings: int = N_RATINGS, seed: int = 5) -> np.ndarray:
    """Category codes (annotators x items, -1 where missing) of one shape."""
    rng = np.random.default_rng(seed)
    k = len(LABELS)
    prior = 1.0 / np.arange(1, k + 1) ** 0.8
    prior /= prior.sum()
    if shape == "2 annotators":
        n_items, n_raters = n_ratings // 2, 2
    elif shape == "3 annotators, 10% missing":
        n_items, n_raters = round(n_ratings / 2.7), 3
    elif shape == "pool of 20":
        n_items, n_raters = n_ratings // 2, 20
    else:
        raise SystemExit(f"unknown shape {shape!r}; the shapes are {'; '.join(SHAPES)}")
    truth = rng.choice(k, size=n_items, p=prior)
    noise = rng.integers(0, k, size=(n_raters, n_items))
    codes = np.where(rng.random((n_raters, n_items)) < 0.75, truth, noise)
    if shape.startswith("3 annotators"):
        codes[rng.random(codes.shape) < 0.1] = -1
    elif shape == "pool of 20":
        first = rng.integers(0, n_raters, n_items)
        second = (first + rng.integers(1, n_raters, n_items)) % n_raters
        keep = np.zeros(codes.shape, dtype=bool)
        keep[first, np.arange(n_items)] = True
        keep[second, np.arange(n_items)] = True
        codes[~keep] = -1
    return codes


def as_ratings(codes: np.ndarray) -> rt.Ratings:
    """The codes as a Ratings object (string labels, None where missing)."""
    lookup = np.array([*LABELS, None], dtype=object)
    matrix = lookup[codes]  # -1 picks the trailing None
    items = tuple(f"conv-{j:07d}" for j in range(codes.shape[1]))
    annotators = tuple(f"labeller-{i:02d}" for i in range(codes.shape[0]))
    return rt.Ratings(matrix, items, annotators, int((codes >= 0).sum()))


def as_numbers(codes: np.ndarray) -> np.ndarray:
    """The codes as numbers 1..20 in a float matrix, NaN where missing."""
    out = codes.astype(np.float64) + 1.0
    out[codes < 0] = np.nan
    return out


def timed(fn: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    """Median seconds of ``runs`` calls, and every time."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def summarise_with(ratings: rt.Ratings, boot: int) -> rt.AgreementSummary:
    """``summarise`` with ``boot`` bootstrap resamples (0: no intervals)."""
    saved = rt.BOOTSTRAP_N
    rt.BOOTSTRAP_N = boot
    try:
        return rt.summarise(ratings)
    finally:
        rt.BOOTSTRAP_N = saved


def measure_shape(shape: str, runs: int, boot: int, extrapolate: bool) -> list[dict]:
    """The rows of one shape: summarise, then each statistic alone."""
    codes = generate(shape)
    ratings = as_ratings(codes)
    m = ratings.matrix
    numbers = as_numbers(codes)
    rows = []
    if extrapolate:
        t0, _ = timed(lambda: summarise_with(ratings, 0), runs)
        t2, _ = timed(lambda: summarise_with(ratings, 2), runs)
        rows.append(
            {
                "what": f"summarise, {boot} resamples (extrapolated from 0 and 2)",
                "median": t0 + (t2 - t0) / 2 * boot,
                "times": [],
            }
        )
        rows.append({"what": "summarise, no intervals", "median": t0, "times": []})
    else:
        med, times = timed(lambda: summarise_with(ratings, boot), runs)
        rows.append({"what": f"summarise, {boot} resamples", "median": med, "times": times})
        if boot:
            med, times = timed(lambda: summarise_with(ratings, 0), runs)
            rows.append({"what": "summarise, no intervals", "median": med, "times": times})
    alone: list[tuple[str, Callable[[], object]]] = [
        ("percent_agreement", lambda: ag.percent_agreement(m)),
        ("krippendorff_alpha nominal", lambda: ag.krippendorff_alpha(m)),
        (
            "krippendorff_alpha ordinal",
            lambda: ag.krippendorff_alpha(m, "ordinal", categories=LABELS),
        ),
        (
            "krippendorff_alpha interval (numbers)",
            lambda: ag.krippendorff_alpha(numbers, "interval"),
        ),
        ("krippendorff_alpha ratio (numbers)", lambda: ag.krippendorff_alpha(numbers, "ratio")),
        ("mean_pairwise_cohen_kappa", lambda: rt.mean_pairwise_cohen_kappa(m)),
    ]
    if codes.shape[0] == 2:
        alone.append(("cohen_kappa", lambda: ag.cohen_kappa(list(m[0]), list(m[1]))))
        alone.append(
            (
                "cohen_kappa quadratic",
                lambda: ag.cohen_kappa(
                    list(m[0]), list(m[1]), weights="quadratic", categories=LABELS
                ),
            )
        )
    if ((codes >= 0).sum(axis=0) == (codes[:, :1] >= 0).sum()).all():
        alone.append(("fleiss_kappa", lambda: ag.fleiss_kappa(m)))
    for name, fn in alone:
        med, times = timed(fn, runs)
        rows.append({"what": name, "median": med, "times": times})
    return rows


#: The CSV files of ``--read`` and ``--cli``: shape -> file name.
CSV_FILES = {"2 annotators": "ratings_2x500000.csv", "pool of 20": "ratings_pool20.csv"}


def ratings_csv(shape: str = "2 annotators") -> Path:
    """The ratings of a shape as a CSV file of 1,000,000 rows (written once)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / CSV_FILES[shape]
    if not path.exists():
        codes = generate(shape)
        with path.open("w", encoding="utf-8") as fh:
            fh.write("item,annotator,label\n")
            for i, j in zip(*np.nonzero(codes.T >= 0), strict=True):
                fh.write(f"conv-{i:07d},labeller-{j:02d},{LABELS[codes[j, i]]}\n")
    return path


def measure_read(runs: int, shape: str = "2 annotators") -> dict:
    """``read_ratings`` of a 1,000,000-row CSV, in process."""
    path = ratings_csv(shape)
    med, times = timed(lambda: rt.read_ratings(path), runs)
    return {"what": f"read_ratings {path.name} (1,000,000 rows)", "median": med, "times": times}


def measure_cli(runs: int, shape: str = "2 annotators") -> dict:
    """``labeldesk agreement FILE --json`` on a shape's ratings as a CSV."""
    path = ratings_csv(shape)
    cmd = [sys.executable, "-m", "labeldesk", "agreement", str(path), "--json"]

    def run() -> None:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=REPO)

    med, times = timed(run, runs)
    return {
        "what": f"labeldesk agreement {path.name} --json (1,000,000 rows)",
        "median": med,
        "times": times,
    }


def _key(what: str) -> str:
    """A row's name without how it was measured (to match a before run with an after run)."""
    return what.replace(" (extrapolated from 0 and 2)", "")


def comparison(before: dict, after: dict) -> str:
    """A markdown table of before and after medians, shape by shape."""
    lines = [
        "| shape | what | before s | after s | speed-up |",
        "|---|---|---:|---:|---:|",
    ]
    for shape, rows in after["results"].items():
        old = {_key(r["what"]): r for r in before["results"].get(shape, [])}
        for row in rows:
            prev = old.get(_key(row["what"]))
            if prev is None:
                cells = ["", ""]
            else:
                mark = " (extrapolated)" if "extrapolated" in prev["what"] else ""
                cells = [f"{prev['median']:,.3f}{mark}", f"{prev['median'] / row['median']:,.0f}x"]
            lines.append(
                f"| {shape} | {_key(row['what'])} | {cells[0]} | {row['median']:.3f} | {cells[1]} |"
            )
    return "\n".join(lines)


def table(results: dict[str, list[dict]]) -> str:
    """A markdown table of the results."""
    lines = ["| shape | what | median s | runs (s) |", "|---|---|---:|---|"]
    for shape, rows in results.items():
        for row in rows:
            runs = ", ".join(f"{t:.3f}" for t in row["times"])
            lines.append(f"| {shape} | {row['what']} | {row['median']:.3f} | {runs} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--boot", type=int, default=1000, help="bootstrap resamples")
    parser.add_argument(
        "--extrapolate",
        action="store_true",
        help="time summarise with 0 and 2 resamples and extrapolate",
    )
    parser.add_argument("--shapes", default=";".join(SHAPES), help="shapes, separated by ;")
    parser.add_argument("--read", action="store_true", help="also time read_ratings of a CSV")
    parser.add_argument("--cli", action="store_true", help="also time the CLI end to end")
    parser.add_argument("--json", type=Path, default=None, help="save the results here")
    parser.add_argument(
        "--before",
        type=Path,
        default=None,
        help="results of an earlier run (--json) to compare with",
    )
    parser.add_argument(
        "--md", type=Path, default=None, help="write the comparison with --before here (markdown)"
    )
    args = parser.parse_args(argv)
    results: dict[str, list[dict]] = {}
    for shape in args.shapes.split(";"):
        results[shape] = measure_shape(shape, args.runs, args.boot, args.extrapolate)
        print(table({shape: results[shape]}), flush=True)
    csv_shapes = [s for s in args.shapes.split(";") if s in CSV_FILES]
    if args.read or args.cli:
        results["CSV file"] = [measure_read(args.runs, s) for s in csv_shapes]
    if args.cli:
        results["CSV file"] += [measure_cli(args.runs, s) for s in csv_shapes]
    print(f"\n{machine()}; {N_RATINGS:,} ratings per shape; median of {args.runs} runs\n")
    print(table(results))
    after = {"machine": machine(), "runs": args.runs, "results": results}
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(after, indent=1))
    if args.before:
        text = comparison(json.loads(args.before.read_text()), after)
        print("\n" + text)
        if args.md:
            args.md.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
