"""Commands as real processes under unlucky conditions: full disks, closed pipes, Ctrl-C, bad bytes."""

from __future__ import annotations

import json
import os
import pty
import random
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(args: list, data_dir: Path, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "planner", *args], env=env, timeout=60,
                          capture_output=kw.pop("capture_output", True), **kw)


@pytest.mark.parametrize("args", [["program"], ["search", "cache"], ["agenda"],
                                  ["export", "-o", "-"]])
def test_stdout_on_a_full_disk_is_one_line_and_exit_2(data_dir, args):
    with open("/dev/full", "w") as full:
        done = run(args, data_dir, stdout=full, stderr=subprocess.PIPE, capture_output=False)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err.count("\n") == 1 and "No space left on device" in err and "Traceback" not in err


def test_a_closed_stdout_ends_quietly(data_dir):
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir)}
    done = subprocess.run(f"{sys.executable} -m planner program >&-", shell=True, env=env,
                          capture_output=False, stderr=subprocess.PIPE, timeout=60)
    assert done.returncode == 0 and done.stderr == b""


def test_a_reader_that_leaves_ends_quietly(data_dir):
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir)}
    done = subprocess.run(f"{sys.executable} -m planner program | head -1", shell=True, env=env,
                          capture_output=True, timeout=60)
    assert done.stdout.count(b"\n") == 1 and done.stderr == b""


@pytest.mark.parametrize("alarm", ["99999999999999999999", "-1", "40321"])
def test_an_alarm_out_of_range_is_one_line(data_dir, alarm):
    done = run(["export", "-o", "-", "--alarm", alarm], data_dir, text=True)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "--alarm takes" in done.stderr and "Traceback" not in done.stderr


def test_a_note_that_is_not_utf8_changes_nothing(data_dir):
    run(["note", "poby", "café"], data_dir)
    done = subprocess.run([sys.executable, "-m", "planner", b"note", b"poby", b"caf\xe9"],
                          env={**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir),
                               "LC_ALL": "C.UTF-8"}, capture_output=True, timeout=60)
    assert done.returncode == 2 and b"not UTF-8" in done.stderr and b"Traceback" not in done.stderr
    assert json.loads((data_dir / "agenda.json").read_text())["starred"]["poby"]["note"] == "café"


def before_our_code(traceback: bytes) -> bool:
    """Python's own start-up (site, .pth files, compiling pip's generated wrapper, whose
    KeyboardInterrupt has no frame at all, its `import re`, loading planner/launch.py
    itself): before any handler of ours can exist."""
    frames = re.findall(rb'File "([^"]+)", line \d+, in (\S+)', traceback)
    return not any(b"/planner/" in path and name != b"<module>" for path, name in frames) and \
        not any(b"/planner/" in path and not path.endswith((b"/launch.py", b"/__init__.py"))
                for path, _ in frames)


def test_ctrl_c_at_any_moment_of_start_up_exits_130_without_a_traceback(data_dir):
    script = Path(sys.executable).with_name("atc-planner")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "planner"]
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir)}
    rng = random.Random(16)
    codes = []
    for _ in range(16):
        # SIGINT back to its default in the child: a runner started in the background by a
        # non-interactive shell ignores SIGINT, children inherit that, and Python then never
        # turns Ctrl-C into KeyboardInterrupt, so the test would see nothing to catch.
        p = subprocess.Popen([*command, "star", "poby"], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        time.sleep(rng.uniform(0.0, 0.25))
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=60)
        if b"KeyboardInterrupt" in err and before_our_code(err):
            codes.append("before our code")
            continue
        assert b"Traceback" not in err and b"KeyboardInterrupt" not in err, err.decode()
        assert p.returncode in (0, 130, -signal.SIGINT), (p.returncode, err.decode())
        codes.append(p.returncode)
    assert 130 in codes, codes  # some landed while it ran, not all before or after


def test_a_crash_in_the_planner_restores_the_terminal_and_exits_non_zero(data_dir):
    script = ("import sys\n"
              "from planner.tui import app\n"
              "app.PlannerApp.on_mount = lambda self: 1 / 0\n"
              "from planner.launch import main\n"
              "sys.exit(main())\n")
    master, slave = pty.openpty()
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir), "TERM": "xterm-256color"}
    p = subprocess.Popen([sys.executable, "-c", script], stdin=slave, stdout=slave,
                         stderr=slave, env=env, cwd=REPO)
    os.close(slave)
    out = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        elif p.poll() is not None:
            break
    os.close(master)
    assert p.wait(timeout=30) == 1
    assert b"ZeroDivisionError" in out
    assert b"\x1b[?1049l" in out  # left the alternate screen: the terminal is back
