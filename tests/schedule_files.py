"""Small schedule files in each published format, written by the tests themselves.

All three describe the same little conference: two days, three rooms, a talk spanning two
5-minute slots off the grid, a talk after midnight that belongs to the first day, HTML in a
description, persons as objects and as strings, and an event with no optional fields.
"""

from __future__ import annotations

import json
from typing import Any

FRAB = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>1.3</version>
  <conference>
    <acronym>minicon25</acronym>
    <title>MiniCon 2025</title>
    <start>2025-02-01</start>
    <end>2025-02-02</end>
    <days>2</days>
    <day_change>04:00</day_change>
    <timeslot_duration>00:05</timeslot_duration>
    <time_zone_name>Europe/Brussels</time_zone_name>
  </conference>
  <day index="1" date="2025-02-01" start="2025-02-01T04:00:00+01:00" end="2025-02-02T03:59:00+01:00">
    <room name="Janson">
      <event guid="1f0c6b4e-0000-4000-8000-000000000101" id="101">
        <date>2025-02-01T09:30:00+01:00</date>
        <start>09:30</start>
        <duration>00:25</duration>
        <room>Janson</room>
        <title>Welcome to MiniCon</title>
        <subtitle>and what is new</subtitle>
        <track>Keynotes</track>
        <type>keynote</type>
        <language>en</language>
        <abstract>&lt;p&gt;A &lt;b&gt;short&lt;/b&gt; hello &amp;amp; thanks.&lt;/p&gt;</abstract>
        <description>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;one&lt;/li&gt;&lt;li&gt;[bold]two[/bold]&lt;/li&gt;&lt;/ul&gt;</description>
        <persons><person id="1">Zoë Ångström</person><person id="2">Bob Builder</person></persons>
        <links><link href="https://example.org/slides.pdf">Slides</link></links>
      </event>
      <event guid="1f0c6b4e-0000-4000-8000-000000000102" id="102">
        <date>2025-02-01T10:07:00+01:00</date>
        <start>10:07</start>
        <duration>01:10</duration>
        <room>Janson</room>
        <title>A long talk that does not line up</title>
        <track>Keynotes</track>
        <persons/>
      </event>
    </room>
    <room name="H.1302">
      <event guid="1f0c6b4e-0000-4000-8000-000000000103" id="103">
        <date>2025-02-01T09:40:00+01:00</date>
        <start>09:40</start>
        <duration>00:15</duration>
        <room>H.1302</room>
        <title>Go generics in practice</title>
        <track>Go</track>
        <persons><person id="3">Ana García</person></persons>
      </event>
      <event guid="1f0c6b4e-0000-4000-8000-000000000104" id="104">
        <date>2025-02-02T01:00:00+01:00</date>
        <start>01:00</start>
        <duration>00:30</duration>
        <room>H.1302</room>
        <title>Midnight hacking</title>
        <track>Go</track>
      </event>
    </room>
  </day>
  <day index="2" date="2025-02-02" start="2025-02-02T04:00:00+01:00" end="2025-02-03T03:59:00+01:00">
    <room name="K.1.105">
      <event guid="1f0c6b4e-0000-4000-8000-000000000201" id="201">
        <date>2025-02-02T11:00:00+01:00</date>
        <start>11:00</start>
        <duration>00:05</duration>
        <room>K.1.105</room>
        <title>Lightning: five minutes</title>
        <track>Lightning</track>
      </event>
    </room>
  </day>
