"""`now`: the starred talk on now and the next one, at fixed clocks (the clock is passed in)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.now import ClockError, duration, now_json, now_next, now_text, parse_time
from planner.program import load_program

NY = ZoneInfo("America/New_York")
STARRED = ["fast-acs", "deepserve"]  # Mon 10:45–11:00 and 11:30–11:45, both Track 1


@pytest.fixture(scope="module")
def program():
    return load_program()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=NY)


def last_talk(program):
    return max(program.papers.values(), key=lambda p: (p.end, p.start))


def test_before_the_conference_says_when_it_starts_and_what_comes_first(program):
    nn = now_next(program, STARRED, at("2025-07-06T09:00"))
    assert (nn.state, nn.now, nn.next.id) == ("before", None, "fast-acs")
    text = now_text(program, nn, anything_chosen=True)
    assert text.splitlines()[0] == "USENIX ATC '25 starts Mon Jul 7 at 10:45 (in 1 d 1 h)"
    assert "next: Fast ACS" in text and "Mon Jul 7 10:45" in text


def test_during_a_talk_gives_room_and_minutes_left_then_the_next(program):
    nn = now_next(program, STARRED, at("2025-07-07T10:50"))
    assert (nn.state, nn.now.id, nn.next.id) == ("during", "fast-acs", "deepserve")
    now, nxt = now_text(program, nn, anything_chosen=True).splitlines()
    assert now.startswith("now: Fast ACS") and "(Track 1, until 11:00, 10 min left)" in now
    assert nxt == "next: DEEPSERVE: Serverless Large Language Model Serving at Scale (Track 1, 11:30, in 40 min)"


def test_between_talks_nothing_is_on_and_the_next_counts_down(program):
    nn = now_next(program, STARRED, at("2025-07-07T11:00"))  # fast-acs ended exactly now
    assert (nn.state, nn.now, nn.next.id) == ("during", None, "deepserve")
    assert now_text(program, nn, anything_chosen=True).splitlines() == [
        "now: no talk of yours is on",
        "next: DEEPSERVE: Serverless Large Language Model Serving at Scale (Track 1, 11:30, in 30 min)",
    ]


def test_next_on_another_day_names_the_day(program):
    nn = now_next(program, ["fast-acs", "z-lfs"], at("2025-07-07T18:00"))
    assert nn.next.id == "z-lfs"
    assert "Tue Jul 8 10:00, in 16 h)" in now_text(program, nn, anything_chosen=True)


def test_during_the_last_talk_there_is_no_next(program):
    last = last_talk(program)
    nn = now_next(program, [*STARRED, last.id], last.end - timedelta(minutes=1))
    assert (nn.state, nn.now.id, nn.next) == ("during", last.id, None)
    lines = now_text(program, nn, anything_chosen=True).splitlines()
    assert lines[0].endswith("1 min left)") and lines[1] == "next: no more talks of yours"


def test_after_the_conference_it_is_over(program):
    nn = now_next(program, STARRED, at("2025-07-09T16:00"))
    assert (nn.state, nn.now, nn.next) == ("after", None, None)
    assert now_text(program, nn, anything_chosen=True) == \
        "USENIX ATC '25 is over (it ended Wed Jul 9 at 16:00)\n"
    assert now_json(program, nn)["now"] is None and now_json(program, nn)["next"] is None


def test_overlapping_starred_talks_show_the_first_and_count_the_rest(program):
    mon = sorted(program.days[0].sessions, key=lambda s: (s.start, s.track))
    a, b = mon[0].papers[0], mon[1].papers[0]  # the same time in Track 1 and Track 2
    assert a.start == b.start
    nn = now_next(program, [b.id, a.id], a.start)
    assert nn.now.id == a.id and nn.also_now == 1
    assert "+1 more at once" in now_text(program, nn, anything_chosen=True)


def test_json_has_the_issue_shape(program):
    doc = now_json(program, now_next(program, STARRED, at("2025-07-07T10:50")))
    json.dumps(doc)
    assert doc["now"] == {"id": "fast-acs", "title": program.papers["fast-acs"].title,
                          "start": "2025-07-07T10:45:00-04:00", "end": "2025-07-07T11:00:00-04:00",
                          "room": "Track 1", "minutes": 10}
    assert doc["next"]["id"] == "deepserve" and doc["next"]["minutes"] == 40
    assert doc["state"] == "during"


def test_unknown_stars_are_ignored_and_an_empty_choice_says_so(program):
    nn = now_next(program, ["no-such-paper"], at("2025-07-07T10:50"))
    assert (nn.now, nn.next) == (None, None)
    assert "no starred talks" in now_text(program, nn, anything_chosen=False)


def test_a_time_without_offset_is_in_the_program_zone(program):
    assert parse_time("2025-07-08T10:50", program) == datetime(2025, 7, 8, 14, 50, tzinfo=ZoneInfo("UTC"))
    assert parse_time("2025-07-08T10:50+00:00", program).utcoffset() == timedelta(0)
    with pytest.raises(ClockError):
        parse_time("tomorrow", program)


@pytest.mark.parametrize(("minutes", "words"), [
    (0, "0 min"), (0.5, "1 min"), (59, "59 min"), (60, "1 h"), (125, "2 h 5 min"),
    (24 * 60, "1 d"), (27 * 60 + 30, "1 d 3 h"),
])
def test_durations_read_short(minutes, words):
    assert duration(timedelta(minutes=minutes)) == words


# --- the command, as a user runs it -------------------------------------------------------


def test_now_command_with_at_and_the_environment(cli):
    assert cli("star", "fast-acs", "deepserve").returncode == 0
    run = cli("now", "--at", "2025-07-07T11:29")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "now: no talk of yours is on",
        "next: DEEPSERVE: Serverless Large Language Model Serving at Scale (Track 1, 11:30, in 1 min)",
    ]
    run = cli("now", "--json", env={"ATC_PLANNER_NOW": "2025-07-07T15:40:00Z"})  # 11:40 in Boston
    doc = json.loads(run.stdout)
    assert doc["now"]["id"] == "deepserve" and doc["now"]["minutes"] == 5 and doc["next"] is None


def test_now_command_refuses_a_bad_time_in_one_line(cli):
    for run in (cli("now", "--at", "noon"), cli("now", env={"ATC_PLANNER_NOW": "soon"})):
        assert run.returncode == 2 and run.stdout == ""
        assert len(run.stderr.splitlines()) == 1 and "not a time" in run.stderr


def test_now_follows_the_plan_unless_asked_for_every_star(cli):
    # Two talks at 10:45 in different tracks: the plan attends the must.
    program = load_program()
    mon = sorted(program.days[0].sessions, key=lambda s: (s.start, s.track))
    a, b = mon[0].papers[0], mon[1].papers[0]
    assert cli("star", a.id).returncode == 0
    assert cli("star", "--must", b.id).returncode == 0
    planned = json.loads(cli("now", "--json", "--at", "2025-07-07T10:50").stdout)
    assert planned["now"]["id"] == b.id
    starred = json.loads(cli("now", "--json", "--starred", "--at", "2025-07-07T10:50").stdout)
    assert starred["now"]["id"] == a.id  # the first in program order
