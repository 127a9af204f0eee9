"""The main screen: a tab per day over one grid of slots by tracks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen

from planner.tui.focus_line import FocusLine
from planner.tui.footer import GridFooter
from planner.tui.header import Header
from planner.tui.navigation import slots_fit
from planner.tui.widgets import DayBar, DayGrid

if TYPE_CHECKING:
    from planner.tui.app import PlannerApp
    from planner.tui.time_grid import TimeGrid


LEVEL = Binding.Group("Level", compact=True)  # + and - share one footer entry


class ScheduleScreen(Screen[None]):
    BINDINGS = [
        Binding("space", "toggle_star", "Star", id="star"),
        Binding("enter", "details", "Details", id="details"),
        Binding("plus,equals_sign", "app.change_level(1)", "Level+", group=LEVEL),
        Binding("minus", "app.change_level(-1)", "Level−", group=LEVEL),
        Binding("v", "plan_overlay", "Plan on grid", show=False, id="plan-overlay"),
        Binding("1", "day(0)", "Mon", show=False, id="day-1"),
        Binding("2", "day(1)", "Tue", show=False, id="day-2"),
        Binding("3", "day(2)", "Wed", show=False, id="day-3"),
        *(Binding(str(n), f"day({n - 1})", f"Day {n}", show=False, id=f"day-{n}")
          for n in range(4, 10)),
    ]

    app: PlannerApp

    def compose(self) -> ComposeResult:
        yield Header()
        program = self.app.program
        yield DayBar([f"{i + 1} {d.date:%a %b} {d.date.day}" for i, d in enumerate(program.days)],
                     self.app.initial_day, id="days")
        # A published schedule, or rooms out of step: talks by their times.
        if program.conference.layout == "time" or not slots_fit(program):
            from planner.library import hidden_rooms
            from planner.tui.time_grid import TimeGrid

            yield TimeGrid(program, self.app.initial_day, hidden_rooms(self.app.program_key),
                           id="grid")
        else:
            with VerticalScroll(id="grid-scroll", can_focus=False):
                yield DayGrid(program, self.app.navigator, self.app.initial_day, id="grid")
        yield FocusLine(id="focus-line")
        # No "^p Palette" here: at 80 columns it pushed Help and Quit out of the footer; `/`
        # searches, and the help names ctrl+p.
        yield GridFooter()

    def on_mount(self) -> None:
        self.refresh_marks()
        self.refresh_now()
        self.grid.show_day(self.app.initial_day)
        self.grid.focus()
        self.watch(self.grid, "cursor", lambda _: self._show_focus())

    def _show_focus(self) -> None:
        self.query_one(FocusLine).show(self.app.program, self.grid.cursor,
                                       self.app.agenda.starred, self.app.analysis,
                                       self.app.plan_analysis if self.show_plan else None)

    @property
    def grid(self) -> DayGrid | TimeGrid:
        return self.query_one("#grid")  # type: ignore[return-value]

    @property
    def current(self) -> str | None:
        """The paper under the cursor."""
        return self.grid.cursor

    show_plan = False  # the plan drawn on the grid (v): attending or dropped per talk

    def refresh_marks(self) -> None:
        self.grid.show(self.app.agenda.starred, self.app.analysis)
        colleague = self.app.colleague
        self.grid.show_theirs(colleague.starred if colleague is not None else frozenset())
        agenda = self.app.agenda
        if self.show_plan:  # ✓ or ✗ per starred talk, and the hops of the plan's talks
            self.grid.show_levels(agenda.levels, self.app.plan.attending,
                                  self.app.plan_analysis)
        else:  # agenda.levels: a view, no copy of 10,000 entries a key
            self.grid.show_levels(agenda.levels, None)
        self._show_focus()

    def refresh_now(self) -> None:
        self.grid.show_now(self.app.now_at)

    def action_plan_overlay(self) -> None:
        self.show_plan = not self.show_plan
        self.refresh_marks()

    def jump_to(self, paper_id: str) -> None:
        """Show the day that holds the talk and put the cursor on it."""
        program = self.app.program
        day = program.day_of(program.papers[paper_id]).date
        index = next(i for i, d in enumerate(program.days) if d.date == day)
        self._show_day(index, paper_id)

    def _show_day(self, index: int, paper_id: str | None = None) -> None:
        self.query_one("#days", DayBar).active = index
        self.grid.show_day(index, paper_id)
        self.grid.focus()

    @on(DayBar.Chosen)
    def _day_clicked(self, event: DayBar.Chosen) -> None:
        if event.index != self.grid.day_index:
            self._show_day(event.index)
        self.grid.focus()

    @on(DayGrid.Chosen)
    def _chosen(self, event: DayGrid.Chosen) -> None:
        self.app.open_details(event.paper_id)

    def on_time_grid_chosen(self, event: TimeGrid.Chosen) -> None:
        self.app.open_details(event.paper_id)

    def on_time_grid_rooms_hidden(self, event: TimeGrid.RoomsHidden) -> None:
        self.save_hidden_rooms(event.hidden)

    @work(thread=True, group="view-save", exclusive=True, exit_on_error=False)
    def save_hidden_rooms(self, hidden: frozenset[str]) -> None:
        from planner.library import save_hidden_rooms

        try:
            save_hidden_rooms(self.app.program_key, hidden)
        except OSError as err:
            self.notify(f"Hidden rooms not kept for next time: {err.strerror or err}",
                        severity="warning", markup=False)

    # --- actions ---

    def action_day(self, index: int) -> None:
        if index < len(self.app.program.days):
            self._show_day(index)

    def action_toggle_star(self) -> None:
        if pid := self.current:
            self.app.toggle_star(pid)

    def action_details(self) -> None:
        if pid := self.current:
            self.app.open_details(pid)
