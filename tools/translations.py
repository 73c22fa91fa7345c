"""Keeps the UI's Qt translation catalogs in step with the code, compiles them, and checks them.

    tools/translations.py update        refresh translations/*.ts from labeldesk/ui/**/*.py
    tools/translations.py build         compile them into labeldesk/ui/i18n/*.qm
    tools/translations.py check         exit 1 naming every stale, unfinished or wrong entry
    tools/translations.py todo [LOCALE] print the unfinished messages as JSON, to translate
    tools/translations.py fill LOCALE FILE.json
                                        write translations from such JSON into a catalog

``update`` keeps every existing translation, adds new source strings as unfinished and drops
strings the code no longer has. English is the source language, so its catalog's plain
messages are filled with their source text; its plural forms (``%n``) still need a person.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

REPO: Final[Path] = Path(__file__).resolve().parents[1]
SOURCE_DIR: Final[Path] = REPO / "labeldesk" / "ui"
TS_DIR: Final[Path] = REPO / "translations"
QM_DIR: Final[Path] = REPO / "labeldesk" / "ui" / "i18n"

#: The catalogs' locales (file suffixes), as in labeldesk.ui.i18n.CATALOG_LOCALES.
LOCALES: Final[tuple[str, ...]] = ("en", "th", "id", "ms", "vi", "zh_CN")
SOURCE_LANGUAGE: Final[str] = "en"
#: How many plural forms Qt uses per language (Thai, Indonesian, Malay, Vietnamese and
#: Chinese do not inflect for number).
PLURAL_FORMS: Final[dict[str, int]] = {"en": 2, "th": 1, "id": 1, "ms": 1, "vi": 1, "zh": 1}
LUPDATE_OPTIONS: Final[tuple[str, ...]] = ("-no-obsolete", "-locations", "none", "-silent")
_PLACEHOLDER = re.compile(r"%L?(?:n|[1-9])")
#: How many source strings a problem message names before it says "and N more".
SHOW_AT_MOST: Final[int] = 12


class ToolMissingError(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease is not installed."""


@dataclass(frozen=True)
class Message:
    """One message of a catalog: where it comes from and how far its translation is."""

    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str, str, bool]:
        """What identifies the message: context, source text, disambiguation, plural."""
        return (self.context, self.source, self.comment, self.numerus)

    def label(self) -> str:
        """``Context: "source"`` for problem reports."""
        return f'{self.context}: "{self.source}"'


# -- tools --------------------------------------------------------------------------------


def tool(name: str) -> Path:
    """The Qt tool ``name`` next to this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return beside
    found = shutil.which(name)
    if found is None:
        raise ToolMissingError(f"{name} is not installed (it comes with PySide6)")
    return Path(found)


def python_sources(root: Path = SOURCE_DIR) -> list[Path]:
    """Every .py file under ``root``, sorted."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def catalog(locale: str, ts_dir: Path = TS_DIR) -> Path:
    """The .ts file of ``locale``."""
    return ts_dir / f"labeldesk_{locale}.ts"


def lupdate(sources: Sequence[Path], ts_file: Path, locale: str) -> None:
    """Merge the strings of ``sources`` into ``ts_file`` (created if missing)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in sources))
    try:
        _run(
            tool("pyside6-lupdate"),
            f"@{lst.name}",
            *LUPDATE_OPTIONS,
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            locale,
            "-ts",
            str(ts_file),
        )
    finally:
        Path(lst.name).unlink()


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    _run(tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file))


def _run(*args: object) -> None:
    """Run a command; RuntimeError with its output if it fails."""
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{Path(str(args[0])).name} failed:\n{proc.stdout}{proc.stderr}")


# -- reading and writing catalogs ---------------------------------------------------------


def read_messages(ts_file: Path) -> tuple[str, list[Message], list[Message]]:
    """The catalog's language, its live messages, and its vanished or obsolete ones."""
    root = ET.parse(ts_file).getroot()
    live: list[Message] = []
    gone: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            message = _message(name, element, translation, kind)
            (gone if kind in ("vanished", "obsolete") else live).append(message)
    return root.get("language", ""), live, gone


