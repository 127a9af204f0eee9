"""The conference program: immutable values, loaded and checked from one JSON file.

The file's schema is the one `atc-planner program --json` prints, so a user can dump the
program, correct its times and load it back with --program.
"""

from __future__ import annotations

import itertools
import os
from datetime import date, datetime

from planner.collector import cycle_collector_paused
from planner.errors import PlannerError
from planner.program_checks import BadValue, check_program
from planner.record import record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any

ENV_PROGRAM = "ATC_PLANNER_PROGRAM"
SHORT_WORD = 3  # letters: shorter search words match only at the start of a word
SCHEMA = 1
# What a conference id may hold besides ASCII letters and digits (it names a file).
_ID_PUNCTUATION = str.maketrans("", "", "._-")
MAX_PROGRAM_ID = 64
DEFAULT_PROGRAM_ID = "atc25"  # the embedded program; `--program atc25` goes back to it


class ProgramError(PlannerError):
    """The program file cannot be used; the message names the file and the problem."""


@record(frozen=True, slots=True)
class Author:
    name: str
    affiliations: tuple[str, ...] = ()


@record(frozen=True, slots=True)
class Link:
    title: str
    url: str


@record(frozen=True, slots=True)
class Paper:
    id: str
    title: str
    page: int | None  # a page of the proceedings; None when the source has none
    start: datetime
    end: datetime
    authors: tuple[Author, ...]  # the speakers/persons of a published schedule
    session_id: str
    # What published schedules (frab, pretalx, iCalendar) say about a talk; empty otherwise.
    # Abstract and description are kept as the source wrote them (possibly HTML): views
    # reduce them to plain text (planner.plaintext), the JSON dump keeps them as they were.
    subtitle: str = ""
    abstract: str = ""
    description: str = ""
    topic: str = ""  # the event's own track ("Go", "Security"); Session.track is its room
    type: str = ""  # "Talk", "Lightning talk", "Workshop"
    language: str = ""
    links: tuple[Link, ...] = ()
    uid: str = ""  # the source's guid/UID: the .ics export reuses it

    @property
    def people_and_places(self) -> str:
        """Every name and affiliation, for display and for search."""
        return "; ".join(
            f"{a.name} ({', '.join(a.affiliations)})" if a.affiliations else a.name
            for a in self.authors
        )


@record(frozen=True, slots=True)
class Session:
    id: str
    title: str
    track: str
    start: datetime
    end: datetime
    papers: tuple[Paper, ...]


@record(frozen=True, slots=True)
class Slot:
    """Sessions of one day that overlap in time: what runs in parallel."""

    start: datetime
    end: datetime
    sessions: tuple[Session, ...]


@record(frozen=True, slots=True)
class Day:
    date: date
    sessions: tuple[Session, ...]
    # The day's own bounds when the source gives them (a frab day from 09:00 to 04:00 the
    # next morning): a talk at 01:00 belongs to the day whose bounds hold it.
    start: datetime | None = None
    end: datetime | None = None

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


@record(frozen=True, slots=True)
class Conference:
    id: str
    name: str
    full_name: str
    location: str
    venue: str
    timezone: str
    tracks: tuple[str, ...]  # the columns: "Track 1" for ATC, the rooms of a real schedule
    times_source: str
    # "slots": sessions side by side per slot (ATC's planning layout); "time": a grid where
    # a talk takes the height of its duration, for real schedules whose talks do not line up.
    layout: str = "slots"
    url: str = ""
    # False while the times are a planning layout rather than the conference's own schedule:
    # exports say so in every event. Files without the key are taken as official.
    times_official: bool = True


