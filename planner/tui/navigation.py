"""Where the cursor goes on the grid: plain logic, no Textual, so it is tested on its own."""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, datetime, timedelta
from typing import Any

from planner.program import Day, Paper, Program
from planner.record import record


def slots_fit(program: Program) -> bool:
    """True when no slot holds two sessions of one room, so the slot grid (a box per room
    per slot) can draw every talk. Sessions that overlap in a chain make one slot: two of one
    room in it had one of them left out of the grid, and a move from its talk crashed."""
    for day in program.days:
        for slot in day.slots:
            rooms = [s.track for s in slot.sessions]
            if len(rooms) != len(set(rooms)):
                return False
    return True


class Navigator:
    """Arrow-key moves over one day's grid of slots (rows) by tracks (columns)."""

    def __init__(self, program: Program) -> None:
        tracks = program.conference.tracks
        # grid[day][slot][track] = the talks of that cell, possibly none
        self.grid: list[list[list[tuple[Paper, ...]]]] = []
        self.where: dict[str, tuple[int, int, int, int]] = {}
        for d, day in enumerate(program.days):
            rows = []
            for s, slot in enumerate(day.slots):
                row: list[tuple[Paper, ...]] = [() for _ in tracks]
                for session in slot.sessions:
                    row[tracks.index(session.track)] = session.papers
                for t, papers in enumerate(row):
                    for k, p in enumerate(papers):
                        self.where[p.id] = (d, s, t, k)
                rows.append(row)
            self.grid.append(rows)

    def step(self, paper_id: str, dx: int, dy: int) -> str | None:
        """The talk one step left/right (dx) or up/down (dy) from this one, if any."""
        d, s, t, k = self.where[paper_id]
        rows = self.grid[d]
        if dx:
            here = rows[s][t][k]
            t2 = t + dx
            while 0 <= t2 < len(rows[s]) and not rows[s][t2]:
                t2 += dx
            if not 0 <= t2 < len(rows[s]):
                return None
            # The talk nearest in time, so what runs in parallel stays at the same height.
            return min(rows[s][t2], key=lambda p: abs((p.start - here.start).total_seconds())).id
        cell = rows[s][t]
        if 0 <= k + dy < len(cell):
            return cell[k + dy].id
        s2 = s + dy
        while 0 <= s2 < len(rows):
            target = self._column_near(rows[s2], t)
            if target:
                return (target[0] if dy > 0 else target[-1]).id
            s2 += dy
        return None

    @staticmethod
    def _column_near(row: list[tuple[Paper, ...]], t: int) -> tuple[Paper, ...]:
        for offset in range(len(row)):
            for t2 in (t - offset, t + offset):
                if 0 <= t2 < len(row) and row[t2]:
                    return row[t2]
        return ()


# --- the time grid of a published schedule --------------------------------------------------

STEP_MINUTES = 5  # one line of the time grid is five minutes


@record(frozen=True, slots=True)  # as a frozen dataclass, made in a tenth of the time
class Placed:
    """A talk on the time grid: its column (room) and its lines [row0, row1)."""

    paper: Paper
    col: int
    row0: int
    row1: int


