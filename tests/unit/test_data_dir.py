"""Where the agenda lives without ATC_PLANNER_DATA_DIR: the answer platformdirs gives.

planner.agenda finds the XDG data directory itself on Linux (platformdirs' Unix module imports
tempfile, shutil and random as it loads: half a plain command's start-up). These tests hold
its answer equal to platformdirs' own, on this machine, for the environments a user may have.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from platformdirs import user_data_dir

from planner import agenda

ENVIRONMENTS = [
    {"XDG_DATA_HOME": "/srv/xdg data", "HOME": "/home/ann"},  # set: it wins over HOME
    {"XDG_DATA_HOME": "/srv/xdg/", "HOME": "/home/ann"},  # with a trailing slash
    {"XDG_DATA_HOME": "", "HOME": "/home/ann"},  # blank: as if unset
    {"XDG_DATA_HOME": "   ", "HOME": "/home/ann/"},
    {"HOME": "/home/ann"},  # unset
    {"HOME": "/"},
    {"XDG_DATA_HOME": "relative/dir", "HOME": "/home/ann"},  # not absolute: platformdirs says
    {"HOME": "relative-home"},  # platformdirs looks the user up in the password database
    {},  # no HOME at all: the same
]


@pytest.mark.parametrize("env", ENVIRONMENTS, ids=repr)
def test_the_data_directory_is_the_one_platformdirs_gives(env, monkeypatch):
    monkeypatch.delenv("ATC_PLANNER_DATA_DIR")
    for name in ("XDG_DATA_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert str(agenda.data_dir()) == str(user_data_dir("atc-planner", appauthor=False))


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="platformdirs answers there")
@pytest.mark.parametrize("env", [{"XDG_DATA_HOME": "/srv/xdg"}, {"HOME": "/home/ann"}], ids=repr)
def test_finding_it_on_linux_does_not_import_platformdirs(env, tmp_path):
    full = {k: v for k, v in os.environ.items()
            if k not in ("ATC_PLANNER_DATA_DIR", "XDG_DATA_HOME", "HOME")} | env
    code = ("import sys; from planner.agenda import data_dir; print(data_dir()); "
            "print('platformdirs' in sys.modules, 'tempfile' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=full, cwd=tmp_path)
    where, loaded = run.stdout.splitlines()
    assert where.startswith(env.get("XDG_DATA_HOME", "/home/ann/.local/share"))
    assert loaded == "False False"
