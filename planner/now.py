"""Where to go now: the chosen talk on now and the next one, at a given moment.

Pure functions of a Program, the chosen paper ids and a time: the clock is always passed in,
never read here, so the CLI (`atc-planner now --at`), the TUI header and the tests agree.
Loads nothing heavy: `now` is made for a shell prompt or a status bar.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from planner.errors import PlannerError
from planner.program import Paper, Program
from planner.record import record
from planner.render import hm, local, short_day

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any, Literal
    State = Literal["before", "during", "after"]

ENV_NOW = "ATC_PLANNER_NOW"
TITLE_WIDTH = 60  # one short line each: long titles are cut with an ellipsis



class ClockError(PlannerError):
    """A time the user gave (--at or ATC_PLANNER_NOW) is not one we can read."""


@record(frozen=True, slots=True)
class NowNext:
    at: datetime
    state: State  # before the program's first talk, up to the end of its last, or after
    now: Paper | None  # the chosen talk running at `at` (the earliest, if several)
    also_now: int  # how many more chosen talks run at `at` (a conflict)
    next: Paper | None  # the first chosen talk starting after `at`
    first: datetime | None  # when the conference starts and ends (None: an empty program)
    last: datetime | None


def parse_time(text: str, program: Program) -> datetime:
    """An ISO 8601 time; one without a UTC offset is in the program's time zone."""
    try:
        t = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ClockError(f"{text!r} is not a time like 2025-07-08T10:50") from None
    if t.tzinfo is None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            t = t.replace(tzinfo=ZoneInfo(program.conference.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            raise ClockError(f"{text!r} has no UTC offset and the program's time zone "
                             f"{program.conference.timezone!r} is unknown") from None
    return t


def clock_from(at: str | None, program: Program, real_now: datetime) -> datetime:
    """The moment to answer for: --at, else $ATC_PLANNER_NOW, else the real clock."""
    if at is not None:  # an empty --at is a mistake to point out, not "use the real clock"
        return parse_time(at, program)
    if env := os.environ.get(ENV_NOW):
        try:
            return parse_time(env, program)
        except ClockError as err:
            raise ClockError(f"{ENV_NOW}: {err}") from None
    return real_now


def fixed_clock(program: Program) -> Callable[[], datetime] | None:
    """A clock stopped at $ATC_PLANNER_NOW when it is set (for the TUI), else None."""
    if not os.environ.get(ENV_NOW):
        return None
    from datetime import UTC

    at = clock_from(None, program, datetime.now(UTC))
    return lambda: at


def now_next(program: Program, chosen: Iterable[str], at: datetime) -> NowNext:
    """The chosen talk on now and the next one, at `at` (an aware datetime)."""
    bounds = program.bounds
    first = min((s for s, _ in bounds.values()), default=None)
    last = max((e for _, e in bounds.values()), default=None)
    t = at.timestamp()
    state: State
    if first is None or last is None or t >= last:
        state = "after"  # an empty program has nothing left to go to
    else:
        state = "before" if t < first else "during"
    on_now: list[str] = []
    upcoming: str | None = None
    order = program.time_order
    for pid in chosen:
        if pid not in bounds:
            continue  # a star the program does not know: nothing to go to
        start, end = bounds[pid]
        if start <= t < end:
            on_now.append(pid)
        elif start > t and (upcoming is None or order(pid) < order(upcoming)):
            upcoming = pid
    on_now.sort(key=order)
    papers = program.papers
    return NowNext(
        at=at, state=state,
        now=papers[on_now[0]] if on_now else None, also_now=max(0, len(on_now) - 1),
        next=papers[upcoming] if upcoming else None,
        first=datetime.fromtimestamp(first, at.tzinfo) if first is not None else None,
        last=datetime.fromtimestamp(last, at.tzinfo) if last is not None else None,
    )


# --- words ------------------------------------------------------------------------------


def duration(delta: timedelta) -> str:
    """'7 min', '2 h 5 min', '3 d 4 h': short enough for a status bar, never negative."""
    minutes = max(0, int(delta.total_seconds() + 59) // 60)  # rounded up: 30 s is '1 min'
    if minutes < 60:
        return f"{minutes} min"
    hours, mins = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {mins} min" if mins else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"


def cut(title: str, width: int = TITLE_WIDTH) -> str:
    return title if len(title) <= width else title[: width - 1].rstrip() + "…"


def room(program: Program, paper: Paper) -> str:
    return program.session_of(paper).track


def _when(program: Program, paper: Paper, at: datetime) -> str:
    """'11:15' on the same conference day as `at`, 'Tue Jul 8 09:00' on another."""
    same_day = local(program, paper.start).date() == local(program, at).date()
    return hm(program, paper.start) if same_day else \
        f"{short_day(local(program, paper.start).date())} {hm(program, paper.start)}"


def now_line(program: Program, nn: NowNext) -> str | None:
    p = nn.now
    if p is None:
        return None
    more = f", +{nn.also_now} more at once" if nn.also_now else ""
    return (f"now: {cut(p.title)} ({room(program, p)}, until {hm(program, p.end)}, "
            f"{duration(p.end - nn.at)} left{more})")


def next_line(program: Program, nn: NowNext) -> str | None:
    p = nn.next
    if p is None:
        return None
    return (f"next: {cut(p.title)} ({room(program, p)}, {_when(program, p, nn.at)}, "
            f"in {duration(p.start - nn.at)})")


def now_text(program: Program, nn: NowNext, *, anything_chosen: bool) -> str:
    """The lines `atc-planner now` prints."""
    name = program.conference.name
    lines: list[str] = []
    if nn.state == "before" and nn.first is not None:
        start = local(program, nn.first)
        lines.append(f"{name} starts {short_day(start.date())} at {hm(program, nn.first)} "
                     f"(in {duration(nn.first - nn.at)})")
    elif nn.state == "after":
        end = local(program, nn.last) if nn.last else None
        lines.append(f"{name} is over" + (f" (it ended {short_day(end.date())} at "
                                          f"{hm(program, nn.last)})" if end and nn.last else ""))
        return "\n".join(lines) + "\n"
    if not anything_chosen:
        lines.append("no starred talks: star some (`atc-planner star PAPER`) or use --all")
        return "\n".join(lines) + "\n"
    if line := now_line(program, nn):
        lines.append(line)
    elif nn.state == "during":
        lines.append("now: no talk of yours is on")
    lines.append(next_line(program, nn) or "next: no more talks of yours")
    return "\n".join(lines) + "\n"


def _talk(program: Program, p: Paper | None, minutes: timedelta | None) -> dict[str, Any] | None:
    if p is None or minutes is None:
        return None
    return {"id": p.id, "title": p.title, "start": p.start.isoformat(),
            "end": p.end.isoformat(), "room": room(program, p),
            "minutes": max(0, int(minutes.total_seconds() + 59) // 60)}


def now_json(program: Program, nn: NowNext) -> dict[str, Any]:
    """{"now": talk or null, "next": talk or null} plus the state and the moment asked about.

    A talk's "minutes" is the time left for "now" and the time to go for "next".
    """
    return {
        "at": nn.at.isoformat(),
        "state": nn.state,
        "now": _talk(program, nn.now, nn.now.end - nn.at if nn.now else None),
        "next": _talk(program, nn.next, nn.next.start - nn.at if nn.next else None),
        "starts": nn.first.isoformat() if nn.first else None,
        "ends": nn.last.isoformat() if nn.last else None,
    }
