"""Where the cursor goes on the grid: plain logic, no Textual, so it is tested on its own."""

from __future__ import annotations

from planner.program import Paper, Program


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
