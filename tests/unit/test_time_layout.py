"""The time grid's layout and moves, and hops on a published schedule (no Textual here)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.conflicts import analyze
from planner.formats import document
from planner.formats.common import DayDraft, Talk, build
from planner.program import parse_program
from planner.tui.navigation import STEP_MINUTES, DayLayout
from tests.schedule_files import twelve_rooms

TZ = timezone(timedelta(hours=1))
START = datetime(2025, 2, 1, 4, 0, tzinfo=TZ)


def program_of(talks: list[tuple[str, int, int]]):
    """talks: (room, start minute after 09:00, length in minutes); ids are their positions."""
    day = DayDraft(START.date(), START, START + timedelta(days=1))
    nine = START.replace(hour=9)
    for i, (room, minute, length) in enumerate(talks):
        at = nine + timedelta(minutes=minute)
        day.talks.append(Talk(str(i), f"T{i}", at, at + timedelta(minutes=length), room))
    return parse_program(build({"id": "t", "name": "T", "timezone": "Europe/Brussels"}, [day]))


def test_a_talk_takes_the_height_of_its_duration():
    program = program_of([("A", 0, 60), ("A", 65, 5), ("B", 7, 180)])
    layout = DayLayout(program, program.days[0])
    heights = {pid: p.row1 - p.row0 for pid, p in layout.by_id.items()}
    assert heights == {"0": 60 // STEP_MINUTES, "1": 1, "2": 180 // STEP_MINUTES + 1}
    assert layout.by_id["2"].row0 == 1  # 09:07 is in the line of 09:05


def test_moves_go_to_talks_in_time_order_never_into_empty_space():
    program = program_of([("A", 0, 30), ("A", 120, 30), ("B", 10, 30), ("C", 200, 20)])
    layout = DayLayout(program, program.days[0])
    cols = layout.used
    assert layout.step("0", 0, 1, cols) == "1"  # below, across the gap
    assert layout.step("1", 0, 1, cols) is None  # nothing below: stay
    assert layout.step("0", 1, 0, cols) == "2"  # right: on at the same time
    assert layout.step("2", 1, 0, cols) == "3"  # right: the nearest in time
    assert layout.step("3", 1, 0, cols) is None
    assert layout.step("3", -1, 0, [c for c in cols if c != 1]) == "1"  # B hidden


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ABCDE"), st.integers(0, 900), st.integers(1, 180)),
                min_size=1, max_size=40), st.data())
def test_every_move_lands_on_a_shown_talk(talks, data):
    program = program_of(talks)
    layout = DayLayout(program, program.days[0])
    cols = [c for c in layout.used if data.draw(st.booleans())] or layout.used[:1]
    shown = [pid for pid, p in layout.by_id.items() if p.col in cols]
    here = data.draw(st.sampled_from(shown))
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        target = layout.step(here, dx, dy, cols)
        if target is None:
            continue
        a, b = layout.by_id[here], layout.by_id[target]
        assert b.col in cols and target != here
        if dy:
            assert b.col == a.col and (b.row0 - a.row0) * dy > 0
        else:
            assert (cols.index(b.col) - cols.index(a.col)) * dx > 0
    # Every line of every shown talk finds that talk: what is drawn is what is chosen.
    for pid in shown:
        p = layout.by_id[pid]
        assert all(layout.at(p.col, r).paper.id == pid for r in range(p.row0, p.row1))


def test_a_talk_past_midnight_is_below_the_evening():
    program = parse_program(document(twelve_rooms().encode()))
    layout = DayLayout(program, program.days[0])
    late, night = (layout.by_id[p.id] for p in program.papers.values()
                   if p.title in ("Late talk before midnight", "Talk past midnight"))
    assert late.row1 <= night.row0 and night.row1 == layout.height


def test_staying_in_a_room_across_a_break_is_no_hop():
    # Room A before and after an hour's break (two sessions), while B runs all along.
    program = program_of([("A", 0, 30), ("A", 90, 30), ("B", 0, 150), ("C", 125, 20)])
    assert len({p.session_id for p in program.papers.values()}) == 4
    assert analyze(program, {"0", "1"}).hops == ()
    hops = analyze(program, {"1", "3"}).hops
    assert [(h.src.id, h.dst.id) for h in hops] == [("1", "3")]