class DayLayout:
    """One day of a published schedule as lines of STEP_MINUTES by rooms.

    Plain data with bisect lookups, so the widget draws any line and moves the cursor in
    O(log n) per column, however many talks the day holds.
    """

    def __init__(self, program: Program, day: Day) -> None:
        tracks = {t: i for i, t in enumerate(program.conference.tracks)}
        papers = sorted((p for s in day.sessions for p in s.papers),
                        key=lambda p: (p.start, p.end, p.id))
        zone = self.zone = _zone(program.conference.timezone)
        first = papers[0].start.astimezone(zone) if papers else None
        # The grid starts on the hour before the first talk, so the times read round.
        self.origin = first.replace(minute=0, second=0, microsecond=0) if first else None
        # Lines count real time from here: in UTC, since two times on one ZoneInfo subtract
        # as wall clocks, an hour off across a clock change.
        self._start = self.origin.astimezone(UTC) if self.origin else None
        self.columns: list[list[Placed]] = [[] for _ in tracks]
        self.by_id: dict[str, Placed] = {}
        step = STEP_MINUTES * 60
        for p in papers:
            col = tracks[program.session_of(p).track]
            assert self._start is not None
            row0 = int((p.start - self._start).total_seconds() // step)
            row1 = -int(-(p.end - self._start).total_seconds() // step)  # rounded up
            column = self.columns[col]
            if column:
                last = column[-1]
                if row0 <= last.row0:  # starts in the same line as the one before: below it
                    row0 = last.row0 + 1
                if row0 < last.row1:  # overlaps the one before: that one is cut short
                    column[-1] = Placed(last.paper, col, last.row0, row0)
                    self.by_id[last.paper.id] = column[-1]
            placed = Placed(p, col, row0, max(row1, row0 + 1))
            column.append(placed)
            self.by_id[p.id] = placed
        self.starts = [[x.row0 for x in column] for column in self.columns]
        self.height = max((c[-1].row1 for c in self.columns if c), default=0)
        self.used = [i for i, c in enumerate(self.columns) if c]  # rooms with talks this day
        self.changes = self._clock_changes()

    def clock(self, row: int) -> datetime:
        """The wall clock at the top of this line: on the day of a clock change the lines
        after it read an hour on (spring) or back (autumn) from counting on from the first."""
        assert self._start is not None
        return (self._start + timedelta(minutes=row * STEP_MINUTES)).astimezone(self.zone)

    def row_of(self, t: datetime) -> int:
        """The line a moment falls in (may be off the grid: below 0 or from `height` on)."""
        assert self._start is not None
        return int((t - self._start).total_seconds() // (STEP_MINUTES * 60))

    def _clock_changes(self) -> dict[int, str]:
        """Line -> the zone's name from then on (CEST, CET), for each line where the clocks
        have changed since the line before (the first line too, after a change just before)."""
        if self._start is None:
            return {}
        offset = lambda row: self.clock(row).utcoffset()  # noqa: E731
        changes: dict[int, str] = {}
        row, before = -1, offset(-1)
        hour = 60 // STEP_MINUTES
        while row < self.height:
            ahead = min(row + hour, self.height)
            if offset(ahead) == before:  # clocks change at most once an hour: none in this one
                row = ahead
                continue
            row += 1
            while offset(row) == before:  # ends by `ahead` at the latest
                row += 1
            now = self.clock(row)
            changes[row], before = now.tzname() or "", now.utcoffset()
        return changes

    def at(self, col: int, row: int) -> Placed | None:
        """The talk drawn at this line of this column, if any."""
        i = bisect_right(self.starts[col], row) - 1
        if i >= 0:
            placed = self.columns[col][i]
            if row < placed.row1:
                return placed
        return None

    def first(self, cols: list[int]) -> str | None:
        """The earliest talk of the shown rooms (leftmost on a tie)."""
        best = min((self.columns[c][0] for c in cols if self.columns[c]),
                   key=lambda x: (x.row0, cols.index(x.col)), default=None)
        return best.paper.id if best else None

    def step(self, paper_id: str, dx: int, dy: int, cols: list[int]) -> str | None:
        """The talk below/above (dy) in the same room, or in the next shown room left/right
        (dx) that is on at the same time, else the one nearest in time; None stays put."""
        here = self.by_id[paper_id]
        if dy:
            column = self.columns[here.col]
            i = bisect_right(self.starts[here.col], here.row0) - 1
            while column[i].paper.id != paper_id:  # several talks can share a start line
                i -= 1
            j = i + dy
            return column[j].paper.id if 0 <= j < len(column) else None
        if here.col not in cols:
            return self.first(cols)
        k = cols.index(here.col) + dx
        while 0 <= k < len(cols) and not self.columns[cols[k]]:
            k += dx
        if not 0 <= k < len(cols):
            return None
        col = cols[k]
        running = self.at(col, here.row0)
        if running is not None:
            return running.paper.id
        starts, column = self.starts[col], self.columns[col]
        i = bisect_right(starts, here.row0)
        near = [column[x] for x in (i - 1, i) if 0 <= x < len(column)]
        return min(near, key=lambda x: (abs(x.row0 - here.row0), x.row0)).paper.id


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)
