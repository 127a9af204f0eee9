"""The first screen is few widgets (issue 14: the whole first screen, footer included, as fast
as a minimal Textual app): each one mounted is styled, laid out and drawn before the screen
shows. Asserted by counting widgets and looking at what is drawn, never by timing."""

from __future__ import annotations

from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

from planner.program import Program
from planner.tui.agenda_screen import AgendaScreen
from planner.tui.footer import GridFooter
from planner.tui.schedule import ScheduleScreen
from tests.tui.helpers import make_app, settle
from tests.tui.schedules import schedule_app


def footer_text(app) -> str:
    footer = app.screen.query_one(GridFooter)
    return footer.render_line(0).text


async def test_the_first_screen_is_a_dozen_widgets(tmp_path):
    # Textual's footer alone was eleven widgets (a key each, a group, its label): twenty-two
    # on the first screen in all.
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        widgets = list(app.screen.walk_children())
        assert len(widgets) <= 12, [type(w).__name__ for w in widgets]
        assert not app.screen.query(FooterKey)


async def test_the_footer_draws_the_screen_s_keys_from_its_first_frame(tmp_path, monkeypatch):
    drawn: list[str] = []
    render_line = GridFooter.render_line
    monkeypatch.setattr(GridFooter, "render_line",
                        lambda self, y: drawn.append(t := render_line(self, y)) or t)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = drawn[0].text
        for key in ("space Star", "⏎ Details", "+-", "Level", "a Agenda", "/ Search",
                    "? Help", "q Quit"):
            assert key in first, first
        await pilot.press("a")  # another screen keeps Textual's footer
        await settle(pilot)
        assert isinstance(app.screen, AgendaScreen) and app.screen.query(TextualFooter)
        await pilot.press("escape")
        await settle(pilot)
        assert footer_text(app) == first


async def test_the_footer_follows_the_focused_grid_s_keys(tmp_path):
    # The time grid has a key of its own (x hides a room), shown while it has the focus.
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert footer_text(app).startswith(" x Hide  space Star")
        app.screen.set_focus(None)
        await pilot.pause()
        assert "Hide" not in footer_text(app) and "q Quit" in footer_text(app)


async def test_a_click_on_a_footer_key_presses_it(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        x = footer_text(app).index(" a Agenda") + 1
        await pilot.click(GridFooter, offset=(x, 0))
        await settle(pilot)
        assert isinstance(app.screen, AgendaScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ScheduleScreen)
        x = footer_text(app).index("space Star")
        pid = app.screen.current
        await pilot.click(GridFooter, offset=(x, 0))
        await settle(pilot)
        assert pid in app.agenda.starred


async def test_a_footer_key_under_the_mouse_shows_its_tooltip(tmp_path):
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(GridFooter)
        await pilot.hover(GridFooter, offset=(1, 0))  # x Hide
        assert footer.tooltip == "Hide the room under the cursor (X shows all)"
        await pilot.hover(GridFooter, offset=(footer_text(app).index("+"), 0))
        assert footer.tooltip == "Level+"
        await pilot.hover(GridFooter, offset=(footer_text(app).index("Star"), 0))
        assert footer.tooltip is None  # no tooltip of its own, as in Textual's footer


async def test_starting_never_spells_out_the_program(tmp_path, monkeypatch):
    # A worker's default description is the repr of what it runs: for the search index, a
    # method of the program, whose repr is every paper (milliseconds here, half a second
    # at 10,000 papers, on the UI thread before the first frame).
    spelled: list[object] = []
    monkeypatch.setattr(Program, "__repr__", lambda self: spelled.append(self) or "Program")
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await app.search_ready()
    assert spelled == []
