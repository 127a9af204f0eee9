"""planner.record_inits: every record class of the planner gets its __init__ written ahead."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planner import record_gen, record_inits
from planner.record import init_source, record


def test_the_generated_module_is_up_to_date():
    # A changed field list changes a class's source text: run `python -m planner.record_gen`.
    assert record_gen.MODULE.read_text(encoding="utf-8") == record_gen.render()


def test_every_record_class_of_the_planner_finds_its_init_in_the_table():
    classes = record_gen.record_classes()
    missing = [c.__qualname__ for c in classes if init_source(c)[0] not in record_inits.FACTORIES]
    assert missing == []
    # record_classes finds module-level classes: one for each @record the sources hold, so a
    # class made inside a function or another class cannot be left out unnoticed.
    sources = Path(record_gen.__file__).parent.rglob("*.py")
    decorated = sum(len(re.findall(r"^[ \t]*@record\b", p.read_text(encoding="utf-8"),
                                   re.MULTILINE))
                    for p in sources)
    assert len(classes) == decorated > 20


def test_a_class_finds_its_init_by_its_source_text_and_other_classes_compile_theirs():
    @record(frozen=True, slots=True)
    class SameFieldsAsLink:  # planner.program.Link's fields: the same text, the same factory
        title: str
        url: str

    @record(frozen=True, slots=True)
    class Other:
        title: str
        url: str
        extra: int = 3

    a, b = SameFieldsAsLink("t", url="u"), Other("t", "u")
    assert (a.title, a.url, b.title, b.url, b.extra) == ("t", "u", "t", "u", 3)
    assert SameFieldsAsLink.__init__.__code__.co_filename == record_inits.__file__
    assert Other.__init__.__code__.co_filename == "<string>"
    assert SameFieldsAsLink.__init__.__qualname__.endswith("SameFieldsAsLink.__init__")
    with pytest.raises(TypeError):
        SameFieldsAsLink("t")


COMPILE_PROBE = """
import sys
compiled = []
def hook(event, args):
    # exec() of source text; the frame that called it is the caller's (exec is no Python frame)
    if event == "compile" and sys._getframe(1).f_code.co_filename.startswith(ours):
        compiled.append(bytes(args[0])[:40] if args[0] is not None else None)
import os, planner
ours = os.path.dirname(planner.__file__) + os.sep
sys.addaudithook(hook)
from planner.cli import main
code = main({args!r})
print("\\nCOMPILED", code, len(compiled), compiled)
"""


@pytest.mark.parametrize("args", [["program"], ["search", "cache"], ["agenda"], ["conflicts"],
                                  ["now"], ["star", "poby"]])
def test_a_command_s_start_compiles_no_source_text(args, tmp_path):
    run = subprocess.run([sys.executable, "-c", COMPILE_PROBE.format(args=args)],
                         capture_output=True, text=True, check=True, timeout=60,
                         env={**os.environ, "ATC_PLANNER_DATA_DIR": str(tmp_path)})
    _, code, count, compiled = run.stdout.rsplit("\n", 2)[-2].split(" ", 3)
    assert int(code) in (0, 1)
    assert (count, compiled) == ("0", "[]")


def test_a_slots_record_sets_its_fields_through_their_slots():
    # object.__setattr__ looked each field up on the class again, for each field of each
    # instance: a program's thousand authors and papers set theirs through the slots' setters.
    from planner.program import Author, Paper

    for cls in (Author, Paper):
        source, _ = init_source(cls)
        assert "_set(self" not in source
    author = Author("A", ("B",))
    assert (author.name, author.affiliations) == ("A", ("B",))
    assert "_set" not in Author.__init__.__code__.co_names + Author.__init__.__code__.co_freevars


def test_a_subclass_with_slots_of_its_own_sets_the_record_s_fields():
    @record(frozen=True, slots=True)
    class Base:
        a: int
        b: int = 2

    class Sub(Base):
        __slots__ = ("extra",)

    s = Sub(1)
    assert (s.a, s.b) == (1, 2)
    assert Base(1) == Base(1, 2)
