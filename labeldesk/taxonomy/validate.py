"""Turn raw taxonomy nodes into labels, collecting every problem (with its row) before failing."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from labeldesk.errors import InputError
from labeldesk.taxonomy.dto import Guideline, LabelDTO
from labeldesk.taxonomy.index import RefResolver, join_path, split_path
from labeldesk.taxonomy.reader import (
    RawNode,
    RawTaxonomy,
    decode,
    kind_of,
    language_problem,
    normal_language,
    read_raw,
    translated_field,
)

#: Longest text each stored field takes (the column sizes in ``storage.models.Label``).
MAX_LEN = {"key": 300, "parent": 300, "name": 300, "path": 2000, "shortcut": 32}
_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f", ""}
_ITEM_SPLIT = re.compile(r"\s*(?:\||\r?\n)\s*")


@dataclass
class _Spec:
    """One node as read, while its place in the tree is worked out.

    ``ok`` turns False when a problem (duplicate key, unknown parent, cycle) leaves its place
    in the tree unknown, so that its descendants are not blamed for it.
    """

    where: str
    key: str
    parent_ref: str | tuple[str, ...] | None
    segments: tuple[str, ...] | None
    name: str
    names: dict[str, str]
    description: str
    examples: tuple[str, ...]
    guidelines: dict[str, Guideline]
    synonyms: tuple[str, ...]
    shortcut: str | None
    deprecated: bool
    level: int | None
    order: int = 0
    parent_key: str | None = None
    ok: bool = True


class _Fields:
    """Typed access to one raw node's fields; a value of the wrong type is a problem."""

    def __init__(self, raw: RawTaxonomy, node: RawNode) -> None:
        self._raw, self._node = raw, node

    def problem(self, fld: str, message: str) -> None:
        """Record a problem with field ``fld`` of this node."""
        self._raw.problem(self._node.where, fld, message)

    def text(self, fld: str) -> str:
        """A text field, stripped ("" when absent); numbers are taken as text."""
        value = self._node.fields.get(fld)
        if value is None:
            return ""
        if isinstance(value, int | float | str) and not isinstance(value, bool):
            text = str(value).strip()
            if fld in MAX_LEN and len(text) > MAX_LEN[fld]:
                self.problem(fld, f"is longer than {MAX_LEN[fld]} characters")
            return text
        self.problem(fld, f"must be text, not {kind_of(value)}")
        return ""

    def path(self) -> tuple[str, ...] | None:
        """The ``path`` field as segments, or None when there is none."""
        text = self.text("path")
        segments = split_path(text)
        if text and not segments:
            self.problem("path", f"path {text!r} has no names in it")
        return segments or None

    def items(self, fld: str) -> tuple[str, ...]:
        """A list field: a list of texts, or one text separated by ``|`` or new lines."""
        value = self._node.fields.get(fld)
        if isinstance(value, list):
            if all(isinstance(v, str) for v in value):
                return tuple(v.strip() for v in value if v.strip())
            self.problem(fld, "must be a list of texts")
            return ()
        return tuple(p for p in _ITEM_SPLIT.split(self.text(fld)) if p)

    def flag(self, fld: str) -> bool:
        """A true/false field (true/false, yes/no, 1/0; empty is false)."""
        value = self._node.fields.get(fld)
        parsed = parse_flag(value)
        if parsed is None:
            self.problem(fld, f"must be true or false (yes/no, 1/0), not {value!r}")
            return False
        return parsed

    def level(self) -> int | None:
        """The optional ``level`` field as a whole number."""
        text = self.text("level")
        if not text:
            return None
        if not text.isdigit() or int(text) < 1:
            self.problem("level", f"must be a whole number from 1, not {text!r}")
            return None
        return int(text)

    def names(self) -> dict[str, str]:
        """Translated names from ``names: {lang: name}`` and ``name_<lang>`` fields."""
        names: dict[str, str] = {}
        given = self._node.fields.get("names")
        if isinstance(given, dict) and all(isinstance(v, str | None) for v in given.values()):
            for lang, name in given.items():
                problem = language_problem(str(lang).strip())
                if problem:
                    self.problem("names", problem)
                else:
                    names[normal_language(str(lang))] = (name or "").strip()
        elif given is not None:
            self.problem("names", 'must be an object of texts such as {"th": "..."}')
        for lang in self._languages("name"):
            names[lang] = self.text(f"name_{lang}")
        return {k: v for k, v in names.items() if k and v}

    def guidelines(self) -> dict[str, Guideline]:
        """Translated guidelines from ``description_<lang>`` and ``examples_<lang>`` fields.

        A language with neither a description nor examples is left out.
        """
        langs = sorted({*self._languages("description"), *self._languages("examples")})
        found = {
            lang: Guideline(self.text(f"description_{lang}"), self.items(f"examples_{lang}"))
            for lang in langs
        }
        return {lang: guide for lang, guide in found.items() if guide.description or guide.examples}

    def _languages(self, base: str) -> list[str]:
        """The languages this node gives field ``base`` in (``name_th`` -> ``th``)."""
        langs = []
        for fld in self._node.fields:
            found = translated_field(fld)
            if found is not None and found[0] == base:
                langs.append(found[1])
        return langs


