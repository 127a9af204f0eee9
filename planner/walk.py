"""The walk time between rooms, one per program, kept in plan.json beside the agenda.

A separate small file, not a field of the agenda: the agenda holds what the user starred,
this holds how the venue is laid out, and sharing an agenda should not carry it along.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress

from planner.errors import PlannerError

FORMAT = "atc-planner-plan-settings"
VERSION = 1
FILE_NAME = "plan.json"
MAX_WALK = 24 * 60


class WalkError(PlannerError):
    """The settings file cannot be read or written; one line for the user."""


def settings_path(agenda_path: str | os.PathLike[str]) -> str:
    return os.path.join(os.path.dirname(agenda_path), FILE_NAME)


def check_minutes(minutes: int) -> int:
    if not 0 <= minutes <= MAX_WALK:
        raise WalkError(f"a walk time is 0 to {MAX_WALK} minutes, not {minutes}")
    return minutes


def _read(path: str) -> dict[str, int]:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as err:
        raise WalkError(f"cannot read {path}: {getattr(err, 'strerror', None) or err}") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise WalkError(f"{path} is not valid JSON (line {err.lineno}); fix or delete it") \
            from None
    walks = doc.get("walk_minutes") if isinstance(doc, dict) else None
    if not (isinstance(doc, dict) and doc.get("format") == FORMAT and isinstance(walks, dict)
            and all(type(v) is int and 0 <= v <= MAX_WALK for v in walks.values())):
        raise WalkError(f"{path} is not an atc-planner plan settings file; fix or delete it")
    return walks


def load_walk(path: str, program_id: str) -> int:
    """Minutes to walk between rooms for this program: 0 unless set."""
    return _read(path).get(program_id, 0)


def save_walk(path: str, program_id: str, minutes: int) -> None:
    """Set the walk time for one program, keeping the others; atomic, under a lock."""
    from planner.locking import LockTimeout, exclusive

    check_minutes(minutes)
    try:
        folder = os.path.dirname(path)
        os.makedirs(folder or os.curdir, exist_ok=True)
        with exclusive(path + ".lock", timeout=10):
            walks = {**_read(path), program_id: minutes}
            doc = {"format": FORMAT, "version": VERSION,
                   "walk_minutes": dict(sorted(walks.items()))}
            tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.getpid()}.tmp")
            try:
                with open(tmp, "w", encoding="utf-8") as f:
                    f.write(json.dumps(doc, indent=2) + "\n")
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            finally:
                with suppress(FileNotFoundError):
                    os.unlink(tmp)
    except LockTimeout:
        raise WalkError(f"{path} is locked by another atc-planner") from None
    except OSError as err:
        raise WalkError(f"cannot save {path}: {err.strerror or err}") from None
