"""Type-ahead fuzzy search over a taxonomy's labels: names in every language, synonyms and keys.

A :class:`LabelSearch` is built once per taxonomy version and answers each keystroke from
precomputed, case- and accent-folded words:

- every query token must match some field of the label (AND), as a whole word, the start of
  a word, a substring of a word, or a word with a typo (in that order of rank);
- Thai and Chinese are written without spaces, so a run of their script is one "word" and a
  query token matches inside it by substring;
- the typo part runs in rapidfuzz over the vocabulary of unique words (an inverted index
  maps a word to the fields that contain it), so the cost of a keystroke grows with the
  vocabulary, not with the number of labels times fields.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from labeldesk.taxonomy.dto import LabelDTO

#: Score of a query that equals a whole field (``Refund`` for the name ``Refund``).
EXACT = 1.0
#: Score of a token that equals a word of a field.
WORD = 0.9
#: Score of a token that starts a word; up to ``SPAN`` more the more of the word it covers.
PREFIX = 0.75
#: Score of a token found inside a word (Thai, Chinese, or the middle of a Latin word).
SUBSTRING = 0.55
#: Score of a token that matches a word (or a word's start) with a typo; up to ``2 * SPAN`` more.
FUZZY = 0.3
#: How much the closeness of a match can add within its kind.
SPAN = 0.1
#: Taken off a match in a synonym or in the key, so a name that matches ranks first.
FIELD_PENALTY = {"synonym": 0.02, "key": 0.04}
#: Tokens shorter than this are not matched with typos.
FUZZY_MIN = 4
#: Tokens of at least this length may have two typos; shorter ones one.
FUZZY_TWO = 8
#: Word-start lengths precomputed for typo matching of the start of a word.
_MAX_TRUNC = 16
#: Most token results kept between keystrokes (each keystroke usually repeats earlier tokens).
_CACHE_SIZE = 64

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class SearchHit:
    """One label that matches a query.

    Attributes
    ----------
    key
        The label's key.
    score
        Higher is better: 1.0 for a whole-field match, about 0.9 for whole words, 0.75 to 0.85
        for word starts, 0.55 to 0.65 inside words, 0.3 to 0.5 for typos, plus any boost.
    text
        The text that matched best, as written in the taxonomy.
    field
        Where ``text`` comes from: ``name``, ``name_<lang>`` (e.g. ``name_th``), ``synonym``
        or ``key``.
    """

    key: str
    score: float
    text: str
    field: str


class _FoldTable(dict[int, int | None]):
    """``str.translate`` table: drop Latin accents, map ``đ`` to ``d``, separators to spaces.

    Filled lazily, one code point at a time, so any script costs one lookup per character.
    """

    def __missing__(self, code: int) -> int | None:
        """Decide (once) what the code point ``code`` becomes."""
        value: int | None = code
        if 0x300 <= code <= 0x36F:  # combining diacritical marks, split off by NFKD
            value = None
        elif code == 0x111:  # đ (Vietnamese) has no decomposition
            value = ord("d")
        elif unicodedata.category(chr(code))[0] in "PSZC":  # punctuation, symbols, spaces
            value = 0x20
        self[code] = value
        return value


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` lower-cased, without Latin accents, punctuation turned into spaces.

    Thai vowel and tone marks are kept (they are not Latin accents): ``"Hoàn TIỀN"`` gives
    ``"hoan tien"``; ``"cancel_order"`` gives ``"cancel order"``.
    """
    return unicodedata.normalize("NFKD", text).casefold().translate(_FOLD)


def field_words(text: str) -> list[str]:
    """The folded words of ``text``: split at separators and at camelCase humps.

    The unsplit run is kept as well: ``"CheckBalance"`` gives ``check``, ``balance`` and
    ``checkbalance``.
    """
    return _analyse(text)[0]


def _analyse(text: str) -> tuple[list[str], set[str]]:
    """``text``'s words (see :func:`field_words`) and the whole-field forms a query must equal.

    The forms are the words joined by single spaces, with and without the camelCase split.
    """
    runs = fold(text).split()
    humps = fold(_CAMEL.sub(" ", text)).split() if _CAMEL.search(text) else runs
    return list(dict.fromkeys([*humps, *runs])), {" ".join(runs), " ".join(humps)}


def _is_ideographic(token: str) -> bool:
    """Whether ``token`` is CJK script, where one character is already a word."""
    return any(
        0x3040 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF or ord(c) >= 0x20000 for c in token
    )


def _label_fields(label: LabelDTO, languages: Collection[str] | None) -> Iterable[tuple[str, str]]:
    """(field, text) pairs searched for ``label``."""
    yield "name", label.name
    for lang, name in label.names.items():
        if name and (languages is None or lang in languages):
            yield f"name_{lang}", name
    for synonym in label.synonyms:
        if synonym:
            yield "synonym", synonym
    yield "key", label.key