def parse_flag(value: Any) -> bool | None:  # noqa: ANN401 - any parsed value
    """``True``/``False`` from a bool, 0/1, or text such as yes/no; None if it is neither."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    return True if text in _TRUE else False if text in _FALSE else None


def validate(raw: RawTaxonomy) -> list[LabelDTO]:
    """Check every node and return the labels in file order, or raise all problems found.

    Raises
    ------
    InputError
        Listing every duplicate key, unknown parent, cycle, empty name, bad value and level
        or path that does not match the node's place in the tree, each with its row.
    """
    specs: list[_Spec | None] = []
    for node in raw.nodes:
        specs.append(_spec(raw, node, specs))
    usable = [s for s in specs if s is not None]
    by_key = _unique_keys(raw, usable)
    _resolve_parents(raw, usable, by_key)
    _check_cycles(raw, usable, by_key)
    placed = _place(raw, usable, by_key)
    _check_shortcuts(raw, usable)
    if raw.problems:
        rank = {node.where: i for i, node in enumerate(raw.nodes)}
        raise InputError(sorted(raw.problems, key=lambda p: rank.get(p.where, -1)))
    return _labels(usable, placed)


def _spec(raw: RawTaxonomy, node: RawNode, done: list[_Spec | None]) -> _Spec | None:
    """Read one node; None when it has no usable key."""
    if not node.usable:
        return None
    f = _Fields(raw, node)
    container = done[node.container] if node.container is not None else None
    segments = f.path()
    key, name = _key_and_name(f, raw, container, segments)
    spec = _Spec(
        where=node.where,
        key=key,
        parent_ref=_parent_ref(f, node, container, segments),
        segments=segments,
        name=name,
        names=f.names(),
        description=f.text("description"),
        examples=f.items("examples"),
        guidelines=f.guidelines(),
        synonyms=f.items("synonyms"),
        shortcut=f.text("shortcut") or None,
        deprecated=f.flag("deprecated"),
        level=f.level(),
        order=len(done),
        # A node nested under one that could not be read has no known place in the tree.
        ok=container is not None or node.container is None,
    )
    if not name:
        f.problem("name", "empty name")
    if not key:
        f.problem("key", "missing key: give a key (or id, code) or a path")
        return None
    if len(key) > MAX_LEN["key"]:
        f.problem("key", f"the key is longer than {MAX_LEN['key']} characters")
    return spec


def _key_and_name(
    f: _Fields, raw: RawTaxonomy, container: _Spec | None, segments: tuple[str, ...] | None
) -> tuple[str, str]:
    """The node's key (given, else its path joined by ``>``) and its name.

    In a JSON/YAML tree a node may give only a name: its key is then the parent's key, ``>``
    and the name. Only a file with no name column at all takes names from the path or key.
    """
    name = f.text("name") if raw.has_name else ""
    key = f.text("key") or (">".join(segments) if segments else "")
    if not key and raw.nested and name:
        key = f"{container.key}>{name}" if container else name
    if not raw.has_name:
        parts = segments or split_path(key)
        name = parts[-1] if parts else key
    return key, name


def _parent_ref(
    f: _Fields, node: RawNode, container: _Spec | None, segments: tuple[str, ...] | None
) -> str | tuple[str, ...] | None:
    """What the node names as its parent: the parent field, its nesting, or its path."""
    explicit = f.text("parent")
    if container is not None:
        if explicit and explicit != container.key:
            msg = f"parent {explicit!r} differs from {container.key!r}, which it is nested under"
            f.problem("parent", msg)
        return container.key
    if explicit:
        return explicit
    return segments[:-1] if segments and len(segments) > 1 else None


def _unique_keys(raw: RawTaxonomy, specs: list[_Spec]) -> dict[str, _Spec]:
    """Index nodes by key; a second node with the same key is a problem and is set aside."""
    by_key: dict[str, _Spec] = {}
    for spec in specs:
        first = by_key.setdefault(spec.key, spec)
        if first is not spec:
            raw.problem(spec.where, "key", f"duplicate key {spec.key!r} (first at {first.where})")
            spec.ok = False
    return by_key


def _resolve_parents(raw: RawTaxonomy, specs: list[_Spec], by_key: dict[str, _Spec]) -> None:
    """Find each node's parent by key, or by path; an unknown parent is a problem."""
    resolver = RefResolver()
    for key, spec in by_key.items():
        resolver.add(key, spec.segments)
    for spec in specs:
        if not spec.ok or spec.parent_ref is None:
            continue
        spec.parent_key = resolver.resolve(spec.parent_ref)
        if spec.parent_key is None:
            ref = spec.parent_ref
            shown = repr(ref) if isinstance(ref, str) else f"{join_path(ref)!r} (from its path)"
            raw.problem(spec.where, "parent", f"unknown parent {shown}")
            spec.ok = False


