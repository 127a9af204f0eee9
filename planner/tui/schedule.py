"""The main screen: three days as tabs, each a grid of slots by tracks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, TabbedContent, TabPane

from planner.tui.widgets import DayGrid, TalkCell

if TYPE_CHECKING:
    from planner.tui.app import PlannerApp


class ScheduleScreen(Screen[None]):
    BINDINGS = [
        Binding("space", "toggle_star", "Star", id="star"),
        Binding("enter", "details", "Details", id="details"),
        Binding("1", "day(0)", "Mon", id="day-1"),
        Binding("2", "day(1)", "Tue", id="day-2"),
        Binding("3", "day(2)", "Wed", id="day-3"),
    ]

    app: PlannerApp

    def compose(self) -> ComposeResult:
        yield Header()
        program = self.app.program
        with TabbedContent(initial=f"day-{self.app.initial_day + 1}", id="days"):
            for i, day in enumerate(program.days):
                label = f"{i + 1} {day.date:%a %b} {day.date.day}"
                with TabPane(label, id=f"day-{i + 1}"):
                    yield DayGrid(program, day, id=f"grid-{i + 1}")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_marks()
        self.focus_first_talk()

    # --- what the screen shows ---

    def refresh_marks(self) -> None:
        starred, analysis = self.app.agenda.starred, self.app.analysis
        for grid in self.query(DayGrid):
            grid.show(starred, analysis)

    @property
    def grid(self) -> DayGrid:
        active = self.query_one("#days", TabbedContent).active
        return self.query_one(f"#grid-{active.removeprefix('day-')}", DayGrid)

    def focus_first_talk(self) -> None:
        cells = self.grid.query(TalkCell)
        if cells:
            cells.first().focus()

    @property
    def current(self) -> TalkCell | None:
        return self.focused if isinstance(self.focused, TalkCell) else None

    def jump_to(self, paper_id: str) -> None:
        """Show the day that holds the talk and put the cursor on it."""
        paper = self.app.program.papers[paper_id]
        index = next(i for i, d in enumerate(self.app.program.days)
                     if d.date == self.app.program.day_of(paper).date)
        self.query_one("#days", TabbedContent).active = f"day-{index + 1}"
        self.query_one(f"#t-{paper_id}", TalkCell).focus()

    # --- actions ---

    def action_day(self, index: int) -> None:
        if index < len(self.app.program.days):
            self.query_one("#days", TabbedContent).active = f"day-{index + 1}"
            self.focus_first_talk()

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        if self.current is None or self.current.paper.id not in self._day_ids():
            self.call_after_refresh(self.focus_first_talk)

    def _day_ids(self) -> set[str]:
        return {c.paper.id for c in self.grid.query(TalkCell)}

    def action_toggle_star(self) -> None:
        if cell := self.current:
            self.app.toggle_star(cell.paper.id)

    def action_details(self) -> None:
        if cell := self.current:
            self.app.open_details(cell.paper.id)

    def action_move(self, dx: int, dy: int) -> None:
        cell = self.current
        if cell is None:
            self.focus_first_talk()
            return
        target = self.app.navigator.step(cell.paper.id, dx, dy)
        if target:
            self.query_one(f"#t-{target}", TalkCell).focus()
