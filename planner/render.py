"""Plain-text and JSON views of the program, the agenda and its conflicts, for the commands."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import cache

from planner.agenda import Agenda
from planner.collector import cycle_collector_paused
from planner.conflicts import Analysis, Hop
from planner.marks import CONFLICT, CONFLICT_WORD, HOP, HOP_WORD, glyphs, hop_short
from planner.program import Paper, Program, paper_dict

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any


@cache
def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local(program: Program, t: datetime) -> datetime:
    """A time as the conference's wall clock shows it."""
    zone = _zone(program.conference.timezone)
    return t.astimezone(zone) if zone else t


def hm(program: Program, t: datetime) -> str:
    """'10:30'; in the hour the clocks repeat, '02:30 CEST' and '02:30 CET': one time of day
    is two times then, and the zone's name says which."""
    t = local(program, t)
    text = f"{t.hour:02d}:{t.minute:02d}"  # strftime's %H:%M, at a third of its cost
    if _clocks_change(program.conference.timezone, t.toordinal()) and repeated(t):
        return f"{text} {t.tzname()}"
    return text


def repeated(t: datetime) -> bool:
    """True for a wall-clock time that occurs twice (the hour repeated when clocks go back)."""
    return t.replace(fold=1 - t.fold).utcoffset() != t.utcoffset()


@cache
def _clocks_change(zone_name: str, day: int) -> bool:
    """Whether the zone's clocks change around this day (an ordinal): only then can one of its
    times of day be two. Asked once a day, not per time: that test costs what hm did."""
    zone = _zone(zone_name)
    if zone is None:
        return False
    # From the first reading of its midnight to the last of the next: every time of the day.
    start = datetime.fromordinal(day).replace(tzinfo=zone)
    end = datetime.fromordinal(day + 1).replace(tzinfo=zone, fold=1)
    return start.utcoffset() != end.utcoffset()


def span(program: Program, start: datetime, end: datetime) -> str:
    return f"{hm(program, start)}–{hm(program, end)}"


def ics_name(program: Program) -> str:
    """The default export file: atc25-agenda.ics for ATC '25, PROGRAM-agenda.ics for others."""
    return f"{program.conference.id}-agenda.ics"


def talk_day(program: Program, paper: Paper) -> str:
    """'Sun Feb 2': the date the clock shows at the talk's start. A talk after midnight
    belongs to the day before (its grid, its heading), but that day's date beside '01:00'
    read as a day earlier than the talk is."""
    return short_day(local(program, paper.start).date())


def talk_when(program: Program, paper: Paper) -> str:
    """'Sun Feb 2 01:00–01:30'."""
    return f"{talk_day(program, paper)} {span(program, paper.start, paper.end)}"


def day_title(d: date) -> str:
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def short_day(d: date) -> str:
    return f"{d:%a} {d:%b} {d.day}"


# --- program ------------------------------------------------------------------------------


ID_WIDTH = 22  # the id column: ATC's ids fit; longer ids widen it rather than break it


def _id_width(papers: Iterable[Paper]) -> int:
    return max([ID_WIDTH, *(len(p.id) for p in papers)])


