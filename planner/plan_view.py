"""The plan as the `plan` command prints it: plain text, or the JSON document."""

from __future__ import annotations

from collections.abc import Callable

from planner.gaps import Candidate, Gap
from planner.plan import Dropped, Plan
from planner.program import Paper, Program
from planner.render import day_title, span, talk_day

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any


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


def why_dropped(plan: Plan, x: Dropped,
                name: Callable[[Paper], str] = lambda p: p.id) -> str:
    """'overlaps must: deepserve' or 'no time to walk from want: poby (5 min walk, 0 min gap)'."""
    b = x.because
    if b is None:
        return "not attended"
    level = plan.levels[b.id]
    if x.reason == "overlap":
        return f"overlaps {level}: {name(b)}"
    before = b.start <= x.paper.start
    gap = int(((x.paper.start - b.end) if before else (b.start - x.paper.end)).total_seconds())
    direction = "from" if before else "to"
    return (f"no time to walk {direction} {level}: {name(b)} in {plan.room_of[b.id]} "
            f"({gap // 60} min between, the walk takes {plan.walk_minutes})")


def _line(program: Program, plan: Plan, p: Paper) -> str:
    return (f"{span(program, p.start, p.end)}  {plan.room_of[p.id]}  {plan.levels[p.id]:<5}  "
            f"{p.id}  {p.title}")


def plan_text(program: Program, plan: Plan) -> str:
    if not plan.levels:
        return (f"No starred talks yet in {program.conference.name}: star one with "
                "`atc-planner star PAPER [--must|--maybe]`.\n")
    lines: list[str] = [f"Walk between rooms: {plan.walk_minutes} min.", ""]
    if plan.must_collisions:
        lines.append("MUSTS THAT COLLIDE (only one of each pair can be attended):")
        for a, b in plan.must_collisions:
            how = "overlap" if a.end > b.start else \
                f"{plan.walk_minutes} min walk from {plan.room_of[a.id]} to {plan.room_of[b.id]}"
            lines.append(f"  {talk_day(program, a)}  {a.id} "
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


# --- gaps ---------------------------------------------------------------------------------

GAP_TALKS_SHOWN = 8  # per gap in the text; --json lists them all


def gaps_json(program: Program, plan: Plan, gaps: list[Gap]) -> dict[str, Any]:
    days: dict[str, list[dict[str, Any]]] = {d.date.isoformat(): [] for d in plan.days}
    for g in gaps:
        days[g.date.isoformat()].append({
            "start": g.start.isoformat(), "end": g.end.isoformat(), "minutes": g.minutes,
            "after": g.after.id if g.after else None,
            "before": g.before.id if g.before else None,
            "talks": [{"id": c.paper.id, "title": c.paper.title,
                       "room": program.session_of(c.paper).track,
                       "start": c.paper.start.isoformat(), "end": c.paper.end.isoformat(),
                       "fits": c.fits, "starred": c.starred, "shared": list(c.shared)}
                      for c in g.talks],
        })
    return {"walk": plan.walk_minutes,
            "days": [{"date": d, "gaps": gs} for d, gs in days.items()]}


def gap_heading(program: Program, plan: Plan, g: Gap) -> str:
    where = []
    if g.after:
        where.append(f"after {g.after.id} ({plan.room_of[g.after.id]})")
    if g.before:
        where.append(f"before {g.before.id} ({plan.room_of[g.before.id]})")
    return f"{span(program, g.start, g.end)}  {g.minutes} min free, {', '.join(where)}"


def candidate_line(program: Program, c: Candidate) -> str:
    p = c.paper
    about = [x for x, on in (("partly", not c.fits), ("starred, dropped by the plan", c.starred))
             if on]
    fits = f"  ({'; '.join(about)})" if about else ""
    shares = f"  [shares: {', '.join(c.shared)}]" if c.shared else ""
    return (f"{span(program, p.start, p.end)}  {program.session_of(p).track}  {p.id}  "
            f"{p.title}{fits}{shares}")


def gaps_text(program: Program, plan: Plan, gaps: list[Gap]) -> str:
    if not plan.days:
        return ("No plan yet, so no gaps: star talks with `atc-planner star PAPER` "
                "and see `atc-planner plan`.\n")
    lines: list[str] = []
    for d in plan.days:
        title = day_title(d.date)
        lines += [title, "=" * len(title)]
        day_gaps = [g for g in gaps if g.date == d.date]
        if not d.attend:  # a day asked for with --day that holds no starred talk
            lines += ["(nothing planned: the whole day is free; `atc-planner program --day "
                      f"{d.date.isoformat()}` shows what runs)", ""]
            continue
        if not day_gaps:
            lines.append("(no free time between planned talks)")
        for g in day_gaps:
            lines.append(gap_heading(program, plan, g))
            for c in g.talks[:GAP_TALKS_SHOWN]:
                lines.append(f"    {candidate_line(program, c)}")
            if not g.talks:
                lines.append("    (nothing else runs then)")
            elif len(g.talks) > GAP_TALKS_SHOWN:
                lines.append(f"    ... and {len(g.talks) - GAP_TALKS_SHOWN} more (--json lists "
                             "them all)")
        lines.append("")
    return "\n".join(lines)
