"""Pausing Python's cycle collector while building many small objects that form no cycles.

Each burst of allocations (a 10,000-talk program being read, its conflicts being listed)
otherwise triggers full collections that walk everything alive for nothing: that was 40 % of
the time of `analyze` on 10,000 starred talks and of reading a 10,000-talk program, and a
fifth of `agenda --json` (the output being built and written) at 10,000 stars.

`with cycle_collector_paused():` around a burst, or `@cycle_collector_paused()` on a function
that makes one (a whole output, a whole document).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
