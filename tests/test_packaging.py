"""The wheel carries the program data and the stylesheet, and works from any directory."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation: hatchling is a test dependency, so this needs no network.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(REPO)], check=True, capture_output=True,
                   timeout=300)
    [built] = out.glob("atc_planner-*.whl")
    return built


def test_wheel_holds_data_and_styles(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"planner/assets/atc25.json", "planner/tui/planner.tcss", "planner/tui/help.md",
            "planner/cli.py"} <= names
    assert not any(n.startswith("tests/") for n in names)


def test_wheel_in_a_fresh_venv_runs_from_another_directory(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    # --no-deps: `program` needs only the standard library (with the data directory named,
    # platformdirs is not asked), so this runs offline and fast; .ci/run installs the full
    # dependency set in a fresh venv of its own.
    subprocess.run([bindir / "python", "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = subprocess.run([bindir / "atc-planner", "program", "--json"], cwd=elsewhere,
                         capture_output=True, text=True, timeout=60,
                         env={"PATH": str(bindir), "HOME": str(tmp_path),
                              "ATC_PLANNER_DATA_DIR": str(tmp_path / "data")})
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert sum(len(s["papers"]) for d in doc["days"] for s in d["sessions"]) == 100
    version = subprocess.run([bindir / "atc-planner", "--version"], capture_output=True,
                             text=True, cwd=elsewhere, timeout=60)
    assert version.stdout.startswith("atc-planner ")


def test_ruff_is_clean():
    run = subprocess.run([sys.executable, "-m", "ruff", "check", str(REPO)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stdout


def test_caldav_is_the_sync_extra_not_a_dependency(wheel):
    # caldav 3 brings niquests and urllib3-future, whose .pth file runs at every Python start
    # in the environment: the README's `pip install .` must not install it.
    with zipfile.ZipFile(wheel) as z:
        [name] = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = z.read(name).decode()
    requires = [line.split(":", 1)[1].strip() for line in metadata.splitlines()
                if line.startswith("Requires-Dist:")]
    caldav = [r for r in requires if r.startswith("caldav")]
    assert sorted(r.split(";")[1].strip() for r in caldav) == \
        ["extra == 'sync'", "extra == 'test'"], caldav
    assert "Provides-Extra: sync" in metadata.splitlines()
    assert not [r for r in requires if r.startswith(("niquests", "urllib3"))]
