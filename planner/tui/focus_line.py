"""The line above the footer: the talk under the cursor in full (when, where, title, session,
marks), so a title cut to fit the grid or the agenda can be read without opening it."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from planner.conflicts import Analysis
from planner.marks import CONFLICT, CONFLICT_WORD, HOP, HOP_WORD, LEVEL_MARK, STARRED
from planner.program import Program
from planner.render import short_day, span
from planner.tui.clip import clip

# The level in words, as the grid shows it in glyphs (a plain star is "want").
LEVEL_WORD = {"must": "must see", "want": STARRED, "maybe": "maybe"}


def focus_text(program: Program, paper_id: str | None, level: str | None,
               analysis: Analysis, limit: int) -> Content:
    """`level`: the talk's, None when it is not starred. `limit`: the most characters of any
    one text (title, room, track) worth wrapping."""
    if paper_id is None or paper_id not in program.papers:
        return Content("")
    p = program.papers[paper_id]
    s = program.session_of(p)
    where = ", ".join(clip(x, limit) for x in (s.track, program.conference.venue) if x)
    marks = []
    if level is not None:
        marks.append(f"{LEVEL_MARK[level]} {LEVEL_WORD[level]}")
    if paper_id in analysis.conflicts_with:
        marks.append(f"{CONFLICT} {CONFLICT_WORD}")
    hop = analysis.hop_of(paper_id)
    if hop is not None:
        marks.append(f"{HOP} {HOP_WORD} ({hop.gap_phrase})")
    elif analysis.hop_from(paper_id) is not None:
        marks.append(f"{HOP} {HOP_WORD} after it")
    # A published schedule's session is its room, said already; its track (topic) says more.
    what = clip((p.topic if program.conference.layout == "time" else s.title) or "", limit)
    return Content.assemble(
        (f"{short_day(program.day_of(p).date)} {span(program, p.start, p.end)}", "bold"),
        f" · {where} · ", (clip(p.title, limit), "bold"), f" · {what}" if what else "",
        (f" · {'  '.join(marks)}" if marks else "", "bold"))


class FocusLine(Static):
    """Shows `focus_text` for whatever the screen says is under the cursor."""

    LINES = 5  # its max-height in planner.tcss

    def __init__(self, **kwargs: str) -> None:
        super().__init__(classes="focus-line", **kwargs)

    def show(self, program: Program, paper_id: str | None, starred: frozenset[str],
             analysis: Analysis) -> None:
        # What the line can show at most: a longer text is cut before it is wrapped.
        limit = self.LINES * max(80, self.app.size.width)
        agenda = self.app.agenda  # type: ignore[attr-defined]
        level = agenda.level(paper_id) if paper_id and paper_id in starred else None
        self.show_text(focus_text(program, paper_id, level, analysis, limit))

    def show_text(self, text: Content) -> None:
        # A new layout of the screen only when the line's height changes: Static.update lays
        # out the whole screen every time, on every star key and cursor move.
        width = self.content_region.width
        if not width or not self.is_mounted:
            self.update(text)
            return
        height = min(self.LINES, text.get_height(self.styles, width))
        self.update(text, layout=height != self.content_region.height)
