"""A FOSDEM-size published schedule: loading it, its first paint, and a cursor move.

    python bench/fosdem.py          (after the README's test set-up)

The schedule is generated (2 days, 35 rooms, 800 talks of 5 to 90 minutes that do not line
up, some past midnight, HTML abstracts), written as frab XML, and measured:

1. Load: reading, parsing and checking the XML (best of N, in this process), and the same
   program from the remembered own-schema copy that later starts use.
2. First paint: a fresh interpreter until the first frame with the busiest day's grid in it
   (Textual's Ready event), best of N; ATC '25's grid measured the same way in the same run is
   the baseline. Target: at most 1.5x.
3. Cursor move, median over the busiest day next to ATC's grid: the grid's own work (the move
   and drawing every line on screen again; target under 16 ms), and for scale a key press
   through Textual's pilot until the screen has redrawn (that includes the pilot's own waits,
   so it is far above what a terminal shows).
Targets: load under 150 ms; first paint at most 1.5x ATC's; a cursor move under 16 ms.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

RUNS = 7
DAYS, ROOMS, TALKS = 2, 35, 800


def generate(days: int = DAYS, rooms: int = ROOMS, talks: int = TALKS, seed: int = 25) -> str:
    """frab XML: talks spread over rooms and days, of varied length, back to back with gaps."""
    rng = random.Random(seed)
    first = date(2025, 2, 1)
    per_room_day = [talks // (days * rooms)] * (days * rooms)
    for i in range(talks - sum(per_room_day)):
        per_room_day[i] += 1
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<schedule><version>bench</version>'
           "<conference><acronym>fosdem-bench</acronym><title>FOSDEM-size bench</title>"
           "<day_change>04:00</day_change><time_zone_name>Europe/Brussels</time_zone_name>"
           "</conference>"]
    ident = 1000
    for d in range(days):
        day = first + timedelta(days=d)
        nxt = day + timedelta(days=1)
        out.append(f'<day index="{d + 1}" date="{day}" start="{day}T04:00:00+01:00" '
                   f'end="{nxt}T03:59:00+01:00">')
        for r in range(rooms):
            out.append(f'<room name="Room {r + 1:02d}">')
            # Busier first day; one room runs past midnight.
            t = datetime(day.year, day.month, day.day, 9 + (r % 3), 5 * rng.randrange(0, 6))
            if r == 0:
                t = datetime(day.year, day.month, day.day, 18, 0)
            for _ in range(per_room_day[d * rooms + r]):
                minutes = rng.choice((5, 10, 15, 20, 25, 30, 40, 50, 55, 90))
                title = escape(f"Talk {ident}: {rng.choice(WORDS)} {rng.choice(WORDS)} "
                               f"for {rng.choice(WORDS)}")
                out.append(
                    f'<event guid="00000000-0000-4000-8000-{ident:012d}" id="{ident}">'
                    f"<date>{t.isoformat()}+01:00</date><start>{t:%H:%M}</start>"
                    f"<duration>{minutes // 60:02d}:{minutes % 60:02d}</duration>"
                    f"<room>Room {r + 1:02d}</room><title>{title}</title>"
                    f"<track>Track {r % 12}</track><type>devroom</type><language>en</language>"
                    f"<abstract>{escape('<p>Abstract of the talk, <b>with</b> HTML.</p>')}"
                    f"</abstract><persons><person id=\"{ident}\">Speaker {ident}</person>"
                    "</persons></event>")
                ident += 1
                t += timedelta(minutes=minutes + rng.choice((0, 0, 5, 5, 10, 30)))
            out.append("</room>")
        out.append("</day>")
    out.append("</schedule>\n")
    return "".join(out)


WORDS = ["Rust", "kernels", "Postgres", "WebAssembly", "Nix", "observability", "Go", "LLVM",
         "Python", "embedded", "security", "containers", "OpenStreetMap", "RISC-V", "GNOME"]


def best_ms(fn, runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


PAINT = """
import time; t0 = time.perf_counter()
import sys, tempfile
from pathlib import Path
from planner.agenda import AgendaStore
from planner.program import load_program
from planner.tui.app import PlannerApp

class Probe(PlannerApp):
    def on_ready(self):  # Textual: "the DOM is ready and the first frame has been displayed"
        grid = self.screen.query_one("#grid")
        assert grid.region.height > 20 and grid.cursor, "the grid must be in that first frame"
        self.exit(round((time.perf_counter() - t0) * 1000, 1))

