"""Folding text for matching: case, accents and look-alike characters do not matter."""

from __future__ import annotations

import re
import unicodedata

# Symbols and emoji (arrows, dingbats, the emoji planes) are words of their own, so "🦀" finds
# a title with a crab in it; every other non-letter separates words.
_SYMBOLS = "\u2190-\u2bff\U0001f000-\U0001faff"
_SYMBOL = re.compile(f"[{_SYMBOLS}]")
_NON_WORD = re.compile(f"[^\\w{_SYMBOLS}]+")


def fold(text: str) -> str:
    """'García-López' -> 'garcia lopez'; 'µs' and 'μs' fold alike (NFKC maps µ to μ)."""
    if text.isascii():  # most text: nothing to normalise, and no character-by-character loop
        return " ".join(_NON_WORD.sub(" ", text.lower()).split())
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    spaced = _SYMBOL.sub(r" \g<0> ", bare.casefold()) if not bare.isascii() else bare.casefold()
    return " ".join(_NON_WORD.sub(" ", spaced).split())
