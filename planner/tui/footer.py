"""Textual's footer, built again only when the keys it shows change.

Textual's Footer rebuilds all its keys (a widget each) whenever the screen's bindings may have
changed: at start-up the first focus, the screen's resume and the focus again after a frame
each asked, three builds of every key before the first screen was whole (bench/first_paint.py
waits for the footer's keys). A build that would show the same keys is skipped here.
"""

from __future__ import annotations

from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    _shown: tuple[object, ...] | None = None  # what the keys were last built from

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
