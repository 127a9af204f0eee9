"""How the planner grows with the program: 100, 1,000 and 10,000 papers, every paper starred.

    .venv/bin/python bench/scale.py             (after the README's test set-up)
    .venv/bin/python bench/scale.py --sizes 100 1000    (quicker)
    .venv/bin/python bench/scale.py --no-tui --only export star    (some command rows only)

Each figure is the median of a few runs (fewer when one run takes long), in this process, in CPU
milliseconds (time.process_time): the machine is shared, and wall-clock times moved 10x with the
load of other processes while CPU time stayed put. On an idle machine they agree. Timed: loading
the program, the commands `agenda --json`, `conflicts --json`, `export` (in each --format),
`plan`, `gaps`, `now` and `star` of every id at once (each one as `atc-planner` runs it: program
loaded, agenda read, output written to /dev/null), and in a headless TUI at 120x40 opening the
agenda screen and one star key on the grid (a key to the frame that shows it; the saves and
plans the keys before it started run meanwhile, on threads, and count), and ten star keys in a
row with everything they cause, until the last save and plan are done, per key; and the key on
a talk whose line under the grid keeps its height (no new layout of the screen). Then the growth
from 1k to 10k: n log n predicts about 13x, so a figure above 15x is flagged. Last, the memory
of the TUI with the largest program and its agenda open (a fresh process, peak resident set
size).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from synthetic import paper_ids, program_doc, write_agenda, write_program
from tui_timing import key_ms

from planner.cli import main as cli_main
from planner.program import load_program

FLAG_GROWTH = 15.0
BUDGET_S = 6.0  # per figure: as many runs (up to 5) as fit, at least one


def median_ms(fn: Callable[[], object], budget_s: float = BUDGET_S) -> float:
    times: list[float] = []
    started = time.process_time()
    while len(times) < 5 and (not times or time.process_time() - started < budget_s):
        t0 = time.process_time()
        fn()
        times.append((time.process_time() - t0) * 1000)
    return statistics.median(times)


def run_command(argv: list[str], data_dir: Path) -> None:
    """One `atc-planner` command in this process, output thrown away, like a script's call."""
    os.environ["ATC_PLANNER_DATA_DIR"] = str(data_dir)
    with open(os.devnull, "w") as null, contextlib.redirect_stdout(null), \
            contextlib.redirect_stderr(null):
        code = cli_main(argv)
    assert code in (0, 1), f"{argv[:4]} exited {code}"


def command_rows(at: str) -> list[tuple[str, list[str]]]:
    """(row name, arguments) of each command timed: every one that reads the whole agenda."""
    return [
        ("agenda --json", ["agenda", "--json"]),
        ("agenda", ["agenda"]),
        ("conflicts --json", ["conflicts", "--json"]),
        ("conflicts", ["conflicts"]),
        ("export", ["export", "-o", os.devnull]),
        *[(f"export --format {f}", ["export", "--format", f, "-o", os.devnull])
          for f in ("bibtex", "markdown", "csv")],
        ("plan", ["plan"]),
        ("gaps", ["gaps"]),
        ("now", ["now", "--at", at]),
    ]


def star_all_ms(program_file: Path, ids: list[str]) -> float:
    with tempfile.TemporaryDirectory() as d:
        data = Path(d)
        # The program remembered first, as every other row has it: a new data directory per
        # run had each one store the 10,000-talk program again (0.6 s, once per program file).
        run_command(["--program", str(program_file), "programs"], data)

        def once() -> None:
            for old in data.glob("agenda*"):  # an empty agenda every time
                old.unlink()
            run_command(["--program", str(program_file), "star", *ids], data)
        return median_ms(once)


async def tui_ms(program_file: Path, data_dir: Path) -> tuple[float, float, float, float]:
    """(open the agenda screen, one star key on the grid) in a headless app, median ms; the
    CPU of ten star keys in a row with all they cause (saves, plans), per key; and the star
    key on a talk whose line under the grid keeps its height (NaN if none is found)."""
    from planner.agenda import AgendaStore
    from planner.tui.app import PlannerApp

    app = PlannerApp(load_program(program_file), AgendaStore(data_dir / "agenda.json"),
                     watch_seconds=0)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):  # the agenda file is read in a worker
            await pilot.pause(0.05)
            if app.agenda.entries:
                break
        assert app.agenda.entries, "the agenda did not load"
        opens: list[float] = []
        while len(opens) < 3 and sum(opens) < BUDGET_S * 1000:
            opens.append(await key_ms(pilot, "a", lambda: type(app.screen).__name__ ==
                                      "AgendaScreen"))
            await key_ms(pilot, "escape", lambda: type(app.screen).__name__ != "AgendaScreen")

        def working() -> bool:  # a save queued or running, a plan asked for or running
            return app.busy or app._plan_asked

        while working():
            await pilot.pause(0.05)
        stars = []
        started = time.process_time()
        for _ in range(10):
            before = app.agenda
            stars.append(await key_ms(pilot, "space"))
            assert app.agenda != before, "the star key changed nothing"
        # Each key's save and plan run on threads once its frame is drawn, so they share the
        # CPU with the next key (counted in its figure); the last key's are counted here.
        while working():
            await pilot.pause(0.01)
        in_a_row = (time.process_time() - started) * 1000 / len(stars)
        # The first talk's line under the grid wrapped once a star added its marks (at 120
        # columns, in these programs), and every key above laid the screen out again; the
        # line now keeps room for them. The same key on the first talk further down whose
        # line keeps its height: what a star costs without that (NaN: none kept it).
        steady = math.nan
        line = app.screen.query_one("#focus-line")
        for _ in range(10):
            await key_ms(pilot, "down")
            heights = set()
            for _ in range(2):  # star and unstar: the talk as it was
                await key_ms(pilot, "space")
                heights.add(line.size.height)
            if len(heights) == 1:
                while working():
                    await pilot.pause(0.05)
                steady = statistics.median([await key_ms(pilot, "space") for _ in range(10)])
                break
        while working():
            await pilot.pause(0.05)
    return statistics.median(opens), statistics.median(stars), in_a_row, steady


