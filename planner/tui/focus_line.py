"""The line above the footer: the talk under the cursor in full (when, where, title, session,
marks), so a title cut to fit the grid or the agenda can be read without opening it."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from planner.conflicts import Analysis
from planner.marks import CONFLICT, CONFLICT_WORD, HOP, HOP_WORD, LEVEL_MARK, STARRED, TIGHT_GAP
from planner.program import Program
from planner.render import talk_when
from planner.tui.clip import clip

# The level in words, as the grid shows it in glyphs (a plain star is "want").
LEVEL_WORD = {"must": "must see", "want": STARRED, "maybe": "maybe"}
MARKS_GAP = "  "


def level_mark(level: str) -> str:
    return f"{LEVEL_MARK[level]} {LEVEL_WORD[level]}"


# The most marks any talk can carry, each in its widest form: the line keeps room for them,
# so that a star, a level or a conflict or hop it brings never changes the line's height
# (the grid above it moved by a line, and the whole screen was laid out again, on a key).
# A hop's widest phrase is the tight one: "N min to spare" is shorter for any N a day holds.
WIDEST_MARKS = MARKS_GAP.join((
    max((level_mark(level) for level in LEVEL_MARK), key=cell_len),
    f"{CONFLICT} {CONFLICT_WORD}",
    max((f"{HOP} {HOP_WORD} ({TIGHT_GAP})", f"{HOP} {HOP_WORD} after it"), key=cell_len)))


def focus_head(program: Program, paper_id: str, limit: int) -> Content:
    """The talk without its marks: when, where, title and session. `limit`: the most
    characters of any one text (title, room, track) worth wrapping."""
    p = program.papers[paper_id]
    s = program.session_of(p)
    where = ", ".join(clip(x, limit) for x in (s.track, program.conference.venue) if x)
    # A published schedule's session is its room, said already; its track (topic) says more.
    what = clip((p.topic if program.conference.layout == "time" else s.title) or "", limit)
    return Content.assemble(
        (talk_when(program, p), "bold"),
        f" · {where} · ", (clip(p.title, limit), "bold"), f" · {what}" if what else "")


def focus_marks(paper_id: str, level: str | None, analysis: Analysis,
                hops: Analysis | None = None) -> str:
    """The talk's marks in words ('★ starred  ⚠ conflict'), '' when it has none. `hops`:
    where the hops come from when not from `analysis` (the plan's, with the plan shown)."""
    marks = []
    if level is not None:
        marks.append(level_mark(level))
    if paper_id in analysis.conflicts_with:
        marks.append(f"{CONFLICT} {CONFLICT_WORD}")
    hops = analysis if hops is None else hops
    hop = hops.hop_of(paper_id)
    if hop is not None:
        marks.append(f"{HOP} {HOP_WORD} ({hop.gap_phrase})")
    elif hops.hop_from(paper_id) is not None:
        marks.append(f"{HOP} {HOP_WORD} after it")
    return MARKS_GAP.join(marks)


def with_marks(head: Content, marks: str) -> Content:
    return head + Content.styled(f" · {marks}", "bold") if marks else head


def focus_text(program: Program, paper_id: str | None, level: str | None,
               analysis: Analysis, limit: int) -> Content:
    """`level`: the talk's, None when it is not starred. `limit`: as for `focus_head`."""
    if paper_id is None or paper_id not in program.papers:
        return Content("")
    return with_marks(focus_head(program, paper_id, limit),
                      focus_marks(paper_id, level, analysis))


class FocusLine(Static):
    """Shows `focus_text` for whatever the screen says is under the cursor."""

    LINES = 5  # its max-height in planner.tcss

    def __init__(self, **kwargs: str) -> None:
        super().__init__(classes="focus-line", **kwargs)
        self._room_for: Content | None = None

    def show(self, program: Program, paper_id: str | None, starred: frozenset[str],
             analysis: Analysis, hops: Analysis | None = None) -> None:
        if paper_id is None or paper_id not in program.papers:
            self.show_text(Content(""))
            return
        # What the line can show at most: a longer text is cut before it is wrapped.
        limit = self.LINES * max(80, self.app.size.width)
        agenda = self.app.agenda  # type: ignore[attr-defined]
        level = agenda.level(paper_id) if paper_id in starred else None
        head = focus_head(program, paper_id, limit)
        self.show_text(with_marks(head, focus_marks(paper_id, level, analysis, hops)),
                       room_for=with_marks(head, WIDEST_MARKS))

    def show_text(self, text: Content, room_for: Content | None = None) -> None:
        """Show `text`, as tall as `room_for` would be (the same talk with every mark it could
        carry) when that is taller: then a change of marks keeps the line's height."""
        self._room_for = room_for
        width = self.content_region.width
        if not width or not self.is_mounted:
            self.update(text)
            return
        height = min(self.LINES, self._height(text, width))
        # A new layout of the screen only when the line's height changes: Static.update lays
        # out the whole screen every time, on every star key and cursor move.
        self.update(text, layout=height != self.content_region.height)

    def _height(self, text: Content, width: int) -> int:
        height = text.get_height(self.styles, width)
        if self._room_for is not None:
            height = max(height, self._room_for.get_height(self.styles, width))
        return height

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        height = super().get_content_height(container, viewport, width)
        if self._room_for is not None and width:
            height = max(height, self._room_for.get_height(self.styles, width))
        return height
