"""`?`: the keys, and where the times come from."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown, Static

if TYPE_CHECKING:
    from planner.tui.app import PlannerApp

HELP = Path(__file__).with_name("help.md")


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close", id="close-help")]

    app: PlannerApp

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            # help.md is ours; the times source comes from the program file, so it is shown
            # as plain text (never Markdown or markup) that wraps to the dialog's width.
            yield Markdown(HELP.read_text(encoding="utf-8"))
            yield Static(Content(self.app.program.conference.times_source), id="help-times")
        yield Footer()
