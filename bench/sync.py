"""CalDAV sync: what it sends, how long it takes, and what a sync costs the keyboard.

    python bench/sync.py        (after the README's test set-up: it runs Radicale)

Two tables, each with a baseline measured in the same run:

1. Syncing all 100 ATC '25 talks to a local Radicale, then again with nothing changed, then
   with one note changed. Baseline: sending every event on every run (what re-importing an
   .ics amounts to). Requests are counted by a proxy in front of the server.
2. How long a key takes to be handled (from the press to the cursor moving) in the planner:
   idle (baseline), and while a sync runs against a server that answers each request 0.4 s
   late. Median and worst of 16 keys.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.agenda import Agenda  # noqa: E402
from planner.ics import one_event_calendar, paper_event, paper_uid  # noqa: E402
from planner.program import load_program  # noqa: E402
from planner.sync import sync  # noqa: E402
from planner.sync_config import SyncConfig, save_config  # noqa: E402
from tests.caldav_server import PASSWORD, USER, Proxy, Radicale  # noqa: E402

PROGRAM = load_program()


def everything() -> Agenda:
    agenda = Agenda()
    for pid in PROGRAM.papers:
        agenda = agenda.star(pid)
    return agenda


def send_all(config: SyncConfig, agenda: Agenda) -> None:
    """The baseline: PUT every event, changed or not."""
    import caldav

    from planner.sync import talks_to_sync

    with caldav.DAVClient(url=config.url, username=USER, password=PASSWORD,
                          enable_rfc6764=False) as client:
        cal = client.principal().calendar(name=config.calendar)
        for pid in talks_to_sync(PROGRAM, agenda):
            event = paper_event(PROGRAM, PROGRAM.papers[pid], agenda.note(pid),
                                time_stamp())
            url = cal.url.join(paper_uid(PROGRAM, pid).replace("@", "%40") + ".ics")
            client.put(str(url), one_event_calendar(PROGRAM, event).decode(),
                       {"Content-Type": "text/calendar; charset=utf-8"})


def time_stamp():
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(microsecond=0)


def measure(proxy: Proxy, run) -> tuple[float, int, int]:
    proxy.reset()
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    return seconds, sum(proxy.counts.values()), proxy.writes()


def table_requests(proxy: Proxy) -> None:
    agenda = everything()
    noted = agenda.with_note("fast-acs", "bring questions")
    ours = SyncConfig(proxy.url, USER, "bench-sync")
    theirs = SyncConfig(proxy.url, USER, "bench-send-all")
    sync(PROGRAM, Agenda(), ours, PASSWORD, create_calendar=True)
    sync(PROGRAM, Agenda(), theirs, PASSWORD, create_calendar=True)
    rows = [
        ("first run, 100 talks", lambda: sync(PROGRAM, agenda, ours, PASSWORD),
         lambda: send_all(theirs, agenda)),
        ("nothing changed", lambda: sync(PROGRAM, agenda, ours, PASSWORD),
         lambda: send_all(theirs, agenda)),
        ("one note changed", lambda: sync(PROGRAM, noted, ours, PASSWORD),
         lambda: send_all(theirs, noted)),
    ]
    print("| run | sync: s | requests | writes | send-all: s | requests | writes | "
          "time ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, mine, base in rows:
        s1, r1, w1 = measure(proxy, mine)
        s2, r2, w2 = measure(proxy, base)
        print(f"| {name} | {s1:.2f} | {r1} | {w1} | {s2:.2f} | {r2} | {w2} | {s1 / s2:.2f} |")


async def key_latencies(app, keys: int) -> list[float]:
    from planner.tui.widgets import DayGrid

    moved: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await asyncio.sleep(0.5)
        if app.syncer is not None:
            while app.syncer.state != "synced":
                await asyncio.sleep(0.05)
            app.bench_proxy.delay = 0.4
            await pilot.press("space")
            while app.syncer.state != "syncing":
                await asyncio.sleep(0.01)
        grid = app.screen.query_one(DayGrid)
        app.watch(grid, "cursor", lambda _: moved.append(time.perf_counter()), init=False)
        out = []
        for key in ["down", "up"] * (keys // 2):
            start = time.perf_counter()
            await pilot.press(key)
            out.append(moved[-1] - start)
        still = app.syncer.state == "syncing" if app.syncer is not None else True
        if app.syncer is not None:
            app.bench_proxy.delay = 0
        assert still, "the sync ended before the keys did: raise the delay"
        await pilot.press("q")
    return out


def table_keys(proxy: Proxy, work: Path) -> None:
    import os

    from planner.agenda import AgendaStore
    from planner.tui.app import PlannerApp

    os.environ["ATC_PLANNER_CALDAV_PASSWORD"] = PASSWORD
    rows = []
    for name, with_sync in (("idle (baseline)", False), ("sync to a slow server", True)):
        folder = Path(tempfile.mkdtemp(dir=work))
        if with_sync:
            config = SyncConfig(proxy.url, USER, f"bench-keys-{folder.name}")
            sync(PROGRAM, Agenda(), config, PASSWORD, create_calendar=True)
            save_config(folder / "sync.toml", config)
        app = PlannerApp(PROGRAM, AgendaStore(folder / "agenda.json"), watch_seconds=0)
        app.animation_level = "none"
        app.bench_proxy = proxy  # type: ignore[attr-defined]
        ms = [s * 1000 for s in asyncio.run(key_latencies(app, 16))]
        rows.append((name, statistics.median(ms), max(ms)))
    base = rows[0][1]
    print("| planner | key handled, median ms | worst ms | median ratio |")
    print("| --- | ---: | ---: | ---: |")
    for name, median, worst in rows:
        print(f"| {name} | {median:.1f} | {worst:.1f} | {median / base:.2f} |")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        server = Radicale(work / "radicale")
        server.start()
        proxy = Proxy(server.port)
        try:
            table_requests(proxy)
            print()
            table_keys(proxy, work)
        finally:
            proxy.close()
            server.stop()


if __name__ == "__main__":
    main()
