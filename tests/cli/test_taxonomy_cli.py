"""``labeldesk taxonomy import|show|list``: output through click, and errors in a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import assert_one_line_error, labeldesk
from click.testing import CliRunner, Result

from labeldesk.cli import main
from labeldesk.workspace import Workspace

BAD = Path(__file__).resolve().parents[1] / "data" / "taxonomy"


@pytest.fixture
def ws_path(tmp_path: Path) -> str:
    """A new workspace file, closed so that the CLI opens it itself."""
    path = tmp_path / "ws.db"
    Workspace.open(path, create=True).close()
    return str(path)


def cli(*args: str) -> Result:
    """Run the CLI in-process; exceptions propagate to ``result.exception``."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_import_prints_a_summary(ws_path: str, shared_data: Path) -> None:
    result = cli("taxonomy", "import", str(shared_data / "bitext_taxonomy.csv"), "-w", ws_path)
    assert result.stdout.splitlines() == ["bitext v1: 38 labels (11 top-level, 2 levels)"]
    assert "note: ignored columns: source" in result.stderr
    again = cli("taxonomy", "import", str(shared_data / "bitext_taxonomy.csv"), "-w", ws_path)
    assert again.stdout.strip() == "bitext v1: no changes (38 labels)"
    sgd = cli(
        "taxonomy",
        "import",
        str(shared_data / "sgd_taxonomy.csv"),
        "--name",
        "dstc8",
        "-w",
        ws_path,
    )
    assert sgd.stdout.strip() == "dstc8 v1: 153 labels (20 top-level, 3 levels)"


def test_reimport_prints_the_diff(ws_path: str, tmp_path: Path) -> None:
    path = tmp_path / "shop.csv"
    path.write_text(
        "key,parent,name,description\nA,,A,\nA.1,A,One,first\nA.2,A,Two,\nB,,B,\nC,,C,\n",
        encoding="utf-8",
    )
    cli("taxonomy", "import", str(path), "-w", ws_path)
    path.write_text(
        "key,parent,name,description,deprecated\n"
        "A,,A,,\nA.1,A,Uno,first!,\nA.2,B,Two,,\nB,,B,,yes\nD,,D,,\n",
        encoding="utf-8",
    )
    out = cli("taxonomy", "import", str(path), "-w", ws_path).stdout.splitlines()
    assert out == [
        "shop v2: 5 labels (3 top-level, 2 levels), 1 deprecated",
        "added (1):",
        "  D",
        "removed (1):",
        "  C",
        "renamed (1):",
        "  A.1: One -> Uno",
        "moved (1):",
        "  A.2: A -> B",
        "deprecated (1):",
        "  B",
        "guideline changed (1):",
        "  A.1 [description]: first -> first!",
    ]


def test_import_json_output(ws_path: str) -> None:
    out = cli("taxonomy", "import", str(BAD / "nested.yaml"), "--json", "-w", ws_path).stdout
    data = json.loads(out)
    assert (data["taxonomy"], data["version"], data["labels"], data["leaf_only"]) == (
        "nested",
        1,
        4,
        False,
    )
    assert data["diff"] is None


def test_show_prints_the_tree(ws_path: str, shared_data: Path) -> None:
    cli("taxonomy", "import", str(BAD / "translated.csv"), "--any-level", "-w", ws_path)
    out = cli("taxonomy", "show", "-w", ws_path).stdout.splitlines()
    assert out == [
        "translated v1: 3 labels, any level",
        "└── Order  (order)  [shortcut o]",
        "    ├── Late delivery  (order.late)  [shortcut l]",
        "    └── Lost parcel  (order.lost)",
    ]
    thai = cli("taxonomy", "show", "--lang", "th", "-w", ws_path).stdout
    assert "└── คำสั่งซื้อ  (order)" in thai
    assert "Lost parcel" in thai
    cli("taxonomy", "import", str(shared_data / "sgd_taxonomy.csv"), "-w", ws_path)
    sgd = cli("taxonomy", "show", "--name", "sgd", "-w", ws_path).stdout.splitlines()
    assert sgd[1:6] == [
        "├── Alarm",
        "│   └── Alarm_1",
        "│       ├── GetAlarms  (Alarm_1>GetAlarms)",
        "│       └── AddAlarm  (Alarm_1>AddAlarm)",
        "├── Banks",
    ]
    assert sgd[-3:] == [
        "└── Weather",
        "    └── Weather_1",
        "        └── GetWeather  (Weather_1>GetWeather)",
    ]


