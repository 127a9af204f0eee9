"""The planner when the agenda file misbehaves: errors are seen, nothing hangs, nothing is lost."""

from __future__ import annotations

import json
import os
import shutil

from planner.tui.unsaved import UnsavedScreen
from tests.tui.helpers import make_app, on_disk, settle


def record_notifications(app) -> list[str]:
    seen: list[str] = []
    original = app.notify

    def notify(message, **kw):
        seen.append(message)
        original(message, **kw)

    app.notify = notify
    return seen


def agenda_path(tmp_path):
    return tmp_path / "agenda" / "agenda.json"


async def test_a_weird_agenda_never_kills_the_writer(tmp_path):
    path = agenda_path(tmp_path)
    path.parent.mkdir()
    path.write_text('{"format": "atc-planner-agenda", "version": 1, "n": ' + "9" * 5000 + "}")
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(app) == {"fast-acs": ""}
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code == 0


async def test_a_link_to_nothing_opens_read_only_and_says_why(tmp_path):
    path = agenda_path(tmp_path)
    path.parent.mkdir()
    path.symlink_to(tmp_path / "not-mounted" / "agenda.json")
    app = make_app(tmp_path)
    seen = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.read_only and "does not exist" in app.read_only_reason
        assert any("does not exist" in m and "read-only" in m for m in seen)
        await pilot.press("space")
        await settle(pilot)
        assert app.agenda.starred == set()
        assert path.is_symlink() and sorted(p.name for p in path.parent.iterdir()) == ["agenda.json"]


async def test_a_fifo_agenda_does_not_hang_the_planner(tmp_path):
    path = agenda_path(tmp_path)
    path.parent.mkdir()
    os.mkfifo(path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.read_only and "named pipe" in app.read_only_reason


async def test_a_data_dir_that_is_a_file_gives_one_message_not_a_storm(tmp_path):
    blocker = tmp_path / "agenda"
    blocker.write_text("a file, not a folder")
    app = make_app(tmp_path, watch_seconds=0.02)
    seen = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.pause(1.0)
        await settle(pilot)
        assert len(seen) == 1 and app.read_only, seen


async def test_a_failed_save_stays_shown_and_quitting_offers_a_retry(tmp_path):
    app = make_app(tmp_path, starred={})
    path = agenda_path(tmp_path)
    seen = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        path.unlink()
        path.mkdir()  # the next save cannot replace a directory
        await pilot.press("space")
        await settle(pilot)
        assert "fast-acs" in app.agenda.starred and app.unsaved == 1
        assert any("not saved" in m or "is a directory" in m for m in seen)
        assert any(n.timeout > 3600 for n in app._notifications)  # stays until dismissed
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, UnsavedScreen)
        shutil.rmtree(path)  # the user fixes it
        await pilot.press("r")
        await settle(pilot)
        await pilot.pause(0.3)
    assert app.return_code == 0
    assert json.loads(path.read_text())["starred"].keys() == {"fast-acs"}


async def test_quitting_without_saving_exits_non_zero_and_says_so(tmp_path):
    app = make_app(tmp_path, starred={})
    path = agenda_path(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        path.unlink()
        path.mkdir()
        await pilot.press("space")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("escape")  # stay: the change is still there
        await settle(pilot)
        assert not isinstance(app.screen, UnsavedScreen) and app.unsaved == 1
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("y")
        await pilot.pause(0.3)
    assert app.return_code == 1
