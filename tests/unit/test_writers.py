"""Reading lists: BibTeX parsed back with pybtex, CSV with the csv module, Markdown rendered."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata

import pytest
from markdown_it import MarkdownIt
from pybtex.bibtex.utils import bibtex_abbreviate, bibtex_purify, change_case
from pybtex.database import parse_string
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from planner.agenda import Agenda
from planner.program import load_program, parse_program
from planner.writers import select, write
from planner.writers.bibtex import key_for
from planner.writers.markdown import escape
from tests.helpers_programs import make_program

NASTY_TITLE = "R&D at 100% for snake_case {braces} #1 -- C:\\path ~ a^b $x$"
NASTY_AUTHORS = ["Émile Ça_va & Fils #2", "Łukasz Wójcik", "José García", "Zoë {Curly} Brace",
                 "Søren Ærø", "Jiří Dvořák"]


def latex_to_unicode() -> LatexNodes2Text:
    """Decode LaTeX as biber does: macros and accents to Unicode, braces dropped."""
    db = get_default_latex_context_db()
    db.add_context_category("bibtex-text", prepend=True, macros=[
        MacroTextSpec("textbraceleft", "{"), MacroTextSpec("textbraceright", "}"),
        MacroTextSpec("textasciicircum", "^"), MacroTextSpec("textasciitilde", "~"),
    ])
    return LatexNodes2Text(latex_context=db, math_mode="verbatim", strict_latex_spaces=True)


DECODE = latex_to_unicode()


def decode(latex: str) -> str:
    # '-{}-' is how the writer keeps TeX from making a dash of '--'; a decoder reading it as
    # LaTeX sees two hyphens.
    return unicodedata.normalize("NFC", DECODE.latex_to_text(latex))


def printed(text: str) -> str:
    """What LaTeX prints for a text: the Greek mu of "μs" as the micro sign (\\textmu)."""
    return text.replace("\u03bc", "\u00b5")


def full_name(person) -> str:
    """A parsed BibTeX name in reading order, decoded."""
    parts = (person.first_names + person.middle_names + person.prelast_names
             + person.last_names + person.lineage_names)
    return decode(" ".join(parts))


@pytest.fixture(scope="module")
def program():
    return load_program()


@pytest.fixture(scope="module")
def nasty_program():
    doc = make_program([[[(0, 15), (15, 15)]], [[(0, 30)]]])
    first = doc["days"][0]["sessions"][0]["papers"][0]
    first["title"] = NASTY_TITLE
    first["authors"] = [{"name": n, "affiliations": ["Ça & Co"]} for n in NASTY_AUTHORS]
    first["page"] = 5
    doc["days"][0]["sessions"][0]["papers"][1]["page"] = 9
    doc["days"][0]["sessions"][1]["papers"][0]["page"] = 1
    return parse_program(doc)


def pages_expected(program) -> dict[str, str]:
    """The rule as the issue states it, computed independently of the writer."""
    papers = sorted(program.papers.values(), key=lambda p: p.page)
    out = {}
    for i, p in enumerate(papers):
        out[p.id] = f"{p.page}--{papers[i + 1].page - 1}" if i + 1 < len(papers) else str(p.page)
    return out


def test_all_100_papers_parse_back_field_by_field(program):
    notes = {pid: f"note on {pid}: 50% & more" for pid in list(program.papers)[::7]}
    agenda = Agenda({})
    for pid, note in notes.items():
        agenda = agenda.with_note(pid, note)
    text = write("bibtex", program, select(program, agenda, everything=True))
    bib = parse_string(text, "bibtex")
    assert len(bib.entries) == len(program.papers) == 100
    pages = pages_expected(program)
    assert pages[max(program.papers.values(), key=lambda p: p.page).id] == "1693"
    for p in program.papers.values():
        e = bib.entries[f"atc25-{p.id}"]
        assert e.type == "inproceedings"
        assert decode(e.fields["title"]) == printed(p.title)
        names = [full_name(person) for person in e.persons["author"]]
        assert names == [unicodedata.normalize("NFC", a.name) for a in p.authors]
        assert e.fields["booktitle"] == "2025 USENIX Annual Technical Conference (USENIX ATC 25)"
        assert e.fields["year"] == "2025"
        assert e.fields["pages"] == pages[p.id]
        assert e.fields["publisher"] == "USENIX Association"
        assert e.fields["address"] == "Boston, MA"
        assert decode(e.fields.get("note", "")) == notes.get(p.id, "")


def test_known_pages_and_the_deepserve_key(program):
    bib = parse_string(write("bibtex", program, select(program, Agenda(), everything=True)), "bibtex")
    assert bib.entries["atc25-fast-acs"].fields["pages"] == "1--18"
    assert bib.entries["atc25-deepserve"].fields["pages"] == "57--72"


def test_capitals_survive_a_style_that_lowercases_titles(program):
    bib = parse_string(write("bibtex", program, select(program, Agenda(), everything=True)), "bibtex")
    for p in program.papers.values():
        lowered = change_case(bib.entries[f"atc25-{p.id}"].fields["title"], "t")
        assert decode(lowered) == printed(p.title)


def test_special_characters_and_accents_survive(nasty_program):
    pid = "t0s0p0"
    agenda = Agenda({}).with_note(pid, "see {x} & 10% of_it #3 \\end")
    text = write("bibtex", nasty_program, select(nasty_program, agenda))
    bib = parse_string(text, "bibtex")
    e = bib.entries["test-t0s0p0"]
    assert decode(e.fields["title"]) == NASTY_TITLE
    assert decode(change_case(e.fields["title"], "t")) == NASTY_TITLE
    assert [full_name(x) for x in e.persons["author"]] == NASTY_AUTHORS
    assert decode(e.fields["note"]) == "see {x} & 10% of_it #3 \\end"
    assert e.fields["pages"] == "5--8"
    # Classic bibtex takes each accented letter as one letter: initials and sort keys are right.
    first_names = [" ".join(x.first_names) for x in e.persons["author"]]
    assert [decode(bibtex_abbreviate(n)) for n in first_names[:3]] == ["É", "Ł", "J"]
    last = [bibtex_purify(" ".join(x.last_names)) for x in e.persons["author"]]
    assert last[1:4] == ["Wojcik", "Garcia", "Brace"]  # ASCII sort keys, no stray \ or {
    assert not re.search(r"[\\{}]", "".join(last))


def test_dashes_quotes_and_symbols_are_written_as_tex_spells_them(program):
    # As UTF-8 an em dash stops a document with an 8-bit input encoding, and the Greek mu of
    # ATC '25's "μs" and "μEFI" stops pdflatex even in a UTF-8 one.
    text = write("bibtex", program, select(program, Agenda(), everything=True))
    assert text.isascii()
    assert "{{\\textmu}EFI:}" in text and "{MP{\\texttwosuperior}}" in text
    doc = make_program([[[(0, 15)]]])
    title = "Keynote — “Quoted” ‘and’ Don’t – 5×3, 1½ µs, 2³ … a—-b € ™ ©"
    doc["days"][0]["sessions"][0]["papers"][0]["title"] = title
    one = parse_program(doc)
    text = write("bibtex", one, select(one, Agenda({}).star("t0s0p0")))
    assert text.isascii()
    field = parse_string(text, "bibtex").entries["test-t0s0p0"].fields["title"]
    assert "{Keynote} --- {``Quoted''} `and' {Don't} -- 5{\\texttimes}3," in field
    assert field.endswith("a---{}-b {\\texteuro} {\\texttrademark} {\\textcopyright}")
    # Decoded as biber reads it (single quotes stay TeX's ` and ', which LaTeX prints curly).
    assert decode(field) == title.replace("‘", "`").replace("’", "'")
    assert decode(change_case(field, "t")) == decode(field)  # a lower-casing style keeps them


def test_tex_ligatures_greek_words_and_escape_sequences_in_titles_are_kept_as_written():
    # Found in review: '!' or '?' before an opening quote is TeX's ¡ or ¿; a mu inside a Greek
    # word is a letter, not the micro sign; a title's escape sequence holding a space left
    # its text behind once the title was cut into words.
    from planner.writers.bibtex import escape, protect_title

    assert escape("Yes!‘Quoted’ What?`x") == "Yes!{}`Quoted' What?{}`x"
    assert escape("Δημήτρης, 5 μs") == "Δημήτρης, 5 {\\textmu}s"
    assert protect_title("Hi \x1b]0;My window title\x07there") == "{Hi} there"


def test_a_program_without_pages_writes_no_pages(nasty_program):
    text = write("bibtex", nasty_program, select(nasty_program, Agenda(), everything=True))
    bib = parse_string(text, "bibtex")
    assert bib.entries["test-t1s0p0"].fields["pages"] == "1--4"
    assert bib.entries["test-t0s0p1"].fields["pages"] == "9"  # the last paper: its first page


def test_keys_are_unique_and_do_not_depend_on_the_selection(program):
    alone = write("bibtex", program, select(program, Agenda({}).star("deepserve")))
    assert alone.startswith("@inproceedings{atc25-deepserve,")
    keys = [key_for(program, pid) for pid in program.papers]
    assert len({k.lower() for k in keys}) == len(keys) == 100


def test_starred_only_by_default(program):
    agenda = Agenda({}).star("deepserve").star("fast-acs")
    bib = parse_string(write("bibtex", program, select(program, agenda)), "bibtex")
    assert sorted(bib.entries) == ["atc25-deepserve", "atc25-fast-acs"]


# --- CSV -----------------------------------------------------------------------------------


def test_csv_reads_back_with_the_csv_module(program, nasty_program):
    agenda = Agenda({}).with_note("t0s0p0", 'line one, "quoted"\nline two')
    text = write("csv", nasty_program, select(nasty_program, agenda, everything=True))
    assert "\r\n" in text and text.count("\r\n") >= 4  # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 3
    first = next(r for r in rows if r["id"] == "t0s0p0")
    assert first["title"] == NASTY_TITLE
    assert first["authors"].split("; ") == NASTY_AUTHORS
    assert first["note"] == 'line one, "quoted"\nline two'
    assert first["starred"] == "yes" and first["page"] == "5" and first["room"] == "T0"
    assert first["level"] == "want" and next(r for r in rows if r["id"] != "t0s0p0")["level"] == ""
    text = write("csv", program, select(program, Agenda(), everything=True))
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["id"] for r in rows] == [p.id for p in sorted(
        program.papers.values(), key=lambda p: program.time_order(p.id))]
    assert {r["title"] for r in rows} == {p.title for p in program.papers.values()}


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_groups_by_day_and_session_and_shows_page_and_note(program):
    agenda = Agenda({}).star("fast-acs").with_note("deepserve", "read §3 first")
    agenda = agenda.with_level("fast-acs", "must")
    text = write("markdown", program, select(program, agenda))
    lines = text.splitlines()
    assert lines[0] == "# USENIX ATC '25: reading list"
    assert lines.count("## Monday, July 7, 2025") == 1
    assert lines.count("### Cloud Computing: Speed, Scale, and Serverless") == 1
    assert "  page 57" in lines and "  > *Note:* read §3 first" in lines
    assert any(line.startswith("- **Fast ACS") and line.endswith("** (must)  ") for line in lines)


def test_markdown_gives_each_session_one_heading_when_tracks_interleave(program):
    # Both tracks' talks alternate in time order; each session must still be one block
    # holding all its papers.
    text = write("markdown", program, select(program, Agenda({}), everything=True))
    blocks = text.split("\n### ")[1:]
    sessions = [s for d in program.days for s in d.sessions]
    assert len(blocks) == len(sessions)
    for s in sessions:
        [block] = [b for b in blocks if b.startswith(escape(s.title) + "\n")]
        assert block.count("\n- **") == len(s.papers)


def test_markdown_never_turns_data_into_markup(nasty_program):
    doc_title = "*Bold* [link](http://x) <b>tag</b> `code` _em_ # not a heading"
    raw = json.loads(json.dumps(nasty_program.raw))
    raw["days"][0]["sessions"][0]["papers"][0]["title"] = doc_title
    program = parse_program(raw)
    agenda = Agenda({}).with_note("t0s0p0", "- not a list\n1. nor this *one*")
    html = MarkdownIt().render(write("markdown", program, select(program, agenda)))
    # The one emphasis is the writer's own "*Note:*"; nothing from the data became markup.
    assert html.count("<em>") == 1 and "<em>Note:</em>" in html
    assert html.count("<h1>") == 1
    for tag in ("<a ", "<b>", "<code>", "<ol", "<ul>\n<li>not"):
        assert tag not in html
    assert "*Bold* [link](http://x) &lt;b&gt;tag&lt;/b&gt; `code` _em_ # not a heading" in html
    assert "- not a list" in html and "1. nor this *one*" in html


# --- the command ---------------------------------------------------------------------------


def test_export_formats_from_the_command_line(cli, tmp_path):
    assert cli("star", "deepserve", "fast-acs").returncode == 0
    out = tmp_path / "reading.bib"
    run = cli("export", "--format", "bibtex", "-o", str(out))
    assert run.returncode == 0 and run.stderr == f"wrote 2 papers to {out}\n"
    assert sorted(parse_string(out.read_text(encoding="utf-8"), "bibtex").entries) == \
        ["atc25-deepserve", "atc25-fast-acs"]
    run = cli("export", "--format", "csv", "--all", "-o", "-")
    assert len(list(csv.reader(io.StringIO(run.stdout, newline="")))) == 101
    run = cli("export", "--format", "markdown", "-o", "-")
    assert run.stdout.startswith("# USENIX ATC '25: reading list")


@pytest.mark.parametrize("args", [
    ["--format", "bibtex", "--alarm", "5"],
    ["--format", "csv", "--sessions"],
    ["--format", "markdown", "-o", "/nonexistent-dir/x.md"],
    ["--format", "nope"],
])
def test_bad_export_requests_get_one_line_and_exit_2(cli, args):
    run = cli("export", *args)
    assert run.returncode == 2 and len(run.stderr.splitlines()) == 1, run.stderr
