"""How the plan grows: 1,000 and 10,000 starred talks on a 20-room program.

    python bench/plan.py        (after the README's test set-up)

Prints a table. `make_plan` is the planner's own (weighted interval scheduling, O(n log n));
the baseline, measured in the same run on the same talks, is the same dynamic programme with
a scan over every earlier talk of the day instead of the binary searches
(O(n²) per day), what one gets without the suffix maxima. Both must choose plans with the same
score before their times mean anything.
Best of several runs. Target: 10,000 starred talks in under 200 ms, n log n growth.
"""

from __future__ import annotations

import math
import random
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflicts import synthetic  # the same 20-track programs as bench/conflicts.py

from planner.agenda import LEVELS
from planner.plan import make_plan, plan_score
from planner.program import parse_program

WALK_MINUTES = 3


def quadratic(starts, ends, rooms, levels, walk) -> list[int]:
    """The textbook O(n²) form: best plan ending at i, from every earlier talk that fits."""
    n = len(starts)
    base = n + 1
    weight = (base ** 3, base ** 2, base)
    score, before = [0] * n, [-1] * n
    order = sorted(range(n), key=lambda i: (ends[i], starts[i]))
    for x, i in enumerate(order):
        best, prev = 0, -1
        for j in order[:x]:
            gap = walk if rooms[j] != rooms[i] else 0
            if ends[j] + gap <= starts[i]:
                s = score[j] - (rooms[j] != rooms[i])
                if s > best:
                    best, prev = s, j
        score[i], before[i] = weight[levels[i]] + best, prev
    i = max(range(n), key=lambda k: score[k])
    chosen = []
    while i >= 0:
        chosen.append(i)
        i = before[i]
    return chosen[::-1]


def quadratic_plan(program, levels):
    """The baseline over the same days: returns the total score, to compare with make_plan."""
    total = [0, 0, 0, 0]
    by_day: dict = {}
    for pid in levels:
        by_day.setdefault(program.day_of(program.papers[pid]).date, []).append(pid)
    for pids in by_day.values():
        pids.sort(key=program.time_order)
        starts = [program.bounds[p][0] for p in pids]
        ends = [program.bounds[p][1] for p in pids]
        rooms = [program.session_of(program.papers[p]).track for p in pids]
        lv = [LEVELS.index(levels[p]) for p in pids]
        chosen = quadratic(starts, ends, rooms, lv, WALK_MINUTES * 60)
        s = plan_score([levels[pids[i]] for i in chosen], [rooms[i] for i in chosen])
        total = [a + b for a, b in zip(total, s, strict=True)]
    return tuple(total)


def score_of(plan) -> tuple[int, ...]:
    cov = plan.coverage
    return (cov["must"][0], cov["want"][0], cov["maybe"][0], -plan.room_changes)


def best_ms(fn, runs: int) -> float:
    best = math.inf
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main() -> None:
    print(f"20 rooms, walk {WALK_MINUTES} min, levels 20% must / 50% want / 30% maybe, "
          "best of runs")
    print(f"{'starred':>8} {'days':>5} {'attended':>9} {'plan ms':>9} {'µs/(n log2 n)':>14} "
          f"{'O(n²) ms':>10} {'O(n²)/plan':>11}")
    previous = None
    for n in (1_000, 10_000):
        program = parse_program(synthetic(2 * n))  # half the talks starred
        rng = random.Random(n)
        starred = rng.sample(sorted(program.papers), n)
        levels = {pid: rng.choices(LEVELS, weights=(2, 5, 3))[0] for pid in starred}
        run = partial(make_plan, program, levels, WALK_MINUTES)
        ms = best_ms(run, 7 if n < 10_000 else 5)
        plan = run()
        base = best_ms(partial(quadratic_plan, program, levels), 1)
        assert quadratic_plan(program, levels) == score_of(plan), "the baseline disagrees"
        per = ms * 1000 / (n * math.log2(n))
        print(f"{n:>8,} {len(plan.days):>5} {len(plan.attending):>9,} {ms:>9.1f} {per:>14.3f} "
              f"{base:>10.0f} {base / ms:>10.0f}x")
        if previous:
            print(f"{'':>8} growth: time x{ms / previous:.1f} for n x10 (n log n predicts "
                  f"x{10 * math.log2(n) / math.log2(n // 10):.1f}, n² x100)")
        previous = ms


if __name__ == "__main__":
    main()
