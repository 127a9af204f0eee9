"""The export's serializer gives icalendar's own bytes, and writes a shared value once (issue 14).

planner/ics_bytes.py replaces `Calendar.to_ical()` for speed; every byte must stay as icalendar
writes it, so each test here holds it to icalendar's output for the same calendar.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from icalendar.parser import Contentline

from planner.agenda import Agenda, Entry
from planner.ics import ExportOptions, build_calendar, export_to
from planner.ics_bytes import fold, to_ical
from planner.program import load_program, parse_program
from tests.helpers_programs import make_program
from tests.hostile import hostile_program

ATC = load_program()
STAMP = datetime(2025, 6, 1, 12, tzinfo=UTC)
NOTE = "Ask: cost; latency, and the µ-kernel?\nA line\\with a backslash ^and a caret " * 3


def all_starred(program, note: str = NOTE) -> Agenda:
    return Agenda({pid: Entry("2025-06-01T12:00:00+00:00", note) for pid in program.papers})


@pytest.mark.parametrize("options", [
    ExportOptions(), ExportOptions(alarm_minutes=10), ExportOptions(per_session=True),
    ExportOptions(alarm_minutes=0, per_session=True, whole_program=True),
])
def test_the_export_is_icalendars_own_serialisation_byte_for_byte(options):
    cal, _ = build_calendar(ATC, all_starred(ATC), options, STAMP)
    assert to_ical(cal) == cal.to_ical()


def test_hostile_text_is_serialised_as_icalendar_does():
    program = parse_program(hostile_program())
    cal, _ = build_calendar(program, all_starred(program, "note\x1b[2J\r\nline"), stamp=STAMP)
    assert to_ical(cal) == cal.to_ical()


# Lines of any length and any characters of 1 to 4 UTF-8 bytes, escapes among them, so that
# every kind of character and escape lands on a fold.
LINE_TEXT = st.text(st.sampled_from("a\\^;,: éü€😀\t"), max_size=400)


@settings(max_examples=300, deadline=None)
@given(LINE_TEXT)
def test_fold_cuts_where_icalendar_cuts(text):
    line = Contentline(f"DESCRIPTION:{text}")
    assert fold(line) == line.to_ical()


def test_a_value_many_events_share_is_written_once(monkeypatch, tmp_path):
    # 60 talks in 3 rooms at the same times: each event's UID, SUMMARY and DESCRIPTION are
    # its own; its stamp, SEQUENCE, times, room and category are shared with other events.
    program = parse_program(make_program([[[(m, 10) for m in range(0, 200, 10)]]] * 3))
    lines = [0]
    original = Contentline.from_parts.__func__

    def counting(cls, *args, **kwargs):
        lines[0] += 1
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(Contentline, "from_parts", classmethod(counting))
    count = export_to(str(tmp_path / "a.ics"), program, all_starred(program))
    assert count == 60
    assert lines[0] < 5 * count  # 3 per event and the shared ones; icalendar makes 11 per event
    assert len(Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")) == 60
