"""``labeldesk taxonomy``: import a taxonomy file, show its tree, list a workspace's taxonomies."""

from __future__ import annotations

from pathlib import Path

import click

from labeldesk.cli.common import echo_json, opened, workspace_option
from labeldesk.errors import InputError, LabelDeskError
from labeldesk.taxonomy import ImportResult, LabelChange, LabelDTO, TaxonomyDiff, TaxonomySummary
from labeldesk.taxonomy.reader import FORMATS

#: At most this many problems are spelled out in the one-line error; the rest are counted.
MAX_PROBLEMS_SHOWN = 20
_TEXT_WIDTH = 50


@click.group("taxonomy")
def taxonomy_group() -> None:
    """Import and show taxonomies: versioned trees of labels with their guidelines."""


@taxonomy_group.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--name", metavar="NAME", help="Taxonomy name (default: file name minus _taxonomy).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS, case_sensitive=False),
    help="File format (default: from the file's suffix).",
)
@click.option(
    "--leaf-only/--any-level",
    "leaf_only",
    default=None,
    help="Whether only leaf labels may be chosen (default: the file's leaf_only, else kept).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@workspace_option
def import_cmd(
    *,
    file: Path,
    name: str | None,
    fmt: str | None,
    leaf_only: bool | None,
    as_json: bool,
    workspace: str | None,
) -> None:
    """Import FILE (CSV, JSON or YAML) as a new version of a taxonomy.

    Columns: key (or id, code) or path; parent (or parent_id); name and name_<lang>;
    description; examples and synonyms (separated by | or new lines); shortcut; deprecated.
    Nothing is imported if any row has a problem; all problems are listed. Importing again
    makes a new version and prints what changed. Labels that annotations use are never
    deleted: if the file leaves them out, they are kept as deprecated.
    """
    with opened(workspace) as ws:
        try:
            result = ws.taxonomy.import_file(file, name=name, fmt=fmt, leaf_only=leaf_only)
        except InputError as exc:
            raise LabelDeskError(problems_line(exc)) from exc
    if as_json:
        echo_json(result)
        return
    for line in import_lines(result):
        click.echo(line)
    if result.ignored_columns:
        click.echo(f"note: ignored columns: {', '.join(result.ignored_columns)}", err=True)


@taxonomy_group.command("show")
@click.option("--name", metavar="NAME", help="Which taxonomy (needed if there are several).")
@click.option("--lang", metavar="CODE", help="Show names in this language where translated.")
@click.option("--json", "as_json", is_flag=True, help="Print the taxonomy as JSON.")
@workspace_option
def show_cmd(name: str | None, lang: str | None, as_json: bool, workspace: str | None) -> None:
    """Print a taxonomy's latest version as a tree: name, key, shortcut, deprecated marks."""
    with opened(workspace) as ws:
        taxonomy = ws.taxonomy.latest(name, lang=lang)
    if as_json:
        echo_json(taxonomy)
        return
    mode = "leaf-only" if taxonomy.leaf_only else "any level"
    count = _count(len(taxonomy.labels), "label")
    click.echo(f"{taxonomy.name} v{taxonomy.version}: {count}, {mode}")
    for line in tree_lines(taxonomy.labels):
        click.echo(line)


@taxonomy_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@workspace_option
def list_cmd(as_json: bool, workspace: str | None) -> None:
    """List the workspace's taxonomies with their latest version."""
    with opened(workspace) as ws:
        summaries = ws.taxonomy.list()
    if as_json:
        echo_json(summaries)
    elif not summaries:
        click.echo("no taxonomies yet: import one with `labeldesk taxonomy import FILE`")
    else:
        for line in list_lines(summaries):
            click.echo(line)


# -- formatting -----------------------------------------------------------------------------


def problems_line(exc: InputError) -> str:
    """Every problem of an input error on one line (the CLI prints errors as one line)."""
    problems = exc.problems
    if len(problems) == 1 and not exc.more:
        return str(problems[0]).replace("\n", " ")
    file = problems[0].file if problems else ""
    parts = [str(p).removeprefix(f"{p.file}:").strip() for p in problems[:MAX_PROBLEMS_SHOWN]]
    hidden = len(problems) - len(parts) + exc.more
    tail = f"; and {hidden} more" if hidden else ""
    head = f"{file}: {len(problems) + exc.more} problems, nothing imported: "
    return (head + "; ".join(parts) + tail).replace("\n", " ")


def import_lines(result: ImportResult) -> list[str]:
    """The summary line of an import, then its diff by kind of change."""
    head = f"{result.taxonomy} v{result.version}"
    if not result.changed:
        return [f"{head}: no changes ({_count(result.labels, 'label')})"]
    levels = _count(result.depth, "level")
    line = f"{head}: {_count(result.labels, 'label')} ({result.top_level} top-level, {levels})"
    if result.deprecated:
        line += f", {result.deprecated} deprecated"
    return [line, *(diff_lines(result.diff) if result.diff is not None else [])]


def _count(n: int, noun: str) -> str:
    """``1 label``, ``2 labels`` (the CLI speaks English; the UI translates with Qt plurals)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def diff_lines(diff: TaxonomyDiff) -> list[str]:
    """A diff as sections: a heading with a count, then one indented line per change."""
    if diff.is_empty:
        return ["no label changes (only paths changed)"]
    lines: list[str] = []
    for title, keys in (("added", diff.added), ("removed", diff.removed)):
        lines += _section(title, [f"  {key}" for key in keys])
    lines += _section("renamed", [_change(c) for c in diff.renamed])
    lines += _section("moved", [_change(c) for c in diff.moved])
    lines += _section("deprecated", [f"  {key}" for key in diff.deprecated])
    lines += _section("restored", [f"  {key}" for key in diff.restored])
    lines += _section("guideline changed", [_change(c) for c in diff.guideline_changed])
    lines += _section("other changes", [_change(c) for c in diff.other])
    if diff.reordered:
        lines.append("order of labels changed")
    return lines


def _section(title: str, items: list[str]) -> list[str]:
    """A heading such as ``added (2):`` and its items; nothing if there are no items."""
    return [f"{title} ({len(items)}):", *items] if items else []


def _change(change: LabelChange) -> str:
    """``  key: old -> new`` (with the field when it is not the obvious one)."""
    shown = {"parent": "", "name": ""}.get(change.field, f" [{change.field}]")
    old = _short(change.old) or ("(top level)" if change.field == "parent" else "(none)")
    new = _short(change.new) or ("(top level)" if change.field == "parent" else "(none)")
    return f"  {change.key}{shown}: {old} -> {new}"


def _short(text: str) -> str:
    """Text on one line, cut to a readable width."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _TEXT_WIDTH else flat[: _TEXT_WIDTH - 1] + "…"


def tree_lines(labels: tuple[LabelDTO, ...] | list[LabelDTO]) -> list[str]:
    """Labels in depth-first order drawn as a tree with ``├──``, ``└──`` and ``│``."""
    last_child: dict[str | None, str] = {label.parent_key: label.key for label in labels}
    rails: list[str] = []  # what to draw for each open ancestor level: "│   " or "    "
    lines = []
    for label in labels:
        del rails[label.depth - 1 :]
        is_last = last_child[label.parent_key] == label.key
        lines.append("".join(rails) + ("└── " if is_last else "├── ") + _node_text(label))
        rails.append("    " if is_last else "│   ")
    return lines


def _node_text(label: LabelDTO) -> str:
    """A label's name, then its key (if different), shortcut and deprecated mark."""
    text = label.display_name
    if label.key != text:
        text += f"  ({label.key})"
    if label.shortcut:
        text += f"  [shortcut {label.shortcut}]"
    if label.deprecated:
        text += "  [deprecated]"
    return text


def list_lines(summaries: list[TaxonomySummary]) -> list[str]:
    """One line per taxonomy: name, version, counts, mode and source file."""
    width = max(len(s.name) for s in summaries)
    lines = []
    for s in summaries:
        mode = "leaf-only" if s.leaf_only else "any level"
        dep = f", {s.deprecated} deprecated" if s.deprecated else ""
        count = _count(s.labels, "label")
        lines.append(f"{s.name:<{width}}  v{s.version}  {count}{dep}  {mode}  {s.source}")
    return lines
