"""The taxonomy service: import a file as a new version with its diff; read taxonomies as DTOs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Select, case, func, insert, select
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.storage.db import Database
from labeldesk.storage.models import Label, Taxonomy, TaxonomyVersion
from labeldesk.taxonomy.diff import carry_used, diff_labels
from labeldesk.taxonomy.dto import (
    Guideline,
    ImportResult,
    LabelDTO,
    TaxonomyDiff,
    TaxonomyDTO,
    TaxonomySummary,
)
from labeldesk.taxonomy.index import LabelIndex
from labeldesk.taxonomy.reader import detect_format, read_bytes
from labeldesk.taxonomy.validate import ParsedFile, parse_file

_LABEL_COLUMNS = (
    Label.key,
    Label.parent_key,
    Label.path,
    Label.depth,
    Label.position,
    Label.name,
    Label.names,
    Label.description,
    Label.examples,
    Label.guidelines,
    Label.synonyms,
    Label.shortcut,
    Label.deprecated,
)


class TaxonomyService:
    """Import, version, diff and read the workspace's taxonomies.

    Parameters
    ----------
    db
        The open workspace database; each method is one unit of work.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def import_file(
        self,
        path: str | Path,
        *,
        name: str | None = None,
        fmt: str | None = None,
        leaf_only: bool | None = None,
    ) -> ImportResult:
        """Import a CSV, JSON or YAML taxonomy file as a new version of taxonomy ``name``.

        Nothing is stored if the file has any problem. A file identical to the latest version
        makes no new version (``changed`` is False). Labels that the file leaves out are
        dropped, unless annotations use them: those are kept, deprecated.

        Parameters
        ----------
        path
            The file.
        name
            The taxonomy's name; default the file's stem without ``_taxonomy``.
        fmt
            ``csv``, ``json`` or ``yaml``; default from the file's suffix.
        leaf_only
            Whether only leaves may be chosen; default the file's ``leaf_only``, else the
            taxonomy's current setting (True for a new taxonomy).

        Raises
        ------
        InputError
            Listing every problem in the file, each with its row or node.
        """
        file = Path(path)
        parsed = parse_file(read_bytes(file), str(path), detect_format(file, fmt))
        tax_name = taxonomy_name(file, name)
        wanted = leaf_only if leaf_only is not None else parsed.leaf_only
        with self._db.sessions.begin() as s:
            return _store(s, tax_name, parsed, source=str(file.resolve()), leaf_only=wanted)

    def latest(self, name: str | None = None, *, lang: str | None = None) -> TaxonomyDTO:
        """The latest version of taxonomy ``name`` (or of the only one), labels depth-first.

        With ``lang``, each label's ``display_name`` is its name in that language, and its
        ``display_description`` and ``display_examples`` its guideline in that language, where
        it has them (else the untranslated ones). ``zh_CN`` also finds ``zh``.
        """
        with self._db.sessions() as s:
            tax, version = _latest(s, name)
            labels = depth_first(_load_labels(s, version.id, lang))
            return TaxonomyDTO(
                name=tax.name,
                leaf_only=tax.leaf_only,
                version=version.number,
                version_id=version.id,
                source=version.source,
                checksum=version.checksum,
                created_at=version.created_at,
                labels=tuple(labels),
            )

    def tree(self, name: str | None = None, lang: str | None = None) -> list[LabelDTO]:
        """The latest version's labels depth-first, each with its ``depth``.

        With ``lang``, ``display_name``, ``display_description`` and ``display_examples`` are
        the label's name and guideline in that language where it has them.
        """
        with self._db.sessions() as s:
            _tax, version = _latest(s, name)
            return depth_first(_load_labels(s, version.id, lang))

    def label_index(self, taxonomy: str | None = None, *, version: int | None = None) -> LabelIndex:
        """A :class:`LabelIndex` of taxonomy ``taxonomy``'s latest version, or of ``version``."""
        with self._db.sessions() as s:
            tax, found = _latest(s, taxonomy)
            if version is not None and version != found.number:
                found = _version(s, tax, version)
            return LabelIndex(
                tax.name, found.number, found.id, tax.leaf_only, _load_labels(s, found.id)
            )

    def index_for_version(self, version_id: int) -> LabelIndex:
        """A :class:`LabelIndex` of the version with database id ``version_id``."""
        with self._db.sessions() as s:
            found = s.get(TaxonomyVersion, version_id)
            if found is None:
                raise LabelDeskError(f"no taxonomy version with id {version_id}")
            tax = found.taxonomy
            return LabelIndex(
                tax.name, found.number, found.id, tax.leaf_only, _load_labels(s, found.id)
            )

    def list(self) -> list[TaxonomySummary]:
        """Every taxonomy with its latest version, by name."""
        with self._db.sessions() as s:
            return [TaxonomySummary(*row) for row in s.execute(_summary_query())]


