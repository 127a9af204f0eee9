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
        Binding("1", "day(0)", "Mon", show=False, id="day-1"),
        Binding("2", "day(1)", "Tue", show=False, id="day-2"),
        Binding("3", "day(2)", "Wed", show=False, id="day-3"),
    ]

    app: PlannerApp
    _focus_after_switch: str | None = None

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
        program = self.app.program
        day = program.day_of(program.papers[paper_id]).date
        index = next(i for i, d in enumerate(program.days) if d.date == day)
        self._show_day(index, paper_id)

    def _show_day(self, index: int, paper_id: str | None = None) -> None:
        tabs = self.query_one("#days", TabbedContent)
        pane = f"day-{index + 1}"
        if tabs.active == pane:
            self._focus_talk(paper_id)
        else:
            # The cells of a hidden day cannot take focus: focus once the tab has switched.
            self._focus_after_switch = paper_id
            tabs.active = pane

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        paper_id, self._focus_after_switch = self._focus_after_switch, None
        self.call_after_refresh(self._focus_talk, paper_id)

    def _focus_talk(self, paper_id: str | None) -> None:
        if paper_id is None:
            self.focus_first_talk()
        else:
            self.query_one(f"#t-{paper_id}", TalkCell).focus()

    # --- actions ---

    def action_day(self, index: int) -> None:
        if index < len(self.app.program.days):
            self._show_day(index)

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
