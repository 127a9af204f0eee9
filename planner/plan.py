"""The best plan: which starred talks to attend, day by day, and why the others are dropped.

A plan is a set of starred talks with no two overlapping, and with time to walk between rooms:
after a talk in one room, a talk in another room can start `walk` minutes after it ends at the
earliest (in the same room, right away). Of all such plans the best is, in this order:
the most musts, then the most wants, then the most maybes, then the fewest room changes, then the
earliest (the sequence of talks in time order that comes first, talk by talk).

That is exact, not a greedy guess: a dynamic programme over the talks of each day (weighted
interval scheduling), O(n log n). Each day is solved on its own: a room change overnight costs
nothing. Pure Python, no Textual: the CLI and the TUI both ask here.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import cached_property

from planner.agenda import LEVELS, Agenda
from planner.marks import LEVEL_MARK
from planner.program import Paper, Program
from planner.record import field, record

MUST, WANT, MAYBE = LEVELS
REASONS = ("overlap", "walk")


@record(frozen=True, slots=True)
class Dropped:
    """A starred talk the plan leaves out, and the attended talk that displaced it."""

    paper: Paper
    because: Paper | None  # None only if nothing attended stands in its way (never, if exact)
    reason: str  # "overlap": the two run at the same time; "walk": no time to change rooms


@record(frozen=True, slots=True)
class DayPlan:
    date: date
    attend: tuple[Paper, ...]  # in time order
    drop: tuple[Dropped, ...]  # in time order
    room_changes: int
    # Per level (LEVELS' order), (talks attended, talks starred) this day: the plan's coverage
    # adds these up, rather than looking up the level of every starred talk of every day.
    counts: tuple[tuple[int, int], ...] = field(repr=False, compare=False)


@record(frozen=True)
class Plan:
    days: tuple[DayPlan, ...]  # the days that hold starred talks (or the one day asked for)
    walk_minutes: int
    levels: Mapping[str, str]  # starred id (known to the program) -> level
    must_collisions: tuple[tuple[Paper, Paper], ...]  # pairs of musts that cannot both be seen
    room_of: Mapping[str, str] = field(repr=False)

    @cached_property
    def attending(self) -> frozenset[str]:
        return frozenset(p.id for d in self.days for p in d.attend)

    @cached_property
    def dropped(self) -> dict[str, Dropped]:
        return {x.paper.id: x for d in self.days for x in d.drop}

    @cached_property
    def coverage(self) -> dict[str, tuple[int, int]]:
        """Level -> (talks attended, talks starred) over the plan's days."""
        attended = dict.fromkeys(LEVELS, 0)
        starred = dict.fromkeys(LEVELS, 0)
        for d in self.days:
            for level, (a, s) in zip(LEVELS, d.counts, strict=True):
                attended[level] += a
                starred[level] += s
        return {level: (attended[level], starred[level]) for level in LEVELS}

    @property
    def every_must_fits(self) -> bool:
        seen, of = self.coverage[MUST]
        return seen == of

    @property
    def room_changes(self) -> int:
        return sum(d.room_changes for d in self.days)

    @property
    def _attended_of_starred(self) -> tuple[int, int]:
        cov = self.coverage.values()
        return sum(a for a, _ in cov), sum(s for _, s in cov)

    @property
    def coverage_short(self) -> str:
        """'plan 14/17: ✪ 6/6 ★ 7/9 ? 1/2' (must, want, maybe): short, for a header line."""
        cov, (seen, total) = self.coverage, self._attended_of_starred
        parts = " ".join(f"{LEVEL_MARK[level]} {a}/{s}" for level, (a, s) in cov.items())
        return f"plan {seen}/{total}: {parts}"

    @property
    def coverage_phrase(self) -> str:
        """'attending 14 of 17 starred (6/6 must, 7/9 want, 1/2 maybe)'."""
        cov, (seen, total) = self.coverage, self._attended_of_starred
        parts = ", ".join(f"{a}/{s} {level}" for level, (a, s) in cov.items())
        return f"attending {seen} of {total} starred ({parts})"


def levels_of(agenda: Agenda) -> dict[str, str]:
    return {pid: e.level for pid, e in agenda.entries.items()}


def _counts(attend: Sequence[Paper], drop: Sequence[Dropped], levels: Mapping[str, str]
            ) -> tuple[tuple[int, int], ...]:
    attended = [levels[p.id] for p in attend]
    starred = attended + [levels[x.paper.id] for x in drop]
    return tuple((attended.count(level), starred.count(level)) for level in LEVELS)


