"""Published schedules (frab XML, pretalx JSON, iCalendar) load into the same program."""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.formats import MAX_BYTES, load_program
from planner.formats.common import DayDraft, Talk, build
from planner.plaintext import plain_text
from planner.program import ProgramError, parse_program, program_dict
from tests.schedule_files import FRAB, ICAL, SOURCES, pretalx_doc


def write(tmp_path: Path, text: str | bytes, name: str = "schedule.data") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(params=sorted(SOURCES))
def loaded(request, tmp_path):
    # The file name says nothing: the content decides the format.
    return request.param, load_program(write(tmp_path, SOURCES[request.param]))


def test_rooms_become_columns_in_the_files_order(loaded):
    _, program = loaded
    assert program.conference.tracks == ("Janson", "H.1302", "K.1.105")
    assert program.conference.timezone == "Europe/Brussels"
    assert program.conference.layout == "time"
    assert [d.date.isoformat() for d in program.days] == ["2025-02-01", "2025-02-02"]


def test_a_talk_after_midnight_stays_on_the_day_it_belongs_to(loaded):
    _, program = loaded
    late = next(p for p in program.papers.values() if p.title == "Midnight hacking")
    assert program.day_of(late).date.isoformat() == "2025-02-01"
    assert late.start == datetime.fromisoformat("2025-02-02T01:00:00+01:00")
    # Where a line names the day beside the time, it is the date the clock shows: "Sat Feb 1
    # 01:00" read as a day earlier than the talk is.
    from planner.render import search_text
    from planner.tui.focus_line import focus_text

    assert " Sun Feb 2 01:00–01:30  H.1302  Midnight hacking" in search_text(
        program, [late])
    from planner.conflicts import analyze
    assert focus_text(program, late.id, None, analyze(program, ()), 200).plain.startswith(
        "Sun Feb 2 01:00–01:30 · ")


def test_talks_of_any_length_keep_their_times(loaded):
    _, program = loaded
    by_title = {p.title: p for p in program.papers.values()}
    long = by_title["A long talk that does not line up"]
    assert (long.start.astimezone().isoformat(), (long.end - long.start).seconds) == (
        datetime.fromisoformat("2025-02-01T10:07:00+01:00").astimezone().isoformat(), 70 * 60)
    assert (by_title["Lightning: five minutes"].end - by_title["Lightning: five minutes"].start
            ).seconds == 300
    assert program.session_of(long).track == "Janson"
    assert by_title["Go generics in practice"].page is None


def test_optional_fields_of_frab_and_pretalx(tmp_path):
    for text in (FRAB, json.dumps(pretalx_doc())):
        program = load_program(write(tmp_path, text))
        welcome = program.papers["101"]
        assert [a.name for a in welcome.authors] == ["Zoë Ångström", "Bob Builder"]
        assert (welcome.subtitle, welcome.topic, welcome.type, welcome.language) == (
            "and what is new", "Keynotes", "keynote", "en")
        assert welcome.uid == ("1f0c6b4e-0000-4000-8000-000000000101" if text is FRAB
                               else "2f0c6b4e-0000-4000-8000-000000000101")
        assert [(x.title, x.url) for x in welcome.links][-1] == (
            "Slides", "https://example.org/slides.pdf")
        assert plain_text(welcome.abstract) == "A short hello & thanks."
        assert plain_text(welcome.description) == "First paragraph.\n\n• one\n\n• [bold]two[/bold]"
        bare = program.papers["102"]  # no persons, no abstract, no links
        assert (bare.authors, bare.abstract, bare.links) == ((), "", ())


def test_pretalx_persons_as_strings_or_objects(tmp_path):
    as_objects = load_program(write(tmp_path, json.dumps(pretalx_doc())))
    as_strings = load_program(write(tmp_path, json.dumps(pretalx_doc(persons_as_strings=True))))
    assert as_objects.papers["103"].authors == as_strings.papers["103"].authors
    assert as_strings.papers["103"].authors[0].name == "Ana García"


