"""Folding text for matching: case, accents and look-alike characters do not matter."""

from __future__ import annotations

import re
import unicodedata

# Symbols and emoji (arrows, dingbats, the emoji planes) are words of their own, so "🦀" finds
# a title with a crab in it; every other non-letter separates words.
_SYMBOLS = "\u2190-\u2bff\U0001f000-\U0001faff"
# ASCII text folds through a byte table: a capital to its small letter, what \W (the full
# pattern's non-word) is in ASCII to a space. bytes.translate reads a byte a step, where
# str.translate looked each character up in a dict (a search folds every paper's text: with
# it, a third of what `search cache` costs above `program`).
_ASCII_FOLD = bytes(ord(c.lower()) if c.isalnum() or c == "_" else 0x20
                    for c in map(chr, range(256)))
# The symbol blocks begin here: a folded text with nothing at or past it has no symbol to
# space out, and for it the non-word pattern below is plain \W.
_FIRST_SYMBOL = "\u2190"
# Compiled on the first text that holds a symbol or an emoji: these classes of thousands of
# code points take a millisecond to compile, and most commands and most searches need neither.
_symbol: re.Pattern[str] | None = None
_non_word: re.Pattern[str] | None = None
# Compiled on the first text that is not ASCII (a search), the second on the first that is not
# ASCII once folded (Greek, CJK): short classes, quick to compile.
_non_ascii: re.Pattern[str] | None = None  # combining marks are never ASCII
_plain_non_word: re.Pattern[str] | None = None


def _without_marks(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def _fold_ascii(text: str) -> str:
    return b" ".join(text.encode("ascii").translate(_ASCII_FOLD).split()).decode("ascii")


def fold(text: str) -> str:
    """'García-López' -> 'garcia lopez'; 'µs' and 'μs' fold alike (NFKC maps µ to μ)."""
    global _symbol, _non_word, _non_ascii, _plain_non_word
    if text.isascii():  # most text: nothing to normalise, and no character-by-character loop
        return _fold_ascii(text)
    if _non_ascii is None:
        _non_ascii = re.compile(r"[^\x00-\x7f]+")
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    # Marks dropped from the runs of non-ASCII letters only: a character-by-character loop
    # over all of a long text (a 10 MB title beside one accented name) took seconds.
    folded = _non_ascii.sub(_without_marks, decomposed).casefold()
    # Looked for in the folded text: normalising can make a symbol ("=" and U+0338 are "≠").
    if folded.isascii():  # accented Latin letters are ASCII once their marks are gone
        return _fold_ascii(folded)
    if max(folded) < _FIRST_SYMBOL:
        if _plain_non_word is None:
            _plain_non_word = re.compile(r"\W+")
        return " ".join(_plain_non_word.sub(" ", folded).split())
    if _symbol is None or _non_word is None:
        _symbol, _non_word = re.compile(f"[{_SYMBOLS}]"), re.compile(f"[^\\w{_SYMBOLS}]+")
    return " ".join(_non_word.sub(" ", _symbol.sub(r" \g<0> ", folded)).split())
