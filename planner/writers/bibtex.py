"""A BibTeX reading list: one @inproceedings per paper.

Written by hand rather than with a BibTeX library: the only hard part is escaping, and a
library would not choose it for us (pybtex writes text as given; bibtexparser likewise).

- Characters special to LaTeX are escaped; `{` and `}` become \\textbraceleft/\\textbraceright
  because BibTeX counts braces even after a backslash.
- Accented Latin letters become BibTeX "special characters" (`{\\'e}`): classic bibtex then
  takes each as one letter when it makes initials and sort keys, and biber decodes them to the
  same Unicode letter.
- Dashes and curly quotes are written as TeX spells them (`---`, `--`, ``` `` ```, `''`) and
  a few symbols as LaTeX's text commands (`{\\textmu}`, `{\\texttwosuperior}`: no package
  needed since LaTeX 2020), so the usual title is ASCII. As UTF-8 they broke a document with
  an 8-bit input encoding (`\\usepackage[latin1]{inputenc}`), and a Greek mu ("μs", "μEFI" in
  ATC '25's own titles) stops pdflatex even in a UTF-8 document ("Unicode character μ not set
  up for use with LaTeX"). Other non-ASCII text (CJK, Greek words) stays UTF-8: biber reads
  it, and so does LaTeX in a UTF-8 document (its default) where its fonts have the letters.
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
# Characters TeX writes in ASCII: its ligatures for dashes and quotes, and text commands
# of the LaTeX kernel (TS1, textcomp's, built in since 2020). Each one compiled with pdflatex
# and bibtex in a UTF-8 and in a latin1 document (tests/unit/test_writers.py decodes them).
_TEX_SPELLED = {"\u2013": "--", "\u2014": "---", "\u2018": "`", "\u2019": "'", "\u201c": "``",
                "\u201d": "''"}
_SYMBOLS = {
    "\u00b5": r"\textmu", "\u03bc": r"\textmu",  # the micro sign and the Greek mu of "μs"
    "\u00b9": r"\textonesuperior", "\u00b2": r"\texttwosuperior", "\u00b3": r"\textthreesuperior",
    "\u00d7": r"\texttimes", "\u00b0": r"\textdegree", "\u00b1": r"\textpm",
    "\u00bd": r"\textonehalf", "\u2026": r"\textellipsis", "\u00a9": r"\textcopyright",
    "\u00ae": r"\textregistered", "\u2122": r"\texttrademark", "\u20ac": r"\texteuro",
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
# TeX's ligatures of ASCII: '--', '``', "''", and '!`' and '?`' (¡ and ¿).
_LIGATURE = re.compile(r"(?:([-`'])(?=\1)|[!?](?=`))")


def _greek(char: str) -> bool:
    return "\u0370" <= char <= "\u03ff" or "\u1f00" <= char <= "\u1fff"


def escape(text: str) -> str:
    """Text as a BibTeX field value shows it: nothing in it is read as markup."""
    text = without_controls(text)  # LaTeX stops at a control character ("invalid character")
    if text.isascii() and not _ANY_SPECIAL.search(text):  # each character is itself
        # TeX reads '--' as an en dash and '``' as a quote: keep the characters apart.
        return _LIGATURE.sub(lambda m: m.group(0) + "{}", text)
    out: list[str] = []
    text = unicodedata.normalize("NFC", text)
    for i, char in enumerate(text):
        if char == "\u03bc" and (_greek(text[i - 1:i] or " ") or _greek(text[i + 1:i + 2] or " ")):
            piece = char  # a mu in a Greek word is a letter of it, not the micro sign of "μs"
        elif char in _SPECIAL:
            piece = _SPECIAL[char]
        elif char.isascii() or char in _TEX_SPELLED:
            piece = _TEX_SPELLED.get(char, char)
        elif char in _LETTERS:
            piece = f"{{{_LETTERS[char]}}}"
        elif char in _SYMBOLS:
            piece = f"{{{_SYMBOLS[char]}}}"
        else:
            piece = _accented(char) or char
        # Apart from what comes before, as above: '—' then '-' is '---{}-', not '----';
        # '!' then '‘' is '!{}`', not TeX's '¡'.
        if out and ((piece[0] in "-`'" and out[-1][-1] == piece[0]) or
                    (piece[0] == "`" and out[-1][-1] in "!?")):
            out.append("{}")
        out.append(piece)
    return "".join(out)


def protect_title(title: str) -> str:
    """Escape, and brace every word that holds a capital so no style lower-cases it."""
    words = []
    # Controls out before the title is cut into words: an escape sequence can hold a space.
    for word in re.split(r"(\s+)", " ".join(without_controls(title).split())):
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
