"""Redaction during an import: masks personal data in each record before it is stored.

The importer calls a :class:`RecordRedactor` on every record that passed its checks (in the
importing process, chunk by chunk as records are read), after the text for language
detection was taken and before the content hash:

- languages are detected on the text as written, so ``--redact`` never changes a
  conversation's language or the labellers it is routed to (detecting on the masked text
  instead would change 2 of the 264 test messages with personal data, both ways);
- the stored hash is of the stored, masked text: a hash of the original next to the masked
  text would let anyone find a masked phone number by trying them all, and an export
  re-imported is recognised as the same conversations.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from labeldesk.redact import SETTING, Redactor

if TYPE_CHECKING:
    from labeldesk.ingest.validate import Checked
    from labeldesk.workspace import Workspace


def make_redactor(ws: Workspace) -> Redactor:
    """A redactor with the workspace's ``redaction.patterns`` (PatternError if one is bad)."""
    return Redactor(ws.get_setting(SETTING), setting=SETTING)


class RecordRedactor:
    """Masks the turns' texts and the string and integer values of the conversation's and
    the turns' metadata, in place, and counts the masked spans per type.

    A metadata key is read as the value's context, so ``"order_id": "5664107866"`` is masked
    by an ORDER pattern that wants a word for "order" before the number; keys are kept.

    The counts travel with the record; the writer adds up those of the conversations it
    stores (not of duplicates it skips).
    """

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
        self._counts: Counter[str] = Counter()

    def __call__(self, checked: Checked) -> dict[str, int] | None:
        """Redact one checked record in place: its turns, metadata, gold explanation (which
        labellers read as feedback) and imported answers' notes; the spans masked per type
        (None if there were none)."""
        counts: Counter[str] = Counter()
        self._counts = counts
        text, rec = self._text, checked.record
        for turn in rec.turns:
            turn.text = text(turn.text)
            if turn.meta:
                turn.meta = self._value(turn.meta)
        if rec.meta:
            rec.meta = self._value(rec.meta)
        if checked.gold is not None and checked.gold.explanation:
            checked.gold.explanation = text(checked.gold.explanation)
        for answer in checked.annotations:
            if answer.note:
                answer.note = text(answer.note)
        return dict(counts) if counts else None

    def _text(self, value: str, key: str = "") -> str:
        context = key.replace("_", " ").replace("-", " ") if key else ""
        redacted, counts = self.redactor.redact(value, context)
        if counts:
            self._counts.update(counts)
        return redacted

    def _value(self, value: Any, key: str = "") -> Any:  # noqa: ANN401 - any JSON value
        if isinstance(value, str):
            return self._text(value, key)
        if isinstance(value, int) and not isinstance(value, bool):  # a number: masked as text
            masked = self._text(str(value), key)
            return value if masked == str(value) else masked
        if isinstance(value, dict):
            return {k: self._value(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self._value(v, key) for v in value]
        return value
