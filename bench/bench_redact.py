"""PII redaction: precision and recall on the test set, how phone numbers are best found,
throughput, and what ``import --redact`` costs.

1. Precision and recall per type and per language of ``Redactor`` with the default
   ``redaction.patterns`` on tests/data/redaction (dev and held-out sets together).
2. Phone numbers three ways, on the same messages: LabelDesk's digit runs checked against
   the six numbering plans (what ``labeldesk.redact`` does); the same digit runs checked with
   ``phonenumbers.is_valid_number`` for each of the six regions; and
   ``phonenumbers.PhoneNumberMatcher`` run once per region (leniency VALID). Both
   phonenumbers ways keep only the types a person has (mobile, fixed line, VoIP, personal;
   not toll-free hotlines). The other types are found the same way in all three, so only
   the phone column differs.
3. Throughput of ``Redactor.redact``: test-set messages, the turns of generated
   conversations (bench/generate.py), and one 1 MB message.
4. ``labeldesk import`` of N generated conversations into a fresh workspace, with and
   without ``--redact``, through the real CLI (as bench/bench_io.py measures it).

Results go to stdout and bench/results/redact.md. Needs the ``bench`` dependency group
(phonenumbers).

Usage::

    python bench/bench_redact.py --runs 3
    python bench/bench_redact.py --size 100000 --runs 1 --skip-import
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import bench_io  # noqa: E402 - a sibling script: the same CLI timing and generated input

from labeldesk.redact import PHONE, Redactor, Span, resolve  # noqa: E402
from labeldesk.redact import numbers as redact_numbers  # noqa: E402
from labeldesk.redact.defaults import DEFAULT_PATTERNS  # noqa: E402
from labeldesk.redact.evaluation import ALL, Message, Scores, load_messages, score  # noqa: E402

DATA = REPO / "tests" / "data" / "redaction"
RESULTS = REPO / "bench" / "results"
REGIONS = ("TH", "MY", "ID", "VN", "PH", "SG")
LANGUAGES = ("en", "th", "id", "ms", "vi", "zh", "tl")


def messages() -> list[Message]:
    """The dev and held-out messages."""
    return load_messages(DATA / "dev.jsonl") + load_messages(DATA / "heldout.jsonl")


# -- 1. precision and recall ----------------------------------------------------------------


def pr_table(s: Scores) -> list[str]:
    """Markdown rows: precision, recall and support per type, then per language."""
    rows = ["| | precision | recall | spans |", "|---|---:|---:|---:|"]
    kinds = sorted(k for k in s.by_type if k != ALL)
    for name, tally in [
        *((k, s.by_type[k]) for k in kinds),
        ("**all**", s.tally(ALL)),
        *((lang, s.by_lang[lang]) for lang in LANGUAGES if lang in s.by_lang),
    ]:
        rows.append(f"| {name} | {tally.precision:.3f} | {tally.recall:.3f} | {tally.support} |")
    return rows


# -- 2. phone numbers three ways ------------------------------------------------------------


@contextmanager
def phone_check(check: Callable[[str, bool], bool]) -> Iterator[None]:
    """Run the redactor with another phone check on its digit runs."""
    saved = redact_numbers.is_phone
    redact_numbers.is_phone = check  # type: ignore[assignment]
    try:
        yield
    finally:
        redact_numbers.is_phone = saved


def personal(number: object) -> bool:
    """A valid number of a type a person has (not toll-free, premium or shared-cost)."""
    import phonenumbers

    kinds = {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        phonenumbers.PhoneNumberType.VOIP,
        phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    }
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in kinds


def libphonenumber_check(digits: str, international: bool) -> bool:
    """``phonenumbers``: a valid personal number in any of the six regions."""
    import phonenumbers

    regions = (None,) if international else REGIONS
    for region in regions:
        try:
            number = phonenumbers.parse(("+" if international else "") + digits, region)
        except phonenumbers.NumberParseException:
            continue
        if personal(number):
            return True
    return False


def matcher_spans(redactor: Redactor) -> Callable[[str], list[Span]]:
    """Spans of the redactor (phones off) plus PhoneNumberMatcher's, once per region."""
    import phonenumbers

    def find(text: str) -> list[Span]:
        with phone_check(lambda digits, international: False):
            found = redactor.spans(text)
        for region in REGIONS:
            for m in phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.VALID
            ):
                if personal(m.number):
                    found.append(Span(m.start, m.end, PHONE))
        return resolve(found)

    return find


