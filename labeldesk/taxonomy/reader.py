"""Read a taxonomy file (CSV, JSON or YAML) into raw nodes numbered as a person counts them."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from labeldesk.errors import InputError, Problem

FORMATS = ("csv", "json", "yaml")
_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".json": "json", ".yaml": "yaml", ".yml": "yaml"}

#: Column (or JSON/YAML field) name -> the field it gives. ``<field>_<lang>`` is handled apart.
ALIASES: dict[str, str] = {
    "key": "key",
    "id": "key",
    "code": "key",
    "parent": "parent",
    "parent_id": "parent",
    "parent_key": "parent",
    "path": "path",
    "name": "name",
    "names": "names",
    "description": "description",
    "definition": "description",
    "examples": "examples",
    "synonyms": "synonyms",
    "shortcut": "shortcut",
    "deprecated": "deprecated",
    "level": "level",
    "children": "children",
}
_DOC_KEYS = ("labels", "leaf_only")

#: Column prefixes that take a language suffix (``name_th``, ``definition_zh_CN``) -> the field.
TRANSLATED: dict[str, str] = {
    "name": "name",
    "description": "description",
    "definition": "description",
    "examples": "examples",
}

#: ISO 639-1 language codes: a translated column's suffix starts with one of them.
ISO_639_1: frozenset[str] = frozenset((
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg",
    "bh", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv",
    "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi",
    "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr",
    "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja",
    "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw",
    "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml",
    "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv",
    "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro",
    "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr",
    "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr",
    "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
    "yo", "za", "zh", "zu",
))  # fmt: skip
#: A language tag: a 2- or 3-letter language, then maybe a script or region (``zh_Hant``).
_LANG_TAG = re.compile(r"[a-z]{2,3}(?:[_-](?:[a-z]{4}|[a-z]{2}|[0-9]{3}))?", re.IGNORECASE)


@dataclass
class RawNode:
    """One label as written in the file: canonical field name -> value as read.

    ``container`` is the index of the node this one is nested under (JSON/YAML trees);
    ``usable`` is False for an item that is not a node at all (its problem is reported).
    """

    where: str
    fields: dict[str, Any]
    container: int | None = None
    usable: bool = True


@dataclass
class RawTaxonomy:
    """A file's nodes before validation, with what was wrong with its shape.

    ``has_name`` says whether the file has a name column at all; ``nested`` whether it is a
    JSON/YAML document, whose nodes may take their key from their name and nesting.
    """

    file: str
    nodes: list[RawNode] = field(default_factory=list)
    has_name: bool = False
    nested: bool = False
    leaf_only: Any = None
    ignored: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, where: str, fld: str, message: str) -> None:
        """Record one problem at ``where`` (``row 3``, ``node 2``) in field ``fld``."""
        self.problems.append(Problem(self.file, where, fld, message))


def canonical(column: str) -> str | None:
    """The field a column gives (``id`` -> ``key``, ``definition_TH`` -> ``description_th``).

    A translated column's language is normalised (``zh-CN`` -> ``zh_cn``) when it is a
    language tag, and kept as written otherwise, for :func:`language_problem` to report.
    """
    text = column.strip()
    low = text.lower()
    for prefix, fld in TRANSLATED.items():
        if low.startswith(prefix + "_") and len(low) > len(prefix) + 1:
            return f"{fld}_{normal_language(text[len(prefix) + 1 :])}"
    return ALIASES.get(low)


def normal_language(code: str) -> str:
    """A language tag as stored: lower case, ``_`` between its parts (``zh-CN`` -> ``zh_cn``).

    Text that is not a language tag is returned as it is.
    """
    code = code.strip()
    return code.lower().replace("-", "_") if _LANG_TAG.fullmatch(code) else code


def translated_field(fld: str) -> tuple[str, str] | None:
    """``(field, language)`` of a canonical translated field (``name_th`` -> ``("name", "th")``)."""
    base, sep, lang = fld.partition("_")
    return (base, lang) if sep and lang and base in TRANSLATED.values() else None


def language_problem(code: str) -> str | None:
    """What is wrong with ``code`` as a language (None: it is an ISO 639-1 code, maybe with a
    script or region such as ``zh_Hans`` or ``pt_BR``)."""
    hint = "use an ISO 639-1 code such as th, zh or zh_CN"
    if not _LANG_TAG.fullmatch(code):
        return f"{code!r} is not a language code: {hint}"
    language = re.split("[_-]", code)[0].lower()
    if language not in ISO_639_1:
        return f"unknown language {language!r}: {hint}"
    return None


def column_problem(fld: str) -> str | None:
    """What is wrong with a canonical field's language suffix, if it has one."""
    found = translated_field(fld)
    return language_problem(found[1]) if found else None


