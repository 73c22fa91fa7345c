"""Detect the language of customer-service chat text, per message and per conversation.

The detector is py3langid's naive Bayes model restricted to the languages a batch is
expected to hold, scored in vectorised batches, with two additions measured in
``bench/bench_langid.py``: a script fast path (a script used by exactly one expected
language, such as Thai or Han, decides without the model) and a Malay/Indonesian marker
lexicon that moves probability between ``ms`` and ``id``, which the model alone often
confuses on informal chat. Text is scored on its first ``FIRST_PASS_CHARS`` characters
and rescored on up to ``MODEL_CHAR_CAP`` only when that is not conclusive. numpy and
py3langid are imported, and the model loaded, on first use.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

    from labeldesk.langid_scorer import Scorer


__all__ = [
    "CONVERSATION_CHAR_CAP",
    "DEFAULT_EXPECTED",
    "DEFAULT_MIN_CONFIDENCE",
    "SUPPORTED_LANGUAGES",
    "UNKNOWN",
    "Detection",
    "LanguageDetector",
]

UNKNOWN: Final = "und"
"""ISO 639-2 code for "undetermined", returned when the detector will not guess."""

DEFAULT_EXPECTED: Final[tuple[str, ...]] = ("en", "th", "id", "ms", "vi", "tl", "zh")

DEFAULT_MIN_CONFIDENCE: Final = 0.5
"""Below this confidence a detection is reported as ``und`` (see bench/results/langid.md)."""

CONVERSATION_CHAR_CAP: Final = 300
"""Characters of joined customer turns considered for one conversation."""

FIRST_PASS_CHARS: Final = 120
"""Characters scored first; most texts are decided on these alone."""

RESCORE_BELOW: Final = 0.9
"""A first-pass confidence below this rescores the text on up to ``MODEL_CHAR_CAP``."""

MODEL_CHAR_CAP: Final = 1000
"""No more than this many characters of any text are considered."""

SUPPORTED_LANGUAGES: Final[tuple[str, ...]] = (
    "af", "am", "an", "ar", "as", "az", "ba", "be", "bg", "bn", "br", "bs", "ca", "cs",
    "cy", "da", "de", "dz", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fo", "fr",
    "fy", "ga", "gd", "gl", "gu", "ha", "he", "hi", "hr", "ht", "hu", "hy", "id", "ig",
    "is", "it", "ja", "jv", "ka", "kk", "km", "kn", "ko", "ku", "ky", "la", "lb", "lg",
    "ln", "lo", "lt", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "mt", "my", "ne", "nl",
    "nn", "no", "oc", "om", "or", "pa", "pl", "ps", "pt", "qu", "ro", "ru", "rw", "sa",
    "se", "si", "sk", "sl", "sn", "so", "sq", "sr", "st", "sv", "sw", "ta", "te", "tg",
    "th", "tk", "tl", "tr", "tt", "ug", "uk", "ur", "uz", "vi", "vo", "wa", "xh", "yo",
    "zh", "zu",
)  # fmt: skip
"""ISO 639-1 codes of the languages in py3langid 0.4's model."""

_BATCH_SIZE: Final = 2048
_MARKER_LOG_ODDS: Final = 2.0
"""Shift of the Malay-vs-Indonesian log-odds per unit of marker weight (about 7:1)."""

_NOISE_RE: Final = re.compile(r"https?://[!-~]+|(?<![\w#/.-])[A-Za-z#/._-]*+\d[\w#/.-]*", re.A)
"""URLs and ASCII tokens with digits (order ids, amounts, phones) carry no language."""
_LETTER_RE: Final = re.compile(r"[^\W\d_]")
_LATIN_RE: Final = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_WORD_RE: Final = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Detection:
    """The language detected for one text.

    Attributes
    ----------
    language : str
        ISO 639-1 code, or ``"und"`` when unknown (no letters, or confidence below the
        detector's ``min_confidence``).
    confidence : float
        Probability of the best language among the expected ones, in [0, 1]; 1.0 when
        decided by script (e.g. Thai letters outnumber Latin ones and ``th`` is expected).
    """

    language: str
    confidence: float


