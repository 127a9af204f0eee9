"""The user's agenda: starred talks and notes, kept in one JSON file that is never lost.

- Saves are atomic: a temporary file beside the agenda, flushed and fsynced, renamed over it.
- Every change takes a lock, re-reads the file and applies itself to what is there, so two
  processes never lose each other's stars.
- Content that is not an agenda is moved aside (never overwritten); an entry of the wrong
  type is left out, the others kept and the original kept aside; a file from a newer format
  is left alone and read-only. A file that cannot be read (permissions, a link into a folder
  not mounted yet, a FIFO) is an error and nothing is moved.
- The lock and the temporary files belong to the file itself, wherever a link led from
  (planner/files.py does the reading and replacing).
"""

from __future__ import annotations

import os
import sys
from _thread import allocate_lock  # built in: threading would be a module to load
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from functools import cached_property
from itertools import compress, filterfalse
from operator import is_not
from types import MappingProxyType

from planner.errors import PlannerError, json_problem
from planner.record import field, record, replace

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from planner.agenda_text import AgendaText

_ANY = object()  # _remember: whatever is kept now
FORMAT = "atc-planner-agenda"
# Version 2 added each entry's level; version 1 files read as "want" (what a star was then).
VERSION = 2
ENV_DATA_DIR = "ATC_PLANNER_DATA_DIR"
LOCK_TIMEOUT_S = 10.0
MAX_BYTES = 64 << 20  # far more than any agenda; bigger is not one
NEW_FILE_MODE = 0o600  # notes are private

# Marks the part of a note that another window saved while this one was being edited.
MEANWHILE = "[saved meanwhile elsewhere] "


class AgendaError(PlannerError):
    """The agenda cannot be read or written; the message is one line for the user."""


# How much the user wants to see a talk, most first. A plain star is "want".
LEVELS = ("must", "want", "maybe")
DEFAULT_LEVEL = "want"


