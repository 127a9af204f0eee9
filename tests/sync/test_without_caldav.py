"""CalDAV sync is the optional `sync` extra: without caldav, sync says how to install it.

caldav is hidden for real: a finder first on sys.meta_path finds the hidden packages nowhere,
so `import caldav` fails as it does where the extra was never installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.sync_config import SyncConfig, save_config
from tests.caldav_server import PASSWORD, free_port
from tests.sync.test_sync_command import one_line_error
from tests.sync.test_tui_sync import until
from tests.tui.helpers import make_app, on_disk, settle

INSTALL = "pip install 'atc-planner[sync]'"


class Hidden:
    """A meta-path finder for which some top-level packages (and their modules) do not exist."""

    def __init__(self, *names: str) -> None:
        self.names = set(names)

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


# The same finder, in a child process that then runs the command as the script does.
RUN_HIDING = """
import sys
{finder}
sys.meta_path.insert(0, Hidden(*{names!r}))
from planner.launch import main
sys.exit(main())
"""


def cli_hiding(names: list[str], args: list[str], data_dir: Path, stdin: str = "",
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import inspect

    code = RUN_HIDING.format(finder=inspect.getsource(Hidden), names=names)
    return subprocess.run([sys.executable, "-c", code, *args], input=stdin, capture_output=True,
                          text=True, timeout=60,
                          env={**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir), **(env or {})})


def set_up(data_dir: Path) -> SyncConfig:
    config = SyncConfig(f"http://127.0.0.1:{free_port()}/", "ada", "ATC")
    save_config(data_dir / "sync.toml", config)
    return config


def test_the_finder_really_hides_caldav(data_dir: Path):
    code = RUN_HIDING.split("from planner")[0].format(
        finder=__import__("inspect").getsource(Hidden), names=["caldav"])
    run = subprocess.run([sys.executable, "-c", code + "import caldav"], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 1 and "No module named 'caldav'" in run.stderr
    run = subprocess.run([sys.executable, "-c", "import caldav"], timeout=60)
    assert run.returncode == 0  # installed here: the finder is what hides it


@pytest.mark.parametrize("args", [
    ["sync"],  # not set up yet: installing comes first
    ["sync", "--caldav", "http://127.0.0.1:9/", "--user", "ada", "--create-calendar", "ATC"],
    ["sync", "--caldav", "http://127.0.0.1:9/", "--user", "ada", "--login"],
    ["sync", "--dry-run"],
])
def test_sync_without_caldav_is_one_line_naming_the_install_command(args, data_dir: Path):
    run = cli_hiding(["caldav"], args, data_dir, stdin="secret\n",
                     env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    line = one_line_error(run)
    assert line.startswith("atc-planner: sync needs the CalDAV client")
    assert INSTALL in line and ".venv/bin/pip install '.[sync]'" in line
    assert not (data_dir / "sync.toml").exists()  # nothing was set up


def test_set_up_sync_without_caldav_says_so_and_keeps_the_settings(data_dir: Path):
    config = set_up(data_dir)
    before = (data_dir / "sync.toml").read_bytes()
    run = cli_hiding(["caldav"], ["sync"], data_dir,
                     env={"ATC_PLANNER_CALDAV_PASSWORD": PASSWORD})
    assert INSTALL in one_line_error(run)
    assert (data_dir / "sync.toml").read_bytes() == before, config


def test_caldav_without_what_it_needs_is_the_same_line(data_dir: Path):
    # caldav is there but cannot be imported: its XML library is missing.
    set_up(data_dir)
    run = cli_hiding(["lxml"], ["sync"], data_dir, env={"ATC_PLANNER_CALDAV_PASSWORD": PASSWORD})
    line = one_line_error(run)
    assert INSTALL in line and line.endswith("(No module named 'lxml')")


@pytest.fixture
def no_caldav(monkeypatch: pytest.MonkeyPatch) -> None:
    """caldav gone from this process for the test: forgotten, and not found again."""
    for name in [n for n in sys.modules if n.partition(".")[0] == "caldav"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [Hidden("caldav"), *sys.meta_path])


async def test_the_planner_says_sync_is_not_installed_and_keeps_working(tmp_path, monkeypatch,
                                                                        no_caldav):
    monkeypatch.setenv("ATC_PLANNER_CALDAV_PASSWORD", PASSWORD)
    set_up(tmp_path / "agenda")
    with pytest.raises(ModuleNotFoundError):
        import caldav  # noqa: F401
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await until(pilot, lambda: app.syncer.state == "not installed")
        assert app.title.endswith(" · sync not installed")
        assert any(INSTALL in n.message for n in app._notifications)
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(app) == {"fast-acs": ""}  # the agenda is saved all the same
        await until(pilot, lambda: app.syncer.state == "not installed")
