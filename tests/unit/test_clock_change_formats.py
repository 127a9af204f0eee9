"""A talk's length across a clock change, when the source gives its times on the zone's clock.

A frab <start> without an offset, or an iCalendar DTSTART with a TZID and a DURATION, is a
time on Europe/Zurich's clock: adding the length to it counted on the wall clock, so a talk of
two hours from 01:30 on the night the clocks go back lasted three, and one across the skipped
hour in spring lasted one.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.formats import document
from planner.program import parse_program

NIGHTS = {"2025-10-26": ("01:30", "+02:00", "02:30+01:00"),   # clocks go back at 03:00
          "2025-03-30": ("01:30", "+01:00", "04:30+02:00")}   # clocks skip 02:00-03:00


def frab(day: str, start: str) -> str:
    return ('<?xml version="1.0"?>\n<schedule><conference><acronym>night</acronym>'
            "<day_change>00:00</day_change><time_zone_name>Europe/Zurich</time_zone_name>"
            f'</conference><day index="1" date="{day}"><room name="Aula"><event id="1">'
            f"<start>{start}</start><duration>02:00</duration><room>Aula</room>"
            "<title>Two hours</title></event></room></day></schedule>\n")


def ical(day: str, start: str) -> str:
    stamp = day.replace("-", "") + "T" + start.replace(":", "") + "00"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
            "X-WR-TIMEZONE:Europe/Zurich\r\nBEGIN:VEVENT\r\nUID:1@t\r\n"
            f"DTSTAMP:20250101T000000Z\r\nDTSTART;TZID=Europe/Zurich:{stamp}\r\n"
            "DURATION:PT2H\r\nSUMMARY:Two hours\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.mark.parametrize("write", [frab, ical])
@pytest.mark.parametrize("day", sorted(NIGHTS))
def test_a_talk_of_two_hours_lasts_two_hours(write, day):
    start, offset, end = NIGHTS[day]
    [talk] = parse_program(document(write(day, start).encode())).papers.values()
    assert talk.start.isoformat() == f"{day}T{start}:00{offset}"
    assert talk.end - talk.start == timedelta(hours=2)
    assert talk.end.isoformat() == f"{day}T{end[:5]}:00{end[5:]}"


def test_an_ical_duration_in_days_keeps_the_time_of_day():
    # RFC 5545 3.3.6: P1D from 12:00 the day before the change ends at 12:00 the day after.
    text = ical("2025-10-25", "12:00").replace("DURATION:PT2H", "DURATION:P1D")
    [talk] = parse_program(document(text.encode())).papers.values()
    assert talk.end.isoformat() == "2025-10-26T12:00:00+01:00"


def _frab_room(*talks: tuple[int, str, str]) -> str:
    events = "".join(
        f'<event id="{i}"><date>{when}</date><duration>{length}</duration><room>Aula</room>'
        f"<title>T{i}</title></event>" for i, when, length in talks)
    return ('<?xml version="1.0"?><schedule><conference><acronym>c</acronym>'
            "<day_change>00:00</day_change><time_zone_name>Europe/Zurich</time_zone_name>"
            '</conference><day index="1" date="2025-10-26"><room name="Aula">'
            f"{events}</room></day></schedule>")


def test_talks_ending_in_the_repeated_hour_load_in_their_real_order():
    # Found in review: an end in the second 02:xx, on the zone's clock like a start in the
    # first, compared on the wall clock. The session took the first talk's 02:50 CEST as its
    # end, after the second talk's 02:20 CET, and the whole schedule was refused.
    program = parse_program(document(_frab_room(
        (1, "2025-10-26T02:00:00", "00:50"), (2, "2025-10-26T02:55:00", "00:25")).encode()))
    first, second = program.papers["1"], program.papers["2"]
    assert first.end - first.start == timedelta(minutes=50)
    assert second.end - second.start == timedelta(minutes=25)
    assert first.end < second.start < second.end
    assert second.end.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(("start", "length"), [("020000", "PT1H"), ("025500", "PT25M")])
def test_an_icalendar_talk_ending_in_the_repeated_hour_is_not_refused(start, length):
    text = ical("2025-10-26", "01:30").replace("T013000", f"T{start}").replace("PT2H", length)
    talk = next(iter(parse_program(document(text.encode())).papers.values()))
    assert talk.end - talk.start == {"PT1H": timedelta(hours=1),
                                     "PT25M": timedelta(minutes=25)}[length]
