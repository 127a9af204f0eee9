"""Times printed around a clock change (Europe/Zurich, October 26 2025: 02:00-03:00 twice).

Printed as the clock shows them, both 02:30s read the same, and the first talk seemed to end
before it began ('02:30–02:00'). In the repeated hour a time carries the zone's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.formats import document
from planner.program import parse_program
from planner.render import hm, span
from tests.schedule_files import clock_changes

PROGRAM = parse_program(document(clock_changes().encode()))


def when(pid: str) -> str:
    p = PROGRAM.papers[pid]
    return span(PROGRAM, p.start, p.end)


def test_times_in_the_repeated_hour_name_their_zone():
    assert when("402") == "02:30 CEST–02:00 CET"  # the first 02:30, until the second 02:00
    assert when("403") == "02:30 CET–03:00"
    assert when("405") == "02:00 CET–02:45 CET"
    # Out of that hour, and on the day the clocks skip an hour, a time is just the time.
    assert when("401") == "00:30–01:30" and when("404") == "03:30–04:00"
    assert when("301") == "01:30–03:30" and hm(PROGRAM, PROGRAM.papers["302"].start) == "03:30"


@pytest.fixture
def run(cli, tmp_path: Path):
    source = tmp_path / "clocks.xml"
    source.write_text(clock_changes())
    assert cli("--program", str(source), "star", "402", "403").returncode == 0
    return cli


def test_the_commands_say_which_0230(run):
    program = run("program").stdout
    assert "02:30 CEST–02:00 CET  402" in program and "02:30 CET–03:00  403" in program
    agenda = run("agenda").stdout
    assert "02:30 CEST–02:00 CET  Aula  402" in agenda and "02:30 CET–03:00  Aula  403" in agenda


def test_the_markdown_reading_list_says_which_0230(run):
    text = run("export", "--format", "markdown", "-o", "-").stdout
    assert "Aula, 02:30 CEST–04:00" in text  # the session from the first 02:30 to 04:00