def detect_format(path: Path, fmt: str | None) -> str:
    """The file's format: ``fmt`` if given, else from the file name's suffix."""
    if fmt:
        if fmt.lower() not in FORMATS:
            raise InputError(
                [Problem(str(path), "", "", f"unknown format {fmt!r}; use csv, json or yaml")]
            )
        return fmt.lower()
    found = _SUFFIXES.get(path.suffix.lower())
    if found is None:
        suffix = path.suffix or "no suffix"
        msg = f"cannot tell the format from {suffix!r}; use --format csv|json|yaml"
        raise InputError([Problem(str(path), "", "", msg)])
    return found


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an :class:`InputError` saying why it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        msg = "file not found"
    except IsADirectoryError:
        msg = "is a directory, not a file"
    except OSError as exc:
        msg = f"cannot read the file: {exc.strerror or exc}"
    raise InputError([Problem(str(path), "", "", msg)])


def decode(data: bytes, file: str) -> str:
    """Decode UTF-8 text (a BOM is allowed); anything else is an error saying where it fails."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError([Problem(file, "", "", "the file is UTF-16; save it as UTF-8")])
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        msg = "has NUL bytes: it looks like UTF-16 or a binary file; save it as UTF-8"
        raise InputError([Problem(file, f"line {line}", "", msg)])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data[:offset].count(b"\n") + 1
        msg = (
            f"not valid UTF-8: byte 0x{data[offset]:02x} at byte offset {offset}; "
            "save the file as UTF-8"
        )
        raise InputError([Problem(file, f"line {line}", "", msg)]) from None
    if not text.strip():
        raise InputError([Problem(file, "", "", "the file is empty: it has no labels")])
    return text


def read_raw(text: str, file: str, fmt: str) -> RawTaxonomy:
    """Parse decoded text in ``fmt`` into raw nodes; shape problems are collected, not raised."""
    if fmt == "csv":
        return read_csv(text, file)
    if fmt == "json":
        try:
            doc = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            raise InputError([Problem(file, where, "", f"not valid JSON: {exc.msg}")]) from None
    else:
        doc = _load_yaml(text, file)
    return read_tree(doc, file)


def _load_yaml(text: str, file: str) -> Any:  # noqa: ANN401 - any YAML document
    """Load YAML keeping every scalar a string, so ``NO`` or ``1.10`` stay as written."""
    import yaml

    # BaseLoader builds no objects and keeps every scalar a string.
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise InputError([Problem(file, where, "", f"not valid YAML: {exc.problem}")]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(file, "", "", f"not valid YAML: {exc}")]) from None


# -- CSV ------------------------------------------------------------------------------------


def _delimiter(first_line: str) -> str:
    """Comma, unless the header has none and uses semicolons or tabs instead."""
    if "," in first_line:
        return ","
    if "\t" in first_line:
        return "\t"
    return ";" if ";" in first_line else ","


def _header(cells: list[str], raw: RawTaxonomy) -> list[str | None]:
    """Map header cells to fields; two columns for one field, or no key/path, are problems."""
    fields: list[str | None] = []
    seen: dict[str, str] = {}
    for cell in cells:
        fld = canonical(cell) if cell.strip() else None
        if fld in ("children", "names"):  # only JSON/YAML nodes nest, and have a names object
            fld = None
        problem = column_problem(fld) if fld else None
        if problem:
            raw.problem("row 1", cell.strip(), problem)
            fld = None
        elif fld is None and cell.strip():
            raw.ignored.add(cell.strip())
        elif fld is not None and fld in seen:
            raw.problem(
                "row 1", cell.strip(), f"gives the same field as column {seen[fld]!r}; keep one"
            )
            fld = None
        elif fld is not None:
            seen[fld] = cell.strip()
        fields.append(fld)
    if "key" not in seen and "path" not in seen:
        found = ", ".join(c.strip() for c in cells if c.strip()) or "nothing"
        msg = f"no key column: add 'key' (or 'id', 'code') or 'path'; the header has {found}"
        raw.problem("row 1", "", msg)
    raw.has_name = "name" in seen
    return fields


def read_csv(text: str, file: str) -> RawTaxonomy:
    """Read CSV rows. The header is row 1 and the first label is row 2, as in a spreadsheet."""
    raw = RawTaxonomy(file)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]))
    try:
        header = _header(next(reader), raw)
        if raw.problems:
            raise InputError(raw.problems)
        for number, cells in enumerate(reader, start=2):
            _csv_row(raw, header, cells, f"row {number}")
    except csv.Error as exc:
        raw.problem(f"line {reader.line_num}", "", f"not valid CSV: {exc}")
    if not raw.nodes and not raw.problems:
        raw.problem("", "", "the file has a header but no labels")
    return raw


def _csv_row(raw: RawTaxonomy, header: list[str | None], cells: list[str], where: str) -> None:
    """Add one CSV row as a node; blank rows are skipped, extra cells are a problem."""
    if not any(c.strip() for c in cells):
        return
    extra = [c for c in cells[len(header) :] if c.strip()]
    if extra:
        msg = f"has {len(cells)} cells but the header has {len(header)} columns"
        raw.problem(where, "", msg + " (is a comma missing its quotes?)")
        return
    fields = {fld: cells[i].strip() for i, fld in enumerate(header) if fld and i < len(cells)}
    raw.nodes.append(RawNode(where, fields))


# -- JSON and YAML --------------------------------------------------------------------------


def read_tree(doc: Any, file: str) -> RawTaxonomy:  # noqa: ANN401 - any parsed document
    """Read a list of nodes, ``{"labels": [...], "leaf_only": ...}``, or one nested root node."""
    raw = RawTaxonomy(file, nested=True)
    if isinstance(doc, dict) and "labels" in doc:
        raw.leaf_only = doc.get("leaf_only")
        raw.ignored.update(str(k) for k in doc if k not in _DOC_KEYS)
        items, pointer = doc["labels"], "/labels"
    elif isinstance(doc, dict):
        items, pointer = [doc], None
    else:
        items, pointer = doc, ""
    if not isinstance(items, list):
        msg = 'expected a list of labels, {"labels": [...]} or a {"key", "children": [...]} tree'
        raw.problem("", "", msg)
    elif not items:
        raw.problem("", "", "the file has no labels")
    else:
        _flatten(raw, items, pointer)
    return raw


def _flatten(raw: RawTaxonomy, items: list[Any], pointer: str | None) -> None:
    """Append nodes depth-first (parents before children) without recursion.

    ``pointer`` is the JSON pointer of ``items``, or None when ``items`` wraps the document's
    single root node. Nested nodes are named ``node 7 (/labels/1/children/0)``.
    """
    stack: list[tuple[list[Any], int, str | None, int | None]] = [(items, 0, pointer, None)]
    while stack:
        seq, index, ptr, container = stack.pop()
        if index >= len(seq):
            continue
        stack.append((seq, index + 1, ptr, container))
        item, here = seq[index], "" if ptr is None else f"{ptr}/{index}"
        where = f"node {len(raw.nodes) + 1}" + (f" ({here})" if container is not None else "")
        if not isinstance(item, dict):
            raw.problem(where, "", f"must be an object with a key and a name, not {kind_of(item)}")
            raw.nodes.append(RawNode(where, {}, container, usable=False))
            continue
        children = _node_fields(raw, item, where, container)
        if children is not None:
            stack.append((children, 0, here + "/children", len(raw.nodes) - 1))


def _node_fields(
    raw: RawTaxonomy, item: dict[Any, Any], where: str, container: int | None
) -> list[Any] | None:
    """Add one JSON/YAML object as a node; return its children list, if it has one."""
    fields: dict[str, Any] = {}
    given: dict[str, str] = {}
    for name, value in item.items():
        fld = canonical(str(name))
        problem = column_problem(fld) if fld else None
        if problem:
            raw.problem(where, str(name), problem)
        elif fld is None:
            raw.ignored.add(str(name))
        elif fld in given:
            raw.problem(where, str(name), f"gives the same field as {given[fld]!r}; keep one")
        else:
            given[fld] = str(name)
            fields[fld] = value
    raw.has_name = raw.has_name or "name" in fields
    children = fields.pop("children", None)
    raw.nodes.append(RawNode(where, fields, container))
    if children is None or isinstance(children, list):
        return children
    raw.problem(where, "children", f"must be a list of labels, not {kind_of(children)}")
    return None


def kind_of(value: Any) -> str:  # noqa: ANN401 - describes any parsed value
    """Name a parsed value's type as a user would: a list, a number, text."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    return "a number"
