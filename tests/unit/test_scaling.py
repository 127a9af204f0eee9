"""Operations that must not touch the whole agenda or program once per item (issue 14).

Counted, never timed: a change to many ids builds one agenda, a membership test reads a set
built once, hop_of looks up an index instead of scanning every hop.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.agenda import Agenda, Entry, level_all, star_all, unstar_all
from planner.conflicts import analyze, reanalyze
from planner.program import load_program, parse_program
from tests.helpers_programs import make_program

PROGRAM = load_program()


@pytest.fixture
def constructions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many Agenda values get built: each one copies every entry."""
    built = [0]
    original, owning = Agenda.__post_init__, Agenda._owning

    def counting(self: Agenda) -> None:
        built[0] += 1
        original(self)

    def counting_owning(entries: dict[str, Entry], made: object = None) -> Agenda:
        built[0] += 1  # a change's own new dict
        return owning(entries, made)

    monkeypatch.setattr(Agenda, "__post_init__", counting)
    monkeypatch.setattr(Agenda, "_owning", staticmethod(counting_owning))
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



def test_loading_the_same_program_file_again_does_not_convert_it_again(
        tmp_path, monkeypatch: pytest.MonkeyPatch):
    import os

    from planner import library
    from planner.formats import own

    source = tmp_path / "conf.json"
    source.write_text(json.dumps(make_program([[[(0, 30), (30, 30)]], [[(0, 60)]]])))
    conversions = []
    original = own.dumps
    monkeypatch.setattr(own, "dumps", lambda program: conversions.append(1) or original(program))

    first = library.open_program(str(source))
    library.open_program(str(source))  # what every command does with ATC_PLANNER_PROGRAM set
    assert len(conversions) == 1
    assert os.path.isfile(library.stored_path(first.key))

    # The file changed (another talk): converted and stored again.
    source.write_text(json.dumps(make_program([[[(0, 30), (30, 30), (60, 30)]], [[(0, 60)]]])))
    os.utime(source, ns=(1, 1))
    library.open_program(str(source))
    assert len(conversions) == 2
    with open(library.stored_path(first.key), encoding="utf-8") as f:
        stored = f.read()
    assert "t0s0p2" in stored


def test_starring_a_talk_that_overlaps_many_says_so_in_a_few_lines(cli, tmp_path):
    # Six tracks at the same time: the first talk overlaps five others.
    source = tmp_path / "six.json"
    source.write_text(json.dumps(make_program([[[(0, 30)]] for _ in range(6)])))
    run = cli("--program", str(source), "star", *[f"t{t}s0p0" for t in range(6)])
    assert run.returncode == 0, run.stderr
    about_first = [line for line in run.stderr.splitlines() if "t0s0p0 overlaps" in line]
    assert len(about_first) == 4
    assert about_first[-1].endswith("t0s0p0 overlaps 2 more starred talks; "
                                     "see `atc-planner conflicts`")
    # Each of the 15 pairs once, from the side of the id named first; at most 4 lines an id.
    assert len(run.stderr.splitlines()) == 4 + 4 + 3 + 2 + 1


# Four tracks of sessions with talks of varied lengths, over several slots: overlaps, hops,
# tight hops and empty slots all occur.
MANY_SLOTS = parse_program(make_program([
    [[(s * 90 + k * 20 + t * 5, 15 + 5 * ((k + t) % 3)) for k in range(3)] for s in range(4)]
    for t in range(4)]))
IDS = sorted(MANY_SLOTS.papers)


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from(IDS)), st.lists(st.sampled_from(IDS), min_size=1, max_size=4))
def test_reanalyzing_the_changed_slots_equals_analyzing_everything(before_ids, flips):
    before = analyze(MANY_SLOTS, before_ids)
    after_ids = set(before_ids) ^ set(flips)
    again = reanalyze(MANY_SLOTS, before, frozenset(after_ids), set(flips))
    assert again == analyze(MANY_SLOTS, after_ids)
    for pid in IDS:
        assert again.hop_of(pid) == analyze(MANY_SLOTS, after_ids).hop_of(pid)


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from(IDS)), st.lists(st.sampled_from(IDS), min_size=1, max_size=12))
def test_star_keys_in_a_row_reanalyze_to_what_analyzing_everything_gives(before_ids, flips):
    # Each key reanalyzes the last key's analysis (its pairs not swept, its hops mended).
    ids, analysis = set(before_ids), analyze(MANY_SLOTS, before_ids)
    for pid in flips:
        ids ^= {pid}
        analysis = reanalyze(MANY_SLOTS, analysis, frozenset(ids), {pid})
        fresh = analyze(MANY_SLOTS, ids)
        assert analysis.conflicts_with == fresh.conflicts_with
        assert all(analysis.hop_of(q) == fresh.hop_of(q) and
                   analysis.hop_from(q) == fresh.hop_from(q) for q in IDS)
    assert analysis == analyze(MANY_SLOTS, ids)
    assert [v.conflicts for v in analysis.slots] == [v.conflicts for v in fresh.slots]


