"""Which starred talks collide, and where changing rooms between talks works.

Pure functions of a Program and a set of starred paper ids: the CLI and the TUI both ask here,
so they can never disagree.

- A conflict is two starred talks whose time ranges overlap ([start, end) ranges: a talk that
  ends at 11:00 and one that starts at 11:00 do not overlap).
- A hop is two starred talks in different sessions and rooms of one slot, one right after the
  other in the user's own sequence, that do not overlap; tight when there is no gap between
  them.
- A slot is split when starred talks sit in more than one of its sessions, in conflict when
  any two of them overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import chain, pairwise, repeat

from planner.collector import cycle_collector_paused
from planner.marks import hop_gap
from planner.program import Paper, Program, Slot
from planner.record import field, record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

# Two overlapping talks: (the one that starts first, the other); ties go by program order.
# A plain tuple: a big agenda has many pairs, and tuples are the cheapest thing to build.
Conflict = tuple[Paper, Paper]


@record(frozen=True, slots=True)
class Hop:
    src: Paper
    dst: Paper

    @property
    def gap_minutes(self) -> int:
        return int((self.dst.start - self.src.end).total_seconds() // 60)

    @property
    def tight(self) -> bool:
        return self.dst.start == self.src.end

    @property
    def gap_phrase(self) -> str:
        """How much time the room change leaves, in the words every view uses."""
        return hop_gap(self)


@record(frozen=True, slots=True)
class SlotView:
    """The starred talks of one slot, in time order."""

    day: date
    slot: Slot
    starred: tuple[Paper, ...]
    conflicts: tuple[Conflict, ...]
    hops: tuple[Hop, ...]
    _bounds: Mapping[str, tuple[int, int]] = field(init=False, repr=False, compare=False)

    def __getattr__(self, name: str) -> Any:
        # Asked for a field that is not set: the conflicts of a view made by reanalyze, swept
        # when first read. A star key reads the partner lists, never every pair of its slot
        # (thousands in a day of 10,000 talks); the value is what the sweep gives at once.
        if name != "conflicts":
            raise AttributeError(name)
        pairs = tuple(overlapping_pairs(self.starred, self._bounds))
        object.__setattr__(self, "conflicts", pairs)
        return pairs

    @property
    def split(self) -> bool:
        return len({p.session_id for p in self.starred}) > 1

    @property
    def in_conflict(self) -> bool:
        return bool(self.conflicts)


@record(frozen=True, slots=True)
class Analysis:
    conflicts: tuple[Conflict, ...]
    hops: tuple[Hop, ...]
    slots: tuple[SlotView, ...]  # every slot that holds a starred talk, in time order
    conflicts_with: dict[str, tuple[str, ...]]  # paper id -> ids it collides with
    # hop_of is asked once per starred talk: an index, not a scan of every hop.
    _hop_into: dict[str, Hop] = field(init=False, repr=False, compare=False)
    _hop_from: dict[str, Hop] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hop_into", {h.dst.id: h for h in self.hops})
        object.__setattr__(self, "_hop_from", {h.src.id: h for h in self.hops})

    @classmethod
    def _joined(cls, slots: tuple[SlotView, ...], conflicts_with: dict[str, tuple[str, ...]],
                hop_into: dict[str, Hop], hop_from: dict[str, Hop]) -> Analysis:
        """The analysis of these slot views, its conflicts and hops joined when first read."""
        analysis = object.__new__(cls)
        for name, value in (("slots", slots), ("conflicts_with", conflicts_with),
                            ("_hop_into", hop_into), ("_hop_from", hop_from)):
            object.__setattr__(analysis, name, value)
        return analysis

    def __getattr__(self, name: str) -> Any:
        # Asked for a field that is not set: every conflict or hop of an analysis made by
        # reanalyze, joined from its slots when first read (the grid never reads them; 150,000
        # pairs copied on every star key did cost it).
        if name not in ("conflicts", "hops"):
            raise AttributeError(name)
        value = tuple(chain.from_iterable(getattr(v, name) for v in self.slots))
        object.__setattr__(self, name, value)
        return value

    @property
    def split_slots(self) -> tuple[SlotView, ...]:
        return tuple(s for s in self.slots if s.split)

    def hop_of(self, paper_id: str) -> Hop | None:
        """The hop that ends at this talk, if the user changes rooms to reach it."""
        return self._hop_into.get(paper_id)

    def hop_from(self, paper_id: str) -> Hop | None:
        """The hop that leaves this talk, if the user changes rooms after it."""
        return self._hop_from.get(paper_id)


def overlapping_pairs(talks: Sequence[Paper], bounds: Mapping[str, tuple[int, int]]
                      ) -> list[Conflict]:
    """Every pair of talks whose [start, end) ranges overlap, given the talks in time order.

    A sweep that keeps the talks still running: O(n + pairs) after the O(n log n) sort, where
    checking every pair is O(n²). Pairs come ordered by their later talk, then the earlier one.
    """
    running: list[Paper] = []  # in time order
    ends: list[int] = []  # running[i] ends at ends[i]
    pairs: list[Conflict] = []
    for talk in talks:
        start, end = bounds[talk.id]
        if ends and min(ends) <= start:  # drop the talks that ended
            keep = [i for i, e in enumerate(ends) if e > start]
            running, ends = [running[i] for i in keep], [ends[i] for i in keep]
        # Every talk still running started no later than this one and ends after it starts.
        pairs.extend(zip(running, repeat(talk)))
        running.append(talk)
        ends.append(end)
    return pairs


def analyze(program: Program, starred: Iterable[str]) -> Analysis:
    """Conflicts, hops and split slots of the starred ids the program knows (others ignored)."""
    with cycle_collector_paused():
        return _analyze(program, starred)


def _analyze(program: Program, starred: Iterable[str]) -> Analysis:
    papers = program.papers
    talks = sorted((papers[pid] for pid in set(starred) if pid in papers),
                   key=lambda p: program.time_order(p.id))
    # Overlapping talks always share a slot (slots are the sessions that overlap), so each
    # slot is swept on its own. `talks` is in time order, and so is every group.
    by_slot: dict[int, list[Paper]] = {}
    slots: dict[int, Slot] = {}
    for talk in talks:
        slot = program.slot_of(talk)
        by_slot.setdefault(id(slot), []).append(talk)
        slots[id(slot)] = slot
    views = [_slot_view(program, slots[key], group) for key, group in by_slot.items()]
    partners: dict[str, tuple[str, ...]] = {}
    for view in views:
        partners.update(_partners(view))
    return _combine(views, partners)


def _slot_view(program: Program, slot: Slot, in_order: list[Paper]) -> SlotView:
    """The conflicts and hops of one slot's starred talks (given in time order)."""
    return SlotView(program.day_of(in_order[0]).date, slot, tuple(in_order),
                    tuple(overlapping_pairs(in_order, program.bounds)), _hops(program, in_order))


