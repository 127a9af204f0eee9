"""What the TUI shows about the clock: the header's next starred talk, where `n` jumps.

Pure functions of the program, the stars and a time (the app's injected clock), built on
planner.now so the header and `atc-planner now` say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from planner.now import cut, duration, now_next, room
from planner.program import Paper, Program
from planner.render import hm, local, short_day

HEADER_TITLE_WIDTH = 32


def header_next(program: Program, starred: Iterable[str], at: datetime) -> str:
    """'next ★ in 40 min · Track 1 11:30 · Title' while the conference runs, else ''.

    The minutes and the room come first: a narrow terminal cuts the header from the right.
    """
    nn = now_next(program, starred, at)
    if nn.state != "during" or nn.next is None:
        return ""
    p = nn.next
    return (f"next ★ in {duration(p.start - at)} · {room(program, p)} {hm(program, p.start)} · "
            f"{cut(p.title, HEADER_TITLE_WIDTH)}")


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
