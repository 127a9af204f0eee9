"""The planner as a person uses it, driven by Textual's pilot."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

from textual.widgets import TextArea

from planner.program import load_program, parse_program
from planner.tui.agenda_list import AgendaList
from planner.tui.agenda_screen import AgendaScreen
from planner.tui.details import DetailsScreen
from planner.tui.widgets import DayBar, DayGrid
from tests.tui.helpers import PROGRAM, make_app, on_disk, settle


def grid(app) -> DayGrid:
    return app.screen.query_one("#grid", DayGrid)


def marks(app, pid: str):
    return grid(app).marks(pid)


def focused_id(app) -> str | None:
    """The talk under the cursor, when the grid has the keyboard."""
    return app.focused.cursor if isinstance(app.focused, DayGrid) else None


def active_day(app) -> str:
    return f"day-{app.screen.query_one('#days', DayBar).active + 1}"


async def test_cursor_starts_on_the_first_talk_so_space_works_at_once(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert focused_id(app) == "fast-acs"
        await pilot.press("space")
        await settle(pilot)
        assert marks(app, "fast-acs").starred and grid(app).line_of("fast-acs").startswith("★")
        assert on_disk(app) == {"fast-acs": ""}
        await pilot.press("space")
        await settle(pilot)
        assert not marks(app, "fast-acs").starred and on_disk(app) == {}
        assert grid(app).line_of("fast-acs").startswith("·   10:45 Fast ACS")


async def test_switching_days_with_keys(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert active_day(app) == "day-1"
        await pilot.press("2")
        await settle(pilot)
        assert active_day(app) == "day-2" and focused_id(app) == "logcrisp"
        assert "LogCrisp" in grid(app).line_of("logcrisp")
        await pilot.press("3")
        await settle(pilot)
        assert active_day(app) == "day-3" and focused_id(app) == "unveiling-compiler-faults"
        await pilot.press("1")
        await settle(pilot)
        assert active_day(app) == "day-1" and focused_id(app) == "fast-acs"


async def test_switching_days_with_the_mouse(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one("#days", DayBar)
        await pilot.click("#days", offset=(bar._spans()[2][0] + 2, 0))
        await settle(pilot)
        assert active_day(app) == "day-3" and focused_id(app) == "unveiling-compiler-faults"
        # A click on a talk puts the cursor there; a second click opens it.
        line, x0, _ = grid(app)._positions["hec"]
        await pilot.click("#grid", offset=(x0 + 3, line))
        await settle(pilot)
        assert focused_id(app) == "hec"
        await pilot.click("#grid", offset=(x0 + 3, line), times=2)
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen) and app.screen.paper_id == "hec"


async def test_the_current_day_comes_first_while_the_conference_runs(tmp_path):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    tuesday = datetime(2025, 7, 8, 10, 50, tzinfo=ZoneInfo("America/New_York"))
    app = make_app(tmp_path, clock=lambda: tuesday)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert active_day(app) == "day-2" and focused_id(app) == "logcrisp"


async def test_moving_across_tracks_and_slots(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        moves = [("right", "gmi-drl"), ("down", "mtuner"), ("left", "poby"), ("l", "mtuner"),
                 ("h", "poby"), ("j", "burst-computing"), ("k", "poby"), ("up", "fast-acs"),
                 ("up", "fast-acs"), ("left", "fast-acs")]
        for key, expected in moves:
            await pilot.press(key)
            assert focused_id(app) == expected, key
        # Down off the end of a session goes to the next slot in the same track.
        for _ in range(4):
            await pilot.press("down")
        assert focused_id(app) == "cosmic"
        await pilot.press("down")
        assert focused_id(app) == "towards-optimal-rack-scale"
        await pilot.press("right")
        assert focused_id(app) == "gpreempt"  # what runs at the same time sits beside it


async def test_conflict_and_hop_markers_appear_and_disappear(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "right", "space")  # fast-acs and gmi-drl, both 10:45
        await settle(pilot)
        assert marks(app, "fast-acs").conflict and marks(app, "gmi-drl").conflict
        assert grid(app).line_of("gmi-drl").startswith("★⚠")
        assert grid(app).slot_states() == ["⚠ conflict", "", ""]
        await pilot.press("space")  # unstar gmi-drl
        await pilot.press("down", "space")  # star mtuner 11:00: a tight hop from fast-acs
        await settle(pilot)
        assert not marks(app, "fast-acs").conflict
        assert marks(app, "mtuner").hop and grid(app).line_of("mtuner").startswith("★ ⇄")
        assert grid(app).slot_states() == ["⇄ tight", "", ""]
        assert on_disk(app) == {"fast-acs": "", "mtuner": ""}


async def test_details_show_everything_and_keep_the_note(tmp_path):
    app = make_app(tmp_path, starred={"gmi-drl": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # on fast-acs
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen)
        text = " ".join(str(w.render()) for w in app.screen.query("Static"))
        for expected in ("Fast ACS: Low-Latency File-Based Ordered Message Delivery at Scale",
                         "Sushant Kumar Gupta", "Google LLC", "Track 1", "Mon Jul 7, 10:45–11:00",
                         "Cloud Computing: Speed, Scale, and Serverless", "1 of the proceedings",
                         "Not starred"):
            assert expected in text, expected
        await pilot.press("ctrl+s")
        await settle(pilot)
        text = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "★ Starred" in text and "⚠ Conflict with GMI-DRL" in text
        area = app.screen.query_one("#note", TextArea)
        area.text = "Room B [bold]not markup[/]\nsecond line"
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, DetailsScreen)
        assert on_disk(app)["fast-acs"] == "Room B [bold]not markup[/]\nsecond line"


async def test_agenda_screen_lists_groups_and_unstars(tmp_path):
    app = make_app(tmp_path, starred={"hec": "", "fast-acs": "see [red]this[/]", "gmi-drl": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AgendaScreen)
        listing = app.screen.query_one(AgendaList)
        prompts = ["\n".join(line.plain for line in listing.entry_lines(i))
                   for i in range(len(listing.items))]
        assert prompts[0] == "Monday, July 7, 2025" and prompts[3] == "Wednesday, July 9, 2025"
        assert "Fast ACS" in prompts[1] and "⚠ conflict with GMI-DRL" in prompts[1]
        assert "note: see [red]this[/]" in prompts[1]
        assert listing.highlighted == "fast-acs"
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(app) == {"hec": "", "gmi-drl": ""}
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen) and app.screen.paper_id == "gmi-drl"
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert not isinstance(app.screen, AgendaScreen | DetailsScreen)


async def test_search_jumps_to_the_talk(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause(0.2)
        assert type(app.screen).__name__ == "CommandPalette"
        await pilot.press(*"garcia")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert focused_id(app) == "burst-computing"
        await pilot.press("ctrl+p")  # an author, on Wednesday
        await pilot.pause(0.2)
        await pilot.press(*"zeke wang")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert active_day(app) == "day-3" and focused_id(app) == "swcc"


async def test_a_change_made_by_another_process_appears(tmp_path):
    app = make_app(tmp_path, watch_seconds=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(app.store.path.parent)}
        subprocess.run([sys.executable, "-m", "planner", "star", "poby"], env=env, check=True,
                       capture_output=True)
        for _ in range(50):
            await pilot.pause(0.05)
            if marks(app, "poby").starred:
                break
        assert marks(app, "poby").starred
        # ... and the user's own stars then merge with it on disk.
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(app) == {"poby": "", "fast-acs": ""}


async def test_reload_key(tmp_path):
    app = make_app(tmp_path, starred={})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.store.update(lambda a: a.star("cosmic"))
        await pilot.press("r")
        await settle(pilot)
        assert marks(app, "cosmic").starred


async def test_quitting_loses_nothing(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "down", "space", "down", "space", "q")
    assert on_disk(app) == {"fast-acs": "", "poby": "", "burst-computing": ""}


async def test_export_key_writes_the_calendar_and_says_where(tmp_path):
    app = make_app(tmp_path, starred={"poby": ""})
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        ics = tmp_path / "out.ics"
        assert "UID:atc25-poby@atc-planner" in ics.read_text()
        assert any(str(ics) in n.message for n in app._notifications)


async def test_a_broken_agenda_file_is_moved_aside_and_the_user_told(tmp_path):
    app = make_app(tmp_path)
    app.store.path.parent.mkdir(parents=True)
    app.store.path.write_text("{oops")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert any("moved it to" in n.message for n in app._notifications)
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(app) == {"fast-acs": ""}


async def test_markup_in_data_and_notes_shows_as_written(tmp_path):
    doc = copy.deepcopy(PROGRAM.raw)
    paper = doc["days"][0]["sessions"][0]["papers"][0]
    paper["title"] = "[bold red]Not markup[/] [@click=app.quit]x[/] [0] $var"
    paper["authors"][0]["name"] = "[b]Ann[/b]"
    program = parse_program(doc)
    app = make_app(tmp_path, program=program, starred={"fast-acs": "[$accent]note[/"})
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        rendered = grid(app).line_of("fast-acs")
        assert "[bold red]Not markup[/] [@click=app.quit]x[/] [0] $var" in rendered
        await pilot.press("enter")
        await settle(pilot)
        text = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "[b]Ann[/b]" in text
        assert app.screen.query_one("#note", TextArea).text == "[$accent]note[/"
        await pilot.press("escape", "a")
        await settle(pilot)
        assert isinstance(app.screen, AgendaScreen)  # no click action ran, the app is alive


async def test_help_and_footer(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await settle(pilot)
        keys = {b.key for _, b, enabled, _ in app.active_bindings.values() if b.show}
        assert {"space", "enter", "a", "q", "question_mark"} <= keys
        # Export is a key (named in the help), off the footer so Help and Quit fit 80 columns.
        assert "e" in app.active_bindings and "e" not in keys


def test_three_tracks_program_gets_three_columns(tmp_path):
    doc = json.loads(json.dumps(load_program().raw))
    doc["conference"]["tracks"].append("Track 3")
    program = parse_program(doc)
    assert program.conference.tracks[-1] == "Track 3"


async def test_80x24_keeps_every_marker_and_time(tmp_path):
    app = make_app(tmp_path, starred={"hotrap": "", "weaver": "", "plus": ""})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        g = grid(app)
        for pid in ("hotrap", "weaver", "plus", "netkeeper", "qfactory"):
            line = g.line_of(pid)
            assert line[:3] in ("★⚠ ", "★  ", "·  ") and line[4:9].count(":") == 1, line
        assert g.line_of("weaver").startswith("★⚠")
        assert all(len(text) <= 80 for text in (c.plain for c in g._lines(g.size.width)))
        # The cursor stays in view as it moves down the day.
        for _ in range(12):
            await pilot.press("down")
        await settle(pilot)
        line = g._positions[g.cursor][0]
        scroll = app.screen.query_one("#grid-scroll")
        assert scroll.scroll_y <= line < scroll.scroll_y + scroll.size.height


async def test_today_is_judged_in_boston(tmp_path):
    from datetime import UTC, datetime

    # 02:00 UTC on July 9 is still the evening of Tuesday, July 8 in Boston.
    app = make_app(tmp_path, clock=lambda: datetime(2025, 7, 9, 2, 0, tzinfo=UTC))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert active_day(app) == "day-2"


async def test_an_agenda_from_a_newer_version_is_shown_but_never_written(tmp_path):
    app = make_app(tmp_path)
    app.store.path.parent.mkdir(parents=True)
    content = json.dumps({"format": "atc-planner-agenda", "version": 9, "starred": {
        "poby": {"starred_at": "2025-06-01T12:00:00+00:00", "note": ""}}})
    app.store.path.write_text(content)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert marks(app, "poby").starred
        await pilot.press("space")
        await settle(pilot)
        assert not marks(app, "fast-acs").starred
        assert any("newer" in n.message for n in app._notifications)
    assert app.store.path.read_text() == content


async def test_at_80x24_the_details_open_on_the_title_and_typing_shows_the_note(tmp_path):
    # DEEPSERVE has eighteen authors: at 80x24 the note is below the fold. Focusing it
    # scrolled the dialog past the title; the title stays, and the first key shows the note.
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.jump_to("deepserve")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen)
        scroll = app.screen.query_one("#details-scroll")
        note = app.screen.query_one("#note", TextArea)
        assert note.has_focus
        assert scroll.scroll_y == 0 and scroll.max_scroll_y > 0  # the title in view
        await pilot.press("h", "i")
        await settle(pilot)
        assert note.text == "hi"
        assert scroll.scroll_offset.y > 0  # scrolled to the note being typed
        assert note.region.overlaps(scroll.region)  # on screen, inside the dialog