def _message(
    context: str, element: ET.Element, translation: ET.Element | None, kind: str
) -> Message:
    """One <message> element as a Message."""
    numerus = element.get("numerus") == "yes"
    if translation is None:
        forms: tuple[str, ...] = ()
    elif numerus:
        forms = tuple(f.text or "" for f in translation.iter("numerusform"))
    else:
        forms = (translation.text or "",)
    return Message(
        context,
        element.findtext("source") or "",
        element.findtext("comment") or "",
        numerus,
        forms,
        finished=kind == "",
    )


def fill(ts_file: Path, entries: Iterable[dict[str, object]]) -> int:
    """Write translations into ``ts_file``; returns how many messages were filled.

    Each entry has ``context``, ``source``, optional ``comment``, and ``translation``: a
    string, or a list of plural forms for a ``%n`` message.
    """
    wanted = {
        (str(e["context"]), str(e["source"]), str(e.get("comment", ""))): e["translation"]
        for e in entries
    }
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            key = (name, element.findtext("source") or "", element.findtext("comment") or "")
            if key in wanted:
                _set_translation(element, wanted[key])
                filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def _set_translation(element: ET.Element, value: object) -> None:
    """Make ``value`` the finished translation of ``element``."""
    translation = element.find("translation")
    if translation is None:
        translation = ET.SubElement(element, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if element.get("numerus") == "yes":
        translation.text = None
        for form in value if isinstance(value, list) else [value]:
            ET.SubElement(translation, "numerusform").text = str(form)
    else:
        translation.text = str(value)


def _fill_source_language(ts_file: Path) -> None:
    """English: give every unfinished plain message its source text as translation."""
    _, live, _ = read_messages(ts_file)
    entries = [
        {"context": m.context, "source": m.source, "comment": m.comment, "translation": m.source}
        for m in live
        if not m.finished and not m.numerus
    ]
    if entries:
        fill(ts_file, entries)


# -- commands -----------------------------------------------------------------------------


def update(
    sources: Sequence[Path] | None = None,
    ts_dir: Path = TS_DIR,
    locales: Sequence[str] = LOCALES,
) -> None:
    """Refresh every catalog from the sources, keeping the translations it has."""
    files = list(sources) if sources is not None else python_sources()
    ts_dir.mkdir(parents=True, exist_ok=True)
    for locale in locales:
        path = catalog(locale, ts_dir)
        lupdate(files, path, locale)
        if locale == SOURCE_LANGUAGE:
            _fill_source_language(path)
            lupdate(files, path, locale)  # back in lupdate's own layout


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, locales: Sequence[str] = LOCALES) -> None:
    """Compile every catalog into its .qm file."""
    for locale in locales:
        lrelease(catalog(locale, ts_dir), qm_dir / f"labeldesk_{locale}.qm")


def check(
    sources: Sequence[Path] | None = None,
    ts_dir: Path = TS_DIR,
    qm_dir: Path = QM_DIR,
    locales: Sequence[str] = LOCALES,
) -> list[str]:
    """Every problem with the catalogs: stale, unfinished, wrong plurals or placeholders, or a
    compiled file that does not match. An empty list means all is well."""
    files = list(sources) if sources is not None else python_sources()
    problems: list[str] = []
    for locale in locales:
        path = catalog(locale, ts_dir)
        if not path.exists():
            problems.append(f"{path}: missing; run tools/translations.py update")
            continue
        problems += _stale(path, files, locale)
        problems += _unfinished(path)
        problems += _compiled(path, qm_dir / f"labeldesk_{locale}.qm")
    return problems


def _stale(path: Path, sources: Sequence[Path], locale: str) -> list[str]:
    """Problems if lupdate would change the catalog's set of messages."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        shutil.copyfile(path, copy)
        lupdate(sources, copy, locale)
        _, fresh, _ = read_messages(copy)
    _, live, gone = read_messages(path)
    have = {m.key: m for m in live}
    want = {m.key: m for m in fresh}
    problems = []
    new = [want[k] for k in want.keys() - have.keys()]
    old = [have[k] for k in have.keys() - want.keys()] + gone
    if new:
        problems.append(_listing(path, "is stale: source strings not in it", new))
    if old:
        problems.append(_listing(path, "is stale: strings the sources no longer have", old))
    return problems


def _unfinished(path: Path) -> list[str]:
    """Problems with the translations themselves."""
    language, live, _ = read_messages(path)
    plurals = PLURAL_FORMS.get(language.split("_")[0])
    unfinished = [m for m in live if not m.finished or not m.forms or not all(m.forms)]
    problems = []
    if unfinished:
        problems.append(_listing(path, "has unfinished or empty translations", unfinished))
    wrong = [m for m in live if m.numerus and m.finished and plurals and len(m.forms) != plurals]
    if wrong:
        problems.append(_listing(path, f"needs {plurals} plural form(s) for", wrong))
    lost = [m for m in live if m.finished and all(m.forms) and not _placeholders_kept(m)]
    if lost:
        problems.append(_listing(path, "drops a placeholder (%1, %n…) in", lost))
    return problems


def _placeholders_kept(message: Message) -> bool:
    """Whether every translation form keeps the source's %1…%9 and %n."""
    needed = set(_PLACEHOLDER.findall(message.source))
    return all(needed <= set(_PLACEHOLDER.findall(form)) for form in message.forms)


