"""The time grid on the night the clocks go back (Europe/Zurich, October 26 2025): 02:00 comes
twice, the second one marked with the zone's new name, and each 02:30 talk under its own."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from textual.pilot import Pilot

from planner.formats import document
from planner.program import parse_program
from tests.schedule_files import clock_changes
from tests.tui.helpers import settle
from tests.tui.schedules import schedule_app

CLOCKS = parse_program(document(clock_changes().encode()))
SECOND_0240 = datetime(2025, 10, 26, 2, 40, fold=1, tzinfo=ZoneInfo("Europe/Zurich"))


def test_the_night_the_clocks_go_back(snap_compare, tmp_path):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        pilot.app.jump_to("403")  # the second 02:30
        await settle(pilot)

    app = schedule_app(tmp_path, CLOCKS, starred={"402": "", "403": ""},
                       clock=lambda: SECOND_0240)
    assert snap_compare(app, terminal_size=(80, 34), run_before=run_before)
