"""Measure language detectors on the LabelDesk customer-service test set (prints markdown).

Run from the repository root: ``.venv/bin/python bench/bench_langid.py``. Compares
lingua-language-detector (high and low accuracy mode), py3langid and langdetect, all
restricted to the test set's languages where the library allows it, with
``labeldesk.langid`` (the chosen detector) and two ablations of it. Accuracy counts
``und`` as wrong. Throughput is the best of three timed runs after a warm-up, in items
per CPU-second of this process (``time.process_time``, all its threads), so that other
work on the machine disturbs it little; "s per 1M on 2 cores" divides that cost by two,
and the "2 processes" column checks the scaling with a wall-clock run over two workers.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import platform
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from labeldesk import langid  # noqa: E402
from labeldesk.langid import DEFAULT_MIN_CONFIDENCE, LanguageDetector  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from multiprocessing.synchronize import Barrier

LANGUAGES = ("en", "th", "id", "ms", "vi", "tl", "zh")
DATA = ROOT / "tests" / "data" / "langid_testset.jsonl"
CUSTOMER_TURNS = 4  # an 8-turn conversation has about 4 customer turns
LONG_TURNS = 10
CONVERSATIONS_PER_LANGUAGE = 150
CAP = 300
CAPS = (100, 200, 300, 600, 1000)
FIRST_PASSES = (60, 120, 200, 1000)
CONFIDENCES = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7)
MODES = ("single", "batch", "2 processes")


@dataclass(frozen=True)
class Sample:
    """A text with its true language."""

    text: str
    lang: str


class Runner:
    """One detector behind a common interface: ``one`` text or ``many`` at once."""

    batch_name = "—"

    def one(self, text: str) -> str:
        """Return the ISO 639-1 code detected for ``text`` (``und`` if none)."""
        raise NotImplementedError

    def many(self, texts: Sequence[str]) -> list[str]:
        """Detect many texts with the library's batch API (a loop if it has none)."""
        return [self.one(t) for t in texts]


class LinguaRunner(Runner):
    """lingua-language-detector restricted to LANGUAGES, models preloaded."""

    batch_name = "detect_languages_in_parallel_of"

    def __init__(self, low_accuracy: bool) -> None:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, c.upper()) for c in LANGUAGES]
        builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
        if low_accuracy:
            builder = builder.with_low_accuracy_mode()
        self._detector = builder.with_preloaded_language_models().build()

    def one(self, text: str) -> str:
        """Detect with ``detect_language_of``."""
        lang = self._detector.detect_language_of(text)
        return "und" if lang is None else str(lang.iso_code_639_1.name.lower())

    def many(self, texts: Sequence[str]) -> list[str]:
        """Detect with ``detect_languages_in_parallel_of`` (all cores)."""
        found = self._detector.detect_languages_in_parallel_of(list(texts))
        return ["und" if x is None else str(x.iso_code_639_1.name.lower()) for x in found]


class Py3langidRunner(Runner):
    """py3langid restricted with ``set_languages``."""

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self._identifier.set_languages(list(LANGUAGES))

    def one(self, text: str) -> str:
        """Detect with ``classify``."""
        return str(self._identifier.classify(text)[0])


class LangdetectRunner(Runner):
    """langdetect with a fixed seed; it cannot be restricted and has no Malay."""

    def __init__(self) -> None:
        from langdetect import DetectorFactory

        DetectorFactory.seed = 0

    def one(self, text: str) -> str:
        """Detect with ``detect``; zh-cn/zh-tw count as zh."""
        from langdetect import LangDetectException, detect

        try:
            code = str(detect(text))
        except LangDetectException:
            return "und"
        return "zh" if code.startswith("zh") else code


class LabelDeskRunner(Runner):
    """``labeldesk.langid.LanguageDetector`` (py3langid + script fast path + markers)."""

    batch_name = "detect_many"

    def __init__(self, min_confidence: float = DEFAULT_MIN_CONFIDENCE, **options: bool) -> None:
        self.detector = LanguageDetector(LANGUAGES, min_confidence, **options)
        self.detector.detect("warm up")

    def one(self, text: str) -> str:
        """Detect with ``detect``."""
        return self.detector.detect(text).language

    def many(self, texts: Sequence[str]) -> list[str]:
        """Detect with ``detect_many`` (vectorised, one process)."""
        return [d.language for d in self.detector.detect_many(texts)]


