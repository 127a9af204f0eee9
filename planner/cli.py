"""The atc-planner command: the TUI with no arguments, plain commands for everything else.

Only the no-argument path imports Textual; only `export` imports icalendar.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import date

from planner import __version__
from planner.agenda import Agenda, AgendaStore, level_all, star_all, unstar_all
from planner.errors import PlannerError
from planner.program import ENV_PROGRAM, Paper, Program
from planner.record import replace

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any, NoReturn

    from planner.agenda import Loaded
    from planner.plan import Plan

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_ICS = "atc25-agenda.ics"
SHOWN_OVERLAPS = 3  # per starred talk, on `star`
MAX_ALARM_MINUTES = 4 * 7 * 24 * 60


class UsageError(PlannerError):
    """Bad input from the user: one line on stderr, exit status 2."""


def _emit(text: str) -> None:
    sys.stdout.write(text)


def _emit_json(doc: Any) -> None:
    from planner.json_text import dumps  # json.dumps(indent=2)'s text, faster
    from planner.safe_text import json_for_terminal  # the same strings, no raw C1/DEL

    sys.stdout.write(json_for_terminal(dumps(doc)) + "\n")


def _warn(message: str) -> None:
    print(f"atc-planner: {message}", file=sys.stderr)


def _say_all(lines: Sequence[str], warnings: bool = False) -> None:
    """Many lines in one write, not one print each: starring a whole program says 50,000."""
    if warnings:
        sys.stderr.write("".join(f"atc-planner: {line}\n" for line in lines))
    else:
        _emit("".join(f"{line}\n" for line in lines))


# --- resolving what the user typed -------------------------------------------------------


def resolve(program: Program, query: str) -> Paper:
    """A paper id, or words that match exactly one paper."""
    if query in program.papers:
        return program.papers[query]
    if query.lower() in program.papers:
        return program.papers[query.lower()]
    matches = program.search(query)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        # Named: the program in use is the one opened last, which may not be the one meant.
        raise UsageError(f"no paper matches {query!r} in {program.conference.name} "
                         "(try `atc-planner search WORDS`)")
    shown = ", ".join(p.id for p in matches[:10])
    more = f" and {len(matches) - 10} more" if len(matches) > 10 else ""
    raise UsageError(f"{query!r} matches {len(matches)} papers: {shown}{more}; use an id")


def resolve_all(program: Program, queries: Sequence[str]) -> list[str]:
    # Resolve every argument before changing anything: one bad word changes nothing.
    ids = [resolve(program, q).id for q in queries]
    return list(dict.fromkeys(ids))


# --- commands -----------------------------------------------------------------------------


def _pick_day(program: Program, text: str | None) -> date | None:
    """A day of the program by weekday ('tue', 'Tuesday', 'TUE') or date ('2025-07-08').

    By weekday, so a program file with other dates works the same way."""
    if text is None:
        return None
    key = text.strip().lower()
    for d in program.days:
        weekday = DAYS[d.date.weekday()]
        if key in (weekday, d.date.strftime("%A").lower(), d.date.isoformat()):
            return d.date
    offered = ", ".join(DAYS[d.date.weekday()] for d in program.days)
    raise UsageError(f"--day {text}: the program has no such day; its days are {offered}"
                     + (f" (or a date such as {program.days[0].date})" if program.days else ""))


def cmd_program(args: argparse.Namespace, program: Program) -> int:
    from planner.program import program_dict
    from planner.render import program_text

    day = _pick_day(program, args.day)
    if args.json:
        _emit_json(program_dict(program, day))
    else:
        _emit(program_text(program, day))
    return 0


def cmd_search(args: argparse.Namespace, program: Program) -> int:
    from planner.render import paper_with_session, search_text

    found = program.search(" ".join(args.words))
    if args.json:
        _emit_json([paper_with_session(program, p) for p in found])
    else:
        _emit(search_text(program, found))
        if not found:
            _warn(f"no paper matches {' '.join(args.words)!r} in {program.conference.name}")
    return 0 if found else 1  # as grep: a script can ask `if atc-planner search ...`


_program_id: str | None = None  # the loaded program's: each program has its own agenda


def _store() -> AgendaStore:
    from planner.agenda import default_path

    return AgendaStore(default_path(_program_id))


def _report(warnings: Sequence[str]) -> None:
    for w in warnings:
        _warn(w)


def _report_unknown(program: Program, agenda: Agenda) -> None:
    from planner.render import starred_papers

    _, unknown = starred_papers(program, agenda)
    if unknown:
        _warn(f"{len(unknown)} starred id{'s' * (len(unknown) != 1)} not in this program "
              f"(kept in the agenda): {', '.join(unknown)}")


def cmd_star(args: argparse.Namespace, program: Program) -> int:
    if args.level is None:  # a plain star: "want" when new, a starred talk keeps its level
        ids, after = _change_stars(program, args.papers, star_all, ("starred", "already starred"))
    else:
        ids, after = _set_levels(program, args.papers, args.level)
    _report_conflicts_for(program, after, ids)
    return 0


def _set_levels(program: Program, queries: Sequence[str], level: str
                ) -> tuple[list[str], frozenset[str]]:
    ids = resolve_all(program, queries)
    result = _store().update(level_all(ids, level))
    _report(result.warnings)
    lines = []
    for pid in ids:
        was = result.before.level(pid)
        said = (f"starred ({level})" if was is None else
                f"already {level}" if was == level else f"now {level} (was {was})")
        lines.append(f"{said}: {pid}  {program.papers[pid].title}")
    _say_all(lines)
    return ids, result.after.starred


def cmd_unstar(args: argparse.Namespace, program: Program) -> int:
    _change_stars(program, args.papers, unstar_all, ("was not starred", "unstarred"))
    return 0


def _change_stars(program: Program, queries: Sequence[str],
                  change: Callable[[Sequence[str]], Callable[[Agenda], Agenda]],
                  said: tuple[str, str]) -> tuple[list[str], frozenset[str]]:
    """Apply a change to the resolved papers; say per paper what it did (said[was starred])."""
    ids = resolve_all(program, queries)
    result = _store().update(change(ids))
    _report(result.warnings)
    _say_all([f"{said[pid in result.before.starred]}: {pid}  {program.papers[pid].title}"
              for pid in ids])
    return ids, result.after.starred


def cmd_note(args: argparse.Namespace, program: Program) -> int:
    if len(args.text) > 1:  # the shell split an unquoted note into words
        import shlex  # only here: it compiles a pattern on import

        example = shlex.join(["atc-planner", "note", args.paper, " ".join(args.text)])
        raise UsageError(f"the note must be one argument: put it in quotes, as in {example}")
    pid = resolve(program, args.paper).id
    text = args.text[0]
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # bytes the locale could not decode, kept as lone surrogates
        raise UsageError("the note is not UTF-8 text (is the terminal set to UTF-8?); "
                         "nothing changed") from None
    result = _store().update(lambda a: a.with_note(pid, text))
    _report(result.warnings)
    if not text:
        if pid not in result.before.starred:
            print(f"no note to clear: {pid} is not starred (nothing changed)")
        elif not result.before.note(pid):
            print(f"no note to clear: {pid} has none (nothing changed)")
        else:
            print(f"note cleared: {pid}")
    else:
        starred_now = "" if pid in result.before.starred else " (and starred it)"
        print(f"note saved: {pid}{starred_now}")
    return 0


def _report_conflicts_for(program: Program, starred: frozenset[str], ids: Sequence[str]) -> None:
    from planner.conflicts import analyze

    # Talks overlap only within a slot: the starred talks of the slots that hold these ids
    # are all there is to sweep, not the whole agenda for one star.
    slots = {id(slot): slot for slot in (program.slot_of(program.papers[pid]) for pid in ids)}
    analysis = analyze(program, [p.id for slot in slots.values() for s in slot.sessions
                                 for p in s.papers if p.id in starred])
    lines = []
    said: set[str] = set()  # a pair of two ids starred together is said once, not both ways
    for pid in ids:
        others = [o for o in analysis.conflicts_with.get(pid, ()) if o not in said]
        said.add(pid)
        for other in others[:SHOWN_OVERLAPS]:
            lines.append(f"{pid} overlaps {other} ({program.papers[other].title}); "
                         "see `atc-planner conflicts`")
        if len(others) > SHOWN_OVERLAPS:  # starring a whole program: a line per id, not per pair
            lines.append(f"{pid} overlaps {len(others) - SHOWN_OVERLAPS} more starred talks; "
                         "see `atc-planner conflicts`")
    _say_all(lines, warnings=True)


def cmd_agenda(args: argparse.Namespace, program: Program) -> int:
    from planner.conflicts import analyze
    from planner.render import agenda_json, agenda_text

    if args.export or args.import_file or args.diff:
        from planner.share_command import run_share

        return run_share(args, program, _store())
    if args.replace or args.yes:
        raise UsageError("--replace and --yes go with --import FILE")
    loaded = _store().load()
    _report(loaded.warnings)
    analysis = analyze(program, loaded.agenda.starred)
    if args.json:
        _emit_json(agenda_json(program, loaded.agenda, analysis))
    else:
        _emit(agenda_text(program, loaded.agenda, analysis))
    _report_unknown(program, loaded.agenda)
    return 0


def cmd_conflicts(args: argparse.Namespace, program: Program) -> int:
    from planner.conflicts import analyze
    from planner.render import conflicts_json, conflicts_text

    loaded = _store().load()
    _report(loaded.warnings)
    analysis = analyze(program, loaded.agenda.starred)
    if args.json:
        _emit_json(conflicts_json(program, analysis))
    else:
        _emit(conflicts_text(program, analysis))
    _report_unknown(program, loaded.agenda)
    return 1 if analysis.conflicts else 0


def _walk_minutes(program: Program, given: int | None) -> int:
    """--walk when given, else the walk time saved for this program (0 unless set)."""
    from planner.walk import check_minutes, load_walk, settings_path

    if given is not None:
        return check_minutes(given)
    return load_walk(settings_path(_store().filename), program.conference.id)


def _plan_from_args(args: argparse.Namespace, program: Program) -> tuple[Loaded, Plan]:
    """The agenda and its plan for `plan` and `gaps`: --day and --walk as given, warnings said."""
    from planner.plan import plan_for

    day = _pick_day(program, args.day)
    walk = _walk_minutes(program, args.walk)
    loaded = _store().load()
    _report(loaded.warnings)
    return loaded, plan_for(program, loaded.agenda, walk, day)


def cmd_plan(args: argparse.Namespace, program: Program) -> int:
    from planner.plan_view import plan_json, plan_text

    loaded, plan = _plan_from_args(args, program)
    if args.json:
        _emit_json(plan_json(plan))
    else:
        _emit(plan_text(program, plan))
    _report_unknown(program, loaded.agenda)
    return 0 if plan.every_must_fits else 1


def cmd_gaps(args: argparse.Namespace, program: Program) -> int:
    from planner.gaps import find_gaps
    from planner.plan_view import gaps_json, gaps_text

    loaded, plan = _plan_from_args(args, program)
    gaps = find_gaps(program, plan, loaded.agenda.starred)
    if args.json:
        _emit_json(gaps_json(program, plan, gaps))
    else:
        _emit(gaps_text(program, plan, gaps))
    _report_unknown(program, loaded.agenda)
    return 0


def cmd_walk(args: argparse.Namespace, program: Program) -> int:
    from planner.walk import load_walk, save_walk, settings_path

    path = settings_path(_store().filename)
    if args.minutes is not None:
        save_walk(path, program.conference.id, args.minutes)
    minutes = load_walk(path, program.conference.id)
    print(f"walk between rooms at {program.conference.name}: {minutes} min")
    return 0


def cmd_export(args: argparse.Namespace, program: Program) -> int:
    loaded = _store().load()
    _report(loaded.warnings)
    if args.plan and args.all:
        raise UsageError("--plan and --all do not go together: the plan is a part of the agenda")
    if args.walk is not None and not args.plan:
        raise UsageError("--walk goes with --plan")
    if args.plan:  # only the talks the plan attends, with their notes
        from planner.plan import plan_for

        plan = plan_for(program, loaded.agenda, _walk_minutes(program, args.walk))
        loaded = replace(loaded, agenda=Agenda(
            {pid: e for pid, e in loaded.agenda.entries.items() if pid in plan.attending}))
    if args.format != "ics":
        if args.alarm is not None or args.sessions:
            raise UsageError("--alarm and --sessions are for --format ics only")
        return _export_reading_list(args, program, loaded.agenda)
    from planner.ics import ExportOptions, export_to

    if args.alarm is not None and not 0 <= args.alarm <= MAX_ALARM_MINUTES:
        raise UsageError(f"--alarm takes a number of minutes from 0 to {MAX_ALARM_MINUTES} "
                         "(four weeks)")
    options = ExportOptions(alarm_minutes=args.alarm, per_session=args.sessions,
                            whole_program=args.all)
    output = args.output or _default_name(program, "ics")
    count = export_to(output, program, loaded.agenda, options)
    where = "standard output" if output == "-" else output
    if count == 0:
        _warn(f"the agenda has no starred talks: wrote a calendar with no events to {where}")
    else:
        print(f"wrote {count} event{'s' * (count != 1)} to {where}", file=sys.stderr)
    return 0


def _export_reading_list(args: argparse.Namespace, program: Program, agenda: Agenda) -> int:
    from planner.output import write_atomically
    from planner.writers import FORMATS, select, write

    selection = select(program, agenda, everything=args.all)
    text = write(args.format, program, selection)
    output = args.output or _default_name(program, FORMATS[args.format][1])
    if output == "-":
        _emit(text)
    else:
        write_atomically(output, text.encode("utf-8"))
    n = len(selection.papers)
    where = "standard output" if output == "-" else output
    if n == 0:
        _warn(f"the agenda has no starred talks: wrote an empty {args.format} list to {where}")
    else:
        print(f"wrote {n} paper{'s' * (n != 1)} to {where}", file=sys.stderr)
    return 0


def _default_name(program: Program, suffix: str) -> str:
    """atc25-agenda.ics (.bib, .md, .csv) for ATC '25; PROGRAM-agenda.ics for another one."""
    from planner.render import ics_name

    return os.path.splitext(ics_name(program))[0] + "." + suffix


