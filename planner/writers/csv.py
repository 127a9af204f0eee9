"""A CSV reading list: a header row, one row per paper, RFC 4180 quoting (CRLF line ends)."""

from __future__ import annotations

import csv
import io

from planner.program import Program
from planner.writers import Selection, page_of

COLUMNS = ("id", "title", "authors", "affiliations", "date", "start", "end", "session",
           "room", "page", "starred", "level", "note")


def write(program: Program, selection: Selection) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180: CRLF, quotes only when needed
    writer.writerow(COLUMNS)
    for p in selection.papers:
        s = program.session_of(p)
        affiliations = dict.fromkeys(x for a in p.authors for x in a.affiliations)
        page = page_of(p)
        writer.writerow([
            p.id, p.title, "; ".join(a.name for a in p.authors), "; ".join(affiliations),
            program.day_of(p).date.isoformat(), p.start.isoformat(), p.end.isoformat(),
            s.title, s.track, "" if page is None else page,
            "yes" if p.id in selection.starred else "no", selection.levels.get(p.id, ""),
            selection.notes.get(p.id, ""),
        ])
    return out.getvalue()
