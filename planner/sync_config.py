"""Where the CalDAV sync goes: a small TOML file beside the agenda, and the password.

The file holds the server address, the user, the calendar and, if the user wants one, a
command that prints the password. The password itself is never written to it: it comes from
ATC_PLANNER_CALDAV_PASSWORD, the password command, or the system keyring (the optional
`keyring` package), in that order.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from planner.errors import PlannerError

ENV_PASSWORD = "ATC_PLANNER_CALDAV_PASSWORD"
FILE_NAME = "sync.toml"
KEYRING_SERVICE = "atc-planner CalDAV"
TALKS = ("", "agenda", "plan")


class SyncError(PlannerError):
    """The sync cannot go on; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class SyncConfig:
    url: str
    user: str
    calendar: str = ""  # the calendar's display name; "" = the account's only calendar
    ca_cert: str = ""  # a CA bundle (PEM) to trust besides the system's
    password_command: str = ""  # a shell command whose first line of output is the password
    talks: str = ""  # "plan": only the talks the plan attends; "" or "agenda": every starred talk

    def with_changes(self, **changes: str | None) -> SyncConfig:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def config_path(agenda_path: Path) -> Path:
    return agenda_path.parent / FILE_NAME


def load_config(path: Path) -> SyncConfig | None:
    """The saved settings; None when sync was never set up."""
    import tomllib  # only a sync reads the settings; start-up does not

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        raise SyncError(f"cannot read the sync settings {path}: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise SyncError(f"the sync settings {path} are not valid TOML ({err})") from None
    names = {f.name for f in fields(SyncConfig)}
    values = {k: v for k, v in data.items() if k in names}
    if bad := [k for k, v in values.items() if not isinstance(v, str)]:
        raise SyncError(f"the sync settings {path}: {bad[0]} must be a quoted string")
    if values.get("talks", "") not in TALKS:
        raise SyncError(f"the sync settings {path}: talks is \"agenda\" or \"plan\", "
                        f"not {values['talks']!r}")
    if not values.get("url") or not values.get("user"):
        raise SyncError(f"the sync settings {path} need url and user "
                        "(atc-planner sync --caldav URL --user NAME sets them)")
    return SyncConfig(**values)


def save_config(path: Path, config: SyncConfig) -> None:
    """Write the settings atomically; never a password."""
    lines = ["# atc-planner CalDAV sync. The password is not kept here: see `atc-planner sync",
             "# --login`, password_command, or the ATC_PLANNER_CALDAV_PASSWORD variable."]
    for f in fields(SyncConfig):
        value = getattr(config, f.name)
        if value:
            lines.append(f"{f.name} = {toml_string(value)}")
    data = "\n".join(lines) + "\n"
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as err:
        raise SyncError(f"cannot save the sync settings to {path}: {err.strerror}") from None


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


# --- the password -------------------------------------------------------------------------


def password(config: SyncConfig) -> str:
    """The password from the environment, the password command or the keyring."""
    if env := os.environ.get(ENV_PASSWORD):
        return env
    if config.password_command:
        return _run_password_command(config.password_command)
    if (stored := _keyring_get(config)) is not None:
        return stored
    raise SyncError(f"no password for {config.user} at {config.url}: run `atc-planner sync "
                    f"--login`, set password_command in the sync settings, or set {ENV_PASSWORD}")


def _run_password_command(command: str) -> str:
    import subprocess

    try:
        run = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60,
                             stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise SyncError(f"password_command {command!r} failed: {err}") from None
    if run.returncode != 0:
        why = (run.stderr.strip().splitlines() or [f"exit status {run.returncode}"])[0]
        raise SyncError(f"password_command {command!r} failed: {why}")
    lines = run.stdout.splitlines()
    if not lines or not lines[0]:
        raise SyncError(f"password_command {command!r} printed no password")
    return lines[0]  # `pass show` prints the password first, then other fields


def _keyring():  # type: ignore[no-untyped-def]
    """The keyring module, or None when it is not installed."""
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def _keyring_get(config: SyncConfig) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, _account(config))
    except Exception:  # no backend, a locked or broken keyring: as if nothing were stored
        return None


def store_password(config: SyncConfig, secret: str) -> None:
    """Keep the password in the system keyring (sync --login)."""
    keyring = _keyring()
    if keyring is None:
        raise SyncError("cannot store the password: the keyring package is not installed "
                        f"(pip install keyring), or use password_command or {ENV_PASSWORD}")
    try:
        keyring.set_password(KEYRING_SERVICE, _account(config), secret)
    except Exception as err:  # keyring.errors.* and whatever a backend raises
        why = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise SyncError(f"cannot store the password in the system keyring ({why}); "
                        f"use password_command or {ENV_PASSWORD}") from None


def _account(config: SyncConfig) -> str:
    return f"{config.user} @ {config.url}"
