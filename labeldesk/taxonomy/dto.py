"""Frozen dataclasses the taxonomy service returns (labels, versions, diffs); never ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace


def language_keys(lang: str | None) -> tuple[str, ...]:
    """The keys to look ``lang`` up by, most specific first (``zh-CN`` -> ``zh_cn``, ``zh``).

    Parameters
    ----------
    lang
        A language tag as the UI or the user gives it (``th``, ``zh_CN``, ``pt-BR``), or None.

    Returns
    -------
    tuple of str
        The normalised tag, then its language alone if it has a script or region; empty for
        None or an empty tag.
    """
    code = (lang or "").strip().lower().replace("-", "_")
    if not code:
        return ()
    base = code.split("_")[0]
    return (code,) if base == code else (code, base)


@dataclass(frozen=True)
class Guideline:
    """A label's guideline in one language: its definition and examples.

    Either may be empty: a translation may give only one of them.
    """

    description: str = ""
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelDTO:
    """One label of one taxonomy version.

    ``depth`` is 1 for a top-level label; ``position`` is the label's order in the imported
    file (0-based); ``path`` is ``"A > B > C"``. ``description`` and ``examples`` are the
    guideline as the file gives it untranslated (English); ``guidelines`` holds its
    translations by language (``{"th": Guideline(...)}``). ``display_name``,
    ``display_description`` and ``display_examples`` are the name and guideline in the
    language asked for, each falling back to the untranslated one.
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
    guidelines: dict[str, Guideline] = field(default_factory=dict, hash=False)
    display_description: str = ""
    display_examples: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        """Default the ``display_*`` fields to the untranslated name and guideline."""
        if not self.display_name:
            object.__setattr__(self, "display_name", self.name)
        if not self.display_description:
            object.__setattr__(self, "display_description", self.description)
        if not self.display_examples:
            object.__setattr__(self, "display_examples", self.examples)

    def name_in(self, lang: str | None) -> str:
        """The label's name in ``lang`` (``zh_CN`` also tries ``zh``), else its name."""
        for key in language_keys(lang):
            if self.names.get(key):
                return self.names[key]
        return self.name

    def guideline_in(self, lang: str | None) -> Guideline:
        """The guideline in ``lang`` (``zh_CN`` also tries ``zh``).

        The description and the examples each fall back to the untranslated ones where the
        label has no translation of them.
        """
        found = next(
            (self.guidelines[key] for key in language_keys(lang) if key in self.guidelines),
            Guideline(),
        )
        return Guideline(found.description or self.description, found.examples or self.examples)

    def in_language(self, lang: str | None) -> LabelDTO:
        """This label with its ``display_*`` fields in ``lang``."""
        guide = self.guideline_in(lang)
        return replace(
            self,
            display_name=self.name_in(lang),
            display_description=guide.description,
            display_examples=guide.examples,
        )


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
    ``description_<lang>``, ``examples_<lang>``, ``synonyms`` or ``shortcut``. Empty strings
    stand for "none" (e.g. a top-level parent).
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
