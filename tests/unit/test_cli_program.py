"""`atc-planner program` and `search`: human text, JSON shapes, accent-insensitive search."""

from __future__ import annotations

import json
from datetime import datetime

from planner.program import load_program


def test_program_json_shape(cli):
    run = cli("program", "--json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["conference"]["name"] == "USENIX ATC '25"
    assert "times_source" in doc["conference"]
    assert [d["date"] for d in doc["days"]] == ["2025-07-07", "2025-07-08", "2025-07-09"]
    session = doc["days"][0]["sessions"][0]
    assert set(session) >= {"id", "title", "track", "start", "end", "papers"}
    paper = session["papers"][0]
    assert set(paper) >= {"id", "title", "page", "start", "end", "authors"}
    assert set(paper["authors"][0]) >= {"name", "affiliations"}
    assert datetime.fromisoformat(paper["start"]).utcoffset().total_seconds() == -4 * 3600
    assert sum(len(s["papers"]) for d in doc["days"] for s in d["sessions"]) == 100


def test_program_one_day(cli):
    run = cli("program", "--day", "tue", "--json")
    doc = json.loads(run.stdout)
    assert [d["date"] for d in doc["days"]] == ["2025-07-08"]
    assert len(doc["days"][0]["sessions"]) == 8
    text = cli("program", "--day", "wed").stdout
    assert "Wednesday, July 9, 2025" in text and "Monday" not in text
    assert "[Track 1] Hunting Elusive Bugs" in text and "[Track 2] Software-Hardware Synergy" in text
    assert "09:00–09:15  unveiling-compiler-faults" in text


def test_program_text_shows_every_paper(cli):
    text = cli("program").stdout
    for pid in load_program().papers:
        assert f"  {pid} " in text


def test_search_is_case_and_accent_insensitive():
    program = load_program()
    assert [p.id for p in program.search("garcia")] == ["burst-computing"]
    assert [p.id for p in program.search("GARCÍA lópez")] == ["burst-computing"]
    assert [p.id for p in program.search("universitat hannover")] == ["irhash"]
    assert [p.id for p in program.search("μEFI")] == ["uefi"]  # the title's Greek mu
    assert [p.id for p in program.search("\u00b5EFI")] == ["uefi"]  # the micro sign finds it too
    assert program.search("serverless peking") == [program.papers["deepserve"]]
    assert program.search("") == []
    assert program.search("no such words anywhere") == []


def test_search_all_words_must_match():
    program = load_program()
    both = {p.id for p in program.search("cache")} & {p.id for p in program.search("dnn")}
    assert {p.id for p in program.search("cache dnn")} == both == {"hycache"}


def test_search_json(cli):
    run = cli("search", "kvcache", "--json")
    found = json.loads(run.stdout)
    assert [p["id"] for p in found] == ["kvcache-cache-wild"]
    assert found[0]["session"].startswith("Performance") and found[0]["track"] == "Track 2"
    assert set(found[0]) >= {"id", "title", "page", "start", "end", "authors", "session", "track"}


def test_search_text_and_nothing_found(cli):
    run = cli("search", "zhejiang")
    assert "swcc" in run.stdout and run.returncode == 0
    run = cli("search", "qwertyuiop")
    assert run.stdout == "" and "no paper matches" in run.stderr
    assert run.returncode == 1  # as grep, for scripts
    run = cli("search", "qwertyuiop", "--json")
    assert run.stdout.strip() == "[]" and run.returncode == 1


def test_version(cli):
    run = cli("--version")
    assert run.returncode == 0 and run.stdout.startswith("atc-planner ")


def test_usage_errors_are_one_line_and_exit_2(cli):
    for args in (["note", "deepserve"], ["frobnicate"],
                 ["export", "--alarm", "soon"], ["search"]):
        run = cli(*args)
        assert run.returncode == 2, args
        assert run.stderr.count("\n") == 1 and "--help" in run.stderr, run.stderr
        assert run.stdout == ""


def test_after_another_program_was_opened_messages_name_the_program_in_use(cli, tmp_path):
    # The program opened last is the one plain commands use: "no stars" and "no such paper"
    # said nothing of which program, and read as if ATC '25's stars were gone.
    from tests.schedule_files import FRAB

    source = tmp_path / "minicon.xml"
    source.write_text(FRAB)
    assert cli("star", "poby").returncode == 0
    assert cli("--program", str(source), "program").returncode == 0
    run = cli("agenda")
    assert run.stdout.startswith("No starred talks yet in minicon25:")
    run = cli("star", "deepserve")
    assert run.returncode == 2
    assert "no paper matches 'deepserve' in minicon25" in run.stderr
    assert "in minicon25" in cli("search", "deepserve").stderr
    assert "No starred talks yet in minicon25:" in cli("plan").stdout
    run = cli("--program", "atc25", "agenda")
    assert "poby" in run.stdout  # ATC '25's stars were there all along


def test_program_text_works_out_each_time_once(monkeypatch):
    # A program's papers share their times: `program` shows each once and reuses its text
    # (it worked out two per paper and slot, 222 for ATC '25).
    from planner import render

    program = load_program()
    expected = render.program_text(program)
    shown = []
    real = render.hm
    monkeypatch.setattr(render, "hm", lambda program, t: shown.append(id(t)) or real(program, t))
    assert render.program_text(program) == expected
    times = {id(t) for p in program.papers.values() for t in (p.start, p.end)}
    assert len(shown) == len(set(shown)) <= len(times) + 2 * len(program.days)
    assert len(shown) < len(program.papers)
