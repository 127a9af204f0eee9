"""Hostile and unlucky conditions, counted: kills mid-save, parallel writers (direct and through
a symbolic link), Ctrl-C during start-up, bad agenda and program files.

Usage: .venv/bin/python bench/hostile.py [--kills 200] [--rounds 10] [--sigints 100]

Prints one table per experiment. Every count comes from real processes of the installed
`atc-planner` (or `python -m planner`), each in its own temporary data directory.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.program import load_program

IDS = list(load_program().papers)
SCRIPT = Path(sys.executable).with_name("atc-planner")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "planner"]

WRITER = """
import sys
from planner.agenda import AgendaStore, star_all
store = AgendaStore(sys.argv[1])
for pid in sys.argv[2:]:
    store.update(star_all([pid]))
    print(pid, flush=True)  # on disk before it is said
"""


def kills(n: int, rng: random.Random) -> dict[str, int]:
    torn = lost = 0
    saved_total = 0
    for _ in range(n):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "agenda.json"
            p = subprocess.Popen([sys.executable, "-c", WRITER, str(path), *IDS[:60]],
                                 stdout=subprocess.PIPE, text=True)
            time.sleep(rng.uniform(0.05, 0.6))
            p.kill()
            out, _ = p.communicate()
            said = set(out.split())
            saved_total += len(said)
            try:
                on_disk = set(json.loads(path.read_text())["starred"]) if path.exists() else set()
            except (ValueError, KeyError):
                torn += 1
                continue
            lost += len(said - on_disk)
    return {"SIGKILLs mid-save": n, "torn files": torn, "stars said saved": saved_total,
            "stars lost": lost}


def parallel(rounds: int) -> dict[str, int]:
    failed = missing = started = 0
    errors: collections.Counter[str] = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        synced, local = Path(tmp) / "synced", Path(tmp) / "local"
        synced.mkdir()
        local.mkdir()
        (synced / "agenda.json").write_text("")  # an empty file: a new agenda
        (local / "agenda.json").symlink_to(synced / "agenda.json")
        pool = IDS * 4
        for r in range(rounds):
            ids = [f"{pid}" for pid in pool[r * 16:(r + 1) * 16]]
            procs = [subprocess.Popen(
                [*COMMAND, "star", pid],
                env={**os.environ, "ATC_PLANNER_DATA_DIR": str(local if i % 2 else synced)},
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                for i, pid in enumerate(ids)]
            ok = set()
            for pid, p in zip(ids, procs, strict=True):
                started += 1
                _, err = p.communicate(timeout=120)
                if p.returncode == 0:
                    ok.add(pid)
                else:
                    failed += 1
                    errors[err.strip()[:80]] += 1
            on_disk = set(json.loads((synced / "agenda.json").read_text())["starred"])
            missing += len(ok - on_disk)
        temps = len([p for p in synced.iterdir() if p.name.endswith(".tmp")])
    return {"star commands (half through a link)": started, "failed": failed,
            "stars from exit-0 commands missing": missing, "temp files left": temps,
            **{f"error: {e}": c for e, c in errors.items()}}


def before_our_code(err: bytes) -> bool:
    frames = re.findall(rb'File "([^"]+)", line \d+, in (\S+)', err)
    return not any(b"/planner/" in f and n != b"<module>" for f, n in frames) and not any(
        b"/planner/" in f and not f.endswith((b"/launch.py", b"/__init__.py")) for f, _ in frames)


def sigints(n: int, rng: random.Random) -> dict[str, int]:
    outcomes: collections.Counter[str] = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "ATC_PLANNER_DATA_DIR": tmp}
        for _ in range(n):
            p = subprocess.Popen([*COMMAND, "star", "poby"], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(rng.uniform(0.0, 0.3))
            p.send_signal(signal.SIGINT)
            _, err = p.communicate(timeout=60)
            if b"KeyboardInterrupt" in err:
                kind = ("traceback in Python's start-up, before our code" if before_our_code(err)
                        else "TRACEBACK IN OUR CODE")
            elif err:
                kind = f"stderr: {err.decode()[:60]!r}"
            else:
                kind = {0: "finished first (0)", 130: "130, quiet",
                        -signal.SIGINT: "killed by SIGINT before Python's handler"}.get(
                            p.returncode, f"exit {p.returncode}")
            outcomes[kind] += 1
    return {"SIGINTs in the first 300 ms": n, **outcomes}


BAD_AGENDAS: dict[str, bytes | None] = {
    "invalid JSON": b"{broken",
    "not UTF-8": b"\xff\xfe\x00x",
    "UTF-8 BOM": b'\xef\xbb\xbf{"format": "atc-planner-agenda", "version": 1, "starred": {}}',
    "a 5,000-digit number": b'{"format": "atc-planner-agenda", "version": 1, "n": '
                            + b"9" * 5000 + b"}",
    "nesting 200k deep": b"[" * 200_000 + b"]" * 200_000,
    "one entry of the wrong type": b'{"format": "atc-planner-agenda", "version": 1, "starred": '
                                   b'{"poby": {"starred_at": 5}, "rex": {"starred_at": "x"}}}',
    "a lone surrogate in a note": b'{"format": "atc-planner-agenda", "version": 1, "starred": '
                                  b'{"poby": {"starred_at": "x", "note": "\\ud800"}}}',
    "a newer format": b'{"format": "atc-planner-agenda", "version": 99, "starred": {}}',
    "empty file": b"",
    "FIFO": None, "directory": None, "link to nothing": None, "link to /dev/zero": None,
}


def bad_agendas() -> list[tuple[str, str]]:
    rows = []
    for name, content in BAD_AGENDAS.items():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "agenda.json"
            if name == "FIFO":
                os.mkfifo(path)
            elif name == "directory":
                path.mkdir()
            elif name == "link to nothing":
                path.symlink_to(Path(tmp) / "gone" / "agenda.json")
            elif name == "link to /dev/zero":
                path.symlink_to("/dev/zero")
            else:
                assert content is not None
                path.write_bytes(content)
            run = subprocess.run([*COMMAND, "star", "rex"], capture_output=True, text=True,
                                 env={**os.environ, "ATC_PLANNER_DATA_DIR": tmp}, timeout=60)
            aside = sorted(p.name.split(".")[2].split("-")[0] for p in Path(tmp).iterdir()
                           if p.name.startswith("agenda.json.") and not p.name.endswith("lock"))
            lines = run.stderr.count("\n")
            tb = "TRACEBACK " if "Traceback" in run.stderr else ""
            rows.append((name, f"{tb}exit {run.returncode}, {lines} line(s) on stderr"
                               + (f", kept aside: {', '.join(aside)}" if aside else "")))
    return rows


def bad_programs() -> list[tuple[str, str]]:
    from tests.unit.test_program_hostile import CASES

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in CASES.items():
            path = Path(tmp) / "p.json"
            path.write_text(make(), encoding="utf-8")
            run = subprocess.run([*COMMAND, "--program", str(path), "star", "t0s0p0"],
                                 capture_output=True, text=True, timeout=60,
                                 env={**os.environ, "ATC_PLANNER_DATA_DIR": tmp})
            tb = "TRACEBACK " if "Traceback" in run.stderr else ""
            rows.append((name, f"{tb}exit {run.returncode}, {run.stderr.count(chr(10))} line(s)"))
        fifo = Path(tmp) / "fifo.json"
        os.mkfifo(fifo)
        started = time.monotonic()
        run = subprocess.run([*COMMAND, "--program", str(fifo), "program"], capture_output=True,
                             text=True, timeout=60)
        rows.append(("FIFO", f"exit {run.returncode} after {time.monotonic() - started:.2f} s"))
    return rows


def table(title: str, rows: list[tuple[str, object]]) -> None:
    print(f"\n{title}")
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--sigints", type=int, default=100)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    print(f"atc-planner hostile-conditions run: {' '.join(COMMAND)}")
    table("Parallel writers, 16 per round, half through a symbolic link",
          list(parallel(args.rounds).items()))
    table("Writers killed (SIGKILL) at random moments", list(kills(args.kills, rng).items()))
    table("Ctrl-C (SIGINT) at random moments of start-up", list(sigints(args.sigints, rng).items()))
    table("Bad agenda files (`star rex`)", bad_agendas())
    table("Bad program files (`--program FILE star t0s0p0`)", bad_programs())


if __name__ == "__main__":
    main()
