"""Textual's footer, built again only when the keys it shows change.

Textual's Footer rebuilds all its keys (a widget each) whenever the screen's bindings may have
changed: at start-up the first focus, the screen's resume and the focus again after a frame
each asked, three builds of every key, the first one a frame after the rest of the screen
(bench/first_paint.py waits for the footer's keys). Here the keys are built with the screen,
and a build that would show the same keys is skipped.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    _shown: tuple[object, ...] | None = None  # what the keys were last built from

    def __init__(self, **kwargs: bool) -> None:
        super().__init__(**kwargs)
        # Textual's footer shows nothing until the screen first says its bindings changed
        # (the first focus), so its keys came a frame after the rest of the screen. The keys
        # a screen's footer shows are its own and the app's, known when it is put together.
        self.set_reactive(TextualFooter._bindings_ready, True)

    def compose(self) -> ComposeResult:
        self._shown = self._keys()
        yield from super().compose()

    def _keys(self) -> tuple[object, ...]:
        """Everything the footer's compose reads, for the keys it shows."""
        active = self.screen.active_bindings
        shown = [entry for entry in active.values() if entry[1].show]
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None:
            shown.append(palette)
        return (self.show_command_palette, self.combine_groups, self.compact,
                *((b.key, self.app.get_key_display(b), b.description, b.action, b.group,
                   b.tooltip, enabled, tooltip) for _, b, enabled, tooltip in shown))

    async def recompose(self) -> None:
        if not self._bindings_ready or not self.is_attached:
            await super().recompose()
            return
        shown = self._keys()
        if shown != self._shown:
            self._shown = shown
            await super().recompose()
