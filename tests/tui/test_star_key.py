"""A star key touches what it changed: the talk's line of the grid, its slot's marks and the
header, not every talk of the day or every star of the agenda (issue 14: a star key at 10,000
stars). Asserted by counting calls, never by timing."""

from __future__ import annotations

import asyncio
import random
import threading
from datetime import timedelta

import pytest

import planner.plan as planning
import planner.tui.app as app_module
import planner.tui.live as live
from planner.agenda import Agenda
from planner.tui.live import HeaderNext, header_next
from planner.tui.widgets import DayGrid
from tests.tui.helpers import PROGRAM, make_app, on_disk, settle


def grid(app) -> DayGrid:
    return app.screen.query_one("#grid", DayGrid)


def line_number(app, pid: str) -> int:
    return grid(app)._positions[pid][0]


class Count:
    """Wraps a function and counts its calls (with their first argument after self)."""

    def __init__(self, fn, method: bool = False) -> None:
        self.fn, self.method, self.args = fn, method, []

    def __call__(self, *args, **kwargs):
        self.args.append(args[1] if self.method else args[0] if args else None)
        return self.fn(*args, **kwargs)


async def test_a_star_repaints_the_line_of_its_talk_only(tmp_path, monkeypatch):
    app = make_app(tmp_path, {"jenga": ""})  # another slot's star: its marks must not move
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.focused is grid(app) and grid(app).cursor == "fast-acs"
        painted = Count(DayGrid.render_line, method=True)
        monkeypatch.setattr(DayGrid, "render_line", lambda self, y: painted(self, y))
        await pilot.press("space")
        await settle(pilot)
        assert grid(app).line_of("fast-acs").startswith("★")
        # fast-acs and jenga share a slot: the hop into jenga is new, so jenga's line
        # (⇄) and the label beside its row change too; nothing else of the day does.
        assert set(painted.args) == {line_number(app, "fast-acs"), line_number(app, "jenga")}


