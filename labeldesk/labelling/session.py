"""One labeller's working session, without Qt: the open item, its draft answer, undo, active time.

The window binds keys and widgets to a :class:`LabellingSession`; everything it decides (what
a key does to the draft, what undo reverts, how much time was active) lives here, so it is
tested without a display and the CLI or a script can drive it the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from labeldesk.labelling.dto import Answer, Profile, Saved, WorkItem
from labeldesk.labelling.service import AnnotationError, LabellingService

#: Default seconds without input after which time stops counting as active.
DEFAULT_IDLE_SECONDS = 60.0

#: Most undo steps kept.
UNDO_LIMIT = 200


class ActiveTimer:
    """Counts the seconds a person actively works on the current item.

    Time counts from one input event to the next, at most ``idle_seconds`` for any one gap
    (a person reading still counts, up to the idle timeout), and only while the window has
    focus.

    Parameters
    ----------
    idle_seconds
        Longest gap between inputs that still counts in full.
    clock
        Returns monotonic seconds; tests pass a fake clock.
    """

    def __init__(
        self,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._focused = True
        self._last: float | None = clock()
        self._active = 0.0

    @property
    def seconds(self) -> float:
        """Active seconds so far for the current item, up to now."""
        return self._active + self._pending(self._clock())

    def activity(self) -> None:
        """Input happened (a key, a click, a scroll)."""
        now = self._clock()
        self._active += self._pending(now)
        if self._focused:
            self._last = now

    def set_focused(self, focused: bool) -> None:
        """The window gained or lost focus; unfocused time does not count."""
        now = self._clock()
        self._active += self._pending(now)
        self._focused = focused
        self._last = now if focused else None

    def take(self) -> float:
        """The active seconds for the item, and start counting again for the next one."""
        now = self._clock()
        total = self._active + self._pending(now)
        self._active = 0.0
        self._last = now if self._focused else None
        return total

    def _pending(self, now: float) -> float:
        """Active seconds since the last input that are not yet counted."""
        if self._last is None or not self._focused:
            return 0.0
        return min(max(0.0, now - self._last), self.idle_seconds)


@dataclass
class Draft:
    """The answer being built for the open item, before it is submitted."""

    labels: list[str] = field(default_factory=list)
    turn_labels: dict[int, list[str]] = field(default_factory=dict)
    unsure: bool = False
    note: str = ""

    def answer(self) -> Answer:
        """The draft as an Answer to submit."""
        return Answer(
            labels=tuple(self.labels),
            turn_labels={t: tuple(v) for t, v in self.turn_labels.items() if v},
            unsure=self.unsure,
            note=self.note,
        )

    def copy(self) -> Draft:
        """A deep copy, for the undo stack."""
        return replace(
            self,
            labels=list(self.labels),
            turn_labels={t: list(v) for t, v in self.turn_labels.items()},
        )


@dataclass(frozen=True)
class UndoStep:
    """One undoable action: a change to a draft, or a save (submit/skip)."""

    kind: str  # "edit" or "save"
    assignment_id: str
    description: str
    draft: Draft | None = None  # edit: the draft before the change
    saved: Saved | None = None  # save: what was stored


@dataclass(frozen=True)
class Undone:
    """What :meth:`LabellingSession.undo` undid; ``assignment_id`` is the item to show."""

    kind: str
    assignment_id: str
    description: str


class LabellingSession:
    """The labeller's session: open an item, edit its draft, submit, skip, undo.

    Parameters
    ----------
    service
        The workspace's labelling service.
    user
        Who is working.
    timer
        Counts active time per item.
    """

    def __init__(
        self, service: LabellingService, user: Profile, timer: ActiveTimer | None = None
    ) -> None:
        self.service = service
        self.user = user
        self.timer = timer or ActiveTimer()
        self.item: WorkItem | None = None
        self.draft = Draft()
        self._undo: list[UndoStep] = []

    # -- items ----------------------------------------------------------------------------

    def open(self, assignment_id: str) -> WorkItem:
        """Open an assignment; the draft starts from the labeller's latest answer, if any."""
        item = self.service.open(self.user, assignment_id)
        if self.item is None or self.item.assignment_id != assignment_id:
            self.timer.take()  # time spent elsewhere is not this item's
        self.item = item
        latest = item.latest
        self.draft = Draft()
        if latest is not None and latest.skip_reason is None:
            self.draft = Draft(
                labels=list(latest.labels),
                turn_labels={t: list(v) for t, v in latest.turn_labels.items()},
                unsure=latest.unsure,
                note=latest.note,
            )
        return item

    # -- draft edits ----------------------------------------------------------------------

    def toggle_label(self, key: str, turn: int | None = None) -> list[str]:
        """Choose ``key`` (or un-choose it if chosen), for the conversation or one turn.

        Where the batch takes one label, choosing a label replaces the one chosen before.
        Returns the labels now chosen there.
        """
        item = self._require_item()
        chosen = self.draft.labels if turn is None else self.draft.turn_labels.get(turn, [])
        if key in chosen:
            new = [k for k in chosen if k != key]
            what = f"remove {key}"
        elif item.conversation.multi_label:
            new = [*chosen, key]
            what = f"add {key}"
        else:
            new = [key]
            what = f"choose {key}"
        self._edit(what)
        if turn is None:
            self.draft.labels = new
        elif new:
            self.draft.turn_labels[turn] = new
        else:
            self.draft.turn_labels.pop(turn, None)
        return list(new)

    def clear_labels(self, turn: int | None = None) -> None:
        """Un-choose every label of the conversation (or of one turn)."""
        self._require_item()
        self._edit("clear labels")
        if turn is None:
            self.draft.labels = []
        else:
            self.draft.turn_labels.pop(turn, None)

    def set_unsure(self, unsure: bool) -> None:
        """Flag (or unflag) the answer as unsure."""
        self._require_item()
        if unsure != self.draft.unsure:
            self._edit("mark unsure" if unsure else "clear unsure")
            self.draft.unsure = unsure

    def set_note(self, note: str) -> None:
        """Set the note; consecutive note edits undo as one step."""
        self._require_item()
        if note == self.draft.note:
            return
        top = self._undo[-1] if self._undo else None
        same_note_edit = (
            top is not None
            and top.kind == "edit"
            and top.description == "edit note"
            and self.item is not None
            and top.assignment_id == self.item.assignment_id
        )
        if not same_note_edit:
            self._edit("edit note")
        self.draft.note = note

    # -- saves ----------------------------------------------------------------------------

    def submit(self) -> Saved:
        """Save the draft durably as a new revision; AnnotationError if it can't be saved."""
        item = self._require_item()
        saved = self.service.submit(
            self.user, item.assignment_id, self.draft.answer(), active_seconds=self.timer.take()
        )
        self._push(UndoStep("save", item.assignment_id, "submit", saved=saved))
        return saved

    def skip(self, reason: str) -> Saved:
        """Save a skip with ``reason`` (and the draft's note) as a new revision."""
        item = self._require_item()
        saved = self.service.skip(
            self.user,
            item.assignment_id,
            reason,
            note=self.draft.note,
            active_seconds=self.timer.take(),
        )
        self._push(UndoStep("save", item.assignment_id, "skip", saved=saved))
        return saved

    # -- undo -----------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """Whether there is an action to undo."""
        return bool(self._undo)

    @property
    def undo_text(self) -> str:
        """What undo would undo, e.g. ``submit`` or ``choose ORDER>cancel_order``."""
        return self._undo[-1].description if self._undo else ""

    def undo(self) -> Undone | None:
        """Undo the last action; None if there is none.

        A draft edit restores the draft. A submit or skip appends a revision that restores
        the answer before it (or withdraws it), so the history keeps both; the item is then
        opened again for the labeller to fix.
        """
        if not self._undo:
            return None
        step = self._undo.pop()
        if step.kind == "edit":
            if self.item is None or self.item.assignment_id != step.assignment_id:
                self.open(step.assignment_id)
            assert step.draft is not None
            self.draft = step.draft.copy()
            return Undone("edit", step.assignment_id, step.description)
        assert step.saved is not None
        self.service.revert(self.user, step.assignment_id, step.saved.previous_revision)
        self.open(step.assignment_id)
        return Undone("save", step.assignment_id, step.description)

    def _edit(self, description: str) -> None:
        """Remember the draft before an edit, so undo can restore it."""
        item = self._require_item()
        self._push(UndoStep("edit", item.assignment_id, description, draft=self.draft.copy()))

    def _push(self, step: UndoStep) -> None:
        """Add an undo step, forgetting the oldest past :data:`UNDO_LIMIT`."""
        self._undo.append(step)
        del self._undo[:-UNDO_LIMIT]

    def _require_item(self) -> WorkItem:
        """The open item; AnnotationError if none is open."""
        if self.item is None:
            raise AnnotationError("no item is open")
        return self.item
