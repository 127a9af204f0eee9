"""Start-up cost is a feature: the plain commands never load Textual, only export loads icalendar."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = """
import sys
from planner.cli import main
code = main({args!r})
print("\\nLOADED", "textual" in sys.modules, "icalendar" in sys.modules, code)
"""


def loaded(args: list[str]) -> tuple[bool, bool, int]:
    run = subprocess.run([sys.executable, "-c", PROBE.format(args=args)],
                         capture_output=True, text=True, check=True, timeout=60)
    _, textual, icalendar, code = run.stdout.rsplit("\n", 2)[-2].split()
    return textual == "True", icalendar == "True", int(code)


@pytest.mark.parametrize(
    "args",
    [["program"], ["program", "--json"], ["search", "cache"], ["star", "poby"],
     ["unstar", "poby"], ["note", "poby", "hi"], ["agenda"], ["agenda", "--json"],
     ["conflicts"], ["now"], ["now", "--json", "--at", "2025-07-07T10:50"], ["now", "--all"],
     ["plan"], ["plan", "--json", "--walk", "5"], ["walk"], ["gaps"], ["gaps", "--json"],
     ["--version"], ["programs"]],
)
def test_plain_commands_stay_headless(args, tmp_path):
    if args == ["--version"]:
        args = ["program", "--day", "mon"]  # --version exits inside argparse; same imports
    textual, icalendar, code = loaded(args)
    assert (textual, icalendar) == (False, False)
    assert code in (0, 1)


def test_export_loads_icalendar_but_not_textual(tmp_path):
    textual, icalendar, code = loaded(["export", "-o", str(tmp_path / "a.ics")])
    assert (textual, icalendar, code) == (False, True, 0)


@pytest.mark.parametrize("fmt", ["bibtex", "markdown", "csv"])
def test_reading_lists_load_neither_ui_nor_icalendar(fmt, tmp_path):
    assert loaded(["export", "--format", fmt, "--all", "-o", str(tmp_path / "out")]) == \
        (False, False, 0)


def test_sharing_loads_neither_ui_nor_icalendar(tmp_path):
    f = str(tmp_path / "shared.json")
    assert loaded(["agenda", "--export", f]) == (False, False, 0)
    assert loaded(["agenda", "--diff", f]) == (False, False, 0)
    assert loaded(["agenda", "--import", f]) == (False, False, 0)


def test_importing_the_domain_loads_no_ui():
    code = ("import sys, planner, planner.program, planner.agenda, planner.conflicts, "
            "planner.render; print('textual' in sys.modules, 'rich' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "False"]


def test_a_schedule_file_loads_without_ui_or_calendar_libraries(tmp_path):
    from tests.schedule_files import FRAB

    path = tmp_path / "schedule.xml"
    path.write_text(FRAB, encoding="utf-8")
    textual, icalendar, code = loaded(["--program", str(path), "program", "--json"])
    assert (textual, icalendar, code) == (False, False, 0)


CALDAV_PROBE = """
import sys
from planner.cli import main
code = main({args!r})
print("\\nLOADED", "textual" in sys.modules, "caldav" in sys.modules, code)
"""


@pytest.mark.parametrize("args", [["star", "poby"], ["agenda"], ["sync"]])
def test_caldav_loads_only_when_syncing(args):
    # `sync` before it is set up stops with a usage line: no reason to load caldav for that.
    run = subprocess.run([sys.executable, "-c", CALDAV_PROBE.format(args=args)],
                         capture_output=True, text=True, check=True, timeout=60)
    _, textual, caldav, code = run.stdout.rsplit("\n", 2)[-2].split()
    assert (textual, caldav) == ("False", "False")
    assert int(code) == (2 if args == ["sync"] else 0)


START_UP_PROBE = """
import sys
from planner.cli import main
code = main({args!r})
print("\\nLOADED", code, *sorted(m for m in {modules!r} if m in sys.modules))
"""

# Costly at start-up and not needed by a plain command: dataclasses imports inspect (with
# ast, dis, tokenize); the domain's value classes are planner.record's. typing is only for
# the type checker (TYPE_CHECKING = False); html.parser only for a program that has HTML.
# A save names its temporary file without socket and secrets (with hmac and random).
NOT_AT_START_UP = ["dataclasses", "inspect", "ast", "dis", "tokenize", "typing", "html.parser",
                   "socket", "secrets"]


def loaded_of(args: list[str], modules: list[str]) -> tuple[int, list[str]]:
    run = subprocess.run([sys.executable, "-c", START_UP_PROBE.format(args=args, modules=modules)],
                         capture_output=True, text=True, check=True, timeout=60)
    _, code, *found = run.stdout.rsplit("\n", 2)[-2].split()
    return int(code), found


@pytest.mark.parametrize(
    "args",
    [["program"], ["program", "--json"], ["search", "cache"], ["star", "poby"],
     ["star", "--must", "poby"], ["unstar", "poby"], ["note", "poby", "hi"], ["agenda"],
     ["agenda", "--json"], ["conflicts"], ["now"], ["now", "--json"], ["plan"], ["gaps"],
     ["walk"], ["programs"]],
)
def test_plain_commands_do_not_load_what_they_do_not_need(args):
    code, found = loaded_of(args, NOT_AT_START_UP)
    assert code in (0, 1)
    assert found == []


def test_reading_the_agenda_loads_no_codec_module(cli):
    # A BOM is taken off the agenda's bytes as the utf-8-sig codec would: its module was one
    # more load on every command that reads a saved agenda.
    assert cli("star", "poby").returncode == 0
    for args in (["agenda"], ["conflicts"], ["now"], ["star", "deepserve"]):
        assert loaded_of(args, ["encodings.utf_8_sig"]) in ((0, []), (1, []))


LAZY_PROBE = """
import sys
from planner.launch import main
sys.argv = ["atc-planner", *{args!r}]
code = main()
import re, planner.safe_text, planner.textfold
wide = [k[1] for k in re._cache if isinstance(k[1], str) and k[1] and max(k[1]) > "\\xff"]
print("\\nLAZY", code, "signal" in sys.modules, planner.safe_text._surrogate is None,
      planner.textfold._symbol is None, not wide)
