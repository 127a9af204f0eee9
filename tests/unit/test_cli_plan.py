"""`atc-planner plan`, `walk` and `export --plan` as a user runs them: real processes."""

from __future__ import annotations

import json

from icalendar import Calendar


def star(cli, *args: str) -> None:
    run = cli("star", *args)
    assert run.returncode == 0, run.stderr


def test_plan_json_has_exactly_the_documented_shape(cli):
    star(cli, "fast-acs", "poby", "--maybe")
    star(cli, "gmi-drl", "--must")  # overlaps fast-acs (10:45, the other track)
    star(cli, "mtuner", "jenga")  # mtuner overlaps poby
    star(cli, "uefi")  # Monday afternoon
    run = cli("plan", "--json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc == {
        "coverage": {"must": [1, 1], "want": [3, 3], "maybe": [0, 2]},
        "walk": 0,
        "days": [{"date": "2025-07-07",
                  "attend": ["gmi-drl", "mtuner", "jenga", "uefi"],
                  "drop": [{"id": "fast-acs", "because": "gmi-drl"},
                           {"id": "poby", "because": "mtuner"}]}],
    }
    text = cli("plan").stdout
    assert "overlaps must: gmi-drl" in text and "overlaps want: mtuner" in text
    assert "attending 4 of 6 starred (1/1 must, 3/3 want, 0/2 maybe)." in text


def test_two_colliding_musts_come_first_and_exit_1(cli):
    star(cli, "fast-acs", "gmi-drl", "deepserve", "--must")
    run = cli("plan")
    assert run.returncode == 1
    first = run.stdout.split("\n\n")[1]
    assert first.startswith("MUSTS THAT COLLIDE") and "fast-acs" in first and "gmi-drl" in first
    assert json.loads(cli("plan", "--json").stdout)["coverage"]["must"] == [2, 3]


def test_a_walk_time_drops_a_tight_room_change(cli):
    star(cli, "poby", "--must")
    star(cli, "jenga")  # Track 2, starts when poby (Track 1) ends
    assert json.loads(cli("plan", "--json").stdout)["days"][0]["attend"] == ["poby", "jenga"]
    doc = json.loads(cli("plan", "--json", "--walk", "5").stdout)
    assert doc["walk"] == 5
    assert doc["days"][0] == {"date": "2025-07-07", "attend": ["poby"],
                              "drop": [{"id": "jenga", "because": "poby"}]}
    assert "no time to walk from must: poby in Track 1" in cli("plan", "--walk", "5").stdout


def test_the_walk_time_is_kept_per_program(cli, data_dir):
    star(cli, "poby", "--must")
    star(cli, "jenga")
    assert cli("walk").stdout.endswith(": 0 min\n")
    assert cli("walk", "5").returncode == 0
    assert cli("walk").stdout.endswith(": 5 min\n")
    assert json.loads(cli("plan", "--json").stdout)["walk"] == 5
    assert json.loads(cli("plan", "--json", "--walk", "0").stdout)["walk"] == 0  # this run only
    saved = json.loads((data_dir / "plan.json").read_text())
    assert saved["walk_minutes"] == {"atc25": 5}


def test_plan_by_day_and_bad_input(cli, data_dir):
    star(cli, "poby", "unveiling-compiler-faults")
    doc = json.loads(cli("plan", "--json", "--day", "wed").stdout)
    assert [d["date"] for d in doc["days"]] == ["2025-07-09"]
    assert doc["days"][0]["attend"] == ["unveiling-compiler-faults"]
    for args in (["plan", "--day", "fri"], ["plan", "--walk", "-1"], ["walk", "-3"],
                 ["walk", "five"], ["export", "--plan", "--all"], ["export", "--walk", "3"]):
        run = cli(*args)
        assert run.returncode == 2 and run.stderr.count("\n") == 1, (args, run.stderr)
        assert "Traceback" not in run.stderr
    (data_dir / "plan.json").write_text("{broken")
    run = cli("plan")
    assert run.returncode == 2 and "plan.json" in run.stderr and run.stderr.count("\n") == 1
    run = cli("walk", "4")
    assert run.returncode == 2 and (data_dir / "plan.json").read_text() == "{broken"


def test_no_stars_is_a_plan_too(cli):
    run = cli("plan")
    assert run.returncode == 0 and "No starred talks yet" in run.stdout
    assert json.loads(cli("plan", "--json").stdout) == {
        "coverage": {"must": [0, 0], "want": [0, 0], "maybe": [0, 0]}, "walk": 0, "days": []}


def test_export_plan_writes_only_the_planned_talks(cli, tmp_path):
    star(cli, "fast-acs", "--maybe")
    star(cli, "gmi-drl", "--must")
    cli("note", "gmi-drl", "front row")
    star(cli, "jenga")
    out = tmp_path / "plan.ics"
    run = cli("export", "--plan", "-o", str(out))
    assert run.returncode == 0, run.stderr
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["uid"]).split("@")[0] for e in events) == ["atc25-gmi-drl", "atc25-jenga"]
    assert any("front row" in str(e["description"]) for e in events)
    everything = tmp_path / "all.ics"
    cli("export", "-o", str(everything))
    assert len(Calendar.from_ical(everything.read_bytes()).walk("VEVENT")) == 3
