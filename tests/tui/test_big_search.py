"""The search palette over a big program lists a screenful, title matches first (issue 14).

Counted, not timed: how many hits the palette got, and how long the longest line shown is.
"""

from __future__ import annotations

from textual.command import CommandPalette

from planner.program import parse_program
from planner.tui.commands import LONGEST, SHOWN
from tests.helpers_programs import make_program
from tests.tui.helpers import make_app, settle

# 20 tracks x 5 sessions x 30 talks: 3,000 talks, every one by "A Person" (a search for
# "person" matches them all); one title holds the word "needle", one is a megabyte long.
DOC = make_program([[[(s * 160 + k * 5, 5) for k in range(30)] for s in range(5)]
                    for _ in range(20)])
papers = [p for s in DOC["days"][0]["sessions"] for p in s["papers"]]
papers[-1]["title"] = "A needle in the program"
papers[-2]["title"] = "Person " + "x" * 1_000_000
BIG = parse_program(DOC)


async def palette_hits(pilot, query: str) -> list[str]:
    app = pilot.app
    await pilot.press("ctrl+p")
    await pilot.pause(0.2)
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*query)
    palette = app.screen
    for _ in range(200):  # the palette gathers hits in a worker and shows them in batches
        await pilot.pause(0.05)
        if not any(w.is_running for w in app.workers if w.node is palette):
            break
    listed = app.screen.query_one("CommandList")
    return [str(listed.get_option_at_index(i).prompt).split("\n")[0]
            for i in range(listed.option_count)]


async def test_a_word_every_paper_holds_lists_a_screenful_with_title_matches_first(tmp_path):
    app = make_app(tmp_path, program=BIG)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        hits = await palette_hits(pilot, "person")
        assert len(hits) == SHOWN  # of 3,000 matches
        assert hits[0].startswith("Person xxx")  # the one title holding the word comes first
        assert max(len(h) for h in hits) <= LONGEST
        assert hits[0].endswith("…")


async def test_a_word_in_one_title_finds_it(tmp_path):
    app = make_app(tmp_path, program=BIG)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert await palette_hits(pilot, "needle") == ["A needle in the program"]
