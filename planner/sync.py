"""Keep a CalDAV calendar in step with the agenda: one event per starred talk.

The events are the .ics export's (planner.ics.paper_event builds both). The sync reads the
calendar, works out what to create, update and delete, and then writes only that, so a second
run sends no writes. It only ever touches events whose UID it makes
(`<conference>-<paper>@atc-planner`); everything else in the calendar is left alone.

caldav (and with it an HTTP stack and lxml) is imported only when a sync runs. It is the
optional `sync` extra (pyproject.toml says why): without it, a sync stops with one line that
says how to install it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, urlsplit

from planner.agenda import Agenda
from planner.program import Program
from planner.sync_config import SyncConfig, SyncError

if TYPE_CHECKING:
    from icalendar import Event

TIMEOUT_S = 20
UID_SUFFIX = "@atc-planner"
Action = Literal["create", "update", "delete"]


@dataclass(frozen=True, slots=True)
class Change:
    action: Action
    paper_id: str
    title: str
    what: tuple[str, ...] = ()  # for an update: which parts changed ("time", "note", ...)

    def line(self) -> str:
        detail = f" ({', '.join(self.what)})" if self.what else ""
        return f"{self.action}: {self.paper_id}  {self.title}{detail}"


@dataclass(frozen=True, slots=True)
class Report:
    calendar: str
    talks: int  # how many talks the calendar holds (or would hold) afterwards
    changes: tuple[Change, ...] = ()
    created_calendar: bool = False
    dry_run: bool = False


@dataclass(slots=True)
class _Remote:
    """One of our events as the server holds it."""

    url: Any  # caldav URL
    fingerprint: tuple[Any, ...]
    sequence: int


@dataclass(slots=True)
class _Wanted:
    title: str
    event: Event
    fingerprint: tuple[Any, ...] = field(default=())


# --- which events ---------------------------------------------------------------------------


def uid_prefix(program: Program) -> str:
    return f"{program.conference.id}-"


def paper_of_uid(program: Program, uid: str) -> str | None:
    """The paper id in a UID this planner made for this conference, else None."""
    prefix = uid_prefix(program)
    if not (uid.startswith(prefix) and uid.endswith(UID_SUFFIX)):
        return None
    pid = uid[len(prefix):-len(UID_SUFFIX)]
    if not pid or pid.startswith("session-"):  # session events belong to `export --sessions`
        return None
    return pid


def talks_to_sync(program: Program, agenda: Agenda) -> list[str]:
    """The starred talks the program knows, in time order."""
    papers = [program.papers[p] for p in agenda.starred if p in program.papers]
    return [p.id for p in sorted(papers, key=lambda p: program.time_order(p.id))]


def chosen(program: Program, agenda: Agenda, config: SyncConfig, agenda_path: Path) -> Agenda:
    """The agenda, or with `talks = "plan"` only the talks the plan attends (as `export --plan`:
    the walk time saved for this program)."""
    if config.talks != "plan":
        return agenda
    from planner.plan import plan_for
    from planner.walk import load_walk, settings_path

    walk = load_walk(settings_path(agenda_path), program.conference.id)
    attending = plan_for(program, agenda, walk).attending
    return Agenda({pid: e for pid, e in agenda.entries.items() if pid in attending})


def wanted_events(program: Program, agenda: Agenda, paper_ids: Iterable[str]
                  ) -> dict[str, _Wanted]:
    from planner.ics import paper_event, paper_uid

    stamp = datetime.now(UTC).replace(microsecond=0)
    wanted = {}
    for pid in paper_ids:
        paper = program.papers[pid]
        event = paper_event(program, paper, agenda.note(pid), stamp)
        wanted[paper_uid(program, pid)] = _Wanted(paper.title, event, fingerprint(event))
    return wanted


FIELDS = (("summary", "title"), ("dtstart", "time"), ("dtend", "time"),
          ("description", "description"), ("location", "location"), ("categories", "category"))


def fingerprint(event: Event) -> tuple[Any, ...]:
    """What the user sees of an event, in a form that survives a server's reformatting."""
    out: list[Any] = []
    for name, _ in FIELDS:
        if name not in event:
            out.append(None)
        elif name in ("dtstart", "dtend"):
            when = event.decoded(name)
            out.append(when.astimezone(UTC) if isinstance(when, datetime) and when.tzinfo
                       else when)
        elif name == "categories":
            out.append(tuple(str(c) for c in event.categories))
        else:
            out.append(str(event[name]))
    return tuple(out)


