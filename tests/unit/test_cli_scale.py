"""Commands over a whole program: counted, never timed (issue 14).

Starring every id says a line per talk in one write, not one print each; the overlaps it reports
come from the slots that hold the starred ids, not from the whole agenda; JSON documents are
written without json's pure-Python encoder, in exactly the text it would write.
"""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planner.conflicts
from planner.agenda import Agenda, star_all
from planner.cli import main
from planner.json_text import dumps
from planner.program import load_program, parse_program
from tests.helpers_programs import make_program

ATC = load_program()


class CountingStream:
    """A text stream that counts its writes."""

    def __init__(self) -> None:
        self.writes = 0
        self.text = ""

    def write(self, text: str) -> int:
        self.writes += 1
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def test_starring_every_talk_writes_once_per_stream(monkeypatch):
    out, err = CountingStream(), CountingStream()
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.setattr("sys.stderr", err)
    ids = list(ATC.papers)
    assert main(["star", *ids]) == 0
    assert out.text.count("\n") == len(ids) and out.writes == 1
    assert "overlaps" in err.text and err.writes == 1  # a print per line wrote 2 per line


def test_the_overlaps_said_on_star_come_from_the_starred_talks_slot_alone(monkeypatch, capsys):
    ids = list(ATC.papers)
    assert main(["star", *ids]) == 0
    capsys.readouterr()
    swept: list[int] = []
    analyze = planner.conflicts.analyze

    def counting(program, starred):
        starred = list(starred)
        swept.append(len(starred))
        return analyze(program, starred)

    monkeypatch.setattr(planner.conflicts, "analyze", counting)
    one = ids[len(ids) // 2]
    assert main(["star", one]) == 0
    slot = ATC.slot_of(ATC.papers[one])
    in_slot = {p.id for s in slot.sessions for p in s.papers}
    assert swept == [len(in_slot)] and len(in_slot) < len(ids) / 4
    # ... and say what the whole agenda's analysis says about it.
    expected = analyze(ATC, ids).conflicts_with.get(one, ())
    _, err = capsys.readouterr()
    assert [line.split()[3] for line in err.splitlines() if " overlaps " in line][:3] == \
        list(expected[:3])


@pytest.mark.parametrize("args", [["agenda", "--json"], ["conflicts", "--json"],
                                  ["star", list(ATC.papers)[-1]], ["program", "--json"]])
def test_json_documents_skip_the_pure_python_encoder(monkeypatch, capsys, args):
    main(["star", *list(ATC.papers)[:40]])  # the star below saves the agenda: a new id
    capsys.readouterr()
    used = []
    original = json.encoder._make_iterencode

    def counting(*a, **k):
        used.append(1)
        return original(*a, **k)

    monkeypatch.setattr(json.encoder, "_make_iterencode", counting)
    assert main(args) in (0, 1)
    assert used == []


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=3) | st.integers(), inner, max_size=4),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_dumps_is_json_dumps_with_an_indent_of_2(doc):
    assert dumps(doc) == json.dumps(doc, ensure_ascii=False, indent=2)


def test_dumps_keeps_json_dumps_errors():
    loop: list[object] = []
    loop.append(loop)
    for bad in ({"a": {1, 2}}, [loop]):
        with pytest.raises((TypeError, ValueError)):
            dumps(bad)
    assert dumps([math.inf, {"x": math.nan}]) == json.dumps([math.inf, {"x": math.nan}],
                                                           indent=2)


class CountingTuple(tuple):
    iterations = 0

    def __iter__(self):
        type(self).iterations += 1
        return super().__iter__()


def test_the_agenda_text_does_not_scan_the_hops_per_talk():
    from planner.conflicts import analyze
    from planner.render import agenda_text

    agenda = star_all(ATC.papers)(Agenda())
    analysis = analyze(ATC, agenda.starred)
    assert analysis.hops, "the whole program starred has hops"
    counted = type(analysis)(analysis.conflicts, CountingTuple(analysis.hops), analysis.slots,
                             analysis.conflicts_with)
    CountingTuple.iterations = 0
    assert agenda_text(ATC, agenda, counted) == agenda_text(ATC, agenda, analysis)
    assert CountingTuple.iterations == 0


def test_conflicts_json_builds_each_talk_once(monkeypatch):
    from planner import render
    from planner.conflicts import analyze

    # Four rooms at the same times: each talk collides with three others.
    program = parse_program(make_program([[[(0, 30), (30, 30)]]] * 4))
    analysis = analyze(program, program.papers)
    built = []
    original = render._talk
    monkeypatch.setattr(render, "_talk", lambda program, p: built.append(p.id) or
                        original(program, p))
    doc = render.conflicts_json(program, analysis)
    assert sorted(built) == sorted(program.papers)  # not two per pair: 24
    assert len(doc["conflicts"]) == 12
    assert dumps(doc) == json.dumps(doc, ensure_ascii=False, indent=2)


def test_dumps_encodes_an_object_held_in_many_places_once(monkeypatch):
    from planner import json_text

    calls = []
    original = json_text._flat_encoder

    def counting(separator):
        encode = original(separator)
        return lambda value, level: calls.append(1) or encode(value, level)

    monkeypatch.setattr(json_text, "_flat_encoder", counting)
    talk = {"id": "p1", "title": "A talk"}
    doc = {"pairs": [{"talks": [talk, talk]} for _ in range(50)]}
    assert dumps(doc) == json.dumps(doc, ensure_ascii=False, indent=2)
    assert len(calls) == 1


def test_bibtex_escapes_plain_ascii_without_a_pass_per_character(monkeypatch):
    from planner.writers import bibtex

    passes = []
    normalize = bibtex.unicodedata.normalize
    monkeypatch.setattr(bibtex.unicodedata, "normalize",
                        lambda form, text: passes.append(text) or normalize(form, text))
    assert bibtex.escape("Fast ACS -- at Scale") == "Fast ACS -{}- at Scale"
    assert passes == []
    assert bibtex.escape("Zoë & co") == "Zo{\\\"e} \\& co" and passes[0] == "Zoë & co"
