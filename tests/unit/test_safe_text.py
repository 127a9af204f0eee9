"""Control characters never reach a terminal or an .ics: the sanitiser and every command."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.safe_text import (
    TerminalWriter,
    for_ics,
    for_terminal,
    has_control,
    ics_document,
    json_for_terminal,
    terminal_copy,
    without_controls,
)
from tests.hostile import (
    ATTACKS,
    BIDI,
    BIDI_ATTACK,
    CONTROL,
    hostile_program,
    write_program,
)

NOTE = "".join(ATTACKS).replace("\x00", "")  # an argument cannot hold NUL


def test_one_line_shows_every_control_character_as_a_stand_in():
    assert for_terminal("a\x1b[2Jb") == "a␛[2Jb"
    assert for_terminal("x\ny\tz\r") == "x␤y␉z␍"
    assert for_terminal("\x7f\x9b\ud800") == "␡\ufffd\ufffd"
    assert for_terminal("plain — ünïcode 🎉 [b]x[/b]") == "plain — ünïcode 🎉 [b]x[/b]"
    for c in range(0x110000):
        ch = chr(c)
        if has_control(ch):
            assert not has_control(for_terminal(ch)), hex(c)


BIDI_CHARS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_bidirectional_controls_never_reach_the_terminal():
    # "Trojan Source": an override makes a terminal that orders text show it reversed.
    assert for_terminal("invoice \u202egnp.exe\u202c") == "invoice \ufffdgnp.exe\ufffd"
    assert (for_terminal("\u2067x\u2069\n\u202a\u202b\u202d", multiline=True)
            == "\ufffdx\ufffd\n\ufffd\ufffd\ufffd")
    # The marks are invisible and only nudge what is beside them: left out, not shown.
    assert for_terminal("שלום\u200f (IL)\u200e ا\u061c") == "שלום (IL) ا"
    for ch in BIDI_CHARS:
        assert has_control(ch) and not has_control(for_terminal(ch))
        assert for_terminal(f"a{ch}\nb", multiline=True) in ("a\nb", "a\ufffd\nb")
    assert not any(has_control(chr(c)) for c in range(0x2000, 0x2100)
                   if chr(c) not in BIDI_CHARS)  # ZWJ, ZWNJ, dashes and quotes are text


def test_bidirectional_controls_in_json_keep_their_value_as_escapes():
    doc = {"t": f"a{BIDI_CHARS}b"}
    text = json_for_terminal(json.dumps(doc, ensure_ascii=False))
    assert not BIDI.search(text) and json.loads(text) == doc


def test_files_leave_escape_sequences_out_whole():
    assert without_controls("\x1b[31mred\x1b[0m, \x1b[1;38;5;208mbold\x1b[m") == "red, bold"
    assert without_controls("\x9b31mC1 CSI") == "C1 CSI"
    assert without_controls("a\x1b]0;window title\x07b\x1b]52;c;cm0=\x1b\\c") == "abc"
    assert without_controls("\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\") == "link"
    assert without_controls("\x1bPq#0\x1b\\dcs link") == "dcs link"
    # A lone C1 character is mostly Windows-1252 read as Latin-1 ("ž" as "\x9e"): it goes,
    # and the text after it stays (found in review: it ate up to a later "\x9c").
    assert without_controls("Dvo\x9e\x98ák: c\x9cur \x9bHi") == "Dvoák: cur Hi"
    assert without_controls("reset\x1bc \x1b(Bcharset \x1b7saved") == "reset charset saved"
    # An OSC that never ends is not a sequence: only its ESC goes, the rest of the note stays.
    assert without_controls("x \x1b]0;no end\nnext line") == "x 0;no end\nnext line"
    assert without_controls("stray ESC at the end\x1b") == "stray ESC at the end"
    assert without_controls("tab\tand\r\nnewline\rCR") == "tab\tand\nnewlineCR"
    assert without_controls(f"bidi {BIDI_CHARS} kept") == f"bidi {BIDI_CHARS} kept"
    text = "nothing — to do"
    assert without_controls(text) is text


def test_multiline_keeps_newline_and_tab_only():
    assert for_terminal("a\r\nb\tc\x1bd\re", multiline=True) == "a\nb\tc␛d␍e"


def test_unchanged_text_is_the_same_object():
    text = "nothing to do here"
    assert for_terminal(text) is text and for_ics(text) is text


def test_ics_values_leave_control_characters_out():
    assert for_ics("a\x1b[2Jb\x07\x0b\x0c\x7f\x85c\r\nd\te") == "abc\nd\te"
    assert for_ics("\ud800") == "\ufffd"


def test_a_one_line_ics_value_has_no_newline():
    assert for_ics("Conf\r\nname\tx\x1b", one_line=True) == "Conf name x"


def test_ics_document_keeps_crlf_and_drops_the_rest():
    raw = "BEGIN:VCALENDAR\r\nSUMMARY:a\x1bb\x9b\rc\nd\r\n desc\tx\r\nEND:VCALENDAR\r\n".encode()
    assert ics_document(raw) == b"BEGIN:VCALENDAR\r\nSUMMARY:abcd\r\n desc\tx\r\nEND:VCALENDAR\r\n"


def test_json_keeps_the_values_and_escapes_c1_del_and_surrogates():
    doc = {"t": "a\x1b\x7f\x9b\ud800\n"}
    text = json_for_terminal(json.dumps(doc, ensure_ascii=False))
    assert not CONTROL.search(text) and json.loads(text) == doc


def test_writer_sanitises_what_is_printed(capsys):
    import sys

    w = TerminalWriter(sys.stdout)
    print("x\x1b]0;t\x07y", "z", file=w)  # type: ignore[arg-type]
    assert capsys.readouterr().out == "x␛]0;t␇y z\n"


def test_terminal_copy_of_a_program_cleans_every_text_and_keeps_ids():
    from planner.program import parse_program

    program = parse_program(hostile_program())
    shown = terminal_copy(program)
    assert list(shown.papers) == list(program.papers)
    for p in shown.papers.values():
        assert not has_control(p.title) and not has_control(p.people_and_places)
        assert not has_control(shown.session_of(p).title)
    assert not has_control(shown.conference.name)
    clean = parse_program(hostile_program(""))
    assert terminal_copy(clean) is clean


def test_terminal_copy_finds_one_control_character_anywhere():
    # A clean program is returned as it is after one look at all its text: a single control
    # character in any one field is still found, and a newline only in a paragraph is layout.
    from planner.program import parse_program

    def doc_with(where: str, text: str) -> dict:
        doc = hostile_program("")
        paper = doc["days"][-1]["sessions"][-1]["papers"][-1]
        if where == "affiliation":
            paper["authors"][-1]["affiliations"][-1] = text
        else:
            paper[where] = text
        return doc

    for where, text, changed in [("affiliation", "Uni \x1b]52;c;x\x07", True),
                                 ("title", "two\nlines", True), ("abstract", "a\x9bb", True),
                                 ("abstract", "one\ntwo", False),
                                 ("abstract", "crlf\r\nend", True)]:
        program = parse_program(doc_with(where, text))
        shown = terminal_copy(program)
        assert (shown is not program) == changed, (where, text)
        paper = list(shown.papers.values())[-1]
        assert not has_control(paper.title)
        assert not has_control(paper.people_and_places)


COMMANDS = [
    ["program"], ["program", "--json"], ["search", "talk"], ["search", "--json", "talk"],
    ["star", "t0s0p0", "t1s0p0"], ["agenda"], ["agenda", "--json"], ["conflicts"],
    ["conflicts", "--json"], ["unstar", "t0s0p0"],
]


def test_commands_print_no_control_character(capsys, tmp_path):
    from planner.cli import main

    program = str(write_program(tmp_path / "p.json", hostile_program()))
    main(["--program", program, "star", "t0s0p0", "t1s0p0"])
    main(["--program", program, "note", "t0s0p0", NOTE])
    capsys.readouterr()
    for args in COMMANDS:
        code = main(["--program", program, *args])
        out, err = capsys.readouterr()
        assert code in (0, 1), (args, err)
        assert not CONTROL.search(out), (args, out)
        assert not CONTROL.search(err), (args, err)
        assert "␛" in out + err or "\\u001b" in out, args


def test_a_real_process_prints_no_control_character(cli, tmp_path):
    program = write_program(tmp_path / "p.json", hostile_program())
    cli("--program", str(program), "note", "t0s0p0", NOTE)
    for args in (["agenda"], ["search", "talk"]):
        run = cli("--program", str(program), *args)
        assert run.returncode == 0 and "Traceback" not in run.stderr
        assert not CONTROL.search(run.stdout + run.stderr) and "␛" in run.stdout


def test_commands_print_no_bidirectional_control_and_files_keep_them(capsys, tmp_path):
    from planner.cli import main

    program = str(write_program(tmp_path / "p.json", hostile_program(BIDI_ATTACK)))
    main(["--program", program, "note", "t0s0p0", BIDI_ATTACK])
    capsys.readouterr()
    for args in COMMANDS:
        code = main(["--program", program, *args])
        out, err = capsys.readouterr()
        assert code in (0, 1), (args, err)
        assert not BIDI.search(out + err), (args, out, err)
        if "--json" in args:  # the same strings, the controls as \u escapes
            assert BIDI_ATTACK in json.dumps(json.loads(out), ensure_ascii=False), args
        else:
            assert "\ufffdgnp.exe\ufffd" in out, args
    # Files are the data: calendars, LaTeX and Markdown viewers order text themselves.
    for fmt, name in (("ics", "a.ics"), ("bibtex", "a.bib"), ("markdown", "a.md"),
                      ("csv", "a.csv")):
        out_file = tmp_path / name
        main(["--program", program, "export", "--format", fmt, "-o", str(out_file)])
        assert "\u202egnp.exe\u202c" in out_file.read_text(encoding="utf-8"), fmt


def test_an_escape_sequence_in_a_note_leaves_nothing_in_the_files(capsys, tmp_path):
    from planner.cli import main

    main(["note", "poby", "ask \x1b[31mabout\x1b[0m \x1b]8;;http://x.example/\x1b\\this\x1b]8;;\x1b\\"])
    for fmt, name in (("ics", "a.ics"), ("bibtex", "a.bib"), ("markdown", "a.md")):
        out_file = tmp_path / name
        assert main(["export", "--format", fmt, "-o", str(out_file)]) == 0
        text = out_file.read_text(encoding="utf-8")
        unfolded = text.replace("\r\n ", "")
        assert "ask about this" in unfolded and "[31m" not in text and "8;;" not in text, fmt
        assert not CONTROL.search(text.replace("\r\n", "")), fmt


def test_notes_keep_what_was_typed(cli, data_dir):
    note = NOTE
    cli("note", "poby", note)
    doc = json.loads((data_dir / "agenda.json").read_text())
    assert doc["starred"]["poby"]["note"] == note


def test_ics_from_hostile_text_passes_the_strict_parser(cli, tmp_path):
    from ical.calendar_stream import IcsCalendarStream

    program = write_program(tmp_path / "p.json", hostile_program())
    cli("--program", str(program), "star", "t0s0p0", "t1s0p0")
    cli("--program", str(program), "note", "t0s0p0", NOTE)
    for extra in ([], ["--sessions"], ["--all", "--alarm", "5"]):
        run = cli("--program", str(program), "export", "-o", "-", *extra)
        assert run.returncode == 0, run.stderr
        assert not CONTROL.search(run.stdout.replace("\r\n", "")), extra
        cal = IcsCalendarStream.calendar_from_ics(run.stdout)
        titles = {e.summary for e in cal.events}
        # Each escape sequence left out whole: no "[2J" or "0;pwned" left behind.
        assert any("Talk clearedtitlelinkclipred" in t or "Session clearedtitlelinkclipred" in t
                   for t in titles), titles


def test_every_lone_surrogate_is_replaced_wherever_it_stands():
    for c in range(0xD800, 0xE000):
        ch = chr(c)
        assert has_control(ch) and has_control(f"é{ch}")
        assert for_terminal(ch) == for_ics(ch) == "\ufffd"
        assert for_terminal(f"a\x1b{ch}é\n", multiline=True) == "a␛\ufffdé\n"
        assert for_ics(f"é{ch}\x07\r\n") == "é\ufffd\n"
        assert json_for_terminal(f'"é{ch}\x9b"') == f'"é\\u{c:04x}\\u009b"'
    assert not has_control("plain — ünïcode 🎉")


def _for_terminal_by_the_pattern(text: str, multiline: bool) -> str:
    """for_terminal without its shortcut for printable text: the pattern's search every time."""
    from planner.safe_text import (
        _LAYOUT_PICTURES,
        _PICTURES,
        _UNSAFE,
        _UNSAFE_BUT_LAYOUT,
        _has_bidi,
        _replace_surrogates,
    )

    if multiline:
        if _UNSAFE_BUT_LAYOUT.search(text) is None and "\r" not in text and not _has_bidi(text):
            return _replace_surrogates(text)
        return _replace_surrogates(text.replace("\r\n", "\n").translate(_LAYOUT_PICTURES))
    if _UNSAFE.search(text) is None and not _has_bidi(text):
        return _replace_surrogates(text)
    return _replace_surrogates(text.translate(_PICTURES))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(
    ["a", " ", "\n", "\t", "\r", "\r\n", "\x1b", "\x7f", "\x85", "\x9b", "\xa0", "\xad", "é",
     "–", "\u200b", "\u200e", "\u202e", "\u2066", "\u2028", "\ud800", "\udfff", "🦀", "\x00"]),
    max_size=40).map("".join)), st.booleans())
def test_printable_text_takes_a_shortcut_to_the_same_answer(text, multiline):
    assert for_terminal(text, multiline=multiline) == _for_terminal_by_the_pattern(text, multiline)


def test_a_printable_page_is_shown_without_the_control_pattern(monkeypatch):
    # A command's whole output passes for_terminal: printable text (but for its newlines and
    # tabs) is let through after one isprintable(), not a pattern's search and four more tests.
    from planner import safe_text
    from planner.program import load_program
    from planner.render import program_text

    searched = []

    class Counted:
        def __init__(self, real):
            self.real = real

        def search(self, text):
            searched.append(text)
            return self.real.search(text)

    for name in ("_UNSAFE", "_UNSAFE_BUT_LAYOUT"):
        monkeypatch.setattr(safe_text, name, Counted(getattr(safe_text, name)))
    page = program_text(load_program())  # accents and en dashes: not ASCII
    assert for_terminal(page, multiline=True) is page
    assert for_terminal("Pedro García-López") == "Pedro García-López"
    assert searched == []
    assert for_terminal("a\x1b[2Jb\n", multiline=True) == "a\u241b[2Jb\n"
    assert searched == ["a\x1b[2Jb\n"]
