"""A title, a room, a name or a note of megabytes: every view gets only what it can show.

Program files are data from anyone. Each check counts the characters a view is handed (what
Textual would wrap and measure on every frame), never time.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from textual.widgets import Static, TextArea

from planner.program import parse_program
from planner.tui.details import LONGEST, LONGEST_ABSTRACT, LONGEST_NOTE, DetailsScreen
from planner.tui.focus_line import FocusLine
from planner.tui.widgets import DayGrid
from tests.helpers_programs import make_program
from tests.tui.helpers import make_app, on_disk, settle

HUGE = 2_000_000
TITLE = "Huge title " + "x" * HUGE
ROOM = "Huge room " + "r" * HUGE
PERSON = "Huge name " + "n" * HUGE
NOTE = "Huge note " + "o" * HUGE


def huge_program():
    doc = make_program([[[(0, 30), (30, 30)]], [[(0, 60)]]])
    doc["conference"]["tracks"][0] = ROOM
    session = doc["days"][0]["sessions"][0]
    session["track"] = ROOM
    session["title"] = "Huge session " + "s" * HUGE
    talk = session["papers"][0]
    talk["title"] = TITLE
    talk["abstract"] = "<p>Huge abstract</p><p>" + "word " * (HUGE // 5) + "</p>"
    talk["authors"] = [{"name": PERSON, "affiliations": ["Huge place " + "p" * HUGE]},
                       *({"name": f"Person {k}", "affiliations": []} for k in range(5_000))]
    return parse_program(doc)


def shown(app, selector: str, widget=Static) -> str:
    return str(app.screen.query_one(selector, widget).render())


async def test_the_grid_the_focus_line_and_the_details_take_what_they_show(tmp_path):
    app = make_app(tmp_path, starred={"t0s0p0": NOTE},
                   program=huge_program())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        grid = app.screen.query_one("#grid", DayGrid)
        app.jump_to("t0s0p0")
        await settle(pilot)
        assert grid.cursor == "t0s0p0"
        assert "Huge title xxx" in grid.line_of("t0s0p0")
        line = shown(app, "#focus-line", FocusLine)
        assert "Huge title xxx" in line and "Huge room rrr" in line
        assert len(line) < 4 * 5 * 120  # five lines of 120 cells for each text, and the rest

        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen)
        title = shown(app, "#details-title")
        assert title.startswith("Huge title xxx") and len(title) < LONGEST + 100
        assert f"cut: {len(TITLE):,} characters" in title  # says so, with the whole length
        authors = shown(app, "#details-authors")
        assert "Huge name nnn" in authors and len(authors) < 3 * LONGEST
        assert authors.endswith("and 5,000 more")
        assert len(shown(app, "#details-meta")) < 3 * LONGEST
        abstract = str(app.screen.query(".details-text").first().render())
        assert abstract.startswith("Huge abstract") and len(abstract) < 2 * LONGEST_ABSTRACT
        assert abstract.endswith("characters shown)")
        # The note: shown cut and read-only (typing cannot save the cut text over it).
        note = app.screen.query_one("#note", TextArea)
        assert note.read_only and note.text.startswith("Huge note ooo")
        assert len(note.text) <= LONGEST_NOTE
        await pilot.press("a", "b", "escape")
        await settle(pilot)
        assert on_disk(app) == {"t0s0p0": NOTE}


async def test_the_agenda_plan_and_gaps_screens_take_what_they_show(tmp_path):
    app = make_app(tmp_path, starred={"t0s0p0": NOTE, "t1s0p0": ""}, program=huge_program())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for key, screen in (("a", "AgendaScreen"), ("p", "PlanScreen"), ("g", "GapsScreen")):
            app.jump_to("t0s0p0")
            await pilot.press(key)
            await settle(pilot)
            assert type(app.screen).__name__ == screen
            text = "\n".join("".join(s.text for s in strip)
                             for strip in app.screen._compositor.render_strips())
            assert "Huge title xxx" in text or key == "g"  # no gap beside it: not listed
            for summary in app.screen.query(".list-summary, .focus-line"):
                assert len(str(summary.render())) < 4 * 5 * 120


async def test_the_header_names_the_next_talks_room_in_a_line(tmp_path):
    at = datetime(2025, 7, 7, 9, 10, tzinfo=timezone(timedelta(hours=-4)))
    app = make_app(tmp_path, starred={"t0s0p1": ""}, program=huge_program(), clock=lambda: at)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.sub_title.startswith("next ★ in 20 min · Huge room rrr")
        assert len(app.sub_title) < 400
