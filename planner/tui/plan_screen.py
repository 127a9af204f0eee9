"""The plan (talks attended and dropped, by day) and the gaps in it, listed like the agenda."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from planner.gaps import find_gaps
from planner.render import span
from planner.tui.agenda_list import AgendaList
from planner.tui.clip import clip
from planner.tui.header import Header
from planner.tui.plan_list import GapList, PlanList, _TalkList
from planner.tui.plan_marks import DROP

if TYPE_CHECKING:
    from planner.tui.app import PlannerApp


class _ListScreen(Screen[None]):
    """A summary over one list of talks; enter opens the talk under the cursor."""

    BINDINGS = [Binding("enter", "open", "Details", id="open", show=True)]

    app: PlannerApp

    def talk_list(self) -> _TalkList:
        return self.query_one(_TalkList)

    def on_mount(self) -> None:
        self.refresh_marks()
        self.talk_list().focus()

    def refresh_marks(self) -> None:
        """Redraw from the app's agenda and plan (every screen on the stack has this)."""

    @property
    def current_talk(self) -> str | None:
        return self.talk_list().highlighted

    def action_open(self) -> None:
        if pid := self.current_talk:
            self.app.open_details(pid)

    @on(AgendaList.Chosen)
    def _chosen(self, event: AgendaList.Chosen) -> None:
        self.app.open_details(event.paper_id)


class PlanScreen(_ListScreen):
    """Every starred talk by day: attended (✓) or dropped (✗) with what displaced it."""

    BINDINGS = [
        Binding("escape", "app.plan", "Back to the grid", id="plan-back"),
        *_ListScreen.BINDINGS,
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="plan-summary", classes="list-summary")
        yield PlanList(self.app.program, id="plan-list", classes="talk-list")
        yield Footer()

    def refresh_marks(self) -> None:
        program, plan = self.app.program, self.app.plan
        lines = [f"{plan.coverage_phrase} · {plan.walk_minutes} min to walk between rooms"]
        for a, b in plan.must_collisions[:5]:
            # Titles cut to a few lines each: one of megabytes took seconds to wrap.
            lines.append(f"{DROP} musts collide: {clip(a.title, 1_000)} "
                         f"({span(program, a.start, a.end)}) "
                         f"and {clip(b.title, 1_000)} ({span(program, b.start, b.end)})")
        if len(plan.must_collisions) > 5:
            lines.append(f"  and {len(plan.must_collisions) - 5} more pairs of musts collide")
        if not plan.levels:
            lines.append("Nothing starred yet: press space on a talk in the grid.")
        self.query_one("#plan-summary", Static).update(Content("\n".join(lines)))
        self.query_one(PlanList).show_plan(plan)


class GapsScreen(_ListScreen):
    """Free time in the plan, with what runs then (alike the starred talks first)."""

    BINDINGS = [
        Binding("escape", "app.gaps", "Back to the grid", id="gaps-back"),
        Binding("space", "toggle_star", "Star", id="gaps-star"),
        *_ListScreen.BINDINGS,
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="gaps-summary", classes="list-summary")
        yield GapList(self.app.program, id="gaps-list", classes="talk-list")
        yield Footer()

    def refresh_marks(self) -> None:
        program, plan, agenda = self.app.program, self.app.plan, self.app.agenda
        gaps = find_gaps(program, plan, agenda.starred)
        free = sum(g.minutes for g in gaps)
        summary = (f"{len(gaps)} gap{'s' * (len(gaps) != 1)} in your plan, {free} min free; "
                   "talks sharing words or people with your stars come first")
        if not plan.attending:
            summary = "No plan yet, so no gaps: star talks in the grid first."
        self.query_one("#gaps-summary", Static).update(Content(summary))
        self.query_one(GapList).show_gaps(gaps, agenda)

    def action_toggle_star(self) -> None:
        if pid := self.current_talk:
            self.app.toggle_star(pid)
