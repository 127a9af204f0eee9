"""Program files in the formats conferences publish, told apart by their content.

- the planner's own program JSON (what `atc-planner program --json` prints);
- frab/Pentabarf schedule XML (frab, pretalx, FOSDEM, the CCC events): planner.formats.frab;
- the schedule JSON pretalx publishes (c3voc schema): planner.formats.pretalx;
- iCalendar, one VEVENT per talk: planner.formats.ical.

Each format turns its file into the own schema's document and planner.program checks it, so
every program, whatever its source, passes the same checks and dumps back the same way.
A parser module is imported only when a file of its format is read.
"""

from __future__ import annotations

import os
import stat

from planner.collector import cycle_collector_paused
from planner.errors import json_problem
from planner.program import Invalid, Program, ProgramError, parse_program, shipped_program_path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any

MAX_BYTES = 50 * 1024 * 1024  # a real schedule is a few MB; more is a mistake or an attack

FORMATS = ("own JSON", "frab XML", "pretalx JSON", "iCalendar")


def read_source(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a program file: the one place a program file is read.

    Never blocks: a named pipe, a device or a directory is refused before it is opened for
    reading, and the file is opened non-blocking and checked again, in case it was swapped
    after the first look. More than MAX_BYTES is refused without reading it all.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ProgramError(f"{path}: not a regular file")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise ProgramError(f"{path}: cannot read the program file ({err.strerror or err})"
                           ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ProgramError(f"{path}: not a regular file")
        if info.st_size > MAX_BYTES:
            raise ProgramError(f"{path}: {info.st_size / 2**20:.0f} MB is more than a program "
                               f"file may hold ({MAX_BYTES // 2**20} MB)")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as err:
        raise ProgramError(f"{path}: cannot read the program file ({err.strerror or err})"
                           ) from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise ProgramError(f"{path}: more than a program file may hold ({MAX_BYTES // 2**20} MB)")
    return data


def sniff(data: bytes) -> str:
    """'json', 'xml' or 'ical' from the first bytes; '' for none of them."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        return "json"
    if head.startswith(b"<"):
        return "xml"
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        return "ical"
    return ""


def load_program(path: str | os.PathLike[str]) -> Program:
    """Read, recognise and check a program file; ProgramError names the file and the problem."""
    data = read_source(path)
    try:
        with cycle_collector_paused():
            return parse_program(document(data, _stem(path)))
    except Invalid as err:
        raise ProgramError(f"{path}: {err}") from None


def _stem(path: str | os.PathLike[str]) -> str:
    """The file's name without its last suffix, as Path.stem (not os.path.splitext: 'x.')."""
    name = os.path.basename(path)
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def load_shipped() -> Program:
    """The embedded ATC '25 program, from the document planner.atc25_program holds: the shipped
    JSON's, compiled to bytecode when installed, so nothing is read or parsed but its values.
    They are checked as any program's are."""
    from planner.atc25_program import document

    try:
        with cycle_collector_paused():
            return parse_program(document())
    except Invalid as err:  # an unknown time zone, say, on a system without the zone data
        raise ProgramError(f"{shipped_program_path()}: {err}") from None


def document(data: bytes, file_stem: str = "") -> dict[str, Any]:
    """The own-schema document for a program file of any format; Invalid says why not.

    `file_stem` names a program whose file does not name itself (an iCalendar file without
    X-WR-CALNAME), so two such programs are not remembered as one.
    """
    kind = sniff(data)
    if kind == "xml":
        from planner.formats import frab

        return frab.document(data)
    if kind == "ical":
        from planner.formats import ical

        return ical.document(data, file_stem)
    if kind != "json":
        raise Invalid(f"not a program file: none of {', '.join(FORMATS)}")
    import json  # not for the shipped program (see planner.agenda.parse)

    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise Invalid("the program file is not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise Invalid(f"not valid JSON ({json_problem(err)})") from None
    except RecursionError:
        raise Invalid("not valid JSON (nested too deeply)") from None
    except ValueError as err:  # a number of more than 4,300 digits
        raise Invalid(f"not a program file ({err})") from None
    if isinstance(doc, dict) and "schedule" in doc and "conference" not in doc:
        from planner.formats import pretalx

        return pretalx.document(doc)
    return doc  # the own schema: parse_program says what is wrong with it, if anything