def _check_cycles(raw: RawTaxonomy, specs: list[_Spec], by_key: dict[str, _Spec]) -> None:
    """Report each cycle of parents once, naming every node in it."""
    state: dict[str, int] = {}  # 1: on the current walk up the tree, 2: known to end at the top
    for spec in specs:
        walk: list[_Spec] = []
        node: _Spec | None = spec
        while node is not None and node.ok and node.key not in state:
            state[node.key] = 1
            walk.append(node)
            node = by_key[node.parent_key] if node.parent_key else None
        if node is not None and state.get(node.key) == 1:
            keys = [n.key for n in walk]
            _report_cycle(raw, walk[keys.index(node.key) :])
        for done in walk:
            state[done.key] = 2


def _report_cycle(raw: RawTaxonomy, cycle: list[_Spec]) -> None:
    """Report one cycle at its first node in the file, and set all its nodes aside."""
    for spec in cycle:
        spec.ok = False
    first = min(range(len(cycle)), key=lambda i: cycle[i].order)
    cycle = cycle[first:] + cycle[:first]
    head = cycle[0]
    if len(cycle) == 1:
        raw.problem(head.where, "parent", f"cycle: {head.key!r} is its own parent")
        return
    chain = " -> ".join(f"{s.key!r} ({s.where})" for s in cycle)
    raw.problem(head.where, "parent", f"cycle of parents: {chain} -> {head.key!r}")


