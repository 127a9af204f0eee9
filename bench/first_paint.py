"""The planner's whole first screen and a key press, next to a minimal Textual app in the same run.

    .venv/bin/python bench/first_paint.py             (after the README's test set-up)
    .venv/bin/python bench/first_paint.py --rounds 5  (quicker)

The baseline is a minimal app with a Header, one Static and a Footer. Each round starts the
minimal app and then the planner, so both see the same machine load; the figure is the median of
the per-round ratios. Goal (issue 14): the planner's whole first screen at most 1.2x.

1. Headless: a fresh interpreter until the frame written to the terminal holds the footer's
   keys (the grid is checked to be on screen at that moment). Wall time from the launch and the
   probe's own CPU time, which moves less with the load of other processes.
2. tmux: the real program in a real terminal (tmux at 120x40), launched as a user would, until
   `tmux capture-pane` shows the footer's keys. Wall time only.
Both run from compiled bytecode, as an installed planner does (pip compiles it): a checkout
in an environment with PYTHONDONTWRITEBYTECODE set would otherwise compile the planner's
modules from source on every start (about 70 ms here), which no user pays. Textual's own
bytecode was compiled when it was installed.

3. A key: space on the grid (a star) until its frame is composed, against a key that updates
   the Static of the minimal app (CPU time, bench/tui_timing.py).
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from tui_timing import key_ms

PLANNER_KEYS = "Quit"  # the footer's last key
MINIMAL_KEYS = "palette"  # the minimal app's footer shows only the command palette key

# Both probes time until the terminal output holds the footer's keys. A headless app renders
# but writes nothing; told it is not headless, it writes to its driver what a terminal would
# get, and the probe listens there.
HOOK = """
import sys, time
from textual.drivers.headless_driver import HeadlessDriver
HeadlessDriver.is_headless = property(lambda self: False)
written = []
def write(self, data, _marker=sys.argv[1]):
    written.append(data)
    if _marker in data or _marker in "".join(written[-3:]):
        app = self._app
        if app.is_running and not getattr(app, "_probe_done", False):
            app._probe_done = True
            app.call_later(app.probe_done)
HeadlessDriver.write = write
"""

PLANNER = HOOK + """
import tempfile
from pathlib import Path
from planner.agenda import AgendaStore
from planner.program import load_program
from planner.tui.app import PlannerApp
from planner.tui.widgets import DayGrid

class Probe(PlannerApp):
    def probe_done(self):
        now, cpu = time.monotonic(), time.process_time()
        grid = self.screen.query_one(DayGrid)
        assert grid.region.height > 20, "the grid must be on that screen"
        self.exit(f"{now} {cpu}")

store = AgendaStore(Path(tempfile.mkdtemp()) / "agenda.json")
print(Probe(load_program(), store, watch_seconds=0).run(headless=True, size=(120, 40)))
"""

MINIMAL = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Minimal(App):
    BINDINGS = [("space", "flip", "Flip")]
    def compose(self):
        yield Header()
        yield Static("Hello", id="s")
        yield Footer()
    def action_flip(self):
        static = self.query_one("#s", Static)
        static.update("on" if str(static.content) == "Hello" else "Hello")
"""

MINIMAL_PROBE = HOOK + MINIMAL + """
class Probe(Minimal):
    def probe_done(self):
        self.exit(f"{time.monotonic()} {time.process_time()}")

print(Probe().run(headless=True, size=(120, 40)))
"""

MINIMAL_MAIN = MINIMAL + """
Minimal().run()
"""


def headless(code: str, marker: str) -> tuple[float, float]:
    """(wall ms from launch to the footer's keys written, CPU ms of the probe by then)."""
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code, marker], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split()
    return (float(out[-2]) - t0) * 1000, float(out[-1]) * 1000


def in_tmux(tmux: list[str], command: list[str], marker: str, env: dict[str, str]) -> float:
    """Wall ms from launching in tmux until the pane shows the footer's keys."""
    name = f"bench-{uuid.uuid4().hex[:8]}"
    # A tmux server started earlier keeps its own environment: pass ours on the command line,
    # or the planner would open the user's real agenda.
    keep = ("ATC_PLANNER_DATA_DIR", "PYTHONPATH", "TERM")
    shell = " ".join(["env", *(shlex.quote(f"{k}={env[k]}") for k in keep if k in env),
                      *map(shlex.quote, command)])
    t0 = time.monotonic()
    subprocess.run([*tmux, "new-session", "-d", "-s", name, "-x", "120", "-y", "40", shell],
                   env=env, check=True)
    try:
        while time.monotonic() - t0 < 60:
            pane = subprocess.run([*tmux, "capture-pane", "-p", "-t", name],
                                  capture_output=True, text=True).stdout
            lines = pane.rstrip("\n").splitlines()
            if lines and marker in lines[-1]:  # the footer is the last line
                return (time.monotonic() - t0) * 1000
            time.sleep(0.003)
        raise SystemExit(f"{command} showed no {marker!r} in 60 s:\n{pane}")
    finally:
        subprocess.run([*tmux, "kill-session", "-t", name], capture_output=True)


