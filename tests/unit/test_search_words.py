"""Search: short words match at the start of words, one letter only as a whole word; emoji match."""

from __future__ import annotations

import json

from planner.program import load_program, parse_program
from tests.helpers_programs import make_program


def program_with(titles: list[str]):
    doc = make_program([[[(i * 30, 30) for i in range(len(titles))]]])
    for p, title in zip(doc["days"][0]["sessions"][0]["papers"], titles, strict=True):
        p["title"] = title
    return parse_program(doc)


def titles(program, query: str) -> list[str]:
    return [p.title for p in program.search(query)]


def test_one_letter_is_a_whole_word_and_regex_syntax_matches_nothing_special():
    atc = load_program()
    assert len(atc.search("(?i)")) < 5 < len(atc.papers)  # was: all 100 through "i"
    program = program_with(["The C language", "Caching in C++", "Vector clocks"])
    assert titles(program, "c") == ["The C language", "Caching in C++"]


def test_short_words_match_where_a_word_starts():
    program = program_with(["GPUs at scale", "MGPS systems", "Keys and values"])
    assert titles(program, "gpu") == ["GPUs at scale"]
    assert titles(program, "ey") == []
    assert titles(program, "key") == ["Keys and values"]
    assert titles(program, "scal") == ["GPUs at scale"]  # longer words still match inside


def test_emoji_are_found():
    program = program_with(["Rust 🦀 in the kernel", "Fast ❤️ networks", "Plain title"])
    assert titles(program, "🦀") == ["Rust 🦀 in the kernel"]
    assert titles(program, "❤️") == ["Fast ❤️ networks"]


def test_emoji_search_from_the_command_line(cli, tmp_path):
    doc = make_program([[[(0, 30), (30, 30)]]])
    doc["days"][0]["sessions"][0]["papers"][0]["title"] = "Rust 🦀 in the kernel"
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc, ensure_ascii=False))
    run = cli("--program", str(path), "search", "🦀")
    assert run.returncode == 0 and "Rust 🦀 in the kernel" in run.stdout
    assert run.stdout.count("t0s0p") == 1