def _split_description(description: str | None) -> tuple[str, str]:
    """(the description without its first line, the title, nor the note; the note)."""
    body, _, note = (description or "").partition("\n\nNote: ")
    return body.partition("\n")[2], note


def what_changed(old: tuple[Any, ...], new: tuple[Any, ...]) -> tuple[str, ...]:
    """In words: the description repeats the title and holds the note, so say those."""
    parts: list[str] = []
    for i, (name, label) in enumerate(FIELDS):
        if old[i] == new[i]:
            continue
        if name == "description":
            (old_rest, old_note), (new_rest, new_note) = map(_split_description, (old[i], new[i]))
            found = (["note"] if old_note != new_note else []) + (
                ["description"] if old_rest != new_rest else [])
        else:
            found = [label]
        parts += [f for f in found if f not in parts]
    return tuple(parts)


# --- the server ------------------------------------------------------------------------------


class Unreachable(SyncError):
    """The server cannot be reached (down, no network, no such host): the TUI says offline."""


class NotInstalled(SyncError):
    """caldav, the optional `sync` extra, is not installed (or not whole): the TUI says so."""


NOT_INSTALLED = ("sync needs the CalDAV client, which is not installed: "
                 "pip install 'atc-planner[sync]' (in a checkout: .venv/bin/pip install '.[sync]')")


def require_caldav() -> None:
    """Raise NotInstalled unless caldav can be found; looks it up without importing it."""
    from importlib.util import find_spec

    try:
        found = find_spec("caldav") is not None
    except (ImportError, ValueError):  # ValueError: a module in sys.modules without a spec
        found = False
    if not found:
        raise NotInstalled(NOT_INSTALLED)


def _import_caldav() -> Any:
    try:
        import caldav
    except ImportError as err:
        raise _not_installed(err) from None
    return caldav


def _not_installed(err: ImportError) -> NotInstalled:
    """caldav is missing, or a module it needs (some it imports only when it uses them)."""
    missing = f" (No module named {err.name!r})" if err.name and err.name != "caldav" else ""
    return NotInstalled(NOT_INSTALLED + missing)


def sync(program: Program, agenda: Agenda, config: SyncConfig, secret: str, *,
         dry_run: bool = False, create_calendar: bool = False, timeout: int = TIMEOUT_S,
         cancelled: Callable[[], bool] = lambda: False) -> Report:
    """Make the calendar hold exactly the agenda's talks; raise SyncError with one line.

    `cancelled` is asked before each write: the TUI stops a sync half-way when it quits (the
    next sync completes it)."""
    caldav = _import_caldav()  # outside the `try`: explain() needs caldav's errors
    try:
        return _sync(caldav, program, agenda, config, secret, dry_run, create_calendar, timeout,
                     cancelled)
    except SyncError:
        raise
    except ImportError as err:
        raise _not_installed(err) from None
    except Exception as err:
        raise explain(err, config) from None


def _sync(caldav: Any, program: Program, agenda: Agenda, config: SyncConfig, secret: str,
          dry_run: bool, create_calendar: bool, timeout: int, cancelled: Callable[[], bool]
          ) -> Report:
    client = caldav.DAVClient(url=config.url, username=config.user, password=secret,
                              timeout=timeout, enable_rfc6764=False,
                              ssl_verify_cert=config.ca_cert or True)
    with client:
        principal = client.principal()
        calendar, name = _find_calendar(principal, config)
        created = False
        if calendar is None:
            if not create_calendar:
                raise SyncError(_no_such_calendar(config, principal))
            if not dry_run:
                calendar = principal.make_calendar(name=config.calendar)
            created = True
        wanted = wanted_events(program, agenda, talks_to_sync(program, agenda))
        remote = _our_events(program, calendar) if calendar is not None else {}
        changes = _plan(program, wanted, remote)
        if not dry_run:
            _apply(program, client, calendar, changes, wanted, remote, cancelled)
    return Report(name or config.calendar, len(wanted), tuple(changes), created, dry_run)