def test_reanalyzing_one_star_sweeps_only_its_slot(monkeypatch: pytest.MonkeyPatch):
    from planner import conflicts

    everything = analyze(MANY_SLOTS, IDS)
    swept: list[int] = []
    original = conflicts.overlapping_pairs
    monkeypatch.setattr(conflicts, "overlapping_pairs",
                        lambda talks, bounds: swept.append(len(talks)) or original(talks, bounds))
    one = IDS[0]
    after = reanalyze(MANY_SLOTS, everything, frozenset(IDS) - {one}, {one})
    slot = MANY_SLOTS.slot_of(MANY_SLOTS.papers[one])
    # The partner lists and the hops are mended without a sweep; the pairs of the changed
    # slot are swept once something asks for them, and no other slot is.
    assert swept == [] and after.conflicts_with and after.hop_of(one) is None
    assert after.conflicts  # read: swept now
    assert swept == [sum(len(s.papers) for s in slot.sessions) - 1]
    assert len(everything.slots) > 1 and after == analyze(MANY_SLOTS, set(IDS) - {one})


def test_reanalyzing_one_star_mends_the_partner_lists_it_changed(monkeypatch: pytest.MonkeyPatch):
    # Building every partner list of the slot again took most of a star key in a big slot.
    from planner import conflicts

    everything = analyze(MANY_SLOTS, IDS)
    built: list[int] = []
    original = conflicts._partners
    monkeypatch.setattr(conflicts, "_partners",
                        lambda view: built.append(len(view.starred)) or original(view))
    one = IDS[5]
    after = reanalyze(MANY_SLOTS, everything, frozenset(IDS) - {one}, {one})
    again = reanalyze(MANY_SLOTS, after, frozenset(IDS), {one})
    assert built == []
    assert after == analyze(MANY_SLOTS, set(IDS) - {one}) and again == everything


def test_the_agenda_lock_keeps_a_second_process_out_until_released(tmp_path):
    import subprocess
    import sys

    from planner.locking import LockTimeout, exclusive

    lock = tmp_path / "agenda.json.lock"
    probe = ("import sys; from pathlib import Path; from planner.locking import exclusive, "
             "LockTimeout\ntry:\n    with exclusive(Path(sys.argv[1]), 0.2): print('got it')\n"
             "except LockTimeout: print('timed out')")
    with exclusive(lock, 1):
        held = subprocess.run([sys.executable, "-c", probe, str(lock)], capture_output=True,
                              text=True, timeout=60)
        assert held.stdout.strip() == "timed out", held.stderr
        # flock is per open file: another open in this process waits too
        with pytest.raises(LockTimeout), exclusive(lock, 0.05):
            pass
    free = subprocess.run([sys.executable, "-c", probe, str(lock)], capture_output=True,
                          text=True, timeout=60)
    assert free.stdout.strip() == "got it", free.stderr


def _fold_by_unicode(text: str) -> str:
    """The general path of textfold.fold, for comparing its ASCII shortcut with."""
    import re
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", bare.casefold()).split())


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_folding_ascii_text_takes_a_shortcut_to_the_same_answer(text):
    from planner.textfold import fold

    assert fold(text) == _fold_by_unicode(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["cache", "memory", "gpu", "garcia", "university", "a", "zzz",
                        "cache memory", "systems"]), st.integers(min_value=1, max_value=30))
def test_the_best_matches_are_title_matches_first_then_the_rest_in_time_order(words, limit):
    from planner.textfold import fold

    found = PROGRAM.search(words)
    needles = PROGRAM._needles(words)  # the matching rule itself is test_search's
    title_only = {p.id for p in found if all(n in f" {fold(p.title)} " for n in needles)}

    def key(p):
        return (p.id not in title_only, PROGRAM.time_order(p.id))

    assert PROGRAM.search_best(words, limit) == sorted(found, key=key)[:limit]


# 600 talks in twelve rooms side by side: starred, a conflict at every talk.
TWELVE_ROOMS = make_program(
    [[[(s * 310 + k * 12, 12) for k in range(25)] for s in range(2)] for _ in range(12)])


@contextmanager
def collections_inside(*files: str) -> Iterator[list[str]]:
    """The functions of `files` during which the cycle collector started a collection."""
    inside: list[str] = []

    def started(phase: str, info: dict[str, int]) -> None:
        frame = sys._getframe(1)
        while phase == "start" and frame is not None:
            if frame.f_code.co_filename.endswith(files):
                inside.append(frame.f_code.co_name)
                return
            frame = frame.f_back

    assert gc.isenabled()
    gc.callbacks.append(started)
    try:
        yield inside
    finally:
        gc.callbacks.remove(started)


@pytest.mark.parametrize("command", [["agenda"], ["agenda", "--json"], ["conflicts"],
                                     ["conflicts", "--json"]])
def test_a_command_s_output_is_built_and_written_without_cycle_collections(
        command, tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    # Full collections walked every object of the output being built, again and again, to
    # find nothing: `agenda --json` grew faster than the agenda (16x from 1,000 to 10,000).
    from planner.cli import main

    source = tmp_path / "many.json"
    source.write_text(json.dumps(TWELVE_ROOMS))
    monkeypatch.setenv("ATC_PLANNER_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ATC_PLANNER_PROGRAM", raising=False)
    ids = [f"t{t}s{s}p{k}" for t in range(12) for s in range(2) for k in range(25)]
    assert main(["--program", str(source), "star", *ids]) == 0
    capsys.readouterr()
    with collections_inside("render.py", "json_text.py") as inside:
        assert main(["--program", str(source), *command]) in (0, 1)
    assert len(capsys.readouterr().out) > 100_000  # every starred talk was written
    assert inside == []


def test_remembering_a_program_converts_it_without_cycle_collections():
    # The stored copy of a program opened for the first time: the same burst of objects.
    from planner.formats.own import dumps

    program = parse_program(TWELVE_ROOMS)
    with collections_inside("program.py", "json_text.py") as inside:
        text = dumps(program)
    assert text.count('"id": "t11s1p24"') == 1
    assert inside == []
