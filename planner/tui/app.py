"""PlannerApp: owns the program, the agenda (a reactive) and the one thread that saves it."""

from __future__ import annotations

import asyncio
import gc
import os
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.reactive import Reactive, reactive
from textual.screen import Screen
from textual.worker import Worker, WorkerCancelled, WorkerFailed

from planner.agenda import Agenda, AgendaError, AgendaStore, Entry, Loaded, Updated
from planner.conflicts import Analysis, analyze, reanalyze
from planner.program import Program
from planner.render import ics_name, local
from planner.safe_text import for_terminal, terminal_copy
from planner.tui.clip import clip
from planner.tui.commands import ProgramSwitch, TalkSearch
from planner.tui.navigation import Navigator
from planner.tui.schedule import ScheduleScreen
from planner.tui.sync_status import BackgroundSync, SyncState

if TYPE_CHECKING:  # loaded where used: not needed for the first screen
    from planner.plan import Plan
    from planner.share import Shared
    from planner.tui.live import HeaderNext

Change = Callable[[Agenda], Agenda]
STICKY_S = 24 * 3600.0  # an error the user must see stays until dismissed (click it)
HOLD_S = 0.2  # a change is handed to the writer after its frame, and never later than this
_NOT_READ = object()  # the walk settings: not read yet (the first read comes after a frame)


