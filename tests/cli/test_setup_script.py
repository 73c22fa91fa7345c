"""The ``./run`` set-up script and ``.ci/run``: their pieces, sourced into bash, set-up stubbed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RUN = REPO / "run"


def bash(script: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in bash after sourcing ./run (which then defines functions only)."""
    return subprocess.run(
        ["bash", "-c", f'source "{RUN}"\n{script}'],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def headless_env() -> dict[str, str]:
    """This environment without a display or a Qt platform."""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def test_scripts_parse_and_pass_shellcheck() -> None:
    for script in (RUN, REPO / ".ci" / "run"):
        assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0
    if shutil.which("shellcheck") is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    proc = subprocess.run(
        ["shellcheck", str(RUN), str(REPO / ".ci" / "run")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout


def test_no_command_prints_usage_and_fails() -> None:
    proc = subprocess.run([str(RUN)], capture_output=True, text=True, check=False, cwd=REPO)
    assert proc.returncode == 2
    assert "./run demo" in proc.stderr
    assert "./run test" in proc.stderr


def test_find_python_picks_one_that_can_make_a_venv() -> None:
    proc = bash("find_python")
    assert proc.returncode == 0, proc.stderr
    exe = proc.stdout.strip()
    check = "import sys, venv, ensurepip; print(sys.version_info >= (3, 11))"
    assert (
        subprocess.run(
            [exe, "-c", check], capture_output=True, text=True, check=True
        ).stdout.strip()
        == "True"
    )


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian system")
def test_is_installed_reads_the_dpkg_status() -> None:
    assert bash("is_installed dpkg").returncode == 0
    assert bash("is_installed labeldesk-no-such-package").returncode != 0


def test_demo_with_no_display_says_how_to_run_it() -> None:
    proc = bash("setup() { :; }\ncmd_demo", env=headless_env())
    assert proc.returncode == 2
    assert "./run demo --xvfb" in proc.stderr
    assert "./run demo --screenshot" in proc.stderr


def test_no_tests_collected_fails_loudly(tmp_path: Path) -> None:
    empty = tmp_path / "no_tests_here"
    empty.mkdir()
    venv = Path(sys.prefix)
    proc = bash(f'setup() {{ :; }}\nVENV="{venv}"\ncmd_test "{empty}" -p no:cacheprovider')
    assert proc.returncode == 5
    assert "collected no tests" in proc.stderr


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text()
    assert "set -euo pipefail" in ci
    assert re.search(r"^\./run test$", ci, re.MULTILINE)
    readme = (REPO / "README.md").read_text()
    blocks = "\n".join(re.findall(r"```(?:bash|sh)?\n(.*?)```", readme, re.DOTALL))
    assert "./run test" in blocks
    assert "./run demo" in blocks