"""


@pytest.mark.parametrize("args", [["program"], ["agenda"], ["conflicts"], ["now"],
                                  ["star", "poby"], ["search", "cache"]])
def test_start_up_compiles_no_pattern_over_thousands_of_code_points(args):
    # A character class of the 2,048 surrogates or of the symbol blocks takes milliseconds to
    # compile: such patterns are compiled when a text needs them (a lone surrogate, a symbol
    # or an emoji in a text a search folds: ATC '25 has accents but none of those), and
    # `signal` (its enums) is not imported to ignore Ctrl-C at exit. Any class with a code
    # point past U+00FF compiles to a map of 65,536 (half a millisecond): none is compiled
    # (re's cache holds every pattern compiled; the bidirectional controls are found apart).
    run = subprocess.run([sys.executable, "-c", LAZY_PROBE.format(args=args)],
                         capture_output=True, text=True, check=True, timeout=60)
    _, code, signal, no_surrogates, no_symbols, none_wide = \
        run.stdout.rsplit("\n", 2)[-2].split()
    assert int(code) in (0, 1)
    assert (signal, no_surrogates, no_symbols, none_wide) == ("False", "True", "True", "True")


def test_the_planner_s_first_screen_loads_no_plan_or_sharing_code():
    # The plan (the header's coverage) is worked out on a thread after the first frame, a
    # colleague's agenda when one is opened: their modules load then, not before the screen.
    code = ("import sys; import planner.tui.app; "
            "print(sorted(m for m in ('planner.plan', 'planner.share') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


CLEAN_START_PROBE = """
import sys
sys.path[:] = {path!r}
from planner.cli import main
code = main({args!r})
print("\\nLOADED", code, *sorted(m for m in {modules!r} if m in sys.modules))
"""

# Not loaded by a plain command either, but a .pth file in a venv may load them at start (the
# test venv's urllib3-future imports shutil): the probe runs without site (-S), on our sys.path.
# argparse's help formatter imports shutil (with zlib, bz2, lzma) for the terminal's width;
# shlex compiles a pattern on import and only `note` needs it, to quote an example.
NOT_AT_A_CLEAN_START = ["shutil", "bz2", "lzma", "shlex"]


def loaded_at_a_clean_start(args: list[str], modules: list[str]) -> tuple[int, list[str]]:
    probe = CLEAN_START_PROBE.format(path=sys.path, args=args, modules=modules)
    run = subprocess.run([sys.executable, "-S", "-c", probe], capture_output=True, text=True,
                         check=True, timeout=60)
    _, code, *found = run.stdout.rsplit("\n", 2)[-2].split()
    return int(code), found


@pytest.mark.parametrize(
    "args",
    [["program"], ["search", "cache"], ["star", "poby"], ["agenda"], ["conflicts"], ["now"],
     ["walk", "--help"]],
)
def test_plain_commands_do_not_load_what_they_do_not_need_on_a_clean_start(args):
    code, found = loaded_at_a_clean_start(args, NOT_AT_A_CLEAN_START)
    assert code in (0, 1)
    assert found == []


# pathlib imports urllib.parse (with ipaddress), fnmatch and ntpath: about 0.4x of a bare
# Python start. A plain command's paths are strings (planner/files.py); the TUI, sync and the
# exports load pathlib when they need it.
PATHLIB = ["pathlib", "urllib.parse", "ipaddress", "fnmatch", "ntpath"]


@pytest.mark.parametrize(
    "args",
    [["program"], ["search", "cache"], ["agenda"], ["conflicts"], ["now"], ["star", "deepserve"],
     ["star", "--must", "poby"], ["unstar", "poby"], ["note", "poby", "hi"], ["plan"], ["gaps"],
     ["programs"], ["walk"], ["walk", "5"], ["export", "--format", "csv", "-o", os.devnull],
     ["agenda", "--export", os.devnull]],
)
def test_plain_commands_do_not_load_pathlib(args):
    assert loaded_at_a_clean_start(["star", "poby"], []) == (0, [])  # an agenda to read and save
    code, found = loaded_at_a_clean_start(args, PATHLIB)
    assert code in (0, 1)
    assert found == []


@pytest.mark.parametrize("args", [["program"], ["search", "cache"], ["programs"]])
def test_commands_that_read_no_json_do_not_load_json(args):
    # json compiles six patterns as it loads. These read neither the agenda nor an index of
    # remembered programs (there is none until one is loaded): they have no JSON to parse.
    assert loaded_at_a_clean_start(["star", "poby"], []) == (0, [])  # an agenda they ignore
    assert loaded_at_a_clean_start(args, ["json"]) in ((0, []), (1, []))


def test_the_planner_s_ui_does_not_load_the_command_line():
    # tui/ never imports cli.py (STYLE.md): what both use lives in the core. The command line
    # brings argparse and every command's code, a few milliseconds before the first screen.
    code = ("import sys; import planner.tui.app; "
            "print(sorted(m for m in ('planner.cli', 'argparse') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_the_planner_s_first_screen_makes_no_dataclass():
    # Making a dataclass compiles its methods from source: a third to half a millisecond
    # each, at every start of the planner, before its first screen. Records (planner.record)
    # and messages written out cost a tenth of that.
    code = """
