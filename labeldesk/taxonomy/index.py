"""Resolve label references (a key, or a path like ``Banks > Banks_1 > CheckBalance``) to keys."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from labeldesk.taxonomy.dto import LabelDTO

_GT = re.compile(r">")
_SLASH = re.compile(r"/")


def split_path(text: str) -> tuple[str, ...]:
    """Split a label path into stripped, non-empty segments.

    The separator is ``>`` (with or without spaces) when the text has one, else ``/``, so a
    name such as ``Billing/Payments`` survives inside a ``>`` path.
    """
    sep = _GT if ">" in text else _SLASH
    return tuple(part.strip() for part in sep.split(text) if part.strip())


def join_path(segments: Iterable[str]) -> str:
    """Join path segments the way LabelDesk stores paths: ``A > B > C``."""
    return " > ".join(segments)


class RefResolver:
    """Map references to keys: the exact key, else a normalised path, else a normalised key.

    A normalised form shared by two different keys is ambiguous and resolves to nothing.
    """

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self._paths: dict[tuple[str, ...], str | None] = {}
        self._key_paths: dict[tuple[str, ...], str | None] = {}

    def add(self, key: str, path: tuple[str, ...] | None) -> None:
        """Know ``key``, reachable also by ``path`` (segments) and by its own split form."""
        self._keys.add(key)
        for table, segments in ((self._paths, path), (self._key_paths, split_path(key))):
            if segments:
                table[segments] = key if table.get(segments, key) == key else None

    def resolve(self, ref: str | tuple[str, ...]) -> str | None:
        """The key ``ref`` stands for, or None if it is unknown or ambiguous."""
        if isinstance(ref, str):
            ref = ref.strip()
            if ref in self._keys:
                return ref
            segments = split_path(ref)
        else:
            segments = ref
        if not segments:
            return None
        if segments in self._paths:
            return self._paths[segments]
        return self._key_paths.get(segments)


class LabelIndex:
    """The labels of one taxonomy version, for resolving and checking label references.

    Parameters
    ----------
    taxonomy
        The taxonomy's name.
    version, version_id
        The version's number and its database id (what annotations record).
    leaf_only
        Whether only leaf labels may be chosen.
    labels
        The version's labels.
    """

    def __init__(
        self,
        taxonomy: str,
        version: int,
        version_id: int,
        leaf_only: bool,
        labels: Iterable[LabelDTO],
    ) -> None:
        self.taxonomy = taxonomy
        self.version = version
        self.version_id = version_id
        self.leaf_only = leaf_only
        self._labels = {label.key: label for label in labels}
        self._resolver = RefResolver()
        for label in self._labels.values():
            self._resolver.add(label.key, split_path(label.path))

    def resolve(self, ref: str) -> str | None:
        """The key that ``ref`` names, or None.

        ``ref`` is a key, or a path split on ``>``/``/`` (spaces ignored) that matches a
        label's path (``Banks>Banks_1>CheckBalance`` -> ``Banks_1>CheckBalance``) or its key.
        """
        return self._resolver.resolve(ref)

    def label(self, key: str) -> LabelDTO:
        """The label with ``key``; KeyError if there is none."""
        return self._labels[key]

    def is_deprecated(self, key: str) -> bool:
        """Whether ``key`` is deprecated (False for an unknown key)."""
        label = self._labels.get(key)
        return label is not None and label.deprecated

    def is_leaf(self, key: str) -> bool:
        """Whether ``key`` has no children (False for an unknown key)."""
        label = self._labels.get(key)
        return label is not None and label.is_leaf

    def parent(self, key: str) -> str | None:
        """The parent's key, or None for a top-level label; KeyError for an unknown key."""
        return self._labels[key].parent_key

    def ancestors(self, key: str) -> list[str]:
        """The keys from the top level down to ``key``'s parent."""
        chain: list[str] = []
        parent = self.parent(key)
        while parent is not None:
            chain.append(parent)
            parent = self.parent(parent)
        return chain[::-1]

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is a key of this version."""
        return key in self._labels

    def __iter__(self) -> Iterator[str]:
        """The keys, in file order."""
        return iter(self._labels)

    def __len__(self) -> int:
        """How many labels the version has."""
        return len(self._labels)