# (language, character ranges of a script only that language uses). Ordered: kana
# before Han, so Japanese with kanji is not taken for Chinese.
_SCRIPT_RULES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (language, re.compile(f"[{ranges}]"))
    for language, ranges in (
        ("ja", "\u3040-\u30ff"),
        ("ko", "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"),
        ("zh", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"),
        ("th", "\u0e00-\u0e7f"),
        ("lo", "\u0e80-\u0eff"),
        ("km", "\u1780-\u17ff"),
        ("my", "\u1000-\u109f"),
        ("el", "\u0370-\u03ff"),
        ("hy", "\u0530-\u058f"),
        ("ka", "\u10a0-\u10ff"),
        ("he", "\u0590-\u05ff"),
        ("gu", "\u0a80-\u0aff"),
        ("pa", "\u0a00-\u0a7f"),
        ("ta", "\u0b80-\u0bff"),
        ("te", "\u0c00-\u0c7f"),
        ("kn", "\u0c80-\u0cff"),
        ("ml", "\u0d00-\u0d7f"),
        ("si", "\u0d80-\u0dff"),
    )
)


def _weights(words: str, weight: float) -> dict[str, float]:
    """Map each space-separated word to ``weight``."""
    return dict.fromkeys(words.split(), weight)


# Words typical of Malaysian Malay (positive) or of Indonesian (negative) chat; 1 for a
# strong marker, 0.5 for a word also used in the other language. Written from general
# usage, not fitted to the test set.
_MARKERS: Final[dict[str, float]] = {
    **_weights(
        "tak nak dah je sahaja percuma wang kat macam takde takpe tiada cik encik awak "
        "korang kedai akaun nombor kad telefon emel baucar invois saiz caj rosak hantar "
        "dihantar penghantaran sekejap faham sikit teruk tarikh maklumat aduan waranti "
        "sejuk jepun ahad ringgit rm pejabat esok mahu jom sila baki kecik kerana",
        1.0,
    ),
    **_weights("boleh kereta bila lepas semula semalam bayaran guna lambat ni tu ye la", 0.5),
    **_weights(
        "nggak ngga enggak gak bisa mau aja gratis uang mobil udah kok sih dong deh nih "
        "banget gimana kapan kemarin besok mbak nomor kartu telepon nelpon toko akun "
        "rusak ongkir resi pengiriman dikirim lemot pulsa rekening tagihan ukuran nunggu "
        "makasih jepang kurir faktur jadwal silakan dikit ngapain karena gue gw dapet "
        "pake rp",
        -1.0,
    ),
    **_weights("tidak saja kak min ga kirim paket dingin cuma harus pakai", -0.5),
}

def _clean(text: str) -> str:
    """Cap the length and drop URLs and ASCII tokens with digits."""
    return _NOISE_RE.sub(" ", text[:MODEL_CHAR_CAP]).strip()


def _script_language(text: str, rules: Sequence[tuple[str, re.Pattern[str]]]) -> str | None:
    """Return the language whose own script has at least as many letters as Latin."""
    if text.isascii():
        return None
    latin: int | None = None
    for language, pattern in rules:
        if letters := len(pattern.findall(text)):
            latin = len(_LATIN_RE.findall(text)) if latin is None else latin
            if letters >= latin:
                return language
    return None


def _marker_score(text: str) -> float:
    """Return the marker weight in ``text``: positive leans Malay, negative Indonesian."""
    return sum(_MARKERS.get(word, 0.0) for word in _WORD_RE.findall(text.lower()))


def _shift_malay_indonesian(probs: list[float], ms: int, id_: int, score: float) -> None:
    """Move probability between Malay and Indonesian by the marker ``score``, in place."""
    family = probs[ms] + probs[id_]
    if score == 0.0 or family <= 0.0:
        return
    log_odds = math.log(max(probs[ms], 1e-12) / max(probs[id_], 1e-12))
    log_odds = max(-50.0, min(50.0, log_odds + score * _MARKER_LOG_ODDS))
    probs[ms] = family / (1.0 + math.exp(-log_odds))
    probs[id_] = family - probs[ms]


