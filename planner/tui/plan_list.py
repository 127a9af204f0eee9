"""The plan and its gaps as scrolling lists that, like the agenda's, build only what is on screen.

Both reuse AgendaList's drawing, cursor and scrolling; they differ in what an entry is and
says. The gaps list has one more kind of item, a gap's heading, that the cursor skips.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from textual import events
from textual.content import Content
from textual.geometry import Region, Size

from planner.agenda import Agenda
from planner.gaps import Candidate, Gap
from planner.plan import Plan
from planner.plan_view import why_dropped
from planner.program import Paper
from planner.render import day_title, span
from planner.tui.agenda_list import INDENT, AgendaList, line_text
from planner.tui.plan_marks import ATTEND, DROP, LEVEL_MARK, NO_LEVEL

Item = Paper | date | Gap | Candidate


class _TalkList(AgendaList):
    """Items of any kind; the cursor moves over the talks (papers and candidates) only."""

    items: list[Item]  # type: ignore[assignment]

    def lay_out(self, entries: list[tuple[Item, int]]) -> None:
        """Entries in drawing order with their number of lines; no text is built here."""
        keep, old = self.highlighted, self.cursor
        self.items = [item for item, _ in entries]
        starts, line = [], 0
        for _, n in entries:
            starts.append(line)
            line += n
        self.starts = starts
        self.talks = [i for i, item in enumerate(self.items) if _paper(item) is not None]
        self._talk_index = {}
        for n, i in enumerate(self.talks):
            self._talk_index.setdefault(_paper(self.items[i]).id, n)  # type: ignore[union-attr]
        self._lines.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, line)
        if not self.talks:
            cursor = None
        elif old is not None and old < len(self.talks) and self._id_at(old) == keep:
            cursor = old  # the same talk at the same place (a gaps list may hold it twice)
        elif keep in self._talk_index:
            cursor = self._talk_index[keep]
        else:  # the talk under the cursor is gone: its neighbour gets the cursor
            cursor = min(old or 0, len(self.talks) - 1)
        self.cursor = cursor
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        """The talk under the cursor in view, with the headings (day, gap) just above it."""
        if self.cursor is None:
            return
        index = first = self.talks[self.cursor]
        while first > 0 and _paper(self.items[first - 1]) is None:
            first -= 1
        start = self.starts[first]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else \
            self.virtual_size.height
        self.scroll_to_region(Region(0, start, 1, end - start), animate=False, force=True)

    def _id_at(self, talk: int) -> str | None:
        paper = _paper(self.items[self.talks[talk]])
        return paper.id if paper else None

    @property
    def highlighted(self) -> str | None:
        if self.cursor is None or not self.talks:
            return None
        return self._id_at(self.cursor)

    def on_click(self, event: events.Click) -> None:
        line = self.scroll_offset.y + event.y
        index = bisect_right(self.starts, line) - 1
        if index < 0 or line >= self.virtual_size.height:
            return
        paper = _paper(self.items[index])
        if paper is None:
            return
        talk = self.talks.index(index)
        if talk == self.cursor:
            self.post_message(self.Chosen(paper.id))
        self.cursor = talk


def _paper(item: Item) -> Paper | None:
    if isinstance(item, Paper):
        return item
    if isinstance(item, Candidate):
        return item.paper
    return None


class PlanList(_TalkList):
    """Every starred talk by day: attended (✓) or dropped (✗, with what displaced it)."""

    plan: Plan | None = None

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        entries: list[tuple[Item, int]] = []
        order = self.program.time_order
        for day in plan.days:
            entries.append((day.date, 1))
            dropped = {x.paper.id for x in day.drop}
            for p in sorted([*day.attend, *(x.paper for x in day.drop)],
                            key=lambda p: order(p.id)):
                entries.append((p, 2 if p.id in dropped else 1))
        self.lay_out(entries)

    def _build(self, item: Item) -> list[Content]:  # type: ignore[override]
        if isinstance(item, date):
            return [Content(day_title(item))]
        assert isinstance(item, Paper) and self.plan is not None
        plan, p, program = self.plan, item, self.program
        dropped = plan.dropped.get(p.id)
        head = Content.assemble((DROP if dropped else ATTEND, "bold"),
                                (LEVEL_MARK[plan.levels[p.id]], "bold"),
                                f" {span(program, p.start, p.end)}  ",
                                (line_text(plan.room_of[p.id]), "bold"),
                                f"  {line_text(p.title)}")
        if dropped is None:
            return [head]
        reason = why_dropped(plan, dropped,
                             name=lambda q: line_text(program.papers[q.id].title))
        return [head.stylize("dim"), Content(f"{INDENT}dropped: {reason}")]


class GapList(_TalkList):
    """The gaps of the plan by day, each with the talks running in it."""

    def show_gaps(self, gaps: list[Gap], agenda: Agenda) -> None:
        self.agenda = agenda  # for the level marks of the talks listed
        entries: list[tuple[Item, int]] = []
        current = None
        for g in gaps:
            if g.date != current:
                entries.append((g.date, 1))
                current = g.date
            entries.append((g, 1 if g.talks else 2))
            entries += [(c, 2 if c.shared else 1) for c in g.talks]
        self.lay_out(entries)

    def _build(self, item: Item) -> list[Content]:  # type: ignore[override]
        program = self.program
        if isinstance(item, date):
            return [Content(day_title(item))]
        if isinstance(item, Gap):
            where = []
            if item.after:
                where.append(f"after {line_text(item.after.title)}")
            if item.before:
                where.append(f"before {line_text(item.before.title)}")
            head = Content.assemble(
                (f"{span(program, item.start, item.end)}  {item.minutes} min free", "bold"),
                f"  {'; '.join(where)}")
            return [head] if item.talks else [head, Content(f"{INDENT}nothing else runs then")]
        assert isinstance(item, Candidate)
        p = item.paper
        level = self.agenda.level(p.id)
        line = Content.assemble(
            "  ", (LEVEL_MARK[level] if level else NO_LEVEL, "bold"),
            f" {span(program, p.start, p.end)}  ",
            (line_text(program.session_of(p).track), "bold"),
            f"  {line_text(p.title)}", ("" if item.fits else "  (partly)", "dim"))
        if not item.shared:
            return [line]
        shared = line_text(", ".join(line_text(x) for x in item.shared[:1_000]))
        return [line, Content.styled(f"{INDENT}shares: {shared}", "dim")]
