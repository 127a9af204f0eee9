"""Planner apps on published schedules the tests write themselves."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.formats import document
from planner.program import Program, parse_program
from tests.schedule_files import FRAB, twelve_rooms
from tests.tui.helpers import make_app

BEFORE = datetime(2025, 1, 1, 12, 0, tzinfo=ZoneInfo("Europe/Brussels"))
TWELVE = parse_program(document(twelve_rooms().encode()))
MINI = parse_program(document(FRAB.encode()))


def schedule_app(tmp_path: Path, program: Program = TWELVE,
                 starred: dict[str, str] | None = None, **kw):
    kw.setdefault("clock", lambda: BEFORE)
    return make_app(tmp_path, starred, program=program, program_key=program.conference.id, **kw)


def talk(program: Program, title: str) -> str:
    return next(p.id for p in program.papers.values() if p.title == title)
