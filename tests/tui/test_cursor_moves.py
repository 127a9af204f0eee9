"""A cursor move on the slot grid builds the lines of the two talks it moved between, not
the day (issue 14: a 25,000-talk day took seconds per move). Counted, never timed."""

from __future__ import annotations

from planner.tui.widgets import DayGrid
from tests.tui.helpers import make_app, settle


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
