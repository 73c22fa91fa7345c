"""Shared pytest fixtures: a fresh workspace on a real SQLite file, and the shared test data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from labelling_data import LabellingWorkspace, make_labelling_workspace

from labeldesk.workspace import Workspace

#: ``db_url`` and ``module_db_url``: each test once on SQLite and once on PostgreSQL.
pytest_plugins = ("db_backends",)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace in ``tmp_path/ws.db``, closed after the test."""
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def shared_data() -> Path:
    """The read-only shared data folder (taxonomies, sample conversations, metric values)."""
    return Path(__file__).resolve().parents[2] / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--headed``: run the GUI tests on the real display instead of Qt's offscreen platform."""
    parser.addoption(
        "--headed",
        action="store_true",
        default=False,
        help="run GUI tests on the real display ($DISPLAY) instead of QT_QPA_PLATFORM=offscreen",
    )


@pytest.fixture
def labelling_ws(tmp_path: Path) -> Iterator[LabellingWorkspace]:
    """A workspace with chats in five languages assigned to three labellers (see labelling_data)."""
    made = make_labelling_workspace(tmp_path)
    try:
        yield made
    finally:
        made.ws.close()
