"""Folding for search reads a long text at C speed: only its non-ASCII letters go one by one."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.textfold import fold

_SYMBOLS = "\u2190-\u2bff\U0001f000-\U0001faff"


def folded_char_by_char(text: str) -> str:
    """fold as it was: every character of a non-ASCII text tested for a mark."""
    if text.isascii():
        return " ".join(re.sub(r"\W+", " ", text.lower()).split())
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    spaced = re.sub(f"[{_SYMBOLS}]", r" \g<0> ", bare.casefold()) if not bare.isascii() \
        else bare.casefold()
    return " ".join(re.sub(f"[^\\w{_SYMBOLS}]+", " ", spaced).split())


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(
    ["a", "Z", " ", "-", "é", "e\u0301", "\u0301", "ß", "µ", "ﬁ", "中", "🦀", "Å", "ǅ", "\u20dd",
     "=", "\u0338", "≠", "\u2190", "\u218f", "Ⓐ", "\U0001faff", "\U0001fb00"]),
    max_size=60).map("".join)))
def test_fold_gives_what_folding_char_by_char_gave(text):
    assert fold(text) == folded_char_by_char(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127)))
def test_ascii_text_folds_as_the_non_word_pattern_splits_it(text):
    assert fold(text) == " ".join(re.sub(r"\W+", " ", text.lower()).split())


def test_a_long_title_beside_an_accent_is_not_read_char_by_char(monkeypatch):
    tested: list[str] = []
    real = unicodedata.combining
    monkeypatch.setattr(unicodedata, "combining", lambda c: tested.append(c) or real(c))
    assert fold("Ten megabytes " + "x" * 1_000_000 + " José García").endswith("jose garcia")
    assert len(tested) == 2  # the two accents (é is e and a mark): the rest is ASCII


def test_accented_latin_text_folds_as_ascii_once_its_marks_are_gone(monkeypatch):
    # Names with accents are most of a program's non-ASCII text: once NFKD has split off
    # their marks they are ASCII and take the byte table, not the Unicode \W pattern.
    from planner import textfold

    monkeypatch.setattr(textfold, "_plain_non_word", None)
    assert fold("José García-López, Université") == "jose garcia lopez universite"
    assert textfold._plain_non_word is None
    assert fold("Ελληνικά, José") == "ελληνικα jose"
    assert textfold._plain_non_word is not None