class LabelSearch:
    """Fuzzy type-ahead search over the labels of one taxonomy version.

    Parameters
    ----------
    labels
        The labels, in taxonomy (depth-first) order: equal scores rank in this order.
    languages
        Which translated names (``LabelDTO.names``) to search; None for all of them.

    Notes
    -----
    Each word of the vocabulary (sorted, for prefix ranges by bisection) owns a slice of two
    flat arrays: the labels whose fields contain it, and the smallest field penalty with
    which each does. A token's matching words become per-label scores in one vectorised
    ``np.maximum.at``; tokens combine as dense arrays of one score per label.
    """

    def __init__(
        self, labels: Sequence[LabelDTO], *, languages: Collection[str] | None = None
    ) -> None:
        self._keys = [label.key for label in labels]
        self._pos = {key: i for i, key in enumerate(self._keys)}
        self._deprecated = np.array([label.deprecated for label in labels], dtype=bool)
        self._fields = _Fields()
        exact: dict[str, list[int]] = defaultdict(list)
        seen: dict[str, tuple[list[str], set[str]]] = {}  # names repeat across branches
        for idx, label in enumerate(labels):
            for kind, text in _label_fields(label, languages):
                analysed = seen.get(text)
                if analysed is None:
                    analysed = seen[text] = _analyse(text)
                words, forms = analysed
                fid = self._fields.add(idx, kind, text, words)
                for form in forms:
                    exact[form].append(fid)
        self._exact = dict(exact)
        self._vocab = sorted(self._fields.postings)
        self._lens = np.array([len(word) for word in self._vocab], dtype=np.float64)
        self._flat_labels, self._flat_penalty, self._starts, self._counts = _flatten(
            self._vocab, self._fields
        )
        self._prefixes = _word_starts(self._vocab)
        self._cache: dict[str, _TokenMatch] = {}

    def __len__(self) -> int:
        """How many labels the search covers."""
        return len(self._keys)

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        boost: Mapping[str, float] | None = None,
        include_deprecated: bool = False,
    ) -> list[SearchHit]:
        """The labels that match ``query``, best first.

        Parameters
        ----------
        query
            What the user typed; an empty query (or only punctuation) matches nothing.
        limit
            Most hits returned.
        boost
            Added to the score of the labels it names (e.g. 0.05 for favourites, 0.03 for
            recent labels). A boost under 0.1 reorders labels within one kind of match; a
            larger one can lift a label above better matches.
        include_deprecated
            Whether deprecated labels may be returned.

        Returns
        -------
        list[SearchHit]
            Highest score first; equal scores in taxonomy order.
        """
        tokens = list(dict.fromkeys(fold(query).split()))
        if not tokens or limit <= 0 or not self._keys:
            return []
        matches = [self._match_token(token) for token in tokens]
        found = matches[0].scores > 0
        total = matches[0].scores.copy()
        for match in matches[1:]:
            found &= match.scores > 0
            total += match.scores
        total /= len(matches)
        exact = self._exact_hits(" ".join(tokens))
        for idx, (value, _fid) in exact.items():
            total[idx] = max(total[idx], value)
        if not include_deprecated:
            found &= ~self._deprecated
        for key, value in (boost or {}).items():
            pos = self._pos.get(key)
            if pos is not None:
                total[pos] += value
        candidates = np.flatnonzero(found)
        order = np.lexsort((candidates, -np.round(total[candidates], 6)))[:limit]
        return [self._hit(int(idx), float(total[idx]), matches, exact) for idx in candidates[order]]

    # -- matching -------------------------------------------------------------------------

    def _hit(
        self,
        idx: int,
        score: float,
        matches: Sequence[_TokenMatch],
        exact: Mapping[int, tuple[float, int]],
    ) -> SearchHit:
        """The hit for label ``idx``, naming the field that matched the query best."""
        fields = self._fields
        if idx in exact:
            fid = exact[idx][1]
        else:
            word_scores = [match.word_scores(self._vocab) for match in matches]

            def fit(fid: int) -> float:
                words = fields.words[fid]
                best = (max((ws.get(w, 0.0) for w in words), default=0.0) for ws in word_scores)
                return sum(best) - fields.penalty[fid]

            fid = max(fields.of_label[idx], key=fit)
        return SearchHit(self._keys[idx], round(score, 4), fields.text[fid], fields.kind[fid])

    def _match_token(self, token: str) -> _TokenMatch:
        """Per-label scores of one query token (0: no match), cached between keystrokes."""
        found = self._cache.get(token)
        if found is None:
            ids, values = self._word_matches(token)
            scores = np.zeros(len(self._keys))
            if ids.size:
                counts = self._counts[ids]
                offsets = np.repeat(self._starts[ids] - (np.cumsum(counts) - counts), counts)
                slots = np.arange(int(counts.sum())) + offsets
                gains = np.repeat(values, counts) - self._flat_penalty[slots]
                np.maximum.at(scores, self._flat_labels[slots], gains)
            found = _TokenMatch(scores, ids, values)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[token] = found
        return found

    def _word_matches(self, token: str) -> tuple[np.ndarray, np.ndarray]:
        """Vocabulary word ids that match ``token``, and each match's score (ids may repeat)."""
        size = len(token)
        lo = bisect_left(self._vocab, token)
        hi = bisect_left(self._vocab, token + "\U0010ffff", lo)
        lens = self._lens[lo:hi]
        ids = [np.arange(lo, hi)]
        values = [np.where(lens == size, WORD, PREFIX + SPAN * size / lens)]
        if size >= 2 or _is_ideographic(token):
            inside = np.array([n for n, word in enumerate(self._vocab) if token in word], dtype=int)
            ids.append(inside)
            values.append(SUBSTRING + SPAN * size / self._lens[inside])
        if size >= FUZZY_MIN:
            fuzzy = self._fuzzy(token)
            ids.append(np.array(list(fuzzy), dtype=int))
            values.append(np.array(list(fuzzy.values()), dtype=np.float64))
        return np.concatenate(ids), np.concatenate(values)

    def _fuzzy(self, token: str) -> dict[int, float]:
        """Word id -> score for words within one or two typos of ``token``, or whose start is."""
        size = len(token)
        cutoff = 1 if size < FUZZY_TWO else 2
        scores: dict[int, float] = {}
        for _word, dist, n in process.extract(
            token, self._vocab, scorer=OSA.distance, score_cutoff=cutoff, limit=None
        ):
            scores[n] = FUZZY + 2 * SPAN * (1 - dist / size)
        for length in (size - 1, size, size + 1):
            starts = self._prefixes.get(length)
            if starts is None:
                continue
            for _start, dist, n in process.extract(
                token, starts[0], scorer=OSA.distance, score_cutoff=cutoff, limit=None
            ):
                score = FUZZY + SPAN * (1 - dist / size)
                for wid in starts[1][n]:
                    scores[wid] = max(scores.get(wid, 0.0), score)
        return scores

    def _exact_hits(self, joined: str) -> dict[int, tuple[float, int]]:
        """Label index -> (score, field id) for fields that equal the whole query."""
        hits: dict[int, tuple[float, int]] = {}
        for fid in self._exact.get(joined, ()):
            value = EXACT - self._fields.penalty[fid]
            idx = self._fields.label[fid]
            if idx not in hits or value > hits[idx][0]:
                hits[idx] = (value, fid)
        return hits


