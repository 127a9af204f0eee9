"""The day grid: one row per time slot, one column per track, a focusable cell per talk.

Widgets only show what they are given (messages up, attributes down): the screen tells each
cell whether it is starred, in conflict or reached by a hop.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from planner.conflicts import Analysis
from planner.program import Day, Paper, Program, Session, Slot
from planner.render import hm, span

STAR, NO_STAR, CONFLICT, HOP = "★", "·", "⚠", "⇄"


class TalkCell(Static, can_focus=True):
    """One talk: markers, start time, title on one line (the full title is in the details)."""

    # Bound here, on the focused widget, so the grid's own scrolling keys do not take them.
    BINDINGS = [
        Binding("up,k", "screen.move(0, -1)", "Up", show=False),
        Binding("down,j", "screen.move(0, 1)", "Down", show=False),
        Binding("left,h", "screen.move(-1, 0)", "Left", show=False),
        Binding("right,l", "screen.move(1, 0)", "Right", show=False),
    ]

    starred: reactive[bool] = reactive(False, toggle_class="-starred")
    conflict: reactive[bool] = reactive(False, toggle_class="-conflict")
    hop: reactive[bool] = reactive(False, toggle_class="-hop")

    def __init__(self, program: Program, paper: Paper) -> None:
        super().__init__(id=f"t-{paper.id}", classes="talk", markup=False)
        self.paper = paper
        self.time = hm(program, paper.start)
        self.tooltip = Content(paper.title)

    def render(self) -> Content:
        return Content.assemble(
            (STAR if self.starred else NO_STAR, "bold" if self.starred else "dim"),
            (CONFLICT if self.conflict else " ", "bold"),
            (HOP if self.hop and not self.conflict else " ", ""),
            " ",
            (self.time, "dim"),
            " ",
            self.paper.title,
        )


class SessionColumn(Vertical):
    def __init__(self, program: Program, session: Session) -> None:
        super().__init__(id=f"s-{session.id}", classes="session")
        self.program = program
        self.session = session

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble((self.session.track, "bold"), "  ", self.session.title),
                     classes="session-title", markup=False)
        for paper in self.session.papers:
            yield TalkCell(self.program, paper)


class SlotRow(Horizontal):
    """What runs at the same time, side by side, with the slot's times and state on the left."""

    state: reactive[str] = reactive("")

    def __init__(self, program: Program, slot: Slot, tracks: tuple[str, ...]) -> None:
        super().__init__(classes="slot")
        self.program = program
        self.slot = slot
        self.tracks = tracks

    def compose(self) -> ComposeResult:
        yield Static(self._label(), classes="slot-time", markup=False)
        by_track = {s.track: s for s in self.slot.sessions}
        for track in self.tracks:
            if track in by_track:
                yield SessionColumn(self.program, by_track[track])
            else:
                yield Static("", classes="session -empty")

    def _label(self) -> Content:
        return Content.assemble(
            (hm(self.program, self.slot.start), "bold"), "\n",
            (f"–{hm(self.program, self.slot.end)}", "dim"), "\n\n",
            (self.state, "bold"),
        )

    def watch_state(self, state: str) -> None:
        self.set_class(state.startswith(CONFLICT), "-conflict")
        self.set_class(state.startswith(HOP), "-split")
        if self.is_mounted:
            self.query_one(".slot-time", Static).update(self._label())


class DayGrid(VerticalScroll, can_focus=False):
    """One day of the program."""

    def __init__(self, program: Program, day: Day, **kwargs: object) -> None:
        super().__init__(classes="day-grid", **kwargs)  # type: ignore[arg-type]
        self.program = program
        self.day = day

    def compose(self) -> ComposeResult:
        tracks = self.program.conference.tracks
        for slot in self.day.slots:
            yield SlotRow(self.program, slot, tracks)

    def show(self, starred: frozenset[str], analysis: Analysis) -> None:
        """Mark stars, conflicts and hops on every talk and slot of this day."""
        hop_targets = {h.dst.id for h in analysis.hops} | {h.src.id for h in analysis.hops}
        views = {v.slot.start: v for v in analysis.slots if v.day == self.day.date}
        for cell in self.query(TalkCell):
            pid = cell.paper.id
            cell.starred = pid in starred
            cell.conflict = pid in analysis.conflicts_with
            cell.hop = pid in hop_targets
        for row in self.query(SlotRow):
            view = views.get(row.slot.start)
            if view is None or not view.split:
                row.state = f"{CONFLICT} clash" if view and view.in_conflict else ""
            elif view.in_conflict:
                row.state = f"{CONFLICT} clash"
            else:
                row.state = f"{HOP} hop ok"


def when(program: Program, paper: Paper) -> str:
    day = program.day_of(paper).date
    return f"{day:%a} {day:%b} {day.day}, {span(program, paper.start, paper.end)}"