MEMORY_PROBE = """
import resource, sys
from pathlib import Path
from planner.agenda import AgendaStore
from planner.program import load_program
from planner.tui.app import PlannerApp

class Probe(PlannerApp):
    def on_ready(self):
        self.set_timer(0.5, self.open_agenda)
    def open_agenda(self):
        self.action_agenda()
        self.set_timer(1.0, self.done)
    def done(self):
        self.exit(peak_mb())

def peak_mb():
    # VmHWM, not ru_maxrss: on Linux a child keeps the ru_maxrss of the process that forked
    # it (this benchmark, after 10,000-paper runs), so ru_maxrss said 950 MB for a 115 MB app.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

program, agenda = sys.argv[1], sys.argv[2]
print(Probe(load_program(program), AgendaStore(agenda), watch_seconds=0).run(
    headless=True, size=(120, 40)))
"""


def tui_memory_mb(program_file: Path, data_dir: Path) -> int:
    out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(program_file),
                          str(data_dir / "agenda.json")],
                         capture_output=True, text=True, check=True, timeout=600).stdout
    return int(out.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000])
    parser.add_argument("--no-tui", action="store_true", help="skip the TUI figures")
    parser.add_argument("--only", nargs="+", metavar="WORD", default=[],
                        help="only the rows whose name holds one of these words, e.g. "
                             "--only export star (the commands alone: --no-tui)")
    args = parser.parse_args()

    def wanted(row: str) -> bool:
        return not args.only or any(w.lower() in row.lower() for w in args.only)

    sizes: list[int] = args.sizes
    work = Path(tempfile.mkdtemp(prefix="atc-scale-"))
    rows: dict[str, dict[int, float]] = {}

    def record(name: str, n: int, ms: float) -> None:
        rows.setdefault(name, {})[n] = ms
        print(f"  {name:<32} {n:>7,} papers {ms:>10.1f} ms", file=sys.stderr, flush=True)

    for n in sizes:
        doc = program_doc(n)
        ids = paper_ids(doc)
        program_file = write_program(work / f"program-{n}.json", doc)
        data_dir = work / f"data-{n}"
        # Every paper starred, where the planner looks for this program's agenda (one file per
        # program since remembered programs; agenda.json before them and for the TUI below).
        for name in ("agenda.json", f"agenda-{doc['conference']['id']}.json"):
            write_agenda(data_dir / name, ids)
        prog = ["--program", str(program_file)]
        if wanted("load program"):
            record("load program", n, median_ms(lambda f=program_file: load_program(f)))
        at = f"{doc['days'][len(doc['days']) // 2]['date']}T10:50"  # a day in the middle
        for name, argv in command_rows(at):
            if wanted(name):
                record(name, n, median_ms(
                    lambda p=prog, a=argv, d=data_dir: run_command([*p, *a], d)))
        if wanted("star every id at once"):
            record("star every id at once", n, star_all_ms(program_file, ids))
        if not args.no_tui and wanted("TUI"):
            opened, starred, in_a_row, steady = asyncio.run(tui_ms(program_file, data_dir))
            record("TUI: open agenda screen", n, opened)
            record("TUI: star key on the grid", n, starred)
            record("TUI: 10 star keys, all work/key", n, in_a_row)
            record("TUI: star key, no relayout", n, steady)

    head = "".join(f"{n:>10,}" for n in sizes)
    growth = 1_000 in sizes and 10_000 in sizes
    print(f"\n{'CPU ms, every paper starred':<32}{head}{'  1k->10k' if growth else ''}")
    for name, by_n in rows.items():
        line = f"{name:<32}" + "".join(f"{by_n[n]:>10.1f}" for n in sizes)
        if growth:
            g = by_n[10_000] / by_n[1_000]
            line += f"  {g:>6.1f}x" + ("  FLAG: above 15x" if g > FLAG_GROWTH else "")
        print(line)
    if not args.no_tui and wanted("TUI memory"):
        n = max(sizes)
        mb = tui_memory_mb(work / f"program-{n}.json", work / f"data-{n}")
        print(f"\nTUI peak memory, {n:,} papers all starred, agenda open: {mb} MB")
    print(json.dumps({"sizes": sizes, "ms": rows}), file=sys.stderr)


if __name__ == "__main__":
    main()
