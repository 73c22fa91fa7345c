"""GUI tests draw offscreen (no display needed) unless pytest runs with ``--headed``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from labeldesk.labelling.dto import Profile
from labeldesk.workspace import Workspace

HERE = Path(__file__).resolve().parent

#: Qt's offscreen platform warns about a window-manager hint it cannot pass on; harmless.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_configure(config: pytest.Config) -> None:
    """Choose Qt's platform before pytest-qt creates the QApplication."""
    if not config.getoption("--headed"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Let the GUI tests here ignore the offscreen platform's one harmless warning."""
    if config.getoption("--headed"):
        return
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def ws(labelling_ws) -> Workspace:
    """The labelling workspace (see tests/labelling_data.py)."""
    return labelling_ws.ws


@pytest.fixture
def anong(ws: Workspace) -> Profile:
    """A labeller of Thai and English."""
    return ws.users.find("Anong")
