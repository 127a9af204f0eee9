"""The .ics export: every field, two independent parsers, a real calendar program (khal)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.agenda import Agenda
from planner.ics import ExportOptions, build_calendar, paper_uid
from planner.program import load_program

NOTE = "Ask: cost, latency; and the µ-kernel?\nSecond line — «ünïcode» [b]not markup[/b]"


@pytest.fixture(scope="module")
def program():
    return load_program()


def agenda() -> Agenda:
    return Agenda().star("fast-acs").star("deepserve").star("gmi-drl").with_note("deepserve", NOTE)


def export(cli, *args: str) -> Calendar:
    cli("star", "fast-acs", "deepserve", "gmi-drl")
    cli("note", "deepserve", NOTE)
    run = cli("export", "-o", "-", *args)
    assert run.returncode == 0, run.stderr
    return Calendar.from_ical(run.stdout)


def events(cal: Calendar) -> dict[str, object]:
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_calendar_properties(cli):
    cal = export(cli)
    assert str(cal["version"]) == "2.0" and str(cal["calscale"]) == "GREGORIAN"
    assert str(cal["method"]) == "PUBLISH" and str(cal["prodid"]).startswith("-//atc-planner//")
    assert str(cal["x-wr-calname"]) == "USENIX ATC '25" == str(cal["name"])
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["tzid"]) == "America/New_York"


def test_event_fields(cli, program):
    evs = events(export(cli))
    assert set(evs) == {paper_uid(program, p) for p in ("fast-acs", "deepserve", "gmi-drl")}
    e = evs["atc25-fast-acs@atc-planner"]
    start, end = e.decoded("dtstart"), e.decoded("dtend")
    assert str(start.tzinfo) == "America/New_York" and e["dtstart"].params["TZID"] == \
        "America/New_York"
    # A 10:45 talk on July 7 in Boston (EDT, UTC-4) is 14:45Z.
    assert start.astimezone(UTC) == datetime(2025, 7, 7, 14, 45, tzinfo=UTC)
    assert end - start == timedelta(minutes=15)
    assert str(e["summary"]) == program.papers["fast-acs"].title
    assert e.decoded("dtstamp").tzinfo is not None
    assert str(e["location"]) == "Track 1, Sheraton Boston Hotel, Boston, MA, USA"
    assert [str(c) for c in e["categories"].cats] == ["Cloud Computing"]
    d = str(e["description"])
    assert "Sushant Kumar Gupta (Google LLC)" in d and "Proceedings page: 1" in d
    assert "Session: Cloud Computing: Speed, Scale, and Serverless" in d and "Track: Track 1" in d
    assert not e.walk("VALARM")


def test_note_with_commas_semicolons_newlines_and_unicode_survives(cli):
    e = events(export(cli))["atc25-deepserve@atc-planner"]
    assert str(e["description"]).endswith(f"Note: {NOTE}")


def test_alarm(cli):
    for e in events(export(cli, "--alarm", "10")).values():
        [alarm] = e.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm.decoded("trigger") == timedelta(minutes=-10)
    assert cli("export", "-o", "-", "--alarm", "-5").returncode == 2


def test_per_session_and_whole_program(cli, program):
    evs = events(export(cli, "--sessions"))
    assert set(evs) == {"atc25-session-s01@atc-planner", "atc25-session-s02@atc-planner"}
    s01 = evs["atc25-session-s01@atc-planner"]
    assert s01.decoded("dtstart").strftime("%H:%M") == "10:45"
    assert s01.decoded("dtend").strftime("%H:%M") == "12:00"
    assert "Fast ACS" in str(s01["description"]) and "DEEPSERVE" in str(s01["description"])
    assert len(events(export(cli, "--all"))) == 100


def test_empty_agenda_is_a_valid_calendar_and_says_so(cli):
    run = cli("export", "-o", "-")
    assert run.returncode == 0 and "no starred talks" in run.stderr
    cal = Calendar.from_ical(run.stdout)
    assert cal.walk("VEVENT") == [] and str(cal["version"]) == "2.0"


def test_unwritable_path_is_one_line_and_leaves_nothing(cli, tmp_path):
    cli("star", "poby")
    for target in (tmp_path / "missing" / "a.ics", tmp_path):
        run = cli("export", "-o", str(target))
        assert run.returncode == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []


def test_export_replaces_an_old_file_whole(cli, tmp_path):
    target = tmp_path / "agenda.ics"
    target.write_text("old")
    cli("star", "poby")
    assert cli("export", "-o", str(target)).returncode == 0
    assert target.read_text().startswith("BEGIN:VCALENDAR")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.ics", "data"]


def test_two_exports_differ_only_in_dtstamp(program):
    a, _ = build_calendar(program, agenda(), stamp=datetime(2025, 1, 1, tzinfo=UTC))
    b, _ = build_calendar(program, agenda(), stamp=datetime(2025, 6, 1, 12, tzinfo=UTC))
    strip = lambda cal: re.sub(rb"DTSTAMP:\d{8}T\d{6}Z", b"DTSTAMP:-", cal.to_ical())
    assert a.to_ical() != b.to_ical() and strip(a) == strip(b)
    assert [e["uid"] for e in a.walk("VEVENT")] == [e["uid"] for e in b.walk("VEVENT")]


def test_uid_depends_only_on_conference_and_paper(program):
    first, _ = build_calendar(program, Agenda().star("poby"))
    later, _ = build_calendar(program, Agenda().star("poby").star("rex").with_note("poby", "x"))
    uid = lambda cal: {str(e["uid"]) for e in cal.walk("VEVENT")}
    assert uid(first) <= uid(later) == {"atc25-poby@atc-planner", "atc25-rex@atc-planner"}


def test_a_second_strict_parser_accepts_it(program):
    from ical.calendar_stream import IcsCalendarStream

    cal, _ = build_calendar(program, agenda(), ExportOptions(alarm_minutes=5))
    parsed = IcsCalendarStream.calendar_from_ics(cal.to_ical().decode())
    by_uid = {e.uid: e for e in parsed.events}
    e = by_uid["atc25-deepserve@atc-planner"]
    assert e.dtstart.astimezone(UTC) == datetime(2025, 7, 7, 15, 30, tzinfo=UTC)
    assert e.summary == program.papers["deepserve"].title
    assert e.categories == ["Cloud Computing"]
    assert e.description.endswith(NOTE)
    assert len(e.alarm) == 1


KHAL_CONFIG = """
[calendars]
[[atc]]
path = {cal}
[locale]
local_timezone = {tz}
default_timezone = {tz}
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[sqlite]
path = {db}
"""


def khal(tmp_path: Path, ics: Path, tz: str, day: str = "2025-07-07", days: str = "1d"
         ) -> list[str]:
    exe = shutil.which("khal", path=str(Path(sys.executable).parent)) or shutil.which("khal")
    assert exe, "khal is a test dependency: pip install -e '.[test]'"
    home = tmp_path / f"khal-{tz.replace('/', '-')}"
    (home / "cal").mkdir(parents=True)
    config = home / "config"
    config.write_text(KHAL_CONFIG.format(cal=home / "cal", db=home / "khal.db", tz=tz))
    run = lambda *a: subprocess.run([exe, "-c", str(config), *a], capture_output=True,
                                    text=True, timeout=60, check=True)
    run("import", "--batch", "-a", "atc", str(ics))
    out = run("list", "--format", "{start-time}-{end-time} {title} @ {location}",
              "--day-format", "{date}", day, days)
    return out.stdout.strip().splitlines()


def test_khal_imports_it_at_the_right_local_time(cli, tmp_path):
    cli("star", "fast-acs", "gmi-drl", "deepserve", "hycache")
    ics = tmp_path / "agenda.ics"
    assert cli("export", "-o", str(ics)).returncode == 0
    assert khal(tmp_path, ics, "America/New_York") == [
        "2025-07-07",
        "10:45-11:00 Fast ACS: Low-Latency File-Based Ordered Message Delivery at Scale "
        "@ Track 1, Sheraton Boston Hotel, Boston, MA, USA",
        "10:45-11:00 GMI-DRL: Empowering Multi-GPU DRL with Adaptive-Grained Parallelism "
        "@ Track 2, Sheraton Boston Hotel, Boston, MA, USA",
        "11:30-11:45 DEEPSERVE: Serverless Large Language Model Serving at Scale "
        "@ Track 1, Sheraton Boston Hotel, Boston, MA, USA",
        "15:40-15:55 HyCache: Hybrid Caching for Accelerating DNN Input Preprocessing Pipelines "
        "@ Track 2, Sheraton Boston Hotel, Boston, MA, USA",
    ]
    # Someone who stayed in Berlin sees the same talks six hours later.
    berlin = khal(tmp_path, ics, "Europe/Berlin")
    assert berlin[1].startswith("16:45-17:00 Fast ACS")


def test_export_to_a_named_pipe_writes_into_it_and_keeps_it(cli, tmp_path):
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    cli("star", "poby")
    run = cli("export", "-o", str(fifo))
    reader.join(timeout=30)
    assert run.returncode == 0 and got and got[0].startswith(b"BEGIN:VCALENDAR")
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # never renamed over a special file


def test_export_through_a_symlink_replaces_its_target(cli, tmp_path):
    real = tmp_path / "real.ics"
    real.write_text("old")
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    cli("star", "poby")
    assert cli("export", "-o", str(link)).returncode == 0
    assert link.is_symlink() and real.read_text().startswith("BEGIN:VCALENDAR")


def test_events_say_the_times_are_a_planning_layout(cli, program, tmp_path):
    for e in events(export(cli)).values():
        assert "planning layout, not the official schedule" in str(e["description"])
    for e in events(export(cli, "--sessions")).values():
        assert "planning layout, not the official schedule" in str(e["description"])
    # A program whose times are the conference's own says nothing of the kind: here, one
    # dumped before times_official existed (the key absent reads as official).
    doc = json.loads(cli("program", "--json").stdout)
    del doc["conference"]["times_official"]
    path = tmp_path / "official.json"
    path.write_text(json.dumps(doc))
    run = cli("export", "-o", "-", "--program", str(path))
    assert run.returncode == 0 and "planning layout" not in run.stdout.replace("\r\n ", "")


def test_the_alarm_names_the_talk_and_room(cli, program):
    e = events(export(cli, "--alarm", "5"))["atc25-fast-acs@atc-planner"]
    [alarm] = e.walk("VALARM")
    assert str(alarm["description"]) == f"{program.papers['fast-acs'].title} (Track 1)"
    s = events(export(cli, "--sessions", "--alarm", "5"))["atc25-session-s01@atc-planner"]
    [alarm] = s.walk("VALARM")
    assert str(alarm["description"]) == "Cloud Computing: Speed, Scale, and Serverless (Track 1)"


def test_sessions_with_all_is_every_session_with_every_talk(cli, program):
    evs = events(export(cli, "--sessions", "--all"))
    assert len(evs) == 22  # every session of the program, starred or not
    s01 = str(evs["atc25-session-s01@atc-planner"]["description"])
    assert "Track 1. Talks:" in s01 and "Starred" not in s01
    assert "★ 10:45 Fast ACS" in s01 and "\n11:00 Poby" in s01  # starred ones carry a star
    s03 = str(evs["atc25-session-s03@atc-planner"]["description"])
    assert "★" not in s03
