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
# The symbol blocks begin here: a folded text with nothing at or past it has no symbol to
# space out, and for it the non-word pattern below is plain \W.
_FIRST_SYMBOL = "\u2190"
# Compiled on the first text that holds a symbol or an emoji: these classes of thousands of
# code points take a millisecond to compile, and most commands and most searches need neither.
_symbol: re.Pattern[str] | None = None
_non_word: re.Pattern[str] | None = None
# Compiled on the first text that is not ASCII (a search): short classes, quick to compile.
_non_ascii: re.Pattern[str] | None = None  # combining marks are never ASCII
_plain_non_word: re.Pattern[str] | None = None


def _without_marks(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def fold(text: str) -> str:
    """'García-López' -> 'garcia lopez'; 'µs' and 'μs' fold alike (NFKC maps µ to μ)."""
    global _symbol, _non_word, _non_ascii, _plain_non_word
    if text.isascii():  # most text: nothing to normalise, and no character-by-character loop
        return " ".join(text.lower().translate(_ASCII_NON_WORD).split())
    if _non_ascii is None or _plain_non_word is None:
        _non_ascii, _plain_non_word = re.compile(r"[^\x00-\x7f]+"), re.compile(r"\W+")
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    # Marks dropped from the runs of non-ASCII letters only: a character-by-character loop
    # over all of a long text (a 10 MB title beside one accented name) took seconds.
    folded = _non_ascii.sub(_without_marks, decomposed).casefold()
    # Looked for in the folded text: normalising can make a symbol ("=" and U+0338 are "≠").
    if folded.isascii() or max(folded) < _FIRST_SYMBOL:
        return " ".join(_plain_non_word.sub(" ", folded).split())
    if _symbol is None or _non_word is None:
        _symbol, _non_word = re.compile(f"[{_SYMBOLS}]"), re.compile(f"[^\\w{_SYMBOLS}]+")
    return " ".join(_non_word.sub(" ", _symbol.sub(r" \g<0> ", folded)).split())