@record(frozen=True, slots=True)
class Entry:
    starred_at: str  # ISO 8601, UTC
    note: str = ""
    level: str = DEFAULT_LEVEL  # one of LEVELS


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class _Made:
    """How an agenda was made: from the agenda whose _Made is `before`, by changing the
    entries of `ids` (None before: made whole, read from a file say, or too long ago). One
    per agenda, its identity too. Facts about immutable values, so never stale; a chain
    longer than MAX_CHAIN forgets its older half, so that a long session does not keep every
    change it made (forgetting only makes a comparison go through every entry again)."""

    __slots__ = ("before", "depth", "ids")
    MAX_CHAIN = 64

    def __init__(self, before: _Made | None = None, ids: tuple[str, ...] = ()) -> None:
        self.before = before
        self.ids = ids
        self.depth = 0 if before is None else before.depth + 1  # links behind it, at most
        if self.depth > self.MAX_CHAIN:
            last: _Made = self
            for _ in range(self.MAX_CHAIN // 2):
                if last.before is None:
                    break
                last = last.before
            last.before = None  # shared by other chains too: they forget it as well
            self.depth = self.MAX_CHAIN // 2

    def ids_between(self, other: _Made) -> set[str] | None:
        """Every id changed on the way from the last agenda both were made from to either of
        them; None if there is none (or it is further back than the chains reach)."""
        mine: dict[_Made, None] = {}
        made: _Made | None = self
        while made is not None:
            mine[made] = None
            made = made.before
        ids: set[str] = set()
        made = other
        while made is not None and made not in mine:
            ids.update(made.ids)
            made = made.before
        if made is None:
            return None
        common, made = made, self
        while made is not common:
            if made is None:  # cut by another thread since the first walk: not all seen
                return None
            ids.update(made.ids)
            made = made.before
        return ids


@record(frozen=True)
class Agenda:
    """An immutable agenda: every change returns a new one."""

    entries: Mapping[str, Entry] = field(default_factory=lambda: MappingProxyType({}))
    _made: _Made = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "entries", MappingProxyType(dict(self.entries)))
        object.__setattr__(self, "_made", _Made())

    @classmethod
    def _owning(cls, entries: dict[str, Entry], made: _Made | None = None) -> Agenda:
        """An agenda made of a dict that nothing else holds (the caller's new copy): a change
        to a 10,000-talk agenda is one dict copy, not the three that Agenda(...) makes.
        `made`: how, when it was made from another agenda by changing a few entries."""
        agenda = object.__new__(cls)
        object.__setattr__(agenda, "entries", MappingProxyType(entries))
        object.__setattr__(agenda, "_made", made or _Made())
        return agenda

    def _with(self, changed: Mapping[str, Entry]) -> Agenda:
        entries = self.entries.copy()
        entries.update(changed)
        return Agenda._owning(entries, _Made(self._made, tuple(changed)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Agenda):
            return False
        if self is other:
            return True
        # Made from one agenda by a few changes (the agenda on show and the one a save wrote,
        # after a star key): only the entries those changes touched can differ, every other
        # is the very object in both. Else the views compare their dicts, in C, an entry
        # shared by both equal by identity (copies of both took milliseconds).
        ids = self._made.ids_between(other._made)
        if ids is not None:
            mine, theirs = self.entries, other.entries
            return all(mine.get(pid) == theirs.get(pid) for pid in ids)
        return self.entries == other.entries

    def __hash__(self) -> int:
        return hash(frozenset(self.entries.items()))

    def differs_from(self, other: Agenda) -> list[str]:
        """The ids starred, unstarred or changed since `other` (and any whose entry is an
        equal one made anew), in no particular order."""
        return _changed_entries(self.entries, other.entries, self._made, other._made)

    @property
    def levels(self) -> Mapping[str, str]:
        """Starred id -> level, read from the entries (no copy of them is made)."""
        # A property, not a cached_property: each one made when its class is (every command
        # imports this one) is a window in which a Ctrl-C turns into a RuntimeError.
        return _Levels(self.entries, self._made)

    @cached_property
    def starred(self) -> frozenset[str]:
        # Built once per agenda (it never changes): callers test it inside loops over the
        # whole program, and a new frozenset per test made those loops quadratic.
        return frozenset(self.entries)

    def with_entry(self, paper_id: str, entry: Entry) -> Agenda:
        """The agenda with this entry for the talk, as it was kept (an unstar undone)."""
        return self._with({paper_id: entry})

    def star(self, paper_id: str, when: str | None = None) -> Agenda:
        if paper_id in self.entries:
            return self  # starring twice keeps the first star and its note
        return self._with({paper_id: Entry(when or _now())})

    def unstar(self, paper_id: str) -> Agenda:
        if paper_id not in self.entries:
            return self
        entries = self.entries.copy()
        del entries[paper_id]
        return Agenda._owning(entries, _Made(self._made, (paper_id,)))

    # Changes to many ids build one new agenda: one per id would copy it once per id.

    def star_many(self, paper_ids: Iterable[str], when: str | None = None) -> Agenda:
        new = [pid for pid in paper_ids if pid not in self.entries]
        if not new:
            return self
        entry = Entry(when or _now())
        return self._with(dict.fromkeys(new, entry))

    def unstar_many(self, paper_ids: Iterable[str]) -> Agenda:
        gone = {pid for pid in paper_ids if pid in self.entries}
        if not gone:
            return self
        return Agenda._owning({k: v for k, v in self.entries.items() if k not in gone},
                              _Made(self._made, tuple(gone)))

    def with_note(self, paper_id: str, note: str) -> Agenda:
        """Set (or with '' clear) a note; a note on an unstarred talk stars it."""
        entry = self.entries.get(paper_id)
        if entry is None:
            if not note:
                return self
            entry = Entry(_now())
        return self._with({paper_id: replace(entry, note=note)})

    def with_edited_note(self, paper_id: str, base: str, note: str) -> Agenda:
        """Save a note the user edited starting from `base`.

        If the stored note changed meanwhile (another terminal saved one), neither is lost:
        the user's text comes first, the other one after it on a marked line.
        """
        stored = self.note(paper_id)
        if stored in (base, note):
            return self.with_note(paper_id, note)
        return self.with_note(paper_id, f"{note}\n{MEANWHILE}{stored}" if note else stored)

    def with_level(self, paper_id: str, level: str) -> Agenda:
        """Set the level of a talk, starring it first if it is not starred."""
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r} (levels: {', '.join(LEVELS)})")
        entry = self.entries.get(paper_id) or Entry(_now())
        if entry.level == level and paper_id in self.entries:
            return self
        return self._with({paper_id: replace(entry, level=level)})

    def with_levels(self, paper_ids: Iterable[str], level: str) -> Agenda:
        """`with_level` for many ids at once."""
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r} (levels: {', '.join(LEVELS)})")
        when = _now()
        changed = {pid: replace(self.entries.get(pid) or Entry(when), level=level)
                   for pid in paper_ids if self.level(pid) != level}
        return self._with(changed) if changed else self

    def note(self, paper_id: str) -> str:
        entry = self.entries.get(paper_id)
        return entry.note if entry else ""

    def level(self, paper_id: str) -> str | None:
        """The level of a starred talk; None when it is not starred."""
        entry = self.entries.get(paper_id)
        return entry.level if entry else None