</schedule>
"""


def pretalx_doc(persons_as_strings: bool = False) -> dict[str, Any]:
    def people(*names: str) -> list[Any]:
        if persons_as_strings:
            return list(names)
        return [{"code": n[:3].upper(), "public_name": n, "biography": ""} for n in names]

    def event(ident: int, date: str, start: str, duration: str, room: str, title: str,
              track: str | None, **extra: Any) -> dict[str, Any]:
        return {"id": ident, "guid": f"2f0c6b4e-0000-4000-8000-{ident:012d}", "date": date,
                "start": start, "duration": duration, "room": room, "title": title,
                "track": track, "persons": extra.pop("persons", []), **extra}

    return {
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "pretalx", "version": "2025.1.0"},
        "schedule": {
            "version": "0.7",
            "base_url": "https://pretalx.example.org/minicon25/schedule/",
            "conference": {
                "acronym": "minicon25", "title": "MiniCon 2025",
                "start": "2025-02-01", "end": "2025-02-02", "daysCount": 2,
                "timeslot_duration": "00:05", "time_zone_name": "Europe/Brussels",
                "rooms": [{"name": "Janson"}, {"name": "H.1302"}, {"name": "K.1.105"}],
                "days": [
                    {"index": 1, "date": "2025-02-01",
                     "day_start": "2025-02-01T04:00:00+01:00",
                     "day_end": "2025-02-02T03:59:00+01:00",
                     "rooms": {
                         "Janson": [
                             event(101, "2025-02-01T09:30:00+01:00", "09:30", "00:25", "Janson",
                                   "Welcome to MiniCon", "Keynotes", subtitle="and what is new",
                                   type="keynote", language="en",
                                   abstract="<p>A <b>short</b> hello &amp; thanks.</p>",
                                   description="<p>First paragraph.</p><ul><li>one</li>"
                                               "<li>[bold]two[/bold]</li></ul>",
                                   persons=people("Zoë Ångström", "Bob Builder"),
                                   links=[{"url": "https://example.org/slides.pdf",
                                           "title": "Slides"}]),
                             event(102, "2025-02-01T10:07:00+01:00", "10:07", "01:10", "Janson",
                                   "A long talk that does not line up", "Keynotes"),
                         ],
                         "H.1302": [
                             event(103, "2025-02-01T09:40:00+01:00", "09:40", "00:15", "H.1302",
                                   "Go generics in practice", "Go",
                                   persons=people("Ana García")),
                             event(104, "2025-02-02T01:00:00+01:00", "01:00", "00:30", "H.1302",
                                   "Midnight hacking", "Go"),
                         ],
                     }},
                    {"index": 2, "date": "2025-02-02",
                     "day_start": "2025-02-02T04:00:00+01:00",
                     "day_end": "2025-02-03T03:59:00+01:00",
                     "rooms": {"K.1.105": [
                         event(201, "2025-02-02T11:00:00+01:00", "11:00", "00:05", "K.1.105",
                               "Lightning: five minutes", "Lightning")]}},
                ],
            },
        },
    }


PRETALX = json.dumps(pretalx_doc(), ensure_ascii=False, indent=1)

ICAL = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//minicon//EN\r
X-WR-CALNAME:MiniCon 2025\r
X-WR-TIMEZONE:Europe/Brussels\r
BEGIN:VEVENT\r
UID:minicon25-101@example.org\r
DTSTAMP:20250101T000000Z\r
DTSTART;TZID=Europe/Brussels:20250201T093000\r
DTEND;TZID=Europe/Brussels:20250201T095500\r
SUMMARY:Welcome to MiniCon\r
LOCATION:Janson\r
CATEGORIES:Keynotes\r
DESCRIPTION:<p>First paragraph.</p>\r
URL:https://example.org/101\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:minicon25-102@example.org\r
DTSTAMP:20250101T000000Z\r
DTSTART:20250201T090700Z\r
DURATION:PT1H10M\r
SUMMARY:A long talk that does not line up\r
LOCATION:Janson\r
CATEGORIES:Keynotes\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:minicon25-103@example.org\r
DTSTAMP:20250101T000000Z\r
DTSTART;TZID=Europe/Brussels:20250201T094000\r
DURATION:PT15M\r
SUMMARY:Go generics in practice\r
LOCATION:H.1302\r
CATEGORIES:Go\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:minicon25-104@example.org\r
DTSTAMP:20250101T000000Z\r
DTSTART;TZID=Europe/Brussels:20250202T010000\r
DTEND;TZID=Europe/Brussels:20250202T013000\r
SUMMARY:Midnight hacking\r
LOCATION:H.1302\r
CATEGORIES:Go\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:minicon25-201@example.org\r
DTSTAMP:20250101T000000Z\r
DTSTART;TZID=Europe/Brussels:20250202T110000\r
DTEND;TZID=Europe/Brussels:20250202T110500\r
SUMMARY:Lightning: five minutes\r
LOCATION:K.1.105\r
CATEGORIES:Lightning\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:minicon25-allday@example.org\r
DTSTAMP:20250101T000000Z\r
DTSTART;VALUE=DATE:20250201\r
SUMMARY:Registration open all day\r
END:VEVENT\r
END:VCALENDAR\r
"""

SOURCES = {"frab": FRAB, "pretalx": PRETALX, "ical": ICAL}


