"""Search in the command palette: the same matching as `atc-planner search`."""

from __future__ import annotations

from functools import partial
from itertools import islice
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from planner.marks import star_mark
from planner.render import talk_when

if TYPE_CHECKING:
    from planner.program import Paper
    from planner.tui.app import PlannerApp


def literal_highlight(matcher: Matcher, text: str) -> Content:
    """Highlight the matched letters without reading the text as markup."""
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    content = Content(text)
    for i in offsets:
        content = content.stylize(matcher.match_style, i, i + 1)
    return content


SHOWN = 40  # hits per search: the palette lists a screenful, whatever matches
LONGEST = 300  # characters of a title or a line of help shown (a title may be megabytes)


def _cut(text: str) -> str:
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


class TalkSearch(Provider):
    """Papers by title, author or affiliation; choosing one jumps to its talk."""

    app: PlannerApp

    def _help(self, paper: Paper) -> Content:
        program = self.app.program
        where = program.session_of(paper).track
        when = talk_when(program, paper)
        names = ", ".join(a.name for a in paper.authors[:20])
        return Content(_cut(f"{when} · {where} · {names}"))

    async def discover(self) -> Hits:
        agenda = self.app.agenda
        starred = agenda.starred
        shown = (p for p in self.app.program.papers.values() if p.id in starred)
        for paper in islice(shown, SHOWN):  # each star in its level's shape, as on the grid
            mark = star_mark(agenda.level(paper.id))
            yield DiscoveryHit(Content(f"{mark} {_cut(paper.title)}"),
                               partial(self.app.jump_to, paper.id), help=self._help(paper))

    async def search(self, query: str) -> Hits:
        # Folding a big program's text takes seconds: the app starts it in a thread at
        # start-up; wait for it there rather than block every key in the palette.
        await self.app.search_ready()
        matcher = self.matcher(query)
        # Which papers and their order: the domain's word search (accents and case ignored,
        # every word must match; title matches first), as on the command line. The fuzzy
        # matcher only highlights.
        for rank, paper in enumerate(self.app.program.search_best(query, SHOWN)):
            title = _cut(paper.title)
            yield Hit(1 - rank / SHOWN, literal_highlight(matcher, title),
                      partial(self.app.jump_to, paper.id), text=title,
                      help=self._help(paper))  # type: ignore[arg-type]


class ProgramSwitch(Provider):
    """The remembered programs (`atc-planner programs`); choosing one opens it."""

    app: PlannerApp

    async def startup(self) -> None:
        from planner.library import remembered

        self.rows = [r for r in remembered() if r.key != self.app.program_key]

    def _hit_text(self, name: str, key: str) -> str:
        return f"Open program: {name} ({key})"

    async def discover(self) -> Hits:
        for r in self.rows:
            yield DiscoveryHit(Content(self._hit_text(r.name, r.key)),
                               partial(self.app.switch_program, r.key),
                               help=Content(f"{r.talks} talks, {r.days}"))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for r in self.rows:
            text = self._hit_text(r.name, r.key)
            if (score := matcher.match(text)) > 0:
                yield Hit(score, literal_highlight(matcher, text),
                          partial(self.app.switch_program, r.key), text=text,
                          help=Content(f"{r.talks} talks, {r.days}"))  # type: ignore[arg-type]
