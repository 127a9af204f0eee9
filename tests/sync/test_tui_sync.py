"""The planner syncs each saved change in the background, and says how it went in the header."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.agenda import Agenda
from planner.ics import paper_uid
from planner.sync import sync
from planner.sync_config import SyncConfig, save_config
from planner.tui.widgets import DayGrid
from tests.caldav_server import PASSWORD, Proxy, free_port
from tests.sync.test_caldav_sync import read_back, uids
from tests.tui.helpers import PROGRAM, make_app, on_disk, settle


@pytest.fixture
def password_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATC_PLANNER_CALDAV_PASSWORD", PASSWORD)


def set_up(tmp_path: Path, config: SyncConfig, *, make_calendar: bool = True) -> None:
    """What `atc-planner sync --create-calendar` leaves behind: the calendar and sync.toml."""
    if make_calendar:
        sync(PROGRAM, Agenda(), config, PASSWORD, create_calendar=True)
    save_config(tmp_path / "agenda" / "sync.toml", config)


async def until(pilot, condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause()
        await asyncio.sleep(0.05)


def cursor(app) -> str | None:
    return app.focused.cursor if isinstance(app.focused, DayGrid) else None


async def test_each_saved_change_reaches_the_calendar(tmp_path, config, password_env):
    set_up(tmp_path, config)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await until(pilot, lambda: app.syncer.state == "synced")
        assert " · synced " in app.title
        await pilot.press("space")  # the cursor starts on fast-acs
        await settle(pilot)
        await until(pilot, lambda: set(read_back(config)) == uids("fast-acs"))
        await until(pilot, lambda: app.syncer.state == "synced")
        await pilot.press("space")
        await settle(pilot)
        await until(pilot, lambda: read_back(config) == {})
        assert on_disk(app) == {}
        assert not app._notifications  # nothing went wrong, nothing to say


async def test_without_sync_settings_nothing_syncs(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.syncer is None and app.title == "atc-planner"


async def test_offline_is_shown_and_the_next_sync_catches_up(tmp_path, own_server,
                                                            password_env):
    server, proxy = own_server
    config = SyncConfig(proxy.url, "ada", "ATC")
    set_up(tmp_path, config)
    server.stop()
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("space")  # saved on disk while the server is away
        await settle(pilot)
        await until(pilot, lambda: app.syncer.state == "offline")
        assert on_disk(app) == {"fast-acs": ""}
        assert "offline, last synced" in app.title or "offline, never synced" in \
            app.title
        [note] = app._notifications
        assert note.message.startswith(f"cannot reach the CalDAV server at {proxy.url}")

        server.start()
        await pilot.press("down", "space")  # the next change syncs both
        await settle(pilot)
        # A retry already under way may report "synced" with the first star alone; the sync
        # that follows the second change must bring the calendar to both.
        second = cursor(app)
        await until(pilot, lambda: set(read_back(config)) == uids("fast-acs", second))
        await until(pilot, lambda: app.syncer.state == "synced")
        assert set(read_back(config)) == uids("fast-acs", second)
        assert " · synced " in app.title
        assert any(n.title == "Calendar synced again" for n in app._notifications)


async def test_a_wrong_password_is_a_notification_not_a_crash(tmp_path, config, monkeypatch):
    set_up(tmp_path, config)
    monkeypatch.setenv("ATC_PLANNER_CALDAV_PASSWORD", "wrong")
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await until(pilot, lambda: app.syncer.state == "failed")
        assert "sync failed, never synced" in app.title
        assert any("refused the login" in n.message for n in app._notifications)
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(app) == {"fast-acs": ""}  # the agenda is saved all the same


async def test_a_burst_of_changes_is_one_sync(tmp_path, config, password_env, proxy: Proxy):
    set_up(tmp_path, config)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await until(pilot, lambda: app.syncer.state == "synced")
        runs = app.syncer.runs
        app.syncer.coalesce_s = 1.0  # wider than the pilot's key spacing on a busy machine
        starred = []
        for _ in range(5):
            starred.append(cursor(app))
            await pilot.press("space", "down")
        await settle(pilot)
        await until(pilot, lambda: set(read_back(config)) == uids(*starred))
        await until(pilot, lambda: app.syncer.state == "synced")
        assert app.syncer.runs - runs <= 2  # five saves: one sync, two if the machine crawls


async def test_keys_stay_fast_while_a_slow_sync_runs(tmp_path, config, password_env,
                                                     proxy: Proxy):
    set_up(tmp_path, config)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await until(pilot, lambda: app.syncer.state == "synced")
        proxy.delay = 0.6  # every answer from the server now takes 0.6 s
        await pilot.press("space")
        await until(pilot, lambda: app.syncer.state == "syncing")
        # A key is handled when the cursor moves: time from pressing to that moment (the
        # pilot's own wait for the screen to settle afterwards is not the app's latency).
        moved: list[float] = []
        grid = app.screen.query_one(DayGrid)
        app.watch(grid, "cursor", lambda _: moved.append(time.perf_counter()), init=False)
        seconds = []
        for key in ["down", "up"] * 4:
            start = time.perf_counter()
            await pilot.press(key)
            assert len(moved) == len(seconds) + 1  # the key was handled, not just queued
            seconds.append(moved[-1] - start)
        assert app.syncer.state == "syncing"  # the sync ran all along
        assert statistics.median(seconds) < 0.1, seconds
        proxy.delay = 0
        await until(pilot, lambda: app.syncer.state == "synced")
        assert set(read_back(config)) == {paper_uid(PROGRAM, "fast-acs")}


def test_an_unreachable_server_never_blocks_quitting(tmp_path, monkeypatch):
    # Nothing listens on the port: the sync fails at once and the app still quits cleanly.
    monkeypatch.setenv("ATC_PLANNER_CALDAV_PASSWORD", PASSWORD)
    set_up(tmp_path, SyncConfig(f"http://127.0.0.1:{free_port()}/", "ada", "ATC"),
           make_calendar=False)

    async def run() -> None:
        app = make_app(tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: app.syncer.state == "offline")
            await pilot.press("q")

    start = time.monotonic()
    asyncio.run(run())
    assert time.monotonic() - start < 20
