"""Marks for levels and the plan: each its own shape, so none relies on colour."""

from __future__ import annotations

from planner.marks import LEVEL_MARK  # not from planner.plan: the first screen needs no plan

__all__ = ["ATTEND", "DROP", "LADDER", "LEVEL_MARK", "LEVEL_NAME", "NO_LEVEL", "next_level"]

NO_LEVEL = "·"
ATTEND, DROP = "✓", "✗"
LEVEL_NAME = {"must": "Must see", "want": "Starred (want)", "maybe": "Maybe"}

# The order + raises through and - lowers through; not starred is below maybe.
LADDER = (None, "maybe", "want", "must")


def next_level(level: str | None, step: int) -> str | None:
    """One level up (step 1) or down (step -1); lowering never unstars (that loses the note)."""
    i = LADDER.index(level) + step
    return LADDER[max(1 if level else 0, min(i, len(LADDER) - 1))]
