"""Data text cut to what a screen can show, before anything wraps or measures it.

A title, a name, a room or a note can be megabytes long (a program file is data from anyone).
Textual wraps and measures every character it is given, so one such title cost seconds per
frame. A widget shows at most its size in cells, and every character but a combining mark or
a joiner takes a cell, so a prefix of that many characters shows the same; '…' says it is cut.
"""

from __future__ import annotations


def clip(text: str, limit: int) -> str:
    """`text` itself when it has at most `limit` characters, else its start and '…'."""
    if len(text) <= limit:
        return text
    return text[:max(0, limit - 1)] + "…"
