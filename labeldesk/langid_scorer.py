"""py3langid's naive Bayes model, restricted to a set of languages and scored in batches.

The model is loaded once per process, on first use (about 0.7 s). Scores equal py3langid's
own ``rank`` with ``norm_probs=True`` up to float rounding; numpy does the arithmetic for a
whole batch of texts at once.
"""

from __future__ import annotations

import threading
import unicodedata
from itertools import chain
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Protocol

    import numpy as np
    from numpy.typing import NDArray

    class _Py3LangidModel(Protocol):
        """The attributes of py3langid's ``LanguageIdentifier`` used here."""

        nb_classes: list[str]
        nb_ptc: NDArray[np.float16]
        nb_pc: NDArray[np.float32]
        tk_nextmove: Sequence[int]
        tk_output: Sequence[int]
        tk_row: Sequence[int]


_model_lock: Final = threading.Lock()
_models: list[_Py3LangidModel] = []


def load_model() -> _Py3LangidModel:
    """Return the shared py3langid identifier (loading takes about 0.7 s, once)."""
    with _model_lock:
        if not _models:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

            _models.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
        return _models[0]


class Scorer:
    """py3langid's naive Bayes model over a fixed set of languages, scored in batches.

    Scores equal py3langid's ``rank`` with ``norm_probs=True`` (up to float rounding);
    a text's scores do not depend on the other texts in its batch.
    """

    def __init__(self, languages: Sequence[str]) -> None:
        import numpy as np

        model = load_model()
        columns = [i for i, label in enumerate(model.nb_classes) if label in languages]
        labels = [model.nb_classes[i] for i in columns]
        first = {label: labels.index(label) for label in labels}
        self.languages: tuple[str, ...] = tuple(first)
        self._aliases = [(first[label], i) for i, label in enumerate(labels) if first[label] != i]
        self._keep = list(first.values())
        self._ptc = np.ascontiguousarray(model.nb_ptc[:, columns], dtype=np.float32)
        self._pc = np.asarray(model.nb_pc[columns], dtype=np.float32)
        self._n_features = len(model.nb_ptc)
        self._nextmove = model.tk_nextmove
        self._output = model.tk_output
        self._rowbase = [row << 8 for row in model.tk_row]

    def probabilities(self, texts: Sequence[str]) -> list[list[float]]:
        """Return, for each text, one probability per language in ``self.languages``."""
        import numpy as np

        encoded = [encode(text) for text in texts]
        found = [self._features(data) for data in encoded]
        sizes = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
        probs = np.full((len(texts), len(self._pc)), 1.0 / len(self._pc), dtype=np.float32)
        scored = sizes > 0
        if scored.any():
            byte_counts = np.fromiter(map(len, encoded), dtype=np.float32, count=len(encoded))
            probs[scored] = self._posteriors(found, sizes, byte_counts[scored])
        for first, dupe in self._aliases:
            probs[:, first] += probs[:, dupe]
        rows: list[list[float]] = probs[:, self._keep].tolist()
        return rows

    def _features(self, data: bytes) -> list[int]:
        """Walk py3langid's byte n-gram automaton over ``data``; return the features hit."""
        nextmove, rowbase, output = self._nextmove, self._rowbase, self._output
        state = 0
        found: list[int] = []
        for byte in data:
            state = nextmove[rowbase[state] + byte]
            if (feature := output[state]) >= 0:
                found.append(feature)
        return found

    def _posteriors(
        self, found: list[list[int]], sizes: NDArray[np.int64], byte_counts: NDArray[np.float32]
    ) -> NDArray[np.float32]:
        """Naive Bayes posteriors from log1p(feature counts), tempered by sqrt(bytes)."""
        import numpy as np

        flat = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=int(sizes.sum()))
        keys = np.repeat(np.arange(len(found)), sizes) * self._n_features + flat
        keys.sort()
        new = np.empty(len(keys), dtype=bool)
        new[0] = True
        np.not_equal(keys[1:], keys[:-1], out=new[1:])
        starts = np.flatnonzero(new)
        counts = np.diff(starts, append=len(keys)).astype(np.float32)
        text_of, feature = np.divmod(keys[starts], self._n_features)
        weighted = self._ptc[feature] * np.log1p(counts)[:, None]
        first_rows = np.searchsorted(text_of, np.flatnonzero(sizes))
        scores = np.add.reduceat(weighted, first_rows, axis=0) + self._pc
        scores *= (1.0 / np.sqrt(byte_counts))[:, None]
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores


def encode(text: str) -> bytes:
    """Normalise ``text`` the way py3langid does before scoring."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