def test_ical_reads_tzid_utc_duration_and_skips_all_day(tmp_path):
    program = load_program(write(tmp_path, ICAL))
    assert len(program.papers) == 5  # the all-day "Registration" is not a talk
    long = program.papers["minicon25-102@example.org"]  # DTSTART in UTC with DURATION
    assert long.start == datetime.fromisoformat("2025-02-01T10:07:00+01:00")
    assert long.uid == "minicon25-102@example.org"
    assert long.topic == "Keynotes"


def test_search_finds_people_tracks_and_abstracts_without_accents(tmp_path):
    program = load_program(write(tmp_path, FRAB))
    assert [p.id for p in program.search("zoe angstrom")] == ["101"]
    assert [p.id for p in program.search("garcia")] == ["103"]
    assert {p.id for p in program.search("go")} >= {"103", "104"}  # the track
    assert [p.id for p in program.search("thanks")] == ["101"]  # in the abstract's HTML


# --- bad input: one line naming the file, the problem, and the event --------------------

EVENT_104 = FRAB.split('<event guid="1f0c6b4e-0000-4000-8000-000000000104" id="104">')[1].split(
    "</event>")[0]


def frab_with_104(new: str) -> str:
    return FRAB.replace(EVENT_104, new)


BAD = {
    "no format": ("hello, world\n", "not a program file"),
    "malformed XML": (FRAB[:400], "malformed XML"),
    "malformed JSON": ('{"schedule": {', "not valid JSON"),
    "frab: no start": (frab_with_104("<title>Broken</title><duration>00:10</duration>"),
                       "event 104 ('Broken'): no start"),
    "frab: negative duration": (FRAB.replace("<duration>00:30</duration>",
                                             "<duration>-00:30</duration>"),
                                "event 104 ('Midnight hacking'): duration '-00:30' is negative"),
    "frab: unknown time zone": (FRAB.replace("Europe/Brussels", "Europe/Atlantis"),
                                "unknown time zone 'Europe/Atlantis'"),
    "frab: event outside its day": (
        FRAB.replace("2025-02-02T01:00:00+01:00", "2025-02-02T05:00:00+01:00"),
        "event 104 ('Midnight hacking'): starts 2025-02-02 05:00, outside its day 2025-02-01"),
    "pretalx: no start": (
        json.dumps(pretalx_doc()).replace('"date": "2025-02-01T09:40:00+01:00", ', ""),
        "event 103 ('Go generics in practice'): no start"),
    "pretalx: negative duration": (
        json.dumps(pretalx_doc()).replace('"duration": "00:15"', '"duration": "-00:15"'),
        "event 103 ('Go generics in practice'): duration '-00:15' is negative"),
    "pretalx: unknown time zone": (
        json.dumps(pretalx_doc()).replace("Europe/Brussels", "Mars/Olympus"),
        "unknown time zone 'Mars/Olympus'"),
    "pretalx: event outside its day": (
        json.dumps(pretalx_doc()).replace("2025-02-02T11:00:00+01:00", "2025-02-04T11:00:00+01:00"),
        "event 201 ('Lightning: five minutes'): starts 2025-02-04 11:00, outside its day"),
    "ical: no start": (ICAL.replace("DTSTART;TZID=Europe/Brussels:20250201T094000\r\n", ""),
                       "event minicon25-103@example.org ('Go generics in practice'): no DTSTART"),
    "ical: negative duration": (ICAL.replace("DTEND;TZID=Europe/Brussels:20250202T013000",
                                             "DTEND;TZID=Europe/Brussels:20250202T003000"),
                                "event minicon25-104@example.org ('Midnight hacking'): negative"),
    "ical: unknown time zone": (ICAL.replace("X-WR-TIMEZONE:Europe/Brussels",
                                             "X-WR-TIMEZONE:Nowhere/Special"),
                                "unknown time zone 'Nowhere/Special'"),
    "ical: an event's unknown TZID": (
        ICAL.replace("DTSTART;TZID=Europe/Brussels:20250201T094000",
                     "DTSTART;TZID=Nowhere/X:20250201T094000"),
        "unknown time zone 'Nowhere/X'"),
    "own: unknown time zone": (None, "unknown time zone 'Moon/Base'"),
}

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE schedule [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<schedule><conference><title>&lol9;</title></conference></schedule>
"""


def external_entity(target: Path) -> str:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE schedule [<!ENTITY secret SYSTEM '
            f'"file://{target}">]>\n<schedule><conference><title>&secret;</title>'
            "</conference></schedule>\n")


def assert_refused(path: Path, expected: str) -> None:
    with pytest.raises(ProgramError) as err:
        load_program(path)
    message = str(err.value)
    assert message.startswith(f"{path}: "), message
    assert expected in message and "\n" not in message, message


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_schedules_are_refused_in_one_line(tmp_path, case):
    text, expected = BAD[case]
    if text is None:
        doc = program_dict(load_program(write(tmp_path, FRAB)))
        doc["conference"]["timezone"] = "Moon/Base"
        text = json.dumps(doc)
    assert_refused(write(tmp_path, text), expected)


def test_billion_laughs_is_refused_not_expanded(tmp_path):
    assert_refused(write(tmp_path, BILLION_LAUGHS), "declares entities")


def test_external_entity_is_refused_not_read(tmp_path):
    secret = write(tmp_path, "top secret", "secret.txt")
    path = write(tmp_path, external_entity(secret))
    with pytest.raises(ProgramError) as err:
        load_program(path)
    assert "XML refused" in str(err.value) and "top secret" not in str(err.value)


def test_a_file_over_50_mb_is_refused_unread(tmp_path):
    path = tmp_path / "huge.xml"
    with open(path, "wb") as f:
        f.write(b"<schedule>")
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    assert_refused(path, "more than a program file may hold")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "schedule.xml"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: outcome.append(_raises(fifo)), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading a named pipe blocked"
    assert isinstance(outcome[0], ProgramError) and "not a regular file" in str(outcome[0])


def _raises(path: Path) -> BaseException:
    try:
        load_program(path)
    except BaseException as err:  # handed to the test thread
        return err
    raise AssertionError("loaded a named pipe")


# --- round trip ----------------------------------------------------------------------------


def test_every_format_round_trips_through_the_own_schema(loaded, tmp_path):
    _, program = loaded
    doc = program_dict(program)
    again = load_program(write(tmp_path, json.dumps(doc), "dumped.json"))
    assert program_dict(again) == doc
    assert again.papers == program.papers
    assert [(d.date, d.start, d.end) for d in again.days] == [
        (d.date, d.start, d.end) for d in program.days]


def test_an_old_own_program_file_still_loads(tmp_path):
    """Schema 1 as written before published schedules: no page-less talks, no day bounds."""
    from planner.importer import OUTPUT

    old = json.loads(OUTPUT.read_text(encoding="utf-8"))
    program = parse_program(old)
    assert len(program.papers) == 100 and program.conference.layout == "slots"
    assert program_dict(program)["days"][0].keys() == {"date", "sessions"}


ROOM = st.sampled_from(["Janson", "H.1302", "K.1.105", "Ü 1", "[b]room[/b]"])
TALK = st.tuples(ROOM, st.integers(0, 24 * 60 - 1), st.integers(1, 180), st.text(min_size=1),
                 st.lists(st.text(min_size=1, max_size=12), max_size=3), st.text(max_size=60),
                 st.sampled_from(["", "Go", "Security"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(TALK, min_size=1, max_size=25))
def test_any_schedule_dumps_and_loads_back_identically(talks):
    tz = timezone(timedelta(hours=1))
    start = datetime(2025, 2, 1, 4, 0, tzinfo=tz)
    day = DayDraft(start.date(), start, start + timedelta(days=1))
    for i, (room, minute, length, title, persons, abstract, topic) in enumerate(talks):
        at = start + timedelta(minutes=minute)
        day.talks.append(Talk(str(i), title, at, at + timedelta(minutes=length), room, persons,
                              {"abstract": abstract, "topic": topic}))
    program = parse_program(build({"id": "prop", "name": "Prop", "timezone": "Europe/Brussels"},
                                  [day]))
    dumped = program_dict(program)
    again = parse_program(json.loads(json.dumps(dumped)))
    assert program_dict(again) == dumped
    assert again.papers == program.papers
