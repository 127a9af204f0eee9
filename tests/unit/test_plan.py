"""The best plan: exact (checked against exhaustive search), each tie-break, must-vs-must."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.agenda import LEVELS
from planner.plan import best_sequence, make_plan, plan_score, replan
from planner.program import load_program, parse_program
from tests.helpers_programs import make_program

DAY = date(2025, 7, 7)


def exhaustive(starts, ends, rooms, levels, walk) -> list[int]:
    """Every feasible sequence, the best by (score, earliest): the definition, spelled out."""
    n = len(starts)
    best: tuple | None = None

    def fits(a: int, b: int) -> bool:
        return starts[b] >= ends[a] + (walk if rooms[a] != rooms[b] else 0)

    def visit(seq: list[int], nxt: int) -> None:
        nonlocal best
        if seq:
            score = plan_score([LEVELS[levels[i]] for i in seq], [rooms[i] for i in seq])
            # Higher score first; among equals the sequence that is earlier, talk by talk.
            cand = (score, [-i for i in seq])
            if best is None or cand > best:
                best = cand
        for k in range(nxt, n):
            if not seq or fits(seq[-1], k):
                visit([*seq, k], k + 1)

    visit([], 0)
    return [-i for i in best[1]] if best else []


@st.composite
def days(draw):
    n = draw(st.integers(0, 14))
    rooms = draw(st.integers(1, 5))
    talks = []
    for _ in range(n):
        start = draw(st.integers(0, 120)) * 5
        length = draw(st.integers(1, 12)) * 5
        talks.append((start, start + length, f"R{draw(st.integers(0, rooms - 1))}",
                      draw(st.integers(0, 2))))
    talks.sort()
    walk = draw(st.integers(0, 10)) * 60
    return talks, walk


def columns(talks):
    return ([t[0] * 60 for t in talks], [t[1] * 60 for t in talks], [t[2] for t in talks],
            [t[3] for t in talks])


@settings(max_examples=300, deadline=None)
@given(days())
def test_the_plan_is_the_best_by_exhaustive_search(day):
    talks, walk = day
    starts, ends, rooms, levels = columns(talks)
    got = best_sequence(starts, ends, rooms, levels, walk)
    want = exhaustive(starts, ends, rooms, levels, walk)
    score = plan_score  # same score every time, and the same talks: the tie-breaks are total
    assert score([LEVELS[levels[i]] for i in got], [rooms[i] for i in got]) == \
        score([LEVELS[levels[i]] for i in want], [rooms[i] for i in want])
    assert got == want


# --- each rule on a real program: tracks[t][s] = talks (start minute after 09:00, length) ----


def plan_of(tracks, levels: dict[str, str], walk: int = 0):
    program = parse_program(make_program(tracks))
    return make_plan(program, levels, walk), program


def ids(plan) -> list[str]:
    return [p.id for d in plan.days for p in d.attend]


def test_one_must_beats_two_wants():
    plan, _ = plan_of([[[(0, 60)]], [[(0, 30), (30, 30)]]],
                      {"t0s0p0": "must", "t1s0p0": "want", "t1s0p1": "want"})
    assert ids(plan) == ["t0s0p0"]
    assert {pid: x.because.id for pid, x in plan.dropped.items()} == {
        "t1s0p0": "t0s0p0", "t1s0p1": "t0s0p0"}
    assert plan.coverage == {"must": (1, 1), "want": (0, 2), "maybe": (0, 0)}


def test_one_want_beats_two_maybes():
    plan, _ = plan_of([[[(0, 30), (30, 30)]], [[(0, 60)]]],
                      {"t0s0p0": "maybe", "t0s0p1": "maybe", "t1s0p0": "want"})
    assert ids(plan) == ["t1s0p0"]


def test_a_maybe_is_worth_two_room_changes():
    # Track 0: wants at 09:00 and 10:00; track 1: a maybe at 09:30 in between.
    plan, _ = plan_of([[[(0, 30)], [(60, 30)]], [[(30, 30)]]],
                      {"t0s0p0": "want", "t0s1p0": "want", "t1s0p0": "maybe"})
    assert ids(plan) == ["t0s0p0", "t1s0p0", "t0s1p0"] and plan.room_changes == 2


def test_fewer_room_changes_beat_an_earlier_talk():
    # Two wants at 09:30, one per track; track 0's comes first in time order, but the 09:00
    # want is in track 1, so staying there saves a room change.
    plan, program = plan_of([[[(30, 30)]], [[(0, 30), (30, 30)]]],
                            {"t0s0p0": "want", "t1s0p0": "want", "t1s0p1": "want"})
    assert program.time_order("t0s0p0") < program.time_order("t1s0p1")
    assert ids(plan) == ["t1s0p0", "t1s0p1"] and plan.room_changes == 0
    # With no talk before them, the earlier of the two wins instead.
    plan, _ = plan_of([[[(30, 30)]], [[(0, 30), (30, 30)]]],
                      {"t0s0p0": "want", "t1s0p1": "want"})
    assert ids(plan) == ["t0s0p0"]


def test_among_equals_the_earliest_wins_and_the_choice_is_the_same_every_time():
    tracks = [[[(0, 30)]], [[(10, 30)]], [[(5, 30)]]]
    levels = {"t0s0p0": "want", "t1s0p0": "want", "t2s0p0": "want"}
    plan, _ = plan_of(tracks, levels)
    assert ids(plan) == ["t0s0p0"]
    assert all(ids(plan_of(tracks, dict(reversed(levels.items())))[0]) == ["t0s0p0"]
               for _ in range(3))
    assert {x.because.id for x in plan.dropped.values()} == {"t0s0p0"}


def test_a_walk_time_separates_back_to_back_talks_in_two_rooms_only():
    tracks = [[[(0, 30), (30, 30)]], [[(30, 30)]]]
    levels = {"t0s0p0": "want", "t1s0p0": "must"}
    assert ids(plan_of(tracks, levels, walk=0)[0]) == ["t0s0p0", "t1s0p0"]
    plan, _ = plan_of(tracks, levels, walk=5)
    assert ids(plan) == ["t1s0p0"]
    dropped = plan.dropped["t0s0p0"]
    assert (dropped.because.id, dropped.reason) == ("t1s0p0", "walk")
    same_room = {"t0s0p0": "want", "t0s0p1": "must"}
    assert ids(plan_of(tracks, same_room, walk=5)[0]) == ["t0s0p0", "t0s0p1"]


def test_a_dropped_talk_names_the_higher_level_in_its_way_overlap_or_walk():
    # Track 0: a want 09:00-09:15, then a must 09:15-09:30. Track 1: a must 09:00-09:15.
    # The track-1 must overlaps the want, but the must it cannot walk to is why it goes.
    tracks = [[[(0, 15), (15, 15)]], [[(0, 15)]]]
    levels = {"t0s0p0": "want", "t0s0p1": "must", "t1s0p0": "must"}
    plan, _ = plan_of(tracks, levels, walk=5)
    assert ids(plan) == ["t0s0p0", "t0s0p1"]
    dropped = plan.dropped["t1s0p0"]
    assert (dropped.because.id, dropped.reason) == ("t0s0p1", "walk")
    # Of the same level, the overlap is named.
    plan, _ = plan_of(tracks, {**levels, "t0s0p0": "must"}, walk=5)
    assert (plan.dropped["t1s0p0"].because.id, plan.dropped["t1s0p0"].reason) == \
        ("t0s0p0", "overlap")


def test_colliding_musts_are_called_out_and_the_dropped_must_names_the_other():
    tracks = [[[(0, 30), (40, 30)]], [[(10, 30)]]]
    plan, _ = plan_of(tracks, {"t0s0p0": "must", "t1s0p0": "must", "t0s0p1": "want"})
    assert [(a.id, b.id) for a, b in plan.must_collisions] == [("t0s0p0", "t1s0p0")]
    assert not plan.every_must_fits
    assert ids(plan) == ["t0s0p0", "t0s0p1"]
    assert plan.dropped["t1s0p0"].because.id == "t0s0p0"
    # With a walk of 15, the must at 09:10-09:40 in track 1 also collides with... nothing new:
    # the want at 09:40 is not a must. Musts far enough apart do not collide.
    fine, _ = plan_of(tracks, {"t0s0p0": "must", "t0s0p1": "must"}, walk=10)
    assert fine.must_collisions == () and fine.every_must_fits


def test_a_must_too_close_to_walk_to_is_a_collision():
    tracks = [[[(0, 30)]], [[(35, 30)]]]
    levels = {"t0s0p0": "must", "t1s0p0": "must"}
    assert plan_of(tracks, levels, walk=5)[0].must_collisions == ()
    assert len(plan_of(tracks, levels, walk=6)[0].must_collisions) == 1


def test_ids_the_program_does_not_know_are_left_out():
    plan, _ = plan_of([[[(0, 30)]]], {"t0s0p0": "maybe", "gone": "must"})
    assert ids(plan) == ["t0s0p0"] and plan.coverage["must"] == (0, 0)
    assert plan.coverage_phrase == "attending 1 of 1 starred (0/0 must, 0/0 want, 1/1 maybe)"


ATC = load_program()
ATC_IDS = sorted(ATC.papers)
level_maps = st.dictionaries(st.sampled_from([*ATC_IDS, "not-a-paper"]), st.sampled_from(LEVELS),
                             max_size=40)


@settings(max_examples=150, deadline=None)
@given(level_maps, level_maps, st.integers(0, 3), st.integers(0, 12))
def test_a_plan_from_the_last_one_is_the_plan_from_scratch(before, edits, walk, drop):
    # The TUI plans again only the days whose stars changed (issue 14: a star at 10,000).
    after = {**before, **edits}
    for pid in sorted(after)[:drop]:
        del after[pid]
    old = make_plan(ATC, before, walk)
    new = replan(ATC, old, after)
    fresh = make_plan(ATC, after, walk)
    assert new.days == fresh.days and new.must_collisions == fresh.must_collisions
    assert dict(new.levels) == dict(fresh.levels) and dict(new.room_of) == dict(fresh.room_of)
    assert new.coverage == fresh.coverage and new.walk_minutes == walk
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    touched = {ATC.day_of(ATC.papers[p]).date for p in changed if p in ATC.papers}
    for d_old in old.days:  # the days nothing changed on are the very same day plans
        if d_old.date not in touched:
            assert any(d is d_old for d in new.days)


def test_every_level_has_its_mark():
    from planner.marks import LEVEL_MARK

    assert tuple(LEVEL_MARK) == LEVELS


class ReadCounting(dict):
    """A level map that counts the ids read from it, and whether it was gone through."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.read: list[str] = []
        self.walked = 0

    def __getitem__(self, pid):
        self.read.append(pid)
        return super().__getitem__(pid)

    def get(self, pid, default=None):
        self.read.append(pid)
        return super().get(pid, default)

    def items(self):
        self.walked += 1
        return super().items()

    def __iter__(self):
        self.walked += 1
        return super().__iter__()


