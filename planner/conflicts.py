"""Which starred talks collide, and where changing rooms between talks works.

Pure functions of a Program and a set of starred paper ids: the CLI and the TUI both ask here,
so they can never disagree.

- A conflict is two starred talks whose time ranges overlap ([start, end) ranges: a talk that
  ends at 11:00 and one that starts at 11:00 do not overlap).
- A hop is two starred talks in different sessions of one slot, one right after the other in
  the user's own sequence, that do not overlap; tight when there is no gap between them.
- A slot is split when starred talks sit in more than one of its sessions, in conflict when
  any two of them overlap.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from planner.program import Paper, Program, Slot


@dataclass(frozen=True, slots=True)
class Conflict:
    a: Paper  # the one that starts first (ties: program order)
    b: Paper


@dataclass(frozen=True, slots=True)
class Hop:
    src: Paper
    dst: Paper

    @property
    def gap_minutes(self) -> int:
        return int((self.dst.start - self.src.end).total_seconds() // 60)

    @property
    def tight(self) -> bool:
        return self.dst.start == self.src.end


@dataclass(frozen=True, slots=True)
class SlotView:
    """The starred talks of one slot, in time order."""

    day: date
    slot: Slot
    starred: tuple[Paper, ...]
    conflicts: tuple[Conflict, ...]
    hops: tuple[Hop, ...]

    @property
    def split(self) -> bool:
        return len({p.session_id for p in self.starred}) > 1

    @property
    def in_conflict(self) -> bool:
        return bool(self.conflicts)


@dataclass(frozen=True, slots=True)
class Analysis:
    conflicts: tuple[Conflict, ...]
    hops: tuple[Hop, ...]
    slots: tuple[SlotView, ...]  # every slot that holds a starred talk, in time order
    conflicts_with: dict[str, tuple[str, ...]]  # paper id -> ids it collides with

    @property
    def split_slots(self) -> tuple[SlotView, ...]:
        return tuple(s for s in self.slots if s.split)

    def hop_of(self, paper_id: str) -> Hop | None:
        """The hop that ends at this talk, if the user changes rooms to reach it."""
        return next((h for h in self.hops if h.dst.id == paper_id), None)


def overlapping_pairs(talks: Iterable[Paper]) -> list[tuple[Paper, Paper]]:
    """Every pair of talks whose [start, end) ranges overlap: a sweep, O(n log n + pairs)."""
    ordered = sorted(talks, key=lambda p: (p.start, p.end, p.page))
    active: list[tuple[datetime, int, Paper]] = []  # min-heap by end time
    pairs: list[tuple[Paper, Paper]] = []
    for i, talk in enumerate(ordered):
        while active and active[0][0] <= talk.start:
            heapq.heappop(active)
        # Everything still active started no later than this talk and ends after it starts.
        pairs.extend((other, talk) for _, _, other in active)
        heapq.heappush(active, (talk.end, i, talk))
    return pairs


def analyze(program: Program, starred: Iterable[str]) -> Analysis:
    """Conflicts, hops and split slots of the starred ids the program knows (others ignored)."""
    papers = program.papers
    talks = [papers[pid] for pid in set(starred) if pid in papers]
    pairs = overlapping_pairs(talks)
    conflicts = tuple(Conflict(a, b) for a, b in pairs)
    conflicts_with: dict[str, list[str]] = {}
    for a, b in pairs:
        conflicts_with.setdefault(a.id, []).append(b.id)
        conflicts_with.setdefault(b.id, []).append(a.id)

    slot_of: dict[str, tuple[date, Slot]] = {}
    for day in program.days:
        for slot in day.slots:
            for session in slot.sessions:
                slot_of[session.id] = (day.date, slot)
    by_slot: dict[tuple[date, datetime], list[Paper]] = {}
    for talk in talks:
        d, slot = slot_of[talk.session_id]
        by_slot.setdefault((d, slot.start), []).append(talk)
    conflicts_by_slot: dict[tuple[date, datetime], list[Conflict]] = {}
    for c in conflicts:
        d, slot = slot_of[c.a.session_id]
        conflicts_by_slot.setdefault((d, slot.start), []).append(c)

    views = []
    hops: list[Hop] = []
    for key in sorted(by_slot):
        d, _ = key
        slot = slot_of[by_slot[key][0].session_id][1]
        in_order = sorted(by_slot[key], key=lambda p: (p.start, p.end, p.page))
        slot_hops = tuple(
            Hop(a, b)
            for a, b in itertools.pairwise(in_order)
            if a.session_id != b.session_id and a.end <= b.start
        )
        hops.extend(slot_hops)
        slot_conflicts = tuple(conflicts_by_slot.get(key, ()))
        views.append(SlotView(d, slot, tuple(in_order), slot_conflicts, slot_hops))
    return Analysis(
        conflicts=tuple(sorted(conflicts, key=lambda c: (c.a.start, c.b.start, c.a.id, c.b.id))),
        hops=tuple(hops),
        slots=tuple(views),
        conflicts_with={
            k: tuple(sorted(v, key=lambda i: papers[i].start)) for k, v in conflicts_with.items()
        },
    )
