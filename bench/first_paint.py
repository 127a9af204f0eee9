"""Start-up and key-press latency of the planner, next to a minimal Textual app in the same run.

    python bench/first_paint.py          (after the README's test set-up)

1. Cold start: a fresh interpreter until the first frame, with the grid in it, is displayed
   (Textual's Ready event; the probe checks the talks have a place on screen), best of N runs.
   The baseline is a minimal app (Header, a Static, Footer) measured the same way. Target: 1.5x.
2. Star latency: from pressing space on a talk to the screen having redrawn with the star,
   in a headless app; the baseline is a key that updates one Static in the minimal app.
Also the plain commands, for scale: `atc-planner --version` and `export`.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 9

PLANNER = """
import time; t0 = time.perf_counter()
import tempfile
from pathlib import Path
from planner.agenda import AgendaStore
from planner.program import load_program
from planner.tui.app import PlannerApp
from planner.tui.widgets import DayGrid

class Probe(PlannerApp):
    def on_ready(self):  # Textual: "the DOM is ready and the first frame has been displayed"
        grid = self.screen.query_one(DayGrid)
        assert grid.region.height > 20 and grid.cursor, "the grid must be in that first frame"
        self.exit(round((time.perf_counter() - t0) * 1000, 1))

store = AgendaStore(Path(tempfile.mkdtemp()) / "agenda.json")
print(Probe(load_program(), store, watch_seconds=0).run(headless=True, size=(120, 40)))
"""

MINIMAL = """
import time; t0 = time.perf_counter()
from textual.app import App
from textual.widgets import Footer, Header, Static

class Minimal(App):
    def compose(self):
        yield Header()
        yield Static("Hello")
        yield Footer()
    def on_ready(self):
        self.exit(round((time.perf_counter() - t0) * 1000, 1))

print(Minimal().run(headless=True, size=(120, 40)))
"""


def cold_ms(code: str) -> list[float]:
    times = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, timeout=60).stdout
        times.append(float(out.split()[-1]))
    return times


def command_ms(*args: str) -> float:
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": tempfile.mkdtemp()}
    best = float("inf")
    for _ in range(RUNS):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "planner", *args], env=env, check=True,
                       capture_output=True, timeout=60)
        best = min(best, time.perf_counter() - t0)
    return best * 1000


async def star_latency() -> tuple[list[float], list[float]]:
    from pathlib import Path

    from textual.app import App
    from textual.widgets import Static

    from planner.agenda import AgendaStore
    from planner.program import load_program
    from planner.tui.app import PlannerApp
    from planner.tui.widgets import DayGrid

    app = PlannerApp(load_program(), AgendaStore(Path(tempfile.mkdtemp()) / "agenda.json"),
                     watch_seconds=0)
    planner = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        grid = app.screen.query_one(DayGrid)
        for _ in range(30):
            before = grid.marks("fast-acs").starred
            t0 = time.perf_counter()
            await pilot.press("space")
            await pilot.pause()  # the message queue drained and the screen refreshed
            planner.append((time.perf_counter() - t0) * 1000)
            assert grid.marks("fast-acs").starred != before

    class Minimal(App[None]):
        BINDINGS = [("space", "flip", "Flip")]
        flipped = False

        def compose(self):
            yield Static("off", id="s")

        def action_flip(self) -> None:
            self.flipped = not self.flipped
            self.query_one("#s", Static).update("on" if self.flipped else "off")

    minimal = []
    mini = Minimal()
    async with mini.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        for _ in range(30):
            t0 = time.perf_counter()
            await pilot.press("space")
            await pilot.pause()
            minimal.append((time.perf_counter() - t0) * 1000)
    return planner, minimal


def main() -> None:
    planner, minimal = cold_ms(PLANNER), cold_ms(MINIMAL)
    print(f"{'measure':<40} {'planner':>10} {'baseline':>10} {'ratio':>7}")
    p, m = min(planner), min(minimal)
    print(f"{'cold start to painted grid, best ms':<40} {p:>10.0f} {m:>10.0f} {p / m:>6.2f}x")
    p, m = statistics.median(planner), statistics.median(minimal)
    print(f"{'cold start to painted grid, median ms':<40} {p:>10.0f} {m:>10.0f} {p / m:>6.2f}x")
    star, flip = asyncio.run(star_latency())
    p, m = statistics.median(star), statistics.median(flip)
    print(f"{'space to star on screen, median ms':<40} {p:>10.1f} {m:>10.1f} {p / m:>6.2f}x")
    version, export = command_ms("--version"), command_ms("export", "-o", os.devnull)
    print(f"{'atc-planner --version, best ms':<40} {version:>10.0f}")
    print(f"{'atc-planner export, best ms':<40} {export:>10.0f}")


if __name__ == "__main__":
    main()
