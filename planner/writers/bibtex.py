"""A BibTeX reading list: one @inproceedings per paper.

Written by hand rather than with a BibTeX library: the only hard part is escaping, and a
library would not choose it for us (pybtex writes text as given; bibtexparser likewise).

- Characters special to LaTeX are escaped; `{` and `}` become \\textbraceleft/\\textbraceright
  because BibTeX counts braces even after a backslash.
- Accented Latin letters become BibTeX "special characters" (`{\\'e}`): classic bibtex then
  takes each as one letter when it makes initials and sort keys, and biber decodes them to the
  same Unicode letter. Other non-ASCII text (µ, ², CJK) stays UTF-8, which both read.
- Control characters are left out, a terminal escape sequence whole (`ESC [31m`): LaTeX
  rejects them, and no TeX command stands for them.
- Title words holding a capital are braced so that styles that lower-case titles keep them.
- Keys are the conference id and the paper id (`atc25-deepserve`), the same for a paper
  whatever else is selected.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Any

from planner.program import Paper, Program
from planner.safe_text import without_controls
from planner.writers import Selection, page_of

_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
    "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
_LETTERS = {
    "ß": r"\ss", "ø": r"\o", "Ø": r"\O", "æ": r"\ae", "Æ": r"\AE", "œ": r"\oe", "Œ": r"\OE",
    "å": r"\aa", "Å": r"\AA", "ł": r"\l", "Ł": r"\L", "ı": r"\i", "ȷ": r"\j",
}
# Combining mark -> LaTeX accent command. Symbol accents take the letter directly (\'e),
# letter accents need braces (\v{c}).
_ACCENTS = {
    "\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0304": "=", "\u0307": ".",
    "\u0308": '"', "\u0306": "u", "\u030a": "r", "\u030b": "H", "\u030c": "v", "\u0327": "c",
    "\u0328": "k",
}


def _accented(char: str) -> str | None:
    """`{\\'e}` for é, `{\\v{c}}` for č; None when the letter is not a Latin base plus accents."""
    base, *marks = unicodedata.normalize("NFD", char)
    if not (base.isascii() and base.isalpha() and marks and all(m in _ACCENTS for m in marks)):
        return None
    inner = {"i": r"\i", "j": r"\j"}.get(base, base)
    for mark in marks:
        accent = _ACCENTS[mark]
        one_token = len(inner) == 1 or inner in (r"\i", r"\j")
        arg = inner if one_token and not accent.isalpha() else f"{{{inner}}}"
        inner = f"\\{accent}{arg}"
    return f"{{{inner}}}"


_ANY_SPECIAL = re.compile("[" + re.escape("".join(_SPECIAL)) + "]")
_LIGATURE = re.compile(r"([-`'])(?=\1)")


def escape(text: str) -> str:
    """Text as a BibTeX field value shows it: nothing in it is read as markup."""
    text = without_controls(text)  # LaTeX stops at a control character ("invalid character")
    if not text.isascii() or _ANY_SPECIAL.search(text):  # else each character is itself
        out = []
        for char in unicodedata.normalize("NFC", text):
            if char in _SPECIAL:
                out.append(_SPECIAL[char])
            elif char.isascii():
                out.append(char)
            elif char in _LETTERS:
                out.append(f"{{{_LETTERS[char]}}}")
            else:
                out.append(_accented(char) or char)
        text = "".join(out)
    # TeX reads '--' as an en dash and '``' as a quote: keep the characters apart.
    return _LIGATURE.sub(r"\1{}", text)


def protect_title(title: str) -> str:
    """Escape, and brace every word that holds a capital so no style lower-cases it."""
    words = []
    for word in re.split(r"(\s+)", " ".join(title.split())):
        escaped = escape(word)
        if any(c.isupper() for c in word):
            # A group that starts with a backslash is a "special character", which bibtex
            # does change the case of: brace it twice.
            escaped = f"{{{{{escaped}}}}}" if escaped.startswith("\\") else f"{{{escaped}}}"
        words.append(escaped)
    return "".join(words)


def author(name: str) -> str:
    """One name in BibTeX's First von Last form; one that would split wrongly is braced whole."""
    name = " ".join(name.split())
    escaped = escape(name)
    if "," in name or re.search(r"\band\b", name, re.IGNORECASE):
        return f"{{{escaped}}}"
    return escaped


def key_for(program: Program, paper_id: str) -> str:
    """A stable key: conference id and paper id, with characters BibTeX keys forbid replaced."""
    return _keys(program)[paper_id]


def _keys(program: Program) -> dict[str, str]:
    keys: dict[str, str] | None = getattr(program, "_bibtex_keys", None)
    if keys is None:
        keys, used = {}, set()
        prefix = re.sub(r"[^A-Za-z0-9]+", "", program.conference.id) or "paper"
        for pid in program.papers:  # program order: keys never depend on the selection
            ascii_id = unicodedata.normalize("NFKD", pid).encode("ascii", "ignore").decode()
            key = f"{prefix}-{re.sub(r'[^A-Za-z0-9_.:+-]+', '-', ascii_id).strip('-') or 'paper'}"
            n, unique = 1, key
            while unique.lower() in used:  # bibtex compares keys without case
                n += 1
                unique = f"{key}-{n}"
            used.add(unique.lower())
            keys[pid] = unique
        object.__setattr__(program, "_bibtex_keys", keys)
    return keys


def page_ranges(program: Program) -> dict[str, str]:
    """first--last for each paper with a page: the last page is the page before the next
    paper's first page; the last paper of the proceedings has its first page only."""
    firsts = sorted({page for p in program.papers.values() if (page := page_of(p)) is not None})
    following = dict(itertools.pairwise(firsts))
    ranges = {}
    for p in program.papers.values():
        first = page_of(p)
        if first is None:
            continue
        nxt = following.get(first)
        ranges[p.id] = f"{first}--{nxt - 1}" if nxt is not None and nxt - 1 > first else str(first)
    return ranges


def conference_fields(program: Program) -> dict[str, str]:
    """booktitle, publisher and address: from the program file's conference, when it says."""
    c = program.conference
    raw: Any = getattr(program, "raw", {}) or {}
    extra = raw.get("conference", {}) if isinstance(raw, dict) else {}
    extra = extra if isinstance(extra, dict) else {}

    def given(key: str, fallback: str) -> str:
        value = extra.get(key)
        return value if isinstance(value, str) and value else fallback

    return {
        "booktitle": given("booktitle", c.full_name),
        "publisher": given("publisher", ""),
        "address": given("address", c.location),
    }


def _year(program: Program, paper: Paper) -> str:
    return str(program.day_of(paper).date.year)


def entry(program: Program, paper: Paper, note: str, pages: str | None,
          conference: dict[str, str]) -> str:
    fields = [
        ("author", " and ".join(author(a.name) for a in paper.authors)),
        ("title", protect_title(paper.title)),
        ("booktitle", escape(conference["booktitle"])),
        ("year", _year(program, paper)),
        ("pages", pages or ""),
        ("publisher", escape(conference["publisher"])),
        ("address", escape(conference["address"])),
        ("note", escape(" ".join(note.split()))),
    ]
    body = ",\n".join(f"  {name:<9} = {{{value}}}" for name, value in fields if value)
    return f"@inproceedings{{{key_for(program, paper.id)},\n{body}\n}}\n"


def write(program: Program, selection: Selection) -> str:
    pages = page_ranges(program)
    conference = conference_fields(program)
    return "\n".join(entry(program, p, selection.notes.get(p.id, ""), pages.get(p.id), conference)
                     for p in selection.papers)