def _find_calendar(principal: Any, config: SyncConfig) -> tuple[Any, str]:
    calendars = principal.get_calendars()
    if not config.calendar:
        if len(calendars) == 1:
            return calendars[0], calendars[0].get_display_name() or ""
        raise SyncError(_no_such_calendar(config, principal, calendars))
    for cal in calendars:
        if config.calendar in (cal.get_display_name(), _last_segment(cal.url)):
            return cal, config.calendar
    return None, config.calendar


def _no_such_calendar(config: SyncConfig, principal: Any, calendars: Any = None) -> str:
    calendars = principal.get_calendars() if calendars is None else calendars
    names = sorted(c.get_display_name() or _last_segment(c.url) for c in calendars)
    have = f"it has: {', '.join(names)}" if names else "it has none"
    if not config.calendar and not names:
        return (f"{config.user} at {config.url} has no calendar yet: make one with "
                "--create-calendar NAME")
    if not config.calendar:
        return (f"{config.user} at {config.url} has {len(names)} calendars, not one: name one "
                f"with --calendar NAME ({have}) or make one with --create-calendar NAME")
    return (f"no calendar named {config.calendar!r} for {config.user} at {config.url} ({have}); "
            f"--create-calendar {config.calendar!r} makes it")


def _last_segment(url: Any) -> str:
    return str(url).rstrip("/").rsplit("/", 1)[-1]


def _our_events(program: Program, calendar: Any) -> dict[str, _Remote]:
    remote: dict[str, _Remote] = {}
    for obj in calendar.events():
        try:
            component = obj.icalendar_component
            uid = str(component.get("uid", ""))
        except Exception:  # someone else's event we cannot parse: not ours either way
            continue
        if paper_of_uid(program, uid) is None:
            continue
        remote[uid] = _Remote(obj.url, fingerprint(component),
                              int(component.get("sequence", 0) or 0))
    return remote


def _plan(program: Program, wanted: dict[str, _Wanted], remote: dict[str, _Remote]
          ) -> list[Change]:
    changes: list[Change] = []
    for uid, w in wanted.items():
        pid = paper_of_uid(program, uid) or uid
        if uid not in remote:
            changes.append(Change("create", pid, w.title))
        elif remote[uid].fingerprint != w.fingerprint:
            what = what_changed(remote[uid].fingerprint, w.fingerprint)
            changes.append(Change("update", pid, w.title, what))
    for uid in sorted(remote.keys() - wanted.keys()):
        pid = paper_of_uid(program, uid) or uid
        paper = program.papers.get(pid)
        changes.append(Change("delete", pid, paper.title if paper else "(not in this program)"))
    return changes


def _apply(program: Program, client: Any, calendar: Any, changes: list[Change],
           wanted: dict[str, _Wanted], remote: dict[str, _Remote],
           cancelled: Callable[[], bool]) -> None:
    from planner.ics import one_event_calendar, paper_uid

    refused: list[str] = []
    for change in changes:
        if cancelled():
            raise SyncError("sync stopped half-way; the next sync completes it")
        uid = paper_uid(program, change.paper_id)
        if change.action == "delete":
            response = client.delete(str(remote[uid].url))
            ok = response.status in (200, 204, 404)  # 404: gone already
        else:
            event = wanted[uid].event
            headers = {"Content-Type": "text/calendar; charset=utf-8"}
            if change.action == "update":
                url = remote[uid].url
                event["sequence"] = remote[uid].sequence + 1  # tells clients it changed
            else:
                url = calendar.url.join(quote(uid, safe="") + ".ics")
                headers["If-None-Match"] = "*"  # never overwrite what is there
            response = client.put(str(url), one_event_calendar(program, event).decode(),
                                  headers)
            ok = 200 <= response.status < 300
        if not ok:
            refused.append(f"the server refused to {change.action} the event for "
                           f"{change.paper_id} ({change.title}): {_reason(response)}")
    if refused:
        raise SyncError("\n".join(refused))


