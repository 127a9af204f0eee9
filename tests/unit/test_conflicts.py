"""Conflicts, hops and split slots: hand-made agendas on the real program, and a brute force."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.conflicts import analyze
from planner.program import load_program, parse_program
from tests.helpers_programs import make_program


@pytest.fixture(scope="module")
def program():
    return load_program()


def ids_of(conflicts):
    return {frozenset((a.id, b.id)) for a, b in conflicts}


def test_no_stars(program):
    a = analyze(program, [])
    assert (a.conflicts, a.hops, a.slots, a.conflicts_with) == ((), (), (), {})


def test_one_talk_per_slot_has_no_conflict_and_no_split(program):
    one_each = [slot.sessions[i % 2].papers[1].id
                for i, slot in enumerate(s for d in program.days for s in d.slots)]
    a = analyze(program, one_each)
    assert a.conflicts == () and a.hops == () and a.split_slots == ()
    assert len(a.slots) == 11


def test_a_conflict_on_each_day(program):
    pairs = [("fast-acs", "gmi-drl"), ("logcrisp", "clone"), ("hec", "drack")]
    a = analyze(program, [x for p in pairs for x in p])
    assert ids_of(a.conflicts) == {frozenset(p) for p in pairs}
    assert {v.day.isoformat() for v in a.slots if v.in_conflict} == {
        "2025-07-07", "2025-07-08", "2025-07-09"}
    assert a.conflicts_with["fast-acs"] == ("gmi-drl",)
    assert a.conflicts_with["clone"] == ("logcrisp",)


def test_a_hop_with_time_to_spare(program):
    # fast-acs 10:45-11:00 in Track 1, then jenga 11:15-11:30 in Track 2
    a = analyze(program, ["fast-acs", "jenga"])
    assert a.conflicts == ()
    [hop] = a.hops
    assert (hop.src.id, hop.dst.id, hop.tight, hop.gap_minutes) == ("fast-acs", "jenga", False, 15)
    [view] = a.split_slots
    assert view.split and not view.in_conflict
    assert a.hop_from("fast-acs") is hop and a.hop_of("jenga") is hop
    assert a.hop_from("jenga") is None and a.hop_of("fast-acs") is None


def test_a_tight_hop(program):
    a = analyze(program, ["fast-acs", "mtuner"])  # 10:45-11:00 Track 1, 11:00-11:15 Track 2
    [hop] = a.hops
    assert hop.tight and hop.gap_minutes == 0
    assert a.conflicts == ()  # ending at 11:00 and starting at 11:00 do not overlap


def test_same_session_is_no_hop_and_no_split(program):
    a = analyze(program, ["fast-acs", "poby", "burst-computing"])
    assert a.hops == () and a.split_slots == () and a.conflicts == ()


def test_unknown_ids_are_ignored(program):
    assert analyze(program, ["not-a-paper", "poby"]).slots[0].starred[0].id == "poby"


def test_three_tracks_from_a_program_file(tmp_path):
    doc = make_program([
        [[(0, 30), (30, 30)]],   # T0: 09:00-09:30, 09:30-10:00
        [[(0, 20), (20, 20), (40, 20)]],  # T1: 09:00, 09:20, 09:40
        [[(10, 45)]],            # T2: 09:10-09:55
    ])
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc))
    program = load_program(path)
    a = analyze(program, ["t0s0p0", "t1s0p2", "t2s0p0"])
    # T0 09:00-09:30 overlaps T2 09:10-09:55; T1 09:40-10:00 overlaps T2 too; T0 and T1 do not.
    assert ids_of(a.conflicts) == {frozenset({"t0s0p0", "t2s0p0"}),
                                   frozenset({"t1s0p2", "t2s0p0"})}
    assert a.hops == ()  # consecutive talks all overlap
    a = analyze(program, ["t0s0p0", "t1s0p2"])
    assert [(h.src.id, h.dst.id, h.gap_minutes) for h in a.hops] == [("t0s0p0", "t1s0p2", 10)]


@st.composite
def programs_and_stars(draw):
    n_tracks = draw(st.integers(1, 7))
    tracks = []
    for _ in range(n_tracks):
        t, sessions = draw(st.integers(0, 30)), []
        for _ in range(draw(st.integers(1, 3))):
            talks = []
            for _ in range(draw(st.integers(1, 5))):
                length = draw(st.integers(1, 40))
                talks.append((t, length))
                t += length + draw(st.integers(0, 10))
            sessions.append(talks)
            t += draw(st.integers(0, 60))
        tracks.append(sessions)
    program = parse_program(make_program(tracks))
    ids = sorted(program.papers)
    starred = draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
    return program, starred


@settings(max_examples=200, deadline=None)
@given(programs_and_stars())
def test_conflicts_equal_a_brute_force_check_of_every_pair(case):
    program, starred = case
    talks = [program.papers[i] for i in starred]
    brute = {frozenset((a.id, b.id)) for a, b in itertools.combinations(talks, 2)
             if a.start < b.end and b.start < a.end}
    result = analyze(program, starred)
    assert ids_of(result.conflicts) == brute
    assert len(result.conflicts) == len(brute)  # each pair once
    for h in result.hops:  # hops never overlap and always change sessions
        assert h.src.end <= h.dst.start and h.src.session_id != h.dst.session_id
        assert result.hop_from(h.src.id) is h and result.hop_of(h.dst.id) is h
    for view in result.slots:
        assert view.in_conflict == any(frozenset((a.id, b.id)) in brute for a, b in view.conflicts)
    for a, b in result.conflicts:  # the earlier talk first
        assert (a.start, a.end, a.page) <= (b.start, b.end, b.page)


def test_cli_conflicts_exit_status_and_json(cli):
    assert cli("conflicts").returncode == 0
    cli("star", "fast-acs", "gmi-drl", "poby", "jenga")
    run = cli("conflicts", "--json")
    assert run.returncode == 1
    doc = json.loads(run.stdout)
    assert [(c["a"], c["b"]) for c in doc["conflicts"]] == [("fast-acs", "gmi-drl")]
    hops = [(h["from"], h["to"], h["tight"]) for h in doc["hops"]]
    assert ("poby", "jenga", True) in hops
    assert doc["split_slots"][0]["in_conflict"] is True
    text = cli("conflicts").stdout
    assert "⚠ conflict" in text and "⇄ hop, tight" in text
    assert text.strip().splitlines()[-1].startswith("1 conflict, ")
    agenda = json.loads(cli("agenda", "--json").stdout)["starred"]
    assert {s["id"]: s["conflicts_with"] for s in agenda}["gmi-drl"] == ["fast-acs"]
    assert "⚠ conflict with gmi-drl" in cli("agenda").stdout
    cli("unstar", "gmi-drl")
    assert cli("conflicts").returncode == 0


def test_conflicts_say_in_plain_words_what_a_split_slot_is(cli):
    cli("star", "fast-acs", "gmi-drl")
    text = cli("conflicts").stdout
    assert "split" not in text
    assert text.strip().splitlines()[-1] == (
        "1 conflict, 0 hops (0 tight), 1 time slot with starred talks in more than one session.")
    assert text.startswith("Mon Jul 7  10:45–12:00  starred talks in Track 1 and Track 2: "
                           "⚠ 1 conflict")


def test_a_talk_in_conflict_and_reached_by_a_hop_shows_both_marks(cli):
    # gmi-drl (Track 2) ends 11:00, poby (Track 1) starts 11:00: a tight hop into poby,
    # and poby overlaps mtuner (Track 2, 11:00).
    cli("star", "gmi-drl", "poby", "mtuner")
    agenda = cli("agenda").stdout.splitlines()
    assert next(line for line in agenda if " poby " in line).startswith("★⚠⇄ want   11:00–11:15")
    assert next(line for line in agenda if " gmi-drl " in line).startswith("★ ⇄ want   10:45–11:00")
    assert "    ⇄ hop from Track 2 (gmi-drl, ends 11:00) to Track 1: tight: no time between talks" \
        in agenda
    assert "    ⇄ hop to Track 1 (poby, starts 11:00): tight: no time between talks" in agenda
    text = cli("conflicts").stdout
    assert "  ⚠ conflict    11:00–11:15  Track 1  poby" in text
    assert "  ⇄ hop, tight  10:45–11:00  Track 2  gmi-drl" in text
