"""Reading ratings files: the vectorised CSV reader gives what the exact reader gives.

Clean CSV files are read with pandas; anything unusual (a ragged row, an empty value, a
conflicting repeat, a label outside the categories) goes to the exact reader, which names
the row and field. JSONL always takes the exact reader, so a CSV and a JSONL file with the
same ratings must give identical :class:`Ratings`.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labeldesk.errors import InputError
from labeldesk.review.agreement import AgreementError, encode
from labeldesk.review.ratings import Ratings, ratings_from_columns, read_ratings, summarise

names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    min_size=1,
    max_size=6,
).filter(lambda s: s.strip() == s and s != "")
labels = st.one_of(names, st.integers(-3, 30).map(str), st.sampled_from(["1.5", "2.0", "ดี", "好"]))


def _same(a: Ratings, b: Ratings) -> None:
    assert a.items == b.items
    assert a.annotators == b.annotators
    assert a.n_ratings == b.n_ratings
    assert a.categories == b.categories
    assert a.matrix.shape == b.matrix.shape
    assert a.matrix.tolist() == b.matrix.tolist()
    assert a.coded.categories == b.coded.categories
    assert (a.coded.codes == b.coded.codes).all()


def _write(tmp_path: Path, rows: list[tuple[str, str, str]]) -> tuple[Path, Path]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["item", "annotator", "label"])
    writer.writerows(rows)
    csv_path = tmp_path / "r.csv"
    csv_path.write_text(buf.getvalue(), encoding="utf-8")
    jsonl_path = tmp_path / "r.jsonl"
    jsonl_path.write_text(
        "".join(json.dumps({"item": i, "annotator": a, "label": lab}) + "\n" for i, a, lab in rows),
        encoding="utf-8",
    )
    return csv_path, jsonl_path


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    ratings=st.dictionaries(
        st.tuples(names, st.sampled_from(["A", "B", "C"])), labels, min_size=1, max_size=40
    ),
    repeats=st.integers(0, 3),
)
def test_csv_and_jsonl_give_the_same_ratings(tmp_path, ratings, repeats):
    rows = [(item, annotator, label) for (item, annotator), label in ratings.items()]
    rows += rows[:repeats]  # exact repeats count once
    csv_path, jsonl_path = _write(tmp_path, rows)
    _same(read_ratings(csv_path), read_ratings(jsonl_path))


def test_csv_details_the_fast_reader_must_match(tmp_path):
    text = '\ufeff Item ,ANNOTATOR,label,extra\n 1 , A , x ,q\n"2",B,"y, z",\n\n3,A,x,\n3,A,x,\n'
    path = tmp_path / "r.csv"
    path.write_text(text, encoding="utf-8")
    got = read_ratings(path)
    assert got.items == ("1", "2", "3")
    assert got.annotators == ("A", "B")
    assert got.n_ratings == 3
    assert got.matrix.tolist() == [["x", None, "x"], [None, "y, z", None]]
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(
        '{"item": "1", "annotator": "A", "label": "x"}\n'
        '{"item": "2", "annotator": "B", "label": "y, z"}\n'
        '{"item": "3", "annotator": "A", "label": "x"}\n',
        encoding="utf-8",
    )
    _same(got, read_ratings(jsonl))


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("item,annotator,label\n1,A,x\n1,B\n", "row 3"),  # ragged: missing label
        ("item,annotator,label\n1,A,x\n1,B, \n", "row 3"),  # blank label
        ("item,annotator,label\n1,A,x\n1,A,y\n", "twice with different labels"),
        ("item,annotator,label\n1,A,x\n,,\n2,A,\n", "row 4"),  # blank row skipped, then empty
    ],
)
def test_problems_still_name_row_and_field(tmp_path, content, needle):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=needle):
        read_ratings(path)


def test_extra_cells_and_blank_rows_are_ignored_like_the_exact_reader(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("item,annotator,label\n1,A,x,surplus\n,,\n1,B,y\n", encoding="utf-8")
    got = read_ratings(path)
    assert got.matrix.tolist() == [["x"], ["y"]]


def test_numbers_and_categories(tmp_path):
    rows = [("1", "A", "1"), ("1", "B", "2.5"), ("2", "A", "3"), ("2", "B", "3")]
    csv_path, jsonl_path = _write(tmp_path, rows)
    got = read_ratings(csv_path, categories=["1", "2.5", "3", "4"])
    assert got.categories == [1, 2.5, 3, 4]
    assert got.matrix.tolist() == [[1, 3], [2.5, 3]]
    assert got.coded.numeric
    _same(got, read_ratings(jsonl_path, categories=["1", "2.5", "3", "4"]))
    with pytest.raises(InputError, match="'3'"):
        read_ratings(csv_path, categories=["1", "2.5"])


def test_ratings_from_columns():
    got = ratings_from_columns(["i1", "i1", "i2", "i1"], ["A", "B", "A", "A"], ["x", "y", "x", "x"])
    assert got.items == ("i1", "i2")
    assert got.annotators == ("A", "B")
    assert got.n_ratings == 3
    assert got.matrix.tolist() == [["x", "x"], ["y", None]]
    assert (got.coded.codes == encode(got.matrix).codes).all()
    with pytest.raises(AgreementError, match="different labels"):
        ratings_from_columns(["i1", "i1"], ["A", "A"], ["x", "y"])
    with pytest.raises(AgreementError, match="length"):
        ratings_from_columns(["i1"], ["A", "B"], ["x"])


def test_summarise_codes_a_hand_made_matrix():
    matrix = np.array([["x", "y", "x", None], ["x", "y", "y", "x"]], dtype=object)
    by_hand = Ratings(matrix, ("1", "2", "3", "4"), ("A", "B"), 7)
    raters, units = np.nonzero(matrix != None)  # noqa: E711
    read = ratings_from_columns(
        [str(u + 1) for u in units], ["AB"[r] for r in raters], matrix[raters, units]
    )
    assert summarise(by_hand, n_boot=100) == summarise(read, n_boot=100)


def test_repeated_categories_are_an_input_error(tmp_path):
    csv_path, _ = _write(tmp_path, [("1", "A", "1"), ("1", "B", "1.0")])
    with pytest.raises(InputError, match="categories"):
        read_ratings(csv_path, categories=["1", "1.0"])  # the same number twice


def test_clean_csv_takes_the_vectorised_reader(tmp_path, monkeypatch):
    # A clean file never reaches the row-by-row reader (that is what keeps 1M rows fast).
    csv_path, _ = _write(tmp_path, [("1", "A", "x"), ("1", "B", "y"), ("2", "A", "x")])

    def fail(text, out):
        raise AssertionError("the exact reader ran on a clean file")

    monkeypatch.setattr("labeldesk.review.ratings._read_csv", fail)
    assert read_ratings(csv_path).n_ratings == 3


def test_the_whitespace_pattern_is_what_str_strip_removes():
    # The fast CSV path asks pyarrow which values str.strip would change.
    import pyarrow as pa
    import pyarrow.compute as pc

    from labeldesk.review.ratings import _PADDED

    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    values = [f"{c}x" for c in spaces] + [f"x{c}" for c in spaces] + ["x", "a b", "\u200bx"]
    padded = pc.match_substring_regex(pa.array(values), _PADDED).to_pylist()
    assert padded == [v != v.strip() for v in values]


def test_padded_and_plain_csv_values_read_alike(tmp_path):
    plain = tmp_path / "plain.csv"
    plain.write_text("item,annotator,label\n1,A,x\n1,B,y\n2,A,x\n")
    padded = tmp_path / "padded.csv"
    padded.write_text("item,annotator,label\n1 ,A,x\n1,\u3000B,y \n2,A, x\n")
    a, b = read_ratings(plain), read_ratings(padded)
    assert (a.items, a.annotators, a.matrix.tolist()) == (b.items, b.annotators, b.matrix.tolist())
