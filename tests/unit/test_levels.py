"""Levels of interest (must, want, maybe) in the agenda, its file format 2, and `star --LEVEL`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.agenda import LEVELS, Agenda, AgendaStore, dumps, level_all, parse

V1_FILE = Path(__file__).parent.parent / "data" / "agenda-v1.json"  # written by the v1 code
IDS = ["fast-acs", "poby", "deepserve", "gmi-drl", "jenga"]


def test_a_real_version_1_file_reads_as_want_and_is_migrated_on_the_next_save(tmp_path):
    store = AgendaStore(tmp_path / "agenda.json")
    shutil.copy(V1_FILE, store.path)
    v1 = json.loads(V1_FILE.read_text(encoding="utf-8"))
    assert v1["version"] == 1
    loaded = store.load()
    assert loaded.warnings == () and not loaded.read_only
    assert {pid: e.level for pid, e in loaded.agenda.entries.items()} == \
        dict.fromkeys(v1["starred"], "want")
    assert loaded.agenda.note("poby") == v1["starred"]["poby"]["note"]
    assert store.path.read_bytes() == V1_FILE.read_bytes()  # reading never rewrites

    store.update(level_all(["deepserve"], "must"))
    doc = json.loads(store.path.read_text(encoding="utf-8"))
    assert doc["version"] == 2
    assert {pid: e["level"] for pid, e in doc["starred"].items()} == {
        "deepserve": "must", "jenga": "want", "poby": "want", "uefi": "want"}
    for pid, entry in v1["starred"].items():  # nothing else of the old file is lost
        assert doc["starred"][pid]["starred_at"] == entry["starred_at"]
        assert doc["starred"][pid]["note"] == entry["note"]


def test_an_unknown_level_leaves_that_entry_out_and_the_file_is_kept_aside(tmp_path):
    store = AgendaStore(tmp_path / "agenda.json")
    content = json.dumps({"format": "atc-planner-agenda", "version": 2, "starred": {
        "poby": {"starred_at": "2025-07-01T00:00:00+00:00", "note": "", "level": "urgent"}}})
    store.path.write_text(content)
    loaded = store.load()
    assert loaded.agenda == Agenda() and "unknown level 'urgent'" in loaded.warnings[0]
    # The entry is left out (issue 16: one bad entry no longer sends the whole file aside).
    assert [p.read_text() for p in tmp_path.iterdir() if ".original-" in p.name] == [content]


def test_levels_survive_notes_and_repeated_stars():
    agenda = Agenda().star("poby").with_level("poby", "must").with_note("poby", "front row")
    agenda = agenda.star("poby")
    assert (agenda.level("poby"), agenda.note("poby")) == ("must", "front row")
    assert agenda.level("rex") is None
    maybe = Agenda().with_level("rex", "maybe")  # setting a level stars the talk
    assert maybe.starred == {"rex"} and maybe.level("rex") == "maybe"
    assert maybe.with_level("rex", "maybe") is maybe
    with pytest.raises(ValueError):
        agenda.with_level("poby", "urgent")


ops = st.lists(st.one_of(
    st.tuples(st.just("star"), st.sampled_from(IDS)),
    st.tuples(st.just("unstar"), st.sampled_from(IDS)),
    st.tuples(st.just("level"), st.sampled_from(IDS), st.sampled_from(LEVELS)),
), max_size=30)


@settings(max_examples=200, deadline=None)
@given(ops)
def test_levels_follow_every_sequence_of_changes_and_round_trip(seq):
    agenda, model = Agenda(), {}
    for op in seq:
        if op[0] == "star":
            agenda = agenda.star(op[1])
            model.setdefault(op[1], "want")
        elif op[0] == "unstar":
            agenda = agenda.unstar(op[1])
            model.pop(op[1], None)
        else:
            agenda = agenda.with_level(op[1], op[2])
            model[op[1]] = op[2]
    assert {pid: e.level for pid, e in agenda.entries.items()} == model
    assert parse(dumps(agenda)) == agenda


def levels(cli) -> dict[str, str]:
    return {s["id"]: s["level"] for s in json.loads(cli("agenda", "--json").stdout)["starred"]}


def test_cli_star_with_a_level_stars_or_changes_the_level(cli):
    run = cli("star", "deepserve", "--must")
    assert run.returncode == 0 and run.stdout.startswith("starred (must): deepserve")
    cli("star", "poby")
    assert levels(cli) == {"poby": "want", "deepserve": "must"}
    assert cli("star", "deepserve").stdout.startswith("already starred: deepserve")
    assert levels(cli)["deepserve"] == "must"  # a plain star keeps the level
    run = cli("star", "deepserve", "poby", "--maybe")
    assert "now maybe (was must): deepserve" in run.stdout
    assert "now maybe (was want): poby" in run.stdout
    assert cli("star", "poby", "--maybe").stdout.startswith("already maybe: poby")
    assert cli("star", "poby", "--want").stdout.startswith("now want (was maybe): poby")
    assert levels(cli) == {"poby": "want", "deepserve": "maybe"}
    text = cli("agenda").stdout
    assert "?   maybe  11:30–11:45  Track 1  deepserve" in text  # the level's own mark
    assert "★   want   11:00–11:15  Track 1  poby" in text


def test_cli_star_refuses_two_levels_and_unknown_papers_change_nothing(cli, data_dir):
    cli("star", "poby")
    before = (data_dir / "agenda.json").read_bytes()
    run = cli("star", "deepserve", "--must", "--maybe")
    assert run.returncode == 2 and run.stderr.count("\n") == 1
    run = cli("star", "deepserve", "no such paper at all", "--must")
    assert run.returncode == 2 and "no paper matches" in run.stderr
    assert (data_dir / "agenda.json").read_bytes() == before
