"""Text from files and users, made safe for a terminal and for an .ics file.

Program files, agenda notes, paths and error messages are untrusted: an ESC in a title is a
terminal escape sequence (clear the screen, set the window title, write the clipboard with
OSC 52), and the same byte in an .ics makes strict parsers reject the whole calendar.

- `for_terminal(text)`: one line of display text. Every control character (C0, DEL, C1) and
  every lone surrogate becomes a visible stand-in: ESC shows as "␛", a newline as "␤", a C1
  control or a lone surrogate as "�". Use it for titles, names, ids, paths.
  Bidirectional controls never reach the terminal either (a terminal that reorders text
  would show a title in another order than it is written, as "Trojan Source" does in code):
  the embeddings, overrides and isolates (U+202A-202E, U+2066-2069), which can turn a whole
  run around, show as "�"; the three invisible marks (LRM, RLM, ALM), which only nudge the
  neutral characters beside them and are common in right-to-left names, are left out.
- `for_terminal(text, multiline=True)`: the same, but newline and tab are kept (a note, a
  whole page of command output); CRLF counts as one newline.
- `without_controls(text)`: text for a file that cannot hold control characters (.ics,
  BibTeX, Markdown): a terminal escape sequence is left out whole (CSI `ESC [ 3 1 m`, OSC
  `ESC ] ... BEL`, the other ESC sequences), as a terminal would not show it, then any other
  control character; newline and tab are kept. Bidirectional characters are kept: calendars,
  LaTeX and Markdown viewers order text themselves, and right-to-left names need the marks.
- `for_ics(text)`: a property value for .ics: `without_controls`, lone surrogates as "�".
- `ics_document(data)`: a whole serialised calendar with every stray control character
  removed and only CRLF line ends: the guarantee at the point where the file is written.
- `json_for_terminal(text)`: serialised JSON whose strings keep their exact value but carry
  DEL, C1, bidirectional controls and lone surrogates as \\u escapes (json.dumps escapes C0
  already).
- `terminal_copy(program)`: the same frozen record tree (a Program) with every string
  made printable, for a UI that draws its text in many places; the original stays for export.
- `TerminalWriter`: wraps sys.stdout/sys.stderr so whatever a command prints goes through
  `for_terminal(..., multiline=True)`.

Stored data is never changed by these: they are for showing and exporting only.
"""

from __future__ import annotations

import re

from planner.record import fields, is_record, replace

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any, TextIO, TypeVar
    T = TypeVar("T")