@settings(max_examples=100, deadline=None)
@given(level_maps, level_maps, st.integers(0, 3), st.sets(st.sampled_from(ATC_IDS), max_size=5))
def test_a_plan_told_what_changed_reads_only_those_levels(before, edits, walk, extra):
    # The TUI knows which entries a star changed: the other 10,000 levels are not looked at.
    after = {**before, **edits}
    old = make_plan(ATC, before, walk)
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    levels = ReadCounting(after)
    new = replan(ATC, old, levels, changed | extra)  # more than changed is fine
    fresh = make_plan(ATC, after, walk)
    assert new.days == fresh.days and new.must_collisions == fresh.must_collisions
    assert dict(new.levels) == dict(fresh.levels) and new.coverage == fresh.coverage
    assert levels.walked == 0 and set(levels.read) <= changed | extra


dense_maps = st.dictionaries(st.sampled_from(ATC_IDS), st.sampled_from(LEVELS), min_size=20,
                             max_size=100)


@settings(max_examples=150, deadline=None)
@given(dense_maps, st.sampled_from(ATC_IDS), st.sampled_from([None, *LEVELS]),
       st.sampled_from([0, 1, 5, 10, 15, 30]))
def test_a_plan_after_one_star_keeps_only_the_reasons_it_may_and_is_the_plan_from_scratch(
        before, pid, level, walk):
    # A star, an unstar or a level: the key's change. The reasons of drops far from what the
    # plan changed are the last plan's (the very objects); all of them are what a fresh
    # plan says.
    after = {**before}
    if level is None:
        after.pop(pid, None)
    else:
        after[pid] = level
    old = make_plan(ATC, before, walk)
    new = replan(ATC, old, after, [pid])
    fresh = make_plan(ATC, after, walk)
    assert new.days == fresh.days and new.coverage == fresh.coverage


def test_a_star_on_a_talk_the_plan_drops_explains_that_drop_alone(monkeypatch):
    # At 10,000 stars a day holds 500 of them and its plan drops most: explaining every
    # drop again, for a star that changed none of the talks attended, was most of a plan.
    import planner.plan as planning

    levels = dict.fromkeys(ATC_IDS, "want")
    old = make_plan(ATC, levels)
    explained = []
    real = planning._Displacers.explain
    monkeypatch.setattr(planning._Displacers, "explain",
                        lambda self, talk: explained.append(talk.id) or real(self, talk))
    # A talk dropped from the plan of every star, unstarred, then starred as a maybe: still
    # dropped, for the same reason, and explained alone.
    for pid in sorted(old.dropped):
        without = {k: v for k, v in levels.items() if k != pid}
        old = make_plan(ATC, without)
        explained.clear()
        new = replan(ATC, old, {**without, pid: "maybe"}, [pid])
        if new.attending == old.attending:
            break
    else:
        raise AssertionError("no drop stays a drop")
    day = ATC.day_of(ATC.papers[pid]).date
    drops = next(d for d in new.days if d.date == day).drop
    assert explained == [pid] and len(drops) > 10
    assert new.days == make_plan(ATC, {**without, pid: "maybe"}).days
