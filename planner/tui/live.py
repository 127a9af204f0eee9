"""What the TUI shows about the clock: the header's next starred talk, where `n` jumps.

Pure functions of the program, the stars and a time (the app's injected clock), built on
planner.now so the header and `atc-planner now` say the same thing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import datetime

from planner.now import cut, duration, now_next, room
from planner.program import Paper, Program
from planner.render import hm, local, short_day

HEADER_TITLE_WIDTH = 32
HEADER_ROOM_WIDTH = 200  # the header is one line: more than fills it


def header_next(program: Program, starred: Iterable[str], at: datetime) -> str:
    """'next ★ in 40 min · Track 1 11:30 · Title' while the conference runs, else ''; on a
    published schedule the time names its zone ('H.1302 11:30 Europe/Brussels').

    The minutes and the room come first: a narrow terminal cuts the header from the right.
    """
    nn = now_next(program, starred, at)
    if nn.state != "during" or nn.next is None:
        return ""
    return _header_text(program, nn.next, at)


def _header_text(program: Program, p: Paper, at: datetime) -> str:
    where = cut(room(program, p), HEADER_ROOM_WIDTH)  # a room's name can be megabytes too
    # A published schedule's time says its zone ("11:30 Europe/Brussels"): the header names
    # the zone always, and here before the title, which a narrow terminal cuts.
    c = program.conference
    zone = f" {c.timezone}" if c.layout == "time" else ""
    return (f"next ★ in {duration(p.start - at)} · {where} {hm(program, p.start)}{zone} · "
            f"{cut(p.title, HEADER_TITLE_WIDTH)}")


class HeaderNext:
    """`header_next` for one program, asked again on every star: `now_next` goes through the
    whole program and every star (17 ms at 10,000 stars); this looks from `at` onwards in the
    program's time order and stops at the first starred talk."""

    def __init__(self, program: Program) -> None:
        self.program = program
        bounds = program.bounds
        self._ids = sorted(bounds, key=program.time_order)
        self._starts = [bounds[pid][0] for pid in self._ids]  # in time order, so sorted
        self._first = min(self._starts, default=None)
        self._last = max((end for _, end in bounds.values()), default=None)

    def __call__(self, starred: frozenset[str], at: datetime) -> str:
        t = at.timestamp()
        if self._first is None or self._last is None or not self._first <= t < self._last:
            return ""  # not during the conference
        i = bisect_right(self._starts, t)  # the first talk that starts after `at`
        ids = self._ids
        if len(starred) < len(ids) - i:  # few stars: the earliest of them after `at`
            order, starts = self.program.time_order, self.program.bounds
            later = [pid for pid in starred if pid in starts and starts[pid][0] > t]
            pid = min(later, key=order, default=None)
        else:  # many: the first starred talk from `at` on
            pid = next((pid for pid in ids[i:] if pid in starred), None)
        return "" if pid is None else _header_text(self.program, self.program.papers[pid], at)


def jump_target(program: Program, starred: Iterable[str], at: datetime
                ) -> tuple[Paper | None, str]:
    """The talk `n` puts the cursor on, or None and why not.

    A starred talk on now first, then any talk on now, then the next talk to start.
    """
    mine = now_next(program, starred, at)
    if mine.state == "before" and mine.first is not None:
        day = short_day(local(program, mine.first).date())
        return None, (f"{program.conference.name} has not started: it starts {day} at "
                      f"{hm(program, mine.first)} (in {duration(mine.first - at)})")
    if mine.state == "after":
        return None, f"{program.conference.name} is over"
    if mine.now is not None:
        return mine.now, ""
    anything = now_next(program, program.papers, at)
    return (anything.now or anything.next), ""
