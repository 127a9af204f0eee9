"""A cursor move on the slot grid builds the lines of the two talks it moved between, not
the day (issue 14: a 25,000-talk day took seconds per move). Counted, never timed."""

from __future__ import annotations

from planner.program import parse_program
from planner.tui.navigation import slots_fit
from planner.tui.time_grid import TimeGrid
from planner.tui.widgets import DayGrid
from tests.helpers_programs import make_program
from tests.tui.helpers import PROGRAM, make_app, settle


def grid(app) -> DayGrid:
    return app.screen.query_one("#grid", DayGrid)


def drawn(g: DayGrid) -> list[tuple[str, list]]:
    return [(line.plain, list(line.spans)) for line in g._lines(g.size.width)]


async def test_a_cursor_move_builds_two_lines_and_draws_no_day(tmp_path):
    app = make_app(tmp_path, {"jenga": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = grid(app)
        days, lines = [], []
        real_draw, real_line = g._draw, g._slot_line
        g._draw = lambda width: days.append(width) or real_draw(width)
        g._slot_line = lambda *args: lines.append(args[3]) or real_line(*args)
        for key in ("down", "right", "down", "left", "up"):
            before = g.cursor
            days.clear(), lines.clear()
            await pilot.press(key)
            await settle(pilot)
            assert g.cursor != before, key
            assert days == [] and len(lines) == 2, key
            # What is drawn is what drawing the day anew gives.
            moved = drawn(g)
            g._drawn_for = None
            assert drawn(g) == moved
        # A star, then a move: the star redraws (its own way), the move still does not.
        await pilot.press("space")
        await settle(pilot)
        days.clear(), lines.clear()
        await pilot.press("down")
        await settle(pilot)
        assert days == [] and len(lines) == 2


async def test_rooms_out_of_step_are_drawn_on_the_time_grid(tmp_path):
    # T0's two sessions and T1's overlap in a chain, so one slot holds both of T0's: the slot
    # grid left one out (its talk had the cursor, and the first move crashed).
    program = parse_program(make_program([[[(0, 30)], [(30, 30)]], [[(20, 30)]]]))
    assert not slots_fit(program) and slots_fit(PROGRAM)
    app = make_app(tmp_path, program=program)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = app.screen.query_one("#grid", TimeGrid)
        assert g.cursor == "t0s0p0"
        seen = [g.cursor]
        for key in ("down", "right", "left", "up"):
            await pilot.press(key)
            await settle(pilot)
            seen.append(g.cursor)
        assert seen == ["t0s0p0", "t0s1p0", "t1s0p0", "t0s0p0", "t0s0p0"]


async def test_a_star_draws_its_own_slot_and_no_other(tmp_path):
    # A star changes the marks of its talk and of the talks it overlaps or hops to, all in its
    # slot: the rest of the day is kept as drawn (a 25,000-talk day took a third of a second).
    app = make_app(tmp_path, {"jenga": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = grid(app)
        asked: list[str] = []
        real_marks = g.marks
        g.marks = lambda pid: asked.append(pid) or real_marks(pid)
        seen_slots = 0
        for key in ("space", "down", "space", "plus", "minus", "v", "space", "v", "down",
                    "space", "right", "space"):
            asked.clear()
            await pilot.press(key)
            await settle(pilot)
            slot = next(s for s in g.slots for x in s.sessions for p in x.papers
                        if p.id == g.cursor)
            in_slot = {p.id for x in slot.sessions for p in x.papers}
            if key in ("space", "plus", "minus"):
                assert asked and set(asked) <= in_slot, key
                seen_slots += 1
            # What is drawn is what drawing the day anew gives.
            after = drawn(g)
            g._drawn_for = None
            assert drawn(g) == after, key
        assert seen_slots == 7 and app.agenda.starred - {"jenga"}
