"""What the planner looks like: each day at 120x40, the busiest day at 80x24, light theme, details."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests.tui.helpers import make_app, settle

# A few stars, a conflict (Monday 10:45 in both tracks), a tight hop (poby -> jenga),
# a conflict on Tuesday and Wednesday, and a note with markup-like text.
STARS = {"fast-acs": "", "gmi-drl": "", "poby": "", "jenga": "[b]bring questions[/b]",
         "weaver": "", "hotrap": "", "plus": "", "hec": "", "drack": "", "shieldreduce": ""}


def day(key: str):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)

    return run_before


@pytest.mark.parametrize("key", ["1", "2", "3"])
def test_each_day(snap_compare, tmp_path, key):
    assert snap_compare(make_app(tmp_path, STARS), terminal_size=(120, 40), run_before=day(key))


def test_busiest_day_at_80x24(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path, STARS), terminal_size=(80, 24), run_before=day("2"))


def test_light_theme(snap_compare, tmp_path):
    app = make_app(tmp_path, STARS)
    app.theme = "textual-light"
    assert snap_compare(app, terminal_size=(120, 40), run_before=day("1"))


def test_details(snap_compare, tmp_path):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("right", "enter")
        await settle(pilot)

    assert snap_compare(make_app(tmp_path, STARS), terminal_size=(120, 40), run_before=run_before)


def test_agenda(snap_compare, tmp_path):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)

    assert snap_compare(make_app(tmp_path, STARS), terminal_size=(120, 40), run_before=run_before)


def test_details_at_80x24(snap_compare, tmp_path):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("right", "enter")
        await settle(pilot)

    assert snap_compare(make_app(tmp_path, STARS), terminal_size=(80, 24), run_before=run_before)


def test_agenda_at_80x24(snap_compare, tmp_path):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)

    assert snap_compare(make_app(tmp_path, STARS), terminal_size=(80, 24), run_before=run_before)


def during_the_conference(tmp_path):
    """Monday 10:52 in Boston, with a colleague's agenda on show."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner.share import Shared, SharedEntry

    at = datetime(2025, 7, 7, 10, 52, tzinfo=ZoneInfo("America/New_York"))
    app = make_app(tmp_path, STARS, clock=lambda: at)

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        app.colleague = Shared("atc25", {"fast-acs": SharedEntry(), "deepserve": SharedEntry(),
                                         "mtuner": SharedEntry()}, "alice.json")
        await settle(pilot)

    return app, run_before


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_now_line_and_a_colleague(snap_compare, tmp_path, size):
    app, run_before = during_the_conference(tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=run_before)
