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
    starred: bool = False  # starred, and dropped by the plan


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
    """The words and people of the user's starred talks, with how many talks have each: a
    starred talk the plan dropped shares only what another starred talk has too."""

    def __init__(self, program: Program, starred: Iterable[str]) -> None:
        self.starred: set[str] = set()
        self.words: dict[str, int] = {}
        self.people: dict[str, tuple[str, int]] = {}  # folded name -> (as printed, talks)
        for pid in starred:
            p = program.papers.get(pid)
            if p is None or pid in self.starred:
                continue
            self.starred.add(pid)
            for w in _talk_words(program, p):
                self.words[w] = self.words.get(w, 0) + 1
            for f, name in {fold(a.name): a.name for a in p.authors}.items():
                shown, n = self.people.get(f, (name, 0))
                self.people[f] = (shown, n + 1)

    def shared(self, program: Program, paper: Paper) -> tuple[str, ...]:
        own = paper.id in self.starred  # its own words and people are counted once already
        common = sorted(w for w in _talk_words(program, paper) if self.words.get(w, 0) > own)
        people = sorted({self.people[f][0] for a in paper.authors
                         if self.people.get(f := fold(a.name), ("", 0))[1] > own})
        return (*people, *common)


def _talk_words(program: Program, paper: Paper) -> set[str]:
    s = program.session_of(paper)
    return words(f"{paper.title} {s.title} {s.track}")


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
                cands.append(Candidate(p, interests.shared(program, p), fits,
                                       p.id in interests.starred))
            # Most shared first; then the ones that fit whole; then time order (stable sort).
            cands.sort(key=lambda c: (-len(c.shared), not c.fits))
            gaps.append(Gap(d.date, start, end, a, b, tuple(cands)))
    return gaps
