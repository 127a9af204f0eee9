"""Agendas shared between colleagues: a small versioned JSON file, and a merge that loses nothing.

The shared file (`atc-planner agenda --export FILE`)::

    {
      "format": "atc-planner-shared-agenda",
      "version": 1,
      "program": "atc25",              # the conference id: a file for another one is refused
      "exported_at": "2025-07-01T12:00:00+00:00",
      "starred": {"deepserve": {"level": "must", "note": "ask about cold starts"}, ...}
    }

"level" may be missing (files from before levels): it reads as "want". "note" may be missing or
empty. Everything here is pure: the clock and the file's name come in as arguments.

Merging (`agenda --import FILE`) adds and never removes:
- a star only in the file is added, with its level and its note (marked with the file's name);
- a star in both keeps your level; the lines of a note from the file that your note does not
  already hold (compared without `[from ...]` marks) are appended to yours, on their own line,
  marked `[from FILE]`. Merging the same file again therefore changes nothing, and your own
  note coming back from a colleague who imported it is not added again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from planner.agenda import DEFAULT_LEVEL, LEVELS, Agenda, Entry
from planner.errors import PlannerError, json_problem
from planner.program import Program

FORMAT = "atc-planner-shared-agenda"
VERSION = 1


class ShareError(PlannerError):
    """A shared agenda file that cannot be used; one line naming the file and the problem."""


@dataclass(frozen=True, slots=True)
class SharedEntry:
    level: str = DEFAULT_LEVEL
    note: str = ""


@dataclass(frozen=True)
class Shared:
    """A colleague's agenda as read from a shared file."""

    program_id: str
    entries: Mapping[str, SharedEntry] = field(default_factory=lambda: MappingProxyType({}))
    name: str = ""  # the file's name: what marks their notes in yours

    def __post_init__(self) -> None:
        object.__setattr__(self, "entries", MappingProxyType(dict(self.entries)))

    @property
    def starred(self) -> frozenset[str]:
        return frozenset(self.entries)

    @classmethod
    def from_agenda(cls, agenda: Agenda, program_id: str, name: str = "") -> Shared:
        return cls(program_id, {pid: SharedEntry(e.level, e.note)
                                for pid, e in agenda.entries.items()}, name)


# --- the file -----------------------------------------------------------------------------


def to_document(program: Program, agenda: Agenda, exported_at: str) -> dict[str, Any]:
    """The shared file for the stars the program knows (others would be refused on import)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "program": program.conference.id,
        "exported_at": exported_at,
        "starred": {
            pid: {"level": e.level, "note": e.note}
            for pid, e in sorted(agenda.entries.items()) if pid in program.papers
        },
    }


def dumps(program: Program, agenda: Agenda, exported_at: str) -> str:
    from planner.json_text import dumps as indented  # json.dumps(indent=2)'s text, faster

    return indented(to_document(program, agenda, exported_at)) + "\n"


def parse(text: str, program: Program, name: str) -> Shared:
    """Read a shared file for this program; ShareError names the first problem."""
    def bad(problem: str) -> ShareError:
        return ShareError(f"{name}: {problem}; nothing changed")

    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise bad(f"not valid JSON ({json_problem(err)})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise bad("not a shared atc-planner agenda (make one with `atc-planner agenda --export`)")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise bad(f"bad version {version!r}")
    if version > VERSION:
        raise bad(f"format {version} is newer than this atc-planner reads ({VERSION}): "
                  "upgrade atc-planner")
    program_id = doc.get("program")
    if program_id != program.conference.id:
        raise bad(f"an agenda for {program_id!r}, not for {program.conference.id!r} "
                  "(load that program with --program)")
    starred = doc.get("starred")
    if not isinstance(starred, dict):
        raise bad("'starred' is not an object")
    entries = {}
    for pid, e in starred.items():
        if not isinstance(e, dict):
            raise bad(f"entry {pid!r} is not an object")
        level, note = e.get("level", DEFAULT_LEVEL), e.get("note", "")
        if level not in LEVELS:
            raise bad(f"entry {pid!r} has an unknown level {level!r}")
        if not isinstance(note, str):
            raise bad(f"entry {pid!r}: 'note' is not text")
        if not note.isascii():
            try:  # JSON can spell a lone surrogate ("\ud800"), which no file can hold
                note.encode("utf-8")
            except UnicodeEncodeError:
                raise bad(f"entry {pid!r}: 'note' holds a lone surrogate, which is not text") \
                    from None
        entries[pid] = SharedEntry(level, note)
    unknown = sorted(pid for pid in entries if pid not in program.papers)
    if unknown:
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        shown = ", ".join(unknown[:5]) + more
        raise bad(f"{len(unknown)} id{'s' * (len(unknown) != 1)} not in this program: {shown}")
    return Shared(program_id, entries, name)


def load(path: str, program: Program) -> Shared:
    from planner.files import tidy

    path = tidy(path)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as err:
        raise ShareError(f"{path}: cannot read it ({err.strerror or err}); nothing changed") \
            from None
    except UnicodeDecodeError:
        raise ShareError(f"{path}: not UTF-8 text; nothing changed") from None
    return parse(text, program, os.path.basename(path))


# --- merging ------------------------------------------------------------------------------


def marked(note: str, source: str) -> str:
    """Their note as it lands in yours: marked with where it came from."""
    return f"[from {source}] {note}" if source else note


def _unmarked(line: str, source: str = "") -> str:
    """A line of a note without the `[from FILE]` marks merges put before it. The mark of
    `source` (the file being merged) is taken off whole: a file's name may hold "] "."""
    line = line.strip()
    exact = f"[from {source}] " if source else None
    while line.startswith("[from "):
        if exact and line.startswith(exact):
            line = line[len(exact):].lstrip()
        elif "] " in line:
            line = line[line.index("] ") + 2:].lstrip()
        else:
            break
    return line


