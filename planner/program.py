"""The conference program: immutable values, loaded and checked from one JSON file.

The file's schema is the one `atc-planner program --json` prints, so a user can dump the
program, correct its times and load it back with --program.
"""

from __future__ import annotations

import itertools
import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.errors import PlannerError
from planner.textfold import fold

ENV_PROGRAM = "ATC_PLANNER_PROGRAM"
SCHEMA = 1


class ProgramError(PlannerError):
    """The program file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    affiliations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Paper:
    id: str
    title: str
    page: int
    start: datetime
    end: datetime
    authors: tuple[Author, ...]
    session_id: str

    @property
    def people_and_places(self) -> str:
        """Every name and affiliation, for display and for search."""
        return "; ".join(
            f"{a.name} ({', '.join(a.affiliations)})" if a.affiliations else a.name
            for a in self.authors
        )


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    title: str
    track: str
    start: datetime
    end: datetime
    papers: tuple[Paper, ...]


@dataclass(frozen=True, slots=True)
class Slot:
    """Sessions of one day that overlap in time: what runs in parallel."""

    start: datetime
    end: datetime
    sessions: tuple[Session, ...]


@dataclass(frozen=True, slots=True)
class Day:
    date: date
    sessions: tuple[Session, ...]

    @property
    def slots(self) -> tuple[Slot, ...]:
        slots: list[Slot] = []
        for s in sorted(self.sessions, key=lambda s: (s.start, s.end)):
            if slots and s.start < slots[-1].end:
                last = slots[-1]
                slots[-1] = Slot(last.start, max(last.end, s.end), (*last.sessions, s))
            else:
                slots.append(Slot(s.start, s.end, (s,)))
        return tuple(slots)


@dataclass(frozen=True, slots=True)
class Conference:
    id: str
    name: str
    full_name: str
    location: str
    venue: str
    timezone: str
    tracks: tuple[str, ...]
    times_source: str


@dataclass(frozen=True)
class Program:
    conference: Conference
    days: tuple[Day, ...]
    raw: dict[str, Any]  # the document as loaded, so --json prints every key the file holds

    def __post_init__(self) -> None:
        papers = {p.id: p for d in self.days for s in d.sessions for p in s.papers}
        sessions = {s.id: s for d in self.days for s in d.sessions}
        # Time order as one int per paper: sorting and comparing ints is what keeps conflict
        # detection fast on big programs.
        in_time = sorted(papers.values(), key=lambda p: (p.start, p.end, p.page))
        order = {p.id: i for i, p in enumerate(in_time)}
        slot_of = {}
        day_of = {}
        for d in self.days:
            for slot in d.slots:
                for s in slot.sessions:
                    slot_of[s.id] = slot
                    day_of[s.id] = d
        bounds = {pid: (int(p.start.timestamp()), int(p.end.timestamp()))
                  for pid, p in papers.items()}
        for name, value in [("_papers", papers), ("_sessions", sessions), ("_bounds", bounds),
                            ("_order", order),
                            ("_slot_of", slot_of), ("_day_of", day_of)]:
            object.__setattr__(self, name, value)

    @property
    def papers(self) -> dict[str, Paper]:
        """Every paper by id, in program order."""
        return self._papers  # type: ignore[attr-defined,no-any-return]

    def session_of(self, paper: Paper) -> Session:
        return self._sessions[paper.session_id]  # type: ignore[attr-defined,no-any-return]

    def day_of(self, paper: Paper) -> Day:
        return self._day_of[paper.session_id]  # type: ignore[attr-defined,no-any-return]

    def slot_of(self, paper: Paper) -> Slot:
        """The slot (sessions running in parallel) that holds this paper's session."""
        return self._slot_of[paper.session_id]  # type: ignore[attr-defined,no-any-return]

    @property
    def bounds(self) -> dict[str, tuple[int, int]]:
        """Paper id -> (start, end) as POSIX seconds: cheap to compare in bulk."""
        return self._bounds  # type: ignore[attr-defined,no-any-return]

    def time_order(self, paper_id: str) -> int:
        """Position of the paper when all are sorted by (start, end, program order)."""
        return self._order[paper_id]  # type: ignore[attr-defined,no-any-return]

    def _search_index(self) -> dict[str, str]:
        # Folded on the first search, not at start-up; then every keystroke in the palette
        # reads the same index.
        index: dict[str, str] | None = getattr(self, "_haystacks", None)
        if index is None:
            index = {pid: fold(f"{pid} {p.title} {p.people_and_places}")
                     for pid, p in self.papers.items()}
            object.__setattr__(self, "_haystacks", index)
        return index

    def search(self, words: str) -> list[Paper]:
        """Papers whose title, authors or affiliations hold every word (case, accents ignored)."""
        needles = fold(words).split()
        if not needles:
            return []
        haystacks = self._search_index()
        return [p for p in self.papers.values() if all(n in haystacks[p.id] for n in needles)]