def make_plan(program: Program, levels: Mapping[str, str], walk_minutes: int = 0,
              day: date | None = None) -> Plan:
    """The best plan for the starred ids (id -> level); ids the program does not know are left
    out. With `day`, only that day."""
    papers = program.papers
    known = {pid: lv for pid, lv in levels.items() if pid in papers}
    walk = walk_minutes * 60
    room_of = {pid: program.session_of(papers[pid]).track for pid in known}
    by_day: dict[date, list[Paper]] = {}
    for pid in known:
        p = papers[pid]
        d = program.day_of(p).date
        if day is None or d == day:
            by_day.setdefault(d, []).append(p)
    if day is not None:
        by_day.setdefault(day, [])
    days = []
    collisions: list[tuple[Paper, Paper]] = []
    for d in sorted(by_day):
        talks = sorted(by_day[d], key=lambda p: program.time_order(p.id))
        days.append(_plan_day(program, d, talks, known, room_of, walk))
        musts = [p for p in talks if known[p.id] == MUST]
        collisions += _collisions(program, musts, room_of, walk)
    return Plan(tuple(days), walk_minutes, known, tuple(collisions), room_of)


def plan_for(program: Program, agenda: Agenda, walk_minutes: int = 0,
             day: date | None = None) -> Plan:
    return make_plan(program, levels_of(agenda), walk_minutes, day)


def replan(program: Program, before: Plan, levels: Mapping[str, str],
           changed: Iterable[str] | None = None) -> Plan:
    """make_plan(program, levels, before.walk_minutes), given `before`, a plan of the whole
    program: only the days holding a talk whose level differs (starred, unstarred or changed)
    are planned again, the others kept. A star key at 10,000 stars plans one day, not twenty.

    `changed`, if given, holds every id whose level may differ from `before` (more is fine):
    then `levels` is read for those ids only, not gone through whole.
    """
    papers = program.papers
    old = before.levels
    if changed is None:
        known = {pid: lv for pid, lv in levels.items() if pid in papers}
        changed = known.keys() ^ old.keys()
        changed.update(pid for pid, lv in known.items() if old.get(pid, lv) != lv)
    else:
        known = dict(old)
        for pid in changed:
            level = levels.get(pid) if pid in papers else None
            if level is None:
                known.pop(pid, None)
            else:
                known[pid] = level
        changed = {pid for pid in changed if known.get(pid) != old.get(pid)}
    if not changed:
        return before
    walk = before.walk_minutes * 60
    room_of = dict(before.room_of)
    for pid in changed:
        if pid in known:
            room_of[pid] = program.session_of(papers[pid]).track
        else:
            room_of.pop(pid, None)
    touched = {program.day_of(papers[pid]).date for pid in changed}
    by_day = {d.date: d for d in before.days}
    for d in touched:  # the day's starred talks, as they are now
        kept = [] if d not in by_day else [p for p in (*by_day[d].attend,
                                                     *(x.paper for x in by_day[d].drop))
                                          if p.id in known]
        added = [papers[pid] for pid in changed if pid in known and pid not in old
                 and program.day_of(papers[pid]).date == d]
        talks = sorted((*kept, *added), key=lambda p: program.time_order(p.id))
        if talks:
            by_day[d] = _plan_day(program, d, talks, known, room_of, walk,
                                  (by_day[d], old) if d in by_day else None)
        else:
            by_day.pop(d, None)
    collisions = [pair for pair in before.must_collisions
                  if program.day_of(pair[0]).date not in touched]
    for d in touched & by_day.keys():
        day_plan = by_day[d]
        musts = sorted((p for p in (*day_plan.attend, *(x.paper for x in day_plan.drop))
                        if known[p.id] == MUST), key=lambda p: program.time_order(p.id))
        collisions += _collisions(program, musts, room_of, walk)
    # make_plan's order: by day, and each day's pairs in time order.
    collisions.sort(key=lambda pair: (program.day_of(pair[0]).date,))
    return Plan(tuple(by_day[d] for d in sorted(by_day)), before.walk_minutes, known,
                tuple(collisions), room_of)


# --- one day ------------------------------------------------------------------------------


