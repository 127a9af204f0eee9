"""bench/scale.py's TUI rows for this tree and a baseline tree, paired: the same generated
program and agenda, the two trees in turn, each run a fresh process that imports its own tree's
planner and its own bench/scale.py. On a shared machine the load moves every figure; the ratio
of medians taken in the same minutes moves far less.

    git -C . archive 95e3c24 | (mkdir -p /tmp/base && tar -x -C /tmp/base)
    .venv/bin/python bench/tui_paired.py --baseline /tmp/base            (10,000 papers)
    .venv/bin/python bench/tui_paired.py --baseline /tmp/base --sizes 100 1000 --rounds 5

CPU milliseconds, medians of the rounds: open the agenda screen, one star key on the grid, ten
star keys in a row with all they cause (per key), and the star key on a talk whose line under
the grid keeps its height (see bench/scale.py's tui_ms).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from synthetic import paper_ids, program_doc, write_agenda, write_program

ROWS = ("open agenda screen", "star key on the grid", "10 star keys, all work/key",
        "star key, no relayout")
PROBE = """
import asyncio, json, sys
from pathlib import Path
tree, program, data = sys.argv[1:4]
sys.path[:0] = [tree, tree + "/bench"]
import planner, scale
assert planner.__file__.startswith(tree) and scale.__file__.startswith(tree), tree
print(json.dumps(list(asyncio.run(scale.tui_ms(Path(program), Path(data))))))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, type=Path,
                        help="another source tree of the planner (with its own bench/)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    trees = {"baseline": str(args.baseline.resolve()),
             "this tree": str(Path(__file__).resolve().parent.parent)}
    work = Path(tempfile.mkdtemp(prefix="atc-tui-paired-"))
    for n in args.sizes:
        doc = program_doc(n)
        program = write_program(work / f"program-{n}.json", doc)
        runs: dict[str, list[list[float]]] = {name: [] for name in trees}
        for r in range(args.rounds):
            for name, tree in trees.items():
                data = work / f"data-{n}-{r}-{name.replace(' ', '-')}"
                write_agenda(data / "agenda.json", paper_ids(doc))  # every paper starred
                out = subprocess.run([sys.executable, "-c", PROBE, tree, str(program), str(data)],
                                     capture_output=True, text=True, check=True, timeout=900)
                runs[name].append(json.loads(out.stdout.splitlines()[-1]))
                print(f"  {n:>7,} papers, round {r + 1}, {name}: "
                      + ", ".join(f"{x:.1f}" for x in runs[name][-1]), file=sys.stderr, flush=True)
        print(f"\n{n:,} papers all starred, CPU ms, medians of {args.rounds} rounds")
        print(f"{'':30}{'baseline':>10}{'this tree':>11}{'ratio':>8}")
        for i, row in enumerate(ROWS):
            base, this = (statistics.median(run[i] for run in runs[name]) for name in trees)
            print(f"{row:<30}{base:>10.1f}{this:>11.1f}{this / base:>7.2f}x")


if __name__ == "__main__":
    main()