def merged_note(mine: str, theirs: str, source: str) -> str:
    """Your note with the lines of theirs that yours does not hold appended (so merging twice
    is once). Lines are compared without their `[from FILE]` marks: your own note, come back
    from a colleague who imported it, is yours and is not added again."""
    theirs = theirs.strip()
    if not theirs or theirs in mine:
        return mine
    # Split at "\n" only: a note keeps every other character (\x85, \u2028) as it is.
    held = {_unmarked(line, source) for line in mine.split("\n")}
    new = "\n".join(line for line in theirs.split("\n")
                    if _unmarked(line, source) not in held).strip()
    if not new:
        return mine
    return f"{mine}\n{marked(new, source)}" if mine else marked(new, source)


@dataclass(frozen=True, slots=True)
class Merge:
    agenda: Agenda
    added: tuple[str, ...]  # stars that came from the file
    notes: tuple[str, ...]  # talks whose note took in theirs
    levels_kept: tuple[str, ...]  # starred on both sides at different levels: yours kept

    @property
    def changed(self) -> bool:
        return bool(self.added or self.notes)


def merge(mine: Agenda, theirs: Shared, when: str) -> Merge:
    """Their stars and notes added to yours; nothing of yours removed or changed but notes
    growing. `when` is the starred_at of the stars that come in."""
    entries = dict(mine.entries)
    added, notes, levels = [], [], []
    for pid, t in sorted(theirs.entries.items()):
        m = entries.get(pid)
        if m is None:
            entries[pid] = Entry(when, merged_note("", t.note, theirs.name), t.level)
            added.append(pid)
            continue
        note = merged_note(m.note, t.note, theirs.name)
        if note != m.note:
            entries[pid] = Entry(m.starred_at, note, m.level)
            notes.append(pid)
        if t.level != m.level:
            levels.append(pid)
    return Merge(Agenda(entries), tuple(added), tuple(notes), tuple(levels))


def replace(mine: Agenda, theirs: Shared, when: str) -> Agenda:
    """Their agenda instead of yours (`--replace --yes`): stars, levels and notes as in the file;
    a star kept from yours keeps its starred_at."""
    return Agenda({
        pid: Entry(mine.entries[pid].starred_at if pid in mine.entries else when, t.note, t.level)
        for pid, t in theirs.entries.items()
    })


@dataclass(frozen=True, slots=True)
class Diff:
    only_theirs: tuple[str, ...]
    only_mine: tuple[str, ...]
    notes: tuple[str, ...]  # notes of theirs an import would append
    levels: tuple[tuple[str, str, str], ...]  # (id, yours, theirs) where both star it


def diff(mine: Agenda, theirs: Shared) -> Diff:
    both = sorted(mine.starred & theirs.starred)
    return Diff(
        only_theirs=tuple(sorted(theirs.starred - mine.starred)),
        only_mine=tuple(sorted(mine.starred - theirs.starred)),
        notes=tuple(pid for pid in both
                    if merged_note(mine.note(pid), theirs.entries[pid].note, "") != mine.note(pid)),
        levels=tuple((pid, mine.entries[pid].level, theirs.entries[pid].level) for pid in both
                     if mine.entries[pid].level != theirs.entries[pid].level),
    )


# --- words --------------------------------------------------------------------------------


def _talks(program: Program, ids: tuple[str, ...]) -> list[str]:
    return [f"  {pid}  {program.papers[pid].title}" if pid in program.papers else f"  {pid}"
            for pid in ids]


def merge_text(program: Program, result: Merge, source: str) -> str:
    if not result.changed:
        lines = [f"nothing changed: everything in {source} is already in your agenda"]
    else:
        lines = []
        if result.added:
            n = len(result.added)
            lines += [f"added {n} star{'s' * (n != 1)} from {source}:",
                      *_talks(program, result.added)]
        if result.notes:
            n = len(result.notes)
            lines += [f"appended {source}'s note to {n} talk{'s' * (n != 1)}:",
                      *_talks(program, result.notes)]
    if result.levels_kept:
        n = len(result.levels_kept)
        lines.append(f"kept your level on {n} talk{'s' * (n != 1)} {source} rates differently: "
                     f"{', '.join(result.levels_kept)}")
    return "\n".join(lines) + "\n"


def diff_text(program: Program, d: Diff, source: str) -> str:
    lines = []
    if d.only_theirs:
        lines += [f"only in {source} (an import adds them):", *_talks(program, d.only_theirs)]
    if d.notes:
        lines += [f"notes of {source} an import appends to yours:", *_talks(program, d.notes)]
    if d.levels:
        lines.append("levels that differ (an import keeps yours):")
        lines += [f"  {pid}  yours {mine}, theirs {theirs}" for pid, mine, theirs in d.levels]
    if d.only_mine:
        lines += ["only in your agenda (an import keeps them; --replace removes them):",
                  *_talks(program, d.only_mine)]
    if not lines:
        lines = [f"no differences: {source} and your agenda star the same talks"]
    return "\n".join(lines) + "\n"