class _Fields:
    """The searchable fields of all labels, by field id, and the words' postings."""

    def __init__(self) -> None:
        self.label: list[int] = []
        self.kind: list[str] = []
        self.text: list[str] = []
        self.penalty: list[float] = []
        self.words: list[tuple[str, ...]] = []
        self.of_label: list[list[int]] = []
        #: word -> label index -> smallest penalty of that label's fields with the word
        self.postings: dict[str, dict[int, float]] = defaultdict(dict)

    def add(self, idx: int, kind: str, text: str, words: Sequence[str]) -> int:
        """Record one field of label ``idx`` (labels in order); returns the field's id."""
        fid = len(self.label)
        penalty = FIELD_PENALTY.get(kind, 0.0)
        self.label.append(idx)
        self.kind.append(kind)
        self.text.append(text)
        self.penalty.append(penalty)
        self.words.append(tuple(words))
        if idx == len(self.of_label):
            self.of_label.append([])
        self.of_label[idx].append(fid)
        for word in words:  # a label's fields come name first, key last: the first is the least
            self.postings[word].setdefault(idx, penalty)
        return fid


class _TokenMatch:
    """One query token's per-label scores, and the words it matched (for naming the field)."""

    def __init__(self, scores: np.ndarray, ids: np.ndarray, values: np.ndarray) -> None:
        self.scores = scores
        self._ids = ids
        self._values = values
        self._by_word: dict[str, float] | None = None

    def word_scores(self, vocab: Sequence[str]) -> dict[str, float]:
        """Matched word -> its best score (built on first use)."""
        if self._by_word is None:
            by_word: dict[str, float] = {}
            for wid, value in zip(self._ids.tolist(), self._values.tolist(), strict=True):
                word = vocab[wid]
                by_word[word] = max(by_word.get(word, 0.0), value)
            self._by_word = by_word
        return self._by_word


def _flatten(
    vocab: Sequence[str], fields: _Fields
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The postings as flat arrays: labels, penalties, and each word's start and count."""
    labels: list[int] = []
    penalties: list[float] = []
    starts: list[int] = []
    counts: list[int] = []
    for word in vocab:
        owners = fields.postings[word]
        starts.append(len(labels))
        counts.append(len(owners))
        labels.extend(owners)
        penalties.extend(owners.values())
    return (
        np.array(labels, dtype=np.intp),
        np.array(penalties, dtype=np.float64),
        np.array(starts, dtype=np.intp),
        np.array(counts, dtype=np.intp),
    )


def _word_starts(vocab: Sequence[str]) -> dict[int, tuple[list[str], list[list[int]]]]:
    """Per length n: the distinct n-character starts of longer words, and their word ids."""
    out: dict[int, tuple[list[str], list[list[int]]]] = {}
    for length in range(FUZZY_MIN - 1, _MAX_TRUNC + 1):
        owners: dict[str, list[int]] = defaultdict(list)
        for wid, word in enumerate(vocab):
            if len(word) > length:
                owners[word[:length]].append(wid)
        out[length] = (list(owners), list(owners.values()))
    return out
