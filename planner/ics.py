"""The agenda as an iCalendar (RFC 5545) file, built with the icalendar library.

Importing this module loads icalendar, so only `export` (and the TUI's export key) import it.
Everything but DTSTAMP is a function of the program and the agenda: UIDs derive from the
conference and the paper id, so re-importing an export updates events instead of duplicating.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import Alarm, Calendar, Component, Event, Timezone, vText

from planner import __version__
from planner.agenda import Agenda
from planner.collector import cycle_collector_paused
from planner.ics_bytes import to_ical as calendar_bytes
from planner.output import ExportError as ExportError  # raised here before; kept importable
from planner.output import write_atomically
from planner.program import Paper, Program, Session
from planner.render import hm, local, repeated
from planner.safe_text import for_ics, ics_document

PRODID = f"-//atc-planner//atc-planner {__version__}//EN"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    alarm_minutes: int | None = None
    per_session: bool = False
    whole_program: bool = False


def paper_uid(program: Program, paper_id: str) -> str:
    """The source's own UID/guid when it has one, so a newer schedule updates the event."""
    paper = program.papers.get(paper_id)
    if paper is not None and paper.uid:
        return paper.uid
    return f"{program.conference.id}-{paper_id}@atc-planner"


def session_uid(program: Program, session_id: str) -> str:
    return f"{program.conference.id}-session-{session_id}@atc-planner"


PLANNED_TIMES = ("Times are a planning layout, not the official schedule: check the "
                 "conference's own program before you go.")


def _times_caveat(program: Program) -> list[str]:
    """The planning-layout warning, while the program's times are not the official ones."""
    return [] if program.conference.times_official else [PLANNED_TIMES, ""]


def _description(program: Program, p: Paper, note: str) -> str:
    s = program.session_of(p)
    lines = [p.title, "", *_times_caveat(program)]
    for a in p.authors:
        lines.append(f"{a.name} ({'; '.join(a.affiliations)})" if a.affiliations else a.name)
    if program.conference.layout == "time":  # a published schedule: rooms, tracks, abstracts
        from planner.plaintext import plain_text

        lines += ["", f"Room: {s.track}"] + ([f"Track: {p.topic}"] if p.topic else [])
        if abstract := plain_text(p.abstract):
            lines += ["", abstract]
    else:
        lines += ["", f"Session: {s.title}", f"Track: {s.track}"]
    if p.page is not None:
        lines.append(f"Proceedings page: {p.page}")
    if note:
        lines += ["", f"Note: {note}"]
    return "\n".join(lines)


def _category(session: Session) -> str:
    """The session's short name as one category: 'Cloud Computing', 'OS Mobile and Reliability…'.

    Commas are left out: RFC 5545 escapes them, but some parsers (the strict `ical` package,
    among others) still split a category on every comma.
    """
    return for_ics(session.title.split(":")[0].replace(",", "").strip())


def _location(program: Program, track: str) -> str:
    c = program.conference
    return for_ics(", ".join(x for x in (track, c.venue, c.location) if x))


class SharedValues:
    """The property values many events of one calendar hold (its stamp, SEQUENCE 0, a room, a
    category, a start time parallel talks share), each made once and the same object set on
    every event that holds it.

    icalendar's `add` makes a new typed value each time, and `to_ical` writes each one: at
    10,000 events these two were most of the export. planner/ics_bytes.py writes a shared
    object's line once. One per calendar: nothing outlives the build.
    """

    def __init__(self) -> None:
        self._made: dict[tuple[object, ...], Any] = {}

    def set(self, component: Component, name: str, value: Any) -> None:
        """`component.add(name, value)` for a name the component does not hold yet."""
        # The type and the time zone too: True == 1, and 14:00-04:00 == 18:00Z.
        key = (name, type(value), tuple(value) if isinstance(value, list) else value,
               getattr(value, "tzinfo", None))
        typed = self._made.get(key)
        if typed is None:
            scratch = Component()
            scratch.add(name, value)  # exactly what add() makes of the value: type, UTC, VALUE
            typed = self._made[key] = scratch[name]
        component[name] = typed


def _text(component: Component, name: str, value: str) -> None:
    """`component.add(name, value)` for a TEXT property it does not hold yet, the short way."""
    # Cleaned here, before icalendar escapes `;` and folds lines: in the written file an
    # escape sequence's `ESC [ 0 ; 3 1 m` would be apart, and only its ESC found.
    component[name] = vText(for_ics(value))


def _times(program: Program, event: Event, start: datetime, end: datetime,
           shared: SharedValues) -> None:
    """DTSTART and DTEND on the conference's wall clock, with its TZID; in UTC when either
    falls in an hour the clocks repeat.

    RFC 5545 (3.3.5) reads such a local time as its first occurrence, and some clients take
    the second: only UTC names the instant. (A time in the hour skipped when clocks go
    forward cannot come up: the program's times are instants, shown as the clock shows them.)
    """
    first, last = local(program, start), local(program, end)
    if repeated(first) or repeated(last):
        first, last = first.astimezone(UTC), last.astimezone(UTC)
    shared.set(event, "dtstart", first)  # parallel talks share their times
    shared.set(event, "dtend", last)