def cmd_now(args: argparse.Namespace, program: Program) -> int:
    from datetime import UTC, datetime

    from planner.now import clock_from, now_json, now_next, now_text

    at = clock_from(args.at, program, datetime.now(UTC))
    if args.all:
        chosen: frozenset[str] = frozenset(program.papers)
    else:
        loaded = _store().load()
        _report(loaded.warnings)
        chosen = loaded.agenda.starred
        if not args.starred:  # the plan: one talk at a time, with time to change rooms
            from planner.plan import plan_for

            chosen = plan_for(program, loaded.agenda, _walk_minutes(program, None)).attending
    nn = now_next(program, chosen, at)
    if args.json:
        _emit_json(now_json(program, nn))
    else:
        _emit(now_text(program, nn, anything_chosen=any(p in program.papers for p in chosen)))
    return 0


def cmd_sync(args: argparse.Namespace, program: Program) -> int:
    from planner.sync import chosen, require_caldav, summary, sync
    from planner.sync_config import (
        SyncConfig,
        config_path,
        load_config,
        password,
        save_config,
        store_password,
    )

    require_caldav()  # an optional extra: say so before asking for anything
    store = _store()
    path = config_path(store.path)
    saved = load_config(path)
    if saved is None and not (args.caldav and args.user):
        raise UsageError("sync is not set up yet: atc-planner sync --caldav URL --user NAME "
                         "[--calendar NAME | --create-calendar NAME]")
    ca_cert = None
    if args.ca_cert:
        ca_cert = os.path.abspath(args.ca_cert)
        if not os.path.isfile(ca_cert):
            raise UsageError(f"--ca-cert {args.ca_cert}: no such file")
    config = (saved or SyncConfig(url=args.caldav, user=args.user)).with_changes(
        url=args.caldav, user=args.user, calendar=args.create_calendar or args.calendar,
        ca_cert=ca_cert, password_command=args.password_command, talks=args.talks)
    if args.login:
        secret = _ask_password(f"CalDAV password for {config.user} at {config.url}: ")
        store_password(config, secret)
    else:
        secret = password(config)
    loaded = store.load()
    _report(loaded.warnings)
    agenda = chosen(program, loaded.agenda, config, store.path)
    report = sync(program, agenda, config, secret, dry_run=args.dry_run,
                  create_calendar=bool(args.create_calendar))
    if config != saved and not args.dry_run:
        save_config(path, config)  # only settings that worked are kept
    for change in report.changes:
        print(("would " if args.dry_run else "") + change.line())
    print(summary(report))
    _report_unknown(program, loaded.agenda)  # starred ids this program lacks get no event
    return 0