def _join_capped(texts: Sequence[str], cap: int) -> str:
    """Join texts with newlines, keeping the first ``cap`` characters."""
    parts: list[str] = []
    size = 0
    for text in texts:
        if size >= cap:
            break
        parts.append(text)
        size += len(text) + 1
    return "\n".join(parts)[:cap]


def validate_expected(expected: Sequence[str]) -> tuple[str, ...]:
    """Return ``expected`` as a tuple without repeats, or raise ValueError on a bad code."""
    if isinstance(expected, str):
        raise TypeError("expected must be a sequence of language codes, not a string")
    codes = tuple(dict.fromkeys(expected))
    if not codes:
        raise ValueError("expected must name at least one language")
    for code in codes:
        if code not in SUPPORTED_LANGUAGES:
            supported = ", ".join(SUPPORTED_LANGUAGES)
            raise ValueError(f"unsupported language code {code!r}; supported: {supported}")
    return codes


class LanguageDetector:
    """Detects which of the expected languages a customer-service text is written in.

    Parameters
    ----------
    expected : Sequence[str]
        ISO 639-1 codes of the languages the texts may be in (see
        ``SUPPORTED_LANGUAGES``). Fewer languages give better accuracy.
    min_confidence : float
        Detections below this confidence are reported as ``"und"``.
    script_fast_path : bool
        Decide without the model when a script used by only one expected language
        (Thai, Han, Hangul, ...) has at least as many letters as the Latin script.
    malay_indonesian_markers : bool
        When both ``ms`` and ``id`` are expected, move probability between them by
        marker words (``tak``, ``nak``, ``kedai``... versus ``nggak``, ``mau``, ``toko``...).
    first_pass_chars : int
        Characters scored first; a text longer than this whose first-pass confidence is
        below ``RESCORE_BELOW`` is rescored on all of its (capped, cleaned) text.

    Raises
    ------
    ValueError
        If a code in ``expected`` is not supported, ``min_confidence`` is not in [0, 1]
        or ``first_pass_chars`` is not positive.

    Notes
    -----
    The model loads on the first detection, not here. Results are deterministic: a text
    gets the same detection alone or in any batch. Instances can be pickled (to send to
    worker processes); the copy loads its own model on first use.
    """

    def __init__(
        self,
        expected: Sequence[str] = DEFAULT_EXPECTED,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        *,
        script_fast_path: bool = True,
        malay_indonesian_markers: bool = True,
        first_pass_chars: int = FIRST_PASS_CHARS,
    ) -> None:
        self._expected = validate_expected(expected)
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be in [0, 1], got {min_confidence!r}")
        self._min_confidence = float(min_confidence)
        self._fast_path = script_fast_path
        self._rules = tuple(r for r in _SCRIPT_RULES if script_fast_path and r[0] in expected)
        self._markers = malay_indonesian_markers and {"ms", "id"} <= set(self._expected)
        if first_pass_chars < 1:
            raise ValueError(f"first_pass_chars must be positive, got {first_pass_chars!r}")
        self._first_pass = first_pass_chars
        self._scorer: Scorer | None = None
        self._scorer_lock = threading.Lock()

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickle the settings only; the model is reloaded where the copy is used."""
        options = (self._expected, self._min_confidence, self._fast_path, self._markers)
        return (_rebuild, (*options, self._first_pass))

    @property
    def expected(self) -> tuple[str, ...]:
        """The expected language codes, in the order given."""
        return self._expected

    @property
    def min_confidence(self) -> float:
        """Confidence below which a detection is reported as ``"und"``."""
        return self._min_confidence

    def detect(self, text: str) -> Detection:
        """Detect the language of one text.

        Parameters
        ----------
        text : str
            A message or any other text; at most ``MODEL_CHAR_CAP`` characters count.

        Returns
        -------
        Detection
            ``("und", 0.0)`` for text without letters (once URLs and tokens with
            digits are dropped); ``("und", confidence)`` below ``min_confidence``.
        """
        return self.detect_many((text,))[0]

    def detect_many(self, texts: Sequence[str]) -> list[Detection]:
        """Detect many texts; the same answers as `detect` one by one, only faster.

        Parameters
        ----------
        texts : Sequence[str]
            Texts to detect, scored in vectorised batches in this process. For more
            cores, split the texts over worker processes (the detector pickles).

        Returns
        -------
        list[Detection]
            One detection per text, in order.
        """
        results: list[Detection] = []
        for start in range(0, len(texts), _BATCH_SIZE):
            results.extend(self._detect_batch(texts[start : start + _BATCH_SIZE]))
        return results

    def detect_conversation(
        self, customer_texts: Sequence[str], max_chars: int = CONVERSATION_CHAR_CAP
    ) -> Detection:
        """Detect a conversation's language from its customer turns.

        Parameters
        ----------
        customer_texts : Sequence[str]
            The customer's turns in order. Leave agent and bot turns out: they are
            often templates in another language.
        max_chars : int
            Only the first ``max_chars`` characters of the joined turns are used.

        Returns
        -------
        Detection
            The conversation's language.
        """
        return self.detect(_join_capped(customer_texts, max_chars))

    def detect_conversations(
        self, conversations: Sequence[Sequence[str]], max_chars: int = CONVERSATION_CHAR_CAP
    ) -> list[Detection]:
        """Detect many conversations at once; see `detect_conversation`.

        Parameters
        ----------
        conversations : Sequence[Sequence[str]]
            For each conversation, its customer turns in order.
        max_chars : int
            Only the first ``max_chars`` characters of each conversation's turns are used.

        Returns
        -------
        list[Detection]
            One detection per conversation, in order.
        """
        return self.detect_many([_join_capped(turns, max_chars) for turns in conversations])

    def _detect_batch(self, texts: Sequence[str]) -> list[Detection]:
        """Detect one batch: early answers, a first pass, then rescoring the unsure."""
        cleaned = [_clean(text) for text in texts]
        results = [self._without_model(text) for text in cleaned]
        pending = [i for i, r in enumerate(results) if r is None]
        firsts = self._score([cleaned[i][: self._first_pass] for i in pending])
        unsure: list[int] = []
        for i, first in zip(pending, firsts, strict=True):
            results[i] = first
            if first.confidence < RESCORE_BELOW and len(cleaned[i]) > self._first_pass:
                unsure.append(i)
        for i, second in zip(unsure, self._score([cleaned[i] for i in unsure]), strict=True):
            results[i] = second
        return [self._threshold(r) for r in results if r is not None]

    def _without_model(self, text: str) -> Detection | None:
        """Return the detection of text without letters or in a unique script, else None."""
        if not _LETTER_RE.search(text):
            return Detection(UNKNOWN, 0.0)
        language = _script_language(text, self._rules)
        return None if language is None else Detection(language, 1.0)

    def _score(self, texts: Sequence[str]) -> list[Detection]:
        """Run the model on ``texts`` and pick the best language of each, unthresholded."""
        if not texts:
            return []
        scorer = self._get_scorer()
        ms, id_ = (scorer.languages.index(c) for c in ("ms", "id")) if self._markers else (0, 0)
        detections: list[Detection] = []
        for text, probs in zip(texts, scorer.probabilities(texts), strict=True):
            if self._markers and probs[ms] + probs[id_] > 0.05:
                _shift_malay_indonesian(probs, ms, id_, _marker_score(text))
            best = max(range(len(probs)), key=probs.__getitem__)
            detections.append(Detection(scorer.languages[best], min(1.0, probs[best])))
        return detections

    def _threshold(self, detection: Detection) -> Detection:
        """Return ``detection``, or ``und`` with its confidence if below the minimum."""
        if detection.confidence < self._min_confidence:
            return Detection(UNKNOWN, detection.confidence)
        return detection

    def _get_scorer(self) -> Scorer:
        """Build the model scorer on first use."""
        with self._scorer_lock:
            if self._scorer is None:
                from labeldesk.langid_scorer import Scorer

                self._scorer = Scorer(self._expected)
            return self._scorer


def _rebuild(
    expected: tuple[str, ...],
    min_confidence: float,
    fast_path: bool,
    markers: bool,
    first_pass: int,
) -> LanguageDetector:
    """Recreate a pickled `LanguageDetector` from its settings."""
    return LanguageDetector(
        expected,
        min_confidence,
        script_fast_path=fast_path,
        malay_indonesian_markers=markers,
        first_pass_chars=first_pass,
    )
