"""The app's actions as data (id, default keys, title, description, group) and their shortcuts,
remapped through the settings and kept current on every QAction that uses them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from labeldesk.ui.settings import SHORTCUTS, AppSettings

# The translation context of action titles, descriptions and group names.
CONTEXT: Final[str] = "Shortcuts"

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class ShortcutAction:
    """One action of the app, as data: the main window makes a QAction from it.

    ``title``, ``description`` and ``group`` are English source texts (the translation
    context is :data:`CONTEXT`); use :meth:`translated_title` and friends to show them.
    ``defaults`` are key sequences in portable text, the first one the main one.
    """

    id: str
    defaults: tuple[str, ...]
    title: str
    description: str
    group: str

    def translated_title(self) -> str:
        """The title in the UI language, for menus and tables."""
        return QCoreApplication.translate(CONTEXT, self.title)

    def translated_description(self) -> str:
        """The description in the UI language, for tooltips and the cheat-sheet."""
        return QCoreApplication.translate(CONTEXT, self.description)

    def translated_group(self) -> str:
        """The group's name in the UI language."""
        return group_title(self.group)

    @property
    def scope(self) -> str | None:
        """The window mode the action works in, or None for everywhere."""
        return SCOPES[self.group]


def group_title(group: str) -> str:
    """A group's name (one of :data:`GROUPS`) in the UI language."""
    return QCoreApplication.translate(CONTEXT, group)


NAVIGATION = QT_TRANSLATE_NOOP("Shortcuts", "Navigation")
LABELLING = QT_TRANSLATE_NOOP("Shortcuts", "Labelling")
CONVERSATION = QT_TRANSLATE_NOOP("Shortcuts", "Conversation")
PICKER = QT_TRANSLATE_NOOP("Shortcuts", "Picker")
REVIEW = QT_TRANSLATE_NOOP("Shortcuts", "Review")
MODES = QT_TRANSLATE_NOOP("Shortcuts", "Modes")
APP = QT_TRANSLATE_NOOP("Shortcuts", "App")

# The groups in the order the cheat-sheet shows them.
GROUPS: Final[tuple[str, ...]] = (
    LABELLING, NAVIGATION, CONVERSATION, PICKER, REVIEW, MODES, APP
)  # fmt: skip

# Where a group's actions work: in one mode of the window ("labelling", "review"), or
# everywhere (None). Actions of different modes may share keys; a global one may not.
SCOPES: Final[dict[str, str | None]] = {
    LABELLING: "labelling",
    NAVIGATION: "labelling",
    CONVERSATION: "labelling",
    PICKER: "labelling",
    REVIEW: "review",
    MODES: None,
    APP: None,
}


def _a(action_id: str, keys: str, title: str, description: str, group: str) -> ShortcutAction:
    """A registry entry; ``keys`` lists the default sequences separated by ``"; "``."""
    return ShortcutAction(action_id, tuple(keys.split("; ")), title, description, group)


