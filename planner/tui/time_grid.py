"""The time grid of a published schedule: time runs down, rooms run across.

A talk takes the height of its duration (one line per five minutes), so talks that do not
line up in slots, breaks and gaps all show as they are. The time column and the room names
stay in place while the rooms scroll sideways and the day scrolls down.

Drawn with the line API (ScrollView + render_line): only the lines and rooms on screen are
drawn, each in O(log n) per room, so a day of any size scrolls and moves like a small one.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from planner.conflicts import Analysis
from planner.program import Day, Paper, Program
from planner.render import hm, local
from planner.tui.navigation import DayLayout, Placed
from planner.tui.widgets import EMPTY, Marks, fit, reach

TIME_WIDTH = 7  # "10:30" and a gap
MIN_COLUMN, MAX_COLUMN = 18, 40
TITLE_LIMIT = 400  # a talk shows at most this much of its title; the details show the rest


class TimeGrid(ScrollView, can_focus=True):
    """One day of a published schedule; the cursor is on one talk."""

    BINDINGS = [
        Binding("up,k", "move(0, -1)", "Up", show=False),
        Binding("down,j", "move(0, 1)", "Down", show=False),
        Binding("left,h", "move(-1, 0)", "Left", show=False),
        Binding("right,l", "move(1, 0)", "Right", show=False),
        Binding("x", "hide_room", "Hide", tooltip="Hide the room under the cursor (X shows all)",
                id="hide-room"),
        Binding("X", "show_rooms", "Show all rooms", show=False, id="show-rooms"),
    ]

    COMPONENT_CLASSES = {
        "time-grid--header", "time-grid--time", "time-grid--hour", "time-grid--talk",
        "time-grid--starred", "time-grid--conflict", "time-grid--edge", "time-grid--cursor",
        "time-grid--cursor-blurred", "time-grid--now",
    }

    DEFAULT_CSS = """
    TimeGrid {
        height: 1fr;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        scrollbar-size-horizontal: 1;
    }
    TimeGrid > .time-grid--header { color: $accent; text-style: bold; background: $panel; }
    TimeGrid > .time-grid--time { color: $text-muted; }
    TimeGrid > .time-grid--hour { color: $text; text-style: bold; }
    TimeGrid > .time-grid--talk { color: $text-muted; background: $boost; }
    TimeGrid > .time-grid--starred { color: $text; text-style: bold; background: $boost; }
    TimeGrid > .time-grid--conflict { color: $error; text-style: bold; background: $boost; }
    TimeGrid > .time-grid--edge { color: $accent; background: $boost; }
    TimeGrid > .time-grid--cursor { text-style: reverse bold; }
    TimeGrid > .time-grid--cursor-blurred { text-style: underline; }
    TimeGrid > .time-grid--now { color: $warning; text-style: bold; }
    """

    day_index: reactive[int] = reactive(0, init=False)
    # No repaint of the whole grid on a move: watch_cursor redraws the two talks that change.
    cursor: reactive[str | None] = reactive(None, init=False, repaint=False)

    @dataclass
    class Chosen(Message):
        """The user clicked a talk that already had the cursor: open it."""

        paper_id: str

    @dataclass
    class RoomsHidden(Message):
        """The user hid or showed rooms: the new set, to keep for this program."""

        hidden: frozenset[str]

    def __init__(self, program: Program, day_index: int = 0,
                 hidden: frozenset[str] = frozenset(), **kwargs: str) -> None:
        super().__init__(**kwargs)
        self.program = program
        self.tracks = program.conference.tracks
        self.hidden = frozenset(hidden) & set(self.tracks)
        self.set_reactive(TimeGrid.day_index, day_index)
        self.starred: frozenset[str] = frozenset()
        self.theirs: frozenset[str] = frozenset()  # a colleague's stars, when one is shown
        self.now: datetime | None = None
        self.analysis = EMPTY
        self.levels: Mapping[str, str] = {}  # starred id -> must, want or maybe
        self.planned: frozenset[str] | None = None  # with the plan shown: the talks attended
        self.plan_hops: Analysis | None = None  # with the plan shown: the hops between those
        self._layouts: dict[int, DayLayout] = {}
        self._cols: list[int] = []
        self._col_width = MIN_COLUMN
        self._wrapped: dict[str, list[str]] = {}
        self._styles: dict[str, Style] = {}
        self._arranged_width = -1  # the width the rooms were last arranged for
        self._drawn_marks: dict[str, Marks] = {}  # the talks drawn since a change, as drawn
        self._marks_queued = False
        self._arrange()

    # --- state in ---

    @property
    def day(self) -> Day:
        return self.program.days[self.day_index]

    @property
    def layout(self) -> DayLayout:
        layout = self._layouts.get(self.day_index)
        if layout is None:
            layout = self._layouts[self.day_index] = DayLayout(self.program, self.day)
        return layout

    @property
    def columns(self) -> list[str]:
        """The rooms on show this day, left to right."""
        return [self.tracks[c] for c in self._cols]

    def show(self, starred: frozenset[str], analysis: Analysis) -> None:
        self.starred, self.analysis = starred, analysis
        self._marks_changed()

    def show_theirs(self, ids: frozenset[str]) -> None:
        self.theirs = ids
        self._marks_changed()

    def show_now(self, at: datetime | None) -> None:
        self.now = at
        self.refresh()

    def show_levels(self, levels: Mapping[str, str], planned: frozenset[str] | None,
                    plan_hops: Analysis | None = None) -> None:
        """Each starred talk's level; with `planned`, the plan is drawn too, and the hop marks
        are those of `plan_hops` (the analysis of the talks attended)."""
        self.levels, self.planned, self.plan_hops = levels, planned, plan_hops
        self._marks_changed()

    def _marks_changed(self) -> None:
        """Repaint the talks on screen whose marks changed, once the handler that changed
        them is done (a star sets the stars, the colleague's stars and the levels in turn)."""
        if not self._marks_queued:
            self._marks_queued = True
            self.call_next(self._repaint_marks)

    def _repaint_marks(self) -> None:
        # A star changes its talk and the talks it overlaps: those are repainted, not every
        # talk on screen (what a talk shows besides the cursor is all in its Marks).
        self._marks_queued = False
        drawn = self._drawn_marks
        on_screen = self._on_screen_now()
        for pid, marks in list(drawn.items()):
            region = on_screen(pid)
            if not region:
                del drawn[pid]  # scrolled away: drawn, and noted, again when it shows
            elif self.marks(pid) != marks:
                self.refresh(region)

    def on_now(self, paper: Paper) -> bool:
        return self.now is not None and paper.start <= self.now < paper.end

    def show_day(self, index: int, paper_id: str | None = None) -> None:
        self.day_index = index
        self._arrange()
        self.cursor = paper_id or self.layout.first(self._cols)
        if paper_id is None:
            self.scroll_to(0, 0, animate=False, immediate=True)

    def _hop_touches(self, paper_id: str) -> bool:
        # Looked up per drawn talk: a set of every hop's talks was rebuilt on every star.
        a = self.analysis if self.plan_hops is None else self.plan_hops
        return a.hop_of(paper_id) is not None or a.hop_from(paper_id) is not None

    def marks(self, paper_id: str) -> Marks:
        starred = paper_id in self.starred
        return Marks(starred, paper_id in self.analysis.conflicts_with,
                     self._hop_touches(paper_id), paper_id in self.theirs,
                     self.on_now(self.program.papers[paper_id]), self.levels.get(paper_id),
                     None if self.planned is None or not starred else paper_id in self.planned)

    # --- geometry ---

    def _arrange(self) -> None:
        """Which rooms show and how wide: called when the day, the width or the rooms change."""
        layout = self.layout
        self._cols = [c for c in layout.used if self.tracks[c] not in self.hidden]
        self._arranged_width = self.size.width
        area = max(0, self.size.width - 1 - TIME_WIDTH)  # 1: the vertical scrollbar
        fair = area // max(1, len(self._cols))
        width = max(MIN_COLUMN, min(MAX_COLUMN, fair))
        if width != self._col_width:
            self._wrapped.clear()
        self._col_width = width
        # Room for whole rooms only: at the right end the last room is in full and the first
        # one on show is not cut either (scrolling goes by whole rooms).
        rooms = width * len(self._cols)
        overflow = max(0, rooms - area)
        pad = -(-overflow // width) * width - overflow
        self.virtual_size = Size(TIME_WIDTH + rooms + pad, layout.height + 1)
        self.refresh()

    # Textual repaints a resized widget whole. When only its height changed (the line under
    # the grid grows by a line when a star adds marks to it), every line stays what it was:
    # the rooms depend on the width, the lines on the scroll offset (a scroll repaints all).
    # So the lines drawn are kept, and only lines new to the view are drawn.
    _height_only = False

    # Both are Textual's private methods (8.2): taken and passed on as they come, and without
    # the size they compare this is Textual's own behaviour (tests/tui/test_time_grid.py).
    def _size_updated(self, size: Size, *args: Any, **kwargs: Any) -> bool:
        old = getattr(self, "_size", None)  # the size Textual compares (self.size: content's)
        self._height_only = isinstance(old, Size) and size.width == old.width and \
            size.height != old.height
        try:
            return super()._size_updated(size, *args, **kwargs)  # type: ignore[no-any-return]
        finally:
            self._height_only = False

    def _set_dirty(self, *regions: Region) -> None:
        if regions or not self._height_only:
            super()._set_dirty(*regions)

    def on_resize(self, event: events.Resize) -> None:
        # The rooms depend on the width alone. A change of height (the line under the grid
        # grows when a star adds marks to it) is repainted by Textual: arranging and
        # refreshing again drew the whole grid twice on such a star.
        if event.size.width != self._arranged_width:
            self._arrange()
        if self.cursor is not None:
            self.call_after_refresh(self._scroll_to_cursor)

    def region_of(self, paper_id: str) -> Region | None:
        """Where the talk is in the grid's virtual space (None when its room is hidden)."""
        placed = self.layout.by_id.get(paper_id)
        if placed is None or placed.col not in self._cols:
            return None
        x = TIME_WIDTH + self._cols.index(placed.col) * self._col_width
        return Region(x, 1 + placed.row0, self._col_width, placed.row1 - placed.row0)

    def _scroll_to_cursor(self) -> None:
        placed = self.layout.by_id.get(self.cursor) if self.cursor else None
        if placed is None or placed.col not in self._cols:
            return
        # Sideways by whole rooms, so the first room on show is never cut; the time column
        # stays put on the left.
        w, area = self._col_width, max(1, self.scrollable_content_region.width - TIME_WIDTH)
        left = self._cols.index(placed.col) * w
        x = int(self.scroll_offset.x)
        if left < x:
            x = left
        elif left + w > x + area:
            x = min(left, -(-(left + w - area) // w) * w)
        # Down: the header line stays put. A long talk needs its start and a few lines on
        # show, not all of it: scrolling less keeps the times around it in view.
        row, view = placed.row0, max(1, self.scrollable_content_region.height - 1)
        need = min(placed.row1 - placed.row0, max(1, view // 2))
        y = int(self.scroll_offset.y)
        if row < y:
            y = row
        elif row + need > y + view:
            y = row + need - view
        self.scroll_to(x, y, animate=False, immediate=True)

    # --- drawing ---

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def _style(self, name: str) -> Style:
        """A component's style, or the widget's own ("base"): looked up once per theme, since
        working them out walks the DOM and a frame asks hundreds of times."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = (self.rich_style if name == "base" else
                                          self.get_component_rich_style(f"time-grid--{name}"))
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        area = max(0, width - TIME_WIDTH)
        scroll_x, scroll_y = int(self.scroll_offset.x), int(self.scroll_offset.y)
        if self.layout.origin is None:  # a day of the schedule with no talk: say so, not blank
            text = " " * TIME_WIDTH + ("No talks on this day." if y == 1 else "")
            return Strip([Segment(text, self._style("time"))]).adjust_cell_length(
                width, self._style("base"))
        if y == 0:
            # The corner has the time column's 7 cells: "1 hidden" does not fit, and a count
            # with a cut word ("1 hid") read as a cut-off line. The word is what matters.
            left = [Segment(fit("hidden" if self.hidden else "", TIME_WIDTH),
                            self._style("header"))]
            rooms = self._rooms_line(None, scroll_x, area)
        else:
            row = y - 1 + scroll_y
            left = [self._time_label(row)]
            rooms = self._rooms_line(row, scroll_x, area)
        return Strip(left + list(rooms)).adjust_cell_length(width, self._style("base"))

    def _now_row(self) -> int | None:
        if self.now is None or self.layout.origin is None:
            return None
        row = self.layout.row_of(self.now)
        return row if 0 <= row < self.layout.height else None

    def _time_label(self, row: int) -> Segment:
        if row == self._now_row() and self.now is not None:
            now = local(self.program, self.now)  # its line says which 02:40: no zone here
            return Segment(fit(f"▸{now.hour:02d}:{now.minute:02d}", TIME_WIDTH),
                           self._style("now"))
        layout = self.layout
        if layout.origin is None or row >= layout.height:
            return Segment(" " * TIME_WIDTH, self._style("base"))
        # The clock's own time, so the lines after a clock change read as its talks do.
        t = layout.clock(row)
        if t.minute % 30 or t.second:
            # Under the first time after a change, the zone's new name: the repeated (or
            # skipped) hour shows as such, not as a mistake.
            change = layout.changes.get(row - 1)
            if change is not None:
                return Segment(fit(f"→{change}", TIME_WIDTH), self._style("time"))
            return Segment(" " * TIME_WIDTH, self._style("base"))
        if t.minute:
            return Segment(fit("  :30", TIME_WIDTH), self._style("time"))
        return Segment(fit(f"{t.hour:02d}:00", TIME_WIDTH), self._style("hour"))

    def _rooms_line(self, row: int | None, scroll_x: int, area: int) -> Strip:
        w = self._col_width
        first = scroll_x // w
        last = min(len(self._cols), (scroll_x + area) // w + 1)
        segments: list[Segment] = []
        for k in range(first, last):
            col = self._cols[k]
            if row is None:
                room = self.tracks[col][:reach(w)]  # what fit reads of it, and no more
                segments.append(Segment(fit(" " + room, w), self._style("header")))
            else:
                segments += self._cell(col, row)
        strip = Strip(segments, (last - first) * w)
        offset = scroll_x - first * w
        return strip.crop(offset, offset + area)

    def _cell(self, col: int, row: int) -> list[Segment]:
        w = self._col_width
        placed = self.layout.at(col, row)
        if placed is None:
            return [Segment(" " * w, self._style("base"))]
        pid = placed.paper.id
        marks = self._drawn_marks[pid] = self.marks(pid)
        style = self._style("conflict" if marks.conflict else
                            "starred" if marks.starred else "talk")
        if pid == self.cursor:
            style += self._style("cursor" if self.has_focus else "cursor-blurred")
        k = row - placed.row0
        lines = self._lines(placed)
        text = lines[k] if k < len(lines) else ""
        if k == 0:
            text = marks.text + marks.spacer + text
        return [Segment(" ", self._style("base")), Segment("▍", self._style("edge")),
                Segment(fit(text, w - 2), style)]

    def _lines(self, placed: Placed) -> list[str]:
        """The talk's text, one entry per line of its height: marks, time, title, people."""
        paper = placed.paper
        lines = self._wrapped.get(paper.id)
        if lines is None:
            lines = self._wrap(paper, placed.row1 - placed.row0)
            self._wrapped[paper.id] = lines
        return lines

    def _wrap(self, paper: Paper, height: int) -> list[str]:
        inner = max(4, self._col_width - 2)
        title = paper.title[:TITLE_LIMIT]
        head = f"{hm(self.program, paper.start)} "  # after the marks and the now/colleague cell
        marks = " " * (len(Marks(False, False, False).text) + 1)  # marks and the spacer go first
        body = textwrap.wrap(head + title, inner, initial_indent=marks,
                             max_lines=max(1, height), placeholder="…") or [marks + head]
        body[0] = body[0][len(marks):]
        people = ", ".join(a.name for a in paper.authors[:6])[:TITLE_LIMIT]
        if people and len(body) < height:
            body.append(people)
        # The marks go in front of the first line only; they are drawn per frame (they change).
        return body

    # --- input ---

    def watch_day_index(self) -> None:
        self._arrange()

    def watch_cursor(self, old: str | None, cursor: str | None) -> None:
        # Only the two talks change: redraw their lines, not the screen. A scroll (to bring
        # the new one into view) redraws everything by itself.
        for pid in (old, cursor):
            if pid is not None and (region := self._on_screen(pid)):
                self.refresh(region)
        if cursor is not None:
            self._scroll_to_cursor()

    def _on_screen(self, paper_id: str) -> Region | None:
        """Where the talk is drawn in the widget now (clipped to the rooms' area)."""
        return self._on_screen_now()(paper_id)

    def _on_screen_now(self) -> Callable[[str], Region | None]:
        """_on_screen, with what it needs of the view looked up once for many talks (a star
        at 10,000 stars looked at the 60 on screen, each asking the size and scroll again)."""
        rooms = Region(TIME_WIDTH, 1, max(0, self.size.width - TIME_WIDTH),
                       max(0, self.size.height - 1))
        offset, region_of = -self.scroll_offset, self.region_of

        def on_screen(paper_id: str) -> Region | None:
            region = region_of(paper_id)
            return None if region is None else region.translate(offset).intersection(rooms)
        return on_screen

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_move(self, dx: int, dy: int) -> None:
        if self.cursor is None:
            return
        target = self.layout.step(self.cursor, dx, dy, self._cols)
        if target is not None:
            self.cursor = target

    def action_hide_room(self) -> None:
        placed = self.layout.by_id.get(self.cursor) if self.cursor else None
        if placed is None:
            return
        if len(self._cols) <= 1:
            self.notify("The last room on show stays: show all with X", markup=False)
            return
        # The cursor goes to the room on the right (or left) at the same time.
        target = (self.layout.step(placed.paper.id, 1, 0, self._cols)
                  or self.layout.step(placed.paper.id, -1, 0, self._cols))
        self.set_hidden(self.hidden | {self.tracks[placed.col]})
        self.cursor = target or self.layout.first(self._cols)

    def action_show_rooms(self) -> None:
        if self.hidden:
            self.set_hidden(frozenset())
            self._scroll_to_cursor()

    def set_hidden(self, hidden: frozenset[str]) -> None:
        self.hidden = frozenset(hidden)
        self._arrange()
        self.post_message(self.RoomsHidden(self.hidden))

    def on_click(self, event: events.Click) -> None:
        pid = self.paper_at(event.x, event.y)
        if pid is None:
            return
        if self.cursor == pid and event.chain >= 2:
            self.post_message(self.Chosen(pid))
        self.cursor = pid

    def paper_at(self, x: int, y: int) -> str | None:
        """The talk drawn at this point of the widget, if any."""
        if y < 1 or x < TIME_WIDTH:
            return None
        k = (int(self.scroll_offset.x) + x - TIME_WIDTH) // self._col_width
        if not 0 <= k < len(self._cols):
            return None
        placed = self.layout.at(self._cols[k], y - 1 + int(self.scroll_offset.y))
        return placed.paper.id if placed else None
