"""Start-up of every command, as a ratio to a bare `python -c pass` measured paired with it.

    .venv/bin/python bench/startup.py                 (builds a throw-away venv: a minute or two)
    .venv/bin/python bench/startup.py --venv DIR      (reuse or create that venv)
    .venv/bin/python bench/startup.py --source DIR    (install another checkout, e.g. an older one)

The planner is installed the way the README says (`pip install .`, not editable, so its
bytecode is compiled) into a fresh virtual environment, and run as its `atc-planner` script on
the shipped ATC '25 program with a dozen stars. Each round runs `python -c pass` and then the
command, alternately, so both see the same machine load; the figure is the median of the
per-round ratios. Goals (issue 14): program, search, agenda, conflicts, now at most 4x; star at
most 5x.
"""

from __future__ import annotations

import argparse
import os
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


def run_s(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=120)
    took = time.perf_counter() - t0
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.decode()}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, help="a venv to install into (kept)")
    parser.add_argument("--source", type=Path, default=REPO, help="the checkout to install")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()
    keep = args.venv is not None
    venv = args.venv or Path(tempfile.mkdtemp(prefix="atc-startup-")) / "venv"
    print(f"installing {args.source} into {venv} ...", file=sys.stderr, flush=True)
    python = make_venv(venv, args.source)
    script = str(venv / "bin" / "atc-planner")

    data = Path(tempfile.mkdtemp(prefix="atc-startup-data-"))
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data)}
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
    print(f"{'command':<34} {'median ms':>9} {'pass ms':>8} {'ratio':>6} {'goal':>5}")
    bare = [str(python), "-c", "pass"]
    for name, argv in lines.items():
        ratios, took, base = [], [], []
        for _ in range(args.rounds):
            b = run_s(bare, env)
            cmd = [script, *argv] + ([next(fresh)] if name == "star" else [])
            c = run_s(cmd, env)
            ratios.append(c / b)
            took.append(c)
            base.append(b)
        ratio = statistics.median(ratios)
        goal = GOALS.get(name)
        verdict = "" if goal is None else (f"{goal:>4.0f}x" + (" MISSED" if ratio > goal else ""))
        shown = " ".join(argv) if len(" ".join(argv)) < 34 else name
        print(f"{shown:<34} {statistics.median(took) * 1000:>9.0f} "
              f"{statistics.median(base) * 1000:>8.0f} {ratio:>5.2f}x {verdict}", flush=True)
    if not keep:
        shutil.rmtree(venv.parent, ignore_errors=True)
    shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
