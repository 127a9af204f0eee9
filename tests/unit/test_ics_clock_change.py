"""The .ics export of talks around a clock change: every reader finds each talk's instant.

Europe/Zurich, October 26 2025: at 03:00 the clocks go back to 02:00, so 02:30 comes twice.
RFC 5545 (3.3.5) reads `TZID=Europe/Zurich:20251026T023000` as the first 02:30, khal takes the
second: a talk in that hour is written in UTC, the others keep their TZID.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.formats import document
from planner.program import parse_program
from tests.schedule_files import clock_changes
from tests.unit.test_ics import khal

PROGRAM = parse_program(document(clock_changes().encode()))
TALKS = ("301", "302", "401", "402", "403", "404", "405")


@pytest.fixture
def exported(cli, tmp_path: Path) -> Path:
    source = tmp_path / "clocks.xml"
    source.write_text(clock_changes())
    assert cli("--program", str(source), "star", *TALKS).returncode == 0
    ics = tmp_path / "clocks.ics"
    run = cli("export", "-o", str(ics))
    assert run.returncode == 0, run.stderr
    return ics


def instants(pid: str) -> tuple[datetime, datetime]:
    p = PROGRAM.papers[pid]
    return p.start.astimezone(UTC), p.end.astimezone(UTC)


def test_icalendar_reads_every_talk_at_its_instant(exported):
    cal = Calendar.from_ical(exported.read_bytes())
    got = {str(e["summary"]): (e.decoded("dtstart").astimezone(UTC),
                               e.decoded("dtend").astimezone(UTC)) for e in cal.walk("VEVENT")}
    assert got == {PROGRAM.papers[pid].title: instants(pid) for pid in TALKS}


def test_only_the_repeated_hour_is_written_in_utc(exported):
    text = exported.read_text().replace("\r\n ", "")
    assert "DTSTART:20251026T003000Z" in text and "DTEND:20251026T010000Z" in text  # 1st
    assert "DTSTART:20251026T013000Z" in text and "DTEND:20251026T020000Z" in text  # 2nd
    # Everything else keeps the wall clock and the zone, the gap in March included.
    for stamp in ("20250330T013000", "20250330T033000", "20251026T003000", "20251026T033000"):
        assert f"DTSTART;TZID=Europe/Zurich:{stamp}" in text


def test_the_strict_ical_package_reads_every_talk_at_its_instant(exported):
    from ical.calendar_stream import IcsCalendarStream

    cal = IcsCalendarStream.calendar_from_ics(exported.read_text())
    got = sorted((e.dtstart.astimezone(UTC), e.dtend.astimezone(UTC)) for e in cal.events)
    assert got == sorted(instants(pid) for pid in TALKS)


def test_khal_shows_each_02_30_at_its_own_time(exported, tmp_path):
    # In UTC the two 02:30s are an hour apart: 00:30 and 01:30.
    listed = khal(tmp_path, exported, "UTC", "2025-10-25", "2d")
    assert listed == [
        "2025-10-25", "22:30-23:30 Before the change @ Aula",
        "2025-10-26", "00:30-01:00 The first 02:30 @ Aula",
        "01:00-01:45 All in the repeated hour @ Hall", "01:30-02:00 The second 02:30 @ Aula", "02:30-03:00 After the change @ Aula"]
    # On the conference's own clock both read 02:30, the first before the second (khal
    # lists by the clock's time, so the talk from the second 02:00 comes first).
    zurich = khal(tmp_path, exported, "Europe/Zurich", "2025-10-26", "1d")
    assert zurich == [
        "2025-10-26", "00:30-01:30 Before the change @ Aula",
        "02:00-02:45 All in the repeated hour @ Hall", "02:30-02:00 The first 02:30 @ Aula",
        "02:30-03:00 The second 02:30 @ Aula",
        "03:30-04:00 After the change @ Aula"]


def test_sessions_too_are_read_at_their_instants():
    from planner.agenda import Agenda
    from planner.ics import ExportOptions, build_calendar

    agenda = Agenda()
    for pid in TALKS:
        agenda = agenda.star(pid)
    cal, _ = build_calendar(PROGRAM, agenda, ExportOptions(per_session=True))
    got = sorted((e.decoded("dtstart").astimezone(UTC), e.decoded("dtend").astimezone(UTC))
                 for e in Calendar.from_ical(cal.to_ical()).walk("VEVENT"))
    sessions = {PROGRAM.session_of(p) for p in PROGRAM.papers.values()}
    assert got == sorted((s.start.astimezone(UTC), s.end.astimezone(UTC)) for s in sessions)


def test_a_session_lists_its_talks_with_their_own_0230():
    from planner.agenda import Agenda
    from planner.ics import ExportOptions, build_calendar

    options = ExportOptions(per_session=True, whole_program=True)
    cal, _ = build_calendar(PROGRAM, Agenda().star("403"), options)
    [session] = [e for e in cal.walk("VEVENT") if "The second" in str(e["description"])]
    text = str(session["description"])
    assert "\n02:30 CEST The first 02:30\n" in text and "\n★ 02:30 CET The second 02:30\n" in text
