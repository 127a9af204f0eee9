"""What a first run trips on at the command line: each mistake gets a message that says what
is wrong and what to do, one line on stderr and exit status 2 (issue 10, item 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.program import load_program


def one_line_error(run: subprocess.CompletedProcess[str]) -> str:
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stdout == ""
    return run.stderr


def test_long_ids_keep_the_program_and_search_columns(cli, tmp_path):
    doc = json.loads(json.dumps(load_program().raw))
    long_id = "a-paper-id-much-longer-than-twenty-two-characters"
    doc["days"][0]["sessions"][0]["papers"][0]["id"] = long_id
    path = tmp_path / "long.json"
    path.write_text(json.dumps(doc))
    lines = [line for line in cli("program", "--program", str(path), "--day", "mon").stdout
             .splitlines() if line.startswith("    10:45–11:00") or line.startswith("    11:00–11:15")]
    # Every title starts in the same column, after the id and one space at least.
    starts = {line.index(word) for line in lines for word in ("Fast ACS", "Poby", "GMI-DRL", "mTuner")
              if word in line}
    assert len(starts) == 1 and f"{long_id} Fast ACS" in "\n".join(lines)
    found = cli("search", "fast acs", "--program", str(path)).stdout.splitlines()
    assert found[0].startswith(f"{long_id} Mon Jul 7") and found[1].startswith(" " * (len(long_id) + 1))


@pytest.mark.parametrize("day", ["MON", "Monday", "mon", "2025-07-07"])
def test_day_ignores_case_and_takes_names_and_dates(cli, day):
    run = cli("program", "--day", day)
    assert run.returncode == 0, run.stderr
    assert "Monday, July 7, 2025" in run.stdout and "Tuesday" not in run.stdout


def test_day_offers_only_the_programs_days(cli):
    message = one_line_error(cli("program", "--day", "fri"))
    assert "its days are mon, tue, wed" in message and "thu" not in message
    assert "sat" not in cli("program", "--help").stdout


def test_an_unquoted_note_says_to_quote_it(cli, data_dir):
    message = one_line_error(cli("note", "cosmic", "bring", "printer"))
    assert "unrecognized" not in message
    assert "put it in quotes, as in atc-planner note cosmic 'bring printer'" in message
    assert not (data_dir / "agenda.json").exists()  # nothing half-saved
    run = cli("note", "cosmic", "bring printer")
    assert run.returncode == 0 and "note saved: cosmic" in run.stdout


def test_clearing_a_note_says_what_happened(cli):
    run = cli("note", "cosmic", "")
    assert run.returncode == 0 and run.stdout == "no note to clear: cosmic is not starred (nothing changed)\n"
    cli("star", "cosmic")
    assert cli("note", "cosmic", "").stdout == "no note to clear: cosmic has none (nothing changed)\n"
    cli("note", "cosmic", "x")
    assert cli("note", "cosmic", "").stdout == "note cleared: cosmic\n"


def test_export_to_a_file_whose_folder_takes_no_new_files(cli):
    target = Path("/proc/version")
    if not target.is_file():
        pytest.skip("needs Linux's /proc")
    message = one_line_error(cli("export", "-o", str(target)))
    assert "No such file or directory" not in message.split("(")[0]
    assert "cannot replace /proc/version: its folder /proc does not take the temporary file" in message
    assert "choose another file (export -o PATH)" in message


def test_export_into_a_missing_folder(cli, tmp_path):
    message = one_line_error(cli("export", "-o", str(tmp_path / "nowhere" / "a.ics")))
    assert f"the folder {tmp_path / 'nowhere'} does not exist; choose another file" in message


@pytest.mark.parametrize("depth", ["data", "data/below"])
def test_a_data_directory_that_is_a_file(tmp_path, depth):
    blocker = tmp_path / "data"
    blocker.write_text("not a directory")
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(tmp_path / depth)}
    for args in (["star", "poby"], ["agenda"]):
        run = subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True,
                             text=True, env=env, timeout=60)
        message = one_line_error(run)
        assert "File exists" not in message and "Not a directory" not in message
        assert f"{blocker} is a file, not a directory" in message
        assert "move the file away, or set ATC_PLANNER_DATA_DIR to a directory" in message
    assert blocker.read_text() == "not a directory"


def test_papers_named_after_a_level_flag_are_starred_too(cli):
    done = cli("star", "deepserve", "--must", "poby")
    assert done.returncode == 0, done.stderr
    levels = {e["id"]: e["level"] for e in json.loads(cli("agenda", "--json").stdout)["starred"]}
    assert levels == {"deepserve": "must", "poby": "must"}
    bad = cli("star", "cosmic", "--must", "--bogus")
    assert bad.returncode == 2 and "unrecognized arguments: --bogus" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_an_empty_day_or_time_is_refused_not_ignored(cli):
    for args in (("program", "--day", ""), ("now", "--at", "")):
        run = cli(*args)
        assert run.returncode == 2 and run.stdout == "", args
        assert len(run.stderr.strip().splitlines()) == 1, run.stderr


TOO_LONG = "a" * 300  # a name no file system takes: looking at the path fails (as EACCES does)


@pytest.mark.parametrize("args", [
    ["export", "-o", f"/tmp/{TOO_LONG}/x.ics"],
    ["export", "--format", "csv", "-o", f"/tmp/{TOO_LONG}"],
    ["agenda", "--export", f"/tmp/{TOO_LONG}"],
    ["--program", f"/tmp/{TOO_LONG}", "program"],
])
def test_a_path_that_cannot_even_be_looked_at_is_one_clear_line(cli, args):
    message = one_line_error(cli(*args))
    assert "unexpected error" not in message and "File name too long" in message


def test_a_failed_agenda_export_names_its_own_option(cli):
    if not Path("/proc/version").is_file():
        pytest.skip("needs Linux's /proc")
    message = one_line_error(cli("agenda", "--export", "/proc/version"))
    assert message.endswith("choose another file (agenda --export FILE)\n")


def test_two_overlapping_talks_starred_together_are_said_to_overlap_once(cli):
    run = cli("star", "gmi-drl", "fast-acs")  # the same time, the two tracks
    assert run.returncode == 0
    lines = [line for line in run.stderr.splitlines() if " overlaps " in line]
    assert lines == ["atc-planner: gmi-drl overlaps fast-acs "
                     f"({load_program().papers['fast-acs'].title}); see `atc-planner conflicts`"]
