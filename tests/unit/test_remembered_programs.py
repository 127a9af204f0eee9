"""Loading a published schedule from the command line: remembered, with its own agenda."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.schedule_files import FRAB, ICAL, PRETALX


@pytest.fixture
def frab(tmp_path: Path) -> Path:
    path = tmp_path / "source" / "schedule.xml"
    path.parent.mkdir()
    path.write_text(FRAB, encoding="utf-8")
    return path


def test_a_loaded_program_is_remembered_and_opens_next_time(cli, frab, data_dir):
    first = cli("--program", str(frab), "program", "--json")
    assert first.returncode == 0, first.stderr
    frab.unlink()  # the source moves away: the remembered copy is what opens
    again = cli("program", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == json.loads(first.stdout)
    listed = cli("programs")
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("  atc25 ") and lines[1].startswith("* minicon25 ")
    assert "5 talks" in lines[1]
    assert lines[1].startswith("* minicon25  MiniCon 2025  (")  # its title, not the key again
    back = cli("--program", "atc25", "program", "--json")
    assert json.loads(back.stdout)["conference"]["id"] == "atc25"
    assert json.loads(cli("program", "--json").stdout)["conference"]["id"] == "atc25"
    by_name = cli("--program", "minicon25", "program", "--json")
    assert json.loads(by_name.stdout) == json.loads(first.stdout)


def test_each_program_has_its_own_agenda(cli, frab, data_dir):
    assert cli("star", "poby").returncode == 0  # ATC '25
    atc_before = (data_dir / "agenda.json").read_text()
    run = cli("--program", str(frab), "star", "midnight hacking")
    assert run.returncode == 0, run.stderr
    assert "104" in json.loads((data_dir / "agenda-minicon25.json").read_text())["starred"]
    assert (data_dir / "agenda.json").read_text() == atc_before
    assert "poby" not in cli("agenda").stdout  # the schedule is the current program now
    assert "poby" in cli("--program", "atc25", "agenda").stdout


def test_program_json_of_a_schedule_loads_back_the_same(cli, tmp_path, frab):
    for text, name in ((FRAB, "a.xml"), (PRETALX, "b.json"), (ICAL, "c.ics")):
        source = tmp_path / name
        source.write_text(text, encoding="utf-8")
        dumped = cli("--program", str(source), "program", "--json")
        assert dumped.returncode == 0, dumped.stderr
        copy = tmp_path / f"{name}.own.json"
        copy.write_text(dumped.stdout, encoding="utf-8")
        again = cli("--program", str(copy), "program", "--json")
        assert json.loads(again.stdout) == json.loads(dumped.stdout)


def test_a_broken_schedule_is_one_line_and_exit_2_and_changes_nothing(cli, tmp_path, data_dir):
    broken = tmp_path / "broken.xml"
    broken.write_text(FRAB.replace("<duration>00:05</duration>", "<duration>-00:05</duration>"))
    run = cli("--program", str(broken), "program")
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert str(broken) in run.stderr and "event 201" in run.stderr
    assert not (data_dir / "programs").exists()


def test_an_unknown_program_name_is_refused(cli):
    run = cli("--program", "nosuchconf", "program")
    assert run.returncode == 2 and "atc-planner programs" in run.stderr


def test_export_uses_the_sources_uid_and_zone(cli, tmp_path, frab):
    cli("--program", str(frab), "star", "101")
    out = tmp_path / "out.ics"
    run = cli("export", "-o", str(out))
    assert run.returncode == 0, run.stderr
    text = out.read_text()
    assert "UID:1f0c6b4e-0000-4000-8000-000000000101" in text
    assert "TZID:Europe/Brussels" in text and "DTSTART;TZID=Europe/Brussels:20250201T093000" in text


def test_a_schedules_export_reads_back_in_a_strict_parser_with_its_zone(tmp_path):
    from datetime import UTC, datetime

    from ical.calendar_stream import IcsCalendarStream

    from planner.agenda import Agenda
    from planner.formats import load_program
    from planner.ics import build_calendar

    source = tmp_path / "schedule.xml"
    source.write_text(FRAB, encoding="utf-8")
    program = load_program(source)
    cal, count = build_calendar(program, Agenda().star("101").star("104"))
    parsed = IcsCalendarStream.calendar_from_ics(cal.to_ical().decode())
    by_uid = {e.uid: e for e in parsed.events}
    assert count == 2 and set(by_uid) == {"1f0c6b4e-0000-4000-8000-000000000101",
                                          "1f0c6b4e-0000-4000-8000-000000000104"}
    night = by_uid["1f0c6b4e-0000-4000-8000-000000000104"]
    assert night.dtstart.astimezone(UTC) == datetime(2025, 2, 2, 0, 0, tzinfo=UTC)
    assert [tz.tz_id for tz in parsed.timezones] == ["Europe/Brussels"]
    welcome = by_uid["1f0c6b4e-0000-4000-8000-000000000101"]
    assert "A short hello & thanks." in welcome.description and "<b>" not in welcome.description
    assert "Room: Janson" in welcome.description and "Track: Keynotes" in welcome.description


def test_two_calendars_that_do_not_name_themselves_are_two_programs(cli, tmp_path):
    unnamed = "".join(line + "\r\n" for line in ICAL.splitlines()
                      if not line.startswith(("X-WR-CALNAME", "NAME:")))
    for stem in ("devroom-a", "devroom-b"):
        (tmp_path / f"{stem}.ics").write_text(unnamed, encoding="utf-8")
        loaded = cli("--program", str(tmp_path / f"{stem}.ics"), "program", "--json")
        assert loaded.returncode == 0, loaded.stderr
    listed = cli("programs").stdout
    assert "devroom-a" in listed and "devroom-b" in listed, listed


def test_another_file_of_a_remembered_conference_says_it_replaces_it(cli, frab, tmp_path):
    assert cli("--program", str(frab), "program").returncode == 0
    other = tmp_path / "other.xml"
    other.write_text(FRAB.replace("Midnight", "Noon"), encoding="utf-8")
    run = cli("--program", str(other), "program")
    assert run.returncode == 0
    assert run.stderr == (f"atc-planner: the remembered program 'minicon25', loaded from "
                          f"{frab.resolve()}, is now the one in {other}\n")
    assert "Noon" in cli("--program", "minicon25", "program").stdout
    assert cli("--program", str(other), "program").stderr == ""  # said once


def test_a_copy_with_the_same_size_and_time_is_still_another_file(cli, frab, tmp_path):
    # cp -p of an edited copy: same conference id, size and mtime as the remembered source.
    assert cli("--program", str(frab), "program").returncode == 0
    other = tmp_path / "other.xml"
    other.write_text(FRAB.replace("Midnight", "Midnite!"), encoding="utf-8")
    assert other.stat().st_size == frab.stat().st_size
    os.utime(other, ns=(frab.stat().st_atime_ns, frab.stat().st_mtime_ns))
    run = cli("--program", str(other), "program")
    assert "Midnite!" in run.stdout and "is now the one in" in run.stderr


def test_a_stamp_written_before_it_named_the_file_converts_the_file_again(cli, frab, data_dir):
    assert cli("--program", str(frab), "program").returncode == 0
    index_path = data_dir / "programs" / "index.json"
    index = json.loads(index_path.read_text())
    index["programs"]["minicon25"]["source_stamp"] = index["programs"]["minicon25"][
        "source_stamp"][:3]  # [size, mtime_ns, version]: the older stamp
    index_path.write_text(json.dumps(index))
    run = cli("--program", str(frab), "program")
    assert run.returncode == 0 and run.stderr == "" and "Midnight" in run.stdout
    assert len(json.loads(index_path.read_text())["programs"]["minicon25"]["source_stamp"]) == 4
