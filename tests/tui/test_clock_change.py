"""The time grid on the days the clocks change: its lines read as the clock and the talks do.

Europe/Zurich, 2025 (tests/schedule_files.py `clock_changes`): on March 30 the clocks skip
02:00-03:00, on October 26 they repeat 02:00-03:00. Lines are five minutes of real time each,
so a talk keeps the height of its length, and the time column says what the clock says.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from planner.formats import document
from planner.program import parse_program
from planner.tui.navigation import DayLayout
from planner.tui.time_grid import TIME_WIDTH
from tests.schedule_files import clock_changes
from tests.tui.helpers import settle
from tests.tui.schedules import schedule_app
from tests.tui.test_time_grid import grid, screen_lines

CLOCKS = parse_program(document(clock_changes().encode()))
ZURICH = ZoneInfo("Europe/Zurich")


def times(layout: DayLayout) -> list[str]:
    """The time column as labels: each half hour's line, and the lines that name a change."""
    out = []
    for row in range(layout.height):
        t = layout.clock(row)
        if t.minute % 30 == 0:
            out.append(f"{t:%H:%M}")
        if row - 1 in layout.changes:
            out.append(f"→{layout.changes[row - 1]}")
    return out


def test_the_repeated_hour_comes_twice_and_says_so():
    layout = DayLayout(CLOCKS, CLOCKS.days[1])
    assert times(layout) == ["00:00", "00:30", "01:00", "01:30", "02:00", "02:30",
                             "02:00", "→CET", "02:30", "03:00", "03:30"]
    # The second 02:30 is in the line of the second 02:30, an hour below the first.
    first, second = (layout.by_id[pid] for pid in ("402", "403"))
    assert f"{layout.clock(first.row0):%H:%M%z}" == "02:30+0200"
    assert f"{layout.clock(second.row0):%H:%M%z}" == "02:30+0100"
    assert second.row0 - first.row0 == 60 // 5


def test_the_skipped_hour_is_left_out_and_says_so():
    layout = DayLayout(CLOCKS, CLOCKS.days[0])
    assert times(layout) == ["01:00", "01:30", "03:00", "→CEST", "03:30"]
    across = layout.by_id["301"]
    assert across.row1 - across.row0 == 60 // 5  # 01:30 to 03:30 is an hour
    assert f"{layout.clock(layout.by_id['302'].row0):%H:%M}" == "03:30"


def test_a_day_without_a_change_names_none():
    layout = DayLayout(CLOCKS, CLOCKS.days[1])
    assert list(layout.changes) == [36]  # 02:00 the second time, three hours after 00:00
    march = DayLayout(CLOCKS, CLOCKS.days[0])
    assert march.changes == {12: "CEST"}
    from tests.tui.schedules import TWELVE

    assert DayLayout(TWELVE, TWELVE.days[0]).changes == {}


async def test_on_screen_the_second_0230_is_under_the_second_0200(tmp_path):
    # It is 02:40 the second time round: the now line is in the second talk, not the first.
    now = datetime(2025, 10, 26, 2, 40, fold=1, tzinfo=ZURICH)
    app = schedule_app(tmp_path, CLOCKS, clock=lambda: now)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.jump_to("403")
        await settle(pilot)
        lines = screen_lines(app)
        column = [line[:TIME_WIDTH].strip() for line in lines]
        first = next(i for i, line in enumerate(lines) if "02:30 CEST The first 02:30" in line)
        second = next(i for i, line in enumerate(lines) if "02:30 CET The second 02:30" in line)
        # Between the two talks: the first 02:30, then 02:00 again, marked, then 02:30 again.
        assert [c for c in column[first:second + 1] if c] == [":30", "02:00", "→CET", ":30"]
        assert second - first == 60 // 5
        # The clock shows 02:40 the second time: two lines into the second talk.
        assert column[second + 2] == "▸02:40"
        assert "▸" not in "".join(column[:second])
        assert grid(app).cursor == "403"
