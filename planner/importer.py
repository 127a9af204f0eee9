"""Turn the proceedings' table of contents (assets/contents.txt) into the program data file.

The extracted text mixes three layouts (plain lines with *italic* affiliations, markdown table
rows with <i>…</i>, separator rows) and carries extraction damage; see assets/README or
../shared/atc25/README.md. The contents hold no times: the planning layout below supplies them
and the generated file says so in `conference.times_source`.

Regenerate the shipped data with:  python -m planner.importer
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CONTENTS = REPO / "assets" / "contents.txt"
OUTPUT = REPO / "assets" / "atc25.json"
# The same document as Python values, which the planner loads instead of parsing the JSON.
MODULE = REPO / "planner" / "atc25_program.py"

TALK_MINUTES = 15
ID_MAX = 26
# America/New_York in July is EDT, UTC-4. A fixed offset keeps the importer free of tz data.
EDT = timezone(timedelta(hours=-4))
TRACKS = ("Track 1", "Track 2")
# Slot start times per day, in program order; each slot holds one session per track.
SLOT_STARTS = {
    date(2025, 7, 7): ("10:45", "13:40", "15:25"),
    date(2025, 7, 8): ("09:00", "10:45", "13:15", "15:00"),
    date(2025, 7, 9): ("09:00", "10:45", "13:15", "15:00"),
}
DAY_HEADER = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday), (July) (\d{1,2})$")

CONFERENCE = {
    "id": "atc25",
    "name": "USENIX ATC '25",
    "full_name": "2025 USENIX Annual Technical Conference",
    "location": "Boston, MA, USA",
    "venue": "Sheraton Boston Hotel",
    "timezone": "America/New_York",
    "tracks": list(TRACKS),
    "times_source": (
        "Planning layout, not official times: the proceedings list no times. Sessions are paired "
        "into two parallel tracks in contents order and placed on the usual USENIX ATC day "
        "(Mon 10:45/13:40/15:25; Tue and Wed 09:00/10:45/13:15/15:00, America/New_York); talks "
        "run 15 minutes back to back in contents order. Load a corrected file with --program."
    ),
    "times_official": False,
    "source": "USENIX ATC '25 proceedings, table of contents (assets/contents.txt)",
    # How the proceedings are cited (the BibTeX export), as USENIX's own citations say it.
    "booktitle": "2025 USENIX Annual Technical Conference (USENIX ATC 25)",
    "publisher": "USENIX Association",
    "address": "Boston, MA",
}

# Words that mark a comma-separated piece as an organisation rather than a person. Only needed
# where a whole author line is italic and names and affiliations are told apart by position.
ORG_WORDS = re.compile(
    r"\b(Universit\w*|Institut\w*|Laborator\w*|Lab|Labs|Inc\.?|Corporation|Research|Center|"
    r"Centre|College|School|Technolog\w*|Cloud|Group|Academy|Department|Ministry|Education|"
    r"Telecom|Google|Microsoft|Huawei|ByteDance|Bytedance|Alibaba|Tencent|Nvidia|IBM|Intel)\b"
)


class ContentsError(ValueError):
    """The contents text does not have the shape the importer expects."""


@dataclass
class RawPaper:
    title: str
    page: int
    author_text: str = ""


@dataclass
class RawSession:
    title: str
    day: date
    papers: list[RawPaper] = field(default_factory=list)


# --- reading lines into items -------------------------------------------------------------

TABLE_SEPARATOR = re.compile(r"^\|[\s|:-]*\|$")


def _items(text: str) -> list[tuple[str, int | None]]:
    """Yield (text, page) items: a title carries its page, anything else has page None.

    Plain entries are blocks separated by blank lines (wrapped author lines are joined);
    table rows are one item each.
    """
    items: list[tuple[str, int | None]] = []
    block: list[str] = []

    def flush() -> None:
        if not block:
            return
        title, page = _split_page(block[0])
        items.append((title, page))
        if len(block) > 1:
            if page is None:
                raise ContentsError(f"a multi-line block without a page: {block[0]!r}")
            items.append((" ".join(line.strip() for line in block[1:]), None))
        block.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("|"):
            flush()
            if TABLE_SEPARATOR.match(line):
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) != 2:
                raise ContentsError(f"a table row without two cells: {line!r}")
            text_cell, page_cell = cells
            items.append((text_cell, int(page_cell) if page_cell else None))
        else:
            block.append(line)
    flush()
    return items


PAGE_AT_END = re.compile(r"^(?P<title>.*?\D)(?:\s*\.{2,}\s*|\s+)?(?P<page>\d+)$")


def _split_page(line: str) -> tuple[str, int | None]:
    """'Title 123', 'Title1021' and 'Title..... 1519' all end in their page number."""
    m = PAGE_AT_END.match(line)
    if not m or DAY_HEADER.match(line):
        return line, None
    return m["title"], int(m["page"])


# --- cleaning -----------------------------------------------------------------------------


def clean_title(title: str) -> str:
    title = re.sub(r"<[^>]+>", "", title)  # stray HTML tags
    title = title.replace("*", "")
    # 'μ EFI' -> 'μEFI', 'μ s-level' -> 'μs-level'; the character stays the source's own (the
    # proceedings use U+03BC GREEK SMALL LETTER MU, not U+00B5 MICRO SIGN).
    title = re.sub(r"([μµ])\s+(?=\w)", r"\1", title)
    title = re.sub(r"\s+([:,;])", r"\1", title)  # 'Minos :' -> 'Minos:'
    title = re.sub(r"\s+", " ", title).strip()
    return title.rstrip(" .")


def _clean_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;")


# --- authors ------------------------------------------------------------------------------

Author = dict  # {"name": str, "affiliations": list[str]}


def parse_authors(text: str) -> list[Author]:
    """Parse one author line in any of the three layouts."""
    text = text.strip()
    whole_italic = re.fullmatch(r"<i>(.*)</i>", text)
    if whole_italic and "<i>" not in whole_italic[1]:
        return _parse_positional(whole_italic[1])
    # Per-affiliation <i>…</i> is the same as *…*: markup delimits the affiliation.
    text = re.sub(r"\s*<i>\s*", " *", text)
    text = re.sub(r"\s*</i>\s*", "* ", text)
    return _parse_marked(text)


def _split_names(names: str) -> list[str]:
    names = names.strip().strip(",").strip()
    if names.startswith("and "):
        names = names[4:]
    parts = re.split(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+", names)
    return [p.strip() for p in parts if p.strip()]


def _split_affiliations(text: str) -> list[str]:
    """An italic span may hold two affiliations: 'A; B' or 'A; and B'."""
    out = []
    for part in text.split(";"):
        part = _clean_text(part)
        if part.startswith("and "):
            part = part[4:]
        if part:
            out.append(part)
    return out


def _parse_marked(text: str) -> list[Author]:
    """'Name, Name, and Name, *Affil*; Name, *Affil A*; *Affil B*; Name;' with *…* marking."""
    authors: list[Author] = []
    group: list[Author] = []  # the people the next affiliation belongs to
    pos = 0
    for m in re.finditer(r"\*([^*]+)\*", text):
        before = text[pos : m.start()]
        pos = m.end()
        affiliations = _split_affiliations(m[1])
        names_part = re.sub(r"^and\b\s*", "", before.strip().strip(";,").strip())
        people_text, _, _ = names_part.rpartition(";")
        # Text before a ';' in this stretch: people with no affiliation ('Xiaoliang Wang;').
        if people_text:
            for name in re.split(r"\s*;\s*", people_text):
                authors.extend({"name": n, "affiliations": []} for n in _split_names(name))
            names_part = names_part.rsplit(";", 1)[1].strip()
        if not names_part:
            # '*Affil A*; *Affil B*' or '; and *Affil B*': a second affiliation of the last group.
            if not group:
                raise ContentsError(f"an affiliation with nobody before it in {text!r}")
            for person in group:
                person["affiliations"].extend(affiliations)
            continue
        if ORG_WORDS.search(names_part) and group:
            # '; and Shuhai Lab, *Huawei Cloud*': an organisation written outside the italics.
            extra = f"{names_part.strip(', ')}, {', '.join(affiliations)}"
            for person in group:
                person["affiliations"].append(extra)
            continue
        group = [{"name": n, "affiliations": list(affiliations)} for n in _split_names(names_part)]
        authors.extend(group)
    for name in re.split(r"\s*;\s*", text[pos:].strip(" ;,")):
        authors.extend({"name": n, "affiliations": []} for n in _split_names(name) if name)
    return authors


def _looks_like_person(piece: str) -> bool:
    words = piece.split()
    return 1 <= len(words) <= 5 and not ORG_WORDS.search(piece) and piece[:1].isupper()


def _parse_positional(text: str) -> list[Author]:
    """Whole line italic: 'Name, Affil; Name and Name, Affil, City; and Affil B'.

    Within a group the people come first: one name, 'A and B', or 'A, B, and C'; the rest is
    the affiliation (which may itself hold commas).
    """
    authors: list[Author] = []
    group: list[Author] = []
    for raw_group in text.split(";"):
        g = _clean_text(raw_group)
        if not g:
            continue
        if g.startswith("and "):
            # '; and Key Laboratory …': another affiliation of the group before.
            for person in group:
                person["affiliations"].append(g[4:])
            continue
        pieces = [p.strip() for p in g.split(",")]
        n_people = 1
        if " and " not in pieces[0]:
            for i, piece in enumerate(pieces[1:], start=1):
                if piece.startswith("and ") and _looks_like_person(piece[4:]):
                    n_people = i + 1
                    break
                if not _looks_like_person(piece):
                    break
        names = _split_names(", ".join(pieces[:n_people]))
        affiliation = ", ".join(pieces[n_people:])
        group = [{"name": n, "affiliations": [affiliation] if affiliation else []} for n in names]
        authors.extend(group)
    return authors


# --- structure ----------------------------------------------------------------------------


def parse_contents(text: str) -> list[RawSession]:
    sessions: list[RawSession] = []
    day: date | None = None
    last: str = "none"  # what the previous item was: 'title', 'authors', 'header', 'none'
    for item_text, page in _items(text):
        if day is None and not DAY_HEADER.match(item_text):
            continue  # the proceedings' front matter ('July 7–9, 2025' is no paper on page 2025)
        if page is not None:
            if not sessions:
                raise ContentsError(f"a paper before any session: {item_text!r}")
            sessions[-1].papers.append(RawPaper(clean_title(item_text), page))
            last = "title"
        elif last == "title":
            sessions[-1].papers[-1].author_text = item_text
            last = "authors"
        elif m := DAY_HEADER.match(item_text):
            day = date(2025, 7, int(m[3]))
            last = "header"
        else:
            assert day is not None
            sessions.append(RawSession(clean_title(item_text), day))
            last = "header"
    return sessions


def paper_id(title: str) -> str:
    """A short id a person can type: the system's name before the colon, else the first words.

    Derived from the title alone, so regenerating the data keeps every id.
    """
    head, sep, _ = title.partition(":")
    if sep and len(head.split()) <= 3:
        words = head.split()
    else:
        stop = {"a", "an", "and", "the", "of", "for", "in", "on", "with", "via", "by", "to"}
        words = [w for w in re.split(r"[\s:]+", title) if w.lower() not in stop][:3]
    text = " ".join(words).replace("µ", "u").replace("μ", "u").replace("²", "2")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    while len(slug) > ID_MAX and "-" in slug:
        slug = slug.rsplit("-", 1)[0]  # whole words only, short enough to type
    return slug


def build_program(text: str) -> dict:
    sessions = parse_contents(text)
    by_day: dict[date, list[RawSession]] = {}
    for s in sessions:
        by_day.setdefault(s.day, []).append(s)
    if sorted(by_day) != sorted(SLOT_STARTS):
        raise ContentsError(f"expected days {sorted(SLOT_STARTS)}, found {sorted(by_day)}")
    days = []
    seen_ids: set[str] = set()
    n = 0
    for d, day_sessions in sorted(by_day.items()):
        starts = SLOT_STARTS[d]
        if len(day_sessions) != len(TRACKS) * len(starts):
            raise ContentsError(f"{d}: {len(day_sessions)} sessions for {len(starts)} slots")
        out_sessions = []
        for i, s in enumerate(day_sessions):
            slot, track = divmod(i, len(TRACKS))
            partner = day_sessions[slot * len(TRACKS)]
            if len(s.papers) != len(partner.papers):
                raise ContentsError(f"parallel sessions of unequal size: {s.title!r}")
            hh, mm = map(int, starts[slot].split(":"))
            start = datetime(d.year, d.month, d.day, hh, mm, tzinfo=EDT)
            papers = []
            for k, p in enumerate(s.papers):
                pid = paper_id(p.title)
                if pid in seen_ids:
                    raise ContentsError(f"two papers would share the id {pid!r}")
                seen_ids.add(pid)
                authors = parse_authors(p.author_text)
                if not authors:
                    raise ContentsError(f"no authors for {p.title!r}")
                t0 = start + timedelta(minutes=TALK_MINUTES * k)
                papers.append({
                    "id": pid,
                    "title": p.title,
                    "page": p.page,
                    "start": t0.isoformat(),
                    "end": (t0 + timedelta(minutes=TALK_MINUTES)).isoformat(),
                    "authors": authors,
                })
            n += 1
            end = start + timedelta(minutes=TALK_MINUTES * len(papers))
            out_sessions.append({
                "id": f"s{n:02d}",
                "title": s.title,
                "track": TRACKS[track],
                "start": start.isoformat(),
                "end": end.isoformat(),
                "papers": papers,
            })
        days.append({"date": d.isoformat(), "sessions": out_sessions})
    return {"schema": 1, "conference": CONFERENCE, "days": days}


def render(program: dict) -> str:
    return json.dumps(program, ensure_ascii=False, indent=1) + "\n"


MODULE_HEAD = '''"""ATC '25's program document as Python values: generated, do not edit.

