"""The repository as a new user meets it: how to run what the README installs, and a clone
that stays clean after the planner's own export (issue 10, items 12 and 15)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_keeps_its_two_setup_commands():
    assert "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/atc-planner" in README
    assert ("python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && "
            ".venv/bin/python -m pytest -n 2") in README


def test_readme_says_how_to_run_atc_planner_after_the_venv_install():
    setup = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    # The examples call `atc-planner`: the set-up says how that name reaches the PATH.
    assert "source .venv/bin/activate" in setup
    assert re.search(r"pipx install \.", setup) and re.search(r"uv tool install \.", setup)


def test_the_default_export_file_is_ignored_by_git(tmp_path):
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs a git clone")
    from planner.cli import DEFAULT_ICS

    run = subprocess.run(["git", "check-ignore", "--no-index", "-q", DEFAULT_ICS], cwd=REPO)
    assert run.returncode == 0, f"{DEFAULT_ICS} would show as untracked after `e` in the clone"
