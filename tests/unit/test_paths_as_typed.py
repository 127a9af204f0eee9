"""Paths the user types are read as pathlib read them, though the core no longer imports it.

A file named with a slash at the end ('cal.ics/'), with '.' parts or doubled slashes, opens
that file and is named in messages as pathlib wrote it, as it was before the core moved to
plain strings (pathlib cost 0.4x of a bare start).
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath

from hypothesis import given
from hypothesis import strategies as st

from planner.files import tidy
from tests.schedule_files import FRAB


@given(st.text(alphabet="/.ab", max_size=12))
def test_a_path_is_tidied_as_pathlib_tidies_it(text):
    assert tidy(text) == str(PurePosixPath(text))


def test_a_program_file_named_with_a_slash_at_the_end_opens(cli, tmp_path):
    source = tmp_path / "minicon.xml"
    source.write_text(FRAB)
    run = cli("--program", f"{source}/", "program")
    assert run.returncode == 0, run.stderr
    assert "minicon25" in run.stdout or "MiniCon" in run.stdout
    run = cli("programs")
    assert "minicon25" in run.stdout
    run = cli("star", "nosuchtalk", env={"ATC_PLANNER_PROGRAM": f"{tmp_path}//./minicon.xml/"})
    assert run.returncode == 2 and "no paper matches 'nosuchtalk' in minicon25" in run.stderr


def test_a_shared_agenda_named_with_a_slash_at_the_end_is_read(cli, tmp_path):
    shared = tmp_path / "alice.json"
    assert cli("star", "poby").returncode == 0
    assert cli("agenda", "--export", str(shared)).returncode == 0
    run = cli("agenda", "--diff", f"{shared}/")
    assert run.returncode == 0, run.stderr


def test_a_data_directory_given_with_dot_parts_is_named_as_pathlib_named_it(cli, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "agenda.json").write_text("not json")
    run = cli("agenda", env={"ATC_PLANNER_DATA_DIR": f"{tmp_path}/./data//"})
    assert f"agenda file {data}/agenda.json could not be read" in run.stderr
    assert json.loads((data / "agenda.json").read_text())["starred"] == {}


def test_an_export_file_named_with_dot_parts_and_a_slash_at_the_end_is_written_and_named(
        cli, tmp_path):
    assert cli("star", "poby").returncode == 0
    run = cli("export", "-o", f"{tmp_path}/./out.ics/")
    assert run.returncode == 0, run.stderr
    assert f"to {tmp_path}/out.ics" in run.stdout + run.stderr
    assert (tmp_path / "out.ics").read_text().startswith("BEGIN:VCALENDAR")
    run = cli("export", "--format", "markdown", "-o", f"{tmp_path}//list.md")
    assert run.returncode == 0 and (tmp_path / "list.md").exists()
    assert f"{tmp_path}//list.md" not in run.stdout + run.stderr
