"""Remembered programs: each program the user loads is kept, converted, in the data directory.

- `--program FILE` (or ATC_PLANNER_PROGRAM) reads the file in any format, stores a copy in the
  planner's own schema (`programs/<key>.json`) and makes it the current one; the next start
  with no --program opens the current one from that copy: fast, and still there when the
  source moves or changes.
- `--program atc25` goes back to the embedded ATC '25 program; `--program KEY` reopens a
  remembered one.
- Per program the view state (rooms the user hid) is kept beside it.

The index (`programs/index.json`) is small and rewritten whole, atomically. Failing to
remember is a warning, never a reason to refuse a program that loaded.
"""

from __future__ import annotations

import errno
import os
from contextlib import suppress
from datetime import UTC, datetime

from planner import __version__
from planner.agenda import data_dir
from planner.program import (
    DEFAULT_PROGRAM_ID,
    ENV_PROGRAM,
    Program,
    ProgramError,
)
from planner.record import field, record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any

CUSTOM_ATC = f"{DEFAULT_PROGRAM_ID}-custom"  # a corrected ATC '25 file: its own entry, same agenda


@record
class Opened:
    program: Program
    key: str  # how `--program KEY` and the palette name it
    warnings: list[str] = field(default_factory=list)


# Paths are strings, as in planner.agenda: pathlib is not loaded on a command's start-up.
def programs_dir() -> str:
    return os.path.join(data_dir(), "programs")


def _index_path() -> str:
    return os.path.join(programs_dir(), "index.json")


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


def read_index() -> dict[str, Any]:
    try:
        text = _read_text(_index_path())
    except (OSError, UnicodeDecodeError):  # none yet: only ATC '25, and it is the current one
        return {"current": DEFAULT_PROGRAM_ID, "programs": {}}
    import json  # only with an index to read (see planner.agenda.parse)

    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        return {"current": DEFAULT_PROGRAM_ID, "programs": {}}
    if not isinstance(doc, dict) or not isinstance(doc.get("programs"), dict):
        return {"current": DEFAULT_PROGRAM_ID, "programs": {}}
    return doc


def _write_json(path: str, doc: Any) -> None:
    import json

    os.makedirs(os.path.dirname(path), exist_ok=True)
    _write_text(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def stored_path(key: str) -> str:
    return os.path.join(programs_dir(), f"{key}.json")


def _load_file(path: str) -> Program:
    from planner.formats import load_program

    return load_program(path)


def _load_shipped() -> Program:
    from planner.formats import load_shipped

    return load_shipped()


def open_program(choice: str | None = None) -> Opened:
    """The program to plan with: the one asked for, else the last one opened, else ATC '25."""
    choice = choice or os.environ.get(ENV_PROGRAM) or None
    if choice is None:
        current = read_index().get("current", DEFAULT_PROGRAM_ID)
        if isinstance(current, str) and current != DEFAULT_PROGRAM_ID:
            path = stored_path(current)
            if os.path.isfile(path):
                return Opened(_load_file(path), current)
        return Opened(_load_shipped(), DEFAULT_PROGRAM_ID)
    if choice == DEFAULT_PROGRAM_ID:
        opened = Opened(_load_shipped(), DEFAULT_PROGRAM_ID)
        opened.warnings += _set_current(DEFAULT_PROGRAM_ID)
        return opened
    from planner.files import tidy

    path = tidy(choice)  # as pathlib had it: 'cal.ics/' is the file cal.ics
    if not _exists(path) and "/" not in choice and os.sep not in choice:
        if not os.path.isfile(stored_path(choice)):
            raise unknown_choice(choice)
        opened = Opened(_load_file(stored_path(choice)), choice)
        opened.warnings += _set_current(choice)
        return opened
    program = _load_file(path)
    key = program.conference.id
    if key == DEFAULT_PROGRAM_ID:
        key = CUSTOM_ATC
    opened = Opened(program, key)
    opened.warnings += remember(program, key, path)
    return opened


def _exists(path: str) -> bool:
    """As Path.exists(): only no such file (or a loop of links, a NUL in the name) is False."""
    try:
        os.stat(path)
    except ValueError:
        return False
    except OSError as err:  # no permission to look, a name too long: reading it says why
        return err.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)
    return True


