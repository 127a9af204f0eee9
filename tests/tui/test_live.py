"""During the conference: the now line, talks on now, the jump key, the header's next talk,
and a colleague's agenda beside one's own. The app's clock is injected: a fixed one here."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

from planner.tui.widgets import DayBar, DayGrid
from tests.tui.helpers import make_app, settle

NY = ZoneInfo("America/New_York")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=NY)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, text: str) -> None:
        self.now = at(text)

    def __call__(self) -> datetime:
        return self.now


def grid(app) -> DayGrid:
    return app.screen.query_one("#grid", DayGrid)


def drawn(app) -> list[str]:
    g = grid(app)
    return [line.plain for line in g._lines(g.size.width)]


def now_line_index(app) -> int | None:
    lines = drawn(app)
    return next((i for i, line in enumerate(lines) if line.startswith("▸ now")), None)


def line_index(app, paper_id: str) -> int:
    return grid(app)._positions[paper_id][0]


async def test_the_now_line_sits_under_the_talks_on_now_and_follows_the_clock(tmp_path):
    clock = Clock("2025-07-07T10:52")
    app = make_app(tmp_path, {"poby": ""}, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        i = now_line_index(app)
        assert drawn(app)[i].startswith("▸ now 10:52 ───")
        assert line_index(app, "fast-acs") < i < line_index(app, "poby")
        assert grid(app).marks("fast-acs").on_now and grid(app).marks("gmi-drl").on_now
        assert not grid(app).marks("poby").on_now
        assert grid(app).line_of("fast-acs").startswith("·  ▶10:45 Fast ACS")
        assert app.sub_title.startswith("next ★ in 8 min · Track 1 11:00 · Poby: SmartNIC")

        clock.now = at("2025-07-07T11:20")  # a minute tick later in the morning
        app.tick()
        await settle(pilot)
        i = now_line_index(app)
        assert drawn(app)[i].startswith("▸ now 11:20")
        assert line_index(app, "poby") < i
        assert not grid(app).marks("fast-acs").on_now
        assert "next ★" not in app.sub_title  # poby has begun; nothing starred is left today

        clock.now = at("2025-07-07T12:30")  # lunch: between two slots
        app.tick()
        await settle(pilot)
        i = now_line_index(app)
        assert line_index(app, "cosmic") < i < line_index(app, "towards-optimal-rack-scale")


async def test_no_now_line_outside_the_conference_or_on_another_day(tmp_path):
    for when in ("2025-06-01T12:00", "2025-07-10T09:00"):
        app = make_app(tmp_path, clock=Clock(when))
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert now_line_index(app) is None
            assert "next ★" not in app.sub_title
    app = make_app(tmp_path, clock=Clock("2025-07-08T10:00"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert now_line_index(app) is not None  # Tuesday opens on Tuesday
        await pilot.press("1")
        await settle(pilot)
        assert now_line_index(app) is None  # Monday is not today


async def test_n_jumps_to_the_talk_on_now(tmp_path):
    app = make_app(tmp_path, {"wic": ""}, clock=Clock("2025-07-08T13:20"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("1", "down", "down")
        await settle(pilot)
        assert app.screen.query_one("#days", DayBar).active == 0
        await pilot.press("n")
        await settle(pilot)
        assert app.screen.query_one("#days", DayBar).active == 1
        assert app.focused is grid(app) and grid(app).cursor == "wic"  # the starred one
        top, bottom = grid(app).parent.scroll_offset.y, grid(app).parent.scroll_offset.y + grid(app).parent.size.height
        assert top <= line_index(app, "wic") < bottom  # and it is in view


async def test_n_without_a_starred_talk_on_now_takes_the_first_talk_on_now(tmp_path):
    app = make_app(tmp_path, clock=Clock("2025-07-08T13:20"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "n")
        await settle(pilot)
        assert grid(app).cursor == "leocraft"


async def test_n_before_the_conference_says_when_it_starts(tmp_path):
    app = make_app(tmp_path, clock=Clock("2025-07-01T09:00"))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("down", "n")
        await settle(pilot)
        assert grid(app).cursor == "poby"  # not moved
        assert any("starts Mon Jul 7 at 10:45" in n.message for n in app._notifications)


def shared_file(tmp_path, starred: dict[str, dict]) -> str:
    path = tmp_path / "alice.json"
    path.write_text(json.dumps({"format": "atc-planner-shared-agenda", "version": 1,
                                "program": "atc25", "starred": starred}))
    return str(path)


async def test_a_colleagues_agenda_shows_beside_yours(tmp_path):
    path = shared_file(tmp_path, {"fast-acs": {}, "deepserve": {"level": "must", "note": "x"}})
    app = make_app(tmp_path, {"deepserve": "", "poby": ""})
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press(*path, "enter")
        await settle(pilot)
        g = grid(app)
        assert g.marks("fast-acs").theirs and not g.marks("fast-acs").starred
        assert g.marks("deepserve").theirs and g.marks("deepserve").starred
        assert not g.marks("poby").theirs and g.marks("poby").starred
        assert g.line_of("fast-acs").startswith("·  ☆10:45")
        assert g.line_of("deepserve").startswith("★  ☆11:30")
        assert g.line_of("poby").startswith("★   11:00")
        assert "☆ alice.json (2)" in app.sub_title
        assert app.agenda.starred == {"deepserve", "poby"}  # showing theirs changes nothing of yours

        await pilot.press("c")  # an empty path hides them again
        await settle(pilot)
        app.screen.query_one("#colleague-path").value = ""
        await pilot.press("enter")
        await settle(pilot)
        assert not grid(app).marks("fast-acs").theirs and "☆" not in app.sub_title


async def test_a_bad_colleague_file_is_one_error_and_changes_nothing(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    app = make_app(tmp_path, {"deepserve": ""})
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("c", *str(bad), "enter")
        for _ in range(50):
            await settle(pilot)
            if any(n.severity == "error" for n in app._notifications):
                break
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert errors == ["bad.json: not valid JSON (line 1: Expecting property name enclosed in double quotes)"]
        assert app.colleague is None and app.agenda.starred == {"deepserve"}


async def test_the_palette_opens_the_colleague_prompt(tmp_path):
    from planner.tui.colleague import ColleagueScreen

    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"colleague")
        await settle(pilot)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ColleagueScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ColleagueScreen) and app.colleague is None


async def test_the_colleague_prompt_says_all_of_its_explanation_at_80_columns(tmp_path):
    # The explanation was one line as wide as its text, cut at the dialog's edge ("... T").
    from textual.widgets import Label

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        label = app.screen.query_one("#colleague-body > Label", Label)
        body = app.screen.query_one("#colleague-body")
        assert body.content_region.contains_region(label.region)
        assert "Leave it empty to hide theirs." in app.export_screenshot().replace("&#160;", " ")
