"""Shared by pilot and snapshot tests."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from textual.pilot import Pilot
from textual.widgets import TextArea

from planner.agenda import AgendaStore
from planner.program import load_program
from planner.tui.app import PlannerApp

BEFORE_CONFERENCE = datetime(2025, 6, 1, 12, 0, tzinfo=ZoneInfo("America/New_York"))
PROGRAM = load_program()


def make_app(tmp_path: Path, starred: dict[str, str] | None = None, **kw) -> PlannerApp:
    """The shipped program, an agenda under tmp_path (optionally pre-filled: id -> note)."""
    path = tmp_path / "agenda" / "agenda.json"
    if starred is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"format": "atc-planner-agenda", "version": 1, "starred": {
            pid: {"starred_at": "2025-06-01T12:00:00+00:00", "note": note}
            for pid, note in starred.items()}}))
    kw.setdefault("clock", lambda: BEFORE_CONFERENCE)
    kw.setdefault("watch_seconds", 0)
    kw.setdefault("export_path", tmp_path / "out.ics")
    app = PlannerApp(kw.pop("program", PROGRAM), AgendaStore(path), **kw)
    app.animation_level = "none"
    return app


async def settle(pilot: Pilot) -> None:
    """Wait until saves, loads and exports are done and their messages handled."""
    app = pilot.app
    for _ in range(500):
        await pilot.pause()
        if not app.busy:
            break
        await asyncio.sleep(0.01)
    for area in app.screen.query(TextArea):
        area.cursor_blink = False
    await pilot.pause()


def on_disk(app: PlannerApp) -> dict[str, str]:
    """What the agenda file holds: id -> note."""
    return {k: e.note for k, e in app.store.load().agenda.entries.items()}
