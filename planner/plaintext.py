"""Abstracts and descriptions as plain text: schedules publish HTML, the views show words.

The HTML is read by the standard library's tolerant parser and reduced to its text, with a
line break for each paragraph or list item; nothing of it is ever rendered as markup.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "pre", "section", "article", "table"}
_SKIP = {"script", "style"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


@lru_cache(maxsize=256)
def plain_text(text: str) -> str:
    """The text a person reads in `text`, which may be HTML: tags dropped, entities decoded."""
    if "<" not in text and "&" not in text:
        return text.strip()
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
