"""The agenda screen with thousands of entries: it builds only what is on screen (issue 14).

Counted, not timed: how many entries had their text built while the screen opened and moved.
"""

from __future__ import annotations

import pytest

from planner.program import parse_program
from planner.tui.agenda_list import AgendaList, fit
from planner.tui.agenda_screen import AgendaScreen
from planner.tui.details import DetailsScreen
from tests.helpers_programs import make_program
from tests.tui.helpers import make_app, settle

# 20 tracks x 5 sessions x 20 talks of 5 minutes: 2,000 talks, every one starred below.
BIG = parse_program(make_program(
    [[[(s * 120 + k * 5, 5) for k in range(20)] for s in range(5)] for _ in range(20)]))


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every entry whose lines were built."""
    seen: list[object] = []
    original = AgendaList._build

    def counting(self: AgendaList, item: object) -> list:
        seen.append(item)
        return original(self, item)

    monkeypatch.setattr(AgendaList, "_build", counting)
    return seen


async def test_a_big_agenda_builds_only_the_entries_on_screen(tmp_path, built):
    app = make_app(tmp_path, dict.fromkeys(BIG.papers, ""), program=BIG)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        listing = app.screen.query_one(AgendaList)
        assert isinstance(app.screen, AgendaScreen) and len(listing.talks) == 2_000
        # Each entry has many lines (conflicts with 19 other tracks), so a screen holds few.
        assert 0 < len(built) <= 40
        assert listing.highlighted == listing.items[listing.talks[0]].id

        built.clear()
        await pilot.press("end")
        await settle(pilot)
        last = listing.items[listing.talks[-1]]
        assert listing.highlighted == last.id
        assert last in built and len(built) <= 40
        assert listing.scroll_offset.y > 0


async def test_keys_and_clicks_move_the_cursor_and_open_details(tmp_path):
    stars = {"fast-acs": "", "gmi-drl": "", "poby": "", "hec": "", "drack": ""}
    app = make_app(tmp_path, stars)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        listing = app.screen.query_one(AgendaList)
        order = [listing.items[i].id for i in listing.talks]
        assert listing.highlighted == order[0]
        await pilot.press("down", "j")
        assert listing.highlighted == order[2]
        await pilot.press("up")
        assert listing.highlighted == order[1]
        await pilot.press("end")
        assert listing.highlighted == order[-1]
        await pilot.press("home")
        assert listing.highlighted == order[0]
        await pilot.press("pagedown")
        assert listing.highlighted != order[0]
        # A click puts the cursor on a talk; a click on the talk under the cursor opens it.
        y = listing.starts[listing.talks[1]] - listing.scroll_offset.y
        await pilot.click(AgendaList, offset=(10, y))
        assert listing.highlighted == order[1]
        await pilot.click(AgendaList, offset=(10, y))
        await settle(pilot)
        assert isinstance(app.screen, DetailsScreen) and app.screen.paper_id == order[1]


async def test_unstarring_keeps_the_cursor_in_place(tmp_path):
    app = make_app(tmp_path, {"fast-acs": "", "gmi-drl": "", "poby": "", "hec": ""})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a", "down")
        await settle(pilot)
        listing = app.screen.query_one(AgendaList)
        order = [listing.items[i].id for i in listing.talks]
        await pilot.press("space")
        await settle(pilot)
        assert order[1] not in app.agenda.starred
        assert listing.highlighted == order[2]  # its neighbour, not back to the top


def test_a_ten_megabyte_line_is_cut_from_its_start():
    from textual.content import Content

    line = Content.assemble(("★", "bold"), " 10:00  ", "x" * 10_000_000)
    cut = fit(line, 40)
    assert cut.cell_length == 40 and cut.plain.endswith("x…") and cut.plain.startswith("★ 10:00")
    assert fit(Content("short"), 40).plain == "short"
    assert fit(Content("日本語のタイトル"), 7).cell_length <= 7
