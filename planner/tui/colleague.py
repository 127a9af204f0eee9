"""Asking for a colleague's shared agenda file (made with `atc-planner agenda --export`)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class ColleagueScreen(ModalScreen[str | None]):
    """A path in, the path out (an empty path hides the colleague's agenda); escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-colleague")]

    def __init__(self, current: str = "") -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="colleague-body"):
            yield Label("A colleague's agenda: the file they wrote with "
                        "`atc-planner agenda --export FILE`. Their stars show as ☆. "
                        "Leave it empty to hide theirs.", markup=False)
            yield Input(self.current, placeholder="path to their shared agenda (.json)",
                        id="colleague-path")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