def _hops(program: Program, in_order: list[Paper]) -> tuple[Hop, ...]:
    # A change of room: for a published schedule two sessions of one room (before and after
    # a break) can share a slot, and staying put there is no hop.
    return tuple(Hop(a, b) for a, b in pairwise(in_order)
                 if a.session_id != b.session_id and a.end <= b.start
                 and program.session_of(a).track != program.session_of(b).track)


def _partners(view: SlotView) -> dict[str, tuple[str, ...]]:
    # Pairs come in time order of both talks, so every partner list is built in time order.
    partners: defaultdict[str, list[str]] = defaultdict(list)
    for a, b in view.conflicts:
        partners[a.id].append(b.id)
        partners[b.id].append(a.id)
    return {k: tuple(v) for k, v in partners.items()}


def _combine(views: list[SlotView], partners: dict[str, tuple[str, ...]]) -> Analysis:
    """One analysis from the views of every slot with a starred talk, in time order."""
    # chain.from_iterable, not a generator: 150,000 pairs are copied at C speed on a star key.
    return Analysis(
        conflicts=tuple(chain.from_iterable(v.conflicts for v in views)),
        hops=tuple(chain.from_iterable(v.hops for v in views)),
        slots=tuple(views),
        conflicts_with=partners,
    )


def reanalyze(program: Program, before: Analysis, starred: Iterable[str],
              changed: Iterable[str]) -> Analysis:
    """`analyze(program, starred)`, given the analysis of an agenda that differed from
    `starred` only in the `changed` ids: only the slots holding those are looked at again.

    A star key in the planner changes one id; sweeping every slot of a 10,000-talk agenda
    again took far longer than the key may. Even the changed slot's pairs are swept only when
    asked for (SlotView.conflicts): the partner lists and the hops are mended here.
    """
    with cycle_collector_paused():
        starred = starred if isinstance(starred, (set, frozenset)) else set(starred)
        papers = program.papers
        changed = {pid for pid in changed if pid in papers}
        touched = {id(program.slot_of(papers[pid])): program.slot_of(papers[pid])
                   for pid in changed}
        partners = dict(before.conflicts_with)
        views = [view for view in before.slots if id(view.slot) not in touched]
        hop_into, hop_from = dict(before._hop_into), dict(before._hop_from)
        for view in before.slots:
            if id(view.slot) in touched:  # its hops go; the slot's new view brings its own
                for h in view.hops:
                    del hop_into[h.dst.id], hop_from[h.src.id]
        # Only the changed talks and the talks they overlap have other partners now: their
        # lists are mended, not the whole slot's built again (10,000 pairs in a big slot).
        bounds, order = program.bounds, program.time_order
        for pid in changed:
            for other in partners.pop(pid, ()):
                rest = tuple(q for q in partners[other] if q != pid)
                if rest:
                    partners[other] = rest
                else:
                    del partners[other]
        for slot in touched.values():
            in_order = sorted((p for s in slot.sessions for p in s.papers if p.id in starred),
                              key=lambda p: order(p.id))
            if in_order:
                view = _unswept_view(program, slot, in_order)
                views.append(view)
                for h in view.hops:
                    hop_into[h.dst.id], hop_from[h.src.id] = h, h
            for p in in_order:
                if p.id not in changed:
                    continue
                start, end = bounds[p.id]
                overlapping = [q.id for q in in_order if q.id != p.id
                               and bounds[q.id][0] < end and start < bounds[q.id][1]]
                if overlapping:
                    partners[p.id] = tuple(overlapping)  # in time order, as _partners has it
                for q in overlapping:
                    if p.id not in partners.get(q, ()):
                        partners[q] = tuple(sorted((*partners.get(q, ()), p.id), key=order))
        views.sort(key=lambda v: program.time_order(v.starred[0].id))
        return Analysis._joined(tuple(views), partners, hop_into, hop_from)


def _unswept_view(program: Program, slot: Slot, in_order: list[Paper]) -> SlotView:
    """_slot_view's view, its conflicts swept when first asked for."""
    view = object.__new__(SlotView)
    for name, value in (("day", program.day_of(in_order[0]).date), ("slot", slot),
                        ("starred", tuple(in_order)), ("hops", _hops(program, in_order)),
                        ("_bounds", program.bounds)):
        object.__setattr__(view, name, value)
    return view