# --- loading ------------------------------------------------------------------------------


def shipped_program_path() -> Path:
    """The ATC '25 program inside the installed package (or assets/ in a source checkout).

    A plain path beside this module, not importlib.resources: the wheel installs as files,
    and the lookup is on every command's start-up path.
    """
    packaged = Path(__file__).with_name("assets") / "atc25.json"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "assets" / "atc25.json"


def program_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit)
    if env := os.environ.get(ENV_PROGRAM):
        return Path(env)
    return shipped_program_path()


def load_program(path: str | os.PathLike[str] | None = None) -> Program:
    p = program_path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as err:
        raise ProgramError(f"{p}: cannot read the program file ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise ProgramError(f"{p}: the program file is not UTF-8 text") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise ProgramError(f"{p}: not valid JSON (line {err.lineno}: {err.msg})") from None
    try:
        return parse_program(doc)
    except _Invalid as err:
        raise ProgramError(f"{p}: {err}") from None


class _Invalid(Exception):
    pass


def _get(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(obj, dict):
        raise _Invalid(f"{where} is not an object")
    if key not in obj:
        raise _Invalid(f"{where} has no {key!r}")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise _Invalid(f"{where}: {key!r} must be {names}")
    return value


def _time(obj: Any, key: str, where: str) -> datetime:
    text = _get(obj, key, str, where)
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        raise _Invalid(f"{where}: {key!r} is not an ISO 8601 time: {text!r}") from None
    if t.tzinfo is None:
        raise _Invalid(f"{where}: {key!r} has no UTC offset: {text!r}")
    return t


def parse_program(doc: Any) -> Program:
    """Check a program document and build the Program; raise _Invalid naming the first problem."""
    if not isinstance(doc, dict):
        raise _Invalid("the top level is not an object")
    schema = doc.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise _Invalid(f"schema {schema!r} is not supported (this atc-planner reads {SCHEMA})")
    c = _get(doc, "conference", dict, "the file")
    tracks = tuple(_get(c, "tracks", list, "conference"))
    if not tracks or not all(isinstance(t, str) and t for t in tracks):
        raise _Invalid("conference: 'tracks' must list track names")
    conference = Conference(
        id=_get(c, "id", str, "conference"),
        name=_get(c, "name", str, "conference"),
        full_name=c.get("full_name") or c["name"],
        location=c.get("location", ""),
        venue=c.get("venue", ""),
        timezone=c.get("timezone", "UTC"),
        tracks=tracks,
        times_source=c.get("times_source", "not stated in the program file"),
    )
    paper_ids: set[str] = set()
    session_ids: set[str] = set()
    days = []
    for i, d in enumerate(_get(doc, "days", list, "the file")):
        where = f"day {i + 1}"
        try:
            day_date = date.fromisoformat(_get(d, "date", str, where))
        except ValueError:
            raise _Invalid(f"{where}: 'date' is not a date like 2025-07-07") from None
        where = f"day {day_date}"
        sessions = []
        for j, s in enumerate(_get(d, "sessions", list, where)):
            sw = f"{where}, session {j + 1}"
            sid = _get(s, "id", str, sw)
            sw = f"session {sid!r}"
            if sid in session_ids:
                raise _Invalid(f"duplicate session id {sid!r}")
            session_ids.add(sid)
            track = _get(s, "track", str, sw)
            if track not in tracks:
                raise _Invalid(f"{sw}: unknown track {track!r} (tracks: {', '.join(tracks)})")
            start, end = _time(s, "start", sw), _time(s, "end", sw)
            if not start < end:
                raise _Invalid(f"{sw}: ends before it starts")
            if start.date() != day_date:
                raise _Invalid(f"{sw}: starts on {start.date()}, not on its day {day_date}")
            papers = []
            for k, p in enumerate(_get(s, "papers", list, sw)):
                pw = f"{sw}, paper {k + 1}"
                pid = _get(p, "id", str, pw)
                if not pid or pid != pid.strip() or " " in pid:
                    raise _Invalid(f"{pw}: id {pid!r} must be one word")
                pw = f"paper {pid!r}"
                if pid in paper_ids:
                    raise _Invalid(f"duplicate paper id {pid!r}")
                paper_ids.add(pid)
                p_start, p_end = _time(p, "start", pw), _time(p, "end", pw)
                if not p_start < p_end:
                    raise _Invalid(f"{pw}: ends before it starts")
                if p_start < start or p_end > end:
                    raise _Invalid(f"{pw}: talk runs outside its session {sid!r}")
                authors = []
                for a in _get(p, "authors", list, pw):
                    affs = _get(a, "affiliations", list, f"{pw}, an author")
                    if not all(isinstance(x, str) for x in affs):
                        raise _Invalid(f"{pw}: affiliations must be strings")
                    authors.append(Author(_get(a, "name", str, f"{pw}, an author"), tuple(affs)))
                papers.append(Paper(
                    id=pid, title=_get(p, "title", str, pw), page=_get(p, "page", int, pw),
                    start=p_start, end=p_end, authors=tuple(authors), session_id=sid,
                ))
            sessions.append(Session(
                id=sid, title=_get(s, "title", str, sw), track=track, start=start, end=end,
                papers=tuple(sorted(papers, key=lambda p: p.start)),
            ))
        _check_tracks_do_not_overlap(sessions)
        days.append(Day(day_date, tuple(sessions)))
    return Program(conference, tuple(sorted(days, key=lambda d: d.date)), doc)


def _check_tracks_do_not_overlap(sessions: list[Session]) -> None:
    by_track: dict[str, list[Session]] = {}
    for s in sessions:
        by_track.setdefault(s.track, []).append(s)
    for track, group in by_track.items():
        group.sort(key=lambda s: s.start)
        for a, b in itertools.pairwise(group):
            if b.start < a.end:
                raise _Invalid(f"sessions {a.id!r} and {b.id!r} overlap in {track}")


# --- output -------------------------------------------------------------------------------


def author_dict(a: Author) -> dict[str, Any]:
    return {"name": a.name, "affiliations": list(a.affiliations)}


def paper_dict(p: Paper) -> dict[str, Any]:
    return {
        "id": p.id,
        "title": p.title,
        "page": p.page,
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        "authors": [author_dict(a) for a in p.authors],
    }


def program_dict(program: Program, day: date | None = None) -> dict[str, Any]:
    """The program as the JSON document --json prints (and the file schema)."""
    return {
        "schema": SCHEMA,
        "conference": program.raw["conference"],
        "days": [
            {
                "date": d.date.isoformat(),
                "sessions": [
                    {
                        "id": s.id,
                        "title": s.title,
                        "track": s.track,
                        "start": s.start.isoformat(),
                        "end": s.end.isoformat(),
                        "papers": [paper_dict(p) for p in s.papers],
                    }
                    for s in sorted(d.sessions, key=lambda s: (s.start, s.track))
                ],
            }
            for d in program.days
            if day is None or d.date == day
        ],
    }