# Unicode's Bidi_Control characters: ALM, LRM, RLM, then LRE RLE PDF LRO RLO, LRI RLI FSI PDI.
_MARKS = "\u061c\u200e\u200f"
_BIDI_CHARS = f"{_MARKS}\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Unicode general category Cc is exactly C0 (U+0000-001F), DEL (U+007F) and C1 (U+0080-009F).
# Lone surrogates are found apart (_replace_surrogates): in the same character class, their
# 2,048 code points made compiling these patterns a tenth of every command's start-up. The
# bidirectional controls are found apart too (_has_bidi): a class with any code point past
# U+00FF compiles to a map of 65,536 (half a millisecond a pattern, on every start).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f]")
_UNSAFE_BUT_LAYOUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A terminal escape sequence as ECMA-48 frames it (compiled when a file first needs it:
# start-up is a feature): a CSI (ESC [), its parameter and intermediate bytes and one final
# byte; a control string (OSC, DCS, SOS, PM, APC) up to BEL or ST on the same line (one with
# no end is not taken as one: the rest of the note stays); any other ESC, its intermediates
# and one final byte (ESC c, ESC ( B). The C1 forms are
# taken only as a CSI with parameters (the 8-bit "\x9b31m"): a lone C1 character (U+0080-009F)
# in text is far more often Windows-1252 read as Latin-1 ("\x9e" for "ž") than an 8-bit
# control, and a C1 control string (OSC, DCS...) ate the text after it up to a later "\x9c".
_SEQUENCE = ("(?:\x1b\\[[0-?]*|\x9b[0-?]+)[ -/]*[@-~]"
             "|\x1b[\\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\\\|\x9c)"
             "|\x1b[ -/]*[0-~]")

REPLACEMENT = "\ufffd"
_PICTURES: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20)}  # ␀ … ␟ (␛ for ESC)
_PICTURES[0x0A] = "\u2424"  # ␤ reads as "newline" better than U+240A ␊
_PICTURES[0x7F] = "\u2421"  # ␡
_PICTURES.update({c: REPLACEMENT for c in range(0x80, 0xA0)})
_PICTURES.update({c: REPLACEMENT for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_PICTURES.update({ord(c): "" for c in _MARKS})
_LAYOUT_PICTURES = {**_PICTURES, 0x0A: "\n", 0x09: "\t"}

_ICS_DROP: dict[int, str | None] = {c: None for c in range(0x20) if c not in (0x09, 0x0A)}
_ICS_DROP[0x7F] = None
_ICS_DROP.update({c: None for c in range(0x80, 0xA0)})

# In a serialised calendar: any control character except tab and a CR that starts a CRLF.
# (Compiled when an export or a --json output first needs them: not on every start.)
_ICS_STRAY = "\r(?!\n)|(?<!\r)\n|[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]"
_JSON_UNSAFE = "[\x7f-\x9f]"
_JSON_BIDI = {ord(c): f"\\u{ord(c):04x}" for c in _BIDI_CHARS}
_surrogate: re.Pattern[str] | None = None
_sequence: re.Pattern[str] | None = None


def has_surrogate(text: str) -> bool:
    """Lone surrogates (bytes the locale could not decode) are what UTF-8 cannot encode."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _surrogates() -> re.Pattern[str]:
    global _surrogate
    if _surrogate is None:  # compiled the first time a text has one: rarely
        _surrogate = re.compile("[\ud800-\udfff]")
    return _surrogate


def _replace_surrogates(text: str) -> str:
    return _surrogates().sub(REPLACEMENT, text) if has_surrogate(text) else text


def _has_bidi(text: str) -> bool:
    """True if the text holds a bidirectional control: twelve searches in C, and none for
    ASCII text (isascii() reads a flag)."""
    return not text.isascii() and any(c in text for c in _BIDI_CHARS)


def has_control(text: str) -> bool:
    """True if the text holds a control character, a bidirectional control or a lone surrogate
    (newline and tab too)."""
    return _UNSAFE.search(text) is not None or _has_bidi(text) or has_surrogate(text)


def for_terminal(text: str, *, multiline: bool = False) -> str:
    """Printable text: control characters and lone surrogates as visible stand-ins."""
    # Most text is printable but for its newlines and tabs (str.isprintable: no control, no
    # bidirectional control, no lone surrogate, no white space but " "): then it is shown as
    # it is, after one pass at C speed rather than a pattern's search and the tests below.
    if multiline:
        if text.replace("\n", "").replace("\t", "").isprintable():
            return text
        if _UNSAFE_BUT_LAYOUT.search(text) is None and "\r" not in text and \
                not _has_bidi(text):
            return _replace_surrogates(text)
        return _replace_surrogates(text.replace("\r\n", "\n").translate(_LAYOUT_PICTURES))
    if text.isprintable():
        return text
    if _UNSAFE.search(text) is None and not _has_bidi(text):
        return _replace_surrogates(text)
    return _replace_surrogates(text.translate(_PICTURES))


def without_controls(text: str) -> str:
    """Escape sequences (whole) and control characters left out; newline and tab kept."""
    global _sequence
    if _UNSAFE_BUT_LAYOUT.search(text) is None and "\r" not in text:
        return text
    if _sequence is None:
        _sequence = re.compile(_SEQUENCE)
    return _sequence.sub("", text.replace("\r\n", "\n")).translate(_ICS_DROP)


def for_ics(text: str, *, one_line: bool = False) -> str:
    """An .ics property value: escape sequences and control characters left out; newline and
    tab kept, or with `one_line` (a calendar's NAME, which icalendar does not escape) made
    spaces."""
    if one_line:
        text = " ".join(text.replace("\t", " ").splitlines())
    return _replace_surrogates(without_controls(text))


def ics_document(data: bytes) -> bytes:
    """A serialised calendar with no control character but tab and the CRLF line ends."""
    text = data.decode("utf-8", errors="replace")
    cleaned = re.sub(_ICS_STRAY, "", text)
    return data if cleaned == text else cleaned.encode("utf-8")


def json_for_terminal(text: str) -> str:
    """Serialised JSON (ensure_ascii=False) with DEL, C1 and lone surrogates \\u-escaped."""
    def escape(m: re.Match[str]) -> str:
        return f"\\u{ord(m.group()):04x}"

    escaped = re.sub(_JSON_UNSAFE, escape, text)
    if _has_bidi(escaped):
        escaped = escaped.translate(_JSON_BIDI)
    return _surrogates().sub(escape, escaped) if has_surrogate(escaped) else escaped


# Fields that are paragraphs, not one line: their newlines and tabs are layout.
_MULTILINE_FIELDS = frozenset({"abstract", "description", "note"})


def terminal_copy(value: T) -> T:
    """`value` with every string in it (through records and tuples) made printable.

    Returns the very same object when nothing needed a change, which is the usual case, so a
    clean program costs one pass over its strings. Dicts are left alone (a Program's raw
    document is for JSON output, which escapes by itself).
    """
    if _is_printable(value):  # checked in two searches over all the text: a third of a pass
        return value
    return _clean(value, False)  # type: ignore[no-any-return]


def _is_printable(value: Any) -> bool:
    """True when no string in `value` (as _clean walks it) needs a change."""
    lines: list[str] = []
    paragraphs: list[str] = []
    stack = [(value, False)]
    pop, push = stack.pop, stack.append
    while stack:
        v, multiline = pop()
        if isinstance(v, str):
            (paragraphs if multiline else lines).append(v)
        elif isinstance(v, tuple):
            for x in v:
                push((x, multiline))
        elif not isinstance(v, type):
            for name in getattr(type(v), "__record_init__", ()):  # a record's init fields
                push((getattr(v, name), name in _MULTILINE_FIELDS))
    line, paragraph = "".join(lines), "".join(paragraphs)
    return (_UNSAFE.search(line) is None and _UNSAFE_BUT_LAYOUT.search(paragraph) is None
            and "\r" not in paragraph and not _has_bidi(line + paragraph)
            and not has_surrogate(line + paragraph))


def _clean(value: Any, multiline: bool) -> Any:
    if isinstance(value, str):
        return for_terminal(value, multiline=multiline)
    if isinstance(value, tuple):
        items = tuple(_clean(v, multiline) for v in value)
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(*items) if hasattr(value, "_fields") else items
    if is_record(value):
        changed = {}
        for f in fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = _clean(old, f.name in _MULTILINE_FIELDS)
            if new is not old:
                changed[f.name] = new
        return replace(value, **changed) if changed else value
    return value


class TerminalWriter:
    """A text stream that shows control characters as stand-ins before they reach a terminal.

    Everything a command prints (output, warnings, argparse's messages) passes through one of
    these, so no new command can forget it. Bytes written to `.buffer` (the .ics on standard
    output) bypass it: they are made safe by `ics_document`.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(for_terminal(text, multiline=True))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)  # flush, fileno, buffer, isatty, encoding…