CANDIDATES: dict[str, Callable[[], Runner]] = {
    "lingua high accuracy": lambda: LinguaRunner(low_accuracy=False),
    "lingua low accuracy": lambda: LinguaRunner(low_accuracy=True),
    "py3langid": Py3langidRunner,
    "langdetect": LangdetectRunner,
    "**labeldesk.langid** (chosen)": LabelDeskRunner,
    "labeldesk.langid, no ms/id markers": lambda: LabelDeskRunner(malay_indonesian_markers=False),
    "labeldesk.langid, no script fast path": lambda: LabelDeskRunner(script_fast_path=False),
}
SCALES_BY_PROCESS = {"py3langid", "**labeldesk.langid** (chosen)"}
SLOW = {"langdetect"}


def load_samples() -> tuple[list[Sample], list[Sample]]:
    """Return the test set's (main, holdout) samples."""
    main: list[Sample] = []
    holdout: list[Sample] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        (holdout if row.get("split") == "holdout" else main).append(
            Sample(row["text"], row["lang"])
        )
    return main, holdout


def make_conversations(samples: Sequence[Sample], turns: int, seed: int = 7) -> list[Sample]:
    """Join ``turns`` random same-language messages into synthetic conversations."""
    rng = random.Random(seed)
    by_lang: dict[str, list[str]] = defaultdict(list)
    for s in samples:
        by_lang[s.lang].append(s.text)
    return [
        Sample("\n".join(rng.sample(by_lang[lang], turns)), lang)
        for lang in LANGUAGES
        for _ in range(CONVERSATIONS_PER_LANGUAGE)
    ]


def accuracy(predicted: Sequence[str], samples: Sequence[Sample]) -> dict[str, float]:
    """Per-language and overall ("all") share of correct predictions."""
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for p, s in zip(predicted, samples, strict=True):
        for key in (s.lang, "all"):
            total[key] += 1
            right[key] += p == s.lang
    return {k: right[k] / total[k] for k in total}


def best_rate(
    run: Callable[[], object],
    count: int,
    repeats: int = 3,
    clock: Callable[[], float] = time.process_time,
) -> float:
    """Items per second of ``clock`` for ``run`` (``count`` items), best of ``repeats``."""
    best = float("inf")
    for _ in range(repeats):
        start = clock()
        run()
        best = min(best, clock() - start)
    return count / best


_worker: Runner | None = None


def _init_worker(name: str, barrier: Barrier) -> None:
    """Pool initializer: build the named runner, then wait until all workers are ready."""
    global _worker
    _worker = CANDIDATES[name]()
    _worker.many(["warm up"])
    barrier.wait()


def _work(texts: list[str]) -> int:
    """Pool task: detect a chunk with the worker's runner."""
    assert _worker is not None
    return len(_worker.many(texts))


