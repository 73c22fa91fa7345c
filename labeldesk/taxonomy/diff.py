"""Compare two versions of a taxonomy, and keep used labels that a new file leaves out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from labeldesk.taxonomy.dto import Guideline, LabelChange, LabelDTO, TaxonomyDiff
from labeldesk.taxonomy.index import join_path, split_path


def carry_used(old: Sequence[LabelDTO], new: Sequence[LabelDTO], used: set[str]) -> list[LabelDTO]:
    """Add to ``new`` the used labels it leaves out, deprecated, with their missing ancestors.

    A label that annotations use is never deleted. It keeps its key and name; it sits under
    its old parent (placed where the new file puts that parent) and goes after the file's labels.
    It loses its shortcut if a label of the file now has it.
    """
    old_by_key = {label.key: label for label in old}
    out = {label.key: label for label in new}
    taken = {label.shortcut for label in new if label.shortcut}
    keep: set[str] = set()
    for key in used:
        while key is not None and key not in out and key not in keep and key in old_by_key:
            keep.add(key)
            key = old_by_key[key].parent_key
    position = len(new)
    for label in sorted((old_by_key[k] for k in keep), key=lambda lb: (lb.depth, lb.position)):
        parent = out.get(label.parent_key) if label.parent_key else None
        own = (split_path(label.path) or (label.name,))[-1]
        out[label.key] = replace(
            label,
            path=join_path((*split_path(parent.path), own)) if parent else own,
            depth=parent.depth + 1 if parent else 1,
            position=position,
            deprecated=True,
            shortcut=None if label.shortcut in taken else label.shortcut,
        )
        position += 1
    parents = {label.parent_key for label in out.values() if label.parent_key}
    return [replace(lb, is_leaf=lb.key not in parents) for lb in out.values()]


def diff_labels(old: Sequence[LabelDTO], new: Sequence[LabelDTO]) -> TaxonomyDiff:
    """What changed from ``old`` to ``new``, by kind of change, in the new file's order."""
    old_by_key = {label.key: label for label in old}
    new_keys = {label.key for label in new}
    both = [(old_by_key[lb.key], lb) for lb in new if lb.key in old_by_key]
    return TaxonomyDiff(
        added=tuple(lb.key for lb in new if lb.key not in old_by_key),
        removed=tuple(lb.key for lb in old if lb.key not in new_keys),
        renamed=tuple(c for a, b in both for c in _renames(a, b)),
        moved=tuple(
            LabelChange(b.key, "parent", a.parent_key or "", b.parent_key or "")
            for a, b in both
            if a.parent_key != b.parent_key
        ),
        deprecated=tuple(b.key for a, b in both if b.deprecated and not a.deprecated),
        restored=tuple(b.key for a, b in both if a.deprecated and not b.deprecated),
        guideline_changed=tuple(c for a, b in both for c in _guideline_changes(a, b)),
        other=tuple(c for a, b in both for c in _other_changes(a, b)),
        reordered=_reordered(both),
    )


def _reordered(both: list[tuple[LabelDTO, LabelDTO]]) -> bool:
    """Whether the labels found in both versions changed their order.

    Newly deprecated labels are left aside: a used label that the file leaves out is kept at
    the end, which is not a change of order the user made.
    """
    kept = [(a, b) for a, b in both if a.deprecated or not b.deprecated]
    return [a.key for a, _ in sorted(kept, key=lambda p: p[0].position)] != [b.key for _, b in kept]


def _renames(a: LabelDTO, b: LabelDTO) -> list[LabelChange]:
    """Changes of the name and of each translated name."""
    changes = []
    if a.name != b.name:
        changes.append(LabelChange(b.key, "name", a.name, b.name))
    for lang in sorted(a.names.keys() | b.names.keys()):
        before, after = a.names.get(lang, ""), b.names.get(lang, "")
        if before != after:
            changes.append(LabelChange(b.key, f"name_{lang}", before, after))
    return changes


def _guideline_changes(a: LabelDTO, b: LabelDTO) -> list[LabelChange]:
    """Changes of the description and the examples (the guideline text), and of each
    translation of them (``description_th``, ``examples_th``)."""
    before, after = Guideline(a.description, a.examples), Guideline(b.description, b.examples)
    changes = _text_changes(b.key, "", before, after)
    empty = Guideline()
    for lang in sorted(a.guidelines.keys() | b.guidelines.keys()):
        before, after = a.guidelines.get(lang, empty), b.guidelines.get(lang, empty)
        changes += _text_changes(b.key, f"_{lang}", before, after)
    return changes


def _text_changes(key: str, suffix: str, a: Guideline, b: Guideline) -> list[LabelChange]:
    """Changes from guideline ``a`` to ``b``, in fields ``description`` and ``examples`` plus
    ``suffix``."""
    changes = []
    if a.description != b.description:
        changes.append(LabelChange(key, f"description{suffix}", a.description, b.description))
    if a.examples != b.examples:
        old, new = " | ".join(a.examples), " | ".join(b.examples)
        changes.append(LabelChange(key, f"examples{suffix}", old, new))
    return changes


def _other_changes(a: LabelDTO, b: LabelDTO) -> list[LabelChange]:
    """Changes of synonyms and shortcut."""
    changes = []
    if a.synonyms != b.synonyms:
        changes.append(
            LabelChange(b.key, "synonyms", " | ".join(a.synonyms), " | ".join(b.synonyms))
        )
    if a.shortcut != b.shortcut:
        changes.append(LabelChange(b.key, "shortcut", a.shortcut or "", b.shortcut or ""))
    return changes
