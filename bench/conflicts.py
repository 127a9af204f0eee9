"""How conflict detection grows: 100, 1,000 and 10,000 starred talks on a 20-track program.

    python bench/conflicts.py        (after the README's test set-up)

Prints a table. `analyze` is the planner's own (sweep line); the baseline, measured in the same
run on the same talks, is the all-pairs check a naive planner would do. Best of several runs.
"""

from __future__ import annotations

import itertools
import math
import random
import time
from datetime import date, datetime, timedelta, timezone
from functools import partial

from planner.conflicts import analyze
from planner.program import parse_program

TRACKS = 20
TZ = timezone(timedelta(hours=-4))


def synthetic(n_papers: int, seed: int = 7) -> dict:
    """Sessions of 4-6 talks of 10-30 minutes in 20 tracks, 09:00-18:00 each day, as many days as
    it takes."""
    rng = random.Random(seed)
    per_track = n_papers // TRACKS
    days: dict[date, list] = {}
    pid = 0
    for t in range(TRACKS):
        day, clock, made, s = date(2025, 7, 7), 9 * 60 + rng.randint(0, 30), 0, 0
        while made < per_track:
            k = min(rng.randint(4, 6), per_track - made)
            lengths = [rng.randint(10, 30) for _ in range(k)]
            if clock + sum(lengths) > 18 * 60:
                day, clock = day + timedelta(days=1), 9 * 60 + rng.randint(0, 30)
            base = datetime(day.year, day.month, day.day, tzinfo=TZ)
            papers, at = [], clock
            for length in lengths:
                b, e = base + timedelta(minutes=at), base + timedelta(minutes=at + length)
                papers.append({"id": f"p{pid}", "title": "t", "page": pid, "start": b.isoformat(),
                               "end": e.isoformat(), "authors": []})
                pid, at = pid + 1, at + length
            days.setdefault(day, []).append({
                "id": f"t{t}s{s}", "title": "s", "track": f"T{t}", "start": papers[0]["start"],
                "end": papers[-1]["end"], "papers": papers})
            made, s, clock = made + k, s + 1, at + rng.randint(0, 20)
    return {"conference": {"id": "bench", "name": "Bench", "tracks": [f"T{t}" for t in
                                                                      range(TRACKS)]},
            "days": [{"date": d.isoformat(), "sessions": ss} for d, ss in sorted(days.items())]}


def brute_force(program, starred) -> int:
    talks = [program.papers[i] for i in starred]
    return sum(1 for a, b in itertools.combinations(talks, 2)
               if a.start < b.end and b.start < a.end)


def best_ms(fn, runs: int) -> float:
    best = math.inf
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main() -> None:
    print(f"{'starred':>8} {'conflicts':>9} {'analyze ms':>11} {'µs/(n log2 n)':>14} "
          f"{'all-pairs ms':>13} {'all-pairs/analyze':>18}")
    previous = None
    for n in (100, 1_000, 10_000):
        program = parse_program(synthetic(2 * n))  # half the talks starred
        starred = random.Random(n).sample(sorted(program.papers), n)
        ms = best_ms(partial(analyze, program, starred), 7 if n < 10_000 else 5)
        found = len(analyze(program, starred).conflicts)
        brute = best_ms(partial(brute_force, program, starred), 3 if n < 10_000 else 1)
        if n <= 1_000:  # the sweep and the baseline must agree before their times mean anything
            assert brute_force(program, starred) == found
        per = ms * 1000 / (n * math.log2(n))
        print(f"{n:>8,} {found:>9,} {ms:>11.2f} {per:>14.3f} {brute:>13.1f} {brute / ms:>17.0f}x")
        if previous:
            print(f"{'':>8} time x{ms / previous:.1f} for n x10 "
                  f"(n log n predicts x{10 * math.log2(n) / math.log2(n // 10):.1f}, n² x100)")
        previous = ms


if __name__ == "__main__":
    main()