import dataclasses, sys
made = []
process = dataclasses._process_class
def counted(cls, *args):
    made.append(f"{cls.__module__}.{cls.__qualname__}")
    return process(cls, *args)
dataclasses._process_class = counted
import planner.tui.app
print(sorted(m for m in made if m.startswith("planner")))
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_the_planner_s_first_screen_leaves_the_other_screens_unloaded(tmp_path):
    # Each screen loads when it opens: the agenda, the plan and gaps, a talk's details, the
    # help, a colleague's agenda; the time grid only for a published schedule. Checked once
    # the first screen is up, not at import.
    code = f"""
import sys
from pathlib import Path
from planner.agenda import AgendaStore
from planner.program import load_program
from planner.tui.app import PlannerApp

OTHERS = ("planner.tui.agenda_screen", "planner.tui.agenda_list", "planner.tui.plan_screen",
          "planner.tui.plan_list", "planner.tui.details", "planner.tui.help",
          "planner.tui.colleague", "planner.tui.unsaved", "planner.tui.time_grid",
          "planner.plan", "planner.share", "planner.ics", "textual.widgets._markdown",
          "textual.widgets._text_area")

class Probe(PlannerApp):
    def on_ready(self):
        self.set_timer(0.3, lambda: self.exit(sorted(m for m in OTHERS if m in sys.modules)))

store = AgendaStore(Path({str(tmp_path)!r}) / "agenda.json")
print(Probe(load_program(), store, watch_seconds=0).run(headless=True, size=(120, 40)))
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert run.stdout.strip().splitlines()[-1] == "[]"


COLLECTOR_PROBE = """
import gc, sys
loading = []
from planner.launch import main
gc.callbacks.append(lambda phase, info: phase == "start" and loading.append(
    not hasattr(sys.modules.get("planner.cli"), "main")))
