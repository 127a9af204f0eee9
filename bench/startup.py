"""Start-up of every command, as a ratio to a bare `python -c pass` measured paired with it.

    .venv/bin/python bench/startup.py                 (builds a throw-away venv: a minute or two)
    .venv/bin/python bench/startup.py --venv DIR      (reuse or create that venv)
    .venv/bin/python bench/startup.py --source DIR    (install another checkout, e.g. an older one)

The planner is installed the way the README says (`pip install .`, not editable, so its
bytecode is compiled) into a fresh virtual environment, and run as its `atc-planner` script on
the shipped ATC '25 program with a dozen stars. Each round runs `python -c pass` and then the
command, alternately, so both see the same machine load; the figure is the median of the
per-round ratios, of wall time and of the child's CPU time (user + system: steadier on a shared
machine, where the wall time of both moves with other processes). The goal is judged on CPU.
Goals (issue 14): program, search, agenda, conflicts, now at most 4x; star at most 5x.

The baseline `python -c pass` runs in an empty venv of the same interpreter (or --bare PYTHON),
not in the planner's venv: a .pth file a dependency installs there runs at every start, and
would slow the baseline as much as the command. The first line says what the planner's venv
adds to a bare start (the same paired median). The first row of the table, `(stdlib floor)`,
is the planner's venv importing only the standard library a plain command cannot do without
(argparse, datetime, json, re, zoneinfo): what is left of a ratio above it is the
planner's own modules, argparse's parsers (and the gettext they call), the program and the
command's work.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROUNDS = 21
GOALS = {"program": 4.0, "search": 4.0, "agenda": 4.0, "conflicts": 4.0, "now": 4.0,
         "star": 5.0}
DOZEN = ["deepserve", "poby", "fast-acs"]  # plus the first papers of the program, below
FLOOR = "import argparse, datetime, json, re, zoneinfo"  # see the docstring


def command_lines(names: list[str], papers: list[str]) -> dict[str, list[str]]:
    """The arguments each command runs with; commands this script does not know run --help."""
    known = {
        "program": ["program"],
        "search": ["search", "cache"],
        "star": ["star"],  # a new paper each round, filled in by the caller
        "unstar": ["unstar", papers[0]],
        "note": ["note", papers[1], "bring questions"],
        "agenda": ["agenda"],
        "conflicts": ["conflicts"],
        "export": ["export", "-o", os.devnull],
        "now": ["now"],
        "plan": ["plan"],
        "gaps": ["gaps"],
        "programs": ["programs"],
        "sync": ["sync", "--help"],  # needs a server; its start-up is the parser and imports
    }
    return {name: known.get(name, [name, "--help"]) for name in names}


def make_venv(venv: Path, source: Path) -> Path:
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # A copy, so a build directory or egg-info never lands in the checkout.
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "src"
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns(
            ".venv", ".git", "__pycache__", "*.egg-info", "build", "dist"))
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--force-reinstall",
                        "--no-deps", str(copy)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(copy)], check=True)
    return python


def run_s(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child: user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=120)
    took = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, help="a venv to install into (kept)")
    parser.add_argument("--source", type=Path, default=REPO, help="the checkout to install")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--default-dirs", action="store_true",
                        help="find the data directory as a user's install does (from HOME and "
                             "XDG_DATA_HOME, both in a temporary directory) rather than "
                             "through ATC_PLANNER_DATA_DIR")
    parser.add_argument("--bare", metavar="PYTHON",
                        help="the interpreter of the `-c pass` baseline (default: an empty "
                             "venv's, made for the run: nothing installed, no .pth files)")
    args = parser.parse_args()
    keep = args.venv is not None
    venv = args.venv or Path(tempfile.mkdtemp(prefix="atc-startup-")) / "venv"
    print(f"installing {args.source} into {venv} ...", file=sys.stderr, flush=True)
    python = make_venv(venv, args.source)
    script = str(venv / "bin" / "atc-planner")

    data = Path(tempfile.mkdtemp(prefix="atc-startup-data-"))
    os.chdir(data)  # so `python -c` imports the installed planner, not a checkout in the cwd
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data)}
    if args.default_dirs:  # the path of a user without ATC_PLANNER_DATA_DIR
        del env["ATC_PLANNER_DATA_DIR"]
        env.update(HOME=str(data), XDG_DATA_HOME=str(data / "share"))
    env.pop("ATC_PLANNER_PROGRAM", None)
    names = subprocess.run(
        [str(python), "-c", "from planner.cli import build_parser; p = build_parser(); "
         "print(*[a for a in p._subparsers._group_actions[0].choices])"],
        capture_output=True, text=True, check=True, env=env).stdout.split()
    papers = subprocess.run(
        [str(python), "-c", "from planner.program import load_program; "
         "print(*load_program().papers)"],
        capture_output=True, text=True, check=True, env=env).stdout.split()
    dozen = [p for p in DOZEN if p in papers] + papers[: 12 - len(DOZEN)]
    subprocess.run([script, "star", *dozen], env=env, check=True, capture_output=True)
    fresh = iter([p for p in papers if p not in dozen])  # star: a new paper every round

    lines = command_lines(names, papers)
    bare_venv = None
    if args.bare is None:
        bare_venv = Path(tempfile.mkdtemp(prefix="atc-startup-bare-"))
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare_venv)],
                       check=True)
    bare = [args.bare or str(bare_venv / "bin" / "python"), "-c", "pass"]
    own = [run_s([str(python), "-c", "pass"], env)[1] / run_s(bare, env)[1]
           for _ in range(args.rounds)]
    print(f"`-c pass` in the planner's venv: {statistics.median(own):.2f}x the baseline's "
          f"({'an empty venv' if bare_venv else bare[0]}) in CPU")
    print(f"{'command':<30} {'wall ms':>8} {'pass':>5} {'ratio':>6}   {'CPU ms':>7} {'pass':>5} "
          f"{'ratio':>6}  goal")
    for name, argv in {"(stdlib floor)": [], **lines}.items():
        wall: list[tuple[float, float]] = []  # (command, pass) per round
        cpu: list[tuple[float, float]] = []
        for _ in range(args.rounds):
            b_wall, b_cpu = run_s(bare, env)
            cmd = ([str(python), "-c", FLOOR] if not argv else
                   [script, *argv] + ([next(fresh)] if name == "star" else []))
            c_wall, c_cpu = run_s(cmd, env)
            wall.append((c_wall, b_wall))
            cpu.append((c_cpu, b_cpu))
        cells = []
        for pairs in (wall, cpu):
            ratio = statistics.median(c / b for c, b in pairs)
            cells.append(f"{statistics.median(c for c, _ in pairs) * 1000:>8.0f} "
                         f"{statistics.median(b for _, b in pairs) * 1000:>5.0f} {ratio:>5.2f}x")
        goal = GOALS.get(name)
        verdict = "" if goal is None else (f"{goal:.0f}x" + (" MISSED" if ratio > goal else ""))
        shown = " ".join(argv or [name]) if len(" ".join(argv)) < 30 else name
        print(f"{shown:<30} {cells[0]}  {cells[1]}  {verdict}", flush=True)
    if not keep:
        shutil.rmtree(venv.parent, ignore_errors=True)
    shutil.rmtree(data, ignore_errors=True)
    if bare_venv is not None:
        shutil.rmtree(bare_venv, ignore_errors=True)


if __name__ == "__main__":
    main()
