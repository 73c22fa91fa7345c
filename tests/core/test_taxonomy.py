"""Taxonomy import, validation, versioning, diff and label resolution, on a real SQLite file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select
from sqlalchemy import text as sql

from labeldesk.errors import InputError, LabelDeskError
from labeldesk.storage.migrate import alembic_config
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    AuditEntry,
    Batch,
    Conversation,
    GoldItem,
    Label,
    Prediction,
    Review,
    ReviewItem,
    ReviewReason,
    Role,
    Taxonomy,
    TaxonomyVersion,
    User,
)
from labeldesk.taxonomy import LabelDTO, TaxonomyService, split_path
from labeldesk.taxonomy.dto import Guideline
from labeldesk.taxonomy.validate import parse_file
from labeldesk.workspace import Workspace

BAD = Path(__file__).resolve().parents[1] / "data" / "taxonomy"


def counts(ws: Workspace) -> tuple[int, int, int, int]:
    """How many taxonomies, versions, labels and audit entries the workspace holds."""
    with ws.db.sessions() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(table))
            for table in (Taxonomy, TaxonomyVersion, Label, AuditEntry)
        )


def problems_of(exc: pytest.ExceptionInfo[InputError]) -> list[str]:
    """Each problem of an input error as text."""
    return [str(p) for p in exc.value.problems]


def bitext_rows(shared_data: Path) -> list[dict[str, str]]:
    """The shared bitext taxonomy as CSV rows."""
    with (shared_data / "bitext_taxonomy.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    """Write rows as CSV with the union of their columns."""
    columns = list(dict.fromkeys(c for row in rows for c in row))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


# -- the shared taxonomies ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "labels", "top", "depth"),
    [("sgd", 153, 20, 3), ("bitext", 38, 11, 2), ("abcd", 65, 10, 2)],
)
def test_shared_taxonomies_import_as_they_are(
    workspace: Workspace, shared_data: Path, name: str, labels: int, top: int, depth: int
) -> None:
    result = workspace.taxonomy.import_file(shared_data / f"{name}_taxonomy.csv")
    assert (result.taxonomy, result.version, result.changed) == (name, 1, True)
    assert (result.labels, result.top_level, result.depth) == (labels, top, depth)
    assert result.diff is None
    assert result.ignored_columns == ("source",)
    with (shared_data / f"{name}_taxonomy.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    tree = workspace.taxonomy.tree(name)
    by_key = {lb.key: lb for lb in tree}
    assert len(tree) == labels
    for row in rows:
        label = by_key[row["id"]]
        assert label.depth == int(row["level"])
        assert label.parent_key == (row["parent_id"] or None)
        assert label.path == row["path"]
        assert label.name == row["name"]
        assert label.description == row["description"]


def test_tree_is_depth_first_with_parents_before_children(
    workspace: Workspace, shared_data: Path
) -> None:
    workspace.taxonomy.import_file(shared_data / "sgd_taxonomy.csv")
    tree = workspace.taxonomy.tree()
    seen: set[str] = set()
    for prev, label in zip([None, *tree], tree, strict=False):
        assert label.parent_key is None or label.parent_key in seen
        if prev is not None and label.depth > prev.depth:
            assert label.parent_key == prev.key
        seen.add(label.key)
    assert [lb.key for lb in tree[:4]] == [
        "Alarm",
        "Alarm_1",
        "Alarm_1>GetAlarms",
        "Alarm_1>AddAlarm",
    ]
    assert all(lb.is_leaf == (lb.depth == 3) for lb in tree)


def test_label_index_resolves_keys_and_paths(workspace: Workspace, shared_data: Path) -> None:
    workspace.taxonomy.import_file(shared_data / "sgd_taxonomy.csv")
    workspace.taxonomy.import_file(shared_data / "bitext_taxonomy.csv")
    sgd = workspace.taxonomy.label_index("sgd")
    assert sgd.resolve("Banks>Banks_1>CheckBalance") == "Banks_1>CheckBalance"
    assert sgd.resolve("Banks > Banks_1 > CheckBalance") == "Banks_1>CheckBalance"
    assert sgd.resolve("Banks/Banks_1/CheckBalance") == "Banks_1>CheckBalance"
    assert sgd.resolve("Banks_1>CheckBalance") == "Banks_1>CheckBalance"
    assert sgd.resolve(" Banks>Banks_1 ") == "Banks_1"
    assert sgd.resolve("Banks") == "Banks"
    assert sgd.resolve("Banks>Banks_9") is None
    assert sgd.resolve("") is None
    assert sgd.ancestors("Banks_1>CheckBalance") == ["Banks", "Banks_1"]
    assert not sgd.is_deprecated("Banks")
    assert sgd.is_leaf("Banks_1>CheckBalance")
    bitext = workspace.taxonomy.label_index("bitext")
    assert bitext.resolve("ORDER>cancel_order") == "ORDER>cancel_order"
    assert bitext.resolve("ORDER > cancel_order") == "ORDER>cancel_order"
    assert (bitext.taxonomy, bitext.version, len(bitext)) == ("bitext", 1, 38)
    assert bitext.version_id == workspace.taxonomy.latest("bitext").version_id


def test_every_label_in_the_shared_samples_resolves(
    workspace: Workspace, shared_data: Path
) -> None:
    import orjson

    for name, sample in [("sgd", "sgd_sample"), ("bitext", "bitext_customer_support")]:
        workspace.taxonomy.import_file(shared_data / f"{name}_taxonomy.csv")
        index = workspace.taxonomy.label_index(name)
        with (shared_data / f"{sample}.jsonl").open("rb") as fh:
            refs = {ref for line in fh for ref in orjson.loads(line)["labels"]}
        assert refs, name
        assert [ref for ref in refs if index.resolve(ref) is None] == [], name


def test_several_taxonomies_need_a_name(workspace: Workspace, shared_data: Path) -> None:
    with pytest.raises(LabelDeskError, match="no taxonomy in this workspace"):
        workspace.taxonomy.latest()
    workspace.taxonomy.import_file(shared_data / "bitext_taxonomy.csv")
    assert workspace.taxonomy.latest().name == "bitext"
    workspace.taxonomy.import_file(shared_data / "abcd_taxonomy.csv")
    with pytest.raises(LabelDeskError, match=r"2 taxonomies \(abcd, bitext\)"):
        workspace.taxonomy.tree()
    with pytest.raises(LabelDeskError, match="no taxonomy named 'sgd'"):
        workspace.taxonomy.label_index("sgd")
    assert [s.name for s in workspace.taxonomy.list()] == ["abcd", "bitext"]


# -- formats, translated names, guidelines --------------------------------------------------


def test_csv_translated_names_examples_and_shortcuts(workspace: Workspace) -> None:
    result = workspace.taxonomy.import_file(BAD / "translated.csv")
    assert (result.taxonomy, result.labels, result.depth) == ("translated", 3, 2)
    late = next(lb for lb in workspace.taxonomy.tree() if lb.key == "order.late")
    assert late.names == {"th": "จัดส่งล่าช้า", "zh": "延迟交货"}
    assert late.description == "The parcel did not arrive on time, as promised"
    assert late.examples == ("Where is my parcel?", "It is a week late")
    assert late.synonyms == ("delayed", "overdue")
    assert (late.shortcut, late.path) == ("l", "Order > Late delivery")
    lost = workspace.taxonomy.label_index().label("order.lost")
    assert lost.examples == ("Tracking says delivered", "but nothing came")
    thai = {lb.key: lb.display_name for lb in workspace.taxonomy.tree(lang="th")}
    assert thai == {"order": "คำสั่งซื้อ", "order.late": "จัดส่งล่าช้า", "order.lost": "Lost parcel"}


def test_yaml_tree_keeps_scalars_as_written(workspace: Workspace) -> None:
    result = workspace.taxonomy.import_file(BAD / "nested.yaml", name="shop")
    assert (result.taxonomy, result.leaf_only, result.labels, result.deprecated) == (
        "shop",
        False,
        4,
        1,
    )
    by_key = {lb.key: lb for lb in workspace.taxonomy.latest("shop").labels}
    assert list(by_key) == ["order", "order.late", "order>Lost", "NO"]
    assert by_key["NO"].name == "Norway"
    assert by_key["NO"].deprecated
    assert by_key["order>Lost"].parent_key == "order"
    assert by_key["order.late"].names == {"th": "จัดส่งล่าช้า", "zh": "延迟交货"}
    assert by_key["order.late"].examples == ("Where is my parcel?", "It is a week late")


def test_json_list_with_aliases(workspace: Workspace) -> None:
    workspace.taxonomy.import_file(BAD / "flat.json", leaf_only=False)
    taxonomy = workspace.taxonomy.latest("flat")
    assert not taxonomy.leaf_only
    by_key = {lb.key: lb for lb in taxonomy.labels}
    assert by_key["order.late"].parent_key == "order"
    assert by_key["refund"].description == "Money back"
    assert by_key["refund"].deprecated
    assert by_key["order"].names == {"th": "คำสั่งซื้อ"}


def test_path_only_file_builds_keys_and_names(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "paths.csv"
    path.write_text("path\nOrder\nOrder / Late\nOrder > Late > Very late\n", encoding="utf-8-sig")
    workspace.taxonomy.import_file(path)
    tree = workspace.taxonomy.tree()
    assert [(lb.key, lb.parent_key, lb.name, lb.depth) for lb in tree] == [
        ("Order", None, "Order", 1),
        ("Order>Late", "Order", "Late", 2),
        ("Order>Late>Very late", "Order>Late", "Very late", 3),
    ]


def test_sgd_paths_alone_find_their_parents(tmp_path: Path, shared_data: Path) -> None:
    text = (shared_data / "sgd_taxonomy.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        del row["parent_id"]
    path = write_rows(tmp_path / "sgd_no_parents.csv", rows)
    parsed = parse_file(path.read_bytes(), str(path), "csv")
    assert {lb.key: lb.parent_key for lb in parsed.labels} == {
        row["id"]: None
        if row["level"] == "1"
        else next(r["id"] for r in rows if r["path"] == row["path"].rsplit(" > ", 1)[0])
        for row in rows
    }


def test_split_path() -> None:
    assert split_path("A > B>C ") == ("A", "B", "C")
    assert split_path("A/B / C") == ("A", "B", "C")
    assert split_path("Billing/Payments > Late") == ("Billing/Payments", "Late")
    assert split_path(" > ") == ()


names = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(names, st.integers(min_value=0, max_value=30)), min_size=1, max_size=25))
def test_csv_round_trip(nodes: list[tuple[str, int]]) -> None:
    """Any forest written as CSV reads back with the same keys, parents, names and depths."""
    rows, depth = [], {}
    for i, (name, pick) in enumerate(nodes):
        parent = f"k{pick}" if pick < i and pick % 3 else ""
        depth[f"k{i}"] = depth[parent] + 1 if parent else 1
        rows.append({"key": f"k{i}", "parent": parent, "name": name})
    out = io.StringIO()
    writer = csv.DictWriter(out, ["key", "parent", "name"])
    writer.writeheader()
    writer.writerows(rows)
    labels = parse_file(out.getvalue().encode(), "gen.csv", "csv").labels
    assert [(lb.key, lb.parent_key or "", lb.name) for lb in labels] == [
        (r["key"], r["parent"], r["name"]) for r in rows
    ]
    assert all(lb.depth == depth[lb.key] for lb in labels)


# -- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("duplicate_key.csv", ["row 4: field 'key': duplicate key 'ORDER>late' (first at row 3)"]),
        ("unknown_parent.csv", ["row 3: field 'parent': unknown parent 'ORDR'"]),
        (
            "cycle.csv",
            [
                "row 2: field 'parent': cycle of parents: "
                "'A' (row 2) -> 'C' (row 4) -> 'B' (row 3) -> 'A'",
                "row 6: field 'parent': cycle: 'E' is its own parent",
            ],
        ),
        ("empty_name.csv", ["row 3: field 'name': empty name", "row 4: field 'name': empty name"]),
        ("empty.csv", ["the file is empty"]),
        ("header_only.csv", ["has a header but no labels"]),
        ("latin1.csv", ["line 3: not valid UTF-8: byte 0xe9 at byte offset 38"]),
        ("utf16.csv", ["the file is UTF-16; save it as UTF-8"]),
        ("missing_key_column.csv", ["row 1: no key column"]),
        (
            "level_mismatch.csv",
            ["row 3: field 'level': level 3 does not match the label's depth 2 (under 'ORDER')"],
        ),
        ("bad_syntax.json", ["line 1, column 27: not valid JSON"]),
        ("bad_syntax.yaml", ["line 4, column 1: not valid YAML"]),
    ],
)
def test_bad_input_names_the_row_and_changes_nothing(
    workspace: Workspace, fixture: str, expected: list[str]
) -> None:
    before = counts(workspace)
    with pytest.raises(InputError) as exc:
        workspace.taxonomy.import_file(BAD / fixture)
    found = problems_of(exc)
    assert len(found) == len(expected), found
    for text, want in zip(found, expected, strict=True):
        assert text.startswith(f"{BAD / fixture}:")
        assert want in text
    assert counts(workspace) == before == (0, 0, 0, 0)


def test_every_problem_is_reported_at_once(workspace: Workspace) -> None:
    with pytest.raises(InputError) as exc:
        workspace.taxonomy.import_file(BAD / "many_problems.csv")
    assert [p.where for p in exc.value.problems] == [
        "row 3",
        "row 4",
        "row 5",
        "row 6",
        "row 6",
        "row 8",
    ]
    text = "\n".join(problems_of(exc))
    for want in (
        "'maybe'",
        "duplicate key 'ORDER>late'",
        "unknown parent 'ORDR'",
        "cycle of parents",
        "empty name",
    ):
        assert want in text
    assert "(and 5 more problems)" in str(exc.value)
    assert counts(workspace) == (0, 0, 0, 0)


def test_nested_json_problems_name_nodes(workspace: Workspace) -> None:
    with pytest.raises(InputError) as exc:
        workspace.taxonomy.import_file(BAD / "nested_problems.json")
    assert [p.where for p in exc.value.problems] == [
        "node 3 (/children/1)",
        "node 4 (/children/2)",
        "node 5 (/children/3)",
        "node 5 (/children/3)",
        "node 6 (/children/4)",
    ]
    assert counts(workspace) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "path,parent,name\nA,,A\nC > B,A,B\nC,,C\n",
            "row 3: field 'path': path 'C > B' does not match the parent's path: expected 'A > B'",
        ),
        ("key,name,key\nA,A,B\n", "row 1: field 'key': gives the same field as column 'key'"),
        ("id,code,name\nA,A,A\n", "row 1: field 'code': gives the same field as column 'id'"),
        ("key,name\nA,A,extra\n", "row 2: has 3 cells but the header has 2 columns"),
        ("key,name,level\nA,A,one\n", "row 2: field 'level': must be a whole number"),
        (
            "key,name,shortcut\nA,A,x\nB,B,x\n",
            "row 3: field 'shortcut': shortcut 'x' is also used by 'A'",
        ),
        ("key,name\n" + "k" * 301 + ",A\n", "row 2: field 'key': is longer than 300 characters"),
        ("key,name\n,A\n", "row 2: field 'key': missing key"),
    ],
)
def test_more_bad_csv(workspace: Workspace, tmp_path: Path, text: str, want: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        workspace.taxonomy.import_file(path)
    assert any(want in p for p in problems_of(exc)), problems_of(exc)
    assert counts(workspace) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("name", "data", "want"),
    [
        ("x.json", b'{"labels": {"a": 1}}', "expected a list of labels"),
        ("x.json", b"[]", "the file has no labels"),
        (
            "x.json",
            b'[{"key": "a", "name": {"en": "A"}}]',
            "field 'name': must be text, not an object",
        ),
        ("x.json", b'[{"key": "a", "name": "A", "examples": [1]}]', "must be a list of texts"),
        ("x.json", b'{"labels": [{"key": "a", "name": "A"}], "leaf_only": "maybe"}', "leaf_only"),
        ("x.yaml", b"# only a comment\n", "expected a list of labels"),
        ("x.csv", b"key,name\nA,A\x00\n", "NUL bytes"),
        ("x.txt", b"key,name\nA,A\n", "use --format csv|json|yaml"),
        ("missing.csv", None, "file not found"),
    ],
)
def test_more_bad_files(
    workspace: Workspace, tmp_path: Path, name: str, data: bytes | None, want: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError, match=want):
        workspace.taxonomy.import_file(path)
    assert counts(workspace) == (0, 0, 0, 0)


def test_bom_and_explicit_format(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "labels.txt"
    path.write_bytes(b"\xef\xbb\xbfkey;name\nA;Alpha\n")
    result = workspace.taxonomy.import_file(path, fmt="csv", name="semi")
    assert (result.taxonomy, result.labels) == ("semi", 1)
    assert workspace.taxonomy.tree("semi")[0].name == "Alpha"


# -- versions and diffs ---------------------------------------------------------------------


def use_label(ws: Workspace, key: str, how: str) -> None:
    """Record a use of ``key``: annotation labels or turn labels, gold, review or prediction."""
    with ws.db.sessions.begin() as s:
        user = s.scalar(select(User).where(User.name == "ann"))
        if user is None:
            user = User(name="ann", role=Role.LABELLER)
            s.add(user)
        batch = s.scalar(select(Batch).where(Batch.name == "b")) or Batch(name="b")
        s.add(batch)
        s.flush()
        conv = Conversation(external_id=f"c-{how}-{key}", batch_id=batch.id, content_hash="x")
        s.add(conv)
        s.flush()
        if how in ("labels", "turn_labels"):
            ann = Annotation(conversation_id=conv.id, user_id=user.id)
            s.add(ann)
            s.flush()
            labels = {"labels": [key]} if how == "labels" else {"turn_labels": {"2": ["x", key]}}
            s.add(AnnotationRevision(annotation_id=ann.id, number=1, **labels))
        elif how == "gold":
            s.add(GoldItem(conversation_id=conv.id, labels=[key]))
        elif how == "review":
            item = ReviewItem(conversation_id=conv.id, reason=ReviewReason.DISAGREEMENT)
            s.add(item)
            s.flush()
            s.add(Review(review_item_id=item.id, reviewer_id=user.id, turn_labels={"0": [key]}))
        else:
            s.add(Prediction(conversation_id=conv.id, label_key=key))


def modified_bitext(shared_data: Path, tmp_path: Path) -> Path:
    """bitext with a rename, a move, an addition, a deprecation, a new guideline and 2 drops."""
    rows = bitext_rows(shared_data)
    by_id = {row["id"]: row for row in rows}
    by_id["ORDER>cancel_order"]["name"] = "Cancel an order"
    by_id["ACCOUNT>switch_account"].update(parent_id="ORDER", path="ORDER > switch_account")
    by_id["REFUND>track_refund"]["description"] = "Where is my money?"
    by_id["FEEDBACK>review"]["deprecated"] = "yes"
    rows.append(
        {
            "id": "ORDER>split_order",
            "parent_id": "ORDER",
            "level": "2",
            "name": "split_order",
            "path": "ORDER > split_order",
            "description": "",
            "source": "test",
        }
    )
    rows = [
        r
        for r in rows
        if r["id"] not in ("ORDER>change_order", "SHIPPING_ADDRESS>change_shipping_address")
    ]
    return write_rows(tmp_path / "bitext_taxonomy.csv", rows)


def test_reimport_makes_a_version_and_reports_the_diff(
    workspace: Workspace, shared_data: Path, tmp_path: Path
) -> None:
    workspace.taxonomy.import_file(shared_data / "bitext_taxonomy.csv")
    use_label(workspace, "ORDER>change_order", "labels")
    result = workspace.taxonomy.import_file(modified_bitext(shared_data, tmp_path))
    assert (result.taxonomy, result.version, result.changed, result.labels) == (
        "bitext",
        2,
        True,
        38,
    )
    diff = result.diff
    assert diff is not None
    assert diff.added == ("ORDER>split_order",)
    assert diff.removed == ("SHIPPING_ADDRESS>change_shipping_address",)
    assert [(c.key, c.field, c.old, c.new) for c in diff.renamed] == [
        ("ORDER>cancel_order", "name", "cancel_order", "Cancel an order")
    ]
    assert [(c.key, c.old, c.new) for c in diff.moved] == [
        ("ACCOUNT>switch_account", "ACCOUNT", "ORDER")
    ]
    assert diff.deprecated == ("FEEDBACK>review", "ORDER>change_order")
    assert [(c.key, c.field) for c in diff.guideline_changed] == [
        ("REFUND>track_refund", "description")
    ]
    assert not diff.reordered
    assert not diff.restored
    assert not diff.other
    index = workspace.taxonomy.label_index("bitext")
    assert index.version == 2
    assert "ORDER>change_order" in index
    assert index.is_deprecated("ORDER>change_order")
    assert index.parent("ORDER>change_order") == "ORDER"
    assert "SHIPPING_ADDRESS>change_shipping_address" not in index
    assert workspace.taxonomy.index_for_version(index.version_id).version == 2
    with pytest.raises(LabelDeskError, match="no taxonomy version with id 999"):
        workspace.taxonomy.index_for_version(999)
    with pytest.raises(LabelDeskError, match="has no version 7"):
        workspace.taxonomy.label_index("bitext", version=7)
    old = workspace.taxonomy.label_index("bitext", version=1)
    assert "SHIPPING_ADDRESS>change_shipping_address" in old
    assert not old.is_deprecated("ORDER>change_order")
    assert counts(workspace)[:2] == (1, 2)
    with workspace.db.sessions() as s:
        entries = s.execute(select(AuditEntry.action, AuditEntry.payload)).all()
    assert [a for a, _ in entries] == ["taxonomy.import", "taxonomy.import"]
    assert entries[1][1]["deprecated"] == 2
    assert entries[1][1]["version"] == 2


@pytest.mark.parametrize("how", ["labels", "turn_labels", "gold", "review", "prediction"])
def test_any_use_keeps_a_dropped_label(workspace: Workspace, tmp_path: Path, how: str) -> None:
    first = tmp_path / "t.csv"
    first.write_text("key,parent,name\nA,,A\nA>x_1,A,x_1\nA>x%1,A,x%1\nB,,B\n", encoding="utf-8")
    workspace.taxonomy.import_file(first)
    use_label(workspace, "A>x_1", how)
    first.write_text("key,parent,name\nB,,B\n", encoding="utf-8")
    diff = workspace.taxonomy.import_file(first).diff
    assert diff is not None
    assert (diff.deprecated, diff.removed) == (("A", "A>x_1"), ("A>x%1",))
    tree = workspace.taxonomy.tree()
    assert [(lb.key, lb.depth, lb.deprecated, lb.path) for lb in tree] == [
        ("B", 1, False, "B"),
        ("A", 1, True, "A"),
        ("A>x_1", 2, True, "A > x_1"),
    ]


def test_prediction_in_another_taxonomys_batch_is_not_a_use(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "t.csv"
    path.write_text("key,name\nA,A\nB,B\n", encoding="utf-8")
    workspace.taxonomy.import_file(path)
    with workspace.db.sessions.begin() as s:
        other = Taxonomy(name="other")
        s.add(other)
        s.flush()
        batch = Batch(name="b", taxonomy_id=other.id)
        s.add(batch)
        s.flush()
        conv = Conversation(external_id="c", batch_id=batch.id, content_hash="x")
        s.add(conv)
        s.flush()
        s.add(Prediction(conversation_id=conv.id, label_key="A"))
    path.write_text("key,name\nB,B\n", encoding="utf-8")
    diff = workspace.taxonomy.import_file(path, name="t").diff
    assert diff is not None
    assert diff.removed == ("A",)


def test_identical_reimport_makes_no_version(
    workspace: Workspace, shared_data: Path, tmp_path: Path
) -> None:
    first = workspace.taxonomy.import_file(shared_data / "abcd_taxonomy.csv")
    again = workspace.taxonomy.import_file(shared_data / "abcd_taxonomy.csv")
    assert (again.changed, again.version, again.version_id) == (False, 1, first.version_id)
    copy = tmp_path / "abcd_taxonomy.csv"
    copy.write_text(
        (shared_data / "abcd_taxonomy.csv").read_text(encoding="utf-8").replace("\n", "\r\n"),
        encoding="utf-8",
        newline="",
    )
    same_labels = workspace.taxonomy.import_file(copy)
    assert (same_labels.changed, same_labels.version) == (False, 1)
    assert counts(workspace)[:2] == (1, 1)
    assert counts(workspace)[3] == 1


def test_restored_label_and_rename_of_a_translation(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("key,name,name_th\nA,A,เอ\nB,B,\n", encoding="utf-8")
    workspace.taxonomy.import_file(path)
    use_label(workspace, "B", "labels")
    path.write_text("key,name,name_th\nA,A,เอเอ\n", encoding="utf-8")
    second = workspace.taxonomy.import_file(path).diff
    assert second is not None
    assert second.deprecated == ("B",)
    assert [(c.field, c.old, c.new) for c in second.renamed] == [("name_th", "เอ", "เอเอ")]
    path.write_text("key,name,name_th\nA,A,เอเอ\nB,B,\n", encoding="utf-8")
    third = workspace.taxonomy.import_file(path)
    assert third.version == 3
    assert third.diff is not None
    assert third.diff.restored == ("B",)
    assert not third.diff.deprecated
    path.write_text("key,name,name_th\nB,B,\nA,A,เอเอ\n", encoding="utf-8")
    fourth = workspace.taxonomy.import_file(path).diff
    assert fourth is not None
    assert fourth.reordered


def test_services_return_dtos(workspace: Workspace, shared_data: Path) -> None:
    workspace.taxonomy.import_file(shared_data / "bitext_taxonomy.csv")
    service = TaxonomyService(workspace.db)
    latest = service.latest()
    assert all(isinstance(lb, LabelDTO) for lb in latest.labels)
    assert isinstance(latest.labels, tuple)
    with pytest.raises(AttributeError):
        latest.labels[0].name = "x"  # type: ignore[misc]
    (summary,) = service.list()
    assert (summary.name, summary.version, summary.labels, summary.deprecated) == (
        "bitext",
        1,
        38,
        0,
    )


# -- translated guidelines ------------------------------------------------------------------

THAI_LATE = Guideline("พัสดุไม่มาส่งตามเวลาที่แจ้งไว้", ("พัสดุของฉันอยู่ไหนคะ", "ช้าไปหนึ่งอาทิตย์แล้วครับ"))
#: What guidelines.csv, .json and .yaml give, by label.
GUIDELINES = {
    "order": {"th": Guideline("ทุกเรื่องเกี่ยวกับคำสั่งซื้อ")},
    "order.late": {
        "th": THAI_LATE,
        "zh": Guideline("包裹没有按时送达", ("我的包裹在哪里", "已经晚了一个星期")),
    },
    "order.lost": {"th": Guideline("", ("ระบบขึ้นว่าส่งแล้วแต่ไม่ได้รับของ",))},
}


@pytest.mark.parametrize("fixture", ["guidelines.csv", "guidelines.json", "guidelines.yaml"])
def test_translated_guidelines_from_every_format(workspace: Workspace, fixture: str) -> None:
    result = workspace.taxonomy.import_file(BAD / fixture, name="shop")
    assert (result.labels, result.ignored_columns) == (3, ())
    labels = {lb.key: lb for lb in workspace.taxonomy.latest("shop").labels}
    assert {key: lb.guidelines for key, lb in labels.items()} == GUIDELINES
    late = labels["order.late"]
    assert late.description == "The parcel did not arrive on time, as promised"
    assert late.examples == ("Where is my parcel?", "It is a week late")
    assert late.names == {"th": "จัดส่งล่าช้า"}


def test_guidelines_show_in_the_language_asked_for_else_in_english(workspace: Workspace) -> None:
    workspace.taxonomy.import_file(BAD / "guidelines.csv")
    english = {lb.key: lb for lb in workspace.taxonomy.latest().labels}
    assert english["order.late"].display_description == english["order.late"].description
    assert english["order.late"].display_examples == english["order.late"].examples
    thai = {lb.key: lb for lb in workspace.taxonomy.latest(lang="th").labels}
    late = thai["order.late"]
    assert (late.display_name, late.display_description) == ("จัดส่งล่าช้า", THAI_LATE.description)
    assert late.display_examples == THAI_LATE.examples
    assert late.description == "The parcel did not arrive on time, as promised"  # kept
    assert thai["order"].display_examples == ()  # no examples in any language
    lost = thai["order.lost"]  # Thai examples, no Thai description: English description
    assert lost.display_description == "The parcel never arrived"
    assert lost.display_examples == ("ระบบขึ้นว่าส่งแล้วแต่ไม่ได้รับของ",)
    chinese = {lb.key: lb for lb in workspace.taxonomy.tree(lang="zh_CN")}
    assert chinese["order.late"].display_description == "包裹没有按时送达"  # zh_CN finds zh
    assert chinese["order.late"].display_name == "Late delivery"  # no Chinese name
    vietnamese = {lb.key: lb for lb in workspace.taxonomy.tree(lang="vi")}
    assert vietnamese["order.late"].display_description == late.description
    assert vietnamese["order.late"].display_examples == late.examples


def test_language_suffixes_are_normalised(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "key,name,Name_TH,definition_th,examples_zh-CN,examples_pt_br\nA,A,เอ,นิยาม,甲|乙,um\n",
        encoding="utf-8",
    )
    workspace.taxonomy.import_file(path)
    (label,) = workspace.taxonomy.tree()
    assert label.names == {"th": "เอ"}
    assert label.guidelines == {
        "th": Guideline("นิยาม"),
        "zh_cn": Guideline("", ("甲", "乙")),
        "pt_br": Guideline("", ("um",)),
    }
    (chinese,) = workspace.taxonomy.tree(lang="zh-CN")
    assert chinese.display_examples == ("甲", "乙")


def test_a_bad_language_suffix_names_the_file_row_and_column(workspace: Workspace) -> None:
    with pytest.raises(InputError) as exc:
        workspace.taxonomy.import_file(BAD / "bad_language.csv")
    assert problems_of(exc) == [
        f"{BAD / 'bad_language.csv'}:row 1: field 'description_thai': 'thai' is not a "
        "language code: use an ISO 639-1 code such as th, zh or zh_CN",
        f"{BAD / 'bad_language.csv'}:row 1: field 'examples_xx': unknown language 'xx': "
        "use an ISO 639-1 code such as th, zh or zh_CN",
    ]
    assert counts(workspace) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("name", "data", "want"),
    [
        (
            "x.csv",
            "key,name,name_t1\nA,A,x\n",
            "row 1: field 'name_t1': 't1' is not a language code",
        ),
        ("x.csv", "key,name,examples_\nA,A,x\n", None),  # no suffix: an ignored column
        (
            "x.json",
            '[{"key": "a", "name": "A"}, {"key": "b", "name": "B", "description_qq": "x"}]',
            "node 2: field 'description_qq': unknown language 'qq'",
        ),
        (
            "x.yaml",
            "- key: a\n  name: A\n  examples_th_thailand: [x]\n",
            "node 1: field 'examples_th_thailand': 'th_thailand' is not a language code",
        ),
        (
            "x.json",
            '[{"key": "a", "name": "A", "names": {"thai": "x"}}]',
            "node 1: field 'names': 'thai' is not a language code",
        ),
    ],
)
def test_bad_language_suffixes_in_every_format(
    workspace: Workspace, tmp_path: Path, name: str, data: str, want: str | None
) -> None:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    if want is None:
        assert workspace.taxonomy.import_file(path).ignored_columns == ("examples_",)
        return
    with pytest.raises(InputError) as exc:
        workspace.taxonomy.import_file(path)
    (problem,) = problems_of(exc)
    assert problem.startswith(f"{path}:{want}: ")
    assert problem.endswith("use an ISO 639-1 code such as th, zh or zh_CN")
    assert counts(workspace) == (0, 0, 0, 0)


def test_a_changed_translation_is_a_guideline_change(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "shop.csv"
    text = (BAD / "guidelines.csv").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    first = workspace.taxonomy.import_file(path)
    changed = text.replace("พัสดุไม่มาส่งตามเวลาที่แจ้งไว้", "พัสดุมาช้ากว่าที่แจ้งไว้")
    changed = changed.replace("ระบบขึ้นว่าส่งแล้วแต่ไม่ได้รับของ", "ขึ้นว่าส่งแล้ว|แต่ไม่ได้รับ")
    path.write_text(changed, encoding="utf-8")
    second = workspace.taxonomy.import_file(path)
    assert (first.version, second.version, second.changed) == (1, 2, True)
    assert second.diff is not None
    assert [(c.key, c.field, c.old, c.new) for c in second.diff.guideline_changed] == [
        ("order.late", "description_th", THAI_LATE.description, "พัสดุมาช้ากว่าที่แจ้งไว้"),
        ("order.lost", "examples_th", "ระบบขึ้นว่าส่งแล้วแต่ไม่ได้รับของ", "ขึ้นว่าส่งแล้ว | แต่ไม่ได้รับ"),
    ]
    assert (second.diff.renamed, second.diff.other, second.diff.added) == ((), (), ())
    with workspace.db.sessions() as s:
        assert len(set(s.scalars(select(TaxonomyVersion.checksum)))) == 2
    assert workspace.taxonomy.import_file(path).changed is False  # the same again: no version
    path.write_text(changed.replace(",description_zh,examples_zh", ",x,y"), encoding="utf-8")
    third = workspace.taxonomy.import_file(path)
    assert third.diff is not None
    assert third.ignored_columns == ("x", "y")
    assert [(c.key, c.field, c.new) for c in third.diff.guideline_changed] == [
        ("order.late", "description_zh", ""),  # the Chinese guideline was dropped
        ("order.late", "examples_zh", ""),
    ]


def test_labels_made_before_guidelines_migrate_with_none(tmp_path: Path) -> None:
    """A workspace at schema 0003 upgrades, and its labels read with no translated guidelines."""
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0003")
    with engine.begin() as conn:
        conn.execute(
            sql(
                "INSERT INTO taxonomy (id, name, leaf_only, created_at) "
                "VALUES (1, 'old', 1, '2025-01-01 00:00:00')"
            )
        )
        conn.execute(
            sql(
                "INSERT INTO taxonomy_version (id, taxonomy_id, number, source, checksum, "
                "created_at) VALUES (1, 1, 1, 'old.csv', 'x', '2025-01-01 00:00:00')"
            )
        )
        conn.execute(
            sql(
                "INSERT INTO label (version_id, key, path, depth, position, name, names, "
                "description, examples, synonyms, deprecated) VALUES (1, 'A', 'A', 1, 0, 'A', "
                "'{\"th\": \"เอ\"}', 'An A.', '[\"a\"]', '[]', 0)"
            )
        )
    engine.dispose()
    with Workspace.open(path) as ws:
        (label,) = ws.taxonomy.latest("old", lang="th").labels
    assert (label.guidelines, label.display_name) == ({}, "เอ")
    assert (label.display_description, label.display_examples) == ("An A.", ("a",))