def _event(program: Program, uid: str, stamp: datetime, options: ExportOptions,
           reminder: str = "Reminder", shared: SharedValues | None = None) -> Event:
    shared = shared or SharedValues()
    event = Event()
    _text(event, "uid", uid)
    shared.set(event, "dtstamp", stamp)
    shared.set(event, "sequence", 0)
    if options.alarm_minutes is not None:
        alarm = Alarm()
        shared.set(alarm, "action", "DISPLAY")
        shared.set(alarm, "trigger", timedelta(minutes=-options.alarm_minutes))
        _text(alarm, "description", reminder)
        event.add_component(alarm)
    return event


def paper_event(program: Program, p: Paper, note: str, stamp: datetime,
                options: ExportOptions = ExportOptions(),
                shared: SharedValues | None = None) -> Event:
    """A talk's VEVENT: the one builder for the .ics export and the CalDAV sync."""
    shared = shared or SharedValues()
    s = program.session_of(p)
    event = _event(program, paper_uid(program, p.id), stamp, options,
                   reminder=f"{p.title} ({s.track})", shared=shared)
    _text(event, "summary", p.title)
    _times(program, event, p.start, p.end, shared)
    _text(event, "description", _description(program, p, note))
    shared.set(event, "location", _location(program, s.track))
    shared.set(event, "categories", [_category(s)])
    return event


def _session_event(program: Program, s: Session, starred: list[Paper], agenda: Agenda,
                   stamp: datetime, options: ExportOptions, shared: SharedValues) -> Event:
    event = _event(program, session_uid(program, s.id), stamp, options,
                   reminder=f"{s.title} ({s.track})", shared=shared)
    _text(event, "summary", s.title)
    _times(program, event, s.start, s.end, shared)
    # With --all every talk of the session is listed and the starred ones carry a star.
    every = options.whole_program
    lines = [*_times_caveat(program), f"{s.track}. {'Talks' if every else 'Starred talks'}:"]
    for p in starred:
        page = f" (p. {p.page})" if p.page is not None else ""
        star = "★ " if every and p.id in agenda.starred else ""
        lines += ["", f"{star}{hm(program, p.start)} {p.title}{page}",
                  ", ".join(a.name for a in p.authors)]
        if note := agenda.note(p.id):
            lines.append(f"Note: {note}")
    _text(event, "description", "\n".join(lines))
    shared.set(event, "location", _location(program, s.track))
    shared.set(event, "categories", [_category(s)])
    return event


def calendar_shell(program: Program) -> Calendar:
    """A calendar with the conference's name and time zone, and no events yet."""
    c = program.conference
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = for_ics(c.name, one_line=True)  # icalendar does not escape a newline here
    cal.add("name", name)  # RFC 7986
    cal.add("x-wr-calname", name)  # what Google, Apple and Outlook read
    cal.add("x-wr-timezone", c.timezone)
    years = sorted({d.date.year for d in program.days}) or [date.today().year]
    cal.add_component(Timezone.from_tzid(
        c.timezone, first_date=date(years[0], 1, 1), last_date=date(years[-1], 12, 31)))
    return cal


def one_event_calendar(program: Program, event: Event) -> bytes:
    """What a CalDAV server stores per event: a calendar holding the event and its time zone."""
    cal = calendar_shell(program)
    # RFC 4791 4.1: no METHOD in a calendar object resource; the names belong to the
    # calendar collection, not to each of its events.
    for name in ("method", "name", "x-wr-calname", "x-wr-timezone"):
        del cal[name]
    cal.add_component(event)
    return ics_document(cal.to_ical())  # the same guarantee as the file: no stray controls


def build_calendar(program: Program, agenda: Agenda, options: ExportOptions = ExportOptions(),
                   stamp: datetime | None = None) -> tuple[Calendar, int]:
    """The calendar and how many events it holds."""
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    cal = calendar_shell(program)
    papers = sorted(program.papers.values(), key=lambda p: program.time_order(p.id))
    chosen = papers if options.whole_program else [p for p in papers if p.id in agenda.starred]
    events: list[Event] = []
    shared = SharedValues()
    if options.per_session:
        by_session: dict[str, list[Paper]] = {}
        for p in chosen:
            by_session.setdefault(p.session_id, []).append(p)
        for _sid, talks in by_session.items():
            session = program.session_of(talks[0])
            events.append(_session_event(program, session, talks, agenda, stamp, options,
                                         shared))
    else:
        events = [paper_event(program, p, agenda.note(p.id), stamp, options, shared)
                  for p in chosen]
    for e in events:
        cal.add_component(e)
    return cal, len(events)


def export_to(target: str, program: Program, agenda: Agenda,
              options: ExportOptions = ExportOptions()) -> int:
    """Write the calendar to a path ('-' is standard output); return the number of events."""
    with cycle_collector_paused():  # ten objects per event, none of them in a cycle
        cal, count = build_calendar(program, agenda, options)
        # A control character in a title or a note would make strict parsers reject the file.
        data = ics_document(calendar_bytes(cal))
    if target == "-":
        import sys

        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as err:
            raise ExportError(f"cannot write to standard output: {err.strerror or err}") from None
        return count
    write_atomically(target, data)
    return count
