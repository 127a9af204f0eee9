"""Abstracts and descriptions as plain text: schedules publish HTML, the views show words.

The HTML is read by the standard library's tolerant parser and reduced to its text, with a
line break for each paragraph or list item; nothing of it is ever rendered as markup.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=256)
def plain_text(text: str) -> str:
    """The text a person reads in `text`, which may be HTML: tags dropped, entities decoded."""
    if "<" not in text and "&" not in text:
        return text.strip()
    from planner.htmltext import TextParser

    parser = TextParser()
    parser.feed(text)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