def per_second(find: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """Texts handled per second (best of ``repeat`` passes)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for t in texts:
            find(t)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def phone_ways(msgs: list[Message], redactor: Redactor, repeat: int) -> list[str]:
    """Markdown rows comparing the three ways to find phone numbers."""
    texts = [m.text for m in msgs]
    rows = ["| phone numbers found by | precision | recall | messages/s |", "|---|---:|---:|---:|"]
    ways: list[tuple[str, Callable[[], Callable[[str], list[Span]]]]] = [
        ("digit runs + numbering-plan regexes (LabelDesk)", lambda: redactor.spans),
        ("digit runs + phonenumbers.is_valid_number", lambda: redactor.spans),
        ("phonenumbers.PhoneNumberMatcher x 6 regions", lambda: matcher_spans(redactor)),
    ]
    for i, (name, make) in enumerate(ways):
        check = libphonenumber_check if i == 1 else redact_numbers.is_phone
        with phone_check(check):
            find = make()
            tally = score(find, msgs).tally(PHONE)
            speed = per_second(find, texts, repeat)
        rows.append(f"| {name} | {tally.precision:.3f} | {tally.recall:.3f} | {speed:,.0f} |")
    return rows


# -- 3. throughput --------------------------------------------------------------------------


def generated_turns(n_conversations: int) -> list[str]:
    """The turn texts of the first conversations of the generated 100k file."""
    path = bench_io.ensure_input(100_000, "jsonl")
    texts: list[str] = []
    with path.open("rb") as f:
        for i, line in enumerate(f):
            if i >= n_conversations:
                break
            texts.extend(t["text"] for t in orjson.loads(line)["turns"])
    return texts


def throughput(msgs: list[Message], redactor: Redactor, repeat: int) -> list[str]:
    """Markdown rows: messages per second on the test set, generated turns, and 1 MB."""
    rows = ["| text | messages | messages/s | MB/s |", "|---|---:|---:|---:|"]
    for name, texts in (
        ("test-set messages", [m.text for m in msgs]),
        ("generated turns (10,000 conversations)", generated_turns(10_000)),
    ):
        speed = per_second(redactor.redact, texts, repeat)
        mb = sum(len(t.encode()) for t in texts) / 2**20
        rows.append(f"| {name} | {len(texts):,} | {speed:,.0f} | {mb * speed / len(texts):.1f} |")
    line = "Hi, call 081-234-5678 or mail a.b@gmail.com about order 240315ABCD1234. "
    big = line * (2**20 // len(line))
    start = time.perf_counter()
    redactor.redact(big)
    seconds = time.perf_counter() - start
    rows.append(
        f"| one 1 MB message (a phone, an e-mail, an order every 73 characters) | 1 | "
        f"{1 / seconds:.2f} | {len(big.encode()) / 2**20 / seconds:.1f} |"
    )
    return rows


# -- 4. import ------------------------------------------------------------------------------


def import_cost(n: int, runs: int) -> list[str]:
    """Markdown rows: ``labeldesk import`` of ``n`` conversations with and without --redact."""
    src = bench_io.ensure_input(n, "jsonl")
    rows = ["| import | median s | conv/s | peak MB | runs (s) |", "|---|---:|---:|---:|---|"]
    for name, extra in (("without --redact", []), ("with --redact", ["--redact"])):
        times, peaks = [], []
        for _ in range(runs):
            ws = bench_io.fresh_workspace(f"redact_{n}")
            seconds, peak = bench_io.run_measured(
                bench_io.labeldesk("import", str(src), "--batch", "gen", "-w", str(ws), *extra)
            )
            times.append(seconds)
            peaks.append(peak)
            print(f"  import {name} n={n:,}: {seconds:.1f} s, {peak:.0f} MB", file=sys.stderr)
        med = statistics.median(times)
        rows.append(
            f"| {name} | {med:.1f} | {n / med:,.0f} | {max(peaks):,.0f} | "
            f"{', '.join(f'{t:.1f}' for t in times)} |"
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="conversations to import")
    parser.add_argument("--runs", type=int, default=3, help="runs of each import")
    parser.add_argument("--repeat", type=int, default=3, help="passes over texts (best kept)")
    parser.add_argument("--skip-import", action="store_true", help="leave out part 4")
    args = parser.parse_args(argv)
    redactor = Redactor(DEFAULT_PATTERNS)
    msgs = messages()
    s = score(redactor.spans, msgs)
    n_spans = sum(len(m.spans) for m in msgs)
    out = [
        f"Machine: {bench_io.machine()}; load average {os.getloadavg()[0]:.1f} at the start "
        "(other jobs on the same cores slow every row alike: compare rows, not runs).",
        "",
        f"## Precision and recall ({len(msgs)} messages, {n_spans} marked spans, "
        "tests/data/redaction)",
        "",
        *pr_table(s),
        "",
        "## Phone numbers: numbering-plan regexes or phonenumbers",
        "",
        *phone_ways(msgs, redactor, args.repeat),
        "",
        "## Throughput of Redactor.redact",
        "",
        *throughput(msgs, redactor, args.repeat),
    ]
    if not args.skip_import:
        out += [
            "",
            f"## labeldesk import of {args.size:,} generated conversations "
            f"(4-16 turns, 7 languages), median of {args.runs}",
            "",
            *import_cost(args.size, args.runs),
        ]
    text = "\n".join(out)
    print(text)
    for verdict, lang, span, message in s.errors:
        print(
            f"  {verdict} {lang} {span.kind} {message[span.start : span.end]!r}: {message}",
            file=sys.stderr,
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "redact.md").write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
