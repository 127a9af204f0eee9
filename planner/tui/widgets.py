"""The day grid: one row per time slot, one column per track, a cursor on one talk.

One widget draws a whole day as text. A widget per talk, per session and per slot cost more
than the rest of the app at start-up (bench/first_paint.py); drawn lines cost almost nothing.
The grid only shows what it is given (attributes down) and posts what the user asks for
(messages up).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from itertools import chain
from typing import Any

from rich.cells import cell_len, set_cell_size
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Offset, Region
from textual.message import Message
from textual.reactive import reactive
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import RenderOptions
from textual.widget import Widget

from planner.conflicts import Analysis
from planner.marks import CONFLICT, conflict_label, glyphs, hop_label
from planner.program import Day, Paper, Program, Session, Slot
from planner.record import record
from planner.render import hm, local, span
from planner.tui.navigation import Navigator
from planner.tui.plan_marks import ATTEND, DROP

THEIRS, ON_NOW = "☆", "▶"  # a colleague starred it; it is on now
TIME_WIDTH = 11  # the slot column: times, and '⚠ conflict' or '⇄ 15 min' beside the talks
EMPTY = Analysis((), (), (), {})
BLANK_LINE = Content("")


def reach(width: int) -> int:
    """The most characters `fit` reads to fill `width` cells; a caller that builds the text
    may cut its parts to this many first (fit cannot tell the difference)."""
    return 64 * max(1, width) + 64


def fit(text: str, width: int) -> str:
    """Exactly `width` cells: padded, or cut with an ellipsis.

    Only a prefix that can fill the cells is measured, never the whole text: a 10 MB title
    costs what a short one does. The prefix grows until it holds more than `width` cells
    (a character is at least one cell, unless it is a combining mark, a joiner or a
    selector), so ordinary text gives what measuring all of it would. Past `reach(width)`
    characters that still fit, the rest is cut with an ellipsis unread.
    """
    if width <= 0:
        return ""
    limit = reach(width)
    n = 2 * width + 8
    while True:
        head = text[:n]
        cells = cell_len(head)
        if cells > width or len(head) == len(text) or n >= limit:
            break
        n = min(4 * n, limit)
    if len(head) == len(text) and cells <= width:
        return text + " " * (width - cells)
    # Cutting `head` gives what cutting the whole text would: the cut falls on a character
    # that `head` holds with everything after it that could change its width.
    kept = set_cell_size(head, width - 1)
    while kept and cell_len(kept) > width - 1:  # rich cuts and measures some joiners apart
        kept = kept[:-1]
    return kept + "…"


@record(frozen=True, slots=True)  # as a frozen dataclass, made in a tenth of the time
class Marks:
    starred: bool
    conflict: bool
    hop: bool
    theirs: bool = False  # starred in the colleague's agenda on show
    on_now: bool = False  # running at the app's clock
    level: str | None = None  # must, want or maybe when starred
    planned: bool | None = None  # with the plan on the grid: attending (True) or dropped

    @property
    def spacer(self) -> str:
        """The cell before the time: the colleague's star, else the now mark, else a space."""
        return THEIRS if self.theirs else ON_NOW if self.on_now else " "

    @property
    def text(self) -> str:
        """Every mark that applies: a talk in conflict and reached by a hop shows both. The
        star is its level's own mark; with the plan shown, ✓ or ✗ takes the conflict's cell."""
        text = glyphs(self.starred, self.conflict, self.hop, self.level)
        if self.planned is not None:
            text = text[0] + (ATTEND if self.planned else DROP) + text[2:]
        return text


def _changed_in(old: Analysis, new: Analysis) -> Iterator[str]:
    """The starred talks of every slot whose view is not the very one of `old` (reanalyze
    keeps the views of the slots a change did not touch; a new analysis changes them all)."""
    kept = {id(v) for v in new.slots} & {id(v) for v in old.slots}
    for view in chain(old.slots, new.slots):
        if id(view) not in kept:
            yield from (p.id for p in view.starred)


