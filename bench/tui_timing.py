"""Key press to redrawn frame in a headless Textual app, without the pilot's idle waits.

`Pilot.press` and `Pilot.pause` wait until the process has been idle for 20 ms, several
times over: right for tests, but a floor of 40-60 ms under every figure. Here the key is sent
as the terminal driver would send it, every message it causes is handled, and the screen is
composited at once, which is what the next refresh would do.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual import events
from textual.pilot import Pilot


async def settle_messages(pilot: Pilot, until: Callable[[], bool] | None = None) -> None:
    """Handle every queued message (and the ones those post), until `until()` holds."""
    for _ in range(10_000):
        # Private, but it is what the pilot itself uses: a callback queued behind every
        # pending message of the app and of each widget of the current screen.
        await pilot._wait_for_screen(timeout=600)  # the old agenda screen took minutes
        if until is None or until():
            break
    for _ in range(3):  # messages posted by the handlers of the last round
        await pilot._wait_for_screen(timeout=600)


async def key_ms(pilot: Pilot, key: str, until: Callable[[], bool] | None = None) -> float:
    """CPU milliseconds from a key press to the frame that shows its effect."""
    app = pilot.app
    char = {"space": " ", "escape": None, "enter": "\r"}.get(key, key if len(key) == 1 else None)
    t0 = time.process_time()  # CPU time: on a shared machine wall time measures the others
    app._driver.send_message(events.Key(key, char))  # type: ignore[union-attr]
    await settle_messages(pilot, until)
    app.screen._on_timer_update()  # layout and composite now: the frame the user would see
    return (time.process_time() - t0) * 1000