def _changed_entries(new: Mapping[str, Entry], old: Mapping[str, Entry],
                     new_made: _Made, old_made: _Made) -> list[str]:
    """The ids of `new` whose entry is not the very one of `old`, and the ids gone from it.
    Entries are never changed in place, so an entry kept is the same object."""
    # Both made from one agenda, change by change (a star key's agenda from the one before
    # it, what a save writes from what it read): the ids those changes touched are the only
    # ones to look at, not all 10,000 (a millisecond each time, several a key). Those
    # changed back (starred, then unstarred) are left out, as the pass leaves them.
    ids = new_made.ids_between(old_made)
    if ids is not None:
        return [pid for pid in ids if new.get(pid) is not old.get(pid)]
    # Else a pass in C over the entries.
    ids = list(compress(new, map(is_not, map(old.get, new), new.values())))
    if len(old) + sum(pid not in old for pid in ids) != len(new):
        ids += filterfalse(new.__contains__, old)
    return ids


class _Levels(Mapping[str, str]):
    __slots__ = ("_entries", "_made")

    def __init__(self, entries: Mapping[str, Entry], made: _Made) -> None:
        self._entries = entries
        self._made = made  # the agenda's: how its entries were made

    def __getitem__(self, paper_id: str) -> str:
        return self._entries[paper_id].level

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, paper_id: object) -> bool:
        return paper_id in self._entries

    def differs_from(self, other: Mapping[str, str]) -> list[str]:
        """The ids whose level is not the same in `other` (and any whose entry was made anew,
        a note changed): Agenda.differs_from's answer, where comparing levels one by one
        would read every entry in Python."""
        if isinstance(other, _Levels):
            return _changed_entries(self._entries, other._entries, self._made, other._made)
        return [pid for pid in self.keys() | other.keys() if self.get(pid) != other.get(pid)]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Levels) and other._entries is self._entries:
            return True
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # a mapping, like dict


# --- the file -----------------------------------------------------------------------------


def to_document(agenda: Agenda) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "starred": {
            pid: {"starred_at": e.starred_at, "note": e.note, "level": e.level}
            for pid, e in sorted(agenda.entries.items())
        },
    }


def dumps(agenda: Agenda) -> str:
    """The file's text: what json.dumps(to_document(agenda), ensure_ascii=False, indent=2)
    writes (planner/agenda_text.py puts it together faster)."""
    from planner.agenda_text import AgendaText

    return AgendaText.of(agenda).text(FORMAT, VERSION)


class _Unreadable(Exception):
    pass


class _TooNew(Exception):
    def __init__(self, version: object, agenda: Agenda) -> None:
        super().__init__(version)
        self.version = version
        self.agenda = agenda


