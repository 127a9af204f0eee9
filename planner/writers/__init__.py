"""Reading-list writers: `write(program, selection) -> str`, one module per format.

Each is plain Python with no heavy import (the .ics export stays in planner/ics.py, which loads
icalendar). `select` decides which papers go in; the writers only decide how they look.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from planner.agenda import Agenda
from planner.program import Paper, Program

# --format name -> (module under planner.writers, file extension)
FORMATS = {"bibtex": ("bibtex", "bib"), "markdown": ("markdown", "md"), "csv": ("csv", "csv")}


@dataclass(frozen=True, slots=True)
class Selection:
    papers: tuple[Paper, ...]  # in time order
    notes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    starred: frozenset[str] = frozenset()
    levels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


def select(program: Program, agenda: Agenda, *, everything: bool = False) -> Selection:
    """The starred papers (or every paper), in time order, with the user's notes."""
    papers = sorted(program.papers.values(), key=lambda p: program.time_order(p.id))
    if not everything:
        papers = [p for p in papers if p.id in agenda.starred]
    notes = {pid: e.note for pid, e in agenda.entries.items() if e.note}
    levels = {pid: e.level for pid, e in agenda.entries.items()}
    return Selection(tuple(papers), MappingProxyType(notes), agenda.starred,
                     MappingProxyType(levels))


def page_of(paper: Paper) -> int | None:
    """The paper's first page in the proceedings, or None for a schedule without pages."""
    page = getattr(paper, "page", None)
    return page if isinstance(page, int) and not isinstance(page, bool) else None


def write(fmt: str, program: Program, selection: Selection) -> str:
    from importlib import import_module

    module, _ = FORMATS[fmt]
    return import_module(f"planner.writers.{module}").write(program, selection)  # type: ignore[no-any-return]