sys.argv = ["atc-planner", *{args!r}]
code = main()
print("\\nCOLLECTOR", code, sum(loading), len(gc.get_objects()), gc.isenabled())
"""


@pytest.mark.parametrize("args", [["agenda"], ["star", "poby"], ["program", "--json"]])
def test_the_cycle_collector_does_not_walk_what_start_up_made(args):
    # Modules and classes live as long as the process: no collection while they load, and
    # at exit nothing is left for the interpreter's last collection to walk (it was a fifth of
    # a command's start-up). The collector still runs for the command itself.
    run = subprocess.run([sys.executable, "-c", COLLECTOR_PROBE.format(args=args)],
                         capture_output=True, text=True, check=True, timeout=60)
    _, code, while_loading, left, enabled = run.stdout.rsplit("\n", 2)[-2].split()
    assert int(code) in (0, 1)
    assert int(while_loading) == 0
    assert int(left) < 1000  # tens of thousands when nothing is frozen
    assert enabled == "True"


@pytest.mark.parametrize("args", [["program"], ["agenda"], ["conflicts"], ["now"],
                                  ["star", "poby"]])
def test_only_searching_loads_the_text_folding(args):
    # Folding (case, accents, symbols) is for search: it loads unicodedata.
    code, found = loaded_at_a_clean_start(args, ["planner.textfold", "unicodedata"])
    assert code in (0, 1)
    assert found == []


JSON_PROBE = """
import json, sys
parsed = []
real = json.loads
json.loads = lambda text, **kw: parsed.append(len(text)) or real(text, **kw)
from planner.cli import main
code = main({args!r})
print("\\nJSON", code, max(parsed, default=0))
"""


@pytest.mark.parametrize("args", [["program"], ["agenda"], ["star", "poby"],
                                  ["--program", "atc25", "conflicts"]])
def test_the_shipped_program_is_not_parsed_from_json_at_start(args, tmp_path):
    # ATC '25 loads from planner.atc25_program, its document as compiled Python values; what
    # is parsed from JSON at start is the agenda (a few hundred bytes here), not 128 kB.
    run = subprocess.run([sys.executable, "-c", JSON_PROBE.format(args=args)],
                         capture_output=True, text=True, check=True, timeout=60,
                         env={**os.environ, "ATC_PLANNER_DATA_DIR": str(tmp_path)})
    _, code, largest = run.stdout.rsplit("\n", 2)[-2].split()
    assert int(code) in (0, 1)
    assert int(largest) < 10_000
