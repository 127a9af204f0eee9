"""A command's start compiles only the patterns of the planner its output needs."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.program import is_program_id

PROBE = """
import sys
from re import _compiler
compiled = []
real = _compiler.compile
def counted(pattern, flags=0):
    frame = sys._getframe(1)
    while frame.f_code.co_filename.endswith("__init__.py") and "/re/" in frame.f_code.co_filename:
        frame = frame.f_back
    if "planner" in frame.f_code.co_filename:
        compiled.append(frame.f_code.co_filename.rsplit("/", 1)[-1])
    return real(pattern, flags)
_compiler.compile = counted
from planner.cli import main
code = main({args!r})
print("\\nPATTERNS", code, *sorted(compiled))
"""


@pytest.mark.parametrize("args", [["program"], ["search", "cache"], ["agenda"], ["conflicts"],
                                  ["now"], ["star", "poby"]])
def test_a_command_compiles_only_the_patterns_its_output_needs(args, tmp_path):
    # Each pattern compiled costs a command about 1% of its start: the conference id, the
    # ids' white space, the .ics and JSON escapes are tested without one, or compiled when an
    # export or a --json output needs them. The two of safe_text guard every line printed; a
    # search folds names with letters NFKD does not take apart (ø, ł) with textfold's two.
    run = subprocess.run([sys.executable, "-c", PROBE.format(args=args)],
                         capture_output=True, text=True, check=True, timeout=60,
                         env={**os.environ, "ATC_PLANNER_DATA_DIR": str(tmp_path)})
    _, code, *compiled = run.stdout.rsplit("\n", 2)[-2].split()
    assert int(code) in (0, 1)
    folding = ["textfold.py", "textfold.py"] if args[0] == "search" else []
    assert compiled == ["safe_text.py", "safe_text.py", *folding]


_PROGRAM_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@given(st.one_of(st.text(), st.text(alphabet="aZ09._-é \n\t\u0661", max_size=70)))
def test_a_program_id_is_what_the_pattern_matches(text):
    assert is_program_id(text) == (_PROGRAM_ID.fullmatch(text) is not None)
