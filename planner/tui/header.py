"""Textual's Header, whose title is redrawn without laying out the whole screen.

The header's text changes with every star (the plan's coverage, the next starred talk), and
Static.update lays out the screen each time; the title is one line the header's width,
whatever it says.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.visual import VisualType
from textual.widgets import Header as TextualHeader
from textual.widgets._header import HeaderTitle


class _Title(HeaderTitle):
    def update(self, content: VisualType = "", *, layout: bool = False) -> None:
        super().update(content, layout=False)


class Header(TextualHeader):
    def compose(self) -> ComposeResult:
        for widget in super().compose():
            yield _Title() if type(widget) is HeaderTitle else widget
