"""Frozen dataclasses the taxonomy service returns (labels, versions, diffs); never ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LabelDTO:
    """One label of one taxonomy version.

    ``depth`` is 1 for a top-level label; ``position`` is the label's order in the imported
    file (0-based); ``path`` is ``"A > B > C"``. ``display_name`` is the name in the language
    asked for (falling back to ``name``).
    """

    key: str
    parent_key: str | None
    path: str
    depth: int
    position: int
    name: str
    names: dict[str, str] = field(default_factory=dict, hash=False)
    description: str = ""
    examples: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    shortcut: str | None = None
    deprecated: bool = False
    is_leaf: bool = True
    display_name: str = ""

    def __post_init__(self) -> None:
        """Default ``display_name`` to ``name``."""
        if not self.display_name:
            object.__setattr__(self, "display_name", self.name)


@dataclass(frozen=True)
class TaxonomySummary:
    """One taxonomy and its latest version, as listed by ``labeldesk taxonomy list``."""

    name: str
    version: int
    version_id: int
    labels: int
    deprecated: int
    leaf_only: bool
    source: str
    imported_at: dt.datetime


@dataclass(frozen=True)
class TaxonomyDTO:
    """A taxonomy version with all its labels in depth-first order."""

    name: str
    leaf_only: bool
    version: int
    version_id: int
    source: str
    checksum: str
    created_at: dt.datetime
    labels: tuple[LabelDTO, ...]


@dataclass(frozen=True)
class LabelChange:
    """What changed on one label: ``field`` went from ``old`` to ``new``.

    ``field`` is ``name``, ``name_<lang>``, ``parent``, ``description``, ``examples``,
    ``synonyms`` or ``shortcut``. Empty strings stand for "none" (e.g. a top-level parent).
    """

    key: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class TaxonomyDiff:
    """The differences between two versions of a taxonomy, by kind of change.

    ``deprecated`` lists labels deprecated in the new version that were not before: marked so
    in the file, or absent from the file but used by annotations and therefore kept.
    ``removed`` lists labels absent from the file and used nowhere, so dropped.
    """

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    renamed: tuple[LabelChange, ...] = ()
    moved: tuple[LabelChange, ...] = ()
    deprecated: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    guideline_changed: tuple[LabelChange, ...] = ()
    other: tuple[LabelChange, ...] = ()
    reordered: bool = False

    @property
    def is_empty(self) -> bool:
        """Whether nothing changed at all."""
        return not (
            self.added
            or self.removed
            or self.renamed
            or self.moved
            or self.deprecated
            or self.restored
            or self.guideline_changed
            or self.other
            or self.reordered
        )


@dataclass(frozen=True)
class ImportResult:
    """The outcome of importing a taxonomy file.

    ``changed`` is False when the file matched the latest version (then ``version`` is that
    version and no new one was made). ``diff`` is None for the first version of a taxonomy.
    ``depth`` is the number of levels; ``ignored_columns`` are columns LabelDesk does not use.
    """

    taxonomy: str
    version: int
    version_id: int
    changed: bool
    labels: int
    top_level: int
    depth: int
    deprecated: int
    leaf_only: bool
    source: str
    diff: TaxonomyDiff | None = None
    ignored_columns: tuple[str, ...] = ()