def program_text(program: Program, day: date | None = None) -> str:
    c = program.conference
    place = f"{c.location}. " if c.location else ""
    lines = [f"{c.name}: {c.full_name}", f"{place}Times: {c.times_source} ({c.timezone})", ""]
    days = [d for d in program.days if day is None or d.date == day]
    width = _id_width(p for d in days for s in d.sessions for p in s.papers)
    # Papers share their times (one ends as the next starts; a program's loader gives each
    # time one object): each is shown once and its text reused, not worked out per paper.
    shown: dict[int, str] = {}

    def when(start: datetime, end: datetime) -> str:
        texts = []
        for t in (start, end):
            text = shown.get(id(t))
            if text is None:
                text = shown[id(t)] = hm(program, t)
            texts.append(text)
        return "–".join(texts)

    for d in days:
        lines += [day_title(d.date), "=" * len(day_title(d.date))]
        for slot in d.slots:
            lines.append(when(slot.start, slot.end))
            for s in sorted(slot.sessions, key=lambda s: c.tracks.index(s.track)):
                lines.append(f"  [{s.track}] {s.title}")
                for p in s.papers:
                    lines.append(f"    {when(p.start, p.end)}  {p.id:<{width}} {p.title}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def paper_with_session(program: Program, p: Paper) -> dict[str, Any]:
    s = program.session_of(p)
    return {**paper_dict(p), "session": s.title, "session_id": s.id, "track": s.track,
            "date": program.day_of(p).date.isoformat()}


def search_text(program: Program, papers: Iterable[Paper]) -> str:
    lines = []
    papers = list(papers)
    width = _id_width(papers)
    for p in papers:
        s = program.session_of(p)
        lines.append(f"{p.id:<{width}} {talk_when(program, p)}  {s.track}  {p.title}")
        lines.append(f"{'':<{width}} {', '.join(a.name for a in p.authors)}")
    return "\n".join(lines) + ("\n" if lines else "")


# --- agenda -------------------------------------------------------------------------------


def starred_papers(program: Program, agenda: Agenda) -> tuple[list[Paper], list[str]]:
    """Starred papers in time order, and the starred ids this program does not know."""
    known = [program.papers[pid] for pid in agenda.starred if pid in program.papers]
    unknown = sorted(pid for pid in agenda.starred if pid not in program.papers)
    return sorted(known, key=lambda p: program.time_order(p.id)), unknown


@cycle_collector_paused()  # see planner.collector: a whole output, in no cycle
def agenda_json(program: Program, agenda: Agenda, analysis: Analysis) -> dict[str, Any]:
    papers, unknown = starred_papers(program, agenda)
    starred = []
    for p in papers:
        s = program.session_of(p)
        hop = analysis.hop_of(p.id)
        starred.append({
            "id": p.id, "title": p.title, "start": p.start.isoformat(), "end": p.end.isoformat(),
            "date": program.day_of(p).date.isoformat(), "session": s.title, "session_id": s.id,
            "track": s.track, "page": p.page, "note": agenda.note(p.id),
            "starred_at": agenda.entries[p.id].starred_at, "level": agenda.entries[p.id].level,
            "conflicts_with": list(analysis.conflicts_with.get(p.id, ())),
            "hop_from": hop.src.id if hop else None,
        })
    return {"starred": starred, "unknown": unknown}


@cycle_collector_paused()  # see planner.collector: a whole output, in no cycle
def agenda_text(program: Program, agenda: Agenda, analysis: Analysis) -> str:
    papers, _ = starred_papers(program, agenda)
    if not papers:
        # Named: the program in use is the one opened last, whose agenda may be another's.
        return (f"No starred talks yet in {program.conference.name}: star one with "
                "`atc-planner star PAPER` or in the planner.\n")
    lines: list[str] = []
    current: date | None = None
    # Each talk is named once per talk it collides with (19 times with 20 tracks all starred):
    # its line is made once.
    clash_line: dict[str, str] = {}
    for p in papers:
        d = program.day_of(p).date
        if d != current:
            if current is not None:
                lines.append("")
            lines += [day_title(d), "=" * len(day_title(d))]
            current = d
        s = program.session_of(p)
        clash = analysis.conflicts_with.get(p.id, ())
        hop = analysis.hop_of(p.id)
        leaving = analysis.hop_from(p.id)
        level = agenda.entries[p.id].level
        mark = glyphs(True, bool(clash), hop is not None or leaving is not None, level)
        lines.append(f"{mark} {level:<5}  {span(program, p.start, p.end)}  {s.track}  {p.id}  "
                     f"{p.title}")
        lines.append(f"    session: {s.title}")
        for other_id in clash:
            line = clash_line.get(other_id)
            if line is None:
                o = program.papers[other_id]
                line = clash_line[other_id] = (
                    f"    {CONFLICT} {CONFLICT_WORD} with {o.id} "
                    f"({program.session_of(o).track}, {span(program, o.start, o.end)}): "
                    f"{o.title}")
            lines.append(line)
        if hop:
            lines.append(f"    {_hop_phrase(program, hop)}")
        if leaving:
            lines.append(f"    {HOP} {HOP_WORD} to {program.session_of(leaving.dst).track} "
                         f"({leaving.dst.id}, starts {hm(program, leaving.dst.start)}): "
                         f"{leaving.gap_phrase}")
        for i, line in enumerate(agenda.note(p.id).splitlines()):
            lines.append(f"    {'note: ' if i == 0 else '      '}{line}")
    n_conf = len(analysis.conflicts)
    lines += ["", f"{len(papers)} starred talk{'s' * (len(papers) != 1)}, "
              f"{n_conf} conflict{'s' * (n_conf != 1)}."]
    return "\n".join(lines) + "\n"


def _hop_phrase(program: Program, hop: Hop) -> str:
    src_track = program.session_of(hop.src).track
    dst_track = program.session_of(hop.dst).track
    return f"{HOP} {HOP_WORD} from {src_track} ({hop.src.id}, ends {hm(program, hop.src.end)}) " \
           f"to {dst_track}: {hop.gap_phrase}"


# --- conflicts ----------------------------------------------------------------------------


def _talk(program: Program, p: Paper) -> dict[str, Any]:
    s = program.session_of(p)
    return {"id": p.id, "title": p.title, "start": p.start.isoformat(), "end": p.end.isoformat(),
            "session": s.title, "track": s.track}


@cycle_collector_paused()  # see planner.collector: a whole output, in no cycle
def conflicts_json(program: Program, analysis: Analysis) -> dict[str, Any]:
    # One dict per talk, however many pairs hold it: planner/json_text.py encodes it once.
    made: dict[str, dict[str, Any]] = {}

    def talk(p: Paper) -> dict[str, Any]:
        t = made.get(p.id)
        if t is None:
            t = made[p.id] = _talk(program, p)
        return t

    return {
        "conflicts": [
            {"a": a.id, "b": b.id, "date": program.day_of(a).date.isoformat(),
             "talks": [talk(a), talk(b)]}
            for a, b in analysis.conflicts
        ],
        "hops": [
            {"from": h.src.id, "to": h.dst.id, "tight": h.tight, "gap_minutes": h.gap_minutes,
             "date": program.day_of(h.src).date.isoformat(),
             "talks": [talk(h.src), talk(h.dst)]}
            for h in analysis.hops
        ],
        "split_slots": [
            {"date": v.day.isoformat(), "start": v.slot.start.isoformat(),
             "end": v.slot.end.isoformat(), "in_conflict": v.in_conflict,
             "sessions": sorted({p.session_id for p in v.starred}),
             "starred": [p.id for p in v.starred]}
            for v in analysis.split_slots
        ],
    }


@cycle_collector_paused()  # see planner.collector: a whole output, in no cycle
def conflicts_text(program: Program, analysis: Analysis) -> str:
    lines: list[str] = []
    made: dict[str, str] = {}  # a talk is in as many pairs as talks it collides with

    def line_of(p: Paper) -> str:
        line = made.get(p.id)
        if line is None:
            line = made[p.id] = _line(program, p)
        return line

    for v in analysis.slots:
        if not (v.split or v.conflicts):
            continue
        tracks = sorted({program.session_of(p).track for p in v.starred},
                        key=program.conference.tracks.index)
        n = len(v.conflicts)
        state = f"{CONFLICT} {n} {CONFLICT_WORD}{'s' * (n != 1)}" if n else f"no {CONFLICT_WORD}"
        where = f"in {' and '.join(tracks)}" if len(tracks) > 1 else "in different sessions"
        lines.append(f"{short_day(v.day)}  {span(program, v.slot.start, v.slot.end)}  "
                     f"starred talks {where}: {state}")
        labels = [(f"{CONFLICT} {CONFLICT_WORD}", "with", a, b) for a, b in v.conflicts]
        labels += [(f"{HOP} {HOP_WORD}, {hop_short(h)}", "then", h.src, h.dst) for h in v.hops]
        for first, second, a, b in labels:
            lines.append(f"  {first:<13} {line_of(a)}")
            lines.append(f"  {second:>13} {line_of(b)}")
        lines.append("")
    n_c, n_h, n_s = len(analysis.conflicts), len(analysis.hops), len(analysis.split_slots)
    tight = sum(h.tight for h in analysis.hops)
    lines.append(
        f"{n_c} {CONFLICT_WORD}{'s' * (n_c != 1)}, {n_h} {HOP_WORD}{'s' * (n_h != 1)} "
        f"({tight} tight), {n_s} time slot{'s' * (n_s != 1)} with starred talks in more than "
        "one session."
    )
    return "\n".join(lines) + "\n"


def _line(program: Program, p: Paper) -> str:
    s = program.session_of(p)
    return f"{span(program, p.start, p.end)}  {s.track}  {p.id}  {p.title}  ({s.title})"
