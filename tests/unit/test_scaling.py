"""Operations that must not touch the whole agenda or program once per item (issue 14).

Counted, never timed: a change to many ids builds one agenda, a membership test reads a set
built once, hop_of looks up an index instead of scanning every hop.
"""

from __future__ import annotations

import pytest

from planner.agenda import Agenda, Entry, level_all, star_all, unstar_all
from planner.conflicts import analyze
from planner.program import load_program

PROGRAM = load_program()


@pytest.fixture
def constructions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many Agenda values get built: each one copies every entry."""
    built = [0]
    original = Agenda.__post_init__

    def counting(self: Agenda) -> None:
        built[0] += 1
        original(self)

    monkeypatch.setattr(Agenda, "__post_init__", counting)
    return built


def test_starred_is_built_once_per_agenda():
    agenda = Agenda({pid: Entry("2025-06-01T12:00:00+00:00") for pid in PROGRAM.papers})
    assert agenda.starred is agenda.starred
    assert agenda.starred == frozenset(PROGRAM.papers)


@pytest.mark.parametrize("change", [star_all, lambda ids: level_all(ids, "must")])
def test_starring_every_paper_at_once_builds_one_agenda(change, constructions):
    ids = list(PROGRAM.papers)
    before = Agenda({ids[0]: Entry("2025-06-01T12:00:00+00:00", "keep me", "maybe")})
    constructions[0] = 0
    after = change(ids)(before)
    assert constructions[0] == 1
    assert after.starred == frozenset(ids)
    assert after.entries[ids[0]].note == "keep me"  # an existing star keeps its note


def test_a_plain_star_keeps_levels_and_levels_star_the_rest():
    ids = list(PROGRAM.papers)[:3]
    before = Agenda({ids[0]: Entry("2025-06-01T12:00:00+00:00", "", "must")})
    assert star_all(ids)(before).level(ids[0]) == "must"
    after = level_all(ids, "maybe")(before)
    assert [after.level(pid) for pid in ids] == ["maybe"] * 3
    assert level_all(ids, "maybe")(after) is after  # nothing to change: the same agenda


def test_unstarring_many_builds_one_agenda(constructions):
    ids = list(PROGRAM.papers)
    full = star_all(ids)(Agenda())
    constructions[0] = 0
    after = unstar_all([*ids[:50], "no-such-paper"])(full)
    assert constructions[0] == 1
    assert after.starred == frozenset(ids[50:])
    assert unstar_all(["no-such-paper"])(after) is after


class CountingTuple(tuple):
    iterations = 0

    def __iter__(self):
        type(self).iterations += 1
        return super().__iter__()


def test_hop_of_does_not_scan_the_hops():
    analysis = analyze(PROGRAM, PROGRAM.papers)
    assert analysis.hops, "the whole program starred has hops"
    expected = {h.dst.id: h for h in analysis.hops}
    counted = type(analysis)(analysis.conflicts, CountingTuple(analysis.hops), analysis.slots,
                             analysis.conflicts_with)
    CountingTuple.iterations = 0
    for pid in PROGRAM.papers:
        assert counted.hop_of(pid) == expected.get(pid)
    assert CountingTuple.iterations == 0