def _ask_password(prompt: str) -> str:
    if sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(prompt)
    else:  # a password piped in: `pass show caldav | atc-planner sync --login`
        secret = sys.stdin.readline().rstrip("\r\n")
    if not secret:
        raise UsageError("no password given")
    return secret


# --- parsing ------------------------------------------------------------------------------


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, finding the terminal's width as shutil does, without shutil.

    argparse makes a formatter for every add_argument (to check its metavar), and the default
    width imports shutil, with zlib, bz2 and lzma: about 3 ms of every command's start-up."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else sys.__stdout__'s terminal, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):  # no stdout, closed, or not a terminal
        return 80


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: the full usage is one --help away.
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _Subcommands:
    """The subcommands, of which only `only` gets its arguments when it is given ('': none).

    Building the arguments of every command was about a tenth of a command's start-up, and
    parsing needs only the one the command line names: the others' parsers never run."""

    def __init__(self, action: Any, only: str | None) -> None:
        self.action = action
        self.only = only
        self.found = False

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self.only is not None and name != self.only:
            return _NotBuilt()
        self.found = True
        return self.action.add_parser(name, **kwargs)


class _NotBuilt:
    """A subcommand this command line does not use: what build_parser adds to it goes nowhere."""

    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        pass

    def add_mutually_exclusive_group(self, **kwargs: Any) -> _NotBuilt:
        return self

    def set_defaults(self, **kwargs: Any) -> None:
        pass


