"""The sync against a real CalDAV server (Radicale), read back with the caldav client."""

from __future__ import annotations

from typing import Any

import caldav
import pytest

from planner.agenda import Agenda
from planner.ics import ExportOptions, build_calendar, paper_uid
from planner.program import load_program, parse_program
from planner.sync import fingerprint, sync
from planner.sync_config import SyncConfig, SyncError
from tests.caldav_server import PASSWORD, USER, Proxy, Radicale, free_port, self_signed
from tests.helpers_programs import make_program

PROGRAM = load_program()
NOTE = "Ask about cold starts; «ünïcode» [b]not markup[/b]\nsecond line"


def agenda(*ids: str, notes: dict[str, str] | None = None) -> Agenda:
    a = Agenda()
    for pid in ids:
        a = a.star(pid)
    for pid, note in (notes or {}).items():
        a = a.with_note(pid, note)
    return a


def client(config: SyncConfig) -> caldav.DAVClient:
    return caldav.DAVClient(url=config.url, username=USER, password=PASSWORD,
                            enable_rfc6764=False, ssl_verify_cert=config.ca_cert or True)


def read_back(config: SyncConfig) -> dict[str, Any]:
    """UID -> the event, as another calendar client sees the calendar; fails on a double."""
    with client(config) as c:
        cal = c.principal().calendar(name=config.calendar)
        found: dict[str, Any] = {}
        for obj in cal.events():
            comp = obj.icalendar_component
            uid = str(comp["uid"])
            assert uid not in found, f"{uid} is in the calendar twice"
            found[uid] = comp
        return found


def raw_events(config: SyncConfig) -> dict[str, str]:
    with client(config) as c:
        cal = c.principal().calendar(name=config.calendar)
        return {str(o.icalendar_component["uid"]): o.data for o in cal.events()}


def uids(*ids: str, program=PROGRAM) -> set[str]:
    return {paper_uid(program, pid) for pid in ids}


