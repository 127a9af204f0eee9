"""The time grid of a published schedule, driven as a user would: keys, clicks, the palette."""

from __future__ import annotations

from textual.widgets import Static

from planner.formats import document
from planner.library import hidden_rooms, remember
from planner.program import parse_program
from planner.tui.details import DetailsScreen
from planner.tui.time_grid import TIME_WIDTH, TimeGrid
from tests.schedule_files import FRAB
from tests.tui.helpers import settle
from tests.tui.schedules import MINI, TWELVE, schedule_app, talk


async def eventually(pilot, condition, seconds: float = 5.0) -> bool:
    """Wait for something a worker does (a file written, the app ended)."""
    for _ in range(int(seconds / 0.02)):
        if condition():
            return True
        await pilot.pause(0.02)
    return condition()


def grid(app) -> TimeGrid:
    return app.screen.query_one("#grid", TimeGrid)


def screen_lines(app) -> list[str]:
    g = grid(app)
    return [g.render_line(y).text for y in range(g.scrollable_content_region.height)]


def room_of(app, pid: str) -> str:
    return app.program.session_of(app.program.papers[pid]).track


async def test_rooms_scroll_sideways_under_a_time_column_that_stays(tmp_path):
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = grid(app)
        assert app.sub_title == "twelve · times in Europe/Brussels"  # the zone, said once
        assert room_of(app, g.cursor) == "Room 1" and g.scroll_offset.x == 0
        header = screen_lines(app)[0]
        assert "Room 1 " in header and "Room 6" in header and "Room 12" not in header
        for _ in range(11):
            await pilot.press("right")
        await settle(pilot)
        assert room_of(app, g.cursor) == "Room 12" and g.scroll_offset.x > 0
        lines = screen_lines(app)
        assert "Room 12" in lines[0] and "Room 1 " not in lines[0]
        # The time column is still there, with the hours on their lines.
        assert any(line.startswith("10:00") for line in lines)
        assert all(len(line) == g.scrollable_content_region.width for line in lines)
        # Scrolled by whole rooms: the first room on show starts right after the times.
        assert lines[0][TIME_WIDTH:].startswith(" Room ")


async def test_moves_follow_time_within_a_room_and_across(tmp_path):
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = grid(app)
        first = g.cursor
        in_room_1 = sorted((p for p in TWELVE.papers.values()
                            if TWELVE.session_of(p).track == "Room 1"), key=lambda p: p.start)
        assert first == in_room_1[0].id
        for expected in in_room_1[1:]:
            await pilot.press("down")
            assert g.cursor == expected.id  # across the lunch gap too, never into it
        await pilot.press("down")
        assert g.cursor == in_room_1[-1].id  # nothing below: it stays
        await pilot.press("right")
        here, there = TWELVE.papers[in_room_1[-1].id], TWELVE.papers[g.cursor]
        assert room_of(app, g.cursor) == "Room 2"
        assert there.start <= here.start < there.end or abs(there.start - here.start).seconds < 3600
        await pilot.press("k", "h")
        assert room_of(app, g.cursor) == "Room 1"


def header_line(app) -> str:
    """The header as the terminal shows it (cut to the width)."""
    [strip, *_] = app.screen._compositor.render_strips()
    return "".join(seg.text for seg in strip)


async def test_the_header_keeps_the_zone_once_a_star_gives_it_more_to_say(tmp_path):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    brussels = ZoneInfo("Europe/Brussels")
    for at, said in ((datetime(2025, 1, 1, 12, 0, tzinfo=brussels),
                      "times in Europe/Brussels · plan 1/1"),  # before: coverage, zone first
                     (datetime(2025, 2, 1, 9, 35, tzinfo=brussels),  # during: the next talk
                      "next ★ in 32 min · Janson 10:07 Europe/Brussels · A long talk")):
        app = schedule_app(tmp_path, MINI, clock=lambda at=at: at)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert app.sub_title == "minicon25 · times in Europe/Brussels"
            app.jump_to(talk(MINI, "A long talk that does not line up"))
            await pilot.press("space")
            await settle(pilot)
            assert app.sub_title.startswith(said), app.sub_title
            assert app.sub_title.count("Europe/Brussels") == 1  # named once
            assert "Europe/Brussels" in header_line(app)  # not cut away at 80 columns
            await pilot.press("space")  # nothing starred: the name and the zone again
            await settle(pilot)
            assert app.sub_title == "minicon25 · times in Europe/Brussels"