async def test_a_cursor_move_repaints_the_two_lines_it_moved_between(tmp_path, monkeypatch):
    app = make_app(tmp_path, {"jenga": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down")  # off fast-acs, onto the next talk of its session
        await settle(pilot)
        pid = grid(app).cursor
        painted = Count(DayGrid.render_line, method=True)
        monkeypatch.setattr(DayGrid, "render_line", lambda self, y: painted(self, y))
        await pilot.press("down")  # a cursor move repaints the two lines it moved between
        await settle(pilot)
        assert set(painted.args) == {line_number(app, pid), line_number(app, grid(app).cursor)}


async def test_a_star_key_does_not_go_through_the_whole_agenda(tmp_path, monkeypatch):
    app = make_app(tmp_path, {pid: "" for pid in list(PROGRAM.papers)[::3]})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        analyses = Count(app_module.analyze)
        scans = Count(live.now_next)
        monkeypatch.setattr(app_module, "analyze", analyses)
        monkeypatch.setattr(live, "now_next", scans)
        # A worker is named after its arguments unless told otherwise: the repr of a big
        # agenda, on every key.
        reprs = Count(Agenda.__repr__)
        monkeypatch.setattr(Agenda, "__repr__", lambda self: reprs(self))
        for _ in range(2):  # star, then unstar
            await pilot.press("space")
            await settle(pilot)
        assert (analyses.args, scans.args, reprs.args) == ([], [], [])
        assert app.sub_title.startswith("plan ")  # the header did follow


def test_the_header_next_talk_agrees_with_now_next():
    rng = random.Random(14)
    ids = list(PROGRAM.papers)
    first = min(p.start for p in PROGRAM.papers.values())
    last = max(p.end for p in PROGRAM.papers.values())
    fast = HeaderNext(PROGRAM)
    moments = [first - timedelta(minutes=1), first, last, last - timedelta(seconds=1)]
    moments += [p.start for p in PROGRAM.papers.values()]
    moments += [p.end - timedelta(minutes=1) for p in PROGRAM.papers.values()]
    for at in moments:
        for starred in (frozenset(), frozenset(ids), frozenset(rng.sample(ids, 3)),
                        frozenset(rng.sample(ids, 60)), frozenset({"not-a-paper", ids[-1]})):
            assert fast(starred, at) == header_next(PROGRAM, starred, at), (at, len(starred))


@pytest.mark.parametrize("n", [0, 1])
def test_the_header_of_an_empty_agenda_says_nothing(n):
    at = PROGRAM.papers[list(PROGRAM.papers)[n]].start
    assert HeaderNext(PROGRAM)(frozenset(), at) == ""


async def test_a_star_is_saved_after_its_frame_and_so_is_its_plan(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.toggle_star("fast-acs")  # what the key does, without the frame after it
        # Shown at once; the writer and the planner, threads that would slow that frame at
        # 10,000 stars, get it once it is drawn.
        assert grid(app).marks("fast-acs").starred
        assert list(app._held) and app._changes.empty() and app.busy
        assert not [w for w in app.workers if w.group == "plan"]
        await settle(pilot)
        assert on_disk(app) == {"fast-acs": ""} and not app._held
        assert app.sub_title.startswith("plan 1/1")


async def test_a_star_held_for_its_frame_is_saved_when_the_app_ends_at_once(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.toggle_star("fast-acs")
        app.exit()
    # The writer is a thread of the event loop's executor, which a process waits for when
    # it ends: it goes on after the app and saves what was held. Waited for up to 30 s: on a
    # loaded machine (18 of these at once on two cores) the save took longer than 5.
    for _ in range(3000):
        if on_disk(app):
            break
        await asyncio.sleep(0.01)
    assert on_disk(app) == {"fast-acs": ""}


async def test_changes_made_while_a_save_runs_are_saved_together(tmp_path, monkeypatch):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        update, go = app.store.update, threading.Event()
        saves = []

        def slow_update(change):
            saves.append(change)
            go.wait(10)  # the first save takes long: the next changes queue up behind it
            return update(change)

        monkeypatch.setattr(app.store, "update", slow_update)
        for pid in ("fast-acs", "gmi-drl", "jenga", "poby"):
            app.toggle_star(pid)
            await pilot.pause()
        for _ in range(200):
            await pilot.pause(0.01)
            if len(saves) == 1 and not app._held and app._changes.qsize() == 3:
                break
        go.set()
        await settle(pilot)
        assert len(saves) == 2  # the first change, then the three that waited, in one update
        assert set(on_disk(app)) == {"fast-acs", "gmi-drl", "jenga", "poby"}
        assert not app.busy and app.agenda.starred == {"fast-acs", "gmi-drl", "jenga", "poby"}


async def test_stars_made_while_a_plan_runs_make_one_more_plan(tmp_path, monkeypatch):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        plan_for, go = planning.plan_for, threading.Event()
        plans = []

        def slow_plan(program, agenda, walk):
            plans.append(agenda)
            go.wait(10)  # the first plan takes long: the stars made meanwhile wait for it
            return plan_for(program, agenda, walk)

        monkeypatch.setattr(planning, "plan_for", slow_plan)
        replan = planning.replan

        def slow_replan(program, before, levels, changed=None):
            plans.append(app.agenda)
            go.wait(10)
            return replan(program, before, levels, changed)

        monkeypatch.setattr(planning, "replan", slow_replan)
        for pid in ("fast-acs", "gmi-drl", "jenga", "poby"):
            app.toggle_star(pid)
            await pilot.pause()
        go.set()
        await settle(pilot)
        assert len(plans) == 2  # not one plan per star
        assert app.sub_title.startswith("plan ") and app._plan[0] is app.agenda


async def test_a_star_key_neither_lays_out_nor_repaints_the_whole_screen(tmp_path, monkeypatch):
    # The agenda and the header's text are reactives of the app: by Textual's default a
    # change of either repainted the whole screen, and the header's title laid it out again.
    from textual.screen import Screen
    from textual.widget import Widget

    app = make_app(tmp_path, {"jenga": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        layouts = Count(Screen._refresh_layout)
        monkeypatch.setattr(Screen, "_refresh_layout", lambda self, *a, **k: layouts(self, *a, **k))
        drawn = Count(Widget.render_line)  # a line drawn anew, not taken from the cache
        monkeypatch.setattr(Widget, "render_line", lambda self, y: drawn(self, y))
        for _ in range(2):  # star, then unstar
            await pilot.press("space")
            await settle(pilot)
        assert app.sub_title.startswith("plan ")  # the header did follow
        assert layouts.args == []
        assert {type(w).__name__ for w in drawn.args} == {"_Title", "FocusLine"}


async def test_a_star_key_plans_from_the_entries_it_changed(tmp_path, monkeypatch):
    # The plan after a star was made from a copy of every star's level (levels_of), and its
    # coverage looked up the level of every starred talk: 10,000 of each on every key.
    app = make_app(tmp_path, {pid: "" for pid in list(PROGRAM.papers)[::3]})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        copies = Count(planning.levels_of)
        monkeypatch.setattr(planning, "levels_of", copies)
        replans = Count(planning.replan)
        monkeypatch.setattr(planning, "replan", replans)
        for _ in range(2):  # star, then unstar
            await pilot.press("space")
            await settle(pilot)
        assert copies.args == [] and len(replans.args) == 2
        fresh = planning.make_plan(app.program, dict(app.agenda.levels), app.walk_minutes)
        assert app.plan.coverage == fresh.coverage and app.sub_title.startswith("plan ")


async def test_the_collector_stops_walking_the_program_once_it_is_loaded(tmp_path):
    # A full collection walked every object of the program and the agenda: at 10,000 papers
    # ~160 ms, every few dozen keys. Frozen once loaded (gc.freeze), unfrozen at the end.
    import gc

    app = make_app(tmp_path, {pid: "" for pid in list(PROGRAM.papers)[::3]})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(100):  # the search index is built on a thread
            if app._frozen:
                break
            await pilot.pause(0.02)
        frozen = gc.get_freeze_count()
        assert app._frozen and frozen > 10 * len(app.program.papers)
        paper = next(iter(app.program.papers.values()))
        assert gc.is_tracked(paper) and not any(o is paper for o in gc.get_objects())
        await pilot.press("space")
        await settle(pilot)
    assert gc.get_freeze_count() == 0


async def test_a_level_or_a_note_keeps_the_analysis_of_the_same_stars(tmp_path, monkeypatch):
    # The stars did not change, so neither did their conflicts: a new analysis was made, and
    # the slot grid compared it with the last one pair by pair.
    app = make_app(tmp_path, {pid: "" for pid in list(PROGRAM.papers)[::3]})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pid = grid(app).cursor
        if pid not in app.agenda.starred:
            await pilot.press("space")
            await settle(pilot)
        before = app.analysis
        analyses = Count(app_module.reanalyze)
        monkeypatch.setattr(app_module, "reanalyze", analyses)
        await pilot.press("plus")  # want -> must
        await settle(pilot)
        app.set_note(pid, "bring questions")
        await settle(pilot)
        assert app.agenda.level(pid) == "must" and app.agenda.note(pid) == "bring questions"
        assert analyses.args == [] and app.analysis is before


async def test_a_star_whose_marks_would_wrap_the_line_under_the_grid_keeps_the_grid(
        tmp_path, monkeypatch):
    # The line under the grid took one more line for "★ starred": the grid lost its last
    # line and the whole screen was laid out again (half of such a key at 10,000 papers).
    # It keeps room for the most marks a talk can carry instead.
    from textual.screen import Screen

    from planner.tui.focus_line import FocusLine, focus_head, with_marks

    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.jump_to("flexpipe")
        await settle(pilot)
        line = app.screen.query_one(FocusLine)
        head = focus_head(PROGRAM, "flexpipe", 5 * 120)
        width = line.content_region.width
        assert head.get_height(line.styles, width) < \
            with_marks(head, "★ starred").get_height(line.styles, width)  # it would wrap
        view = app.screen.query_one("#grid-scroll")  # the grid's window on the day
        where, height = view.region, line.size.height
        layouts = Count(Screen._refresh_layout)
        monkeypatch.setattr(Screen, "_refresh_layout", lambda self, *a, **k: layouts(self, *a, **k))
        for key, mark in (("space", "★ starred"), ("plus", "✪ must see"), ("space", None)):
            await pilot.press(key)
            await settle(pilot)
            shown = str(line.render())
            assert (mark in shown) if mark else ("must see" not in shown)
            assert (view.region, line.size.height) == (where, height)
        assert layouts.args == []


def _counted(name: str):
    def method(self, *args):
        _Stars.passes.append(name)
        return getattr(frozenset, name)(self, *args)
    return method


# Agenda.starred that counts what goes through every starred id.
_SET_PASSES = ("__iter__", "__xor__", "__rxor__", "__sub__", "__rsub__", "__or__", "__ror__",
               "__and__", "__rand__", "__eq__", "__ne__", "__le__", "__ge__", "__lt__", "__gt__",
               "symmetric_difference", "difference", "union", "intersection", "issubset",
               "issuperset", "isdisjoint")
_Stars = type("_Stars", (frozenset,), {**{n: _counted(n) for n in _SET_PASSES},
                                       "__hash__": frozenset.__hash__, "passes": []})


async def test_a_star_key_goes_through_no_entry_and_no_star_but_its_own(tmp_path, monkeypatch):
    # What changed was found by going through all 10,000: the stars before and after the
    # key compared as sets (for the conflicts), the entries written and read (the save) and
    # the entries planned and shown (the plan), a millisecond each, every key.
    # On the time grid, as bench/scale.py's programs show.
    from functools import cached_property

    import planner.agenda as agenda_module
    from tests.tui.schedules import TWELVE, schedule_app

    app = schedule_app(tmp_path, starred={pid: "" for pid in list(TWELVE.papers)[::3]})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        passes = Count(agenda_module.compress)
        monkeypatch.setattr(agenda_module, "compress", passes)
        monkeypatch.setattr(Agenda, "starred", cached_property(lambda self: _Stars(self.entries)))
        Agenda.starred.__set_name__(Agenda, "starred")
        _Stars.passes.clear()
        for _ in range(2):  # star, then unstar
            await pilot.press("space")
            await settle(pilot)
        assert "plan " in app.sub_title and app.analysis  # it all did follow
        assert (passes.args, _Stars.passes) == ([], [])


async def test_the_header_keeps_the_last_coverage_until_the_plan_of_a_star_is_made(
        tmp_path, monkeypatch):
    # The coverage went from the header with the star and came back with its plan: the
    # header blinked, and was drawn twice a key (a frame of its own, ~1 ms at 10,000 stars).
    from textual.widget import Widget

    app = make_app(tmp_path, {"jenga": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.sub_title.startswith("plan 1/1:")
        drawn = Count(Widget.render_line)
        monkeypatch.setattr(Widget, "render_line", lambda self, y: drawn(self, y))
        app.toggle_star("fast-acs")  # what the key does; its plan is made after its frame
        assert app.sub_title.startswith("plan 1/1:")
        await settle(pilot)
        assert app.sub_title.startswith("plan 2/2:")
        assert [type(w).__name__ for w in drawn.args].count("_Title") == 1
        await pilot.press("space")  # and by the key itself: unstarred again
        await settle(pilot)
        assert app.sub_title.startswith("plan 1/1:")
        assert [type(w).__name__ for w in drawn.args].count("_Title") == 2


async def test_a_plan_that_fails_leaves_no_coverage_of_an_older_agenda(tmp_path, monkeypatch):
    import planner.plan as planning

    app = make_app(tmp_path, {"jenga": ""})
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert app.sub_title.startswith("plan 1/1:")

        def failing(*args, **kwargs):
            raise RuntimeError("no plan today")

        monkeypatch.setattr(planning, "replan", failing)
        monkeypatch.setattr(planning, "plan_for", failing)
        await pilot.press("space")
        await settle(pilot)
        assert "plan" not in app.sub_title


async def test_the_agenda_a_save_wrote_is_compared_with_the_one_on_show_by_its_changes(
        tmp_path, monkeypatch):
    # After each save the app compares the agenda written with the one on show: all 10,000
    # entries (~0.5 ms a key), unless the two share a recent history. They shared only the
    # agenda first read, which their chains of changes left behind after 64 keys.
    from planner.agenda import _Made

    monkeypatch.setattr(_Made, "MAX_CHAIN", 4)  # 64 in use: 12 keys show the same
    app = make_app(tmp_path, {pid: "" for pid in list(PROGRAM.papers)[::3]})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        related, unrelated = [], []
        real = _Made.ids_between

        def between(self, other):
            ids = real(self, other)
            (related if ids is not None else unrelated).append(other)
            return ids

        monkeypatch.setattr(_Made, "ids_between", between)
        for _ in range(12):
            await pilot.press("space")
            await settle(pilot)
        assert len(related) >= 12 and unrelated == []
        assert on_disk(app) == {k: "" for k in app.agenda.entries}