def _store(
    s: Session, name: str, parsed: ParsedFile, *, source: str, leaf_only: bool | None
) -> ImportResult:
    """Store the file's labels as a new version, unless they match the latest version."""
    tax = _taxonomy_row(s, name, leaf_only)
    latest = _latest_version(s, tax.id)
    old = _load_labels(s, latest.id) if latest else []
    labels = parsed.labels
    if latest is not None and latest.checksum != parsed.checksum:
        absent = {lb.key for lb in old} - {lb.key for lb in labels}
        labels = carry_used(old, labels, _used(s, tax.id, absent))
    if latest is not None and (latest.checksum == parsed.checksum or labels == old):
        return _result(tax, latest, old, parsed, changed=False)
    number = latest.number + 1 if latest else 1
    version = TaxonomyVersion(
        taxonomy_id=tax.id, number=number, source=source, checksum=parsed.checksum
    )
    s.add(version)
    s.flush()
    s.execute(insert(Label), [_row(version.id, lb) for lb in labels])
    diff = diff_labels(old, labels) if latest else None
    result = _result(tax, version, labels, parsed, changed=True, diff=diff)
    payload = _audit_payload(result, parsed.checksum)
    audit.record(
        s, "taxonomy.import", entity="taxonomy_version", entity_id=str(version.id), payload=payload
    )
    return result


def _taxonomy_row(s: Session, name: str, leaf_only: bool | None) -> Taxonomy:
    """The taxonomy called ``name``, made if new; ``leaf_only`` (if given) is set on it."""
    tax = s.scalar(select(Taxonomy).where(Taxonomy.name == name))
    if tax is None:
        tax = Taxonomy(name=name, leaf_only=True if leaf_only is None else leaf_only)
        s.add(tax)
        s.flush()
    elif leaf_only is not None:
        tax.leaf_only = leaf_only
    return tax


def taxonomy_name(file: Path, name: str | None) -> str:
    """The taxonomy's name: ``name``, else the file's stem without a ``_taxonomy`` suffix."""
    chosen = (name or "").strip() or file.stem.removesuffix("_taxonomy") or file.stem
    if len(chosen) > 200:
        raise LabelDeskError(f"taxonomy name is longer than 200 characters: {chosen[:40]}…")
    return chosen


def depth_first(labels: Sequence[LabelDTO]) -> list[LabelDTO]:
    """Labels in tree order: each parent followed by its children, siblings by position."""
    children: dict[str | None, list[LabelDTO]] = defaultdict(list)
    for label in sorted(labels, key=lambda lb: lb.position):
        children[label.parent_key].append(label)
    out: list[LabelDTO] = []
    stack = list(reversed(children[None]))
    while stack:
        label = stack.pop()
        out.append(label)
        stack.extend(reversed(children.get(label.key, [])))
    return out


def _used(s: Session, taxonomy_id: int, keys: set[str]) -> set[str]:
    """The keys among ``keys`` that annotations, gold, reviews or predictions use."""
    if not keys:
        return set()
    from labeldesk.taxonomy.usage import used_keys

    return used_keys(s, taxonomy_id, keys)


def _row(version_id: int, label: LabelDTO) -> dict[str, Any]:
    """A label as a row for a bulk insert."""
    return {
        "version_id": version_id,
        "key": label.key,
        "parent_key": label.parent_key,
        "path": label.path,
        "depth": label.depth,
        "position": label.position,
        "name": label.name,
        "names": dict(label.names),
        "description": label.description,
        "examples": list(label.examples),
        "guidelines": {
            lang: {"description": guide.description, "examples": list(guide.examples)}
            for lang, guide in label.guidelines.items()
        },
        "synonyms": list(label.synonyms),
        "shortcut": label.shortcut,
        "deprecated": label.deprecated,
    }


def _result(
    tax: Taxonomy,
    version: TaxonomyVersion,
    labels: Sequence[LabelDTO],
    parsed: ParsedFile,
    *,
    changed: bool,
    diff: TaxonomyDiff | None = None,
) -> ImportResult:
    """Summarise an import."""
    return ImportResult(
        taxonomy=tax.name,
        version=version.number,
        version_id=version.id,
        changed=changed,
        labels=len(labels),
        top_level=sum(1 for lb in labels if lb.depth == 1),
        depth=max((lb.depth for lb in labels), default=0),
        deprecated=sum(1 for lb in labels if lb.deprecated),
        leaf_only=tax.leaf_only,
        source=version.source,
        diff=diff,
        ignored_columns=parsed.ignored,
    )


def _audit_payload(result: ImportResult, checksum: str) -> dict[str, Any]:
    """What the audit log keeps about an import: where from, and how many of each change."""
    payload: dict[str, Any] = {
        "taxonomy": result.taxonomy,
        "version": result.version,
        "source": result.source,
        "checksum": checksum,
        "labels": result.labels,
    }
    if result.diff is not None:
        for kind in (
            "added",
            "removed",
            "renamed",
            "moved",
            "deprecated",
            "restored",
            "guideline_changed",
        ):
            payload[kind] = len(getattr(result.diff, kind))
    return payload


# -- reading ------------------------------------------------------------------------------