def _path(text: str) -> str:
    """A file named on the command line, as pathlib wrote it (planner.files.tidy): in every
    message, and 'out.ics/' is the file out.ics."""
    from planner.files import tidy  # when a path is given, not on every start

    return tidy(text) if text else text  # '': the default file, as before


def _named_command(argv: Sequence[str]) -> str | None:
    """The word that names the command (after `--program FILE`); '' for none (the planner).

    None when an option other than --program comes first (--help, --version): every command
    is built then, as it is when the word is not a command (argparse lists them all)."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--program" and i + 1 < len(argv):
            i += 2
        elif word.startswith("--program="):
            i += 1
        elif word.startswith("-"):
            return None
        else:
            return word
    return ""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with `only`, the arguments of that command alone."""
    common = _Parser(add_help=False)
    common.add_argument("--program", metavar="FILE", default=argparse.SUPPRESS,
                        help="load this program file (own JSON, frab XML, pretalx JSON or "
                             "iCalendar) and remember it; a remembered program's name reopens "
                             f"it; 'atc25' goes back to ATC '25 (or set {ENV_PROGRAM})")
    parser = _Parser(
        prog="atc-planner", parents=[common],
        description="Plan your days at USENIX ATC '25. With no command, opens the planner.",
    )
    parser.add_argument("--version", action="version", version=f"atc-planner {__version__}")
    sub = _Subcommands(parser.add_subparsers(dest="command", metavar="COMMAND",
                                             parser_class=_Parser), only)

    p = sub.add_parser("programs", parents=[common],
                       help="the programs you loaded (the current one marked *)")
    p.add_argument("--json", action="store_true", help="a JSON list")
    p.set_defaults(run=None)

    p = sub.add_parser("program", parents=[common], help="print the program")
    p.add_argument("--day", metavar="DAY",
                   help="one day only: mon, tue, wed for ATC '25 (any case), or a date")
    p.add_argument("--json", action="store_true", help="one JSON document")
    p.set_defaults(run=cmd_program)

    p = sub.add_parser("search", parents=[common], help="find papers by title, author, affiliation")
    p.add_argument("words", nargs="+", metavar="WORD")
    p.add_argument("--json", action="store_true", help="a JSON list of papers")
    p.set_defaults(run=cmd_search)

    paper_help = "a paper id, or quoted words that match exactly one paper"
    p = sub.add_parser("star", parents=[common], help="add talks to your agenda")
    p.add_argument("papers", nargs="+", metavar="PAPER", help=paper_help)
    level = p.add_mutually_exclusive_group()
    for name, what in [("must", "a talk you must see"), ("want", "what a plain star means"),
                       ("maybe", "only if nothing better runs")]:
        level.add_argument(f"--{name}", dest="level", action="store_const", const=name,
                           help=f"star at this level, or set it on a starred talk: {what}")
    p.set_defaults(run=cmd_star, level=None)

    p = sub.add_parser("unstar", parents=[common], help="remove talks from your agenda")
    p.add_argument("papers", nargs="+", metavar="PAPER", help=paper_help)
    p.set_defaults(run=cmd_unstar)

    p = sub.add_parser("note", parents=[common], help="set a note on a talk ('' clears it)")
    p.add_argument("paper", metavar="PAPER", help=paper_help)
    # One argument; more words are caught to say "quote it" rather than argparse's
    # "unrecognized arguments".
    p.add_argument("text", metavar="TEXT", nargs="+", help="the note, in quotes")
    p.set_defaults(run=cmd_note)

    p = sub.add_parser("agenda", parents=[common], help="your starred talks in time order")
    p.add_argument("--json", action="store_true", help="one JSON document")
    shared = p.add_mutually_exclusive_group()
    shared.add_argument("--export", metavar="FILE", type=_path,
                        help="write your agenda as a shared file for a colleague ('-': stdout)")
    shared.add_argument("--import", dest="import_file", metavar="FILE", type=_path,
                        help="merge a colleague's shared file in: stars added, nothing removed")
    shared.add_argument("--diff", metavar="FILE", type=_path,
                        help="what --import FILE would change")
    p.add_argument("--replace", action="store_true",
                   help="with --import: replace your agenda by the file (needs --yes)")
    p.add_argument("--yes", action="store_true", help="confirm --replace")
    p.set_defaults(run=cmd_agenda)

    p = sub.add_parser("conflicts", parents=[common],
                       help="starred talks that overlap, and room hops (exit 1 on a conflict)")
    p.add_argument("--json", action="store_true", help="one JSON document")
    p.set_defaults(run=cmd_conflicts)

    p = sub.add_parser("now", parents=[common],
                       help="the talk of your plan on now and the next one, with room and minutes")
    p.add_argument("--at", metavar="TIME",
                   help="answer for this time, e.g. 2025-07-08T10:50 (no offset: the "
                        "program's time zone; or set ATC_PLANNER_NOW)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--starred", action="store_true",
                       help="every starred talk, not only those your plan attends")
    which.add_argument("--all", action="store_true", help="the whole program, starred or not")
    p.add_argument("--json", action="store_true",
                   help='{"now": talk or null, "next": talk or null, ...}')
    p.set_defaults(run=cmd_now)

    p = sub.add_parser("export", parents=[common],
                       help="write the agenda as a calendar (.ics) or a reading list")
    p.add_argument("--format", choices=("ics", "bibtex", "markdown", "csv"), default="ics",
                   help="ics (default): calendar events; bibtex, markdown, csv: a reading list")
    p.add_argument("-o", "--output", metavar="PATH", type=_path,
                   help=f"where to write (default: {DEFAULT_ICS}, or .bib, .md, .csv for the "
                        "other formats; PROGRAM-agenda.* for another program; '-' for standard "
                        "output)")
    p.add_argument("--alarm", type=int, metavar="MINUTES", help="a reminder this long before")
    p.add_argument("--sessions", action="store_true",
                   help="one event per session with starred talks, not per talk")
    p.add_argument("--all", action="store_true", help="the whole program, starred or not")
    p.add_argument("--plan", action="store_true",
                   help="only the talks the plan attends (see `atc-planner plan`)")
    p.add_argument("--walk", type=int, metavar="MINUTES",
                   help="with --plan: minutes to walk between rooms (default: `atc-planner walk`)")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("plan", parents=[common],
                       help="the best day you can attend, and why talks are dropped "
                            "(exit 1 when two musts collide)")
    p.add_argument("--day", metavar="DAY",
                   help="one day only: mon, tue, wed for ATC '25 (any case), or a date")
    p.add_argument("--json", action="store_true", help="one JSON document")
    p.add_argument("--walk", type=int, metavar="MINUTES",
                   help="minutes to walk between rooms (default: what `atc-planner walk` set)")
    p.set_defaults(run=cmd_plan)

    p = sub.add_parser("gaps", parents=[common],
                       help="free time between planned talks, and what runs then")
    p.add_argument("--day", metavar="DAY",
                   help="one day only: mon, tue, wed for ATC '25 (any case), or a date")
    p.add_argument("--json", action="store_true", help="one JSON document")
    p.add_argument("--walk", type=int, metavar="MINUTES",
                   help="minutes to walk between rooms (default: what `atc-planner walk` set)")
    p.set_defaults(run=cmd_gaps)

    p = sub.add_parser("walk", parents=[common],
                       help="show or set the minutes it takes to change rooms, for this program")
    p.add_argument("minutes", type=int, nargs="?", metavar="MINUTES")
    p.set_defaults(run=cmd_walk)

    p = sub.add_parser("sync", parents=[common],
                       help="make a CalDAV calendar hold exactly the agenda's talks")
    p.add_argument("--caldav", metavar="URL", help="the CalDAV server (remembered)")
    p.add_argument("--user", metavar="NAME", help="the account on it (remembered)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--calendar", metavar="NAME", help="the calendar to fill (remembered)")
    which.add_argument("--create-calendar", metavar="NAME",
                       help="the same, made on the server if it does not exist")
    p.add_argument("--ca-cert", metavar="FILE",
                   help="trust this CA certificate (PEM) for a server with a private CA")
    p.add_argument("--password-command", metavar="COMMAND",
                   help="a command that prints the password (remembered)")
    talks = p.add_mutually_exclusive_group()
    talks.add_argument("--plan", dest="talks", action="store_const", const="plan",
                       help="only the talks the plan attends (remembered)")
    talks.add_argument("--agenda", dest="talks", action="store_const", const="agenda",
                       help="every starred talk, the default (remembered)")
    p.add_argument("--login", action="store_true",
                   help="ask for the password and keep it in the system keyring")
    p.add_argument("--dry-run", action="store_true", help="say what would change; send nothing")
    p.set_defaults(run=cmd_sync)
    if only and not sub.found:  # not a command: argparse's error lists them all
        return build_parser()
    return parser


