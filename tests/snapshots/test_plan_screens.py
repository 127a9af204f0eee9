"""What the plan looks like: the plan screen at 120x40 and 80x24, the grid with the plan on it,
and the gaps screen (levels set: a must, wants and a maybe)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests.snapshots.test_screens import STARS
from tests.tui.helpers import make_app, settle


def keys(*pressed: str):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        # gmi-drl (Monday 10:45, Track 2) becomes a must, fast-acs beside it a maybe.
        await pilot.press("right", "plus", "plus", "left", "minus", *pressed)
        await settle(pilot)

    return run_before


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_plan_screen(snap_compare, tmp_path, size):
    assert snap_compare(make_app(tmp_path, STARS), terminal_size=size, run_before=keys("p"))


def test_plan_on_the_grid(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path, STARS), terminal_size=(120, 40),
                        run_before=keys("v"))


def test_gaps_screen(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path, STARS), terminal_size=(120, 40),
                        run_before=keys("g"))
