"""Shared fixtures: every test gets its own agenda directory; nothing touches real user files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("ATC_PLANNER_DATA_DIR", str(d))
    monkeypatch.delenv("ATC_PLANNER_PROGRAM", raising=False)
    return d


@pytest.fixture
def cli(data_dir: Path):
    """Run atc-planner as a real process: (exit status, stdout, stderr)."""

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir), **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "planner", *args],
            capture_output=True, text=True, env=full_env, timeout=60,
        )

    return run