def _latest(s: Session, name: str | None) -> tuple[Taxonomy, TaxonomyVersion]:
    """The taxonomy called ``name`` (or the only one) and its latest version."""
    names = list(s.scalars(select(Taxonomy.name).order_by(Taxonomy.name)))
    if not names:
        raise LabelDeskError(
            "no taxonomy in this workspace; import one with: labeldesk taxonomy import FILE"
        )
    if name is None and len(names) > 1:
        raise LabelDeskError(
            f"the workspace has {len(names)} taxonomies ({', '.join(names)}); choose one by name"
        )
    chosen = names[0] if name is None else name
    tax = s.scalar(select(Taxonomy).where(Taxonomy.name == chosen))
    if tax is None:
        raise LabelDeskError(f"no taxonomy named {chosen!r}; the workspace has {', '.join(names)}")
    version = _latest_version(s, tax.id)
    if version is None:
        raise LabelDeskError(f"taxonomy {chosen!r} has no version; import it again")
    return tax, version


def _latest_version(s: Session, taxonomy_id: int) -> TaxonomyVersion | None:
    """The highest-numbered version of a taxonomy, if any."""
    query = (
        select(TaxonomyVersion)
        .where(TaxonomyVersion.taxonomy_id == taxonomy_id)
        .order_by(TaxonomyVersion.number.desc())
        .limit(1)
    )
    return s.scalar(query)


def _version(s: Session, tax: Taxonomy, number: int) -> TaxonomyVersion:
    """Version ``number`` of a taxonomy, or an error naming the versions there are."""
    query = select(TaxonomyVersion).where(
        TaxonomyVersion.taxonomy_id == tax.id, TaxonomyVersion.number == number
    )
    found = s.scalar(query)
    if found is None:
        raise LabelDeskError(f"taxonomy {tax.name!r} has no version {number}")
    return found


def latest_index(s: Session, taxonomy_id: int, cache: dict[int, LabelIndex]) -> LabelIndex:
    """The label index of taxonomy ``taxonomy_id``'s latest version, read in session ``s``.

    ``cache`` (owned by the caller, one per workspace) keeps an index per version id, so a
    cached taxonomy costs one query: which version is the latest.
    """
    name, leaf_only, version_id, number = s.execute(
        select(Taxonomy.name, Taxonomy.leaf_only, TaxonomyVersion.id, TaxonomyVersion.number)
        .join(TaxonomyVersion, TaxonomyVersion.taxonomy_id == Taxonomy.id)
        .where(Taxonomy.id == taxonomy_id)
        .order_by(TaxonomyVersion.number.desc())
        .limit(1)
    ).one()
    if version_id not in cache:
        cache[version_id] = LabelIndex(
            name, number, version_id, bool(leaf_only), _load_labels(s, version_id)
        )
    return cache[version_id]


def _load_labels(s: Session, version_id: int, lang: str | None = None) -> list[LabelDTO]:
    """A version's labels in file order, as DTOs (name and guideline in ``lang`` where given)."""
    rows = s.execute(
        select(*_LABEL_COLUMNS).where(Label.version_id == version_id).order_by(Label.position)
    ).all()
    parents = {row.parent_key for row in rows if row.parent_key}
    labels = [
        LabelDTO(
            key=row.key,
            parent_key=row.parent_key,
            path=row.path,
            depth=row.depth,
            position=row.position,
            name=row.name,
            names=dict(row.names or {}),
            description=row.description,
            examples=tuple(row.examples or ()),
            synonyms=tuple(row.synonyms or ()),
            shortcut=row.shortcut,
            deprecated=row.deprecated,
            is_leaf=row.key not in parents,
            guidelines=_guidelines(row.guidelines),
        )
        for row in rows
    ]
    return [label.in_language(lang) for label in labels] if lang else labels


def _guidelines(stored: dict[str, Any] | None) -> dict[str, Guideline]:
    """Translated guidelines as stored (``{"th": {"description", "examples"}}``) as DTOs."""
    return {
        lang: Guideline(str(value.get("description") or ""), tuple(value.get("examples") or ()))
        for lang, value in (stored or {}).items()
        if isinstance(value, dict)
    }


def _summary_query() -> Select[Any]:
    """One row per taxonomy: its latest version and label counts, in TaxonomySummary order."""
    newest = (
        select(TaxonomyVersion.taxonomy_id, func.max(TaxonomyVersion.number).label("number"))
        .group_by(TaxonomyVersion.taxonomy_id)
        .subquery()
    )
    return (
        select(
            Taxonomy.name,
            TaxonomyVersion.number,
            TaxonomyVersion.id,
            func.count(Label.id),
            func.coalesce(func.sum(case((Label.deprecated, 1), else_=0)), 0),
            Taxonomy.leaf_only,
            TaxonomyVersion.source,
            TaxonomyVersion.created_at,
        )
        .join(newest, newest.c.taxonomy_id == Taxonomy.id)
        .join(
            TaxonomyVersion,
            (TaxonomyVersion.taxonomy_id == Taxonomy.id)
            & (TaxonomyVersion.number == newest.c.number),
        )
        .outerjoin(Label, Label.version_id == TaxonomyVersion.id)
        .group_by(Taxonomy.id, TaxonomyVersion.id)
        .order_by(Taxonomy.name)
    )
