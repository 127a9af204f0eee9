"""Gaps of a plan and what runs in them; what else runs with a talk."""

from __future__ import annotations

import json

from planner.gaps import find_gaps, running_with
from planner.plan import make_plan
from planner.program import load_program, parse_program
from tests.helpers_programs import make_program


def program_with_titles(tracks, titles: dict[str, str]):
    doc = make_program(tracks)
    for s in doc["days"][0]["sessions"]:
        for p in s["papers"]:
            p["title"] = titles.get(p["id"], p["title"])
            p["authors"] = [{"name": f"Speaker {p['id']}", "affiliations": []}]
    return parse_program(doc)


def test_gaps_lie_between_planned_talks_and_list_what_runs_then_alike_first():
    # Track 0: 09:00, 10:30. Track 1: 09:35 (storage), 09:50 (cooking), 10:00 (storage again).
    program = program_with_titles(
        [[[(0, 30)], [(90, 30)]], [[(35, 15), (50, 10), (60, 30)]]],
        {"t0s0p0": "Fast storage engines", "t0s1p0": "Graph processing",
         "t1s0p0": "Tiered storage", "t1s0p1": "Cooking pasta", "t1s0p2": "Storage at home"})
    levels = {"t0s0p0": "want", "t0s1p0": "want"}
    plan = make_plan(program, levels, walk_minutes=5)
    (gap,) = find_gaps(program, plan, levels)
    assert (gap.after.id, gap.before.id, gap.minutes) == ("t0s0p0", "t0s1p0", 60)
    assert [c.paper.id for c in gap.talks] == ["t1s0p0", "t1s0p2", "t1s0p1"]
    assert gap.talks[0].shared == ("storage",) and gap.talks[2].shared == ()
    # 10:00-10:30 in track 1 ends when the 10:30 talk starts in track 0: no time to walk back.
    assert [c.fits for c in gap.talks] == [True, False, True]


def test_a_day_edge_is_a_gap_too_and_planned_talks_are_never_candidates():
    program = program_with_titles([[[(0, 30), (30, 30)]], [[(0, 60)]]], {})
    levels = {"t0s0p1": "must", "t1s0p0": "maybe"}
    plan = make_plan(program, levels)
    gaps = find_gaps(program, plan, levels)
    assert [(g.after, g.before.id if g.before else None) for g in gaps] == [(None, "t0s0p1")]
    assert {c.paper.id for c in gaps[0].talks} == {"t0s0p0", "t1s0p0"}


def test_running_with_is_what_else_runs_at_that_time():
    program = load_program()
    assert [p.id for p in running_with(program, program.papers["poby"])] == ["mtuner"]


def test_cli_gaps(cli):
    cli("star", "deepserve", "uefi", "--must")
    run = cli("gaps", "--day", "mon")
    assert run.returncode == 0, run.stderr
    assert "11:45–13:55  130 min free, after deepserve (Track 1), before uefi (Track 2)" in run.stdout
    doc = json.loads(cli("gaps", "--json").stdout)
    (day,) = doc["days"]
    assert [(g["after"], g["before"]) for g in day["gaps"]] == [
        (None, "deepserve"), ("deepserve", "uefi"), ("uefi", None)]
    talk = day["gaps"][1]["talks"][0]
    assert set(talk) == {"id", "title", "room", "start", "end", "fits", "starred", "shared"}
    assert cli("gaps", "--day", "fri").returncode == 2
    # A day without starred talks is free, which is not "no plan yet".
    free = cli("gaps", "--day", "tue").stdout
    assert "nothing planned: the whole day is free" in free and "No plan yet" not in free
    # The same day forms as `program` and `plan` take.
    for same in ("Monday", "MON", "2025-07-07"):
        again = cli("gaps", "--day", same)
        assert (again.returncode, again.stdout) == (0, run.stdout), same


def test_a_starred_talk_the_plan_dropped_shares_only_what_other_stars_have():
    # Track 0: 09:00, 09:30 (a must) and 10:30. Track 1: 09:50-10:20, a maybe the must
    # drops, running on into the gap 10:00-10:30.
    program = program_with_titles(
        [[[(0, 30), (30, 30)], [(90, 30)]], [[(50, 30)]]],
        {"t0s0p0": "Fast storage engines", "t0s0p1": "Quantum widgets",
         "t0s1p0": "Graph processing", "t1s0p0": "Quantum storage gadgets"})
    levels = {"t0s0p0": "want", "t0s0p1": "must", "t0s1p0": "want", "t1s0p0": "maybe"}
    plan = make_plan(program, levels)
    assert "t1s0p0" not in plan.attending
    (dropped,) = [c for g in find_gaps(program, plan, levels) for c in g.talks
                  if c.paper.id == "t1s0p0"]
    # "gadgets" and its own speaker are its own alone; "storage" and "quantum" are others'.
    assert dropped.starred and dropped.shared == ("quantum", "storage")