def remember(program: Program, key: str, source: str | os.PathLike[str]) -> list[str]:
    """Store the program in the own schema and make it the current one; warnings, if any."""
    from planner.formats.own import dumps

    c = program.conference
    try:
        target = stored_path(key)
        index = read_index()
        stamp = _source_stamp(source)
        known = index["programs"].get(key)
        notes = []
        # The same file as last time (every command, with ATC_PLANNER_PROGRAM set): its copy is
        # stored already. Converting 10,000 talks to compare them took seconds per command.
        if not (stamp and isinstance(known, dict) and known.get("source_stamp") == stamp
                and os.path.isfile(target)):
            text = dumps(program)
            with suppress(OSError):
                if _read_text(target) == text:
                    text = ""  # unchanged since the last load: no write
            if text:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                _write_text(target, text)
                before = known.get("source") if isinstance(known, dict) else None
                if before and before != os.path.realpath(source):
                    # Another file of the same conference id: say so, it is not obvious that
                    # the remembered program (and its name's meaning) just changed.
                    notes.append(f"the remembered program {key!r}, loaded from {before}, is now "
                                 f"the one in {source}")
        index["programs"][key] = {
            "source_stamp": stamp,
            "name": c.name, "full_name": c.full_name, "source": os.path.realpath(source),
            "loaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "talks": len(program.papers),
            "first_day": program.days[0].date.isoformat() if program.days else None,
            "last_day": program.days[-1].date.isoformat() if program.days else None,
        }
        index["current"] = key
        _write_json(_index_path(), index)
    except OSError as err:
        return [f"could not remember the program in {programs_dir()} "
                f"({err.strerror or err}); it is loaded for this run only"]
    return notes


def _source_stamp(source: str | os.PathLike[str]) -> list[object] | None:
    """What changes when the file (or the planner that converts it) does: size, mtime, version,
    and which file it is (a copy with the same size and mtime, `cp -p`, is another file)."""
    try:
        st = os.stat(source)  # a loop of links fails here: realpath() would not say so
        where = os.path.realpath(source)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, __version__, where]


def _write_text(path: str, text: str) -> None:
    """All of the text or none of it: a temporary file beside `path`, renamed over it."""
    import tempfile  # only a write needs it (with random and shutil), not every start-up

    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp",
                               dir=os.path.dirname(path))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _set_current(key: str) -> list[str]:
    index = read_index()
    if index.get("current") == key:
        return []
    index["current"] = key
    try:
        _write_json(_index_path(), index)
    except OSError as err:
        return [f"could not remember the choice in {programs_dir()} ({err.strerror or err})"]
    return []


@record(frozen=True)
class Remembered:
    key: str
    name: str
    talks: int | None
    days: str
    source: str
    current: bool


def remembered() -> list[Remembered]:
    """ATC '25 first, then every remembered program, in the order they were first loaded."""
    index = read_index()
    current = index.get("current", DEFAULT_PROGRAM_ID)
    rows = [Remembered(DEFAULT_PROGRAM_ID, "USENIX ATC '25", 100, "2025-07-07 – 2025-07-09",
                       "embedded", current == DEFAULT_PROGRAM_ID)]
    for key, info in index["programs"].items():
        if not isinstance(info, dict) or not os.path.isfile(stored_path(key)):
            continue
        days = f"{info.get('first_day')} – {info.get('last_day')}"
        name = str(info.get("name", key))
        if name.lower() == key.lower() and info.get("full_name"):
            # A published schedule's short name is its acronym, the key itself ("jfz25
            # jfz25" said nothing): its title says which conference it is.
            name = str(info["full_name"])
        rows.append(Remembered(key, name, info.get("talks"), days,
                               str(info.get("source", "")), current == key))
    return rows


# --- view state per program ---------------------------------------------------------------


def _view_path(key: str) -> str:
    return os.path.join(programs_dir(), f"{key}.view.json")


def hidden_rooms(key: str) -> frozenset[str]:
    import json

    try:
        doc = json.loads(_read_text(_view_path(key)))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return frozenset()
    hidden = doc.get("hidden_rooms") if isinstance(doc, dict) else None
    return frozenset(x for x in hidden or [] if isinstance(x, str))


def save_hidden_rooms(key: str, rooms: frozenset[str]) -> None:
    """Raises OSError when it cannot be saved; the caller says so."""
    _write_json(_view_path(key), {"hidden_rooms": sorted(rooms)})


def unknown_choice(choice: str) -> ProgramError:
    return ProgramError(f"{choice}: cannot read the program file (no such file), and no "
                        "remembered program has that name (see `atc-planner programs`)")
