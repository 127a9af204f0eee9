"""The agenda: starred talks in time order, grouped by day, with conflicts and hops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from planner.render import starred_papers
from planner.safe_text import for_terminal
from planner.tui.agenda_list import AgendaList
from planner.tui.focus_line import FocusLine
from planner.tui.header import Header

if TYPE_CHECKING:
    from planner.tui.app import PlannerApp


class AgendaScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.agenda", "Grid", id="back"),
        Binding("space", "unstar", "Unstar", id="unstar"),
        Binding("enter", "open", "Details", id="open", show=True),
        # Still work here, but kept out of the footer so that Help and Quit fit in 80 columns.
        Binding("a", "app.agenda", "Agenda", show=False),
        Binding("e", "app.export", "Export", show=False),
    ]

    app: PlannerApp

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="agenda-summary")
        yield AgendaList(self.app.program, id="agenda-list")
        yield FocusLine(id="agenda-focus-line")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_marks()
        self.query_one(AgendaList).focus()
        self.watch(self.query_one(AgendaList), "cursor", lambda _: self._show_focus())

    def _show_focus(self) -> None:
        self.query_one(FocusLine).show(self.app.program, self._highlighted(),
                                       self.app.agenda.starred, self.app.analysis)

    def refresh_marks(self) -> None:
        program, agenda, analysis = self.app.program, self.app.agenda, self.app.analysis
        papers, unknown = starred_papers(program, agenda)
        n_conf, n_hops = len(analysis.conflicts), len(analysis.hops)
        summary = (f"{len(papers)} starred talk{'s' * (len(papers) != 1)} · "
                   f"{n_conf} conflict{'s' * (n_conf != 1)} · {n_hops} hop{'s' * (n_hops != 1)}")
        if unknown:
            summary += (f" · {len(unknown)} not in this program: "
                        f"{for_terminal(', '.join(unknown))}")
        if not papers:
            summary += "\nNothing starred yet: press space on a talk in the grid."
        self.query_one("#agenda-summary", Static).update(Content(summary))

        self.query_one(AgendaList).show(papers, agenda, analysis)
        self._show_focus()

    def _highlighted(self) -> str | None:
        return self.query_one(AgendaList).highlighted

    def action_unstar(self) -> None:
        if pid := self._highlighted():
            self.app.toggle_star(pid)

    def action_open(self) -> None:
        if pid := self._highlighted():
            self.app.open_details(pid)

    @on(AgendaList.Chosen)
    def _chosen(self, event: AgendaList.Chosen) -> None:
        event.stop()
        self.app.open_details(event.paper_id)