def add_foreign_event(config: SyncConfig, uid: str, summary: str) -> None:
    with client(config) as c:
        c.principal().calendar(name=config.calendar).save_event(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//someone else//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20250601T120000Z\r\nDTSTART:20250707T160000Z\r\n"
            f"DTEND:20250707T170000Z\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_star_change_note_unstar_show_on_the_server(config: SyncConfig):
    report = sync(PROGRAM, agenda("fast-acs", "deepserve"), config, PASSWORD,
                  create_calendar=True)
    assert report.created_calendar and [c.action for c in report.changes] == ["create"] * 2
    events = read_back(config)
    assert set(events) == uids("fast-acs", "deepserve")
    e = events[paper_uid(PROGRAM, "fast-acs")]
    assert str(e["summary"]) == PROGRAM.papers["fast-acs"].title
    assert e.decoded("dtstart") == PROGRAM.papers["fast-acs"].start

    report = sync(PROGRAM, agenda("fast-acs", "deepserve", notes={"deepserve": NOTE}),
                  config, PASSWORD)
    assert [(c.action, c.paper_id, c.what) for c in report.changes] == \
        [("update", "deepserve", ("note",))]
    e = read_back(config)[paper_uid(PROGRAM, "deepserve")]
    assert str(e["description"]).endswith(f"Note: {NOTE}")
    assert int(e["sequence"]) == 1  # calendar apps take a higher SEQUENCE as the newer event

    report = sync(PROGRAM, agenda("deepserve", notes={"deepserve": NOTE}), config, PASSWORD)
    assert [(c.action, c.paper_id) for c in report.changes] == [("delete", "fast-acs")]
    assert set(read_back(config)) == uids("deepserve")

    sync(PROGRAM, Agenda(), config, PASSWORD)
    assert read_back(config) == {}


def test_the_events_are_the_exports_events(config: SyncConfig):
    a = agenda("fast-acs", "gmi-drl", notes={"gmi-drl": NOTE})
    sync(PROGRAM, a, config, PASSWORD, create_calendar=True)
    cal, _ = build_calendar(PROGRAM, a, ExportOptions())
    exported = {str(e["uid"]): fingerprint(e) for e in cal.walk("VEVENT")}
    assert {uid: fingerprint(e) for uid, e in read_back(config).items()} == exported


def test_a_second_sync_sends_no_writes(config: SyncConfig, proxy: Proxy):
    a = agenda("fast-acs", "deepserve", "gmi-drl", notes={"deepserve": NOTE})
    sync(PROGRAM, a, config, PASSWORD, create_calendar=True)
    assert proxy.counts["PUT"] == 3
    proxy.reset()
    report = sync(PROGRAM, a, config, PASSWORD)
    assert report.changes == () and report.talks == 3
    assert proxy.writes() == 0 and sum(proxy.counts.values()) > 0  # it did read


def test_time_and_title_changes_are_updated(config: SyncConfig):
    doc = make_program([[[(0, 15), (15, 15)]]])
    before = parse_program(doc)
    a = agenda("t0s0p0", "t0s0p1")
    sync(before, a, config, PASSWORD, create_calendar=True)
    session = doc["days"][0]["sessions"][0]
    moved, renamed = session["papers"]
    moved["start"], moved["end"] = session["start"], session["end"] = (
        "2025-07-07T09:30:00-04:00", "2025-07-07T09:45:00-04:00")
    session["start"] = "2025-07-07T09:15:00-04:00"
    renamed["title"] = "Talk 1, retitled"
    after = parse_program(doc)
    report = sync(after, a, config, PASSWORD)
    assert sorted((c.paper_id, c.what) for c in report.changes) == \
        [("t0s0p0", ("time",)), ("t0s0p1", ("title",))]
    events = read_back(config)
    assert events[paper_uid(after, "t0s0p0")].decoded("dtstart") == after.papers["t0s0p0"].start
    assert str(events[paper_uid(after, "t0s0p1")]["summary"]) == "Talk 1, retitled"


def test_events_it_did_not_make_are_left_alone(config: SyncConfig, proxy: Proxy):
    sync(PROGRAM, agenda("fast-acs"), config, PASSWORD, create_calendar=True)
    foreign = {"lunch-with-bob@example.com": "Lunch with Bob",
               "atc25-deepserve@somewhere-else.org": "Looks like ours, is not",
               "otherconf-fast-acs@atc-planner": "Another conference's agenda"}
    for uid, summary in foreign.items():
        add_foreign_event(config, uid, summary)
    before = raw_events(config)
    proxy.reset()
    sync(PROGRAM, agenda("deepserve"), config, PASSWORD)  # unstar one, star another
    assert proxy.counts["DELETE"] == 1 and proxy.counts["PUT"] == 1
    after = raw_events(config)
    assert set(after) == set(foreign) | uids("deepserve")
    assert {u: after[u] for u in foreign} == {u: before[u] for u in foreign}
    sync(PROGRAM, Agenda(), config, PASSWORD)
    assert set(raw_events(config)) == set(foreign)


def test_dry_run_sends_nothing(config: SyncConfig, proxy: Proxy):
    report = sync(PROGRAM, agenda("fast-acs"), config, PASSWORD, create_calendar=True,
                  dry_run=True)
    assert report.dry_run and report.created_calendar
    assert [(c.action, c.paper_id) for c in report.changes] == [("create", "fast-acs")]
    assert proxy.writes() == 0
    with pytest.raises(SyncError, match="no calendar named"):
        sync(PROGRAM, agenda("fast-acs"), config, PASSWORD)  # it was not made

    sync(PROGRAM, agenda("fast-acs"), config, PASSWORD, create_calendar=True)
    proxy.reset()
    report = sync(PROGRAM, agenda("deepserve"), config, PASSWORD, dry_run=True)
    assert sorted((c.action, c.paper_id) for c in report.changes) == \
        [("create", "deepserve"), ("delete", "fast-acs")]
    assert proxy.writes() == 0 and set(read_back(config)) == uids("fast-acs")


def test_no_such_calendar_is_one_line_naming_it(config: SyncConfig):
    sync(PROGRAM, Agenda(), config, PASSWORD, create_calendar=True)
    missing = SyncConfig(config.url, config.user, calendar="Nope")
    with pytest.raises(SyncError) as err:
        sync(PROGRAM, agenda("fast-acs"), missing, PASSWORD)
    msg = str(err.value)
    assert "'Nope'" in msg and config.calendar in msg and "--create-calendar" in msg
    assert "\n" not in msg


def test_wrong_password(config: SyncConfig, proxy: Proxy):
    with pytest.raises(SyncError) as err:
        sync(PROGRAM, agenda("fast-acs"), config, "not the password", create_calendar=True)
    assert "refused the login of 'ada'" in str(err.value) and "401" in str(err.value)
    assert proxy.writes() == 0


def test_unreachable_server_names_the_address():
    url = f"http://127.0.0.1:{free_port()}/"
    with pytest.raises(SyncError) as err:
        sync(PROGRAM, agenda("fast-acs"), SyncConfig(url, USER, "ATC"), PASSWORD)
    assert str(err.value) == f"cannot reach the CalDAV server at {url} (Connection refused)"


def test_an_event_the_server_refuses_is_named_with_the_reason(config: SyncConfig,
                                                             proxy: Proxy):
    proxy.fail_paths["deepserve"] = "Quota exceeded"
    a = agenda("fast-acs", "deepserve", "gmi-drl")
    with pytest.raises(SyncError) as err:
        sync(PROGRAM, a, config, PASSWORD, create_calendar=True)
    assert str(err.value) == (
        "the server refused to create the event for deepserve "
        f"({PROGRAM.papers['deepserve'].title}): 500 Internal Server Error: Quota exceeded")
    assert set(read_back(config)) == uids("fast-acs", "gmi-drl")  # the others went through

    proxy.fail_paths.clear()
    proxy.reset()
    report = sync(PROGRAM, a, config, PASSWORD)
    assert [(c.action, c.paper_id) for c in report.changes] == [("create", "deepserve")]
    assert set(read_back(config)) == uids("fast-acs", "deepserve", "gmi-drl")


def test_server_stopped_mid_sync_then_the_next_sync_converges(own_server):
    server, proxy = own_server
    config = SyncConfig(proxy.url, USER, "ATC")
    ids = ("fast-acs", "deepserve", "gmi-drl", "poby", "logcrisp")
    ids = tuple(p for p in ids if p in PROGRAM.papers)
    assert len(ids) >= 4
    sync(PROGRAM, agenda(ids[0]), config, PASSWORD, create_calendar=True)

    puts = 0

    def die_on_third_put(method: str) -> bool:
        # The server stores the third event and dies before the client hears back: the
        # worst moment, since the client cannot know whether that event arrived.
        nonlocal puts
        if method != "PUT":
            return False
        puts += 1
        if puts == 3:
            server.stop()
            return True
        return False

    proxy.drop_after = die_on_third_put
    wanted = agenda(*ids[1:], notes={ids[1]: "changed while the server died"})
    with pytest.raises(SyncError, match="cannot reach the CalDAV server"):
        sync(PROGRAM, wanted, config, PASSWORD)
    proxy.drop_after = None
    with pytest.raises(SyncError, match="cannot reach the CalDAV server"):
        sync(PROGRAM, wanted, config, PASSWORD)  # still down: nothing half-done either

    server.start()
    sync(PROGRAM, wanted, config, PASSWORD)
    events = read_back(config)  # fails on any double
    assert set(events) == uids(*ids[1:])
    assert str(events[paper_uid(PROGRAM, ids[1])]["description"]).endswith(
        "Note: changed while the server died")
    proxy.reset()
    assert sync(PROGRAM, wanted, config, PASSWORD).changes == () and proxy.writes() == 0


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("tls")
    cert, key = self_signed(root)
    server = Radicale(root / "radicale", cert=cert, key=key)
    server.start()
    yield server, cert
    server.stop()


def test_an_untrusted_certificate_is_refused_unless_its_ca_is_given(tls_server):
    server, cert = tls_server
    config = SyncConfig(server.url, USER, "ATC")
    with pytest.raises(SyncError) as err:
        sync(PROGRAM, agenda("fast-acs"), config, PASSWORD, create_calendar=True)
    assert str(err.value).startswith(f"the TLS certificate of 127.0.0.1:{server.port} is not "
                                     "trusted (self-signed certificate")
    assert "--ca-cert FILE" in str(err.value)
    assert not (server.root / "collections" / "collection-root" / USER).exists()

    trusted = SyncConfig(server.url, USER, "ATC", ca_cert=str(cert))
    report = sync(PROGRAM, agenda("fast-acs"), trusted, PASSWORD, create_calendar=True)
    assert report.changes and set(read_back(trusted)) == uids("fast-acs")


def test_control_characters_in_a_note_never_reach_the_server(config: SyncConfig):
    sync(PROGRAM, agenda("fast-acs", notes={"fast-acs": "red \x1b[31malert\x07 here"}), config,
         PASSWORD, create_calendar=True)
    [data] = raw_events(config).values()
    unfolded = data.replace("\r\n ", "").replace("\n ", "")  # RFC 5545 folds long lines
    # The escape sequence is left out whole, as in the .ics export, not only its ESC.
    assert "\x1b" not in data and "\x07" not in data and "red alert here" in unfolded


def test_without_a_calendar_name_the_only_calendar_is_used(own_server):
    _, proxy = own_server
    unnamed = SyncConfig(proxy.url, USER)
    with pytest.raises(SyncError, match="has no calendar yet: make one with --create-calendar NAME"):
        sync(PROGRAM, agenda("fast-acs"), unnamed, PASSWORD)
    sync(PROGRAM, Agenda(), SyncConfig(proxy.url, USER, "Talks"), PASSWORD,
         create_calendar=True)
    report = sync(PROGRAM, agenda("fast-acs"), unnamed, PASSWORD)
    assert report.calendar == "Talks" and len(report.changes) == 1
    sync(PROGRAM, Agenda(), SyncConfig(proxy.url, USER, "Family"), PASSWORD,
         create_calendar=True)
    with pytest.raises(SyncError) as err:
        sync(PROGRAM, agenda("fast-acs"), unnamed, PASSWORD)
    assert "has 2 calendars, not one" in str(err.value)
    assert "(it has: Family, Talks)" in str(err.value)


def test_an_imported_export_is_taken_over_not_doubled(config: SyncConfig):
    # The user imported an earlier .ics export into this calendar: the event has our UID but
    # sits at a name the phone chose. The sync updates it where it is.
    sync(PROGRAM, Agenda(), config, PASSWORD, create_calendar=True)
    with client(config) as c:
        cal = c.principal().calendar(name=config.calendar)
        put = c.put(str(cal.url.join("phone-import-1234.ics")),
                    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//a phone//EN\r\nBEGIN:VEVENT\r\n"
                    f"UID:{paper_uid(PROGRAM, 'fast-acs')}\r\nDTSTAMP:20250601T120000Z\r\n"
                    "DTSTART:20250707T144500Z\r\nDTEND:20250707T150000Z\r\n"
                    "SUMMARY:An old title\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                    {"Content-Type": "text/calendar"})
        assert put.status == 201
    report = sync(PROGRAM, agenda("fast-acs"), config, PASSWORD)
    assert [(c.action, c.paper_id) for c in report.changes] == [("update", "fast-acs")]
    [event] = read_back(config).values()
    assert str(event["summary"]) == PROGRAM.papers["fast-acs"].title
    assert list(raw_urls(config)) == ["phone-import-1234.ics"]


def raw_urls(config: SyncConfig) -> list[str]:
    with client(config) as c:
        cal = c.principal().calendar(name=config.calendar)
        return [str(o.url).rsplit("/", 1)[-1] for o in cal.events()]
