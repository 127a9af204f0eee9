"""The plan as the `plan` command prints it: plain text, or the JSON document."""

from __future__ import annotations

from typing import Any

from planner.plan import Dropped, Plan
from planner.program import Paper, Program
from planner.render import day_title, short_day, span


def plan_json(plan: Plan) -> dict[str, Any]:
    return {
        "coverage": {level: list(pair) for level, pair in plan.coverage.items()},
        "walk": plan.walk_minutes,
        "days": [
            {"date": d.date.isoformat(),
             "attend": [p.id for p in d.attend],
             "drop": [{"id": x.paper.id, "because": x.because.id if x.because else None}
                      for x in d.drop]}
            for d in plan.days
        ],
    }


def why_dropped(plan: Plan, x: Dropped) -> str:
    """'overlaps must: deepserve' or 'no time to walk from want: poby (5 min walk, 0 min gap)'."""
    b = x.because
    if b is None:
        return "not attended"
    level = plan.levels[b.id]
    if x.reason == "overlap":
        return f"overlaps {level}: {b.id}"
    before = b.start <= x.paper.start
    gap = int(((x.paper.start - b.end) if before else (b.start - x.paper.end)).total_seconds())
    direction = "from" if before else "to"
    return (f"no time to walk {direction} {level}: {b.id} in {plan.room_of[b.id]} "
            f"({gap // 60} min between, the walk takes {plan.walk_minutes})")


def _line(program: Program, plan: Plan, p: Paper) -> str:
    return (f"{span(program, p.start, p.end)}  {plan.room_of[p.id]}  {plan.levels[p.id]:<5}  "
            f"{p.id}  {p.title}")


def plan_text(program: Program, plan: Plan) -> str:
    if not plan.levels:
        return "No starred talks yet: star one with `atc-planner star PAPER [--must|--maybe]`.\n"
    lines: list[str] = [f"Walk between rooms: {plan.walk_minutes} min.", ""]
    if plan.must_collisions:
        lines.append("MUSTS THAT COLLIDE (only one of each pair can be attended):")
        for a, b in plan.must_collisions:
            how = "overlap" if a.end > b.start else \
                f"{plan.walk_minutes} min walk from {plan.room_of[a.id]} to {plan.room_of[b.id]}"
            lines.append(f"  {short_day(program.day_of(a).date)}  {a.id} "
                         f"({span(program, a.start, a.end)}, {plan.room_of[a.id]}) and {b.id} "
                         f"({span(program, b.start, b.end)}, {plan.room_of[b.id]}): {how}")
        lines.append("")
    for d in plan.days:
        title = day_title(d.date)
        lines += [title, "=" * len(title)]
        drops = {x.paper.id: x for x in d.drop}
        talks = sorted([*d.attend, *(x.paper for x in d.drop)],
                       key=lambda p: program.time_order(p.id))
        if not talks:
            lines.append("(no starred talks)")
        for p in talks:
            if p.id in drops:
                lines.append(f"  drop    {_line(program, plan, p)}")
                lines.append(f"          {why_dropped(plan, drops[p.id])}")
            else:
                lines.append(f"  attend  {_line(program, plan, p)}")
        changes = d.room_changes
        lines += [f"  {changes} room change{'s' * (changes != 1)}.", ""]
    lines.append(plan.coverage_phrase + ".")
    return "\n".join(lines) + "\n"
