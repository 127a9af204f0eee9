"""Real processes: two writers at once lose nothing; a writer killed at any instant breaks nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from planner.agenda import AgendaStore
from planner.program import load_program

WRITER = """
import sys, time
from pathlib import Path
from planner.agenda import AgendaStore, star_all
path, go, ids = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
while not go.exists():
    time.sleep(0.001)
store = AgendaStore(path)
for pid in ids:  # one locked read-modify-write per star, as two terminals would do
    store.update(star_all([pid]))
"""


def test_two_processes_each_starring_50_papers_end_with_all_100(tmp_path):
    ids = list(load_program().papers)
    path, go = tmp_path / "agenda.json", tmp_path / "go"
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(go), *half])
        for half in (ids[:50], ids[50:])
    ]
    time.sleep(0.5)  # both interpreters up and waiting
    go.touch()
    for p in procs:
        assert p.wait(timeout=120) == 0
    assert AgendaStore(path).load().agenda.starred == set(ids)


def test_two_cli_processes_at_once(cli, data_dir):
    """The same through the real command, with every id in one call per process."""
    ids = list(load_program().papers)
    env = {**os.environ, "ATC_PLANNER_DATA_DIR": str(data_dir)}
    procs = [subprocess.Popen([sys.executable, "-m", "planner", verb, *ids[i::2]], env=env,
                              stdout=subprocess.DEVNULL)
             for i, verb in enumerate(["star", "star"])]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    assert set(json.loads((data_dir / "agenda.json").read_text())["starred"]) == set(ids)


CRASHER = """
import sys
from planner.agenda import AgendaStore, star_all
store = AgendaStore(sys.argv[1])
ids = sys.argv[2:]
print("ready", flush=True)
while True:  # keep writing: each kill lands somewhere inside a save
    for pid in ids:
        store.update(star_all([pid]))
    store.update(lambda a: a.__class__())
"""


def _stars_on_disk(path: Path) -> int:
    try:
        return len(json.loads(path.read_text(encoding="utf-8"))["starred"])
    except (OSError, ValueError, KeyError):
        return 0


def test_a_writer_killed_at_random_moments_never_leaves_a_broken_file(tmp_path):
    ids = list(load_program().papers)[:40]
    path = tmp_path / "agenda.json"
    rng = random.Random(1234)
    states_seen = set()
    for _ in range(25):
        path.unlink(missing_ok=True)  # each round builds up from an empty agenda
        proc = subprocess.Popen([sys.executable, "-c", CRASHER, str(path), *ids],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        # Let the writer get a random way into its cycle before the kill, measured in saves
        # made rather than in seconds: on a loaded machine a fixed sleep can end before the
        # first save, and every kill would then land at the same moment.
        target = rng.randrange(len(ids))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _stars_on_disk(path) < target:
            time.sleep(0.001)
        time.sleep(rng.uniform(0.0, 0.01))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not path.exists():
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))  # always whole JSON
        starred = doc["starred"]
        # Each save adds the next id (or empties the agenda): any state is a prefix of ids.
        assert list(starred) == sorted(starred)
        assert set(starred) == set(ids[: len(starred)])
        loaded = AgendaStore(path).load()
        assert loaded.warnings == () and len(loaded.agenda.starred) == len(starred)
        states_seen.add(len(starred))
    assert len(states_seen) > 3  # the kills really landed at different moments
    leftovers = [p for p in Path(tmp_path).iterdir() if p.name.endswith(".tmp")]
    AgendaStore(path).update(lambda a: a.star("learning-enhanced-high"))  # a real save
    assert not [p for p in Path(tmp_path).iterdir() if p.name.endswith(".tmp")], leftovers