@record(frozen=True)
class Program:
    conference: Conference
    days: tuple[Day, ...]
    raw: dict[str, Any]  # the document as loaded, so --json prints every key the file holds

    def __post_init__(self) -> None:
        # Whatever format it came from, a program that loads can be shown and exported.
        try:
            check_program(self)
        except BadValue as err:
            raise _Invalid(str(err)) from None
        papers = {p.id: p for d in self.days for s in d.sessions for p in s.papers}
        sessions = {s.id: s for d in self.days for s in d.sessions}
        # Time order as one int per paper: sorting and comparing ints is what keeps conflict
        # detection fast on big programs.
        in_time = sorted(enumerate(papers.values()),
                         key=lambda ip: (ip[1].start, ip[1].end, ip[1].page or 0, ip[0]))
        order = {p.id: i for i, (_, p) in enumerate(in_time)}
        slot_of = {}
        day_of = {}
        for d in self.days:
            for slot in d.slots:
                for s in slot.sessions:
                    slot_of[s.id] = slot
                    day_of[s.id] = d
        # A program's papers share their times (one ends as the next starts; the loaders give
        # each time of a document one object): each is turned into seconds once.
        seconds: dict[int, int] = {}
        bounds = {}
        for pid, p in papers.items():
            start, end = seconds.get(id(p.start)), seconds.get(id(p.end))
            if start is None:
                start = seconds[id(p.start)] = int(p.start.timestamp())
            if end is None:
                end = seconds[id(p.end)] = int(p.end.timestamp())
            bounds[pid] = (start, end)
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
        # Folded on the first search (or in a thread as the planner starts), not at start-up;
        # then every keystroke in the palette reads the same index. Each text is padded with
        # a space at both ends, so "starts a word" is a plain substring test (see _needles).
        index: dict[str, str] | None = getattr(self, "_haystacks", None)
        if index is None:
            from planner.plaintext import plain_text
            from planner.textfold import fold  # only searches fold: it loads unicodedata

            index = {}
            for pid, p in self.papers.items():
                text = " ".join((pid, p.title, p.subtitle, p.people_and_places, p.topic,
                                 plain_text(p.abstract)))
                index[pid] = f" {fold(text)} "
            object.__setattr__(self, "_haystacks", index)
        return index

    def build_search_index(self) -> None:
        """Fold every paper's text now (say, in a thread while the planner starts), so the first
        search does not: on 100,000 papers that takes seconds."""
        self._search_index()

    def _title_index(self) -> dict[str, str]:
        index: dict[str, str] | None = getattr(self, "_titles", None)
        if index is None:
            from planner.textfold import fold

            index = {pid: f" {fold(p.title)} " for pid, p in self.papers.items()}
            object.__setattr__(self, "_titles", index)
        return index

    @staticmethod
    def _needles(words: str) -> list[str]:
        """What to look for in a padded index text. A short word matches only where a word
        starts ("gp" finds "GPU", not "MGPS"), and one letter only as a whole word ("c" finds
        "C", not every "c" in every title); a longer one anywhere ("cach" finds "caching")."""
        from planner.textfold import fold

        return [f" {n} " if len(n) == 1 else f" {n}" if len(n) <= SHORT_WORD else n
                for n in fold(words).split()]

    def search(self, words: str) -> list[Paper]:
        """Papers whose title, people, affiliations, track or abstract hold every word.

        Case and accents are ignored; a word of up to SHORT_WORD letters must start a word
        there and a single letter must be a whole word; longer words match anywhere ("cach"
        finds "caching"). Emoji and symbols are words of their own.
        """
        needles = self._needles(words)
        if not needles:
            return []
        papers = self.papers
        return [papers[pid] for pid, text in self._search_index().items()
                if all(n in text for n in needles)]

    def search_best(self, words: str, limit: int) -> list[Paper]:
        """The `limit` best of `search(words)`: papers whose title holds every word first, then
        the rest, each group in time order. For a list on screen: heapq keeps `limit` papers,
        not every match, when a word matches 100,000 papers."""
        import heapq

        needles = self._needles(words)
        if not needles:
            return []
        titles, order = self._title_index(), self._order  # type: ignore[attr-defined]
        ranked = ((not all(n in titles[pid] for n in needles), order[pid], pid)
                  for pid, text in self._search_index().items()
                  if all(n in text for n in needles))
        return [self.papers[pid] for *_, pid in heapq.nsmallest(limit, ranked)]


# --- loading ------------------------------------------------------------------------------


def shipped_program_path() -> str:
    """The ATC '25 program inside the installed package (or assets/ in a source checkout).

    A plain path beside this module, not importlib.resources: the wheel installs as files.
    A str, not a Path: pathlib is not loaded on a command's start-up (see planner/files.py).
    """
    packaged = os.path.join(os.path.dirname(__file__), "assets", "atc25.json")
    if os.path.isfile(packaged):
        return packaged
    checkout = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    return os.path.join(checkout, "assets", "atc25.json")


