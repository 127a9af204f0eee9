"""Checks every Program passes, whatever format it came from: what loads can be shown and exported.

The format parsers check their own syntax; this checks the model values they produce, once,
where every one of them passes (Program construction): text is text (no lone surrogate, which
no file or terminal can hold), ids are printable single words (they name agenda entries and
appear in commands), there is at least one day, pages are plausible numbers, the time zone is
one zoneinfo knows.
"""

from __future__ import annotations

from itertools import filterfalse

from planner.safe_text import has_surrogate

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any

    from planner.program import Program

MAX_ID = 200  # characters: an id is typed on a command line
MAX_PAGE = 1_000_000


class BadValue(Exception):
    """A model value no view could show; the message names it."""


def check_program(program: Program) -> None:
    c = program.conference
    _check_id(c.id, "conference 'id'")
    for name in ("name", "full_name", "location", "venue", "timezone", "times_source",
                 "layout", "url"):
        _check_text(getattr(c, name, ""), f"conference {name!r}")
    for track in c.tracks:
        _check_text(track, "a track name")
    _check_zone(c.timezone)
    if not program.days:
        raise BadValue("the program has no days")
    if _sessions_pass(program):
        return
    for day in program.days:  # one by one, to name the first value that does not pass
        for s in day.sessions:
            where = f"session {s.id!r}"
            _check_id(s.id, "a session id")
            _check_text(s.title, f"{where}: 'title'")
            _check_text(s.track, f"{where}: 'track'")
            for p in s.papers:
                _check_paper(p)


def _sessions_pass(program: Program) -> bool:
    """True when every session and paper passes the checks check_program makes of them one by
    one: their ids, texts and pages gathered in one pass, then tested all together at C speed
    rather than with calls per paper and per value. False when any might not: the one-by-one
    checks then name it."""
    ids: list[Any] = []
    texts: list[Any] = []
    pages: list[Any] = []
    for day in program.days:
        for s in day.sessions:
            ids.append(s.id)
            texts += (s.title, s.track)
            for p in s.papers:
                ids.append(p.id)
                pages.append(p.page)
                texts += _paper_texts(p)
    try:
        joined_ids = "".join(ids)
        # Only text that is not ASCII can hold a lone surrogate: the rest is not copied, and
        # encoding a few names beats encoding every title (isascii reads a flag).
        not_ascii = "".join(filterfalse(str.isascii, texts))
    except TypeError:  # a value that is not text
        return False
    if not all(ids) or max(map(len, ids)) > MAX_ID or not joined_ids.isprintable() \
            or " " in joined_ids:
        return False
    numbers = [n for n in pages if n is not None]
    if not set(map(type, numbers)) <= {int} or (numbers and not 0 <= min(numbers)
                                               <= max(numbers) <= MAX_PAGE):
        return False
    return not has_surrogate(not_ascii)


def _paper_texts(p: Any) -> list[Any]:
    """Every text of a paper that check_program checks is text."""
    texts = [p.title, p.subtitle, p.abstract, p.description, p.topic, p.type, p.language, p.uid]
    for a in p.authors:
        texts.append(a.name)
        texts += a.affiliations
    for link in p.links:
        texts += (link.title, link.url)
    return texts


def _check_paper(p: Any) -> None:
    _check_id(p.id, "a paper id")
    where = f"paper {p.id!r}"
    page = p.page
    if page is not None and (not isinstance(page, int) or isinstance(page, bool)
                             or not 0 <= page <= MAX_PAGE):
        raise BadValue(f"{where}: 'page' must be a number from 0 to {MAX_PAGE}")
    texts = _paper_texts(p)
    # One join and one encode per paper: a 100k-paper program is checked in a blink.
    try:
        joined = "".join(texts)
        if not joined.isascii():
            joined.encode("utf-8")
    except (TypeError, UnicodeEncodeError):
        for t in texts:  # which one, for the message
            _check_text(t, where)


def _check_text(value: object, where: str) -> None:
    if not isinstance(value, str):
        raise BadValue(f"{where} must be text, not {type(value).__name__}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as err:
            raise BadValue(f"{where} holds a lone surrogate "
                           f"(\\u{ord(value[err.start]):04x}), which is not text") from None


def _check_id(value: object, what: str) -> None:
    _check_text(value, what)
    assert isinstance(value, str)
    # Every white space but " " is not printable: one word, without compiling \s at start.
    if not value or len(value) > MAX_ID or not value.isprintable() or " " in value:
        shown = value if value.isprintable() else value.encode("unicode_escape").decode("ascii")
        raise BadValue(f"{what} {shown!r} must be one word of printable characters "
                       f"(at most {MAX_ID})")


def _check_zone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise BadValue(f"unknown time zone {name!r}") from None