def _place(
    raw: RawTaxonomy, specs: list[_Spec], by_key: dict[str, _Spec]
) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Work out each node's depth and path from the top, and check its level and path fields."""
    placed: dict[str, tuple[int, tuple[str, ...]]] = {}
    for spec in specs:
        chain: list[_Spec] = []
        node: _Spec | None = spec
        while node is not None and node.ok and node.key not in placed:
            chain.append(node)
            node = by_key[node.parent_key] if node.parent_key else None
        if node is not None and node.key not in placed:
            continue  # an ancestor has a problem of its own, already reported
        depth, path = placed[node.key] if node is not None else (0, ())
        for step in reversed(chain):
            own = step.segments[-1] if step.segments else step.name
            depth, path = depth + 1, (*path, own)
            placed[step.key] = (depth, path)
            _check_place(raw, step, depth, path)
    return placed


def _check_place(raw: RawTaxonomy, spec: _Spec, depth: int, path: tuple[str, ...]) -> None:
    """A level or path field that disagrees with the node's place in the tree is a problem."""
    if spec.level is not None and spec.level != depth:
        under = f"under {spec.parent_key!r}" if spec.parent_key else "at the top level"
        msg = f"level {spec.level} does not match the label's depth {depth} ({under})"
        raw.problem(spec.where, "level", msg)
    if spec.segments and spec.segments != path:
        given, expected = join_path(spec.segments), join_path(path)
        msg = f"path {given!r} does not match the parent's path: expected {expected!r}"
        raw.problem(spec.where, "path", msg)
    elif len(join_path(path)) > MAX_LEN["path"]:
        raw.problem(spec.where, "path", f"the path is longer than {MAX_LEN['path']} characters")


def _check_shortcuts(raw: RawTaxonomy, specs: list[_Spec]) -> None:
    """Two labels with the same shortcut is a problem."""
    seen: dict[str, _Spec] = {}
    for spec in specs:
        if spec.shortcut:
            first = seen.setdefault(spec.shortcut, spec)
            if first is not spec:
                msg = f"shortcut {spec.shortcut!r} is also used by {first.key!r} ({first.where})"
                raw.problem(spec.where, "shortcut", msg)


def _labels(specs: list[_Spec], placed: dict[str, tuple[int, tuple[str, ...]]]) -> list[LabelDTO]:
    """The checked nodes as labels, in file order."""
    parents = {s.parent_key for s in specs if s.parent_key}
    return [
        LabelDTO(
            key=s.key,
            parent_key=s.parent_key,
            path=join_path(placed[s.key][1]),
            depth=placed[s.key][0],
            position=position,
            name=s.name,
            names=s.names,
            description=s.description,
            examples=s.examples,
            guidelines=s.guidelines,
            synonyms=s.synonyms,
            shortcut=s.shortcut,
            deprecated=s.deprecated,
            is_leaf=s.key not in parents,
        )
        for position, s in enumerate(specs)
    ]


@dataclass(frozen=True)
class ParsedFile:
    """A taxonomy file, checked: its labels in file order, its options, its bytes' SHA-256."""

    labels: list[LabelDTO]
    leaf_only: bool | None
    ignored: tuple[str, ...]
    checksum: str


def parse_file(data: bytes, file: str, fmt: str) -> ParsedFile:
    """Decode, read and check a taxonomy file's bytes; raise every problem found at once.

    Parameters
    ----------
    data
        The file's bytes.
    file
        The file's name as the user gave it, for error messages.
    fmt
        ``csv``, ``json`` or ``yaml``.
    """
    raw = read_raw(decode(data, file), file, fmt)
    leaf_only = parse_flag(raw.leaf_only) if raw.leaf_only is not None else None
    if raw.leaf_only is not None and leaf_only is None:
        raw.problem("", "leaf_only", f"must be true or false, not {raw.leaf_only!r}")
    labels = validate(raw)
    checksum = hashlib.sha256(data).hexdigest()
    return ParsedFile(labels, leaf_only, tuple(sorted(raw.ignored)), checksum)