def test_show_marks_deprecated_and_prints_json(ws_path: str) -> None:
    cli("taxonomy", "import", str(BAD / "flat.json"), "-w", ws_path)
    assert "└── Refund  (refund)  [deprecated]" in cli("taxonomy", "show", "-w", ws_path).stdout
    data = json.loads(cli("taxonomy", "show", "--json", "-w", ws_path).stdout)
    assert [lb["key"] for lb in data["labels"]] == ["order", "order.late", "refund"]
    assert data["labels"][1]["examples"] == ["Where is my parcel?", "It is a week late"]


def test_list(ws_path: str, shared_data: Path) -> None:
    assert "no taxonomies yet" in cli("taxonomy", "list", "-w", ws_path).stdout
    for name in ("abcd", "bitext"):
        cli("taxonomy", "import", str(shared_data / f"{name}_taxonomy.csv"), "-w", ws_path)
    lines = cli("taxonomy", "list", "-w", ws_path).stdout.splitlines()
    assert [line.split()[:4] for line in lines] == [
        ["abcd", "v1", "65", "labels"],
        ["bitext", "v1", "38", "labels"],
    ]
    data = json.loads(cli("taxonomy", "list", "--json", "-w", ws_path).stdout)
    assert [(d["name"], d["labels"]) for d in data] == [("abcd", 65), ("bitext", 38)]


@pytest.mark.parametrize("args", [[], ["import"], ["show"], ["list"]])
def test_help(args: list[str]) -> None:
    out = cli("taxonomy", *args, "--help").stdout
    assert "Usage:" in out
    if args:
        assert "--workspace" in out


# -- errors, as a user sees them ------------------------------------------------------------


def test_bad_file_is_one_line_and_changes_nothing(ws_path: str) -> None:
    proc = labeldesk("taxonomy", "import", str(BAD / "duplicate_key.csv"), "-w", ws_path)
    assert_one_line_error(proc, "duplicate_key.csv:row 4", "duplicate key 'ORDER>late'")
    listing = labeldesk("taxonomy", "list", "-w", ws_path)
    assert listing.returncode == 0
    assert "no taxonomies yet" in listing.stdout


def test_all_problems_on_one_line(ws_path: str) -> None:
    proc = labeldesk("taxonomy", "import", str(BAD / "many_problems.csv"), "-w", ws_path)
    line = assert_one_line_error(proc, "6 problems, nothing imported")
    for where in ("row 3", "row 4", "row 5", "row 6", "row 8"):
        assert where in line


@pytest.mark.parametrize(
    ("fixture", "needle"),
    [
        ("latin1.csv", "not valid UTF-8"),
        ("utf16.csv", "UTF-16"),
        ("empty.csv", "empty"),
        ("cycle.csv", "cycle"),
        ("missing.csv", "file not found"),
    ],
)
def test_more_errors_in_a_real_process(ws_path: str, fixture: str, needle: str) -> None:
    proc = labeldesk("taxonomy", "import", str(BAD / fixture), "-w", ws_path)
    assert_one_line_error(proc, fixture, needle)


def test_show_errors(ws_path: str, tmp_path: Path) -> None:
    assert_one_line_error(labeldesk("taxonomy", "show", "-w", ws_path), "no taxonomy")
    assert_one_line_error(
        labeldesk("taxonomy", "show", "--name", "nope", "-w", str(tmp_path / "none.db")),
        "no workspace",
    )


def test_many_problems_are_counted_past_the_first_twenty(ws_path: str, tmp_path: Path) -> None:
    path = tmp_path / "orphans.csv"
    path.write_text("key,parent,name\n" + "".join(f"k{i},nope,K\n" for i in range(25)), "utf-8")
    line = assert_one_line_error(labeldesk("taxonomy", "import", str(path), "-w", ws_path))
    assert "25 problems, nothing imported" in line
    assert "row 21: field 'parent': unknown parent 'nope'" in line
    assert "row 22:" not in line
    assert line.endswith("; and 5 more")


def test_format_option_overrides_the_suffix(ws_path: str, tmp_path: Path) -> None:
    path = tmp_path / "labels.txt"
    path.write_text("- key: a\n  name: A\n", encoding="utf-8")
    assert_one_line_error(labeldesk("taxonomy", "import", str(path), "-w", ws_path), "--format")
    out = cli("taxonomy", "import", str(path), "--format", "yaml", "-w", ws_path).stdout
    assert out.strip() == "labels v1: 1 label (1 top-level, 1 level)"