def _reason(response: Any) -> str:
    status = f"{response.status} {response.reason or ''}".strip()
    body = response.raw if isinstance(response.raw, str) else ""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    if first.startswith("<"):  # an XML or HTML error page: the status says enough
        first = ""
    return f"{status}: {first[:200]}" if first else status


# --- errors, each one line ----------------------------------------------------------------------


def explain(err: BaseException, config: SyncConfig) -> SyncError:
    """One line for whatever the network, TLS or the server threw."""
    line = _explain(err, config)
    return (Unreachable if line.startswith("cannot reach") else SyncError)(line)


def _explain(err: BaseException, config: SyncConfig) -> str:
    from caldav.lib import error as dav

    host = urlsplit(config.url).netloc or config.url
    if isinstance(err, dav.AuthorizationError):
        return (f"the server at {config.url} refused the login of {config.user!r} "
                f"({_auth_reason(err)}): check the user and the password")
    chain = _chain(err)
    if why := _match(chain, r"certificate verify failed: ([^(')\"]+)"):
        hint = ("" if config.ca_cert else
                "; if the server uses a private CA, pass its certificate with --ca-cert FILE")
        return f"the TLS certificate of {host} is not trusted ({why.strip()}){hint}"
    if any("SSL" in type(e).__name__ for e in chain):
        why = _match(chain, r"\[SSL: [A-Z_]+\] ([^(')\"]+)") or "TLS failed"
        return f"no TLS connection with {host} ({why.strip()}): is it an https:// server?"
    if isinstance(err, OSError) or any(isinstance(e, OSError) for e in chain):
        why = (_match(chain, r"\[Errno -?\d+\] ([^'\")]+)") or _match(chain, r"(timed out)")
               or _match(chain, r"(Failed to resolve [^ ]+)") or type(err).__name__)
        return f"cannot reach the CalDAV server at {config.url} ({why.strip()})"
    if isinstance(err, dav.NotFoundError):
        return f"{config.url} is not a CalDAV account the server knows ({_one_line(err)})"
    if isinstance(err, dav.DAVError):
        return f"the CalDAV server at {config.url} failed: {_one_line(err)}"
    return f"sync with {config.url} failed: {_one_line(err)}"


def _auth_reason(err: Any) -> str:
    reason = getattr(err, "reason", "") or ""
    return "401 Unauthorized" if "nauthorized" in reason or not reason else reason


def _chain(err: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    stack = [err]
    while stack:
        e = stack.pop()
        if e in seen:
            continue
        seen.append(e)
        stack += [x for x in (e.__cause__, e.__context__) if x is not None]
        stack += [a for a in getattr(e, "args", ()) if isinstance(a, BaseException)]
        if (reason := getattr(e, "reason", None)) and isinstance(reason, BaseException):
            stack.append(reason)
    return seen


def _match(chain: list[BaseException], pattern: str) -> str | None:
    for e in chain:
        if m := re.search(pattern, str(e)):
            return m.group(1)
    return None


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text[:300] or type(err).__name__


# --- what to say --------------------------------------------------------------------------------


def summary(report: Report) -> str:
    """One line: what was sent (or with --dry-run, what would be) and what the calendar holds."""
    counts = {a: sum(c.action == a for c in report.changes) for a in ("create", "update", "delete")}
    done = {"create": "created", "update": "updated", "delete": "deleted"}
    parts = ", ".join(f"{n} {done[a]}" for a, n in counts.items() if n)
    talks = f"{report.talks} talk{'s' * (report.talks != 1)}"
    name = repr(report.calendar)
    if report.dry_run:
        made = f"would make calendar {name}" if report.created_calendar else f"calendar {name}"
        if not parts:
            return f"dry run: {made}; it holds the agenda's {talks}; nothing to send"
        return f"dry run: {made}: would get {parts} and hold {talks}; nothing sent"
    made = f"made calendar {name}" if report.created_calendar else f"calendar {name}"
    if not parts:
        return f"{made}: it holds the agenda's {talks}, nothing to change"
    return f"{made}: {parts}; it holds {talks}"