`python -m planner.importer` writes it with assets/atc25.json, from the same document, and a
test holds the two equal. Installed, it is bytecode: the planner's default start loads these
values rather than reading and parsing the JSON (a millisecond of every command), then checks
them as it checks any program. A function, so each call gets a document of its own.
"""


def document() -> dict:
    return '''


def render_module(program: dict) -> str:
    """The Python module whose document() returns `program` (JSON values: no tuples, sets)."""
    return MODULE_HEAD + _literal(program, "    ") + "\n"


def _literal(value: object, indent: str) -> str:
    inner = indent + " "
    if isinstance(value, dict):
        items = "".join(f"{inner}{key!r}: {_literal(v, inner)},\n" for key, v in value.items())
        return "{\n" + items + indent + "}" if value else "{}"
    if isinstance(value, list):
        items = "".join(f"{inner}{_literal(v, inner)},\n" for v in value)
        return "[\n" + items + indent + "]" if value else "[]"
    return repr(value)  # str, int, float, bool, None: the same value in Python


def main(argv: list[str] | None = None) -> int:
    """Regenerate assets/atc25.json and planner/atc25_program.py from assets/contents.txt (or
    say whether they are up to date with --check)."""
    args = sys.argv[1:] if argv is None else argv
    program = build_program(CONTENTS.read_text(encoding="utf-8"))
    fresh = {OUTPUT: render(program), MODULE: render_module(program)}
    if "--check" in args:
        stale = [path for path, text in fresh.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != text]
        print(" and ".join(f"{path}" for path in stale) + " differ from a fresh regeneration"
              if stale else "up to date")
        return 1 if stale else 0
    for path, text in fresh.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