def _entries(starred: Any, version: int, dropped: list[str] | None = None,
             surrogates: bool = True) -> Agenda:
    """The entries; a bad one raises _Unreadable, or is left out and said why in `dropped`.
    `surrogates`: the text may hold a lone surrogate (see `parse`)."""
    if not isinstance(starred, dict):
        raise _Unreadable("'starred' is not an object")
    entries = {}
    for pid, e in starred.items():
        try:
            entries[pid] = _entry(pid, e, version, surrogates)
        except _Unreadable as err:
            if dropped is None:
                raise
            dropped.append(str(err))
    return Agenda._owning(entries)


def _entry(pid: str, e: Any, version: int, surrogates: bool = True) -> Entry:
    if not isinstance(e, dict):
        raise _Unreadable(f"entry {pid!r} is not an object")
    at, note = e.get("starred_at"), e.get("note", "")
    if "starred_at" not in e:
        raise _Unreadable(f"entry {pid!r} has no 'starred_at'")
    if not isinstance(at, str) or not isinstance(note, str):
        raise _Unreadable(f"entry {pid!r}: {'note' if isinstance(at, str) else 'starred_at'!r} "
                          "is not text")
    if surrogates and not (_encodable(pid) and _encodable(at) and _encodable(note)):
        raise _Unreadable(f"entry {pid!r} holds a lone surrogate (not text)")
    # Version 1 had no levels: every star then meant what "want" means now.
    level = e.get("level", DEFAULT_LEVEL) if version >= 2 else DEFAULT_LEVEL
    if level not in LEVELS:
        if version <= VERSION:
            raise _Unreadable(f"entry {pid!r} has an unknown level {level!r}")
        level = DEFAULT_LEVEL  # a newer format's level, shown read-only as the nearest
    return Entry(at, note, level)


def _encodable(text: str) -> bool:
    """False for a lone surrogate ("\\ud800" in JSON): it could never be written back."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse(text: str, dropped: list[str] | None = None) -> Agenda:
    """The agenda in `text`; with a `dropped` list, bad entries are left out and named there."""
    # Imported here, not with the module: json compiles six patterns as it loads (about 0.14x
    # of a bare Python start), which a command that reads no file (program, search) never needs.
    import json

    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise _Unreadable(f"not valid JSON ({json_problem(err)})") from None
    except (ValueError, RecursionError) as err:  # a 5,000-digit number; nesting 200k deep
        raise _Unreadable(f"not an agenda ({type(err).__name__})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _Unreadable("not an atc-planner agenda")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Unreadable(f"bad version {version!r}")
    # A lone surrogate comes from an escape ("\udc00") or from a str that has one already:
    # without either, no entry needs its three texts checked (a third of a parse).
    surrogates = "\\ud" in text or "\\uD" in text or not _encodable(text)
    if version > VERSION:
        try:
            readable = _entries(doc.get("starred"), version, None, surrogates)
        except _Unreadable:
            readable = Agenda()
        raise _TooNew(version, readable)
    return _entries(doc.get("starred"), version, dropped, surrogates)


# Paths here are strings: pathlib (with the urllib.parse and ipaddress it imports) cost about
# 0.4x of a bare Python start, on every command. AgendaStore.path is a Path for the TUI.
def data_dir() -> str:
    if env := os.environ.get(ENV_DATA_DIR):
        from planner.files import tidy

        return tidy(env)
    return _xdg_data_dir() or _platform_data_dir()


APP_DIR = "atc-planner"


def _xdg_data_dir() -> str | None:
    """platformdirs.user_data_dir(APP_DIR, appauthor=False) where XDG's rule is short; else None.

    platformdirs 4.14's Unix module imports tempfile (with shutil, random, bz2 and lzma) as it
    loads: half a plain command's start-up, for one path. On Linux and the other platforms
    platformdirs gives XDG's rule to, the answer is $XDG_DATA_HOME/atc-planner when that is an
    absolute path, else $HOME/.local/share/atc-planner when XDG_DATA_HOME is unset or blank and
    HOME is absolute: every platformdirs since 4.0 agrees on these. Anything else (macOS,
    Windows, Android, a relative XDG_DATA_HOME or HOME, no HOME) is platformdirs' to answer.
    tests/unit/test_data_dir.py holds the two equal.
    """
    if sys.platform in ("win32", "darwin", "ios", "android") or \
            hasattr(sys, "getandroidapilevel") or "ANDROID_DATA" in os.environ:
        return None
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if os.path.isabs(xdg):
        return os.path.join(xdg, APP_DIR)
    home = os.environ.get("HOME", "")
    if xdg.strip() or not os.path.isabs(home):
        return None
    return os.path.join(os.path.expanduser("~/.local/share"), APP_DIR)


def _platform_data_dir() -> str:
    from platformdirs import user_data_dir

    return user_data_dir(APP_DIR, appauthor=False)


def default_path(program_id: str | None = None) -> str:
    """The agenda of one program: ATC '25's stays `agenda.json`, each other has its own file."""
    if program_id is None or program_id == "atc25":
        return os.path.join(data_dir(), "agenda.json")
    return os.path.join(data_dir(), f"agenda-{program_id}.json")


@record(frozen=True, slots=True)
class Updated:
    before: Agenda  # what was on disk when the lock was taken
    after: Agenda
    warnings: tuple[str, ...] = ()


@record(frozen=True, slots=True)
class Loaded:
    agenda: Agenda
    warnings: tuple[str, ...] = ()
    read_only: bool = False  # written by a newer format: shown, never overwritten


@record(frozen=True, slots=True)
class _Known:
    """The file's bytes when this store last read or wrote them, and the agenda they hold."""

    data: bytes
    agenda: Agenda
    text: AgendaText | None = None  # the agenda's text in pieces, once it was written