async def key_latency(rounds: int) -> tuple[list[float], list[float]]:
    from textual.app import App

    from planner.agenda import AgendaStore
    from planner.program import load_program
    from planner.tui.app import PlannerApp

    app = PlannerApp(load_program(), AgendaStore(Path(tempfile.mkdtemp()) / "agenda.json"),
                     watch_seconds=0)
    planner = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        for _ in range(rounds * 3):
            before = app.agenda
            planner.append(await key_ms(pilot, "space"))
            assert app.agenda != before
        while app.busy:
            await pilot.pause(0.05)

    namespace: dict[str, object] = {}
    exec(MINIMAL, namespace)  # the same minimal app as the start-up baseline
    mini: App[None] = namespace["Minimal"]()  # type: ignore[operator]
    minimal = []
    async with mini.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        for _ in range(rounds * 3):
            minimal.append(await key_ms(pilot, "space"))
    return planner, minimal


def row(label: str, pairs: list[tuple[float, float]], unit: str = "ms") -> None:
    ratio = statistics.median(p / m for p, m in pairs)
    p = statistics.median(p for p, _ in pairs)
    m = statistics.median(m for _, m in pairs)
    print(f"{label:<46} {p:>9.0f} {m:>9.0f} {ratio:>6.2f}x", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--no-tmux", action="store_true")
    args = parser.parse_args()
    import planner

    compileall.compile_dir(Path(planner.__file__).parent, quiet=1)  # as pip install does
    print(f"{'median of paired rounds':<46} {'planner':>9} {'minimal':>9} {'ratio':>7}")

    wall, cpu = [], []
    for _ in range(args.rounds):
        m_wall, m_cpu = headless(MINIMAL_PROBE, MINIMAL_KEYS)
        p_wall, p_cpu = headless(PLANNER, PLANNER_KEYS)
        wall.append((p_wall, m_wall))
        cpu.append((p_cpu, m_cpu))
    row("headless, launch to footer keys, wall ms", wall)
    row("headless, launch to footer keys, CPU ms", cpu)

    if not args.no_tmux and shutil.which("tmux"):
        data = tempfile.mkdtemp(prefix="atc-first-paint-")
        env = {**os.environ, "ATC_PLANNER_DATA_DIR": data, "TERM": "xterm-256color"}
        env.pop("ATC_PLANNER_PROGRAM", None)
        script = Path(sys.executable).with_name("atc-planner")
        # The installed script, as a user starts it; `-m planner` for a checkout on PYTHONPATH.
        planner_cmd = ([str(script)] if script.exists() and "PYTHONPATH" not in env
                       else [sys.executable, "-m", "planner"])
        minimal_file = Path(data) / "minimal.py"
        minimal_file.write_text(MINIMAL_MAIN)
        # A tmux server of our own, kept alive by an idle session: on the shared default server
        # another user's sessions interfere, and a server exiting as its last session is killed
        # made the next new-session fail with "server exited unexpectedly".
        tmux = ["tmux", "-L", f"atc-first-paint-{os.getpid()}"]
        subprocess.run([*tmux, "new-session", "-d", "-s", "keep", "sleep 3600"], check=True)
        pairs = []
        try:
            for _ in range(args.rounds):
                m = in_tmux(tmux, [sys.executable, str(minimal_file)], MINIMAL_KEYS, env)
                p = in_tmux(tmux, planner_cmd, PLANNER_KEYS, env)
                pairs.append((p, m))
        finally:
            subprocess.run([*tmux, "kill-server"], capture_output=True)
        row("tmux 120x40, launch to footer keys, wall ms", pairs)

    star, flip = asyncio.run(key_latency(args.rounds))
    p, m = statistics.median(star), statistics.median(flip)
    print(f"{'space: star on the grid / flip a Static, CPU ms':<46} {p:>9.1f} {m:>9.1f} "
          f"{p / m:>6.2f}x")


if __name__ == "__main__":
    main()
