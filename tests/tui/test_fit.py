"""Fitting text to a grid cell: what measuring the whole text gave, from a bounded prefix."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, set_cell_size

import planner.tui.widgets as widgets
from planner.tui.widgets import fit, reach


def measured_all(text: str, width: int) -> str:
    """fit as it was: the whole text measured."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    return set_cell_size(text, width - 1) + "…"


# What changes a width: wide letters, emoji, joiners, selectors, combining marks, controls.
TRICKY = st.sampled_from(["a", " ", "é", "e\u0301", "\u0301", "\u200d", "\ufe0f", "中", "👍",
                          "\U0001f3fd", "❤", "\x1b", "\u200b", "…", "ﾊ", "\u20dd"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(TRICKY, max_size=300).map("".join))


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 50))
def test_fit_gives_what_measuring_everything_gave(text, width):
    got = fit(text, width)
    assert cell_len(got) <= max(0, width)
    head, old = text[:reach(width)], measured_all(text, width)
    if cell_len(old) > max(0, width):  # rich cuts and measures some joiners apart: cut more
        assert got.endswith("…") and got[:-1] == old[:len(got) - 1]
    elif len(head) == len(text) or cell_len(head) > width:
        assert got == old
    else:  # more than reach(width) characters of joiners and marks: cut, and says so
        assert got.endswith("…")


def test_a_long_run_of_combining_marks_is_cut_unread():
    marks = "a" + "\u0301" * 1_000_000
    assert fit(marks, 10) == set_cell_size(marks[:reach(10)], 9) + "…"


def test_fitting_a_ten_megabyte_title_measures_a_bounded_prefix(monkeypatch):
    measured: list[int] = []

    def counting(name):
        real = getattr(widgets, name)
        monkeypatch.setattr(widgets, name, lambda text, *a: measured.append(len(text))
                            or real(text, *a))

    counting("cell_len")
    counting("set_cell_size")
    for title in ("Ten megabytes " + "x" * 10_000_000, "中" * 5_000_000, "e\u0301" * 5_000_000):
        measured.clear()
        assert fit(title, 40) == measured_all(title[:1000], 40)
        assert measured and max(measured) <= reach(40) < 3_000