def twelve_rooms() -> str:
    """frab XML: one day in 12 rooms, talks of 5 to 180 minutes that do not line up, a lunch
    break, and in room 12 a talk from 23:30 and one at 01:00 after midnight."""
    lengths = [25, 50, 5, 15, 90, 40, 30, 180, 10, 55, 20, 45]
    rooms = []
    ident = 1
    for r in range(12):
        events = []
        minute = 9 * 60 + (r * 7) % 30  # 09:00 to 09:29: nothing lines up
        for k in range(6):
            length = lengths[(r + k) % len(lengths)]
            if k == 3:
                minute = max(minute, 13 * 60 + r)  # lunch: a gap in every room
            h, m = divmod(minute, 60)
            events.append(_event(ident, f"2025-02-01T{h:02d}:{m:02d}:00+01:00", length,
                                 f"Room {r + 1}", f"Talk {ident} in room {r + 1}",
                                 f"Speaker {ident}"))
            ident += 1
            minute += length + 5
        if r == 11:
            events.append(_event(ident, "2025-02-01T23:30:00+01:00", 60, "Room 12",
                                 "Late talk before midnight", "Night Owl"))
            events.append(_event(ident + 1, "2025-02-02T01:00:00+01:00", 30, "Room 12",
                                 "Talk past midnight", "Night Owl"))
        rooms.append(f'<room name="Room {r + 1}">{"".join(events)}</room>')
    return ("<?xml version=\"1.0\"?>\n<schedule><conference><acronym>twelve</acronym>"
            "<title>Twelve Rooms Conf</title><day_change>04:00</day_change>"
            "<time_zone_name>Europe/Brussels</time_zone_name></conference>"
            '<day index="1" date="2025-02-01" start="2025-02-01T04:00:00+01:00" '
            f'end="2025-02-02T03:59:00+01:00">{"".join(rooms)}</day></schedule>\n')


def _event(ident: int, when: str, minutes: int, room: str, title: str, person: str) -> str:
    return (f'<event guid="00000000-0000-4000-8000-{ident:012d}" id="{ident}"><date>{when}</date>'
            f"<duration>{minutes // 60:02d}:{minutes % 60:02d}</duration><room>{room}</room>"
            f"<title>{title}</title><track>Track {ident % 3}</track>"
            f'<persons><person id="{ident}">{person}</person></persons></event>')


def clock_changes() -> str:
    """frab XML in Europe/Zurich, one day for each clock change of 2025.

    March 30: at 02:00 the clocks go to 03:00 (CET to CEST), a talk runs across the gap.
    October 26: at 03:00 they go back to 02:00 (CEST to CET): a talk at each 02:30, the first
    (+02:00) and the second (+01:00), one before the change and one after; in another room a
    talk from the second 02:00 to the second 02:45.
    """
    spring = [(301, "2025-03-30T01:30:00+01:00", 60, "Across the gap"),
              (302, "2025-03-30T03:30:00+02:00", 30, "After the gap")]
    autumn = [(401, "2025-10-26T00:30:00+02:00", 60, "Before the change"),
              (402, "2025-10-26T02:30:00+02:00", 30, "The first 02:30"),
              (403, "2025-10-26T02:30:00+01:00", 30, "The second 02:30"),
              (404, "2025-10-26T03:30:00+01:00", 30, "After the change")]
    hall = ((405, "2025-10-26T02:00:00+01:00", 45, "All in the repeated hour"),)

    def day(index: int, on: str, talks: list[tuple[int, str, int, str]], start: str,
            end: str, more: tuple[tuple[int, str, int, str], ...] = ()) -> str:
        rooms = "".join(
            f'<room name="{room}">' + "".join(_event(i, when, minutes, room, title, "Ada")
                                              for i, when, minutes, title in events)
            + "</room>" for room, events in (("Aula", talks), ("Hall", more)) if events)
        return (f'<day index="{index}" date="{on}" start="{on}T00:00:00{start}" '
                f'end="{on}T23:59:00{end}">{rooms}</day>')

    return ("<?xml version=\"1.0\"?>\n<schedule><conference><acronym>clocks</acronym>"
            "<title>Clock Change Conf</title><day_change>00:00</day_change>"
            "<time_zone_name>Europe/Zurich</time_zone_name></conference>"
            f'{day(1, "2025-03-30", spring, "+01:00", "+02:00")}'
            f'{day(2, "2025-10-26", autumn, "+02:00", "+01:00", hall)}</schedule>\n')
