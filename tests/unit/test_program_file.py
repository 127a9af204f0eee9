"""Loading other program files: every broken file gets one line naming it, and exit status 2."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from planner.importer import OUTPUT
from planner.program import ProgramError, load_program

GOOD = json.loads(OUTPUT.read_text(encoding="utf-8"))


def write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "program.json"
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def broken(mutate) -> dict:
    doc = copy.deepcopy(GOOD)
    mutate(doc)
    return doc


def first_session(doc):
    return doc["days"][0]["sessions"][0]


BROKEN = {
    "bad json": ("{not json", "not valid JSON"),
    "not an object": ("[1, 2]", "top level"),
    "missing field": (broken(lambda d: first_session(d)["papers"][0].pop("title")), "'title'"),
    "wrong type": (broken(lambda d: first_session(d)["papers"][0].update(page="one")), "'page'"),
    "unknown track": (broken(lambda d: first_session(d).update(track="Track 9")),
                      "unknown track 'Track 9'"),
    "talk outside session": (
        broken(lambda d: first_session(d)["papers"][0].update(start="2025-07-07T10:00:00-04:00")),
        "outside its session"),
    "sessions overlap in a track": (
        broken(lambda d: d["days"][0]["sessions"][2].update(track="Track 1",
                                                              start="2025-07-07T11:30:00-04:00")),
        "overlap in Track 1"),
    "duplicate paper id": (
        broken(lambda d: first_session(d)["papers"][1].update(id="fast-acs")),
        "duplicate paper id 'fast-acs'"),
    "duplicate session id": (
        broken(lambda d: d["days"][1]["sessions"][0].update(id="s01")), "duplicate session id"),
    "time without offset": (
        broken(lambda d: first_session(d).update(start="2025-07-07T10:45:00")), "UTC offset"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_program_files_are_refused(tmp_path, case):
    doc, expected = BROKEN[case]
    path = write(tmp_path, doc)
    with pytest.raises(ProgramError) as err:
        load_program(path)
    message = str(err.value)
    assert message.startswith(str(path)) and expected in message and "\n" not in message


@pytest.mark.parametrize("case", ["bad json", "unknown track", "duplicate paper id"])
def test_cli_reports_a_broken_program_in_one_line(tmp_path, cli, case):
    path = write(tmp_path, BROKEN[case][0])
    for args in (["program", "--program", str(path)], ["--program", str(path), "agenda"]):
        run = cli(*args)
        assert run.returncode == 2
        assert run.stdout == ""
        assert run.stderr.count("\n") == 1 and str(path) in run.stderr
        assert "Traceback" not in run.stderr
    run = cli("search", "cache", env={"ATC_PLANNER_PROGRAM": str(path)})
    assert run.returncode == 2 and str(path) in run.stderr


def test_missing_program_file(tmp_path, cli):
    run = cli("program", "--program", str(tmp_path / "nope.json"))
    assert run.returncode == 2 and "cannot read" in run.stderr and "Traceback" not in run.stderr


def test_another_program_file_with_three_tracks_loads(tmp_path):
    doc = copy.deepcopy(GOOD)
    doc["conference"]["tracks"].append("Track 3")
    first_session(doc)["papers"].pop()  # shorter sessions are fine too
    doc["days"][0]["sessions"].append({
        "id": "x1", "title": "Extra", "track": "Track 3",
        "start": "2025-07-07T10:45:00-04:00", "end": "2025-07-07T11:45:00-04:00",
        "papers": [{"id": "extra-talk", "title": "An [extra] talk", "page": 9999,
                    "start": "2025-07-07T10:45:00-04:00", "end": "2025-07-07T11:30:00-04:00",
                    "authors": []}],
    })
    program = load_program(write(tmp_path, doc))
    assert len(program.papers) == 100
    assert len(program.days[0].slots[0].sessions) == 3


def test_program_json_dump_loads_back_as_a_program_file(tmp_path, cli):
    run = cli("program", "--json")
    assert run.returncode == 0
    path = write(tmp_path, run.stdout)
    assert list(load_program(path).papers) == list(load_program().papers)



def test_the_times_of_one_utc_offset_share_one_tzinfo(tmp_path):
    # Two aware times with different tzinfo objects compare by asking both for their offset:
    # loading and sorting a program compares thousands, so each offset gets one object.
    program = load_program()
    times = [t for p in program.papers.values() for t in (p.start, p.end)]
    times += [t for d in program.days for s in d.sessions for t in (s.start, s.end)]
    assert len({id(t.tzinfo) for t in times}) == 1
    # The same instant written in UTC keeps its own offset, as it was read.
    doc = broken(lambda d: first_session(d).update(start="2025-07-07T14:45:00+00:00"))
    session = load_program(write(tmp_path, doc)).days[0].sessions[0]
    assert session.start.isoformat() == "2025-07-07T14:45:00+00:00"
    assert session.start.tzinfo is not session.end.tzinfo
    assert session.papers[0].start.tzinfo is session.end.tzinfo
