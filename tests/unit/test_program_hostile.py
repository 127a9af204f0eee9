"""Program files that used to load and then crash: every one is refused at load, in one line."""

from __future__ import annotations

import json
import os

import pytest

from tests.helpers_programs import make_program


def base() -> dict:
    return make_program([[[(0, 30), (30, 30)]], [[(0, 45)]]])


def first_paper(doc: dict) -> dict:
    return doc["days"][0]["sessions"][0]["papers"][0]


def edit(change):
    def make() -> str:
        doc = base()
        change(doc)
        return json.dumps(doc)
    return make


CASES = {
    "unknown time zone": edit(lambda d: d["conference"].update(timezone="Mars/Olympus")),
    "time zone not text": edit(lambda d: d["conference"].update(timezone=5)),
    "location not text": edit(lambda d: d["conference"].update(location=5)),
    "venue not text": edit(lambda d: d["conference"].update(venue=["x"])),
    "times_source not text": edit(lambda d: d["conference"].update(times_source={"a": 1})),
    "full_name not text": edit(lambda d: d["conference"].update(full_name=3)),
    "no days": edit(lambda d: d.update(days=[])),
    "lone surrogate in a title": edit(lambda d: first_paper(d).update(title="a\ud800b")),
    "lone surrogate in an affiliation": edit(
        lambda d: first_paper(d).update(authors=[{"name": "x", "affiliations": ["\udc00"]}])),
    "negative page": edit(lambda d: first_paper(d).update(page=-1)),
    "page of a billion": edit(lambda d: first_paper(d).update(page=10**9)),
    "paper id with a tab": edit(lambda d: first_paper(d).update(id="a\tb")),
    "paper id with a newline": edit(lambda d: first_paper(d).update(id="a\nb")),
    "paper id with ESC": edit(lambda d: first_paper(d).update(id="a\x1b[2Jb")),
    "session id with ESC": edit(lambda d: d["days"][0]["sessions"][0].update(id="s\x1b]0;x\x07")),
    "a 5,000-digit page": lambda: json.dumps(base()).replace('"page": 1', '"page": ' + "9" * 5000, 1),
    "nesting 100k deep": lambda: "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_bad_program_file_is_one_line_and_exit_2(capsys, tmp_path, name):
    from planner.cli import main

    path = tmp_path / "p.json"
    path.write_text(CASES[name](), encoding="utf-8")
    for args in (["program"], ["star", "t0s0p0"], ["export", "-o", str(tmp_path / "a.ics")]):
        code = main(["--program", str(path), *args])
        out, err = capsys.readouterr()
        assert code == 2, (name, args, out[-300:], err)
        assert err.count("\n") == 1 and str(path) in err, err
    assert not (tmp_path / "a.ics").exists()


def test_a_bad_program_file_as_a_real_process(cli, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(CASES["lone surrogate in a title"](), encoding="utf-8")
    run = cli("--program", str(path), "star", "t0s0p0")
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


def test_the_good_base_loads(cli, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(base()))
    assert cli("--program", str(path), "program").returncode == 0


def test_a_fifo_program_is_refused_at_once(cli, tmp_path):
    fifo = tmp_path / "p.json"
    os.mkfifo(fifo)
    run = cli("--program", str(fifo), "program")
    assert run.returncode == 2 and "not a regular file" in run.stderr
    link = tmp_path / "link.json"
    link.symlink_to(fifo)
    run = cli("--program", str(link), "program", env={"ATC_PLANNER_PROGRAM": str(link)})
    assert run.returncode == 2


def test_a_device_program_is_refused(cli):
    run = cli("--program", "/dev/zero", "program")
    assert run.returncode == 2 and "not a regular file" in run.stderr


def test_the_shipped_program_passes_every_check():
    from planner.program import load_program
    from planner.program_checks import check_program

    check_program(load_program())