async def test_hidden_rooms_are_kept_for_the_program(tmp_path):
    app = schedule_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("right", "right", "x")  # hide Room 3
        await settle(pilot)
        g = grid(app)
        assert "Room 3" not in g.columns and len(g.columns) == 11
        assert room_of(app, g.cursor) == "Room 4"  # the cursor moved on, to a shown room
        assert screen_lines(app)[0].startswith("hidden  Room 1 ")  # a whole word, not "1 hid"
        assert await eventually(pilot, lambda: hidden_rooms("twelve") == {"Room 3"})
    again = schedule_app(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Room 3" not in grid(again).columns
        await pilot.press("X")
        await settle(pilot)
        assert len(grid(again).columns) == 12
        assert await eventually(pilot, lambda: hidden_rooms("twelve") == frozenset())


async def test_a_talk_past_midnight_shows_below_the_evening(tmp_path):
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.jump_to(talk(TWELVE, "Talk past midnight"))
        await settle(pilot)
        lines = screen_lines(app)
        assert any(line.startswith("01:00") for line in lines)
        assert any(line.startswith("00:00") for line in lines)
        at_one = next(i for i, line in enumerate(lines) if line.startswith("01:00"))
        talk_text = " ".join(line.split("▍")[-1].strip() for line in lines[at_one:at_one + 3])
        assert talk_text.startswith("·") and "01:00 Talk past midnight Night Owl" in talk_text
        await pilot.press("up")
        assert TWELVE.papers[grid(app).cursor].title == "Late talk before midnight"


async def test_star_and_open_from_the_grid(tmp_path):
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = grid(app)
        pid = g.cursor
        await pilot.press("space")
        await settle(pilot)
        assert pid in app.agenda.starred
        assert any("★" in line and "09:00" in line for line in screen_lines(app))
        # A click puts the cursor on a talk, a second click opens it.
        target = g.layout.by_id[talk(TWELVE, "Talk 7 in room 2")]
        x, y = TIME_WIDTH + 1 * g._col_width + 4, 1 + target.row0 - int(g.scroll_offset.y)
        await pilot.click("#grid", offset=(x, y))
        assert g.cursor == target.paper.id
        await pilot.click("#grid", offset=(x, y), times=2)
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen)


async def test_details_show_the_schedules_fields_as_plain_text(tmp_path):
    app = schedule_app(tmp_path, MINI)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_details("101")
        await settle(pilot)
        text = "\n".join(str(s.content) for s in app.screen.query(Static))
        assert "A short hello & thanks." in text and "<b>" not in text
        assert "[bold]two[/bold]" in text  # brackets from the data stay text, never markup
        for expected in ("Zoë Ångström", "Keynotes", "keynote", "en", "and what is new",
                         "Slides: https://example.org/slides.pdf", "Janson"):
            assert expected in text, expected


async def test_the_palette_opens_another_remembered_program(tmp_path):
    remember(MINI, "minicon25", tmp_path / "schedule.xml")
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"open program minicon")
        await pilot.pause(0.3)
        await pilot.press("enter")
        assert await eventually(pilot, lambda: app.switch_to == "minicon25")
        assert await eventually(pilot, lambda: not app.is_running)


async def test_at_night_the_planner_opens_on_the_day_the_night_belongs_to(tmp_path):
    from datetime import datetime

    for at, day in (("2025-02-02T01:30:00+01:00", 0), ("2025-02-02T11:00:00+01:00", 1)):
        app = schedule_app(tmp_path, MINI, clock=lambda at=at: datetime.fromisoformat(at))
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert grid(app).day_index == day, at


def screen_text(app) -> list[str]:
    """What the compositor sends for the whole screen (lines not redrawn come from caches)."""
    return ["".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips()]


def card_lines(app, pid: str) -> set[int]:
    g = grid(app)
    region = g.region_of(pid)
    y0 = region.y - int(g.scroll_offset.y)
    return {y for y in range(y0, y0 + region.height) if 1 <= y < g.size.height}


async def test_a_cursor_move_redraws_the_two_talks_not_the_screen(tmp_path):
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = grid(app)
        screen_text(app)
        drawn: list[int] = []
        real = g.render_line
        g.render_line = lambda y: drawn.append(y) or real(y)
        before = g.cursor
        await pilot.press("down")
        after_move = screen_text(app)
        assert g.scroll_offset.y == 0  # no scroll: nothing else moved
        assert set(drawn) == card_lines(app, before) | card_lines(app, g.cursor)
        assert len(set(drawn)) < g.size.height // 2
        # What is on screen is what drawing it all would give, after moves that scroll too.
        for key in ("down", "down", "right", "down", "down", "left", "up", "down", "down"):
            g.refresh()
            assert screen_text(app) == after_move
            await pilot.press(key)
            after_move = screen_text(app)
        assert g.scroll_offset.y > 0


