"""Program.bounds: each time of the program turned into seconds once, however many papers share it."""

from __future__ import annotations

from datetime import datetime

from planner.program import Program, load_program
from planner.record import replace


class CountedTime(datetime):
    made: list[int] = []

    def timestamp(self) -> float:
        CountedTime.made.append(id(self))
        return super().timestamp()


def test_a_time_papers_share_is_turned_into_seconds_once():
    program = load_program()
    counted: dict[int, CountedTime] = {}

    def again(t: datetime) -> CountedTime:  # one CountedTime per time object, shared as before
        if id(t) not in counted:
            counted[id(t)] = CountedTime.fromisoformat(t.isoformat()).replace(tzinfo=t.tzinfo)
        return counted[id(t)]

    days = tuple(replace(d, sessions=tuple(
        replace(s, papers=tuple(replace(p, start=again(p.start), end=again(p.end))
                                for p in s.papers)) for s in d.sessions)) for d in program.days)
    CountedTime.made.clear()
    rebuilt = Program(program.conference, days, program.raw)
    assert rebuilt.bounds == program.bounds
    times = {id(t) for p in rebuilt.papers.values() for t in (p.start, p.end)}
    assert len(program.papers) * 2 > len(times) * 3  # ATC's papers share most of their times
    assert sorted(CountedTime.made) == sorted(times)
