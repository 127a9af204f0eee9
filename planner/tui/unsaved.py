"""Asked at quit when changes to the agenda could not be saved: retry, quit anyway, or stay."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from planner.safe_text import for_terminal


class UnsavedScreen(ModalScreen[str]):
    """Dismissed with "retry", "quit" or "stay"."""

    DEFAULT_CSS = """
    UnsavedScreen { align: center middle; }
    #unsaved { width: 70; max-width: 95%; height: auto; border: round $error;
               background: $panel; padding: 1 2; }
    #unsaved-error { width: 100%; color: $text-error; }
    #unsaved-buttons { height: auto; margin-top: 1; }
    #unsaved-buttons Button { margin-right: 1; }
    """
    BINDINGS = [
        Binding("r", "choose('retry')", "Retry", id="unsaved-retry"),
        Binding("y", "choose('quit')", "Quit without saving", id="unsaved-quit"),
        Binding("escape", "choose('stay')", "Stay", id="unsaved-stay"),
    ]

    def __init__(self, count: int, error: str) -> None:
        super().__init__()
        self.count = count
        self.error = error

    def compose(self) -> ComposeResult:
        changes = f"{self.count} change{'s' * (self.count != 1)}"
        with Vertical(id="unsaved"):
            yield Label(f"{changes} to your agenda could not be saved:", markup=False)
            yield Label(for_terminal(self.error), markup=False, id="unsaved-error")
            with Horizontal(id="unsaved-buttons"):
                yield Button("Retry (r)", id="retry", variant="primary")
                yield Button("Quit without saving (y)", id="quit", variant="error")
                yield Button("Stay (esc)", id="stay")

    def on_mount(self) -> None:
        self.query_one("#retry", Button).focus()

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id:
            self.dismiss(event.button.id)
