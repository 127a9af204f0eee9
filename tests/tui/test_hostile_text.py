"""No escape sequence from a program file, a note or an error reaches the terminal."""

from __future__ import annotations

from textual.widgets import TextArea

from planner.program import parse_program
from planner.tui.details import DetailsScreen
from tests.hostile import ATTACKS, BIDI, BIDI_ATTACK, CONTROL, hostile_program
from tests.tui.helpers import make_app, on_disk, settle

NOTE = "".join(ATTACKS)


def screen_text(app) -> str:
    """Every character the compositor would send to the terminal for the current screen."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


async def visit_everything(app, pilot) -> list[str]:
    """The grid, details (with a note), the agenda, search and a notification."""
    seen = []
    await settle(pilot)
    seen.append(screen_text(app))
    await pilot.press("space")  # star the first talk (a conflict toast names titles)
    await settle(pilot)
    seen.append(screen_text(app))
    await pilot.press("enter")
    await settle(pilot)
    seen.append(screen_text(app))
    await pilot.press("escape")
    await pilot.press("a")
    await settle(pilot)
    seen.append(screen_text(app))
    await pilot.press("a", "slash")
    await pilot.press(*"talk")
    await settle(pilot)
    seen.append(screen_text(app))
    return seen


async def test_program_text_and_notes_are_drawn_printable(tmp_path):
    program = parse_program(hostile_program())
    app = make_app(tmp_path, starred={"t1s0p0": NOTE}, program=program)
    async with app.run_test(size=(120, 40)) as pilot:
        app.notify(f"path {NOTE}", title=NOTE)
        for text in await visit_everything(app, pilot):
            assert not CONTROL.search(text), repr(CONTROL.search(text))
        assert "␛" in "".join(await visit_everything(app, pilot))


async def test_bidirectional_controls_in_titles_and_notes_are_never_drawn(tmp_path):
    program = parse_program(hostile_program(BIDI_ATTACK))
    app = make_app(tmp_path, starred={"t1s0p0": BIDI_ATTACK}, program=program)
    async with app.run_test(size=(120, 40)) as pilot:
        app.notify(f"path {BIDI_ATTACK}", title=BIDI_ATTACK)
        seen = await visit_everything(app, pilot)
        for text in seen:
            assert not BIDI.search(text), repr(BIDI.search(text))
        assert "\ufffdgnp.exe\ufffd" in "".join(seen)  # an override shows where it stood
        assert on_disk(app)["t1s0p0"] == BIDI_ATTACK  # the note is stored as it was typed


async def test_a_note_with_control_characters_is_kept_when_not_edited(tmp_path):
    program = parse_program(hostile_program())
    app = make_app(tmp_path, starred={"t0s0p0": NOTE}, program=program)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_details("t0s0p0")
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen)
        assert not CONTROL.search(app.screen.query_one("#note", TextArea).text)
        await pilot.press("escape")
        await settle(pilot)
        assert on_disk(app) == {"t0s0p0": NOTE}


async def test_export_from_the_tui_leaves_control_characters_out(tmp_path):
    from ical.calendar_stream import IcsCalendarStream

    program = parse_program(hostile_program())
    app = make_app(tmp_path, starred={"t0s0p0": NOTE}, program=program)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
    data = (tmp_path / "out.ics").read_text()
    assert not CONTROL.search(data.replace("\r\n", ""))
    [event] = IcsCalendarStream.calendar_from_ics(data).events
    # Escape sequences are left out whole, not just their ESC.
    assert "Talk clearedtitlelinkclipred" in event.summary and "␛" not in event.summary