class PlannerApp(App[int]):
    CSS_PATH = Path(__file__).with_name("planner.tcss")
    TITLE = "atc-planner"
    COMMANDS = App.COMMANDS | {TalkSearch, ProgramSwitch}
    BINDINGS = [
        Binding("a", "agenda", "Agenda", id="agenda"),
        Binding("p", "plan", "Plan", show=False, id="plan"),
        Binding("g", "gaps", "Gaps", show=False, id="gaps"),
        # Everywhere a talk is under the cursor; shown in the grid's footer (80 columns are full).
        Binding("plus,equals_sign", "change_level(1)", "Level+", show=False, id="level-up"),
        Binding("minus", "change_level(-1)", "Level−", show=False, id="level-down"),
        # `/` searches talks only; ctrl+p is Textual's full palette (talks, keys, theme...).
        Binding("slash", "search_talks", "Search", id="search"),
        # Binding the palette ourselves drops Textual's own ctrl+p, so bind that too.
        Binding("ctrl+p", "command_palette", "Palette", show=False, priority=True),
        # Off the footer: at 80 columns it pushed Help and Quit out (in the help and palette).
        Binding("e", "export", "Export", show=False, id="export"),
        Binding("n", "jump_now", "Now", show=False, id="now"),  # in the help; 80 columns are full
        Binding("c", "colleague", "Colleague", show=False, id="colleague"),
        Binding("r", "reload", "Reload", show=False, id="reload"),
        Binding("u", "undo_unstar", "Undo unstar", show=False, id="undo-unstar"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    # No repaint of the screen: watch_agenda has each screen redraw what shows the agenda (a
    # star key redraws its talk, not the whole screen).
    agenda: reactive[Agenda] = reactive(Agenda, init=False, repaint=False)
    # Textual's sub_title repaints the whole screen on a change; the Header watches it and
    # redraws itself, and ours changes with every star (the plan's coverage).
    sub_title: Reactive[str] = Reactive("", compute=False, repaint=False)
    # The clock as of the last minute tick (the injected clock: tests pass a fixed one).
    now_at: reactive[datetime] = reactive(lambda: datetime.now(UTC), init=False)
    colleague: reactive[Shared | None] = reactive(None, init=False)  # their agenda, on show

    # Messages written out rather than made by @dataclass: each dataclass costs a third of a
    # millisecond to make, at every start, before the first screen (bench/first_paint.py).
    class AgendaLoaded(Message):
        def __init__(self, loaded: Loaded, stamp: tuple[int, int] | None) -> None:
            super().__init__()
            self.loaded = loaded
            self.stamp = stamp  # the file's (mtime, size) before it was read

    class AgendaSaved(Message):
        def __init__(self, result: Updated, stamp: tuple[int, int] | None,
                     count: int = 1) -> None:
            super().__init__()
            self.result = result
            self.stamp = stamp  # the file's (mtime, size) after the save
            self.count = count  # changes saved (or not) together

    class SaveFailed(Message):
        def __init__(self, error: str, count: int = 1) -> None:
            super().__init__()
            self.error = error
            self.count = count  # changes saved (or not) together

    class LoadFailed(Message):
        def __init__(self, error: str, stamp: tuple[int, int] | None) -> None:
            super().__init__()
            self.error = error
            self.stamp = stamp

    def __init__(self, program: Program, store: AgendaStore, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 export_path: str | Path | None = None,
                 watch_seconds: float = 1.0, program_key: str = "atc25",
                 handle_signals: bool = False) -> None:
        super().__init__()
        # SIGTERM, SIGHUP (the terminal closed) and SIGINT end the app the way `q` does, typed
        # text saved first. Only for a real run: a test's event loop is not ours to change.
        self.handle_signals = handle_signals
        self._last_unstar: tuple[str, Entry] | None = None  # what `u` brings back
        self._reload_asked = False
        # Every screen draws from self.program: its text is made printable once, here, so no
        # title can send an escape sequence to the terminal. Exports use the program as loaded.
        self.program = terminal_copy(program)
        self.source_program = program
        self.program_key = program_key  # how the remembered-programs store names it
        self.switch_to: str | None = None  # a remembered program to open when this app ends
        self.store = store
        self.clock = clock
        self.set_reactive(PlannerApp.now_at, clock())
        # The program's own file by default (atc25-agenda.ics), as `atc-planner export` writes.
        self.export_path = Path(export_path if export_path is not None else ics_name(program))
        self.watch_seconds = watch_seconds
        self.navigator = Navigator(self.program)
        c = self.program.conference
        # A published schedule's times are in its own zone: the header always says which
        # (the terminal's zone may be another), once.
        self._zone = f"times in {c.timezone}" if c.layout == "time" else ""
        self.sub_title = " · ".join(x for x in (c.name, c.location, self._zone) if x)
        self._sub_title_base = self.sub_title  # the live part (next talk, colleague) goes after
        self._colleague_path = ""
        self._analysis: tuple[Agenda, Analysis] | None = None
        self._header_next: HeaderNext | None = None  # built on first use: it sorts the program
        self._plan: tuple[Agenda, int, Plan] | None = None
        self._plan_analysis: tuple[Plan, Analysis] | None = None  # see plan_analysis
        self._plan_asked = False  # a plan of the agenda on show starts after the next frame
        # Plans run one at a time: keys pressed while one runs make one more plan, not one
        # each (each a thread going through every star).
        self._planning = self._plan_again = False
        self.walk_minutes = 0  # to change rooms; read from the program's settings at mount
        self._changes: queue.SimpleQueue[Change | None] = queue.SimpleQueue()
        self._pending = 0  # changes queued or being written, counted on the UI thread
        # Changes shown but handed to the writer only once the frame that shows them is drawn
        # (see _save_soon). Released by the UI thread, or by the writer if the app ended.
        self._held: deque[Change] = deque()
        self._held_lock = threading.Lock()
        self._file_stamp: tuple[int, int] | None = None
        self._agenda_read = False  # the first agenda loaded (see _freeze_long_lived)
        self._frozen = False
        self._walk_stamp: object = _NOT_READ  # the walk settings file's, when last read
        self._writer: Worker[None] | None = None
        # Changes whose save failed, oldest first: shown, retried with the next change or at
        # quit. Filled by the writer thread, so guarded by a lock.
        self._failed: list[tuple[Change, str]] = []
        self._failed_lock = threading.Lock()
        self._last_error = ""
        self.read_only = False
        self.syncer: BackgroundSync | None = None
        self.read_only_reason = ""

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        # Paths, error texts and titles end up here: shown, never interpreted by the terminal,
        # and cut to what a toast shows (a title of megabytes took seconds to wrap).
        super().notify(for_terminal(clip(message, 2_000), multiline=True),
                       title=for_terminal(clip(title, 500)),
                       severity=severity, timeout=timeout, markup=markup)

    @property
    def busy(self) -> bool:
        """A save is queued or running, or the agenda is being read or exported."""
        return self._pending > 0 or any(
            not w.is_finished for w in self.workers
            if w.group in ("agenda-load", "export", "walk-load", "plan"))

    @property
    def initial_day(self) -> int:
        """Today (in the conference's time zone) while the conference runs, else its first day."""
        now = self.clock()
        if now.tzinfo:  # a day with bounds (a published schedule) holds its night after midnight
            for i, d in enumerate(self.program.days):
                if d.start is not None and d.end is not None and d.start <= now < d.end:
                    return i
        today = local(self.program, now).date() if now.tzinfo else now.date()
        return next((i for i, d in enumerate(self.program.days) if d.date == today), 0)

    @property
    def analysis(self) -> Analysis:
        """Conflicts and hops of the current agenda, computed once per agenda value."""
        if self._analysis is None or self._analysis[0] is not self.agenda:
            starred = self.agenda.starred
            changed = self._stars_changed(self._analysis[0]) if self._analysis else None
            if changed is not None and not changed:  # a level or a note: the same stars
                analysis = self._analysis[1]  # (a new one would be compared pair by pair)
            else:
                analysis = self._analysed(self._analysis[1] if self._analysis else None,
                                          starred, changed)
            self._analysis = (self.agenda, analysis)
        return self._analysis[1]

    def _stars_changed(self, before: Agenda) -> set[str]:
        """The ids starred or unstarred since `before`: from the entries that changed (a star
        key's one), not from comparing two sets of every starred id (10,000 on each side)."""
        now, then = self.agenda.entries, before.entries
        return {pid for pid in self.agenda.differs_from(before) if (pid in now) != (pid in then)}

    async def search_ready(self) -> None:
        """Wait until the program's search index is built (a thread started at mount)."""
        indexing = getattr(self, "_indexing", None)
        if indexing is not None and not indexing.is_finished:
            with suppress(WorkerFailed, WorkerCancelled):
                await indexing.wait()

    @property
    def plan(self) -> Plan:
        """The best plan of the current agenda, computed once per agenda and walk time."""
        if self._plan is None or self._plan[0] is not self.agenda or \
                self._plan[1] != self.walk_minutes:
            from planner.plan import plan_for

            plan = plan_for(self.program, self.agenda, self.walk_minutes)
            self._plan = (self.agenda, self.walk_minutes, plan)
        return self._plan[2]

    @property
    def plan_analysis(self) -> Analysis:
        """The hops between the talks the plan attends: with the plan on the grid (v), a hop
        mark says where the plan changes rooms, not where the stars would. Analysed once per
        plan, and from the last plan's analysis when few talks changed (a star key's)."""
        plan = self.plan
        if self._plan_analysis is None or self._plan_analysis[0] is not plan:
            before, attending = self._plan_analysis, plan.attending
            self._plan_analysis = (plan, self._analysed(
                None if before is None else before[1], attending,
                None if before is None else attending ^ before[0].attending))
        return self._plan_analysis[1]

    def _analysed(self, before: Analysis | None, ids: frozenset[str],
                  changed: set[str] | frozenset[str] | None) -> Analysis:
        """The analysis of `ids`: when only a few `changed` since `before` (a key's), only
        their slots are looked at again; else all of them."""
        if before is not None and changed is not None and len(changed) <= 100:
            return reanalyze(self.program, before, ids, changed)
        return analyze(self.program, ids)

    def get_default_screen(self) -> ScheduleScreen:
        # The grid is the app's own screen: no empty default screen to build under it.
        return ScheduleScreen()

    def on_mount(self) -> None:
        self._writer = self.write_agenda()
        self.load_agenda()
        # Started at once, not after the first frame: with 10,000 papers it takes a few hundred
        # ms and, started later, it ran under the first thing the user opened (the agenda).
        # A description of our own: Textual's default is the repr of the bound method, which
        # holds the repr of the whole program (see plan_in_background).
        self._indexing = self.run_worker(self.program.build_search_index, thread=True,
                                         group="search-index", exit_on_error=False,
                                         description="build the search index")
        self.syncer = BackgroundSync.start(self)  # only if sync is set up
        self.call_after_refresh(self.load_walk)  # not needed for the first screen
        if self.watch_seconds:
            self.set_interval(self.watch_seconds, self._check_file)
        self._show_live()
        self.set_interval(60, self.tick)
        if self.handle_signals:
            loop = asyncio.get_running_loop()
            for sig in _END_SIGNALS:
                loop.add_signal_handler(sig, self._ended_by_signal)

    def _ended_by_signal(self) -> None:
        self.call_next(self.action_quit)

    def tick(self) -> None:
        """Once a minute: the now line, the talks on now and the header follow the clock."""
        self.now_at = self.clock()

    def watch_agenda(self) -> None:
        self._show_coverage()
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_marks", None)
            if refresh:
                refresh()
        self._show_live()

    def watch_now_at(self) -> None:
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_now", None)
            if refresh:
                refresh()
        self._show_live()

    def watch_colleague(self) -> None:
        self.watch_agenda()

    def _show_live(self) -> None:
        if self._header_next is None:
            from planner.tui.live import HeaderNext

            self._header_next = HeaderNext(self.program)
        live = []
        if nxt := self._header_next(self.agenda.starred, self.now_at):
            live.append(nxt)
        if self.colleague is not None:
            live.append(f"☆ {self.colleague.name} ({len(self.colleague.entries)})")
        # The plan's coverage, once it is known. The last plan's stays on show while the plan
        # of a newer agenda is asked for or made (after the key's frame, on a thread): the
        # header neither blinks nor is drawn twice for each star (a frame of its own, ~1 ms
        # at 10,000 stars). A plan that failed leaves no coverage of an older agenda on show.
        plan = self._plan
        if self.agenda.starred and plan is not None and (
                plan[0] is self.agenda or self._plan_asked or self._planning):
            live.append(plan[2].coverage_short)
        # Something live to say takes the place of the conference's name and place, not of
        # the zone: first, where a narrow terminal keeps it; the next talk's time names it.
        if live and self._zone and not nxt:
            live.insert(0, self._zone)
        self.sub_title = " · ".join(live) if live else self._sub_title_base

    def _show_coverage(self) -> None:
        """The plan's coverage in the header, once anything is starred. Planned on a thread:
        with thousands of stars a plan takes tens of milliseconds, too long for every key;
        and started once the change is on screen, so that the thread does not slow its frame."""
        if self.agenda.starred and not self._plan_asked:
            self._plan_asked = True
            self.call_after_refresh(self._plan_shown_agenda)

    def _plan_shown_agenda(self) -> None:
        self._plan_asked = False
        if not self.agenda.starred:
            return
        if self._planning:  # one plan at a time: the agenda as it is when that one is done
            self._plan_again = True
            return
        self._planning = True
        before = self._plan if self._plan and self._plan[1] == self.walk_minutes else None
        self.plan_in_background(self.agenda, self.walk_minutes,
                                None if before is None else (before[0], before[2]))

    # A description of our own: Textual's default is the repr of the arguments, and the repr
    # of a 10,000-talk agenda took longer than the whole star key may.
    @work(thread=True, group="plan", exclusive=True, exit_on_error=False,
          description="plan the agenda")
    def plan_in_background(self, agenda: Agenda, walk: int,
                           before: tuple[Agenda, Plan] | None = None) -> None:
        """`before`: the last plan and the agenda it was made of."""
        from planner.plan import plan_for, replan

        plan = None
        try:
            # From the last plan, only the days whose stars changed are planned again, and
            # only the entries that changed are looked at (not all 10,000).
            plan = plan_for(self.program, agenda, walk) if before is None else \
                replan(self.program, before[1], agenda.levels, agenda.differs_from(before[0]))
            plan.coverage  # noqa: B018  # worked out here, not by the header on the UI thread
        finally:  # done, planned or not: the next plan may start
            self.post_message(self.PlanReady(agenda, walk, plan))

    class PlanReady(Message):
        def __init__(self, agenda: Agenda, walk: int, plan: Plan | None) -> None:
            super().__init__()
            self.agenda = agenda
            self.walk = walk
            self.plan = plan  # None: planning failed

    def on_planner_app_plan_ready(self, message: PlanReady) -> None:
        self._planning = False
        if message.plan is not None:
            self._plan_ready(message.agenda, message.walk, message.plan)
        if self._plan_again:
            self._plan_again = False
            self._plan_shown_agenda()
        elif message.plan is None:
            self._show_live()  # no plan is coming: the last one's coverage goes

    def _plan_ready(self, agenda: Agenda, walk: int, plan: Plan) -> None:
        if agenda is not self.agenda or walk != self.walk_minutes:
            return  # planned for an agenda that has changed since: a newer plan is coming
        self._plan = (agenda, walk, plan)
        self._show_live()

    def _walk_stat(self) -> tuple[int, int] | None:
        from planner.walk import settings_path

        try:
            st = os.stat(settings_path(self.store.path))
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    @work(thread=True, group="walk-load", exclusive=True, exit_on_error=False)
    def load_walk(self) -> None:
        from planner.errors import PlannerError
        from planner.walk import load_walk, settings_path

        self._walk_stamp = self._walk_stat()  # before reading: a change during it reads again
        path = settings_path(self.store.path)
        if not self.store.path.parent.is_dir():
            return  # no data folder (yet): walk 0; the agenda's loader says what is wrong
        try:
            minutes = load_walk(path, self.program.conference.id)
        except PlannerError as err:
            self.notify(f"{err}; planning with no walk time", title="Plan",
                        severity="warning", markup=False)
            return
        self.post_message(self.WalkLoaded(minutes))

    class WalkLoaded(Message):
        def __init__(self, minutes: int) -> None:
            super().__init__()
            self.minutes = minutes

    def on_planner_app_walk_loaded(self, message: WalkLoaded) -> None:
        if message.minutes != self.walk_minutes:
            self.walk_minutes = message.minutes
            self.watch_agenda()  # the plan depends on it: redraw what shows it

    # --- loading and saving: all disk work on threads, results come back as messages ---

    @work(thread=True, group="agenda-load", exclusive=True, exit_on_error=False)
    def load_agenda(self) -> None:
        stamp = self._stat()
        try:
            loaded = self.store.load()
        except AgendaError as err:
            self.post_message(self.LoadFailed(str(err), stamp))
            return
        except Exception as err:  # never a silent dead worker
            self.post_message(self.LoadFailed(f"unexpected error: {err!r}", stamp))
            return
        self.post_message(self.AgendaLoaded(loaded, stamp))

    def on_planner_app_load_failed(self, message: LoadFailed) -> None:
        # Read-only until the file can be read again; no reload until the file changes, so a
        # lasting error is one message, not a storm.
        self._file_stamp = message.stamp
        self.read_only = True
        self.read_only_reason = message.error
        if message.error != self._last_error:
            self._last_error = message.error
            self.notify(f"{message.error}. Showing the planner read-only.",
                        title="Agenda cannot be read", severity="error", markup=False,
                        timeout=STICKY_S)

    def on_planner_app_agenda_loaded(self, message: AgendaLoaded) -> None:
        loaded = message.loaded
        self._file_stamp = message.stamp
        if self.read_only_reason and not loaded.read_only:
            self.notify(f"Read {self.store.path} again: changes are saved", title="Agenda",
                        markup=False)
        self._last_error = ""
        self.read_only = loaded.read_only
        self.read_only_reason = loaded.warnings[0] if loaded.read_only else ""
        for warning in loaded.warnings:
            self.notify(warning, title="Agenda", severity="warning", markup=False, timeout=10)
        if self._reload_asked:
            self._reload_asked = False
            self.notify(reload_summary(self.store.path, self.agenda, loaded.agenda),
                        title="Reloaded", markup=False)
        if self._pending == 0:  # never undo a change the user made that is not saved yet
            self.agenda = loaded.agenda
        if self.syncer:  # another process may have changed it: the calendar follows the file
            self.syncer.request()
        if not self._agenda_read:
            self._agenda_read = True
            self.call_after_refresh(self._freeze_long_lived)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is getattr(self, "_indexing", None) and event.worker.is_finished:
            self._freeze_long_lived()

    def _freeze_long_lived(self) -> None:
        """Once the program, its search index and the agenda are in memory, Python's cycle
        collector stops walking them (gc.freeze): they live as long as the app, and at
        10,000 papers each full collection walked all of them, ~160 ms every few dozen keys
        (a key that hung). Undone when the app ends (on_unmount)."""
        indexing = getattr(self, "_indexing", None)
        if self._frozen or not self._agenda_read or indexing is None or \
                not indexing.is_finished:
            return
        self._frozen = True
        gc.collect(1)  # the young garbage of loading, not frozen with the rest
        gc.freeze()

    @work(thread=True, group="agenda-save", exit_on_error=False)
    def write_agenda(self) -> None:
        """The one writer: changes are saved in the order the user made them; the changes
        that queued up while it wrote go into the file together, with one read and one write."""
        while True:
            try:
                change = self._changes.get(timeout=0.25)
            except queue.Empty:
                if not self.is_running:  # the app ended without saying so (a crash)
                    if self._held:  # shown, and not handed over yet: saved all the same
                        self._release_held()
                        continue
                    return
                continue
            if change is None:
                return
            batch, last = [change], False
            while not last:
                try:
                    more = self._changes.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    last = True
                else:
                    batch.append(more)
            self._save(batch)
            if last:
                return

    def _save(self, batch: list[Change]) -> None:
        """On the writer's thread: apply the changes to the file, in order, in one update."""

        def apply(agenda: Agenda) -> Agenda:
            for change in batch:
                agenda = change(agenda)
            return agenda

        try:
            result = self.store.update(apply)
        except Exception as err:  # AgendaError, or a surprise: the writer never dies
            error = str(err) if isinstance(err, AgendaError) else f"unexpected error: {err!r}"
            with self._failed_lock:
                self._failed.extend((change, error) for change in batch)
            self.post_message(self.SaveFailed(error, len(batch)))
            return
        self.post_message(self.AgendaSaved(result, self._stat(), len(batch)))

    def on_planner_app_agenda_saved(self, message: AgendaSaved) -> None:
        self._pending -= message.count
        self._file_stamp = message.stamp
        for warning in message.result.warnings:
            self.notify(warning, title="Agenda", severity="warning", markup=False, timeout=10)
        # What is on disk now: our changes applied to whatever another process saved. The
        # same agenda as on show (nobody else saved) stays the same object: a new one would
        # have its conflicts and its plan worked out again.
        if self._pending == 0:
            if message.result.after != self.agenda:
                self.agenda = message.result.after
            else:  # the file holds the agenda on show: the next save is made of it
                self.store.adopt(self.agenda, message.result.after)
        if self.syncer:
            self.syncer.request()

    def on_sync_state(self, message: SyncState) -> None:
        if self.syncer:
            self.syncer.show(message)

    def on_planner_app_save_failed(self, message: SaveFailed) -> None:
        # The change stays on screen and is retried with the next one, or at quit: the
        # message stays until the user acts.
        self._pending = max(0, self._pending - message.count)
        if message.error != self._last_error:
            self._last_error = message.error
            self.notify(f"{message.error}. Your change is still shown; it is saved with your "
                        "next change, or when you quit.", title="Agenda not saved",
                        severity="error", markup=False, timeout=STICKY_S)

    @property
    def unsaved(self) -> int:
        """How many changes failed to save and wait for a retry."""
        with self._failed_lock:
            return len(self._failed)

    def retry_failed(self) -> int:
        """Queue the changes that failed again, oldest first; how many there were."""
        with self._failed_lock:
            failed, self._failed = self._failed, []
        for change, _ in failed:
            self._save_soon(change)
        return len(failed)

    def change_agenda(self, change: Change) -> bool:
        """Show a change at once and queue it for saving; False when the file is read-only."""
        if self.read_only:
            self.notify(f"{self.read_only_reason or self.store.path}: not changing it",
                        title="Agenda is read-only", severity="error", markup=False)
            return False
        self.agenda = change(self.agenda)
        self.retry_failed()
        self._save_soon(change)
        return True

    def _save_soon(self, change: Change) -> None:
        """Hand a change to the writer once the frame that shows it is drawn (at the latest
        HOLD_S from now): with 10,000 stars a save reads and writes a big file, and a thread
        doing that while the frame is drawn makes the key slow. Quitting, and the app ending
        any other way, hands over what is held first."""
        self._pending += 1
        self._held.append(change)
        if len(self._held) == 1:
            self.call_after_refresh(self._release_held)
            self.set_timer(HOLD_S, self._release_held)

    def _release_held(self) -> None:
        with self._held_lock:  # the UI thread or, once the app has ended, the writer
            while self._held:
                self._changes.put(self._held.popleft())

    def _stat(self) -> tuple[int, int] | None:
        try:
            st = self.store.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _check_file(self) -> None:
        # A stat once a second is cheap enough for the UI thread; reading happens in a worker.
        if self._pending == 0 and self._stat() != self._file_stamp:
            self.load_agenda()
        # `atc-planner walk N` in another terminal changes the plan here too.
        if self._walk_stamp is not _NOT_READ and self._walk_stat() != self._walk_stamp:
            self.load_walk()

    def on_unmount(self) -> None:
        if self._frozen:  # what the app held can be collected again
            self._frozen = False
            gc.unfreeze()
        # However the app ends, the writer finishes what is queued and then stops.
        self._release_held()
        self._changes.put(None)
        if self.syncer:
            self.syncer.stop()
        if self.handle_signals:
            loop = asyncio.get_running_loop()
            for sig in _END_SIGNALS:
                loop.remove_signal_handler(sig)

    def save_typed_text(self) -> None:
        """Queue what the user typed and has not saved yet (a note in an open dialog)."""
        for screen in self.screen_stack:
            save = getattr(screen, "save_typed_text", None)
            if save is not None:
                save()

    def switch_program(self, key: str) -> None:
        """Open another remembered program: this app saves what is queued and ends, and
        `run` starts the planner again on that program (with its own agenda)."""
        self.switch_to = key
        self.run_worker(self.action_quit(), group="switch")

    async def action_quit(self) -> None:
        """Quit once every queued change, and any text typed but not saved, is on disk; if
        some could not be saved, ask."""
        self.save_typed_text()
        self._release_held()
        self._changes.put(None)
        if self._writer is not None:
            await self._writer.wait()
        with self._failed_lock:
            failed = list(self._failed)
        if not failed:
            self.exit(0)
            return
        from planner.tui.unsaved import UnsavedScreen

        self.push_screen(UnsavedScreen(len(failed), failed[-1][1]), self._after_unsaved)

    def _after_unsaved(self, choice: str | None) -> None:
        if choice == "quit":
            n = self.unsaved
            self.exit(return_code=1, message=for_terminal(
                f"atc-planner: {n} change{'s' * (n != 1)} to the agenda not saved: "
                f"{self._last_error or 'unknown error'}"))
            return
        self._writer = self.write_agenda()  # the quit stopped it
        if choice == "retry":
            self._last_error = ""
            self.retry_failed()
            self.call_later(self.action_quit)

    # --- what the screens ask for ---

    def toggle_star(self, paper_id: str) -> None:
        if paper_id in self.agenda.starred:
            entry = self.agenda.entries[paper_id]
            if not self.change_agenda(lambda a: a.unstar(paper_id)):
                return
            self._last_unstar = (paper_id, entry)
            if entry.note:  # the note goes with the star: say so, and how to get it back
                self.notify(f"Unstarred {self.program.papers[paper_id].title}: its note went "
                            "with it. Press u to undo.", title="Note removed",
                            severity="warning", markup=False, timeout=10)
            return
        last = self._last_unstar
        if last is not None and last[0] == paper_id:
            # Starring again the talk just unstarred takes the unstar back: its note and level
            # return with it (a star, then a star again, must not cost the note).
            if not self._restore(*last):
                return
            if last[1].note:
                self.notify(f"Starred {self.program.papers[paper_id].title} again, with its "
                            "note.", markup=False)
        elif not self.change_agenda(lambda a: a.star(paper_id)):
            return
        clashes = self.analysis.conflicts_with.get(paper_id, ())
        if clashes:
            titles = "; ".join(self.program.papers[c].title for c in clashes)
            self.notify(f"Overlaps {titles}", title="Conflict", severity="warning", markup=False)

    def action_undo_unstar(self) -> None:
        """Star the last unstarred talk again, with its note, level and time it was starred."""
        if self._last_unstar is None:
            self.notify("Nothing to undo: no talk was unstarred.", markup=False)
            return
        pid, entry = self._last_unstar
        title = self.program.papers[pid].title
        if pid in self.agenda.entries and (self.agenda.note(pid) or not entry.note):
            self._last_unstar = None  # starred again (here or elsewhere): nothing left to bring
            self.notify(f"Nothing to undo: {title} is starred again.", markup=False)
            return
        if self._restore(pid, entry):
            kept = " and its note" if entry.note else ""
            self.notify(f"Starred {title}{kept} again.", markup=False)

    def _restore(self, pid: str, entry: Entry) -> bool:
        """Star the talk again as it was: note, level and the time it was first starred. If it
        was starred again meanwhile (another window) without a note, it gets this note back
        and keeps the level it was given there."""

        def restore(a: Agenda) -> Agenda:
            now = a.entries.get(pid)
            if now is None:
                return a.with_entry(pid, entry)
            return a if now.note or not entry.note else a.with_note(pid, entry.note)

        if not self.change_agenda(restore):
            return False
        self._last_unstar = None
        return True

    def change_level(self, paper_id: str, step: int) -> None:
        """Raise (step 1) or lower (-1) a talk's level; raising an unstarred talk stars it."""
        from planner.tui.plan_marks import next_level

        level = next_level(self.agenda.level(paper_id), step)
        if level is None or level == self.agenda.level(paper_id):
            return
        if not self.change_agenda(lambda a: a.with_level(paper_id, level)):
            return
        if level == "must":
            clashing = [b if a.id == paper_id else a for a, b in self.plan.must_collisions
                        if paper_id in (a.id, b.id)]
            if clashing:
                titles = "; ".join(p.title for p in clashing)
                self.notify(f"Collides with another must: {titles}", title="Plan",
                            severity="warning", markup=False)

    def action_change_level(self, step: int) -> None:
        pid = getattr(self.screen, "current_talk", None)
        if pid is None:
            from planner.tui.agenda_screen import AgendaScreen

            if isinstance(self.screen, ScheduleScreen):
                pid = self.screen.current
            elif isinstance(self.screen, AgendaScreen):
                pid = self.screen._highlighted()
        if pid:
            self.change_level(pid, step)

    def set_note(self, paper_id: str, note: str, base: str | None = None) -> None:
        """Save a note; `base` is the note the user started editing from, if known."""
        if note == self.agenda.note(paper_id) and base is None:
            return
        if base is None:
            self.change_agenda(lambda a: a.with_note(paper_id, note))
            return
        told = False

        def edit(agenda: Agenda) -> Agenda:
            nonlocal told
            after = agenda.with_edited_note(paper_id, base, note)
            if after.note(paper_id) not in (note, agenda.note(paper_id)) and not told:
                told = True  # runs on the UI thread and again in the writer: say it once
                self.notify("Another window saved a note on this talk while you typed: "
                            "both are kept, yours first", title="Note", severity="warning",
                            markup=False, timeout=10)
            return after

        self.change_agenda(edit)

    def open_details(self, paper_id: str) -> None:
        from planner.tui.details import DetailsScreen

        self.push_screen(DetailsScreen(paper_id))

    def jump_to(self, paper_id: str) -> None:
        """Close whatever is open over the grid and put the cursor on the talk."""
        while not isinstance(self.screen, ScheduleScreen) and len(self.screen_stack) > 1:
            self.pop_screen()
        if isinstance(self.screen, ScheduleScreen):
            self.screen.jump_to(paper_id)

    def action_agenda(self) -> None:
        from planner.tui.agenda_screen import AgendaScreen

        if isinstance(self.screen, AgendaScreen):
            self.pop_screen()
        else:
            self.push_screen(AgendaScreen())

    def action_plan(self) -> None:
        from planner.tui.plan_screen import PlanScreen

        self._toggle_screen(PlanScreen)

    def action_gaps(self) -> None:
        from planner.tui.plan_screen import GapsScreen

        self._toggle_screen(GapsScreen)

    def _toggle_screen(self, kind: type[Screen[None]]) -> None:
        if isinstance(self.screen, kind):
            self.pop_screen()
        else:
            self.push_screen(kind())

    def action_help(self) -> None:
        from planner.tui.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_jump_now(self) -> None:
        from planner.tui.live import jump_target

        target, why = jump_target(self.program, self.agenda.starred, self.clock())
        if target is None:
            self.notify(why or "Nothing on today", title="Now", markup=False)
        else:
            self.jump_to(target.id)

    def action_colleague(self) -> None:
        from planner.tui.colleague import ColleagueScreen

        self.push_screen(ColleagueScreen(self._colleague_path), self._colleague_chosen)

    def _colleague_chosen(self, path: str | None) -> None:
        if path is None:
            return
        if not path:
            if self.colleague is not None:
                self.notify(f"{self.colleague.name} hidden", title="Colleague", markup=False)
            self.colleague, self._colleague_path = None, ""
            return
        self.load_colleague(path)

    @work(thread=True, group="colleague-load", exclusive=True, exit_on_error=False)
    def load_colleague(self, path: str) -> None:
        from planner.errors import PlannerError
        from planner.share import load

        try:
            shared = load(path, self.source_program)
        except PlannerError as err:
            self.notify(str(err).removesuffix("; nothing changed"), title="Colleague's agenda",
                        severity="error", markup=False)
            return
        self.call_from_thread(self._show_colleague, shared, path)

    def _show_colleague(self, shared: Shared, path: str) -> None:
        self.colleague, self._colleague_path = shared, path
        n = len(shared.entries)
        self.notify(f"{shared.name}: {n} starred talk{'s' * (n != 1)}, marked ☆",
                    title="Colleague", markup=False)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Colleague's agenda",
                            "Show a colleague's shared agenda file beside yours (☆)",
                            self.action_colleague)
        yield SystemCommand("Now", "Jump to the talk on now", self.action_jump_now)

    def action_reload(self) -> None:
        self._reload_asked = True
        self.load_agenda()
        self.load_walk()

    def action_search_talks(self) -> None:
        from textual.command import CommandPalette

        if not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(providers=[TalkSearch],
                                            placeholder="Search talks, people, affiliations"))

    def action_export(self) -> None:
        self.export_agenda(self.agenda)

    @work(thread=True, group="export", exclusive=True, exit_on_error=False,
          description="export the agenda")  # not the repr of a big agenda: see plan_in_background
    def export_agenda(self, agenda: Agenda) -> None:
        from planner.errors import PlannerError
        from planner.ics import export_to  # icalendar loads here, on first export only

        try:
            count = export_to(str(self.export_path), self.source_program, agenda)
        except PlannerError as err:
            self.notify(str(err), title="Export failed", severity="error", markup=False)
            return
        except Exception as err:  # a library's surprise is a message, never a dead key
            self.notify(f"unexpected error: {err!r}", title="Export failed", severity="error",
                        markup=False)
            return
        where = self.export_path.resolve()
        if count:
            self.notify(f"Exported {count} talk{'s' * (count != 1)} to {where}",
                        title="Calendar", markup=False)
        else:
            self.notify(f"No starred talks: wrote an empty calendar to {where}",
                        title="Calendar", severity="warning", markup=False)


