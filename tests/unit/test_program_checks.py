"""check_program tests a clean program's values all together, and names a bad one as before."""

from __future__ import annotations

import pytest

from planner import program_checks
from planner.program import Link, load_program
from planner.program_checks import BadValue, check_program
from planner.record import replace


def _with_first_paper(program, **changes):
    """The program's values with its first paper changed (no Program: that would check it)."""
    day = program.days[0]
    session = day.sessions[0]
    paper = replace(session.papers[0], **changes)
    session = replace(session, papers=(paper, *session.papers[1:]))
    day = replace(day, sessions=(session, *day.sessions[1:]))
    return replace_days(program, (day, *program.days[1:]))


class replace_days:  # what check_program reads of a Program
    def __init__(self, program, days):
        self.conference, self.days = program.conference, days


BAD = {
    "a lone surrogate in a title": {"title": "a\ud800b"},
    "a title that is not text": {"title": 5},
    "a lone surrogate in an affiliation": "affiliation",
    "an author name that is not text": "author",
    "a link that is not text": {"links": (Link("x", 3),)},
    "a negative page": {"page": -1},
    "a page of a billion": {"page": 10**9},
    "a page that is a bool": {"page": True},
    "a page that is text": {"page": "3"},
    "an id with a space": {"id": "a b"},
    "an id with a tab": {"id": "a\tb"},
    "an id with a no-break space": {"id": "a\xa0b"},
    "an empty id": {"id": ""},
    "an id too long": {"id": "x" * 201},
    "an id that is not text": {"id": 7},
}


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_value_is_named_as_the_one_by_one_checks_name_it(name, monkeypatch):
    program = load_program()
    change = BAD[name]
    if change == "affiliation":
        first = program.days[0].sessions[0].papers[0]
        change = {"authors": (replace(first.authors[0], affiliations=("\udc00",)),)}
    elif change == "author":
        first = program.days[0].sessions[0].papers[0]
        change = {"authors": (replace(first.authors[0], name=None),)}
    bad = _with_first_paper(program, **change)
    with pytest.raises(BadValue) as together:
        check_program(bad)
    monkeypatch.setattr(program_checks, "_sessions_pass", lambda program: False)
    with pytest.raises(BadValue) as one_by_one:
        check_program(bad)
    assert str(together.value) == str(one_by_one.value)


def test_a_clean_program_is_checked_without_a_call_per_paper(monkeypatch):
    # A clean program's values are tested all together; only a program that fails is walked
    # value by value, with a call per paper, per id and per text.
    program = load_program()
    called = []
    for name in ("_check_paper", "_check_id", "_check_text"):
        real = getattr(program_checks, name)
        monkeypatch.setattr(program_checks, name,
                            lambda *a, real=real, name=name: called.append(name) or real(*a))
    check_program(program)
    assert called.count("_check_paper") == 0
    assert called.count("_check_id") == 1  # the conference's
