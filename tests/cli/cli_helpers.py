"""Run the real ``labeldesk`` CLI in a subprocess, and check its user-error contract."""

from __future__ import annotations

import os
import subprocess
import sys


def labeldesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m labeldesk ARGS`` as a user would; ``env`` adds to the environment."""
    return subprocess.run(
        [sys.executable, "-m", "labeldesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> str:
    """A user error: exit 2, one line on stderr starting ``error:`` with the needles, no trace."""
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error:")
    assert "Traceback" not in proc.stderr + proc.stdout
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]
