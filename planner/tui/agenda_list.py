"""The agenda's entries as one scrolling list that builds only the lines on screen.

An option (or a widget) per entry made the agenda screen take seconds to open with thousands
of starred talks. Here `show` only counts each entry's lines (cheap integers); the text of an
entry is built when one of its lines is drawn (Textual's line API, as toolong's log view
does), so opening the screen costs the same for 10 and 10,000 entries, plus a sort.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from rich.cells import set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from planner.agenda import Agenda
from planner.conflicts import Analysis
from planner.marks import CONFLICT, CONFLICT_WORD, HOP, HOP_WORD, glyphs
from planner.program import Paper, Program
from planner.render import day_title, span
from planner.safe_text import for_terminal
from planner.tui.clip import clip

INDENT = "     "
# The most characters of one text (a title, a room) put in a line: a line shows at most a
# terminal's width, and `fit` reads four characters a cell of it, so 2,000 cover 500 columns.
# Textual copies and scans every character it is given (a title of megabytes took seconds).
LINE_TEXT = 2_000


def line_text(text: str) -> str:
    """The text cut to what a line can show."""
    return clip(text, LINE_TEXT)


def fit(content: Content, width: int) -> Content:
    """At most `width` cells, cut with an ellipsis. Only a screen's worth of a long line is
    measured: a 10 MB title costs as much as a short one."""
    head = content[: width * 4]
    if len(head) == len(content) and head.cell_length <= width:
        return content
    if width <= 1:
        return Content("…" if width == 1 else "")
    kept = set_cell_size(head.plain, width - 1).rstrip(" ")
    return head[: len(kept)] + Content("…")


class AgendaList(ScrollView, can_focus=True):
    """Starred talks grouped by day; the cursor is on one talk."""

    COMPONENT_CLASSES = {"agenda-list--cursor", "agenda-list--day"}
    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(0)", "First", show=False),
        Binding("end", "edge(-1)", "Last", show=False),
    ]

    cursor: reactive[int | None] = reactive(None, init=False)  # index into self.talks

    @dataclass
    class Chosen(Message):
        """The user clicked the talk that already had the cursor: open it."""

        paper_id: str

    def __init__(self, program: Program, **kwargs: str) -> None:
        super().__init__(**kwargs)
        self.program = program
        self.agenda = Agenda()
        self.analysis = Analysis((), (), (), {})
        self.items: list[Paper | date] = []  # day headings and talks, in drawing order
        self.starts: list[int] = []  # first line of each item
        self.talks: list[int] = []  # item index of each talk, in order
        self._talk_index: dict[str, int] = {}  # paper id -> index into self.talks
        self._lines: dict[int, list[Content]] = {}  # item index -> its lines, once drawn
        self._leaving: set[str] = set()

    # --- state in ---

    def show(self, papers: list[Paper], agenda: Agenda, analysis: Analysis) -> None:
        """Lay out the starred papers (in time order): a count of lines each, no text yet."""
        keep, old = self.highlighted, self.cursor
        self.agenda, self.analysis = agenda, analysis
        self._leaving = {h.src.id for h in analysis.hops}  # talks a hop leaves from
        items: list[Paper | date] = []
        starts: list[int] = []
        line = 0
        current: date | None = None
        conflicts_with, hop_of = analysis.conflicts_with, analysis.hop_of
        for p in papers:
            day = self.program.day_of(p).date
            if day != current:
                items.append(day)
                starts.append(line)
                line += 1
                current = day
            items.append(p)
            starts.append(line)
            line += (2 + len(conflicts_with.get(p.id, ())) + (hop_of(p.id) is not None)
                     + bool(agenda.note(p.id)))
        self.items, self.starts = items, starts
        self.talks = [i for i, item in enumerate(items) if isinstance(item, Paper)]
        self._talk_index = {items[i].id: n for n, i in enumerate(self.talks)}  # type: ignore[union-attr]
        self._lines.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, line)
        if not self.talks:
            cursor = None
        elif keep in self._talk_index:
            cursor = self._talk_index[keep]
        else:  # the talk under the cursor was unstarred: its neighbour gets the cursor
            cursor = min(old or 0, len(self.talks) - 1)
        self.cursor = cursor
        self.refresh()

    @property
    def highlighted(self) -> str | None:
        """The paper under the cursor."""
        if self.cursor is None or not self.talks:
            return None
        item = self.items[self.talks[self.cursor]]
        return item.id if isinstance(item, Paper) else None

    # --- drawing ---

    def entry_lines(self, index: int) -> list[Content]:
        """The lines of one item, built the first time one of them is drawn."""
        lines = self._lines.get(index)
        if lines is None:
            if len(self._lines) > 1_000:  # a screenful needs a few dozen
                self._lines.clear()
            lines = self._lines[index] = self._build(self.items[index])
        return lines

    def _build(self, item: Paper | date) -> list[Content]:
        if isinstance(item, date):
            return [Content(day_title(item))]
        program, analysis, p = self.program, self.analysis, item
        s = program.session_of(p)
        clash = analysis.conflicts_with.get(p.id, ())
        hop = analysis.hop_of(p.id)
        mark = glyphs(True, bool(clash), hop is not None or p.id in self._leaving,
                      self.agenda.level(p.id))  # the star is the level's own mark
        lines = [Content.assemble((mark, "bold"), f" {span(program, p.start, p.end)}  ",
                                  (line_text(s.track), "bold"), f"  {line_text(p.title)}"),
                 Content(f"{INDENT}{line_text(s.title)}")]
        for other in clash:
            o = program.papers[other]
            room = line_text(program.session_of(o).track)
            lines.append(Content.assemble((f"{INDENT}{CONFLICT} {CONFLICT_WORD} with ", "bold"),
                                          f"{line_text(o.title)} ({room})"))
        if hop:
            room = line_text(program.session_of(hop.src).track)
            lines.append(Content(f"{INDENT}{HOP} {HOP_WORD} from {room} ({hop.gap_phrase})"))
        if note := self.agenda.note(p.id):
            first = line_text(note).splitlines()[0]  # one line of it shows
            lines.append(Content(f"{INDENT}note: {for_terminal(first)}"))
        return lines

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        index = bisect_right(self.starts, line) - 1
        if index < 0 or line >= self.virtual_size.height:
            return Strip.blank(width, self.rich_style)
        item = self.items[index]
        if isinstance(item, date):
            style = self.get_visual_style("agenda-list--day")
        elif self.cursor is not None and self.talks[self.cursor] == index:
            style = self.get_visual_style("agenda-list--cursor")
        else:
            style = self.visual_style
        text = Content(" ") + fit(self.entry_lines(index)[line - self.starts[index]], width - 1)
        segments = [Segment(t, s.rich_style if s else None) for t, s in text.render(style, end="")]
        return Strip(segments).crop_extend(0, width, style.rich_style)

    # --- the cursor ---

    def watch_cursor(self) -> None:
        self._scroll_to_cursor()
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        if self.cursor is None:
            return
        index = self.talks[self.cursor]
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else \
            self.virtual_size.height
        if self.cursor == 0 or self.starts[index - 1] == start - 1:
            start -= isinstance(self.items[index - 1], date)  # show the day heading too
        self.scroll_to_region(Region(0, start, 1, end - start), animate=False, force=True)

    def action_move(self, delta: int) -> None:
        if self.talks:
            self.cursor = max(0, min(len(self.talks) - 1, (self.cursor or 0) + delta))

    def action_page(self, direction: int) -> None:
        if not self.talks:
            return
        # The talk that holds the line a screen's height away from the cursor's first line.
        here = self.starts[self.talks[self.cursor or 0]]
        target = max(0, here + direction * max(1, self.scrollable_content_region.height - 1))
        talk = max(0, bisect_right(self.talks, bisect_right(self.starts, target) - 1) - 1)
        if talk == self.cursor:
            talk += direction
        self.cursor = max(0, min(len(self.talks) - 1, talk))

    def action_edge(self, which: int) -> None:
        if self.talks:
            self.cursor = 0 if which == 0 else len(self.talks) - 1

    def on_click(self, event: events.Click) -> None:
        line = self.scroll_offset.y + event.y
        index = bisect_right(self.starts, line) - 1
        if index < 0 or isinstance(self.items[index], date) or line >= self.virtual_size.height:
            return
        talk = bisect_right(self.talks, index) - 1
        if talk == self.cursor:
            self.post_message(self.Chosen(self.items[index].id))  # type: ignore[union-attr]
        self.cursor = talk
