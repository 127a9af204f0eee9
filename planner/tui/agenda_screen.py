"""The agenda: starred talks in time order, grouped by day, with conflicts and hops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from planner.render import day_title, span, starred_papers
from planner.safe_text import for_terminal
from planner.tui.widgets import CONFLICT, HOP, STAR

if TYPE_CHECKING:
    from planner.tui.app import PlannerApp


class AgendaScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.agenda", "Back to the grid", id="back"),
        Binding("space", "unstar", "Unstar", id="unstar"),
        Binding("enter", "open", "Details", id="open", show=True),
    ]

    app: PlannerApp

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="agenda-summary")
        yield OptionList(id="agenda-list", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_marks()
        self.query_one(OptionList).focus()

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

        options: list[Option | None] = []
        current = None
        for p in papers:
            day = program.day_of(p).date
            if day != current:
                options.append(Option(Content.styled(day_title(day), "bold"), disabled=True))
                current = day
            s = program.session_of(p)
            clash = analysis.conflicts_with.get(p.id, ())
            mark = CONFLICT if clash else STAR
            lines = [Content.assemble((mark, "bold"), f" {span(program, p.start, p.end)}  ",
                                      (s.track, "bold"), f"  {p.title}")]
            lines.append(Content(f"     {s.title}"))
            for other in clash:
                o = program.papers[other]
                lines.append(Content.assemble(
                    (f"     {CONFLICT} conflicts with ", "bold"),
                    f"{o.title} ({program.session_of(o).track})"))
            if hop := analysis.hop_of(p.id):
                lines.append(Content(f"     {HOP} hop from {program.session_of(hop.src).track} "
                                     f"({hop.gap_phrase})"))
            if note := agenda.note(p.id):
                lines.append(Content(f"     note: {for_terminal(note.splitlines()[0])}"))
            options.append(Option(Content("\n").join(lines), id=p.id))
        option_list = self.query_one(OptionList)
        keep = option_list.highlighted_option.id if option_list.highlighted_option else None
        option_list.set_options(options)
        ids = [o.id for o in options if o is not None and o.id]
        if ids:
            target = keep if keep in ids else ids[0]
            option_list.highlighted = option_list.get_option_index(target)

    def _highlighted(self) -> str | None:
        option = self.query_one(OptionList).highlighted_option
        return option.id if option is not None else None

    def action_unstar(self) -> None:
        if pid := self._highlighted():
            self.app.toggle_star(pid)

    def action_open(self) -> None:
        if pid := self._highlighted():
            self.app.open_details(pid)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.app.open_details(event.option.id)