async def test_a_hop_marks_both_talks_and_the_details_of_the_one_it_leaves(tmp_path):
    papers = sorted(TWELVE.papers.values(), key=lambda p: (p.start, p.id))
    a, b = next((a, b) for a in papers for b in papers
                if TWELVE.session_of(a).track != TWELVE.session_of(b).track
                and a.end <= b.start < a.end + (a.end - a.start))
    app = schedule_app(tmp_path, starred={a.id: "", b.id: ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = grid(app)
        assert g.marks(a.id).hop and g.marks(b.id).hop
        assert not any(g.marks(p.id).hop for p in papers if p.id not in (a.id, b.id))
        g.cursor = a.id
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen)
        state = str(app.screen.query_one("#details-state", Static).render())
        assert "Hop to " + TWELVE.session_of(b).track in state


async def test_a_star_redraws_its_talk_and_the_talks_it_overlaps_not_the_screen(tmp_path):
    # Issue 14: with thousands of stars a star key redrew every talk on screen.
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = grid(app)
        pid = g.cursor
        here = TWELVE.papers[pid]
        other = next(p.id for p in TWELVE.papers.values() if room_of(app, p.id) == "Room 2"
                     and p.start < here.end and here.start < p.end)
        app.toggle_star(other)  # a talk the cursor's talk overlaps, starred first
        await settle(pilot)
        screen_text(app)
        drawn: list[int] = []
        real = g.render_line
        g.render_line = lambda y: drawn.append(y) or real(y)
        await pilot.press("space")
        await settle(pilot)
        after = screen_text(app)
        assert g.marks(pid).conflict and g.marks(other).conflict  # both show the conflict
        assert set(drawn) == card_lines(app, pid) | card_lines(app, other)
        g.refresh()  # what is on screen is what drawing it all gives
        assert screen_text(app) == after
        drawn.clear()
        await pilot.press("space")  # unstarred: the same two talks, and only them
        await settle(pilot)
        assert set(drawn) == card_lines(app, pid) | card_lines(app, other)
        assert not g.marks(other).conflict


async def test_a_change_of_height_alone_does_not_arrange_the_rooms_again(tmp_path, monkeypatch):
    # The line under the grid grows when a star adds marks to it: the grid loses a line of
    # height, which Textual repaints; arranging the rooms again repainted it all a second time.
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        arranged: list[int] = []
        real = TimeGrid._arrange
        monkeypatch.setattr(TimeGrid, "_arrange", lambda self: arranged.append(self.size.width)
                            or real(self))
        await pilot.resize_terminal(120, 30)
        await settle(pilot)
        assert arranged == []
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert arranged and set(arranged) == {grid(app).size.width}  # a new width: arranged


async def test_a_change_of_height_alone_draws_only_the_lines_new_to_the_view(tmp_path):
    # A star that adds its marks to the line under the grid takes a line from the grid:
    # Textual drew every line of it again (a third of such a star key at 10,000 papers).
    from textual.content import Content

    from planner.tui.focus_line import FocusLine

    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g, line = grid(app), app.screen.query_one(FocusLine)
        line.show_text(Content("short"))  # one line (the first talk's keeps room for marks)
        await settle(pilot)
        screen_text(app)
        drawn: list[int] = []
        real = g.render_line
        g.render_line = lambda y: drawn.append(y) or real(y)
        height = g.size.height
        line.show_text(Content("a talk and its marks " * 12))  # three lines, not one
        await settle(pilot)
        shrunk = screen_text(app)
        assert g.size.height == height - 2 and drawn == []
        g.refresh()  # what is on screen is what drawing it all gives
        assert screen_text(app) == shrunk
        drawn.clear()
        line.show_text(Content("short"))
        await settle(pilot)
        grown = screen_text(app)
        assert g.size.height == height
        assert set(drawn) == {height - 2, height - 1}  # the two lines the view gained
        g.refresh()
        assert screen_text(app) == grown
        # Scrolled to the end (the cursor on the day's last talk), a taller view scrolls
        # back: drawn again, and right.
        g.cursor = max(g.layout.by_id, key=lambda pid: g.layout.by_id[pid].row1)
        line.show_text(Content("a talk and its marks " * 12))
        await settle(pilot)
        at_end = g.scroll_offset.y
        assert at_end == g.max_scroll_y > 0
        line.show_text(Content("short"))
        await settle(pilot)
        assert g.scroll_offset.y < at_end
        grown = screen_text(app)
        g.refresh()
        assert screen_text(app) == grown


async def test_a_day_with_no_talks_says_so(tmp_path):
    # A published schedule can list a day that holds no talk: the grid was blank.
    start = FRAB.index('<day index="2"')
    end = FRAB.index("</day>", start)
    opening = FRAB.index(">", start) + 1
    program = parse_program(document((FRAB[:opening] + FRAB[end:]).encode()))
    assert not program.days[1].sessions
    app = schedule_app(tmp_path, program)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        assert "No talks on this day." not in app.export_screenshot().replace("&#160;", " ")
        await pilot.press("2")
        await settle(pilot)
        assert "No talks on this day." in app.export_screenshot().replace("&#160;", " ")


async def test_a_star_looks_up_the_view_once_for_all_the_talks_on_screen(tmp_path, monkeypatch):
    # After a star every talk on screen is checked for changed marks: each asked the grid's
    # size and scroll again (60 talks on screen at 10,000 papers, a third of the check).
    app = schedule_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        g = grid(app)
        assert len(g._drawn_marks) > 10
        sizes = []
        real = TimeGrid.size
        monkeypatch.setattr(TimeGrid, "size", property(lambda self: sizes.append(1) or
                                                       real.fget(self)))
        g._repaint_marks()
        assert 0 < len(sizes) <= 2