class AgendaStore:
    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        from planner.files import tidy

        self.filename = tidy(path) if path is not None else default_path()
        # Every read still reads the whole file, and compares it with these bytes: only when
        # they are the same is the agenda they hold taken as read (parsing 10,000 entries
        # took longer than a star key may). Whatever changed the file, another terminal or an
        # editor, changed its bytes. Threads share it: one attribute, replaced whole, and a
        # read replaces it only if no write did since the read began (see _remember).
        self._known: _Known | None = None
        self._known_lock = allocate_lock()

    @property
    def path(self) -> Path:
        """The agenda file as a Path, for the TUI and the commands that load pathlib anyway."""
        from pathlib import Path

        return Path(self.filename)

    @property
    def _folder(self) -> str:
        return os.path.dirname(self.filename) or os.curdir

    @property
    def target(self) -> str:
        """The file itself: through a symbolic link (a synced folder), the file it points to."""
        from planner.files import resolved

        try:
            return resolved(self.filename)
        except (OSError, RuntimeError) as err:  # RuntimeError: a loop of links
            raise AgendaError(f"agenda file {self.filename} cannot be resolved: {err}") from None

    @property
    def lock_path(self) -> str:
        # The lock belongs to the file, not to the path that led to it: two processes that
        # reach one agenda through different links take the same lock.
        return self.target + ".lock"

    # Reading never needs the lock: writers replace the file by rename, so a reader sees the
    # old file or the new one. Repairing a file does take it.
    def load(self) -> Loaded:
        """The agenda on disk. A read error raises AgendaError and changes nothing."""
        read = self._read()
        if isinstance(read, Loaded):
            return read
        with self._locked():
            return self._read_or_recover()

    def update(self, change: Callable[[Agenda], Agenda]) -> Updated:
        """Apply a change to what is on disk now, under the lock; save it if it changed anything."""
        with self._locked():
            loaded = self._read_or_recover()
            if loaded.read_only:
                raise AgendaError(loaded.warnings[0])
            new = change(loaded.agenda)
            if new != loaded.agenda:
                self._write(new)
            return Updated(loaded.agenda, new, loaded.warnings)

    # --- internals ---

    def _read(self) -> Loaded | _Damaged:
        """What the file holds (a missing file is an empty agenda), or what is wrong with it.

        A file that cannot be read at all (permissions, I/O, a link to a folder that is not
        mounted, a FIFO) raises AgendaError: it may be fine a moment later, so nothing is moved.
        """
        from planner.files import FileProblem, read_regular

        known = self._known  # before the read: a write after it makes this read the older
        try:
            data = read_regular(self.filename, MAX_BYTES)
        except FileProblem as err:
            raise AgendaError(f"agenda file {self.filename} {err}") from None
        except NotADirectoryError as err:  # the data directory, or a folder above it, is a file
            raise AgendaError(_no_data_dir(self._folder, err)) from None
        except OSError as err:
            raise AgendaError(f"cannot read the agenda file {self.filename}: "
                              f"{err.strerror or err}") from None
        if data is None or not data.strip():  # nothing yet, or a file just created to link to
            return Loaded(Agenda())
        if known is not None and known.data == data:
            return Loaded(known.agenda)
        try:
            # A BOM, as some editors write, is fine: taken off as the utf-8-sig codec does,
            # without loading that codec's module on every command that reads the agenda.
            text = (data[3:] if data.startswith(b"\xef\xbb\xbf") else data).decode("utf-8")
        except UnicodeDecodeError:
            return _Damaged("not UTF-8 text")
        dropped: list[str] = []
        try:
            agenda = parse(text, dropped)
        except _TooNew as err:
            return Loaded(err.agenda, (self._too_new_message(err.version),), read_only=True)
        except _Unreadable as err:
            return _Damaged(str(err))
        if dropped:
            return _Damaged(f"{len(dropped)} entr{'y' if len(dropped) == 1 else 'ies'}", agenda,
                            tuple(dropped))
        self._remember(_Known(data, agenda), since=known)
        return Loaded(agenda)

    def adopt(self, agenda: Agenda, written: Agenda) -> None:
        """Take `agenda`, equal to `written` (the agenda this store last wrote), as the one
        the file holds, if it still does: the next change is made of the agenda on show, and
        the two keep a common history (Agenda.differs_from, ==: the changes alone compared,
        not every entry; without it they had none left after 64 changes)."""
        with self._known_lock:
            known = self._known
            if known is not None and known.agenda is written:
                self._known = _Known(known.data, agenda, known.text)

    def _remember(self, known: _Known, *, since: object) -> None:
        """Keep `known` as the file's last bytes. A read passes what was kept when it began
        (`since`): a read on the reload thread that began before a save and ends after it must
        not put back the older agenda, which a broken file would then be recovered to."""
        with self._known_lock:
            if since is _ANY or self._known is since:
                self._known = known

    def _read_or_recover(self) -> Loaded:
        """Call with the lock held. Content that is not an agenda is moved aside, never
        overwritten; when only some entries are bad, the others are kept and the original
        is kept aside too."""
        read = self._read()
        if isinstance(read, Loaded):
            return read
        aside = self._move_aside("original" if read.dropped else "unreadable")
        known = self._known
        if not read.dropped and known is not None:
            # This store read or wrote a good agenda before (an open planner): the file was
            # broken under it, say half-written by a sync tool. Its last agenda is what the
            # user sees and what the file held a moment ago: keep it, not an empty one.
            self._write(known.agenda)
            n = len(known.agenda.entries)
            return Loaded(known.agenda, (
                f"agenda file {self.filename} could not be read ({read.why}); moved it to {aside} "
                f"and kept the agenda read before it ({n} talk{'' if n == 1 else 's'})",))
        self._write(read.kept)  # so a link to it, or the next reader, finds an agenda
        if read.dropped:
            shown = "; ".join(read.dropped[:3])
            more = f"; and {len(read.dropped) - 3} more" if len(read.dropped) > 3 else ""
            return Loaded(read.kept, (
                f"agenda file {self.filename}: left out {read.why} ({shown}{more}), kept the "
                f"other {len(read.kept.entries)}; the original is at {aside}",))
        return Loaded(read.kept, (f"agenda file {self.filename} could not be read ({read.why}); "
                                  f"moved it to {aside} and started an empty agenda",))

    def _too_new_message(self, version: object) -> str:
        return (f"agenda file {self.filename} is format {version}, newer than this atc-planner "
                f"writes ({VERSION}); leaving it untouched: upgrade atc-planner to change it")

    def _move_aside(self, label: str) -> str:
        """Rename the file (never a link that leads to it) to a free name beside it."""
        target = self.target
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = f"{target}.{label}-{stamp}"
        n = 1
        while os.path.exists(aside):
            n += 1
            aside = f"{target}.{label}-{stamp}-{n}"
        try:
            os.replace(target, aside)
        except OSError as err:
            raise AgendaError(f"agenda file {self.filename} cannot be read and cannot be "
                              f"moved aside: {err.strerror}") from None
        return aside

    @contextmanager
    def _locked(self) -> Iterator[None]:
        from planner.locking import LockTimeout, exclusive

        folder = self._folder
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as err:
            raise AgendaError(_no_data_dir(folder, err)) from None
        lock_path = self.lock_path
        with ExitStack() as held:
            try:
                held.enter_context(exclusive(lock_path, LOCK_TIMEOUT_S))
            except LockTimeout:
                raise AgendaError(f"agenda file {self.filename} is locked by another atc-planner "
                                  f"(waited {LOCK_TIMEOUT_S:.0f} s)") from None
            except OSError as err:
                if isinstance(err, FileNotFoundError):
                    self._read()  # the folder a link points into is missing: it says so
                raise AgendaError(f"cannot lock {lock_path}: {err.strerror}") from None
            yield

    def _write(self, agenda: Agenda) -> None:
        """Call with the lock held. Through a symbolic link, the file it points to is
        replaced and the link stays. A new agenda is readable by its owner only."""
        from planner.agenda_text import AgendaText
        from planner.files import remove_stale_temps, replace_file

        target = self.target
        remove_stale_temps(target)
        # The last text written, mended where the agenda differs from it (a star: one entry).
        known = self._known
        text = (known.text.changed_to(agenda) if known is not None and known.text is not None
                else AgendaText.of(agenda))
        data = text.text(FORMAT, VERSION).encode("utf-8")
        try:
            replace_file(target, data, NEW_FILE_MODE)
        except OSError as err:
            raise AgendaError(f"cannot save the agenda to {self.filename}: "
                              f"{err.strerror or err}") from None
        self._remember(_Known(data, agenda, text), since=_ANY)


