"""The translation catalogs are current, complete and compiled; and the checker that says so
catches stale, unfinished, wrongly plural and uncompiled catalogs (on small ones in tmp_path)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
TOOL = REPO / "tools" / "translations.py"


def load_tool() -> ModuleType:
    """tools/translations.py as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("translations_tool", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


tr = load_tool()


@pytest.fixture(autouse=True)
def needs_qt_tools() -> None:
    """Skip when PySide6's lupdate/lrelease are not installed."""
    try:
        tr.tool("pyside6-lupdate")
        tr.tool("pyside6-lrelease")
    except tr.ToolMissingError as exc:
        pytest.skip(f"cannot check translations: {exc}")


def test_the_repository_catalogs_are_current_complete_and_compiled() -> None:
    proc = subprocess.run(
        [sys.executable, str(TOOL), "check"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr[-6000:]
    assert "all catalogs current" in proc.stdout


# -- the checker on small catalogs --------------------------------------------------------------

SOURCE = """\
from PySide6.QtCore import QObject


class Greeter(QObject):
    def texts(self, n: int) -> list[str]:
        return [self.tr("Hello"), self.tr("%n file(s)", "", n), self.tr("Hi %1")]
"""

LOCALES = ("en", "th")


class Project:
    """A one-file UI package with English and Thai catalogs in tmp_path."""

    def __init__(self, root: Path) -> None:
        self.source = root / "ui" / "greeter.py"
        self.source.parent.mkdir()
        self.source.write_text(SOURCE, encoding="utf-8")
        self.ts_dir = root / "translations"
        self.qm_dir = root / "qm"

    def update(self) -> None:
        tr.update([self.source], self.ts_dir, LOCALES)

    def build(self) -> None:
        tr.build(self.ts_dir, self.qm_dir, LOCALES)

    def check(self) -> str:
        return "\n".join(tr.check([self.source], self.ts_dir, self.qm_dir, LOCALES))

    def fill(self, locale: str, entries: list[tuple[str, object]]) -> None:
        tr.fill(
            tr.catalog(locale, self.ts_dir),
            [{"context": "Greeter", "source": s, "translation": t} for s, t in entries],
        )

    def translate_all(self) -> None:
        self.fill("en", [("%n file(s)", ["%n file", "%n files"])])
        self.fill("th", [("Hello", "สวัสดี"), ("%n file(s)", ["%n ไฟล์"]), ("Hi %1", "หวัดดี %1")])

    def messages(self, locale: str) -> dict[str, tuple[bool, tuple[str, ...]]]:
        _, live, _ = tr.read_messages(tr.catalog(locale, self.ts_dir))
        return {m.source: (m.finished, m.forms) for m in live}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = Project(tmp_path)
    made.update()
    return made


def test_update_creates_catalogs_with_english_filled_in(project: Project) -> None:
    english = project.messages("en")
    assert english["Hello"] == (True, ("Hello",))
    assert english["Hi %1"] == (True, ("Hi %1",))
    assert english["%n file(s)"][0] is False  # a person writes "%n file" / "%n files"
    assert all(not finished for finished, _ in project.messages("th").values())


def test_unfinished_translations_fail_the_check(project: Project) -> None:
    project.build()
    problems = project.check()
    assert "labeldesk_th.ts has unfinished or empty translations" in problems
    assert 'Greeter: "Hello"' in problems
    assert 'Greeter: "%n file(s)"' in problems
    assert "labeldesk_en.ts has unfinished" in problems


def test_a_finished_catalog_passes(project: Project) -> None:
    project.translate_all()
    project.build()
    assert project.check() == ""


def test_a_new_source_string_makes_the_catalog_stale(project: Project) -> None:
    project.translate_all()
    project.build()
    project.source.write_text(
        SOURCE.replace('self.tr("Hi %1")', 'self.tr("Hi %1"), self.tr("Goodbye")'),
        encoding="utf-8",
    )
    problems = project.check()
    assert "labeldesk_th.ts is stale: source strings not in it:" in problems
    assert 'Greeter: "Goodbye"' in problems

    project.update()  # keeps what is translated, adds the new string unfinished
    thai = project.messages("th")
    assert thai["Hello"] == (True, ("สวัสดี",))
    assert thai["Goodbye"][0] is False
    assert project.messages("en")["Goodbye"] == (True, ("Goodbye",))
    assert "stale" not in project.check()


def test_a_removed_source_string_makes_the_catalog_stale(project: Project) -> None:
    project.translate_all()
    project.build()
    project.source.write_text(SOURCE.replace(', self.tr("Hi %1")', ""), encoding="utf-8")
    problems = project.check()
    assert "is stale: strings the sources no longer have" in problems
    assert 'Greeter: "Hi %1"' in problems


def test_wrong_number_of_plural_forms_fails(project: Project) -> None:
    project.translate_all()
    project.fill("en", [("%n file(s)", ["%n files"])])
    project.fill("th", [("%n file(s)", ["%n ไฟล์", "%n ไฟล์"])])
    project.build()
    problems = project.check()
    assert 'labeldesk_en.ts needs 2 plural form(s) for:\n  Greeter: "%n file(s)"' in problems
    assert 'labeldesk_th.ts needs 1 plural form(s) for:\n  Greeter: "%n file(s)"' in problems


def test_a_dropped_placeholder_fails(project: Project) -> None:
    project.translate_all()
    project.fill("th", [("Hi %1", "หวัดดี")])
    project.build()
    assert 'labeldesk_th.ts drops a placeholder (%1, %n…) in:\n  Greeter: "Hi %1"' in (
        project.check()
    )


def test_an_empty_finished_translation_fails(project: Project) -> None:
    project.translate_all()
    project.fill("th", [("Hello", "")])
    project.build()
    assert 'labeldesk_th.ts has unfinished or empty translations:\n  Greeter: "Hello"' in (
        project.check()
    )


def test_a_missing_or_stale_qm_fails(project: Project) -> None:
    project.translate_all()
    problems = project.check()
    assert "labeldesk_th.qm: missing; run tools/translations.py build" in problems
    project.build()
    project.fill("th", [("Hello", "สวัสดีครับ")])
    problems = project.check()
    assert "labeldesk_th.qm:" in problems
    assert "run tools/translations.py build" in problems
    assert "labeldesk_en.qm" not in problems
    project.build()
    assert project.check() == ""


def test_todo_lists_what_needs_translating(project: Project) -> None:
    todo = tr.todo(project.ts_dir, LOCALES)
    assert todo["en"] == [
        {"context": "Greeter", "source": "%n file(s)", "comment": "", "translation": ["", ""]}
    ]
    assert {e["source"] for e in todo["th"]} == {"Hello", "%n file(s)", "Hi %1"}
    plural = next(e for e in todo["th"] if e["source"] == "%n file(s)")
    assert plural["translation"] == [""]
