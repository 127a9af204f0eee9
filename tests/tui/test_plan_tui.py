"""Levels, the plan and its gaps in the planner, driven by Textual's pilot."""

from __future__ import annotations

import json

from textual.widgets import Static

from planner.tui.details import DetailsScreen
from planner.tui.plan_list import _TalkList
from planner.tui.plan_screen import GapsScreen, PlanScreen
from planner.tui.widgets import DayGrid
from tests.tui.helpers import make_app, settle


def grid(app) -> DayGrid:
    return app.screen.query_one("#grid", DayGrid)


def levels_on_disk(app) -> dict[str, str]:
    return {k: e.level for k, e in app.store.load().agenda.entries.items()}


def list_lines(app) -> list[str]:
    """Every line of the screen's list, as drawn when scrolled to."""
    talks = app.screen.query_one(_TalkList)
    return [line.plain for i in range(len(talks.items)) for line in talks.entry_lines(i)]


async def test_plus_and_minus_raise_and_lower_the_level_with_its_own_mark(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        seen = []
        for key in ["plus", "plus", "plus", "plus", "minus", "minus", "minus"]:
            await pilot.press(key)
            await settle(pilot)
            seen.append((app.agenda.level("fast-acs"), grid(app).line_of("fast-acs")[0]))
        assert seen == [("maybe", "?"), ("want", "★"), ("must", "✪"), ("must", "✪"),
                        ("want", "★"), ("maybe", "?"), ("maybe", "?")]  # lowering never unstars
        assert levels_on_disk(app) == {"fast-acs": "maybe"}
        await pilot.press("space")  # space unstars at any level, and stars as want...
        await settle(pilot)
        assert levels_on_disk(app) == {}
        await pilot.press("space")  # ...but the talk just unstarred comes back as it was
        await settle(pilot)
        assert levels_on_disk(app) == {"fast-acs": "maybe"}
        await pilot.press("down", "space")
        await settle(pilot)
        assert levels_on_disk(app) == {"fast-acs": "maybe", "poby": "want"}
        shown = {b.binding.description for b in app.screen.active_bindings.values()
                 if b.binding.show}
        assert {"Level+", "Level−"} <= shown  # in the footer


async def test_the_plan_on_the_grid_follows_each_star_at_once(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space")  # fast-acs (Track 1, 10:45), want
        await pilot.press("v")  # the plan on the grid
        await settle(pilot)
        assert grid(app).line_of("fast-acs").startswith("★✓")
        assert "plan 1/1: ✪ 0/0 ★ 1/1 ? 0/0" in app.sub_title
        await pilot.press("right")  # gmi-drl, at the same time in Track 2
        await pilot.press("plus", "plus", "plus")  # must
        await settle(pilot)
        assert grid(app).line_of("gmi-drl").startswith("✪✓")
        assert grid(app).line_of("fast-acs").startswith("★✗")
        assert "plan 1/2: ✪ 1/1 ★ 0/1 ? 0/0" in app.sub_title
        await pilot.press("v")  # off again: the conflict mark is back
        await settle(pilot)
        assert grid(app).line_of("fast-acs").startswith("★⚠")


async def test_the_plan_screen_lists_attended_and_dropped_talks_with_the_reason(tmp_path):
    app = make_app(tmp_path, starred={"fast-acs": "", "gmi-drl": "", "tgw": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, PlanScreen)
        lines = list_lines(app)
        assert lines[0] == "Monday, July 7, 2025"
        assert lines[1].startswith("✓★ 10:45–11:00  Track 1  Fast ACS")
        assert lines[2].startswith("✗★ 10:45–11:00  Track 2  GMI-DRL")
        assert lines[3].startswith("     dropped: overlaps want: Fast ACS")
        summary = str(app.screen.query_one("#plan-summary", Static).render())
        assert "attending 2 of 3 starred (0/0 must, 2/3 want, 0/0 maybe)" in summary
        # Raise the dropped talk to must from the list: the plan turns round at once.
        await pilot.press("down")
        assert app.screen.current_talk == "gmi-drl"
        await pilot.press("plus")
        await settle(pilot)
        lines = list_lines(app)
        assert lines[1].startswith("✗★ 10:45–11:00  Track 1  Fast ACS")
        assert lines[2].startswith("     dropped: overlaps must: GMI-DRL")
        assert lines[3].startswith("✓✪ 10:45–11:00  Track 2  GMI-DRL")
        assert app.screen.current_talk == "gmi-drl"  # the cursor stays on the talk
        assert json.loads(app.store.path.read_text())["starred"]["gmi-drl"]["level"] == "must"
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, PlanScreen)


async def test_gaps_list_what_runs_between_planned_talks_and_details_say_what_else_runs(tmp_path):
    app = make_app(tmp_path, starred={"deepserve": "", "uefi": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, GapsScreen)
        lines = list_lines(app)
        assert any(t.startswith("11:45–13:55  130 min free") for t in lines)
        pid = app.screen.current_talk
        assert pid is not None and pid not in app.agenda.starred
        await pilot.press("space")  # star a talk from the gaps: the gaps change at once
        await settle(pilot)
        assert pid in app.agenda.starred and pid in app.plan.attending
        # Now in the plan, it is no gap talk any more: the cursor is on the next one.
        other = app.screen.current_talk
        assert other not in (None, pid) and other not in app.agenda.starred
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen)
        state = str(app.screen.query_one("#details-state", Static).render())
        assert app.screen.paper_id == other and "Not starred" in state
        assert "In the other room now" in state


async def test_the_walk_time_saved_for_the_program_shapes_the_plan(tmp_path):
    app = make_app(tmp_path, starred={"poby": "", "jenga": ""})
    (app.store.path.parent / "plan.json").write_text(json.dumps(
        {"format": "atc-planner-plan-settings", "version": 1, "walk_minutes": {"atc25": 5}}))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # poby (Track 1) ends at 11:15 when jenga starts in Track 2: no time to walk.
        assert app.plan.walk_minutes == 5 and app.plan.attending == {"poby"}
        assert "plan 1/2" in app.sub_title


async def test_a_walk_time_set_in_another_terminal_changes_the_plan_on_screen(tmp_path):
    import os
    import subprocess
    import sys

    app = make_app(tmp_path, starred={"poby": "", "jenga": ""}, watch_seconds=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.plan.attending == {"poby", "jenga"} and "plan 2/2" in app.sub_title
        env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(app.store.path.parent)}
        subprocess.run([sys.executable, "-m", "planner", "walk", "5"], env=env, check=True,
                       capture_output=True)
        for _ in range(200):
            await pilot.pause(0.02)
            await settle(pilot)
            if app.walk_minutes == 5:
                break
        assert app.plan.walk_minutes == 5 and app.plan.attending == {"poby"}
        assert "plan 1/2" in app.sub_title


async def test_with_the_plan_on_the_grid_hop_marks_follow_the_plan_not_the_stars(tmp_path):
    # gmi-drl (Track 2, 10:45) then poby (Track 1, 11:00): the stars hop rooms. mtuner
    # (Track 2, 11:00) is a must: the plan drops poby and stays in Track 2.
    app = make_app(tmp_path, starred={"gmi-drl": "", "poby": "", "mtuner": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.screen.jump_to("mtuner")
        await pilot.press("plus")  # want -> must
        await settle(pilot)
        g = grid(app)
        assert g.line_of("poby").startswith("★⚠⇄")  # the stars' hop, into poby
        assert any("⇄ tight" in s for s in g.slot_states())
        await pilot.press("v")
        await settle(pilot)
        assert g.line_of("poby").startswith("★✗ ")  # dropped: the plan walks nowhere
        assert g.line_of("gmi-drl").startswith("★✓ ")
        assert g.line_of("mtuner").startswith("✪✓ ")
        assert not any("⇄" in s for s in g.slot_states())
        # Raise poby above mtuner: the plan now changes rooms, and says so where it does.
        app.screen.jump_to("mtuner")
        await pilot.press("minus", "minus")  # must -> maybe
        app.screen.jump_to("poby")
        await pilot.press("plus", "plus")  # want -> must
        await settle(pilot)
        assert g.line_of("poby").startswith("✪✓⇄")
        assert g.line_of("mtuner").startswith("?✗ ")
        assert any("⇄ tight" in s for s in g.slot_states())
        assert "hop" in str(app.screen.query_one("#focus-line").render())
        await pilot.press("v")  # the plan off: the stars' marks again
        await settle(pilot)
        assert g.line_of("mtuner").startswith("?⚠ ")
        assert g.line_of("poby").startswith("✪⚠⇄")
