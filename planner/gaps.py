"""What to see in the gaps of a plan, and what else runs at the time of a talk.

A gap is free time on a day of the plan: before the first planned talk (from the day's first
session), between two planned talks, and after the last one (to the day's last session). The
talks running in a gap, in any room, come with the words they share with the user's starred
talks (titles, sessions, rooms) and the people they share, those sharing most first. Pure
Python, no Textual.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from itertools import pairwise

from planner.plan import Plan
from planner.program import Paper, Program
from planner.record import record
from planner.textfold import fold

# Words too common to say two talks are alike.
_STOP = ("a an and are as at by for from in into is it its of on or over the their through to "
         "toward towards under using via with without we our your you can new not no all more "
         "less than based system systems efficient efficiently scale scalable large fast track "
         "session")
STOP_WORDS = frozenset(_STOP.split())
_WORD = re.compile(r"[^\W\d_][\w]+")


@record(frozen=True, slots=True)
class Candidate:
    paper: Paper
    shared: tuple[str, ...]  # words and people it shares with the starred talks
    fits: bool  # can be seen whole in the gap, with the walk to and from it


@record(frozen=True, slots=True)
class Gap:
    date: date
    start: datetime
    end: datetime
    after: Paper | None  # the planned talk before the gap (None: the day's start)
    before: Paper | None  # the planned talk after it (None: the day's end)
    talks: tuple[Candidate, ...]  # most shared first, then in time order

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(fold(text)) if len(w) > 2 and w not in STOP_WORDS}


class Interests:
    """The words and people of the user's starred talks."""

    def __init__(self, program: Program, starred: Iterable[str]) -> None:
        self.words: set[str] = set()
        self.people: dict[str, str] = {}  # folded name -> name as printed
        for pid in starred:
            p = program.papers.get(pid)
            if p is None:
                continue
            s = program.session_of(p)
            self.words |= words(f"{p.title} {s.title} {s.track}")
            for a in p.authors:
                self.people.setdefault(fold(a.name), a.name)

    def shared(self, program: Program, paper: Paper) -> tuple[str, ...]:
        s = program.session_of(paper)
        common = sorted(words(f"{paper.title} {s.title} {s.track}") & self.words)
        people = sorted({self.people[f] for a in paper.authors
                         if (f := fold(a.name)) in self.people})
        return (*people, *common)


def running_between(program: Program, day: date, start: datetime, end: datetime
                    ) -> list[Paper]:
    """Talks of the day that run at some moment in [start, end), in time order."""
    talks = _day_talks(program, day)
    starts = [p.start for p in talks]
    hi = bisect_left(starts, end)
    return [p for p in talks[:hi] if p.end > start]


def running_with(program: Program, paper: Paper) -> list[Paper]:
    """What else runs while this talk does ("in the other room now"), in time order."""
    day = program.day_of(paper).date
    return [p for p in running_between(program, day, paper.start, paper.end) if p.id != paper.id]


def _day_talks(program: Program, day: date) -> list[Paper]:
    cache: dict[date, list[Paper]] | None = getattr(program, "_gaps_day_talks", None)
    if cache is None:
        cache = {}
        for d in program.days:
            cache[d.date] = sorted((p for s in d.sessions for p in s.papers),
                                   key=lambda p: program.time_order(p.id))
        object.__setattr__(program, "_gaps_day_talks", cache)  # Program is frozen; a memo
    return cache.get(day, [])


def find_gaps(program: Program, plan: Plan, starred: Iterable[str], min_minutes: int = 1
              ) -> list[Gap]:
    """The gaps of each day of the plan, with what runs in them."""
    interests = Interests(program, starred)
    walk = plan.walk_minutes * 60
    room_of: Mapping[str, str] = plan.room_of
    gaps = []
    for d in plan.days:
        day = next((x for x in program.days if x.date == d.date), None)
        if day is None or not d.attend:
            continue
        first = min(s.start for s in day.sessions)
        last = max(s.end for s in day.sessions)
        edges: list[Paper | None] = [None, *d.attend, None]
        for a, b in pairwise(edges):
            start = a.end if a else first
            end = b.start if b else last
            if (end - start).total_seconds() < min_minutes * 60:
                continue
            cands = []
            for p in running_between(program, d.date, start, end):
                if p.id in plan.attending:
                    continue
                room = program.session_of(p).track
                lead = walk if a and room_of.get(a.id) != room else 0
                tail = walk if b and room_of.get(b.id) != room else 0
                fits = (p.start - start).total_seconds() >= lead and \
                    (end - p.end).total_seconds() >= tail
                cands.append(Candidate(p, interests.shared(program, p), fits))
            # Most shared first; then the ones that fit whole; then time order (stable sort).
            cands.sort(key=lambda c: (-len(c.shared), not c.fits))
            gaps.append(Gap(d.date, start, end, a, b, tuple(cands)))
    return gaps
