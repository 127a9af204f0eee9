"""The grid's footer: the keys of the screen drawn as one line, as Textual's Footer draws them.

Textual's Footer is a container of widgets, one per key and per key group: at start-up they
were eleven of the first screen's twenty-two widgets, and styling them (each key's classes set
twice, its two parts styled apart) cost more than all the rest of the screen (bench/
first_paint.py). Here one widget draws the same text, in the same styles (planner.tcss), from
the screen's active bindings, and draws it again when the screen says its bindings changed.
A key is hovered, clicked and shows its tooltip as in Textual's footer. Key groups are drawn
as Textual draws compact ones, the only kind the planner has (+ and - of the level). Keys past
the window's width are cut, where Textual's footer scrolled with the mouse wheel: the grid's
keys fit 80 columns (tests/tui/test_first_run.py).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.color import Color
from textual.strip import Strip
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.screen import Screen


class Key(NamedTuple):
    key: str  # the key pressed when it is clicked
    display: str
    description: str  # "" for a key of a group: the group's label follows the keys
    enabled: bool
    tooltip: str


class GridFooter(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "grid-footer--key",
        "grid-footer--description",
        "grid-footer--hover",
    }

    def __init__(self, **kwargs: str) -> None:
        super().__init__(**kwargs)
        self._spans: list[tuple[int, int, Key]] = []  # x0, x1 of each key as last drawn
        self._hover: Key | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def items(self) -> list[Key | str]:
        """What the footer shows, left to right: keys, and the label after a group's keys.
        The same choice as Textual's Footer: shown bindings, one per action."""
        by_action: defaultdict[str, list[tuple[Binding, bool, str]]] = defaultdict(list)
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show:
                by_action[binding.action].append((binding, enabled, tooltip))
        items: list[Key | str] = []
        display = self.app.get_key_display
        for group, actions in groupby(by_action.values(), lambda bindings: bindings[0][0].group):
            firsts = [bindings[0] for bindings in actions]
            if group is not None and len(firsts) > 1:
                items += [Key(b.key, display(b), "", enabled, tooltip or b.description)
                          for b, enabled, tooltip in firsts]
                items.append(group.description)
            else:
                items += [Key(b.key, display(b), b.description, enabled, tooltip)
                          for b, enabled, tooltip in firsts]
        return items

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        gap = Style(bgcolor=base.bgcolor)  # between Textual's key widgets: the footer's own
        if y:
            return Strip.blank(width, gap)
        key_style = self.get_component_rich_style("grid-footer--key")
        description_style = self.get_component_rich_style("grid-footer--description")
        segments: list[Segment] = []
        spans: list[tuple[int, int, Key]] = []
        x = 0
        grouped = False

        def add(text: str, style: Style) -> None:
            nonlocal x
            segments.append(Segment(text, style))
            x += cell_len(text)

        for item in self.items():
            if isinstance(item, str):  # a group's label, a space either side of it
                add(" ", gap)
                add(item, base + description_style)
                add(" ", gap)
                grouped = False
                continue
            if not item.description and not grouped:
                add(" ", gap)  # before a group's keys
                grouped = True
            # As Textual's FooterKey: its parts' styles over the key's own (dim if disabled).
            under = base + Style(dim=True) if not item.enabled else base
            key, description = ((self._hovered_style("grid-footer--key"),
                                 self._hovered_style("grid-footer--description"))
                                if item == self._hover else (key_style, description_style))
            x0 = x
            if item.description:
                add(f" {item.display} ", under + key)
                add(f"{item.description} ", under + description)
            else:
                add(item.display, under + key)
            spans.append((x0, x, item))
        self._spans = spans
        if x < width:
            segments.append(Segment(" " * (width - x), gap))
        return Strip(segments).crop(0, width)

    def _hovered_style(self, part: str) -> Style:
        """A part of the key under the mouse: its background over the hover's, as a part of
        Textual's FooterKey is drawn over the key's background, which the hover changes."""
        hover = Color.from_rich_color(self.get_component_rich_style("grid-footer--hover").bgcolor)
        background = hover + self.get_component_styles(part).background
        return self.get_component_rich_style(part) + Style(bgcolor=background.rich_color)

    def _key_at(self, x: int) -> Key | None:
        return next((key for x0, x1, key in self._spans if x0 <= x < x1), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hovered(self._key_at(event.x))

    def on_leave(self) -> None:
        self._hovered(None)

    def _hovered(self, key: Key | None) -> None:
        if key != self._hover:
            self._hover = key
            self.tooltip = key.tooltip if key is not None and key.tooltip else None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
