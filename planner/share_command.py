"""`atc-planner agenda --export|--import|--diff FILE`: the command around planner/share.py."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from planner.agenda import Agenda, AgendaStore
from planner.program import Program
from planner.share import (
    Merge,
    ShareError,
    diff,
    diff_text,
    dumps,
    load,
    merge,
    merge_text,
    replace,
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def run_share(args: argparse.Namespace, program: Program, store: AgendaStore) -> int:
    if (args.replace or args.yes) and not args.import_file:
        raise ShareError("--replace and --yes go with --import FILE")
    if args.json:
        raise ShareError("--json does not go with --export, --import or --diff")
    if args.export:
        return _export(args.export, program, store)
    # Read and check the whole file before the agenda is touched: a bad file changes nothing.
    theirs = load(args.import_file or args.diff, program)
    if args.diff:
        loaded = store.load()
        _warn_all(loaded.warnings)
        sys.stdout.write(diff_text(program, diff(loaded.agenda, theirs), theirs.name))
        return 0
    if args.replace:
        loaded = store.load()
        d = diff(loaded.agenda, theirs)
        if not args.yes:
            raise ShareError(
                f"--replace would remove {len(d.only_mine)} of your stars, add "
                f"{len(d.only_theirs)} and take {theirs.name}'s notes and levels: "
                "add --yes to do it (see --diff)")
        when = _now()
        result = store.update(lambda mine: replace(mine, theirs, when))
        _warn_all(result.warnings)
        sys.stdout.write(f"replaced your agenda by {theirs.name}: {len(theirs.entries)} "
                         f"star{'s' * (len(theirs.entries) != 1)} (was "
                         f"{len(result.before.entries)})\n")
        return 0
    when = _now()
    merged: list[Merge] = []

    def change(mine: Agenda) -> Agenda:
        merged[:] = [merge(mine, theirs, when)]  # the report says what this very merge did
        return merged[0].agenda

    result = store.update(change)
    _warn_all(result.warnings)
    sys.stdout.write(merge_text(program, merged[0], theirs.name))
    return 0


def _export(target: str, program: Program, store: AgendaStore) -> int:
    from planner.output import write_atomically

    loaded = store.load()
    _warn_all(loaded.warnings)
    text = dumps(program, loaded.agenda, _now())
    known = sum(pid in program.papers for pid in loaded.agenda.starred)
    skipped = len(loaded.agenda.starred) - known
    if target == "-":
        from planner.safe_text import json_for_terminal

        # Escaped in the JSON (\u007f), not replaced by the terminal's stand-ins: the text
        # stays safe on a screen and is still the same note when piped into a file.
        sys.stdout.write(json_for_terminal(text))
    else:
        write_atomically(target, text.encode("utf-8"), retry="agenda --export FILE")
    where = "standard output" if target == "-" else target
    print(f"wrote {known} star{'s' * (known != 1)} to {where}", file=sys.stderr)
    if skipped:
        print(f"atc-planner: left out {skipped} starred id{'s' * (skipped != 1)} this program "
              "does not know", file=sys.stderr)
    return 0


def _warn_all(warnings: tuple[str, ...]) -> None:
    for w in warnings:
        print(f"atc-planner: {w}", file=sys.stderr)
