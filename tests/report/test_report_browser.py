"""The report in a real headless browser: Chromium draws it and prints it.

Built from the demo workspace (``labeldesk demo``'s data) plus a made-up scored model
(tests/report/simulated_model.py), for batch bitext-support. Skipped when no Chromium is
installed (Debian: ``apt-get install chromium``).

``LABELDESK_REPORT_SCREENSHOT=docs/screenshots/report.png`` also saves the screenshot there
(the README's picture).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from simulated_model import add_simulated_model

from labeldesk.demo import build_demo_workspace
from labeldesk.errors import LabelDeskError
from labeldesk.report.content import build_content
from labeldesk.report.write import write_report
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.slow

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
WIDTH, HEIGHT = 1280, 2600


def browser() -> str:
    """The Chromium binary; skips the test without one."""
    found = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if found is None:
        if os.environ.get("CI") == "true":  # ./run installs it: a skip in CI would hide that
            pytest.fail("no Chromium installed, though ./run test installs it in CI")
        pytest.skip("no Chromium installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's report for batch bitext-support, as an HTML file."""
    folder = tmp_path_factory.mktemp("report")
    try:
        path = build_demo_workspace(folder / "demo.db")
    except LabelDeskError as exc:  # the shared datasets are not here
        pytest.skip(str(exc))
    ws = Workspace.open(path)
    try:
        add_simulated_model(ws)
        content = build_content(ws.db, batch="bitext-support", title="Quality report: demo")
    finally:
        ws.close()
    return write_report(content, folder / "report.html")


def run(binary: str, *args: str) -> None:
    """Run headless Chromium; fail with its output when it fails."""
    proc = subprocess.run(
        [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_chromium_draws_the_report(page: Path, tmp_path: Path):
    from PIL import Image

    binary = browser()
    shot = tmp_path / "report.png"
    run(binary, f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}", page.as_uri())
    image = Image.open(shot).convert("L")
    assert image.size == (WIDTH, HEIGHT)
    # ink in the top, middle and bottom thirds: the header, the action list and the charts
    # drew (a page that failed to load is white)
    for top in range(0, HEIGHT, HEIGHT // 3):
        band = image.crop((0, top, WIDTH, top + HEIGHT // 3))
        dark = sum(band.histogram()[:200])
        assert dark > 0.01 * band.width * band.height, f"blank band at y={top}"
    target = os.environ.get("LABELDESK_REPORT_SCREENSHOT")
    if target:
        shutil.copyfile(shot, target)


def test_chromium_prints_the_report(page: Path, tmp_path: Path):
    binary = browser()
    pdf = tmp_path / "report.pdf"
    run(binary, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert pages >= 3  # A4 pages (the demo's report runs to about a dozen)
