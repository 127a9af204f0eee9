"""Shared agendas: the merge (hypothesis), the file (old, bad, foreign) and the commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.agenda import LEVELS, Agenda, AgendaStore, Entry
from planner.program import load_program
from planner.share import Shared, ShareError, _unmarked, diff, merge, parse, replace

WHEN = "2025-07-01T12:00:00+00:00"
IDS = ["fast-acs", "deepserve", "z-lfs", "poby", "gmi-drl"]

notes = st.text(alphabet="ab \n[]", max_size=6)
entries = st.builds(Entry, st.just("2025-06-01T00:00:00+00:00"), notes, st.sampled_from(LEVELS))
agendas = st.dictionaries(st.sampled_from(IDS), entries, max_size=len(IDS)).map(Agenda)
names = st.sampled_from(["alice.json", "bob.json", ""])


def shared(agenda: Agenda, name: str = "them.json") -> Shared:
    return Shared.from_agenda(agenda, "atc25", name)


@settings(max_examples=150, deadline=None)
@given(agendas, agendas, names)
def test_merging_twice_is_merging_once(mine, theirs, name):
    once = merge(mine, shared(theirs, name), WHEN).agenda
    again = merge(once, shared(theirs, name), WHEN)
    assert again.agenda == once and not again.changed


@settings(max_examples=150, deadline=None)
@given(agendas, agendas, names)
def test_a_merge_never_loses_a_star_or_a_note(mine, theirs, name):
    result = merge(mine, shared(theirs, name), WHEN).agenda
    assert result.starred == mine.starred | theirs.starred
    for pid in mine.starred:
        assert result.note(pid).startswith(mine.note(pid))  # yours untouched, theirs after it
        assert result.entries[pid].level == mine.entries[pid].level
        assert result.entries[pid].starred_at == mine.entries[pid].starred_at
    for pid in theirs.starred:  # their note is there whole, or each of its lines, marked or not
        held = {_unmarked(line) for line in result.note(pid).split("\n")}
        assert (theirs.note(pid).strip() in result.note(pid)
                or {_unmarked(line) for line in theirs.note(pid).split("\n")} - {""} <= held)


@settings(max_examples=150, deadline=None)
@given(agendas)
def test_your_agenda_back_from_a_colleague_who_imported_it_changes_nothing(mine):
    theirs = merge(Agenda(), shared(mine, "share.json"), WHEN).agenda
    back = merge(mine, shared(theirs, "alice.json"), WHEN)
    assert back.agenda == mine and not back.changed


def test_a_note_round_trip_between_colleagues_does_not_grow():
    # A exports, B imports and adds a line, B exports, A imports: A gets B's line only.
    a = Agenda({"deepserve": Entry(WHEN, "typed then hangup", "must")})
    b = merge(Agenda(), shared(a, "share.json"), WHEN).agenda
    assert b.note("deepserve") == "[from share.json] typed then hangup"
    b = b.with_note("deepserve", b.note("deepserve") + "\nask about GPUs")
    a2 = merge(a, shared(b, "alice.json"), WHEN).agenda
    assert a2.note("deepserve") == "typed then hangup\n[from alice.json] ask about GPUs"
    assert merge(a2, shared(b, "alice.json"), WHEN).agenda == a2


@settings(max_examples=150, deadline=None)
@given(agendas, agendas)
def test_a_into_b_then_b_into_a_gives_the_same_stars(a, b):
    b2 = merge(b, shared(a, "a.json"), WHEN).agenda
    a2 = merge(a, shared(b2, "b.json"), WHEN).agenda
    assert a2.starred == b2.starred == a.starred | b.starred


@given(agendas, agendas)
def test_diff_predicts_what_an_import_adds(mine, theirs):
    d = diff(mine, shared(theirs))
    m = merge(mine, shared(theirs), WHEN)
    assert d.only_theirs == m.added
    assert d.notes == m.notes
    assert set(d.only_mine) == mine.starred - theirs.starred


def test_a_differing_note_is_kept_on_both_sides_and_marked():
    mine = Agenda({"deepserve": Entry(WHEN, "my take", "must")})
    theirs = Agenda({"deepserve": Entry(WHEN, "their take", "maybe"),
                     "z-lfs": Entry(WHEN, "go", "want")})
    m = merge(mine, shared(theirs, "alice.json"), WHEN)
    assert m.agenda.note("deepserve") == "my take\n[from alice.json] their take"
    assert m.agenda.entries["deepserve"].level == "must"  # yours kept
    assert m.agenda.note("z-lfs") == "[from alice.json] go"
    assert (m.added, m.notes, m.levels_kept) == (("z-lfs",), ("deepserve",), ("deepserve",))


def test_replace_takes_theirs_and_keeps_when_you_starred():
    mine = Agenda({"deepserve": Entry("2025-01-01T00:00:00+00:00", "mine"),
                   "poby": Entry(WHEN)})
    theirs = Agenda({"deepserve": Entry(WHEN, "theirs", "must")})
    assert replace(mine, shared(theirs), WHEN) == Agenda(
        {"deepserve": Entry("2025-01-01T00:00:00+00:00", "theirs", "must")})


# --- the file ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def program():
    return load_program()


def doc(**overrides) -> str:
    base = {"format": "atc-planner-shared-agenda", "version": 1, "program": "atc25",
            "exported_at": WHEN, "starred": {"deepserve": {"level": "must", "note": "x"}}}
    return json.dumps({**base, **overrides})


def test_a_file_without_levels_reads_as_want(program):
    s = parse(doc(starred={"deepserve": {"note": "old"}, "poby": {}}), program, "old.json")
    assert s.entries["deepserve"].level == "want" and s.entries["deepserve"].note == "old"
    assert s.entries["poby"].level == "want"


@pytest.mark.parametrize(("text", "words"), [
    ("{", "not valid JSON"),
    (doc(format="atc-planner-agenda"), "not a shared atc-planner agenda"),
    (doc(version=2), "newer than this atc-planner reads"),
    (doc(version="1"), "bad version"),
    (doc(program="osdi25"), "an agenda for 'osdi25', not for 'atc25'"),
    (doc(starred={"nosuch": {}}), "1 id not in this program: nosuch"),
    (doc(starred={"deepserve": {"level": "urgent"}}), "unknown level"),
    (doc(starred={"deepserve": {"note": 3}}), "'note' is not text"),
    (doc(starred={"deepserve": {"note": "a\ud800b"}}), "'note' holds a lone surrogate"),
    (doc(starred=[]), "'starred' is not an object"),
])
def test_bad_files_are_refused_naming_the_problem(program, text, words):
    with pytest.raises(ShareError) as err:
        parse(text, program, "f.json")
    assert words in str(err.value) and str(err.value).startswith("f.json: ")
    assert "\n" not in str(err.value)


# --- the commands --------------------------------------------------------------------------


def test_export_then_import_on_another_machine(cli, tmp_path, data_dir):
    assert cli("star", "--must", "deepserve").returncode == 0
    assert cli("note", "deepserve", "ask about cold starts").returncode == 0
    shared_file = tmp_path / "alice.json"
    run = cli("agenda", "--export", str(shared_file))
    assert run.returncode == 0 and "wrote 1 star" in run.stderr
    exported = json.loads(shared_file.read_text(encoding="utf-8"))
    assert exported["starred"] == {"deepserve": {"level": "must", "note": "ask about cold starts"}}
    assert (exported["format"], exported["version"], exported["program"]) == \
        ("atc-planner-shared-agenda", 1, "atc25")

    bob = {"ATC_PLANNER_DATA_DIR": str(tmp_path / "bob")}
    cli("star", "z-lfs", env=bob)
    cli("note", "deepserve", "bob's note", env=bob)
    run = cli("agenda", "--diff", str(shared_file), env=bob)
    assert run.returncode == 0 and "notes of alice.json an import appends" in run.stdout
    run = cli("agenda", "--import", str(shared_file), env=bob)
    assert run.returncode == 0
    assert "appended alice.json's note to 1 talk" in run.stdout
    agenda = AgendaStore(tmp_path / "bob" / "agenda.json").load().agenda
    assert agenda.starred == {"deepserve", "z-lfs"}
    assert agenda.note("deepserve") == "bob's note\n[from alice.json] ask about cold starts"
    run = cli("agenda", "--import", str(shared_file), env=bob)
    assert run.stdout.startswith("nothing changed")


def test_export_to_standard_output_keeps_every_character_of_a_note(cli, tmp_path):
    note = "tab\there, del\x7f, c1\x85 and \u2028 end"
    assert cli("note", "deepserve", note).returncode == 0
    run = cli("agenda", "--export", "-")
    assert run.returncode == 0 and "\x7f" not in run.stdout and "\x85" not in run.stdout
    piped = tmp_path / "piped.json"
    piped.write_text(run.stdout, encoding="utf-8")
    bob = {"ATC_PLANNER_DATA_DIR": str(tmp_path / "bob")}
    assert cli("agenda", "--import", str(piped), env=bob).returncode == 0
    imported = AgendaStore(tmp_path / "bob" / "agenda.json").load().agenda.note("deepserve")
    assert imported == f"[from piped.json] {note}"


def test_replace_asks_for_yes(cli, tmp_path, data_dir):
    cli("star", "deepserve", "poby")
    f = tmp_path / "theirs.json"
    f.write_text(doc(), encoding="utf-8")
    before = (data_dir / "agenda.json").read_bytes()
    run = cli("agenda", "--import", str(f), "--replace")
    assert run.returncode == 2 and "add --yes" in run.stderr and len(run.stderr.splitlines()) == 1
    assert (data_dir / "agenda.json").read_bytes() == before
    run = cli("agenda", "--import", str(f), "--replace", "--yes")
    assert run.returncode == 0
    assert AgendaStore(data_dir / "agenda.json").load().agenda.starred == {"deepserve"}


@pytest.mark.parametrize("content", [
    "{not json", doc(program="osdi25"), doc(starred={"nosuch": {}}), doc(version=99),
])
def test_a_bad_import_leaves_the_agenda_untouched(cli, tmp_path, data_dir, content):
    cli("star", "deepserve")
    before = (data_dir / "agenda.json").read_bytes()
    f = tmp_path / "bad.json"
    f.write_text(content, encoding="utf-8")
    for args in (["--import", str(f)], ["--import", str(f), "--replace", "--yes"],
                 ["--diff", str(f)]):
        run = cli("agenda", *args)
        assert run.returncode == 2 and run.stdout == "", run.stdout
        assert len(run.stderr.splitlines()) == 1 and "nothing changed" in run.stderr
        assert (data_dir / "agenda.json").read_bytes() == before


def test_sharing_flags_are_checked(cli, tmp_path):
    assert cli("agenda", "--replace").returncode == 2
    assert cli("agenda", "--export", str(tmp_path / "x"), "--diff", "y").returncode == 2
    run = cli("agenda", "--export", "/nonexistent-dir/x.json")
    assert run.returncode == 2 and len(run.stderr.splitlines()) == 1
    assert not Path("/nonexistent-dir").exists()


@settings(max_examples=100, deadline=None)
@given(agendas, agendas, st.sampled_from(["Bob [ATC] agenda.json", "x] y.json", "] .json"]))
def test_merging_twice_is_once_whatever_the_file_is_called(mine, theirs, name):
    once = merge(mine, shared(theirs, name), WHEN).agenda
    assert merge(once, shared(theirs, name), WHEN).agenda == once


def test_a_file_name_holding_a_bracket_merges_its_lines_once():
    mine = Agenda({"deepserve": Entry(WHEN, "world", "must")})
    theirs = shared(Agenda({"deepserve": Entry(WHEN, "hello\nworld", "want")}),
                    "Bob [ATC] agenda.json")
    once = merge(mine, theirs, WHEN).agenda
    assert once.note("deepserve") == "world\n[from Bob [ATC] agenda.json] hello"
    assert merge(once, theirs, WHEN).agenda == once