def program_path(explicit: str | os.PathLike[str] | None = None) -> str:
    from planner.files import tidy

    if explicit:
        return tidy(explicit)
    if env := os.environ.get(ENV_PROGRAM):
        return tidy(env)
    return shipped_program_path()


def load_program(path: str | os.PathLike[str] | None = None) -> Program:
    """The program in a file of any format planner.formats reads (the shipped one by default)."""
    from planner.formats import load_program as load_any  # the format parsers load on demand
    from planner.formats import load_shipped

    if not path and not os.environ.get(ENV_PROGRAM):
        return load_shipped()
    return load_any(program_path(path))


class _Invalid(Exception):
    pass


Invalid = _Invalid  # what the format parsers raise: the message without the file name


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


def _flag(obj: dict[str, Any], key: str, default: bool, where: str) -> bool:
    """An optional true/false key."""
    return bool(_get(obj, key, bool, where)) if key in obj else default


def _time(obj: Any, key: str, where: str, seen: dict[object, datetime]) -> datetime:
    """The time at `key`; `seen` holds the times read so far from the same document (by
    their text) and one time of each UTC offset (by its tzinfo).

    A program's times repeat (one talk ends as the next starts, parallel sessions share
    theirs): each text is read once. And the times of one UTC offset share one tzinfo
    object: two aware times with different ones compare by asking both for their offset, four
    times the cost, and loading a program compares thousands (fromisoformat names no zone, so
    equal offsets are the same zone)."""
    text = _get(obj, key, str, where)
    t = seen.get(text)
    if t is not None:
        return t
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        raise _Invalid(f"{where}: {key!r} is not an ISO 8601 time: {text!r}") from None
    if t.tzinfo is None:
        raise _Invalid(f"{where}: {key!r} has no UTC offset: {text!r}")
    zone = seen.setdefault(t.tzinfo, t)
    if zone.tzinfo is not t.tzinfo:
        t = t.replace(tzinfo=zone.tzinfo)
    seen[text] = t
    return t


def _text(obj: dict[str, Any], key: str, where: str) -> str:
    """An optional string field: absent or null is ''."""
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _Invalid(f"{where}: {key!r} must be str")
    return value


