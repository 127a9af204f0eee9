"""The words and glyphs for a talk's marks, the same in the grid, details, agenda and commands.

A talk can carry several marks at once (starred, in conflict, reached by a hop): every view
shows all of them, in this order, so a user reads one vocabulary wherever they look.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from planner.conflicts import Analysis, Hop

STAR = "★"
NO_STAR = "·"
# A starred talk's level (planner.agenda.LEVELS): shapes, not colours (☆ is a colleague's).
LEVEL_MARK = {"must": "✪", "want": STAR, "maybe": "?"}
CONFLICT = "⚠"
HOP = "⇄"

STARRED = "starred"
NOT_STARRED = "not starred"
CONFLICT_WORD = "conflict"  # two starred talks whose times overlap
HOP_WORD = "hop"  # a change of rooms between two starred talks, one right after the other
TIGHT = "tight"  # a hop with no time between the talks
TIGHT_GAP = f"{TIGHT}: no time between talks"

# What each glyph means, for legends (help, README).
LEGEND = (
    (STAR, STARRED),
    (CONFLICT, f"{CONFLICT_WORD}: overlaps another starred talk"),
    (HOP, f"{HOP_WORD}: you change rooms to reach this talk ({TIGHT} when there is no time "
          "between the talks)"),
)


def glyphs(starred: bool, conflict: bool, hop: bool, level: str | None = None) -> str:
    """Three cells, one per mark, blank where a mark does not apply: '★⚠⇄', '★  ', '·  '.
    A starred talk's `level` gives its star its own shape: '✪⚠ ' for a must."""
    return ((star_mark(level) if starred else NO_STAR) + (CONFLICT if conflict else " ")
            + (HOP if hop else " "))


def star_mark(level: str | None) -> str:
    """A starred talk's star in its level's shape: ✪ must, ★ want (or no level), ? maybe."""
    return LEVEL_MARK.get(level or "", STAR)


def talk_glyphs(analysis: Analysis, starred: frozenset[str], hops: set[str] | frozenset[str],
                paper_id: str) -> str:
    return glyphs(paper_id in starred, paper_id in analysis.conflicts_with, paper_id in hops)


def hop_gap(hop: Hop) -> str:
    """How much time a hop leaves: 'tight: no time between talks', '15 min to spare'."""
    return TIGHT_GAP if hop.tight else f"{hop.gap_minutes} min to spare"


def hop_short(hop: Hop) -> str:
    """The same in a few cells, for the grid's slot column: 'tight', '15 min'."""
    return TIGHT if hop.tight else f"{hop.gap_minutes} min"


def conflict_label() -> str:
    return f"{CONFLICT} {CONFLICT_WORD}"


def hop_label(hop: Hop) -> str:
    """'⇄ tight', '⇄ 15 min': the grid's short label beside the talk a hop reaches."""
    return f"{HOP} {hop_short(hop)}"