# Every action of the app, in the cheat-sheet's order within each group.
ACTIONS: Final[tuple[ShortcutAction, ...]] = (
    _a("submit", "Return; Enter; Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Submit"),
       QT_TRANSLATE_NOOP("Shortcuts", "Save the answer and go to the next item"), LABELLING),
    _a("skip", "Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Skip"),
       QT_TRANSLATE_NOOP("Shortcuts", "Skip this item and give a reason"), LABELLING),
    _a("unsure", "Ctrl+U", QT_TRANSLATE_NOOP("Shortcuts", "Unsure"),
       QT_TRANSLATE_NOOP("Shortcuts", "Mark the answer as unsure"), LABELLING),
    _a("note", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Note"),
       QT_TRANSLATE_NOOP("Shortcuts", "Write a note about this item"), LABELLING),
    _a("undo", "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo"),
       QT_TRANSLATE_NOOP("Shortcuts", "Undo the last action"), LABELLING),
    _a("clear_labels", "Ctrl+Shift+Backspace", QT_TRANSLATE_NOOP("Shortcuts", "Clear labels"),
       QT_TRANSLATE_NOOP("Shortcuts", "Remove every chosen label from this item"), LABELLING),
    _a("back", "Alt+Left", QT_TRANSLATE_NOOP("Shortcuts", "Previous item"),
       QT_TRANSLATE_NOOP("Shortcuts", "Go back to the previous item to revise it"), NAVIGATION),
    _a("forward", "Alt+Right", QT_TRANSLATE_NOOP("Shortcuts", "Next item"),
       QT_TRANSLATE_NOOP("Shortcuts", "Go to the next item"), NAVIGATION),
    _a("focus_queue", "Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "Queue"),
       QT_TRANSLATE_NOOP("Shortcuts", "Move the focus to the queue"), NAVIGATION),
    _a("focus_conversation", "Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Conversation"),
       QT_TRANSLATE_NOOP("Shortcuts", "Move the focus to the conversation"), NAVIGATION),
    _a("focus_picker", "Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "Labels"),
       QT_TRANSLATE_NOOP("Shortcuts", "Move the focus to the label picker"), NAVIGATION),
    _a("feedback", "Ctrl+4", QT_TRANSLATE_NOOP("Shortcuts", "Feedback"),
       QT_TRANSLATE_NOOP("Shortcuts", "Show your feedback: gold results and reviews"),
       NAVIGATION),
    _a("next_customer_turn", "Ctrl+Down", QT_TRANSLATE_NOOP("Shortcuts", "Next customer turn"),
       QT_TRANSLATE_NOOP("Shortcuts", "Jump to the customer's next message"), CONVERSATION),
    _a("previous_customer_turn", "Ctrl+Up",
       QT_TRANSLATE_NOOP("Shortcuts", "Previous customer turn"),
       QT_TRANSLATE_NOOP("Shortcuts", "Jump to the customer's previous message"), CONVERSATION),
    _a("next_turn", "Alt+Down", QT_TRANSLATE_NOOP("Shortcuts", "Next turn"),
       QT_TRANSLATE_NOOP("Shortcuts", "Select the next message, to label it"), CONVERSATION),
    _a("previous_turn", "Alt+Up", QT_TRANSLATE_NOOP("Shortcuts", "Previous turn"),
       QT_TRANSLATE_NOOP("Shortcuts", "Select the previous message, to label it"), CONVERSATION),
    _a("clear_turn", "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Whole conversation"),
       QT_TRANSLATE_NOOP("Shortcuts", "Unselect the message: labels go to the whole conversation"),
       CONVERSATION),
    _a("find", "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find"),
       QT_TRANSLATE_NOOP("Shortcuts", "Search within the conversation"), CONVERSATION),
    _a("search_label", "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Search labels"),
       QT_TRANSLATE_NOOP("Shortcuts", "Type to find a label by name, synonym or key"), PICKER),
    _a("toggle_favourite", "Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "Favourite"),
       QT_TRANSLATE_NOOP("Shortcuts", "Add the selected label to your favourites, or remove it"),
       PICKER),
    _a("review_submit", "Return; Enter; Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Save review"),
       QT_TRANSLATE_NOOP("Shortcuts", "Save the final labels and verdicts, open the next item"),
       REVIEW),
    _a("accept_slot_a", "Alt+1", QT_TRANSLATE_NOOP("Shortcuts", "Accept slot A"),
       QT_TRANSLATE_NOOP("Shortcuts", "Take slot A's labels as the final labels"), REVIEW),
    _a("accept_slot_b", "Alt+2", QT_TRANSLATE_NOOP("Shortcuts", "Accept slot B"),
       QT_TRANSLATE_NOOP("Shortcuts", "Take slot B's labels as the final labels"), REVIEW),
    _a("accept_slot_c", "Alt+3", QT_TRANSLATE_NOOP("Shortcuts", "Accept slot C"),
       QT_TRANSLATE_NOOP("Shortcuts", "Take slot C's labels as the final labels"), REVIEW),
    _a("accept_slot_d", "Alt+4", QT_TRANSLATE_NOOP("Shortcuts", "Accept slot D"),
       QT_TRANSLATE_NOOP("Shortcuts", "Take slot D's labels as the final labels"), REVIEW),
    _a("verdict_slot_a", "Ctrl+Alt+1", QT_TRANSLATE_NOOP("Shortcuts", "Slot A correct?"),
       QT_TRANSLATE_NOOP("Shortcuts", "Mark slot A correct or incorrect"), REVIEW),
    _a("verdict_slot_b", "Ctrl+Alt+2", QT_TRANSLATE_NOOP("Shortcuts", "Slot B correct?"),
       QT_TRANSLATE_NOOP("Shortcuts", "Mark slot B correct or incorrect"), REVIEW),
    _a("verdict_slot_c", "Ctrl+Alt+3", QT_TRANSLATE_NOOP("Shortcuts", "Slot C correct?"),
       QT_TRANSLATE_NOOP("Shortcuts", "Mark slot C correct or incorrect"), REVIEW),
    _a("verdict_slot_d", "Ctrl+Alt+4", QT_TRANSLATE_NOOP("Shortcuts", "Slot D correct?"),
       QT_TRANSLATE_NOOP("Shortcuts", "Mark slot D correct or incorrect"), REVIEW),
    _a("review_reason", "Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Reason"),
       QT_TRANSLATE_NOOP("Shortcuts", "Choose why the labellers disagreed"), REVIEW),
    _a("review_comment", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Comment"),
       QT_TRANSLATE_NOOP("Shortcuts", "Write a comment for the labellers"), REVIEW),
    _a("review_search_label", "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Pick final labels"),
       QT_TRANSLATE_NOOP("Shortcuts", "Find final labels in the taxonomy yourself"), REVIEW),
    _a("promote_gold", "Ctrl+G", QT_TRANSLATE_NOOP("Shortcuts", "Promote to gold"),
       QT_TRANSLATE_NOOP("Shortcuts", "Make this reviewed item a gold item"), REVIEW),
    _a("review_back", "Alt+Left", QT_TRANSLATE_NOOP("Shortcuts", "Previous review item"),
       QT_TRANSLATE_NOOP("Shortcuts", "Go back to the previous review item"), REVIEW),
    _a("review_forward", "Alt+Right", QT_TRANSLATE_NOOP("Shortcuts", "Next review item"),
       QT_TRANSLATE_NOOP("Shortcuts", "Go to the next review item"), REVIEW),
    _a("mode_labelling", "Ctrl+Shift+1", QT_TRANSLATE_NOOP("Shortcuts", "Labelling mode"),
       QT_TRANSLATE_NOOP("Shortcuts", "Label your queue"), MODES),
    _a("mode_review", "Ctrl+Shift+2", QT_TRANSLATE_NOOP("Shortcuts", "Review mode"),
       QT_TRANSLATE_NOOP("Shortcuts", "Adjudicate disagreements (reviewers and leads)"), MODES),
    _a("mode_quality", "Ctrl+Shift+3", QT_TRANSLATE_NOOP("Shortcuts", "Quality mode"),
       QT_TRANSLATE_NOOP("Shortcuts", "Quality against targets (leads)"), MODES),
    _a("mode_dashboard", "Ctrl+Shift+4", QT_TRANSLATE_NOOP("Shortcuts", "Dashboard mode"),
       QT_TRANSLATE_NOOP("Shortcuts", "Quality charts, clickable down to conversations (leads)"),
       MODES),
    _a("settings", "Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings"),
       QT_TRANSLATE_NOOP("Shortcuts", "Language, font size, theme, idle time and shortcuts"), APP),
    _a("cheat_sheet", "F1", QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"),
       QT_TRANSLATE_NOOP("Shortcuts", "List every shortcut"), APP),
    _a("switch_profile", "Ctrl+Shift+P", QT_TRANSLATE_NOOP("Shortcuts", "Switch profile"),
       QT_TRANSLATE_NOOP("Shortcuts", "Change who is working"), APP),
    _a("sync", "F5", QT_TRANSLATE_NOOP("Shortcuts", "Sync"),
       QT_TRANSLATE_NOOP("Shortcuts", "Send your work to the hub and fetch new items"), APP),
    _a("quit", "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit"),
       QT_TRANSLATE_NOOP("Shortcuts", "Close LabelDesk; your submitted work is saved"), APP),
)  # fmt: skip

