"""Fixtures of the report tests: the hand-worked case in a fresh workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from report_case import Case, build_report_case

from labeldesk.workspace import Workspace


@pytest.fixture(params=["uuid", "short"])
def case(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Case]:
    """The report case (tests/report/report_case.py), with targets judged from 2 answers.

    UUID ids take the numpy fast path of the QA read, short ids the plain one.
    """
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    try:
        made = build_report_case(ws, ids=request.param)
        ws.quality.set_targets(min_items=2)
        yield made
    finally:
        ws.close()
