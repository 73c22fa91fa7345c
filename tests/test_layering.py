"""The architecture's rules, checked: no Qt outside labeldesk/ui/, and the layers in order."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is a test dependency: lint-imports must be installed"
    proc = subprocess.run([exe], cwd=REPO, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def test_core_imports_without_qt() -> None:
    """Import every core module with PySide6 made unimportable, in a fresh interpreter."""
    code = (
        "import sys, pkgutil, importlib\n"
        "sys.modules['PySide6'] = None\n"
        "import labeldesk\n"
        "names = [m.name for m in pkgutil.walk_packages(labeldesk.__path__, 'labeldesk.')\n"
        "         if not m.name.startswith(('labeldesk.ui', 'labeldesk.storage.migrations'))]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "print(len(names))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) >= 10