_BY_ID: Final[dict[str, ShortcutAction]] = {a.id: a for a in ACTIONS}


def action_by_id(action_id: str) -> ShortcutAction:
    """The registry entry ``action_id``; KeyError naming the known ids if there is none."""
    try:
        return _BY_ID[action_id]
    except KeyError:
        raise KeyError(f"unknown action {action_id!r}; actions: {', '.join(_BY_ID)}") from None


def parse_sequences(text: str) -> list[QKeySequence]:
    """Key sequences from portable text (``"Return; Ctrl+Return"``); empty or unknown keys
    (a hand-edited ``"Ctrl+Bogus"``) are dropped."""
    return [seq for seq in QKeySequence.listFromString(text, PORTABLE) if _valid(seq)]


def _valid(sequence: QKeySequence) -> bool:
    """Whether every key of ``sequence`` is a real key."""
    keys = [sequence[i].key() for i in range(sequence.count())]
    return bool(keys) and Qt.Key.Key_unknown not in keys


def sequences_text(sequences: Iterable[QKeySequence], native: bool = True) -> str:
    """Key sequences as text: native (``Ctrl+K``, ``⌘K`` on macOS) for people, or portable."""
    return QKeySequence.listToString(list(sequences), NATIVE if native else PORTABLE)


def find_conflicts(
    bindings: dict[str, Sequence[QKeySequence]],
) -> list[tuple[QKeySequence, list[str]]]:
    """Key sequences bound to actions that can fire in the same mode, with those actions' ids
    in registry order. Actions of two different modes may share keys (Return submits a label
    in labelling mode and a review in review mode); an action that works everywhere may not
    share its keys with any other."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action_id, sequences in bindings.items():
        for text in dict.fromkeys(seq.toString(PORTABLE) for seq in sequences):
            owners[text].append(action_id)
    order = {a.id: i for i, a in enumerate(ACTIONS)}
    out = []
    for text, ids in owners.items():
        clashing = [i for i in ids if any(j != i and _clash(i, j) for j in ids)]
        if clashing:
            key = QKeySequence(text, PORTABLE)
            out.append((key, sorted(clashing, key=lambda i: order.get(i, len(order)))))
    return out


def _clash(first: str, second: str) -> bool:
    """Whether two actions can fire in the same mode (so they can't share a key)."""
    a, b = _BY_ID.get(first), _BY_ID.get(second)
    if a is None or b is None:
        return True
    return a.scope is None or b.scope is None or a.scope == b.scope


class ShortcutRegistry(QObject):
    """The key sequences of every action: defaults, or the user's remapping in the settings.

    Parameters
    ----------
    settings
        Where remapped shortcuts are stored; the registry follows its ``changed`` signal.
    parent
        The owning QObject, if any.

    Attributes
    ----------
    changed : Signal()
        Emitted after any action's key sequences changed.
    """

    changed = Signal()

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._applied: dict[str, list[QAction]] = defaultdict(list)
        settings.changed.connect(self._on_settings_changed)

    @staticmethod
    def actions() -> tuple[ShortcutAction, ...]:
        """Every action of the app."""
        return ACTIONS

    @staticmethod
    def title(action_id: str) -> str:
        """The short name of ``action_id`` in the UI language, for menus (``"Skip"``)."""
        return action_by_id(action_id).translated_title()

    @staticmethod
    def description(action_id: str) -> str:
        """What ``action_id`` does, in the UI language, for tooltips and the cheat-sheet."""
        return action_by_id(action_id).translated_description()

    def defaults(self, action_id: str) -> list[QKeySequence]:
        """The built-in key sequences of ``action_id``."""
        return [QKeySequence(text, PORTABLE) for text in action_by_id(action_id).defaults]

    def sequences(self, action_id: str) -> list[QKeySequence]:
        """The key sequences that trigger ``action_id``: the user's, else the defaults.

        An override that no longer parses (a hand-edited file) counts as no override.
        """
        override = self._settings.shortcut_overrides().get(action_by_id(action_id).id)
        parsed = parse_sequences(override) if override is not None else []
        return parsed or self.defaults(action_id)

    def bindings(self) -> dict[str, list[QKeySequence]]:
        """Every action id with its current key sequences."""
        return {a.id: self.sequences(a.id) for a in ACTIONS}

    def is_default(self, action_id: str) -> bool:
        """Whether ``action_id`` uses its built-in keys."""
        return _same(self.sequences(action_id), self.defaults(action_id))

    def set(self, action_id: str, sequence: QKeySequence | str | Sequence[QKeySequence]) -> None:
        """Remap ``action_id`` to ``sequence`` (one sequence, portable text, or several).

        Setting the defaults again removes the override.

        Raises
        ------
        ValueError
            If ``sequence`` is empty: every action keeps a shortcut.
        """
        sequences = _as_list(sequence)
        if not sequences:
            raise ValueError(f"{action_id}: a shortcut cannot be empty")
        if _same(sequences, self.defaults(action_id)):
            self.reset(action_id)
            return
        self._settings.set_shortcut(action_id, sequences_text(sequences, native=False))

    def reset(self, action_id: str) -> None:
        """Give ``action_id`` its built-in keys again."""
        self._settings.reset_shortcut(action_by_id(action_id).id)

    def reset_all(self) -> None:
        """Give every action its built-in keys again."""
        self._settings.set_shortcut_overrides({})

    def conflicts(self) -> list[tuple[QKeySequence, list[str]]]:
        """Key sequences bound to more than one action, with the actions' ids."""
        return find_conflicts(self.bindings())

    def apply(self, action: QAction, action_id: str) -> None:
        """Give ``action`` the keys of ``action_id`` now and whenever they change.

        The action's tooltip shows its description and keys; its object name becomes
        ``action_<id>`` unless it already has one.
        """
        action_by_id(action_id)
        if not action.objectName():
            action.setObjectName(f"action_{action_id}")
        self._applied[action_id].append(action)
        action.destroyed.connect(lambda: self._forget(action_id))
        self._update(action, action_id)

    def retranslate(self) -> None:
        """Set the applied actions' tooltips again in the current UI language."""
        self._refresh()

    def _update(self, action: QAction, action_id: str) -> None:
        """Set the keys and the tooltip of one action."""
        sequences = self.sequences(action_id)
        action.setShortcuts(sequences)
        entry = action_by_id(action_id)
        action.setToolTip(f"{entry.translated_description()} ({sequences_text(sequences)})")
        action.setStatusTip(entry.translated_description())

    def _refresh(self) -> None:
        """Update every live applied action."""
        for action_id in list(self._applied):
            self._forget(action_id)
            for action in self._applied[action_id]:
                self._update(action, action_id)

    def _forget(self, action_id: str) -> None:
        """Drop applied actions of ``action_id`` whose C++ object is gone."""
        self._applied[action_id] = [a for a in self._applied[action_id] if shiboken6.isValid(a)]

    def _on_settings_changed(self, name: str) -> None:
        """Follow remapped shortcuts."""
        if name == SHORTCUTS:
            self._refresh()
            self.changed.emit()


def _as_list(sequence: QKeySequence | str | Sequence[QKeySequence]) -> list[QKeySequence]:
    """One sequence, portable text or several sequences, as a list of the valid ones."""
    if isinstance(sequence, str):
        return parse_sequences(sequence)
    if isinstance(sequence, QKeySequence):
        return [sequence] if _valid(sequence) else []
    return [seq for seq in sequence if _valid(seq)]


def _same(first: Sequence[QKeySequence], second: Sequence[QKeySequence]) -> bool:
    """Whether two lists hold the same key sequences, in any order."""
    return Counter(s.toString(PORTABLE) for s in first) == Counter(
        s.toString(PORTABLE) for s in second
    )
