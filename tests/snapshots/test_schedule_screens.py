"""What a published schedule looks like: a 12-room day, scrolled sideways, rooms hidden, and
the night after midnight."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.helpers import settle
from tests.tui.schedules import TWELVE, schedule_app, talk

# Two talks at the same time in rooms 1 and 2 (a conflict) and one later in room 1.
STARS = {talk(TWELVE, "Talk 1 in room 1"): "", talk(TWELVE, "Talk 7 in room 2"): "",
         talk(TWELVE, "Talk 3 in room 1"): ""}


async def settled(pilot: Pilot) -> None:
    await settle(pilot)


def test_twelve_rooms_at_120x40(snap_compare, tmp_path):
    assert snap_compare(schedule_app(tmp_path, starred=STARS), terminal_size=(120, 40),
                        run_before=settled)


def test_twelve_rooms_at_80x24_scrolled_with_a_room_hidden(snap_compare, tmp_path):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("right", "right", "x", "right", "right", "down")
        await settle(pilot)

    assert snap_compare(schedule_app(tmp_path, starred=STARS), terminal_size=(80, 24),
                        run_before=run_before)


def test_a_talk_past_midnight(snap_compare, tmp_path):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        pilot.app.jump_to(talk(TWELVE, "Talk past midnight"))
        await settle(pilot)

    assert snap_compare(schedule_app(tmp_path, starred=STARS), terminal_size=(120, 40),
                        run_before=run_before)
