"""The ``./run`` set-up script and ``.ci/run``: their pieces, sourced into bash, set-up stubbed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import uuid
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
    proc = bash(
        f'setup() {{ :; }}\nsetup_postgres() {{ :; }}\nVENV="{venv}"\n'
        f'cmd_test "{empty}" -p no:cacheprovider'
    )
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


# --------------------------------------------------------------------------- PostgreSQL (step 3)


def pg_env(**extra: str) -> dict[str, str]:
    """This environment without any PostgreSQL choice made, plus ``extra``."""
    env = dict(os.environ)
    for name in ("CI", "LABELDESK_PG", "LABELDESK_TEST_PG_URL", "LABELDESK_TEST_PG_DB"):
        env.pop(name, None)
    return {**env, **extra}


#: Stand-ins for everything setup_postgres would run, logging each call to $LOG: the server
#: is down until `service postgresql start`, and has neither the role nor the database.
PG_STUBS = """
log() { echo "$*" >>"$LOG"; }
apt_install() { log apt_install "$@"; }
is_installed() { log is_installed "$@"; return 1; }
as_root() { log as_root "$@"; if [ "$*" = "service postgresql start" ]; then : >"$LOG.up"; fi; }
as_postgres() { log as_postgres "$@"; }
pg_isready() { [ -e "$LOG.up" ]; }
pg_lsclusters() { echo "15 main 5432 down postgres /var/lib/postgresql/15/main x.log"; }
pg_query() { log pg_query "$1"; echo "${PG_HAS:-}"; }
"""


def run_pg_setup(tmp_path: Path, env: dict[str, str]) -> tuple[str, list[str]]:
    """Run setup_postgres with the stubs; the URL it left, and the calls it made."""
    log = tmp_path / "calls.log"
    proc = bash(
        f'LOG="{log}"\n{PG_STUBS}\nsetup_postgres\necho "url=${{LABELDESK_TEST_PG_URL:-}}"',
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    calls = log.read_text().splitlines() if log.exists() else []
    return proc.stdout.strip().removeprefix("url="), calls


@pytest.mark.parametrize(
    ("env", "wanted"),
    [({}, False), ({"CI": "true"}, True), ({"LABELDESK_PG": "1"}, True), ({"CI": "1"}, False)],
)
def test_postgres_is_wanted_in_ci_or_when_asked(env: dict[str, str], wanted: bool) -> None:
    assert (bash("wants_postgres", env=pg_env(**env)).returncode == 0) is wanted


def test_setup_postgres_does_nothing_unless_wanted(tmp_path: Path) -> None:
    assert run_pg_setup(tmp_path, pg_env()) == ("", [])


def test_setup_postgres_keeps_a_url_that_is_given(tmp_path: Path) -> None:
    env = pg_env(CI="true", LABELDESK_TEST_PG_URL="postgresql://ci@db.example/ld")
    assert run_pg_setup(tmp_path, env) == ("postgresql://ci@db.example/ld", [])


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian system")
def test_setup_postgres_installs_starts_and_creates_the_role_and_database(
    tmp_path: Path,
) -> None:
    user = subprocess.run(["id", "-un"], capture_output=True, text=True, check=True).stdout.strip()
    url, calls = run_pg_setup(tmp_path, pg_env(CI="true"))
    assert url == f"postgresql://{user}@/labeldesk_test"
    assert calls == [
        "apt_install postgresql",
        "as_root service postgresql start",
        f"pg_query SELECT 1 FROM pg_roles WHERE rolname = '{user}'",
        f"as_postgres createuser --superuser {user}",
        "pg_query SELECT 1 FROM pg_database WHERE datname = 'labeldesk_test'",
        f"as_postgres createdb --owner {user} labeldesk_test",
    ]


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian system")
def test_setup_postgres_leaves_a_running_server_and_what_exists_alone(tmp_path: Path) -> None:
    (tmp_path / "calls.log.up").touch()  # the server is already running
    env = pg_env(LABELDESK_PG="1", LABELDESK_TEST_PG_DB="ld_mine", PG_HAS="1")
    url, calls = run_pg_setup(tmp_path, env)
    assert url.endswith("@/ld_mine")
    assert [c.split()[0] for c in calls] == ["apt_install", "pg_query", "pg_query"]


def test_setup_postgres_refuses_a_database_name_it_would_have_to_quote(tmp_path: Path) -> None:
    proc = bash(PG_STUBS + "setup_postgres", env=pg_env(CI="true", LABELDESK_TEST_PG_DB="a'b"))
    assert proc.returncode == 1
    assert "not a plain database name" in proc.stderr


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian system")
def test_setup_postgres_without_apt_says_what_to_do(tmp_path: Path) -> None:
    proc = bash(
        f'LOG="{tmp_path / "log"}"\n{PG_STUBS}\nsetup_postgres',
        env=pg_env(CI="true", LABELDESK_SKIP_APT="1"),
    )
    assert proc.returncode == 1
    assert "postgresql is not installed and LABELDESK_SKIP_APT=1" in proc.stderr
    assert "LABELDESK_TEST_PG_URL" in proc.stderr


def test_the_test_run_sees_the_postgres_url(tmp_path: Path) -> None:
    check = tmp_path / "test_sees_url.py"
    check.write_text(
        "import os\n\n\ndef test_url():\n"
        "    assert os.environ['LABELDESK_TEST_PG_URL'] == 'postgresql://me@/ld'\n"
    )
    proc = bash(
        "setup() { :; }\nsetup_postgres() { export LABELDESK_TEST_PG_URL=postgresql://me@/ld; }\n"
        f'VENV="{Path(sys.prefix)}"\ncmd_test "{check}" -p no:cacheprovider -q',
        env=pg_env(),
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 passed" in proc.stdout


def _pg_running() -> bool:
    return shutil.which("pg_isready") is not None and (
        subprocess.run(["pg_isready", "-q"], check=False).returncode == 0
    )


@pytest.mark.skipif(
    os.geteuid() != 0 or not _pg_running(), reason="needs root and a running PostgreSQL"
)
def test_setup_postgres_really_makes_a_database_the_tests_can_use() -> None:
    from sqlalchemy import create_engine, text

    from labeldesk.storage.db import to_url

    name = "ld_setup_" + uuid.uuid4().hex[:10]
    # Nothing may be installed or started: the server is running already.
    stubs = 'apt_install() { is_installed "$@" || exit 97; }\nas_root() { exit 98; }\n'
    proc = bash(
        stubs + 'setup_postgres\necho "$LABELDESK_TEST_PG_URL"',
        env=pg_env(LABELDESK_PG="1", LABELDESK_TEST_PG_DB=name),
    )
    assert proc.returncode == 0, proc.stderr
    url = proc.stdout.strip()
    assert url.endswith(f"@/{name}")
    engine = create_engine(to_url(url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_database()")).scalar() == name
        with engine.connect() as conn:
            conn.execute(text("CREATE DATABASE " + name + "_child"))  # a superuser role
            conn.execute(text("DROP DATABASE " + name + "_child"))
    finally:
        engine.dispose()
        admin = create_engine(to_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
