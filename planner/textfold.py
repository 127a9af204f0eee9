"""Folding text for matching: case, accents and look-alike characters do not matter."""

from __future__ import annotations

import re
import unicodedata

# Symbols and emoji (arrows, dingbats, the emoji planes) are words of their own, so "🦀" finds
# a title with a crab in it; every other non-letter separates words.
_SYMBOLS = "\u2190-\u2bff\U0001f000-\U0001faff"
# What \W (the full pattern's non-word) is in ASCII text, as a table for str.translate: a
# third of the time of a pattern's sub on a search's texts, and nothing to compile at start.
_ASCII_NON_WORD = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}
# Compiled on the first text that is not ASCII (a search): these classes of thousands of code
# points take a few milliseconds to compile, and most commands fold nothing.
_symbol: re.Pattern[str] | None = None
_non_word: re.Pattern[str] | None = None
_non_ascii: re.Pattern[str] | None = None  # combining marks are never ASCII


def _without_marks(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def fold(text: str) -> str:
    """'García-López' -> 'garcia lopez'; 'µs' and 'μs' fold alike (NFKC maps µ to μ)."""
    global _symbol, _non_word, _non_ascii
    if text.isascii():  # most text: nothing to normalise, and no character-by-character loop
        return " ".join(text.lower().translate(_ASCII_NON_WORD).split())
    if _symbol is None or _non_word is None or _non_ascii is None:
        _symbol, _non_word = re.compile(f"[{_SYMBOLS}]"), re.compile(f"[^\\w{_SYMBOLS}]+")
        _non_ascii = re.compile(r"[^\x00-\x7f]+")
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    # Marks dropped from the runs of non-ASCII letters only: a character-by-character loop
    # over all of a long text (a 10 MB title beside one accented name) took seconds.
    bare = _non_ascii.sub(_without_marks, decomposed)
    spaced = _symbol.sub(r" \g<0> ", bare.casefold()) if not bare.isascii() else bare.casefold()
    return " ".join(_non_word.sub(" ", spaced).split())
