"""A command line builds the arguments of its own command only, and parses as before."""

from __future__ import annotations

import contextlib
import io

import pytest

from planner import cli
from planner.cli import _named_command, build_parser

ARGVS = [
    [], ["--program", "x.json"], ["--program=x.json"], ["--program"], ["--help"], ["-h"],
    ["--version"], ["agenda"], ["agenda", "--json"], ["--program", "atc25", "agenda"],
    ["--program=atc25", "conflicts", "--json"], ["star", "a", "--must", "b"], ["star"],
    ["star", "--must", "--maybe", "x"], ["note", "poby", "hi", "there"], ["program", "--day"],
    ["program", "--day", "tue", "--json"], ["search", "cache", "tier"], ["now", "--at", "x"],
    ["now", "--starred", "--all"], ["export", "--format", "pdf"], ["export", "--alarm", "x"],
    ["gaps", "--day", "sat"], ["walk", "5"], ["walk", "five"], ["sync", "--plan", "--agenda"],
    ["stra", "x"], ["agenda", "--bogus"], ["--bogus", "agenda"], ["--", "agenda"],
    ["programs", "--json"], ["unstar", "poby", "--program", "atc25"],
]


def outcome(parser, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args, extra = parser.parse_known_args(argv)
            result: object = (sorted(vars(args).items()), extra)
        except SystemExit as stop:
            result = ("exit", stop.code)
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_a_command_line_parses_as_with_every_command_built(argv):
    assert outcome(build_parser(_named_command(argv)), argv) == outcome(build_parser(), argv)


@pytest.mark.parametrize("name", ["program", "agenda", "star", "sync", "export"])
def test_each_command_help_is_the_same(name):
    argv = [name, "--help"]
    assert outcome(build_parser(_named_command(argv)), argv) == outcome(build_parser(), argv)


def test_a_command_builds_its_own_parser_not_the_others(monkeypatch, tmp_path):
    built: list[str] = []
    real = cli._Parser.__init__

    def counting(self, *args, **kwargs):
        built.append(kwargs.get("prog") or "")
        real(self, *args, **kwargs)

    monkeypatch.setattr(cli._Parser, "__init__", counting)
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["agenda"]) == 0
    # The shared --program options, the top level, and `agenda`: not the other fourteen.
    assert len(built) == 3, built