def two_process_rate(name: str, texts: Sequence[str]) -> float:
    """Texts per second for ``name`` split over 2 worker processes (the machine's cores)."""
    ctx = multiprocessing.get_context()
    barrier = ctx.Barrier(3)
    with ctx.Pool(2, initializer=_init_worker, initargs=(name, barrier)) as pool:
        barrier.wait()
        size = -(-len(texts) // 8)  # 8 equal chunks keep both workers busy to the end
        chunks = [list(texts[i : i + size]) for i in range(0, len(texts), size)]
        return best_rate(lambda: pool.map(_work, chunks), len(texts), clock=time.perf_counter)


def throughput(name: str, runner: Runner, texts: Sequence[str]) -> dict[str, float]:
    """Measure single, batch and (where it applies) 2-process throughput on ``texts``."""
    if name in SLOW:
        return {"single": best_rate(lambda: [runner.one(t) for t in texts], len(texts), 1)}
    rates = {"single": best_rate(lambda: [runner.one(t) for t in texts], len(texts))}
    if runner.batch_name != "—":
        rates["batch"] = best_rate(lambda: runner.many(texts), len(texts))
    if name in SCALES_BY_PROCESS:
        rates["2 processes"] = two_process_rate(name, texts)
    return rates


def fmt_rate(rate: float | None) -> str:
    """Format a rate for a table cell."""
    return "—" if rate is None else f"{rate:,.0f}"


def fmt_acc(acc: dict[str, float], key: str) -> str:
    """Format an accuracy for a table cell."""
    return f"{acc[key]:.3f}" if key in acc else "—"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Render a markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def compare_section(messages: list[Sample], conversations: list[Sample]) -> str:
    """Accuracy and throughput of every candidate, on messages and on conversations."""
    msg_rows: list[list[str]] = []
    conv_rows: list[list[str]] = []
    msg_texts = [s.text for s in messages] * 10
    conv_texts = [s.text[:CAP] for s in conversations] * 4
    for name, factory in CANDIDATES.items():
        runner = factory()
        acc = accuracy(runner.many([s.text for s in messages]), messages)
        rates = throughput(name, runner, msg_texts)
        msg_rows.append(
            [name]
            + [fmt_acc(acc, k) for k in (*LANGUAGES, "all")]
            + [fmt_rate(rates.get(m)) for m in MODES]
        )
        if name in SLOW:
            continue
        cacc = accuracy(runner.many([s.text[:CAP] for s in conversations]), conversations)
        crates = throughput(name, runner, conv_texts)
        per_million = f"{1e6 / (2 * max(crates['single'], crates.get('batch', 0.0))):.1f}"
        conv_rows.append(
            [name]
            + [fmt_acc(cacc, k) for k in (*LANGUAGES, "all")]
            + [fmt_rate(crates.get(m)) for m in MODES]
            + [per_million]
        )
    head = ["detector", *LANGUAGES, "all"]
    return "\n\n".join(
        [
            f"## Messages ({len(messages)} messages; messages per CPU-second, "
            "2 processes: per wall-clock second)",
            table([*head, "single", "batch API", "2 processes"], msg_rows),
            f"## Conversations ({len(conversations)} synthetic conversations of "
            f"{CUSTOMER_TURNS} customer turns, first {CAP} chars; conversations per CPU-second, "
            "2 processes: per wall-clock second)",
            table([*head, "single", "batch API", "2 processes", "s per 1M on 2 cores"], conv_rows),
        ]
    )


def cap_rows(
    samples: list[Sample], caps: Sequence[int], first_pass: int = langid.FIRST_PASS_CHARS
) -> list[list[str]]:
    """Accuracy and one-process throughput of the chosen detector for each cap."""
    detector = LanguageDetector(LANGUAGES, first_pass_chars=first_pass)
    rows: list[list[str]] = []
    for cap in caps:
        texts = [s.text[:cap] for s in samples]
        acc = accuracy([d.language for d in detector.detect_many(texts)], samples)
        rate = best_rate(partial(detector.detect_many, texts), len(texts))
        rows.append([str(cap), *(fmt_acc(acc, k) for k in (*LANGUAGES, "all")), fmt_rate(rate)])
    return rows


def first_pass_rows(samples: list[Sample]) -> list[list[str]]:
    """The same at one cap, varying the first-pass length (1000 = score the whole text)."""
    return [[str(first), *cap_rows(samples, [CAP], first)[0][1:]] for first in FIRST_PASSES]


def cap_section(long_conversations: list[Sample]) -> str:
    """Effect of the conversation cap and of the first-pass length on the chosen detector."""
    mean = sum(len(s.text) for s in long_conversations) / len(long_conversations)
    head = [*LANGUAGES, "all", "per CPU-second"]
    return "\n\n".join(
        [
            f"## Truncation (labeldesk.langid; {len(long_conversations)} conversations of "
            f"{LONG_TURNS} customer turns, mean {mean:.0f} chars; detect_many, "
            "conversations per CPU-second)",
            f"Conversation cap (first pass {langid.FIRST_PASS_CHARS} chars, rescoring the "
            f"whole capped text below confidence {langid.RESCORE_BELOW}):",
            table(["cap (chars)", *head], cap_rows(long_conversations, CAPS)),
            f"First-pass length, at the {CAP}-char cap:",
            table(["first pass (chars)", *head], first_pass_rows(long_conversations)),
        ]
    )


def mix_section(conversations: list[Sample]) -> str:
    """Throughput of the chosen detector by script mix (the fast path skips the model)."""
    mixes = {
        "all 7 languages (as above)": LANGUAGES,
        "Latin script only (en, id, ms, vi, tl)": ("en", "id", "ms", "vi", "tl"),
        "Thai and Chinese only": ("th", "zh"),
    }
    detector = LanguageDetector(LANGUAGES)
    rows: list[list[str]] = []
    for label, langs in mixes.items():
        texts = [s.text[:CAP] for s in conversations if s.lang in langs] * 4
        rate = best_rate(partial(detector.detect_many, texts), len(texts))
        rows.append([label, fmt_rate(rate), f"{1e6 / (2 * rate):.1f}"])
    return "\n\n".join(
        [
            f"## Script mix (labeldesk.langid, detect_many, first {CAP} chars)",
            table(["conversations", "per CPU-second", "s per 1M on 2 cores"], rows),
        ]
    )


def confidence_rows(samples: Sequence[Sample]) -> list[list[str]]:
    """Coverage and accuracy of the chosen detector for each min_confidence."""
    raw = LanguageDetector(LANGUAGES, 0.0).detect_many([s.text[:CAP] for s in samples])
    rows: list[list[str]] = []
    for threshold in CONFIDENCES:
        kept = [(d, s) for d, s in zip(raw, samples, strict=True) if d.confidence >= threshold]
        right = sum(d.language == s.lang for d, s in kept)
        rows.append(
            [
                f"{threshold:.1f}",
                f"{len(kept) / len(samples):.3f}",
                f"{right / len(kept):.3f}" if kept else "—",
                f"{right / len(samples):.3f}",
            ]
        )
    return rows


def confidence_section(messages: list[Sample], conversations: list[Sample]) -> str:
    """The min_confidence sweep, for messages and for conversations."""
    head = ["min_confidence", "answered", "accuracy of answered", "accuracy (und = wrong)"]
    return "\n\n".join(
        [
            "## min_confidence (labeldesk.langid): messages",
            table(head, confidence_rows(messages)),
            "## min_confidence (labeldesk.langid): conversations",
            table(head, confidence_rows(conversations)),
        ]
    )


def holdout_section(holdout: list[Sample]) -> str:
    """Accuracy on messages written after the marker lexicon was frozen."""
    if not holdout:
        return ""
    rows: list[list[str]] = []
    langs = sorted({s.lang for s in holdout})
    for name in ("py3langid", "lingua high accuracy", "**labeldesk.langid** (chosen)"):
        acc = accuracy(CANDIDATES[name]().many([s.text for s in holdout]), holdout)
        rows.append([name, *(fmt_acc(acc, k) for k in (*langs, "all"))])
    return "\n\n".join(
        [
            f"## Holdout ({len(holdout)} messages written after the ms/id markers were frozen)",
            table(["detector", *langs, "all"], rows),
        ]
    )


def environment() -> str:
    """Versions and machine, for the record."""
    versions = ", ".join(
        f"{p} {metadata.version(p)}"
        for p in ("lingua-language-detector", "py3langid", "langdetect", "numpy")
    )
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"Python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}; "
        f"{versions}. Load average at start: {load}."
    )


def main() -> None:
    """Run every measurement and print the markdown report."""
    messages, holdout = load_samples()
    conversations = make_conversations(messages, CUSTOMER_TURNS)
    long_conversations = make_conversations(messages, LONG_TURNS, seed=11)
    sections = [
        "# Language detection benchmark",
        environment(),
        compare_section(messages, conversations),
        mix_section(conversations),
        cap_section(long_conversations),
        confidence_section(messages, conversations),
        holdout_section(holdout),
    ]
    print("\n\n".join(s for s in sections if s))


if __name__ == "__main__":
    main()
