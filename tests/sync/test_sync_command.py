"""`atc-planner sync` as a user runs it: a real process against a real server."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.sync_config import SyncConfig, SyncError, load_config, password, save_config
from tests.caldav_server import PASSWORD, USER, Proxy
from tests.conftest import REPO

ENV = {"ATC_PLANNER_CALDAV_PASSWORD": PASSWORD}


def one_line_error(run) -> str:
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    return lines[0]


def test_set_up_once_then_plain_sync(cli, data_dir: Path, config: SyncConfig, proxy: Proxy):
    assert "sync is not set up yet" in one_line_error(cli("sync"))
    cli("star", "fast-acs", "deepserve")
    run = cli("sync", "--caldav", config.url, "--user", USER,
              "--create-calendar", config.calendar, env=ENV)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == \
        f"made calendar {config.calendar!r}: 2 created; it holds 2 talks"
    settings = (data_dir / "sync.toml").read_text()
    assert tomllib.loads(settings) == {"url": config.url, "user": USER,
                                       "calendar": config.calendar}
    assert PASSWORD not in settings

    proxy.reset()
    run = cli("sync", env=ENV)
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"calendar {config.calendar!r}: it holds the agenda's 2 talks, " \
        "nothing to change\n"
    assert proxy.writes() == 0

    cli("unstar", "fast-acs")
    run = cli("sync", "--dry-run", env=ENV)
    assert run.returncode == 0 and run.stdout.startswith("would delete: fast-acs  Fast ACS")
    assert proxy.writes() == 0
    run = cli("sync", env=ENV)
    assert run.stdout.startswith("delete: fast-acs  Fast ACS") and proxy.writes() == 1


def test_errors_are_one_line_and_settings_that_failed_are_not_kept(
        cli, data_dir: Path, config: SyncConfig):
    cli("star", "fast-acs")
    line = one_line_error(cli("sync", "--caldav", config.url, "--user", USER,
                              "--calendar", "Nope", env=ENV))
    assert line.startswith("atc-planner: no calendar named 'Nope' for ada at ")
    assert not (data_dir / "sync.toml").exists()

    line = one_line_error(cli("sync", "--caldav", config.url, "--user", USER,
                              "--create-calendar", config.calendar,
                              env={"ATC_PLANNER_CALDAV_PASSWORD": "wrong"}))
    assert line == (f"atc-planner: the server at {config.url} refused the login of 'ada' "
                    "(401 Unauthorized): check the user and the password")

    line = one_line_error(cli("sync", "--caldav", config.url, "--user", USER,
                              "--calendar", config.calendar))
    assert "no password for ada" in line and "--login" in line

    line = one_line_error(cli("sync", "--caldav", config.url, "--user", USER,
                              "--ca-cert", str(data_dir / "missing.pem"), env=ENV))
    assert line.endswith("missing.pem: no such file")
    assert not (data_dir / "sync.toml").exists()


def test_password_command(cli, config: SyncConfig, data_dir: Path, tmp_path: Path):
    secret = tmp_path / "secret"
    secret.write_text(f"{PASSWORD}\nuser: ada\n")
    run = cli("sync", "--caldav", config.url, "--user", USER, "--create-calendar",
              config.calendar, "--password-command", f"cat '{secret}'")
    assert run.returncode == 0, run.stderr
    assert load_config(data_dir / "sync.toml").password_command == f"cat '{secret}'"
    line = one_line_error(cli("sync", "--password-command", "exit 3"))
    assert line == "atc-planner: password_command 'exit 3' failed: exit status 3"


def test_login_keeps_the_password_in_the_keyring(cli, config: SyncConfig, tmp_path: Path):
    keyring_env = {"PYTHON_KEYRING_BACKEND": "tests.sync.file_keyring.FileKeyring",
                   "TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
                   "PYTHONPATH": os.pathsep.join([str(REPO), *sys.path])}
    run = cli_with_stdin(cli, ["sync", "--caldav", config.url, "--user", USER,
                               "--create-calendar", config.calendar, "--login"],
                         PASSWORD + "\n", keyring_env)
    assert run.returncode == 0, run.stderr
    assert PASSWORD in (tmp_path / "keyring.json").read_text()
    run = cli("sync", env=keyring_env)  # no variable, no command: the keyring answers
    assert run.returncode == 0 and "nothing to change" in run.stdout, run.stderr


def test_login_without_a_usable_keyring_says_what_else_works(cli, config: SyncConfig):
    run = cli_with_stdin(cli, ["sync", "--caldav", config.url, "--user", USER, "--login"],
                         PASSWORD + "\n", {})
    line = one_line_error(run)
    assert "cannot store the password in the system keyring" in line
    assert "ATC_PLANNER_CALDAV_PASSWORD" in line


def cli_with_stdin(cli, args: list[str], stdin: str, env: dict[str, str]):
    import subprocess

    full_env = {**os.environ, **env}
    return subprocess.run([sys.executable, "-m", "planner", *args], input=stdin,
                          capture_output=True, text=True, env=full_env, timeout=60)


# --- the settings file ---------------------------------------------------------------------

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@given(url=text.filter(bool), user=text.filter(bool), calendar=text, command=text)
def test_settings_round_trip_any_text(tmp_path_factory, url, user, calendar, command):
    path = tmp_path_factory.mktemp("cfg") / "sync.toml"
    config = SyncConfig(url, user, calendar, password_command=command)
    save_config(path, config)
    assert load_config(path) == config


def test_broken_settings_are_one_line(tmp_path: Path):
    path = tmp_path / "sync.toml"
    path.write_text("url = 'http://x/'\nuser = \n")
    with pytest.raises(SyncError, match=r"sync.toml are not valid TOML"):
        load_config(path)
    path.write_text("url = 'http://x/'\n")
    with pytest.raises(SyncError, match="need url and user"):
        load_config(path)
    path.write_text("url = 'http://x/'\nuser = 3\n")
    with pytest.raises(SyncError, match="user must be a quoted string"):
        load_config(path)


def test_password_sources_in_order(monkeypatch: pytest.MonkeyPatch):
    config = SyncConfig("http://x/", "ada", password_command="echo from-command")
    assert password(config) == "from-command"
    monkeypatch.setenv("ATC_PLANNER_CALDAV_PASSWORD", "from-env")
    assert password(config) == "from-env"


def test_a_sync_loads_caldav_but_not_textual(config: SyncConfig):
    code = ("import sys; from planner.cli import main; "
            f"code = main(['sync', '--caldav', {config.url!r}, '--user', {USER!r}, "
            f"'--create-calendar', {config.calendar!r}]); "
            "print('textual' in sys.modules, 'caldav' in sys.modules, code)")
    import subprocess

    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env={**os.environ, **ENV})
    assert run.stdout.split()[-3:] == ["False", "True", "0"], run.stderr


def test_plan_syncs_only_the_talks_the_plan_attends(cli, config: SyncConfig, data_dir: Path):
    cli("star", "--must", "gmi-drl")
    cli("star", "--maybe", "fast-acs")  # overlaps gmi-drl: the plan drops it
    cli("star", "deepserve")
    run = cli("sync", "--caldav", config.url, "--user", USER, "--create-calendar",
              config.calendar, "--plan", env=ENV)
    assert run.returncode == 0, run.stderr
    assert sorted(line.split()[1] for line in run.stdout.splitlines()[:-1]) == \
        ["deepserve", "gmi-drl"]
    assert load_config(data_dir / "sync.toml").talks == "plan"
    run = cli("sync", "--agenda", env=ENV)
    assert run.stdout.splitlines()[0].startswith("create: fast-acs"), run.stderr
    assert load_config(data_dir / "sync.toml").talks == "agenda"
