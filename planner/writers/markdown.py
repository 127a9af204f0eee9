"""A Markdown reading list: grouped by day and session, each paper with authors, page, note.

Text from the program or the user is escaped so that no title or note turns into markup
(a `*` in a title stays a star, `[x](y)` stays text), and control characters are left out, an
escape sequence whole, as the .ics export leaves them out.
"""

from __future__ import annotations

import re
from datetime import date

from planner.program import Paper, Program
from planner.render import day_title, span
from planner.safe_text import without_controls
from planner.writers import Selection, page_of

# Every ASCII punctuation character that CommonMark can read as markup inside a line.
_MARKUP = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")


def escape(text: str) -> str:
    # A terminal escape sequence is markup too, for whoever `cat`s the file: left out whole.
    text = _MARKUP.sub(r"\\\1", without_controls(text))
    # At the start of a line '-', '=' or '1.' would begin a list or underline a heading.
    return re.sub(r"^([-=]|\d+(?=[.)]))", r"\\\1", text)


def _paper(paper: Paper, note: str, level: str) -> list[str]:
    authors = ", ".join(a.name for a in paper.authors)
    page = page_of(paper)
    line = f"- **{escape(paper.title)}**" + (f" ({level})" if level else "")
    if authors:
        line += f"  \n  {escape(authors)}"
    if page is not None:
        line += f"  \n  page {page}"
    lines = [line]
    note_lines = [n for n in note.splitlines() if n.strip()]
    for i, n in enumerate(note_lines):
        lines.append(f"  {'> *Note:* ' if i == 0 else '> '}{escape(n.strip())}")
    return lines


def write(program: Program, selection: Selection) -> str:
    c = program.conference
    lines = [f"# {escape(c.name)}: reading list", ""]
    if not selection.papers:
        lines += ["No papers selected: star some talks, or export with --all.", ""]
    # Parallel tracks interleave in time order: gather each day's papers under their session
    # (sessions in the order their first paper comes) so every session has one heading.
    days: dict[date, dict[str, list[Paper]]] = {}
    for p in selection.papers:
        sessions = days.setdefault(program.day_of(p).date, {})
        sessions.setdefault(program.session_of(p).id, []).append(p)
    for day, sessions in days.items():
        lines += [f"## {day_title(day)}", ""]
        for papers in sessions.values():
            s = program.session_of(papers[0])
            lines += [f"### {escape(s.title)}", "",
                      f"{escape(s.track)}, {span(program, s.start, s.end)}", ""]
            for p in papers:
                note = selection.notes.get(p.id, "")
                lines += [*_paper(p, note, selection.levels.get(p.id, "")), ""]
    return "\n".join(lines).rstrip() + "\n"
