"""A review being built for the open item, without Qt: final labels, verdicts, reason, comment.

The reviewer window binds keys and widgets to a :class:`ReviewDraft`; what accepting a slot
or picking a label does to the verdicts is decided here, so it is tested without a display.

Accepting a slot takes its labels (and turn labels) as the final ones, marks it correct and
every slot with other labels incorrect. Picking final labels by hand updates the verdicts of
the slots the reviewer has not flipped by hand: a slot is correct when its labels are the
final labels. Flipping a verdict by hand (correct <-> incorrect) sticks until the next accept.
"""

from __future__ import annotations

from labeldesk.review.dto import ReviewAnswer, ReviewTask, SlotView
from labeldesk.storage.models import CauseCode, Verdict


class ReviewDraft:
    """The reviewer's answer for one opened review task, before it is saved.

    Parameters
    ----------
    task
        The opened task; its ``previous`` review (if any) is the starting point.
    multi_label
        Whether the batch takes several labels per conversation (else picking replaces).
    """

    def __init__(self, task: ReviewTask, multi_label: bool | None = None) -> None:
        self.task = task
        self.multi_label = task.conversation.multi_label if multi_label is None else multi_label
        prev = task.previous
        self.labels: list[str] = list(prev.labels) if prev else []
        self.turn_labels: dict[int, tuple[str, ...]] = dict(prev.turn_labels) if prev else {}
        self.verdicts: dict[str, Verdict | None] = {
            s.slot: (prev.verdicts.get(s.slot) if prev else None) for s in task.slots
        }
        self._manual: set[str] = set(prev.verdicts) if prev else set()
        self.cause: CauseCode | None = prev.cause if prev else None
        self.comment = prev.comment if prev else ""
        self.promote = False
        self.explanation = ""

    @property
    def slots(self) -> tuple[SlotView, ...]:
        """The task's blind slots, in order."""
        return self.task.slots

    def slot(self, name: str) -> SlotView | None:
        """The slot called ``name`` ("A", "B", ...), or None if the item has fewer."""
        return next((s for s in self.task.slots if s.slot == name), None)

    def accept(self, name: str) -> bool:
        """Take slot ``name``'s labels as the final labels; False if there is no such slot."""
        slot = self.slot(name)
        if slot is None or not slot.labels:
            return False
        self.labels = list(slot.labels)
        self.turn_labels = dict(slot.turn_labels)
        self._manual.clear()
        self._follow_labels()
        return True

    def toggle_label(self, key: str) -> None:
        """Pick (or un-pick) a final label; in a single-label batch it replaces the label."""
        if key in self.labels:
            self.labels.remove(key)
        elif self.multi_label:
            self.labels.append(key)
        else:
            self.labels = [key]
        self._follow_labels()

    def clear_labels(self) -> None:
        """Un-pick every final label."""
        self.labels = []
        self._follow_labels()

    def flip(self, name: str) -> Verdict | None:
        """Flip slot ``name``'s verdict (none or incorrect -> correct -> incorrect); the new one."""
        if name not in self.verdicts:
            return None
        new = Verdict.INCORRECT if self.verdicts[name] == Verdict.CORRECT else Verdict.CORRECT
        self.verdicts[name] = new
        self._manual.add(name)
        return new

    @property
    def any_incorrect(self) -> bool:
        """Whether a slot is marked incorrect (then a reason is needed)."""
        return Verdict.INCORRECT in self.verdicts.values()

    def answer(self) -> ReviewAnswer:
        """The draft as a ReviewAnswer (slots without a verdict are left out)."""
        return ReviewAnswer(
            labels=tuple(self.labels),
            turn_labels={t: tuple(v) for t, v in self.turn_labels.items() if v},
            verdicts={k: v for k, v in self.verdicts.items() if v is not None},
            cause=self.cause,
            comment=self.comment.strip(),
            promote_to_gold=self.promote,
            explanation=self.explanation.strip(),
        )

    def _follow_labels(self) -> None:
        """Slots not flipped by hand are correct when they match the final labels."""
        final = set(self.labels)
        for slot in self.task.slots:
            if slot.slot in self._manual:
                continue
            if not final:
                self.verdicts[slot.slot] = None
            else:
                same = set(slot.labels) == final
                self.verdicts[slot.slot] = Verdict.CORRECT if same else Verdict.INCORRECT