class DayGrid(Widget, can_focus=True):
    """One day of the program; the cursor is on one talk."""

    BINDINGS = [
        Binding("up,k", "move(0, -1)", "Up", show=False),
        Binding("down,j", "move(0, 1)", "Down", show=False),
        Binding("left,h", "move(-1, 0)", "Left", show=False),
        Binding("right,l", "move(1, 0)", "Right", show=False),
    ]

    day_index: reactive[int] = reactive(0)
    # Not repainted whole on a move: watch_cursor repaints the two lines the cursor left and
    # reached.
    cursor: reactive[str | None] = reactive(None, repaint=False)

    class Chosen(Message):
        """The user clicked a talk that already had the cursor: open it."""

        def __init__(self, paper_id: str) -> None:  # not a dataclass: see PlannerApp's
            super().__init__()
            self.paper_id = paper_id

    def __init__(self, program: Program, navigator: Navigator, day_index: int = 0,
                 **kwargs: str) -> None:
        super().__init__(**kwargs)
        self.program = program
        self.navigator = navigator
        self.set_reactive(DayGrid.day_index, day_index)
        self.starred: frozenset[str] = frozenset()
        self.theirs: frozenset[str] = frozenset()  # a colleague's stars, when one is shown
        self.now: datetime | None = None  # the app's clock, for the now line
        self.analysis = EMPTY
        self.levels: Mapping[str, str] = {}
        self.planned: frozenset[str] | None = None  # with the plan shown: the talks attended
        self.plan_hops: Analysis | None = None  # with the plan shown: the hops between those
        self._positions: dict[str, tuple[int, int, int]] = {}  # id -> (line, x0, x1)
        self._slot_lines: list[int] = []  # the line of each slot's top edge
        self._slot_spans: list[tuple[int, int]] = []  # each slot's lines, now line and blank
        self._slot_index: dict[str, int] = {}  # talk id -> the slot it is in, this day
        self._drawn: list[Content] = []
        self._drawn_for: tuple[object, ...] | None = None
        # Each line of the last draw by what it shows: a star redraws its own line, and the
        # lines whose marks it changed, not the day (a 10,000-talk program's day is hundreds).
        self._line_cache: dict[tuple[object, ...], Content] = {}
        self._line_args: dict[int, tuple[Any, ...]] = {}  # line -> what _slot_line built it of
        self._slots: dict[int, tuple[Slot, ...]] = {}  # day index -> its slots
        self._redraw_queued = False
        self._painted: list[Content] | None = None  # the lines as of the last repaint

    @property
    def day(self) -> Day:
        return self.program.days[self.day_index]

    @property
    def slots(self) -> tuple[Slot, ...]:
        # Day.slots builds them again on every call; the program never changes under a grid.
        slots = self._slots.get(self.day_index)
        if slots is None:
            slots = self._slots[self.day_index] = self.day.slots
        return slots

    # --- state in ---

    def show(self, starred: frozenset[str], analysis: Analysis) -> None:
        self.starred, self.analysis = starred, analysis
        self._redraw()

    def show_now(self, at: datetime | None) -> None:
        self.now = at
        self._redraw()

    def show_theirs(self, ids: frozenset[str]) -> None:
        self.theirs = ids
        self._redraw()

    def on_now(self, paper: Paper) -> bool:
        return self.now is not None and paper.start <= self.now < paper.end

    def show_levels(self, levels: Mapping[str, str], planned: frozenset[str] | None,
                    plan_hops: Analysis | None = None) -> None:
        """Each starred talk's level; with `planned`, the plan is drawn too, and the hop marks
        are those of `plan_hops` (the analysis of the talks attended)."""
        self.levels, self.planned, self.plan_hops = levels, planned, plan_hops
        self._redraw()

    @property
    def hops(self) -> Analysis:
        """Where the hop marks come from: the plan's talks when it is shown, else the stars."""
        return self.analysis if self.plan_hops is None else self.plan_hops

    def show_day(self, index: int, paper_id: str | None = None) -> None:
        self.day_index = index
        papers = [p for s in self.slots for x in s.sessions for p in x.papers]
        first = min(papers, key=lambda p: (p.start, self.program.conference.tracks.index(
            self.program.session_of(p).track))) if papers else None
        self.cursor = paper_id or (first.id if first else None)
        if paper_id is None and self.parent is not None:
            self.parent.scroll_home(animate=False)  # type: ignore[attr-defined]

    def marks(self, paper_id: str) -> Marks:
        starred = paper_id in self.starred
        hops = self.hops
        hop = hops.hop_of(paper_id) is not None or hops.hop_from(paper_id) is not None
        return Marks(starred, paper_id in self.analysis.conflicts_with, hop,
                     paper_id in self.theirs, self.on_now(self.program.papers[paper_id]),
                     self.levels.get(paper_id),
                     None if self.planned is None or not starred else paper_id in self.planned)

    def slot_states(self) -> list[str]:
        """Every label of each slot of the day, top to bottom: '⚠ conflict', '⇄ tight'..."""
        return ["  ".join(text for text, _ in self.row_labels(slot).values())
                for slot in self.slots]

    def row_labels(self, slot: Slot) -> dict[int, tuple[str, str]]:
        """Talk row (0 = the first talk of each session) -> the label beside it.

        '⚠ conflict' beside a row where a starred talk overlaps another, '⇄ tight' or
        '⇄ 15 min' beside the talk a hop reaches. Two labels for one row: the second goes
        to the nearest row that has none, so every mark is shown.
        """
        rows = max(len(s.papers) for s in slot.sessions)
        conflicts_with, hop_of, order = (self.analysis.conflicts_with, self.hops.hop_of,
                                         self.program.time_order)
        wanted: list[tuple[int, str, str]] = []
        for k in range(rows):
            talks = [s.papers[k].id for s in slot.sessions if k < len(s.papers)]
            conflict = any(t in conflicts_with for t in talks)
            # The hops into this row, in the analysis' order (a hop's talk's time order): looked
            # up by talk, as scanning every hop of the agenda for each row made a star slow.
            hops = sorted((h for t in talks if (h := hop_of(t)) is not None),
                          key=lambda h: order(h.dst.id))
            if conflict and len(hops) == 1 and \
                    len(both := f"{CONFLICT} {hop_label(hops[0])}") < TIME_WIDTH:
                # Both on the row of their talks ('⚠ ⇄ tight'): the second label went to the
                # nearest free row, beside talks it did not concern.
                wanted.append((k, both, "bold $error"))
                continue
            if conflict:
                wanted.append((k, conflict_label(), "bold $error"))
            for h in hops:
                wanted.append((k, hop_label(h), "bold $success"))
        placed: dict[int, tuple[str, str]] = {}
        for k, text, style in wanted:
            free = sorted((r for r in range(rows) if r not in placed), key=lambda r: abs(r - k))
            if free:
                placed[free[0]] = (text, style)
        return dict(sorted(placed.items()))

    def line_of(self, paper_id: str) -> str:
        """The text of the talk's line as drawn (markers, time, title)."""
        lines = self._lines(self.size.width or 120)
        line, x0, x1 = self._positions[paper_id]
        return lines[line].plain[x0:x1]

    # --- drawing ---

    def watch_day_index(self) -> None:
        self._painted = None
        self.refresh(layout=True)

    def watch_cursor(self, cursor: str | None) -> None:
        self._redraw()
        if cursor is not None:
            self.call_after_refresh(self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        if self.cursor in self._positions and self.parent is not None:
            line = self._positions[self.cursor][0]
            # The whole slot when it fits, so the times and the session titles stay in view.
            top = max((s for s in self._slot_lines if s <= line), default=0)
            region = Region(0, top, self.size.width, line - top + 2)
            self.parent.scroll_to_region(region, animate=False, immediate=True)  # type: ignore[attr-defined]

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return len(self._lines(width))

    def _redraw(self) -> None:
        """Repaint the lines that changed, once the handler that changed the state is done
        (a star sets the stars, the levels and the colleague's stars, one after another)."""
        if not self._redraw_queued:
            self._redraw_queued = True
            self.call_next(self._repaint_changed)

    def _repaint_changed(self) -> None:
        self._redraw_queued = False
        width = self.size.width
        if not width:
            self.refresh()  # not laid out yet: the layout draws it all
            return
        painted, after = self._painted, self._lines(width)
        self._painted = after
        if painted is None or len(after) != len(painted):  # a new day, or the now line moved
            self.refresh(layout=painted is not None)
            return
        # Lines that show the same are the same objects (see _draw): repaint the others only.
        changed = [Region(0, y, width, 1)
                   for y, (old, new) in enumerate(zip(painted, after, strict=True))
                   if old is not new]
        if changed:
            self.refresh(*changed)

    def render_line(self, y: int) -> Strip:
        """Textual's rendering of a widget's text, one line at a time: only the lines on
        screen are rendered, and after a change only the lines it changed."""
        width = self.size.width
        lines = self._lines(width)
        if y >= len(lines):
            return Strip.blank(width, self.visual_style.rich_style)
        selection, selection_style = self.text_selection, None
        if selection is not None:  # given for the whole text: this line is its line 0
            up = Offset(0, y)
            selection = Selection(None if selection.start is None else selection.start - up,
                                  None if selection.end is None else selection.end - up)
            selection_style = VisualStyle.from_styles(
                self.screen.get_component_styles("screen--selection"))
        strips = lines[y].render_strips(width, 1, self.visual_style, RenderOptions(
            self._get_style, self.styles, selection, selection_style))
        return strips[0] if strips else Strip.blank(width, self.visual_style.rich_style)

    def _lines(self, width: int) -> list[Content]:
        # Layout asks for the height and then the frame asks for the text: draw once for both.
        key = (width, self.day_index, self.cursor, self.has_focus, self.starred, self.analysis,
               self.theirs, self.now, self.levels, self.planned, self.plan_hops)
        if key != self._drawn_for:
            old = self._drawn_for
            if old is not None and key[:2] == old[:2] and key[4:] == old[4:]:
                # Only the cursor moved (or the focus came or went): the lines of the two
                # talks change, not the day (a 25,000-talk day took seconds per move).
                self._drawn = self._cursor_lines(old[2], key[2])  # type: ignore[arg-type]
            elif old is not None and key[:4] == old[:4] and key[7] == old[7]:
                # Only marks changed (a star, a plan, a colleague's stars): the slots of the
                # talks whose marks changed are drawn again, not the day (seconds at 25,000).
                self._drawn = self._marks_lines(width, old)
            else:
                self._drawn = self._draw(width)
            self._drawn_for = key
            if self._painted is None:  # a new widget or day: painted whole, as it is now
                self._painted = self._drawn
        return self._drawn

    def _draw(self, width: int) -> list[Content]:
        lines: list[Content] = []
        self._positions.clear()
        self._line_args = {}
        self._slot_lines = []
        self._slot_spans = []
        self._slot_index = {}
        col, now_row = self._column(width), self._now_rows()
        # A line is built again only when what it shows changed; otherwise the very object of
        # the last draw is kept, which is how _repaint_changed knows what to repaint.
        before, cache = self._line_cache, {}
        slots = self.slots
        for i, slot in enumerate(slots):
            start = len(lines)
            lines += self._slot_block(i, slot, start, col, now_row, width, before, cache)
            self._slot_spans.append((start, len(lines)))
            self._slot_lines.append(start + (now_row == (i, -1)))
        if now_row == (len(slots), -1):
            lines.append(self._now_line(width))
        self._line_cache = cache
        return lines

    def _column(self, width: int) -> int:
        return max(24, (width - TIME_WIDTH) // max(1, len(self.program.conference.tracks)))

    def _marks_lines(self, width: int, old: tuple[Any, ...]) -> list[Content]:
        """The last draw with the slots of the talks whose marks differ from `old`'s (the key
        of that draw) drawn again. Marks change with the analysis of their own slot only: two
        talks that overlap, or a hop, are always in one slot."""
        _, _, _, _, starred, analysis, theirs, _, levels, planned, plan_hops = old
        if (planned is None) != (self.planned is None):
            return self._draw(width)  # the plan shown or hidden: every starred talk changes
        ids: set[str] = set()
        for new_ids, old_ids in ((self.starred, starred), (self.theirs, theirs),
                                 (self.planned or frozenset(), planned or frozenset())):
            if new_ids is not old_ids:
                ids |= new_ids ^ old_ids
        for new, before in ((self.analysis, analysis), (self.plan_hops, plan_hops)):
            if new is not before and new is not None and before is not None:
                ids.update(_changed_in(before, new))
        if self.levels is not levels:
            changed = getattr(self.levels, "differs_from", None)
            ids.update(changed(levels) if changed is not None else
                       [p for p in self.levels.keys() | levels.keys()
                        if self.levels.get(p) != levels.get(p)])
        todo = sorted({i for p in ids if (i := self._slot_index.get(p)) is not None})
        if len(todo) > len(self._slot_spans) // 2:
            return self._draw(width)
        lines = list(self._drawn)  # a new list: _repaint_changed compares it with the old one
        col, now_row, cache = self._column(width), self._now_rows(), self._line_cache
        for i in todo:
            start, end = self._slot_spans[i]
            # The same number of lines: marks change what a row says, never how many rows.
            lines[start:end] = self._slot_block(i, self.slots[i], start, col, now_row, width,
                                                cache, cache)
        return lines

    def _slot_block(self, i: int, slot: Slot, base: int, col: int,
                    now_row: tuple[int, int] | None, width: int,
                    before: dict[tuple[object, ...], Content],
                    cache: dict[tuple[object, ...], Content]) -> list[Content]:
        """The lines of slot `i`, the first at line `base`: its boxes, the now line if it falls
        there, and the blank line after it. Lines drawn before for the same text are reused."""
        program, tracks = self.program, self.program.conference.tracks
        cursor = (self.cursor, 2 if self.has_focus else 1)
        lines: list[Content] = []
        if now_row == (i, -1):
            lines.append(self._now_line(width))
        by_track = {s.track: s for s in slot.sessions}
        rows = max(len(s.papers) for s in slot.sessions)
        labels = self.row_labels(slot)
        in_conflict = any(text.startswith(CONFLICT) for text, _ in labels.values())
        border = "$error" if in_conflict else "$panel-lighten-2"
        # The start on the box's top edge, the end on its bottom edge, and between them each
        # mark's label on the row of the talks it concerns.
        left = {0: (hm(program, slot.start), "bold"),
                rows + 1: (f"–{hm(program, slot.end)}", "$text-muted"),
                **{k + 1: label for k, label in labels.items()}}
        for r in range(rows + 2):
            if now_row == (i, r):
                lines.append(self._now_line(width))
            text, style = left.get(r, ("", ""))
            edge = r == 0 or r == rows + 1
            key: list[object] = [col, r == 0, edge, text, style, border]
            x = TIME_WIDTH
            for track in tracks:
                session = by_track.get(track)
                if session is None:
                    key.append(None)
                elif edge:
                    key.append(session.id)
                elif r - 1 < len(session.papers):
                    pid = session.papers[r - 1].id
                    key.append((pid, self.marks(pid), cursor[1] if pid == cursor[0] else 0))
                    self._positions[pid] = (base + len(lines), x + 2, x + col - 2)
                    self._slot_index[pid] = i
                else:
                    key.append(False)
                x += col
            line_key = tuple(key)
            line = before.get(line_key)
            if line is None:
                line = cache.get(line_key)
            args = (slot, by_track, rows, r, col, (text, style), border)
            if line is None:
                line = self._slot_line(*args)
            cache[line_key] = line
            self._line_args[base + len(lines)] = args
            lines.append(line)
        lines.append(BLANK_LINE)
        return lines

    def _cursor_lines(self, old: str | None, new: str | None) -> list[Content]:
        """The last draw with the lines of the talks the cursor left and reached built anew."""
        lines = list(self._drawn)  # a new list: _repaint_changed compares it with the old one
        for pid in {old, new}:
            if pid in self._positions:
                y = self._positions[pid][0]
                lines[y] = self._slot_line(*self._line_args[y])
        return lines

    def _slot_line(self, slot: Slot, by_track: dict[str, Session], rows: int, r: int, col: int,
                   label: tuple[str, str], border: str) -> Content:
        """Row `r` of a slot's boxes: 0 is the sessions' titles, rows + 1 their bottom edge."""
        text, style = label
        parts: list[Content | tuple[str, str] | str] = [(fit(text, TIME_WIDTH), style)]
        for track in self.program.conference.tracks:
            session = by_track.get(track)
            if session is None:
                parts.append(" " * col)
            elif r == 0:
                cut = reach(col - 4)  # a 10 MB name costs what a short one does
                title = fit(f" {track[:cut]}  {session.title[:cut]} ", col - 4)
                parts += [("╭─", border), (title, "$accent"), ("─╮", border)]
            elif r == rows + 1:
                parts.append(("╰" + "─" * (col - 2) + "╯", border))
            elif r - 1 < len(session.papers):
                parts += self._talk(session.papers[r - 1], col, border)
            else:
                parts += [("│", border), " " * (col - 2), ("│", border)]
        return Content.assemble(*parts)

    def _now_rows(self) -> tuple[int, int] | None:
        """Where the now line goes: (slot, row the line comes before); row -1 is before the
        slot, slot len(slots) is after the last. None when the clock is not on this day."""
        if self.now is None or not self.slots:
            return None
        if local(self.program, self.now).date() != self.day.date:
            return None
        for i, slot in enumerate(self.slots):
            if self.now < slot.start:
                return (i, -1)
            if self.now < slot.end:
                rows = max(len(s.papers) for s in slot.sessions)
                started = sum(
                    any(r < len(s.papers) and s.papers[r].start <= self.now for s in slot.sessions)
                    for r in range(rows))
                return (i, started + 1)  # row 0 is the sessions' titles
        return (len(self.slots), -1)

    def _now_line(self, width: int) -> Content:
        assert self.now is not None
        now = local(self.program, self.now)  # its line says which 02:40: no zone in 12 cells
        label = fit(f"▸ now {now.hour:02d}:{now.minute:02d}", 12)
        return Content.assemble((label, "bold $warning"), ("─" * max(0, width - 12), "$warning"))

    def _talk(self, paper: Paper, col: int, border: str) -> list[tuple[str, str] | str]:
        marks = self.marks(paper.id)
        if marks.conflict:
            style = "bold $error"
        elif marks.starred:
            style = "bold $text"
        else:
            style = "$text-muted"
        if marks.on_now:
            style += " on $warning-muted"
        if paper.id == self.cursor:
            style += " reverse" if self.has_focus else " underline"
        inner = col - 4
        body = f"{marks.text}{marks.spacer}{hm(self.program, paper.start)} "
        title = paper.title[:reach(inner)]  # what fit would read of it, and no more
        return [("│ ", border), (fit(body + title, inner), style), (" │", border)]

    # --- input ---

    def on_focus(self) -> None:
        self._redraw()

    def on_blur(self) -> None:
        self._redraw()

    def action_move(self, dx: int, dy: int) -> None:
        if self.cursor is None:
            return
        target = self.navigator.step(self.cursor, dx, dy)
        if target is not None:
            self.cursor = target

    def on_click(self, event: events.Click) -> None:
        for pid, (line, x0, x1) in self._positions.items():
            if event.y == line and x0 - 2 <= event.x < x1 + 2:
                if self.cursor == pid and event.chain >= 2:
                    self.post_message(self.Chosen(pid))
                self.cursor = pid
                return


class DayBar(Widget):
    """The days as a row of labels; the one on show is marked. Click a label to show it.

    One drawn line rather than Textual's Tabs, which cost about a tenth of start-up here.
    """

    active: reactive[int] = reactive(0)

    class Chosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, labels: list[str], active: int = 0, **kwargs: str) -> None:
        super().__init__(**kwargs)
        self.labels = labels
        self.set_reactive(DayBar.active, active)

    def _spans(self) -> list[tuple[int, int]]:
        spans, x = [], 1
        for label in self.labels:
            width = cell_len(label) + 2
            spans.append((x, x + width))
            x += width + 1
        return spans

    def render(self) -> Content:
        parts: list[tuple[str, str] | str] = [" "]
        for i, label in enumerate(self.labels):
            style = "bold reverse $accent" if i == self.active else "$text-muted"
            parts += [(f" {label} ", style), " "]
        return Content.assemble(*parts)

    def on_click(self, event: events.Click) -> None:
        for i, (x0, x1) in enumerate(self._spans()):
            if x0 <= event.x < x1:
                self.post_message(self.Chosen(i))


def when(program: Program, paper: Paper) -> str:
    day = program.day_of(paper).date
    return f"{day:%a} {day:%b} {day.day}, {span(program, paper.start, paper.end)}"