def best_sequence(starts: Sequence[int], ends: Sequence[int], rooms: Sequence[str],
                  levels: Sequence[int], walk: int) -> list[int]:
    """The positions of the best plan, for talks given in time order (start, then end, then
    program order: the position is also the "earliest" tie-break). levels[i] is 0 (must),
    1 (want) or 2 (maybe); times and walk in one unit (seconds).

    Backwards over the talks, best[i] is the best plan that starts with talk i: talk i, then
    the best plan starting with a talk it leaves time for. Scores are packed into one integer
    so they compare in one step, lexicographically: counts weigh B^3, B^2, B with B > n, a room
    change -1, and below all that (times M > n) the position, so that among equal scores the plan
    whose first different talk comes earlier wins. Two suffix maxima answer "the best plan
    starting at or after time t": one over all talks (reached by walking, so with one change
    more) and one per room (no walk, no change). Each is a binary search: O(n log n).
    """
    n = len(starts)
    if n == 0:
        return []
    base = n + 1
    weight = (base ** 3, base ** 2, base)
    span = n + 1  # the position tie-break lives below one unit of score
    key = [0] * n  # (score of the best plan starting at i) * span + (n - i)
    after = [-1] * n  # the talk that follows i in that plan
    best_from = [0] * (n + 1)  # position of the best key among positions >= p
    best_from[n] = -1
    room_index: dict[str, list[int]] = {}
    for i, r in enumerate(rooms):
        room_index.setdefault(r, []).append(i)
    room_starts = {r: [starts[i] for i in idx] for r, idx in room_index.items()}
    room_best = {r: [-1] * (len(idx) + 1) for r, idx in room_index.items()}
    slot_in_room = [0] * n
    for idx in room_index.values():
        for j, i in enumerate(idx):
            slot_in_room[i] = j
    change = span  # one room change, in key units

    for i in range(n - 1, -1, -1):
        end, room, j = ends[i], rooms[i], slot_in_room[i]
        nxt, nxt_key = -1, 0
        # In another room, after the walk. If the best there is in this room, the same talk is
        # also a candidate below without the change, and wins: no need to exclude it here.
        p = bisect_left(starts, end + walk, i + 1)
        k = best_from[p]
        if k >= 0:
            nxt, nxt_key = k, key[k] - change
        # In the same room, right after.
        q = bisect_left(room_starts[room], end, j + 1)
        k = room_best[room][q]
        if k >= 0 and key[k] > nxt_key:
            nxt, nxt_key = k, key[k]
        score = weight[levels[i]] + (nxt_key // span if nxt >= 0 else 0)
        after[i] = nxt
        key[i] = score * span + (n - i)
        b = best_from[i + 1]
        best_from[i] = i if b < 0 or key[i] > key[b] else b
        rb = room_best[room]
        b = rb[j + 1]
        rb[j] = i if b < 0 or key[i] > key[b] else b

    chosen, i = [], best_from[0]
    while i >= 0:
        chosen.append(i)
        i = after[i]
    return chosen


def _plan_day(program: Program, day: date, talks: list[Paper], levels: Mapping[str, str],
              room_of: Mapping[str, str], walk: int,
              before: tuple[DayPlan, Mapping[str, str]] | None = None) -> DayPlan:
    """`before`: this day's last plan (same walk) and the levels it was made of, whose
    reasons for dropping a talk are kept where nothing changed near that talk."""
    bounds = program.bounds
    starts = [bounds[p.id][0] for p in talks]
    ends = [bounds[p.id][1] for p in talks]
    rooms = [room_of[p.id] for p in talks]
    rank = {level: i for i, level in enumerate(LEVELS)}
    chosen = best_sequence(starts, ends, rooms, [rank[levels[p.id]] for p in talks], walk)
    attend = tuple(talks[i] for i in chosen)
    taken = set(chosen)
    why = _Displacers(attend, levels, room_of, bounds, walk)
    kept = {} if before is None else _reasons_kept(*before, attend, levels, bounds, walk)
    drop = tuple(kept.get(p.id) or why.explain(p) for i, p in enumerate(talks) if i not in taken)
    changes = sum(1 for a, b in itertools.pairwise(attend)
                  if room_of[a.id] != room_of[b.id])
    return DayPlan(day, attend, drop, changes, _counts(attend, drop, levels))


def _reasons_kept(before: DayPlan, old_levels: Mapping[str, str], attend: Sequence[Paper],
                  levels: Mapping[str, str], bounds: Mapping[str, tuple[int, int]],
                  walk: int) -> dict[str, Dropped]:
    """The dropped talks of `before` whose reason is still the same: a star at 10,000 stars
    changes a few attended talks of a day, and explaining its 500 drops again was most of
    the plan. A reason (_Displacers) is an attended talk that overlaps the dropped one or
    ends or starts within a walk of it: far from every attended talk that came, went or
    changed level, it cannot have changed (an attended talk further away never stands
    between, as attended talks never overlap)."""
    was = {p.id for p in before.attend}
    now = {p.id for p in attend}
    moved = [bounds[p.id] for p in (*before.attend, *attend)
             if (p.id in was) != (p.id in now) or levels.get(p.id) != old_levels.get(p.id)]
    if not moved:
        return {x.paper.id: x for x in before.drop}
    if len(moved) > 32:  # the day's plan changed throughout: explained again
        return {}
    # Outside the span of every change (and a walk either side) at once; within it, looked
    # at change by change.
    first, last = min(s for s, _ in moved) - walk, max(e for _, e in moved) + walk
    kept = {}
    for x in before.drop:
        start, end = bounds[x.paper.id]
        if end < first or start > last or \
                all(e < start - walk or s > end + walk for s, e in moved):
            kept[x.paper.id] = x
    return kept


class _Displacers:
    """Which attended talk stands in a dropped talk's way: the highest level that overlaps it
    (the earliest of those), else a neighbour in another room too close to walk."""

    def __init__(self, attend: Sequence[Paper], levels: Mapping[str, str],
                 room_of: Mapping[str, str], bounds: Mapping[str, tuple[int, int]],
                 walk: int) -> None:
        self.attend, self.levels, self.room_of = attend, levels, room_of
        self.bounds, self.walk = bounds, walk
        # Attended talks never overlap, so sorted by start they are sorted by end too.
        self.ends = [bounds[p.id][1] for p in attend]
        self.starts = [bounds[p.id][0] for p in attend]
        self.per_level = {level: [p for p in attend if levels[p.id] == level] for level in LEVELS}
        self.level_ends = {level: [bounds[p.id][1] for p in ps]
                           for level, ps in self.per_level.items()}

    def explain(self, talk: Paper) -> Dropped:
        overlap, walk = self._overlapping(talk), self._too_close(talk)
        # Both can stand in the way (it overlaps a want and is too close to walk to a must):
        # the one of higher level is the reason, an overlap when the levels are the same.
        if walk is not None and (overlap is None or self._rank(walk) < self._rank(overlap)):
            return Dropped(talk, walk, "walk")
        if overlap is not None:
            return Dropped(talk, overlap, "overlap")
        return Dropped(talk, None, "")

    def _rank(self, paper: Paper) -> int:
        return LEVELS.index(self.levels[paper.id])

    def _overlapping(self, talk: Paper) -> Paper | None:
        """The attended talk of the highest level (the earliest of those) that overlaps it."""
        start, end = self.bounds[talk.id]
        for level in LEVELS:
            ps = self.per_level[level]
            i = bisect_right(self.level_ends[level], start)  # the first that ends after we start
            if i < len(ps) and self.bounds[ps[i].id][0] < end:
                return ps[i]
        return None

    def _too_close(self, talk: Paper) -> Paper | None:
        """The attended neighbour in another room, too close to walk, of the highest level:
        the last that ends by its start, the first that starts at its end or later."""
        start, end = self.bounds[talk.id]
        room = self.room_of[talk.id]
        near = []
        i = bisect_right(self.ends, start) - 1
        if i >= 0 and self.room_of[self.attend[i].id] != room and \
                start - self.ends[i] < self.walk:
            near.append(self.attend[i])
        j = bisect_left(self.starts, end)
        if j < len(self.attend) and self.room_of[self.attend[j].id] != room and \
                self.starts[j] - end < self.walk:
            near.append(self.attend[j])
        return min(near, key=self._rank) if near else None


def _collisions(program: Program, musts: Sequence[Paper], room_of: Mapping[str, str],
                walk: int) -> list[tuple[Paper, Paper]]:
    """Pairs of musts (in time order) that no plan can both attend."""
    bounds = program.bounds
    pairs = []
    running: list[Paper] = []  # musts that may still collide with a later one
    for m in musts:
        start = bounds[m.id][0]
        running = [r for r in running if bounds[r.id][1] + walk > start]
        for r in running:
            r_end = bounds[r.id][1]
            if r_end > start or room_of[r.id] != room_of[m.id]:
                pairs.append((r, m))
        running.append(m)
    return pairs


def plan_score(levels: Iterable[str], rooms: Sequence[str]) -> tuple[int, int, int, int]:
    """(musts, wants, maybes, -room changes) of a sequence of talks: what the plan maximises."""
    levels = list(levels)
    changes = sum(1 for a, b in itertools.pairwise(rooms) if a != b)
    return (levels.count(MUST), levels.count(WANT), levels.count(MAYBE), -changes)