def _zone_checked(name: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _Invalid(f"unknown time zone {name!r}") from None
    return name


def _links(p: dict[str, Any], where: str) -> tuple[Link, ...]:
    raw = p.get("links") or []
    if not isinstance(raw, list):
        raise _Invalid(f"{where}: 'links' must be list")
    return tuple(Link(_text(x, "title", f"{where}, a link") if isinstance(x, dict) else "",
                      _get(x, "url", str, f"{where}, a link")) for x in raw)


_is_str = str.__instancecheck__  # isinstance(x, str), without a generator per author


def _author(a: Any, pw: str) -> Author:
    affs = a.get("affiliations", []) if isinstance(a, dict) else []
    if not isinstance(affs, list) or not all(isinstance(x, str) for x in affs):
        raise _Invalid(f"{pw}: affiliations must be strings")
    return Author(_get(a, "name", str, f"{pw}, an author"), tuple(affs))


def _paper(p: Any, sid: str, pw: str, start: datetime, end: datetime,
           seen: dict[object, datetime]) -> Paper:
    page = p.get("page") if isinstance(p, dict) else None
    if page is not None and (not isinstance(page, int) or isinstance(page, bool)):
        raise _Invalid(f"{pw}: 'page' must be int")
    p_start, p_end = _time(p, "start", pw, seen), _time(p, "end", pw, seen)
    if not p_start < p_end:
        raise _Invalid(f"{pw}: ends before it starts")
    if p_start < start or p_end > end:
        raise _Invalid(f"{pw}: talk runs outside its session {sid!r}")
    authors = []
    for a in _get(p, "authors", list, pw):
        # Most of a program's values are its authors: the usual shape is taken at once, and
        # _author says what is wrong with any other.
        if type(a) is dict and type(name := a.get("name")) is str and \
                type(affs := a.get("affiliations", [])) is list and all(map(_is_str, affs)):
            authors.append(Author(name, tuple(affs)))
        else:
            authors.append(_author(a, pw))
    return Paper(  # by position, in field order: fifteen keywords cost a quarter more
        p["id"], _get(p, "title", str, pw), page, p_start, p_end, tuple(authors), sid,
        _text(p, "subtitle", pw), _text(p, "abstract", pw), _text(p, "description", pw),
        _text(p, "topic", pw), _text(p, "type", pw), _text(p, "language", pw),
        _links(p, pw), _text(p, "uid", pw),
    )


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
        timezone=_zone_checked(_text(c, "timezone", "conference") or "UTC"),
        tracks=tracks,
        times_source=c.get("times_source", "not stated in the program file"),
        layout=_text(c, "layout", "conference") or "slots",
        url=_text(c, "url", "conference"),
        times_official=_flag(c, "times_official", True, "conference"),
    )
    if not is_program_id(conference.id):
        raise _Invalid(f"conference: 'id' {conference.id!r} must be letters, digits, '.', '-' "
                       "or '_' (it names the program's agenda file)")
    if conference.layout not in ("slots", "time"):
        raise _Invalid(f"conference: 'layout' must be 'slots' or 'time', not {conference.layout!r}")
    paper_ids: set[str] = set()
    session_ids: set[str] = set()
    seen: dict[object, datetime] = {}  # see _time
    days = []
    for i, d in enumerate(_get(doc, "days", list, "the file")):
        where = f"day {i + 1}"
        try:
            day_date = date.fromisoformat(_get(d, "date", str, where))
        except ValueError:
            raise _Invalid(f"{where}: 'date' is not a date like 2025-07-07") from None
        where = f"day {day_date}"
        day_start = _time(d, "start", where, seen) if d.get("start") is not None else None
        day_end = _time(d, "end", where, seen) if d.get("end") is not None else None
        if (day_start is None) != (day_end is None):
            raise _Invalid(f"{where}: give both 'start' and 'end', or neither")
        if day_start is not None and day_end is not None and not day_start < day_end:
            raise _Invalid(f"{where}: ends before it starts")
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
            start, end = _time(s, "start", sw, seen), _time(s, "end", sw, seen)
            if not start < end:
                raise _Invalid(f"{sw}: ends before it starts")
            if day_start is not None and day_end is not None:
                # Only the start: a talk may run on past the day's end (04:00).
                if not day_start <= start < day_end:
                    raise _Invalid(f"{sw}: starts outside its day {day_date} "
                                   f"({day_start:%Y-%m-%d %H:%M}–{day_end:%Y-%m-%d %H:%M})")
            elif start.date() != day_date:
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
                papers.append(_paper(p, sid, pw, start, end, seen))
            sessions.append(Session(
                id=sid, title=_get(s, "title", str, sw), track=track, start=start, end=end,
                papers=tuple(sorted(papers, key=lambda p: p.start)),
            ))
        _check_tracks_do_not_overlap(sessions)
        days.append(Day(day_date, tuple(sessions), day_start, day_end))
    return Program(conference, tuple(sorted(days, key=lambda d: d.date)), doc)


def is_program_id(text: str) -> bool:
    """Up to 64 ASCII letters, digits, '.', '-' and '_', the first a letter or a digit (the
    pattern [A-Za-z0-9][A-Za-z0-9._-]{0,63}, tested without compiling one on every start)."""
    return (0 < len(text) <= MAX_PROGRAM_ID and text.isascii() and text[0].isalnum()
            and text.translate(_ID_PUNCTUATION).isalnum())


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
    doc: dict[str, Any] = {"id": p.id, "title": p.title}
    if p.page is not None:
        doc["page"] = p.page
    doc |= {
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        "authors": [author_dict(a) for a in p.authors],
    }
    # The published-schedule fields only when they say something: ATC's dump stays as it was.
    for key in ("subtitle", "abstract", "description", "topic", "type", "language", "uid"):
        if value := getattr(p, key):
            doc[key] = value
    if p.links:
        doc["links"] = [{"title": x.title, "url": x.url} for x in p.links]
    return doc


def _day_dict(d: Day) -> dict[str, Any]:
    doc: dict[str, Any] = {"date": d.date.isoformat()}
    if d.start is not None and d.end is not None:
        doc |= {"start": d.start.isoformat(), "end": d.end.isoformat()}
    return doc


@cycle_collector_paused()  # see planner.collector: a document of every talk
def program_dict(program: Program, day: date | None = None) -> dict[str, Any]:
    """The program as the JSON document --json prints (and the file schema)."""
    return {
        "schema": SCHEMA,
        "conference": program.raw["conference"],
        "days": [
            {
                **_day_dict(d),
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
