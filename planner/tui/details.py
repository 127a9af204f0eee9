"""A talk's details: everything the program knows about it, its state, and the user's note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Label, Static, TextArea

from planner.agenda import Agenda
from planner.gaps import running_with
from planner.marks import CONFLICT, CONFLICT_WORD, HOP, HOP_WORD
from planner.plaintext import plain_text
from planner.plan import Plan
from planner.plan_view import why_dropped
from planner.program import Paper, Program
from planner.render import span
from planner.safe_text import for_terminal
from planner.tui.clip import clip
from planner.tui.plan_marks import ATTEND, DROP, LEVEL_MARK, LEVEL_NAME, NO_LEVEL
from planner.tui.widgets import when

if TYPE_CHECKING:
    from planner.tui.app import PlannerApp

# The most characters of one text (a title, a name, a room) the dialog shows: about thirty
# lines of a wide dialog, ten times the longest real title. A title of megabytes (a program
# file is data from anyone) took seconds per frame to wrap and buried the note; shown cut, with
# its length said, the dialog stays a dialog. The whole text is in the program file.
LONGEST = 3_000
LONGEST_ABSTRACT = LONGEST_NOTE = 20_000
HTML_READ = 10 * LONGEST_ABSTRACT  # of an abstract's HTML: enough for what is shown of it


def shown(text: str, limit: int = LONGEST, cut: bool = False) -> Content:
    """The text, or its start and a dim line saying it is cut (`cut`: it was already, before
    it reached here, so its whole length is not known)."""
    if len(text) <= limit and not cut:
        return Content(text)
    kept = text[:limit - 1]
    said = (f"the first {len(kept):,} characters shown" if cut else
            f"{len(text):,} characters, the first {len(kept):,} shown")
    return Content.assemble(kept + "…", (f"\n(cut: {said})", "dim italic"))


def meta(program: Program, paper: Paper) -> Content:
    """When, where, and what the source says the talk is, one labelled line each."""
    session = program.session_of(paper)
    where = ", ".join(clip(x, LONGEST) for x in (session.track, program.conference.venue) if x)
    rows: list[tuple[str, str]] = [("When", when(program, paper)), ("Where", where)]
    if program.conference.layout == "time":  # a published schedule: its track, not a session
        rows += [("Track", paper.topic), ("Type", paper.type), ("Lang", paper.language)]
    else:
        rows.append(("Session", session.title))
    if paper.page is not None:
        rows.append(("Page", f"{paper.page} of the proceedings"))
    width = max(len(label) for label, _ in rows) + 1  # every value starts in one column
    parts: list[Content | tuple[str, str] | str] = []
    for label, value in rows:
        if value:
            parts += ["\n" if parts else "", (label.ljust(width), "dim"), clip(value, LONGEST)]
    return Content.assemble(*parts)


def authors_text(paper: Paper) -> Content:
    """Authors grouped by affiliation, as the proceedings print them: names in bold, then
    where they work. Compact, so the note stays in view on a small terminal."""
    groups: list[tuple[tuple[str, ...], list[str]]] = []
    budget, listed = LONGEST, 0  # characters left: a list of megabytes is cut, and says so
    for a in paper.authors:
        if budget <= 0:
            break
        budget -= len(a.name) + sum(len(x) for x in a.affiliations[:10])
        listed += 1
        if groups and groups[-1][0] == a.affiliations:
            groups[-1][1].append(clip(a.name, LONGEST))
        else:
            groups.append((a.affiliations, [clip(a.name, LONGEST)]))
    parts: list[Content | tuple[str, str] | str] = []
    for affiliations, names in groups:
        many = "; …" if len(affiliations) > 100 else ""
        where = clip("; ".join(clip(x, LONGEST) for x in affiliations[:100]) + many, LONGEST)
        parts += ["\n" if parts else "", ("• ", "dim"), (", ".join(names), "bold"),
                  (f" ({where})" if affiliations else "", "")]
    if left := len(paper.authors) - listed:
        parts += ["\n", (f"and {left:,} more", "dim italic")]
    return Content.assemble(*parts)


def published_fields(paper: Paper) -> ComposeResult:
    """Subtitle, abstract, description (HTML reduced to text, never markup) and links."""
    for label, raw, html in (("Subtitle", paper.subtitle, False),
                             ("Abstract", paper.abstract, True),
                             ("Description", paper.description, True)):
        # HTML of megabytes took seconds to read: only what can be shown of it is read.
        text = plain_text(raw[:HTML_READ]) if html else raw
        if text:
            yield Label(label, classes="note-label")
            yield Static(shown(text, LONGEST_ABSTRACT, cut=html and len(raw) > HTML_READ),
                         classes="details-text")
    if paper.links:
        yield Label("Links", classes="note-label")
        more = [Content(f"and {len(paper.links) - 100:,} more")] if len(paper.links) > 100 else []
        yield Static(Content("\n").join([
            *(Content(clip(f"{x.title}: {x.url}" if x.title else x.url, LONGEST))
              for x in paper.links[:100]), *more]), classes="details-text")


def room(program: Program, paper: Paper) -> str:
    return clip(program.session_of(paper).track, LONGEST)


def short_title(paper: Paper) -> str:
    """'mTuner' for 'mTuner: Accelerating...': the other talk named in a few words (the line
    above the footer gives it in full when the cursor is on it)."""
    head = paper.title[:41].split(":")[0]  # 41: enough to know whether it is cut
    return head if len(head) <= 40 else head[:39] + "…"


def plan_state(plan: Plan, paper_id: str) -> list[Content | str]:
    """'✓ In your plan' or '✗ Dropped from your plan: overlaps must: <title>'."""
    if paper_id in plan.attending:
        return ["\n", f"{ATTEND} In your plan"]
    dropped = plan.dropped.get(paper_id)
    if dropped is None:
        return []
    return ["\n", f"{DROP} Dropped from your plan: ",
            why_dropped(plan, dropped, lambda p: clip(p.title, LONGEST))]


def other_rooms_now(program: Program, agenda: Agenda, paper_id: str) -> list[Content | str]:
    """'In the other room now': the talks that run at the same time, with their marks."""
    others = running_with(program, program.papers[paper_id])
    if not others:
        return []
    parts: list[Content | str] = ["\n", Content.styled("In the other room now", "bold")]
    for o in others[:12]:
        level = agenda.level(o.id)
        mark = LEVEL_MARK[level] if level else NO_LEVEL
        parts += ["\n", f"  {mark} {room(program, o)}, "
                         f"{span(program, o.start, o.end)}: {clip(o.title, LONGEST)}"]
    if len(others) > 12:
        parts += ["\n", f"  and {len(others) - 12} more"]
    return parts


class DetailsScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Close (keeps the note)", id="close"),
        Binding("ctrl+s", "toggle_star", "Star/unstar", id="details-star"),
    ]

    app: PlannerApp

    def __init__(self, paper_id: str) -> None:
        super().__init__(id="details")
        self.paper_id = paper_id

    def compose(self) -> ComposeResult:
        program = self.app.program
        paper = program.papers[self.paper_id]
        # What a user reads first comes first, and at 80x24 the note stays above the fold:
        # title, when and where, authors, marks, note, then the buttons.
        with Vertical(id="details-body"):
            with VerticalScroll(id="details-scroll"):
                yield Static(shown(paper.title).stylize("bold"), id="details-title")
                yield Static(meta(program, paper), id="details-meta")
                yield Static(authors_text(paper), id="details-authors")
                yield Static(id="details-state")
                # Shown printable; saved only if the user changes it, so a stored note keeps
                # exactly what was typed even when it holds control characters.
                self._base_note = self.app.agenda.note(paper.id)  # as stored, for merging
                huge = len(self._base_note) > LONGEST_NOTE
                yield Label(f"Your note: {len(self._base_note):,} characters, too long to edit "
                            f"here; the first {LONGEST_NOTE - 1:,} shown, the note kept as it is"
                            if huge else "Your note (saved when you close or quit)",
                            classes="note-label", markup=False)
                # A note of megabytes took seconds per key to wrap: shown cut and read-only,
                # so the cut text is never saved over it.
                self._shown_note = for_terminal(clip(self._base_note, LONGEST_NOTE),
                                                multiline=True)
                yield TextArea(self._shown_note, id="note", soft_wrap=True, read_only=huge,
                               show_line_numbers=False)
                yield from published_fields(paper)
            # The buttons stay at the dialog's foot, outside the scrolling text: focusing them
            # never scrolls the title out of view.
            with Horizontal(id="details-buttons"):
                yield Button("Star", id="star", variant="primary", compact=True)
                yield Button("Close", id="close", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_marks()
        # Typing right after opening goes into the note: on a focused button, the spaces of a
        # typed sentence would press it and the words would go nowhere. Focused where it is:
        # under a long list of authors (at 80x24) scrolling to it took the title out of view.
        # The first key typed into it brings it into view.
        self.query_one("#note", TextArea).focus(scroll_visible=False)

    @on(TextArea.Changed, "#note")
    def _show_typed_note(self) -> None:
        self.query_one("#note", TextArea).scroll_visible(animate=False)

    def refresh_marks(self) -> None:
        """Starred? In conflict? Reached by a hop? Said in words, not only colour."""
        program, analysis = self.app.program, self.app.analysis
        starred = self.paper_id in self.app.agenda.starred
        level = self.app.agenda.level(self.paper_id)
        parts: list[Content | str] = [
            Content.styled(f"{LEVEL_MARK[level]} {LEVEL_NAME[level]}" if level else "Not starred",
                           "bold" if starred else "dim")]
        if level:
            parts += plan_state(self.app.plan, self.paper_id)
        for other in analysis.conflicts_with.get(self.paper_id, ()):
            o = program.papers[other]
            parts += ["\n", Content.styled(f"{CONFLICT} {CONFLICT_WORD.capitalize()} with ",
                                           "bold"),
                      f"{short_title(o)} ({room(program, o)}, "
                      f"{span(program, o.start, o.end)})"]
        hop = analysis.hop_of(self.paper_id)
        if hop:
            parts += ["\n", f"{HOP} {HOP_WORD.capitalize()} from "
                            f"{room(program, hop.src)} after {short_title(hop.src)} "
                            f"({hop.gap_phrase})"]
        leaving = analysis.hop_from(self.paper_id)
        if leaving:
            dst = leaving.dst
            parts += ["\n", f"{HOP} {HOP_WORD.capitalize()} to {room(program, dst)} "
                            f"for {short_title(dst)} ({leaving.gap_phrase})"]
        parts += other_rooms_now(program, self.app.agenda, self.paper_id)
        self.query_one("#details-state", Static).update(Content.assemble(*parts))
        self.query_one("#star", Button).label = "Unstar" if starred else "Star"

    def _save_note(self) -> None:
        text = self.query_one("#note", TextArea).text
        if text != self._shown_note:
            self.app.set_note(self.paper_id, text, self._base_note)
            self._shown_note = self._base_note = text

    def save_typed_text(self) -> None:
        """The app is ending: keep what was typed in the note (PlannerApp.save_typed_text)."""
        self._save_note()

    def action_toggle_star(self) -> None:
        starring = self.paper_id not in self.app.agenda.starred
        self.app.toggle_star(self.paper_id)
        if starring:  # a note typed before starring goes with the star
            self._save_note()

    def action_close(self) -> None:
        self._save_note()
        self.dismiss()

    @on(Button.Pressed, "#star")
    def _star_pressed(self) -> None:
        self.action_toggle_star()

    @on(Button.Pressed, "#close")
    def _close_pressed(self) -> None:
        self.action_close()
