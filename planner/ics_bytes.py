"""A calendar as bytes: exactly what icalendar's `Calendar.to_ical()` gives, faster for a big one.

`to_ical()` spent most of a 10,000-event export on per-property overhead, not on the content:
for every property it builds an empty Parameters object it then ignores (the default of a
getattr), and it folds every line one character at a time, encoding each character to count
its bytes. Here the same lines come from the same public parts, `property_items()` and
`Contentline.from_parts()`, with two differences that leave every byte as it was:

- a property value object that many events hold (planner/ics.py gives all events one stamp,
  one SEQUENCE, one object per room and per category) becomes a line once, not once per event;
- lines are folded by slicing their UTF-8 bytes (`fold`), at the very places icalendar's
  folding cuts them.

tests/unit/test_ics_bytes.py holds both to icalendar's own output.
"""

from __future__ import annotations

from typing import Any

from icalendar import Parameters
from icalendar.cal.component import Component
from icalendar.parser import Contentline

LIMIT = 75  # RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets
_MOST = LIMIT - 1  # icalendar folds before a character that would make a line 75 octets
_FOLD = b"\r\n "
_KEEP_WITH_NEXT = frozenset(b"\\^")  # icalendar keeps an escape with what it escapes


def fold(line: str) -> bytes:
    """A content line folded as icalendar folds it (RFC 5545 3.1), as UTF-8."""
    data = line.encode("utf-8")
    if len(data) <= _MOST:
        return data
    pieces = []
    start, end_of_data = 0, len(data)
    while end_of_data - start > _MOST:
        end = start + _MOST
        while data[end] & 0xC0 == 0x80:  # inside a character: cut before it, never through it
            end -= 1
        if data[end - 1] in _KEEP_WITH_NEXT:  # `\,` or `^n` stays on one line
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return _FOLD.join(pieces)


def to_ical(component: Component) -> bytes:
    """`component.to_ical()` (sorted), byte for byte."""
    no_params = Parameters()
    made: dict[tuple[str, Any], bytes] = {}  # (name, the value object's id) -> its folded line
    lines = []
    for name, value in component.property_items():
        # BEGIN and END come as bytes; every other value is a property object the component
        # holds (so its id stays its own while this runs).
        key = (name, value if isinstance(value, bytes) else id(value))
        line = made.get(key)
        if line is None:
            params = getattr(value, "params", no_params)
            line = made[key] = fold(Contentline.from_parts(name, params, value))
        lines.append(line)
    lines.append(b"")
    return b"\r\n".join(lines)
