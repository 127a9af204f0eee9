"""The TUI's background CalDAV sync and the state it shows in the header.

When sync is set up (sync.toml beside the agenda), every saved change asks for a sync. One
thread worker does them one at a time: a burst of changes waits a moment and becomes one
sync, and a change made during a sync gets one more afterwards. The agenda file is the truth:
each sync reads it, so a sync that failed is caught up by the next one (tried again every
RETRY_S while the server is away). The thread only posts messages; the UI thread shows them.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.tui.app import PlannerApp

COALESCE_S = 0.4  # changes less than this apart are one burst, and one sync
MAX_WAIT_S = 3.0  # but a long burst still syncs this often
RETRY_S = 30.0  # while offline or failing, try again this often
TIMEOUT_S = 10  # per request: quitting waits for at most one


class SyncState(Message):
    """Posted by the sync thread: "syncing", "synced", "offline", "failed" or "not installed"."""

    def __init__(self, state: str, detail: str = "") -> None:
        super().__init__()
        self.state = state
        self.detail = detail


class BackgroundSync:
    def __init__(self, app: PlannerApp, path: Path) -> None:
        self.app = app
        self.path = path
        self.state = "waiting"
        self.last_success: datetime | None = None
        self.last_error = ""
        self.runs = 0  # syncs started, for tests of the coalescing
        self.coalesce_s = COALESCE_S
        self._base_title = app.title
        self._wake = threading.Event()
        self._stopped = False

    @classmethod
    def start(cls, app: PlannerApp) -> BackgroundSync | None:
        """Start syncing in the background if sync is set up; None if it is not."""
        from planner.sync_config import config_path  # a stat here; the rest loads on a thread

        path = config_path(app.store.path)
        if not path.exists():
            return None
        syncer = cls(app, path)
        app.run_worker(syncer._loop, name="caldav-sync", group="sync", thread=True,
                       exit_on_error=False)
        syncer.request()  # catch up with whatever changed while the planner was closed
        return syncer

    def request(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    # --- the thread ---

    def _running(self) -> bool:
        return not self._stopped and self.app.is_running

    def _loop(self) -> None:
        retry_at: float | None = None
        while self._running():
            woke = self._wake.wait(0.25)
            due = retry_at is not None and time.monotonic() >= retry_at
            if not (woke or due):
                continue
            self._quiet()
            if not self._running():
                return
            self.runs += 1
            self.app.post_message(SyncState("syncing"))
            try:
                detail = self._sync_once()
            except PlannerError as err:
                from planner.sync import NotInstalled, Unreachable

                state = ("offline" if isinstance(err, Unreachable) else
                         "not installed" if isinstance(err, NotInstalled) else "failed")
                self.app.post_message(SyncState(state, str(err)))
                retry_at = time.monotonic() + RETRY_S
            else:
                self.app.post_message(SyncState("synced", detail))
                retry_at = None

    def _quiet(self) -> None:
        """Wait until the changes stop coming (or MAX_WAIT_S passed): one sync per burst."""
        give_up = time.monotonic() + MAX_WAIT_S
        while True:
            self._wake.clear()
            if not self._wake.wait(self.coalesce_s) or time.monotonic() >= give_up:
                self._wake.clear()
                return

    def _sync_once(self) -> str:
        from planner.sync import chosen, require_caldav, summary, sync
        from planner.sync_config import SyncError, load_config, password

        require_caldav()  # before the password: installing the extra is what to do first
        config = load_config(self.path)
        if config is None:
            raise SyncError(f"the sync settings {self.path} are gone")
        loaded = self.app.store.load()  # the file, not the screen: the file is the truth
        program = self.app.source_program
        agenda = chosen(program, loaded.agenda, config, self.app.store.path)
        report = sync(program, agenda, config, password(config), timeout=TIMEOUT_S,
                      cancelled=lambda: not self._running())
        return summary(report)

    # --- the UI thread ---

    def show(self, message: SyncState) -> None:
        """Put the state in the header's title; a new failure is also a notification."""
        self.state = message.state
        if message.state == "synced":
            self.last_success = datetime.now().astimezone()
            if self.last_error:
                self.app.notify(message.detail, title="Calendar synced again", markup=False)
            self.last_error = ""
        elif message.state in ("offline", "failed", "not installed"):
            if message.detail != self.last_error:  # once per new problem, not every retry
                self.app.notify(message.detail, title="Calendar not synced",
                                severity="warning" if message.state == "offline" else "error",
                                markup=False, timeout=10)
            self.last_error = message.detail
        # In the title, before the conference: on a narrow screen the location is cut, not this.
        self.app.title = f"{self._base_title} · {self.label}"

    @property
    def label(self) -> str:
        last = f"{self.last_success:%H:%M}" if self.last_success else None
        if self.state == "syncing":
            return "syncing…"
        if self.state == "synced":
            return f"synced {last}"
        if self.state == "not installed":
            return "sync not installed"
        if self.state in ("offline", "failed"):
            word = "offline" if self.state == "offline" else "sync failed"
            return f"{word}, last synced {last}" if last else f"{word}, never synced"
        return "sync waiting"