path = sys.argv[1] if len(sys.argv) > 1 else None
program = load_program(path)
store = AgendaStore(Path(tempfile.mkdtemp()) / "agenda.json")
print(Probe(program, store, watch_seconds=0).run(headless=True, size=(120, 40)))
"""


def first_paint_ms(*args: str) -> float:
    times = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", PAINT, *args], capture_output=True,
                             text=True, check=True, timeout=120).stdout
        times.append(float(out.split()[-1]))
    return min(times)


KEYS = [("down", (0, 1))] * 10 + [("right", (1, 0))] * 5 + [("up", (0, -1))] * 5 + [
    ("left", (-1, 0))] * 5


async def move_ms(program_path: str | None) -> tuple[float, float]:
    """Median ms per cursor move: (the key through Textual until the screen is redrawn,
    the grid's own work: the move and drawing every line on screen again)."""
    from planner.agenda import AgendaStore
    from planner.program import load_program
    from planner.tui.app import PlannerApp
    from planner.tui.time_grid import TimeGrid

    program = load_program(program_path)
    app = PlannerApp(program, AgendaStore(Path(tempfile.mkdtemp()) / "agenda.json"),
                     watch_seconds=0)
    keyed, direct = [], []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        grid = app.screen.query_one("#grid")
        for i in range(60):
            key, (dx, dy) = KEYS[i % len(KEYS)]
            before = grid.cursor
            t0 = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()  # the message queue drained and the screen refreshed
            if grid.cursor != before:  # at an edge a press is a no-op: not a move
                keyed.append((time.perf_counter() - t0) * 1000)
            before = grid.cursor
            t0 = time.perf_counter()
            grid.action_move(dx, dy)
            if isinstance(grid, TimeGrid):
                for y in range(grid.scrollable_content_region.height):
                    grid.render_line(y)
            else:
                grid.render()
            if grid.cursor != before:
                direct.append((time.perf_counter() - t0) * 1000)
            await pilot.pause()
    return statistics.median(keyed), statistics.median(direct)


def main() -> None:
    from planner.formats import load_program
    from planner.formats.own import dumps

    work = Path(tempfile.mkdtemp())
    xml = work / "fosdem.xml"
    xml.write_text(generate(), encoding="utf-8")
    program = load_program(xml)
    own = work / "fosdem.json"
    own.write_text(dumps(program), encoding="utf-8")
    busiest = max(program.days, key=lambda d: sum(len(s.papers) for s in d.sessions))
    talks = sum(len(s.papers) for s in busiest.sessions)

    load_xml = best_ms(lambda: load_program(xml))
    load_own = best_ms(lambda: load_program(own))
    from planner.program import shipped_program_path

    load_atc = best_ms(lambda: load_program(shipped_program_path()))
    paint_atc = first_paint_ms()
    paint_fosdem = first_paint_ms(str(own))
    move_atc, work_atc = asyncio.run(move_ms(None))
    move_fosdem, work_fosdem = asyncio.run(move_ms(str(own)))

    print(f"FOSDEM-size schedule: {len(program.days)} days, {len(program.conference.tracks)} "
          f"rooms, {len(program.papers)} talks; busiest day {busiest.date} with {talks} talks; "
          f"{xml.stat().st_size / 1024:.0f} KB of XML")
    print()
    rows = [
        ("load frab XML (parse, convert, check)", load_xml, load_atc, "< 150 ms"),
        ("load the remembered own-schema copy", load_own, load_atc, "< 150 ms"),
        ("first paint, busiest day, 120x40", paint_fosdem, paint_atc, "<= 1.5x ATC"),
        ("cursor move: the grid's work (median)", work_fosdem, work_atc, "< 16 ms"),
        ("cursor move: key to redrawn screen", move_fosdem, move_atc, "(pilot)"),
    ]
    print(f"| {'measure':<40} | {'FOSDEM':>9} | {'ATC 25':>9} | {'ratio':>6} | target      |")
    print(f"| {'-' * 40} | {'-' * 9} | {'-' * 9} | {'-' * 6} | ----------- |")
    for name, value, base, target in rows:
        print(f"| {name:<40} | {value:>6.1f} ms | {base:>6.1f} ms | {value / base:>5.2f}x "
              f"| {target:<11} |")
    print()
    print(json.dumps({"load_xml_ms": round(load_xml, 1), "load_own_ms": round(load_own, 1),
                      "first_paint_ms": paint_fosdem, "first_paint_atc_ms": paint_atc,
                      "move_work_ms": round(work_fosdem, 2), "move_work_atc_ms": round(work_atc, 2),
                      "move_key_ms": round(move_fosdem, 2), "move_key_atc_ms": round(move_atc, 2)}))


if __name__ == "__main__":
    main()