@record(frozen=True, slots=True)
class _Damaged:
    why: str
    kept: Agenda = field(default_factory=Agenda)  # the entries that could be read
    dropped: tuple[str, ...] = ()


def _no_data_dir(directory: str, err: OSError) -> str:
    """Why the data directory cannot be made, and what to do ('File exists' says neither)."""
    blocker = next((p for p in _self_and_parents(directory) if os.path.exists(p)), None)
    if blocker is not None and not os.path.isdir(blocker):
        return (f"the agenda's data directory {directory} cannot be created: {blocker} is a "
                f"file, not a directory; move the file away, or set {ENV_DATA_DIR} to a directory")
    return (f"the agenda's data directory {directory} cannot be created ({err.strerror}); "
            f"set {ENV_DATA_DIR} to a directory you can write")


def _self_and_parents(directory: str) -> Iterator[str]:
    """The directory, then each folder above it, as Path.parents lists them."""
    while True:
        yield directory
        parent = os.path.dirname(directory) or os.curdir
        if parent == directory:
            return
        directory = parent


def star_all(ids: Iterable[str]) -> Callable[[Agenda], Agenda]:
    ids = tuple(ids)
    return lambda agenda: agenda.star_many(ids)


def level_all(ids: Iterable[str], level: str) -> Callable[[Agenda], Agenda]:
    """Set the level of every id, starring those not starred yet."""
    ids = tuple(ids)
    return lambda agenda: agenda.with_levels(ids, level)


def unstar_all(ids: Iterable[str]) -> Callable[[Agenda], Agenda]:
    ids = tuple(ids)
    return lambda agenda: agenda.unstar_many(ids)