_END_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT")
                     if hasattr(signal, name))


def reload_summary(path: Path, before: Agenda, after: Agenda) -> str:
    """What `r` found: 'agenda.json: 2 talks starred, 1 unstarred, 1 note changed'."""
    added = len(after.starred - before.starred)
    removed = len(before.starred - after.starred)
    changed = sum(1 for pid in after.starred & before.starred
                  if after.entries[pid] != before.entries[pid])
    parts = [f"{n} talk{'s' * (n != 1)} {what}" for n, what in
             ((added, "starred"), (removed, "unstarred"), (changed, "changed")) if n]
    return f"{path}: {', '.join(parts) if parts else 'nothing changed'}"


def run(program: Program, store: AgendaStore, key: str = "atc25") -> int:
    """Run the planner; non-zero when it crashed (Textual has restored the terminal and
    printed what went wrong) or was left with changes not saved."""
    from planner.agenda import default_path
    from planner.library import open_program
    from planner.now import fixed_clock

    while True:
        clock = fixed_clock(program)  # ATC_PLANNER_NOW: rehearse a day at a set time
        app = PlannerApp(program, store, program_key=key,
                         handle_signals=True, **({"clock": clock} if clock else {}))
        code = app.run()
        if app.switch_to is None or app.return_code:
            return app.return_code or code or 0
        # The palette chose another remembered program: open it as `--program KEY` would.
        opened = open_program(app.switch_to)
        program, key = opened.program, opened.key
        store = AgendaStore(default_path(program.conference.id))
