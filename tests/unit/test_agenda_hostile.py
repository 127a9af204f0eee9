"""The agenda store against unlucky and hostile files: links, FIFOs, read errors, modes."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.agenda import Agenda, AgendaError, AgendaStore, dumps, star_all
from planner.program import load_program

IDS = list(load_program().papers)


def entry(note: str = "") -> dict[str, str]:
    return {"starred_at": "2025-07-01T00:00:00+00:00", "note": note}


def doc(starred: dict) -> str:
    return json.dumps({"format": "atc-planner-agenda", "version": 1, "starred": starred})


def linked(tmp_path: Path) -> tuple[Path, Path]:
    """A data dir whose agenda.json links into a 'synced' folder: (local dir, synced dir)."""
    synced, local = tmp_path / "synced", tmp_path / "local"
    synced.mkdir()
    local.mkdir()
    (local / "agenda.json").symlink_to(synced / "agenda.json")
    return local, synced


# --- 1. the lock belongs to the file --------------------------------------------------------


def test_the_lock_is_the_same_whichever_path_leads_to_the_file(tmp_path):
    local, synced = linked(tmp_path)
    assert AgendaStore(local / "agenda.json").lock_path == AgendaStore(
        synced / "agenda.json").lock_path == str(synced / "agenda.json.lock")


def test_parallel_writers_direct_and_through_a_link_lose_nothing(tmp_path):
    local, synced = linked(tmp_path)
    AgendaStore(synced / "agenda.json").update(star_all(["poby"]))
    for round_ in range(2):
        ids = [i for i in IDS if i != "poby"][round_ * 16:(round_ + 1) * 16]
        procs = [subprocess.Popen(
            [sys.executable, "-m", "planner", "star", pid],
            env={**os.environ, "ATC_PLANNER_DATA_DIR": str(local if i % 2 else synced)},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            for i, pid in enumerate(ids)]
        results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
        assert all(code == 0 for code, _ in results), results
        on_disk = set(json.loads((synced / "agenda.json").read_text())["starred"])
        assert set(ids) <= on_disk
    assert (local / "agenda.json").is_symlink()
    assert not [p for p in synced.iterdir() if p.name.endswith(".tmp")]


def test_a_link_to_a_file_not_created_yet_is_refused_until_it_exists(cli, tmp_path):
    local, synced = linked(tmp_path)
    run = cli("star", "poby", env={"ATC_PLANNER_DATA_DIR": str(local)})
    assert run.returncode == 2 and "does not exist" in run.stderr
    assert not (synced / "agenda.json").exists()


def test_a_live_writers_temp_file_is_never_touched(tmp_path):
    path = tmp_path / "agenda.json"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        host = "".join(c if c.isalnum() or c == "-" else "_" for c in socket.gethostname())
        live = tmp_path / f".agenda.json.{host}.{sleeper.pid}.abcd1234.tmp"
        other_host = tmp_path / ".agenda.json.elsewhere.1.abcd1234.tmp"
        dead = tmp_path / f".agenda.json.{host}.{_dead_pid()}.abcd1234.tmp"
        old = tmp_path / ".agenda.json.elsewhere.2.abcd1234.tmp"
        for f in (live, other_host, dead, old):
            f.write_text("partial")
        os.utime(old, (time.time() - 2 * 86400,) * 2)
        AgendaStore(path).update(star_all(["poby"]))
        assert live.exists() and other_host.exists()
        assert not dead.exists() and not old.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


# --- 2. weird content never reaches the user as a traceback ---------------------------------


@pytest.mark.parametrize("content", [
    '{"format": "atc-planner-agenda", "version": 1, "starred": {}, "n": ' + "9" * 5000 + "}",
    "[" * 200_000 + "]" * 200_000,
], ids=["a-5000-digit-number", "nesting-200k-deep"])
def test_huge_numbers_and_deep_nesting_are_moved_aside(cli, data_dir, content):
    data_dir.mkdir()
    (data_dir / "agenda.json").write_text(content)
    run = cli("star", "poby")
    assert run.returncode == 0 and "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1 and "moved it to" in run.stderr
    assert cli("agenda").stdout.count("poby") == 1


# --- 4. read errors are not corruption ------------------------------------------------------


def test_a_link_into_a_missing_folder_is_an_error_and_nothing_moves(cli, tmp_path):
    local = tmp_path / "local"
    local.mkdir()
    (local / "agenda.json").symlink_to(tmp_path / "not-mounted" / "agenda.json")
    for args in (["agenda"], ["star", "poby"], ["export", "-o", str(tmp_path / "a.ics")]):
        run = cli(*args, env={"ATC_PLANNER_DATA_DIR": str(local)})
        assert run.returncode == 2 and run.stderr.count("\n") == 1, run.stderr
        assert "does not exist" in run.stderr
        assert sorted(p.name for p in local.iterdir()) == ["agenda.json"]
        assert (local / "agenda.json").is_symlink()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_an_error_and_nothing_moves(cli, data_dir):
    data_dir.mkdir()
    path = data_dir / "agenda.json"
    path.write_text(doc({"poby": entry()}))
    path.chmod(0)
    run = cli("agenda")
    assert run.returncode == 2 and "Permission denied" in run.stderr
    assert sorted(p.name for p in data_dir.iterdir()) == ["agenda.json"]


def test_a_directory_in_place_of_the_file_is_an_error(cli, data_dir):
    (data_dir / "agenda.json").mkdir(parents=True)
    run = cli("star", "poby")
    assert run.returncode == 2 and "is a directory" in run.stderr and "Traceback" not in run.stderr


def test_a_broken_file_behind_a_link_is_moved_aside_and_the_link_kept(tmp_path):
    local, synced = linked(tmp_path)
    (synced / "agenda.json").write_text("{broken")
    loaded = AgendaStore(local / "agenda.json").load()
    assert "moved it to" in loaded.warnings[0]
    assert (local / "agenda.json").is_symlink()
    assert sorted(p.name for p in local.iterdir()) == ["agenda.json"]
    assert any(p.name.startswith("agenda.json.unreadable-") for p in synced.iterdir())
    AgendaStore(local / "agenda.json").update(star_all(["poby"]))
    assert (local / "agenda.json").is_symlink()
    assert json.loads((synced / "agenda.json").read_text())["starred"].keys() == {"poby"}


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "agenda.json"
    path.write_bytes(b"\xef\xbb\xbf" + doc({"poby": entry("n")}).encode())
    loaded = AgendaStore(path).load()
    assert loaded.warnings == () and loaded.agenda.note("poby") == "n"


def test_an_entry_of_the_wrong_type_is_dropped_the_others_kept(cli, data_dir):
    data_dir.mkdir()
    original = doc({"poby": entry("keep me"), "rex": {"starred_at": 5},
                    "bad": "not an object", "deepserve": entry(), "cosmic": {"note": "x"}})
    (data_dir / "agenda.json").write_text(original)
    run = cli("agenda")
    assert run.returncode == 0 and run.stderr.count("\n") == 1
    # Each named with what is wrong with it (a missing field was called "the wrong type").
    assert "left out 3 entries (entry 'rex': 'starred_at' is not text; entry 'bad' is not " \
           "an object; entry 'cosmic' has no 'starred_at')" in run.stderr
    on_disk = json.loads((data_dir / "agenda.json").read_text())["starred"]
    assert on_disk.keys() == {"poby", "deepserve"} and on_disk["poby"]["note"] == "keep me"
    [kept] = [p for p in data_dir.iterdir() if ".original-" in p.name]
    assert kept.read_text() == original
    assert cli("agenda").stderr == ""  # told once


def test_a_lone_surrogate_in_a_note_drops_that_entry_not_the_file(tmp_path):
    path = tmp_path / "agenda.json"
    path.write_text('{"format": "atc-planner-agenda", "version": 1, "starred": {'
                    '"poby": {"starred_at": "x", "note": "\\ud800"}, '
                    '"rex": {"starred_at": "x", "note": "ok"}}}')
    store = AgendaStore(path)
    assert store.load().agenda.starred == {"rex"}
    store.update(star_all(["deepserve"]))
    assert store.load().agenda.starred == {"rex", "deepserve"}


# --- 9. FIFOs and other special files --------------------------------------------------------


def test_a_fifo_agenda_is_refused_at_once(cli, data_dir, tmp_path):
    data_dir.mkdir()
    os.mkfifo(data_dir / "agenda.json")
    for args in (["agenda"], ["star", "poby"], ["conflicts"]):
        run = cli(*args)  # a blocking open would hang here until the 60 s timeout
        assert run.returncode == 2 and "named pipe" in run.stderr, run.stderr
    assert stat.S_ISFIFO(os.lstat(data_dir / "agenda.json").st_mode)


def test_a_link_to_a_fifo_is_refused_too(cli, tmp_path):
    os.mkfifo(tmp_path / "pipe")
    local = tmp_path / "local"
    local.mkdir()
    (local / "agenda.json").symlink_to(tmp_path / "pipe")
    run = cli("star", "poby", env={"ATC_PLANNER_DATA_DIR": str(local)})
    assert run.returncode == 2 and "named pipe" in run.stderr


def test_a_device_agenda_is_refused(tmp_path):
    link = tmp_path / "agenda.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(AgendaError, match="character device"):
        AgendaStore(link).load()


# --- 10. permissions ------------------------------------------------------------------------


def test_a_new_agenda_is_private_and_a_replaced_one_keeps_its_mode(tmp_path):
    path = tmp_path / "agenda.json"
    store = AgendaStore(path)
    store.update(star_all(["poby"]))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o664)
    store.update(star_all(["rex"]))
    assert stat.S_IMODE(path.stat().st_mode) == 0o664
    assert store.load().agenda.starred == {"poby", "rex"}


def test_export_keeps_the_mode_of_the_calendar_it_replaces(cli, tmp_path):
    ics = tmp_path / "a.ics"
    ics.write_text("old")
    ics.chmod(0o600)
    cli("note", "poby", "private")
    assert cli("export", "-o", str(ics)).returncode == 0
    assert stat.S_IMODE(ics.stat().st_mode) == 0o600
    assert "Note: private" in ics.read_text().replace("\n ", "")


def test_a_data_dir_that_is_a_file_is_one_line(cli, tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    run = cli("star", "poby", env={"ATC_PLANNER_DATA_DIR": str(f)})
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


def test_saved_agenda_round_trips(tmp_path):
    path = tmp_path / "agenda.json"
    path.write_text(dumps(Agenda().star("poby")))
    assert AgendaStore(path).load().agenda.starred == {"poby"}