def cmd_programs(args: argparse.Namespace) -> int:
    from planner.library import remembered

    rows = remembered()
    if args.json:
        _emit_json([{"key": r.key, "name": r.name, "talks": r.talks, "days": r.days,
                     "source": r.source, "current": r.current} for r in rows])
        return 0
    width = max(len(r.key) for r in rows)
    for r in rows:
        _emit(f"{'*' if r.current else ' '} {r.key:<{width}}  {r.name}  ({r.talks} talks, "
              f"{r.days})  {r.source}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every way it can end is an exit status and at most one line on stderr."""
    from planner.safe_text import TerminalWriter

    _reopen_closed_std_streams()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Output(sys.stdout), TerminalWriter(sys.stderr)
    try:
        try:
            code = _main(argv)
        except SystemExit as done:  # argparse: --help, --version, a usage error
            code = done.code if isinstance(done.code, int) else int(done.code is not None)
        try:
            sys.stdout.flush()
        except (OSError, PlannerError) as err:
            code = _output_failed(err)
        return code
    finally:
        sys.stdout, sys.stderr = saved


def _main(argv: Sequence[str] | None) -> int:
    global _program_id
    parser = build_parser(_named_command(sys.argv[1:] if argv is None else argv))
    try:
        args, extra = parser.parse_known_args(argv)
        # argparse takes a positional list only up to the first option: `star a --must b`
        # leaves `b` over. Papers named after the options are papers all the same.
        if extra and isinstance(getattr(args, "papers", None), list) and \
                not any(x.startswith("-") for x in extra):
            args.papers += extra
        elif extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        if args.command == "programs":
            if hasattr(args, "program"):  # `programs --program X` opens X first, then lists
                _report(_open(args.program).warnings)
            return cmd_programs(args)
        opened = _open(getattr(args, "program", None))
        _report(opened.warnings)
        program = opened.program
        _program_id = program.conference.id
        if args.command is None:
            from planner.tui.app import run  # the one path that loads Textual

            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__  # Textual owns the terminal
            return run(program, _store(), key=opened.key)
        return int(args.run(args, program))
    except _OutputError as err:
        return _output_failed(err)
    except PlannerError as err:
        _warn(str(err))
        return 2
    except OSError as err:
        return _output_failed(err) if isinstance(err, BrokenPipeError) else _unexpected(err)
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # a bug or a library's surprise: still one line, never a traceback
        return _unexpected(err)


def _unexpected(err: BaseException) -> int:
    if os.environ.get("ATC_PLANNER_DEBUG"):
        raise err
    _warn(f"unexpected error: {type(err).__name__}: {err} "
          "(set ATC_PLANNER_DEBUG=1 to see where)")
    return 2


def _output_failed(err: BaseException) -> int:
    """Standard output went away or filled up. A reader that left (`| head`) is no error."""
    # Whatever is still buffered would fail again at exit: send it nowhere.
    with suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    if isinstance(err, BrokenPipeError) or (
            isinstance(err, _OutputError) and isinstance(err.__cause__, BrokenPipeError)):
        return 0
    _warn(str(err) if isinstance(err, PlannerError)
          else f"cannot write to standard output: {getattr(err, 'strerror', None) or err}")
    return 2


class _OutputError(PlannerError):
    """Standard output cannot be written (a full disk, a closed descriptor)."""


class _Output:
    """Standard output, sanitised for the terminal, whose write errors say what failed."""

    def __init__(self, stream: Any) -> None:
        from planner.safe_text import TerminalWriter

        self._stream = TerminalWriter(stream)

    def _guard(self, call: Callable[[], Any]) -> Any:
        try:
            return call()
        except BrokenPipeError:
            raise
        except OSError as err:
            raise _OutputError(f"cannot write to standard output: {err.strerror or err}") from err

    def write(self, text: str) -> int:
        return int(self._guard(lambda: self._stream.write(text)))

    def flush(self) -> None:
        self._guard(self._stream.flush)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _reopen_closed_std_streams() -> None:
    """A closed stdin/stdout/stderr (`atc-planner program >&-`) becomes /dev/null.

    Otherwise the next file opened (the agenda's lock, say) would get descriptor 1 or 2 and
    receive whatever is printed.
    """
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            new = os.open(os.devnull, os.O_RDWR)
            if new != fd:
                os.dup2(new, fd)
                os.close(new)
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "r" if fd == 0 else "w", encoding="utf-8"))  # noqa: SIM115


def _open(choice: str | None) -> Any:
    from planner.library import open_program

    return open_program(choice)


if __name__ == "__main__":
    raise SystemExit(main())