def _compiled(ts_file: Path, qm_file: Path) -> list[str]:
    """A problem if ``qm_file`` is not what lrelease makes of ``ts_file``."""
    if not qm_file.exists():
        return [f"{qm_file}: missing; run tools/translations.py build"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm_file.name
        lrelease(ts_file, fresh)
        same = fresh.read_bytes() == qm_file.read_bytes()
    if same:
        return []
    older = qm_file.stat().st_mtime < ts_file.stat().st_mtime
    why = f"older than {ts_file.name}" if older else f"differs from what {ts_file.name} compiles to"
    return [f"{qm_file}: {why}; run tools/translations.py build"]


def _listing(path: Path, what: str, messages: Sequence[Message]) -> str:
    """``<file> <what>:`` and the messages, one per line (at most :data:`SHOW_AT_MOST`)."""
    lines = [f"  {m.label()}" for m in sorted(messages, key=lambda m: m.key)[:SHOW_AT_MOST]]
    if len(messages) > SHOW_AT_MOST:
        lines.append(f"  … and {len(messages) - SHOW_AT_MOST} more")
    return "\n".join([f"{path} {what}:", *lines])


def todo(
    ts_dir: Path = TS_DIR, locales: Sequence[str] = LOCALES
) -> dict[str, list[dict[str, object]]]:
    """The unfinished messages of each catalog, in the form :func:`fill` reads."""
    result: dict[str, list[dict[str, object]]] = {}
    for locale in locales:
        language, live, _ = read_messages(catalog(locale, ts_dir))
        plurals = PLURAL_FORMS.get(language.split("_")[0], 1)
        result[locale] = [
            {
                "context": m.context,
                "source": m.source,
                "comment": m.comment,
                "translation": [""] * plurals if m.numerus else "",
            }
            for m in live
            if not m.finished or not all(m.forms)
        ]
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="refresh the .ts catalogs from labeldesk/ui")
    sub.add_parser("build", help="compile the .ts catalogs into labeldesk/ui/i18n/*.qm")
    sub.add_parser("check", help="fail if a catalog is stale, unfinished or not compiled")
    todo_parser = sub.add_parser("todo", help="print unfinished messages as JSON")
    todo_parser.add_argument("locales", nargs="*", default=list(LOCALES))
    fill_parser = sub.add_parser("fill", help="write translations from JSON into a catalog")
    fill_parser.add_argument("locale", choices=LOCALES)
    fill_parser.add_argument("json_file", type=Path)
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except (ToolMissingError, RuntimeError) as exc:
        _say(f"error: {exc}", err=True)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    """Run one command."""
    if args.command == "update":
        update()
    elif args.command == "build":
        build()
    elif args.command == "check":
        problems = check()
        for problem in problems:
            _say(problem, err=True)
        if problems:
            _say("translations: run tools/translations.py update, translate, build", err=True)
            return 1
        _say("translations: all catalogs current, complete and compiled")
    elif args.command == "todo":
        _say(json.dumps(todo(locales=args.locales), ensure_ascii=False, indent=1))
    else:
        entries = json.loads(args.json_file.read_text(encoding="utf-8"))
        path = catalog(args.locale)
        n = fill(path, entries)
        lupdate(python_sources(), path, args.locale)  # back in lupdate's own layout
        _say(f"{path}: {n} translation(s) written")
    return 0


def _say(text: str, *, err: bool = False) -> None:
    """Print ``text`` to stdout, or to stderr if ``err``."""
    print(text, file=sys.stderr if err else sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
