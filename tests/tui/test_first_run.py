"""What a first run tripped on in the planner (issue 10), as a user meets it at 80x24."""

from __future__ import annotations

import html
import re

from textual.command import CommandPalette
from textual.widgets import Input, TextArea

from planner.agenda import AgendaStore
from planner.tui.agenda_screen import AgendaScreen
from planner.tui.details import DetailsScreen
from planner.tui.focus_line import FocusLine
from planner.tui.widgets import DayGrid
from tests.tui.helpers import PROGRAM, make_app, on_disk, settle


def grid(app) -> DayGrid:
    return app.screen.query_one("#grid", DayGrid)


def focus_line(app) -> str:
    return str(app.screen.query_one(FocusLine).render())


def screen_line(app, y: int) -> str:
    """One line of the screen as the terminal shows it."""
    texts = re.findall(rf'line-{y}\)">([^<]*)<', app.export_screenshot())
    return html.unescape("".join(texts)).replace("\xa0", " ")


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def type_a_note(pilot, text: str) -> None:
    await pilot.press("enter")
    await settle(pilot)
    pilot.app.screen.query_one("#note", TextArea).focus()
    await pilot.press(*text)


# --- 1. a typed note survives the app ending --------------------------------------------


async def test_ctrl_q_in_the_details_keeps_the_typed_note(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_a_note(pilot, "bring printer")
        await pilot.press("ctrl+q")
    assert on_disk(app) == {"fast-acs": "bring printer"}


async def test_the_quit_key_after_the_details_keeps_the_typed_note(tmp_path):
    app = make_app(tmp_path, starred={"fast-acs": "old"})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_a_note(pilot, "new and ")
        await pilot.press("tab", "q")  # on the dialog's buttons `q` is no key: nothing lost
        assert isinstance(app.screen, DetailsScreen)
        await pilot.press("escape", "q")
    assert on_disk(app)["fast-acs"] == "new and old"


async def test_ctrl_c_does_not_end_the_app_or_lose_the_note(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_a_note(pilot, "keep me")
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, DetailsScreen)
        assert app.screen.query_one("#note", TextArea).text == "keep me"
        await pilot.press("ctrl+q")
    assert on_disk(app) == {"fast-acs": "keep me"}


async def test_typing_right_after_opening_the_details_writes_the_note(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"typed then quit")
        await pilot.press("ctrl+q")
    assert on_disk(app) == {"fast-acs": "typed then quit"}


async def test_a_note_saved_by_another_terminal_while_typing_is_kept_with_ours(tmp_path):
    app = make_app(tmp_path, starred={"fast-acs": "old"})
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await type_a_note(pilot, "mine ")
        # Another atc-planner (`atc-planner note fast-acs ...`) saves while the dialog is open.
        AgendaStore(app.store.path).update(lambda a: a.with_note("fast-acs", "from the CLI"))
        await pilot.press("escape")
        await settle(pilot)
        assert any("both are kept" in m for m in messages(app))
    assert on_disk(app)["fast-acs"] == "mine old\n[saved meanwhile elsewhere] from the CLI"


# --- 2. unstarring a talk with a note can be undone ---------------------------------------


async def test_unstarring_in_the_agenda_says_the_note_went_and_u_brings_it_back(tmp_path):
    app = make_app(tmp_path, starred={"hec": "ask about the µ-kernel"})
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(app) == {}
        assert any("its note went with it" in m and "u to undo" in m for m in messages(app))
        await pilot.press("u")
        await settle(pilot)
        assert on_disk(app) == {"hec": "ask about the µ-kernel"}
        entry = app.store.load().agenda.entries["hec"]
        assert entry.starred_at == "2025-06-01T12:00:00+00:00"  # the star as it was


async def test_star_unstar_star_in_the_details_keeps_the_note_and_level_it_shows(tmp_path):
    # ctrl+s twice took the star back, and the dialog still showed the note, but the note
    # and the level were gone: closing saved nothing, as the box had not changed.
    app = make_app(tmp_path, starred={"fast-acs": "hello note"})
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.change_level("fast-acs", 1)  # want -> must
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert on_disk(app) == {}
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen.query_one("#note", TextArea).text == "hello note"
        await pilot.press("escape")
        await settle(pilot)
    entry = app.store.load().agenda.entries["fast-acs"]
    assert (entry.note, entry.level) == ("hello note", "must")
    assert entry.starred_at == "2025-06-01T12:00:00+00:00"


async def test_u_after_starring_again_says_there_is_nothing_to_undo(tmp_path):
    app = make_app(tmp_path, starred={"fast-acs": "hello note"})
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("space", "space")  # unstar, star again: the note is back
        await settle(pilot)
        assert on_disk(app) == {"fast-acs": "hello note"}
        assert any("again, with its note" in m for m in messages(app))
        await pilot.press("u")
        await settle(pilot)
        assert messages(app)[-1].startswith("Nothing to undo")
        # Starred again elsewhere without the note: u brings the note back to that star.
        await pilot.press("space")
        await settle(pilot)
        AgendaStore(app.store.path).update(lambda a: a.star("fast-acs").with_level(
            "fast-acs", "maybe"))
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert on_disk(app) == {"fast-acs": "hello note"}
        assert app.agenda.level("fast-acs") == "maybe"  # the level given there stays
        assert "and its note again" in messages(app)[-1]


# --- 5. the focused talk in full, above the footer ----------------------------------------


async def test_the_line_above_the_footer_shows_the_focused_talk_in_full(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        paper = PROGRAM.papers["fast-acs"]
        assert paper.title not in grid(app).line_of("fast-acs")  # cut to fit the grid...
        text = focus_line(app)  # ...and in full here, with session, time and room
        for part in (paper.title, "Cloud Computing: Speed, Scale, and Serverless",
                     "Mon Jul 7 10:45–11:00", "Track 1, Sheraton Boston Hotel"):
            assert part in text, part
        await pilot.press("down")
        assert PROGRAM.papers["poby"].title in focus_line(app)
        await pilot.press("space")
        await settle(pilot)
        assert "★ starred" in focus_line(app)
        await pilot.press("plus")  # the level, in words, as the grid shows it in glyphs
        await settle(pilot)
        assert "✪ must see" in focus_line(app) and "starred" not in focus_line(app)
        line = app.screen.query_one(FocusLine)
        assert line.region.bottom == 23 and line.size.height >= 2  # wrapped, not cut


async def test_the_agenda_shows_its_focused_talk_in_full_too(tmp_path):
    app = make_app(tmp_path, starred={"cosmic": "", "hec": ""})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert PROGRAM.papers["cosmic"].title in focus_line(app)
        await pilot.press("j")
        await settle(pilot)
        assert PROGRAM.papers["hec"].title in focus_line(app)


# --- 6. the help's times paragraph wraps ---------------------------------------------------


async def test_help_wraps_where_the_times_come_from(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        times = app.screen.query_one("#help-times")
        assert str(times.render()) == PROGRAM.conference.times_source
        assert times.size.width <= 80 and times.size.height >= 4  # wrapped, every word shown


# --- 7. the agenda's footer fits 80 columns --------------------------------------------------


async def test_the_grids_footers_keep_help_and_quit_at_80_columns(tmp_path):
    from tests.tui.schedules import schedule_app

    for app in (make_app(tmp_path / "atc"), schedule_app(tmp_path / "twelve")):
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            footer = screen_line(app, 23)
            assert "? Help" in footer and "q Quit" in footer, footer
            assert "Level" in footer and "Star" in footer, footer


async def test_the_agenda_footer_keeps_help_and_quit_at_80_columns(tmp_path):
    app = make_app(tmp_path, starred={"cosmic": ""})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        footer = screen_line(app, 23)
        assert "? Help" in footer and "q Quit" in footer, footer
        await pilot.press("a")  # not in the footer, still a key
        await settle(pilot)
        assert not isinstance(app.screen, AgendaScreen)


# --- 8. every mark shown, in one vocabulary ----------------------------------------------


async def test_a_talk_in_conflict_and_reached_by_a_hop_shows_both_marks(tmp_path):
    # gmi-drl (Track 2) ends 11:00; poby (Track 1, 11:00) is reached by a tight hop and
    # overlaps mtuner (Track 2, 11:00).
    app = make_app(tmp_path, starred={"gmi-drl": "", "poby": "", "mtuner": ""})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        g = grid(app)
        assert g.line_of("poby").startswith("★⚠⇄")
        assert g.line_of("gmi-drl").startswith("★ ⇄")
        slot = PROGRAM.days[0].slots[0]
        # Both beside the talks concerned, on poby's row (the second talk of each session):
        # the hop's label used to go to the nearest free row, beside talks it did not concern.
        assert g.row_labels(slot) == {1: ("⚠ ⇄ tight", "bold $error")}
        lines = [c.plain for c in g._lines(g.size.width)]
        row_of_poby = g._positions["poby"][0]
        assert lines[row_of_poby].startswith("⚠ ⇄ tight")
        assert not lines[row_of_poby - 1].startswith("⇄")
        await pilot.press("down", "enter")
        await settle(pilot)
        state = str(app.screen.query_one("#details-state").render())
        assert "⚠ Conflict with mTuner" in state and "⇄ Hop from Track 2" in state
        assert "tight: no time between talks" in state


# --- 9. `/` searches talks, ctrl+p is the full palette ----------------------------------------


async def test_slash_opens_a_search_for_talks_only(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(Input).placeholder == "Search talks, people, affiliations"
        await pilot.press(*"theme")
        await pilot.pause(0.5)
        svg = app.export_screenshot()
        assert "Change&#160;theme" not in svg and "Quit&#160;the&#160;application" not in svg
        await pilot.press("escape")
        await pilot.pause(0.2)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        assert app.screen.query_one(Input).placeholder == "Search for commands…"
        await pilot.press(*"theme")
        await pilot.pause(0.5)
        assert "theme" in app.export_screenshot()


# --- 10. the details at 80x24 ------------------------------------------------------------------


async def test_details_at_80x24_show_authors_then_the_note_without_scrolling(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        view = screen.query_one("#details-scroll").region
        authors = screen.query_one("#details-authors").region
        note = screen.query_one("#note", TextArea).region
        assert authors.y < note.y  # authors first
        assert view.contains_region(authors) and view.contains_region(note), (view, note)
        meta = str(screen.query_one("#details-meta").render()).splitlines()
        starts = {len(line) - len(line.split(maxsplit=1)[1]) for line in meta}
        assert len(starts) == 1, meta  # When, Where, Session, Page: values in one column


# --- 11. `r` says what it did ---------------------------------------------------------------------


async def test_reload_says_what_changed(tmp_path):
    app = make_app(tmp_path, starred={"hec": ""})
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert messages(app)[-1] == f"{app.store.path}: nothing changed"
        app.store.update(lambda a: a.star("cosmic").star("poby").unstar("hec"))
        await pilot.press("r")
        await settle(pilot)
        assert messages(app)[-1] == f"{app.store.path}: 2 talks starred, 1 talk unstarred"


async def test_the_search_lists_the_starred_talks_each_with_its_levels_mark(tmp_path):
    app = make_app(tmp_path, starred={"fast-acs": "", "poby": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.change_level("fast-acs", 1)  # want -> must
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause(0.5)
        listing = app.screen.query_one("CommandList")
        prompts = [str(listing.get_option_at_index(i).prompt)
                   for i in range(listing.option_count)]
        assert any(p.startswith("✪ Fast ACS") for p in prompts), prompts
        assert any(p.startswith("★ Poby") for p in prompts), prompts
