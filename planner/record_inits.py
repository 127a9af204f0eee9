"""Each record class's __init__ of the planner, written ahead: generated, do not edit.

`python -m planner.record_gen` writes it (see there). Each factory's body is the source text
planner.record would compile for the classes named above it, and FACTORIES is keyed by that
text: a class finds its __init__ here only when its text is the same, word for word.
"""

def _init_0(_set, _MISSING, _set_starred_at, _default_note, _set_note, _default_level, _set_level):  # planner.agenda.Entry
    def __init__(self, starred_at, note=_default_note, level=_default_level):
        _set_starred_at(self, starred_at)
        _set_note(self, note)
        _set_level(self, level)
    return __init__


def _init_1(_set, _MISSING, _factory_entries):  # planner.agenda.Agenda
    def __init__(self, entries=_MISSING):
        _set(self, 'entries', _factory_entries() if entries is _MISSING else entries)
        self.__post_init__()
    return __init__


def _init_2(_set, _MISSING, _set_before, _set_after, _default_warnings, _set_warnings):  # planner.agenda.Updated
    def __init__(self, before, after, warnings=_default_warnings):
        _set_before(self, before)
        _set_after(self, after)
        _set_warnings(self, warnings)
    return __init__


def _init_3(_set, _MISSING, _set_agenda, _default_warnings, _set_warnings, _default_read_only, _set_read_only):  # planner.agenda.Loaded
    def __init__(self, agenda, warnings=_default_warnings, read_only=_default_read_only):
        _set_agenda(self, agenda)
        _set_warnings(self, warnings)
        _set_read_only(self, read_only)
    return __init__


def _init_4(_set, _MISSING, _set_data, _set_agenda, _default_text, _set_text):  # planner.agenda._Known
    def __init__(self, data, agenda, text=_default_text):
        _set_data(self, data)
        _set_agenda(self, agenda)
        _set_text(self, text)
    return __init__


def _init_5(_set, _MISSING, _set_why, _factory_kept, _set_kept, _default_dropped, _set_dropped):  # planner.agenda._Damaged
    def __init__(self, why, kept=_MISSING, dropped=_default_dropped):
        _set_why(self, why)
        _set_kept(self, _factory_kept() if kept is _MISSING else kept)
        _set_dropped(self, dropped)
    return __init__


def _init_6(_set, _MISSING, _set_src, _set_dst):  # planner.conflicts.Hop
    def __init__(self, src, dst):
        _set_src(self, src)
        _set_dst(self, dst)
    return __init__


def _init_7(_set, _MISSING, _set_day, _set_slot, _set_starred, _set_conflicts, _set_hops):  # planner.conflicts.SlotView
    def __init__(self, day, slot, starred, conflicts, hops):
        _set_day(self, day)
        _set_slot(self, slot)
        _set_starred(self, starred)
        _set_conflicts(self, conflicts)
        _set_hops(self, hops)
    return __init__


def _init_8(_set, _MISSING, _set_conflicts, _set_hops, _set_slots, _set_conflicts_with):  # planner.conflicts.Analysis
    def __init__(self, conflicts, hops, slots, conflicts_with):
        _set_conflicts(self, conflicts)
        _set_hops(self, hops)
        _set_slots(self, slots)
        _set_conflicts_with(self, conflicts_with)
        self.__post_init__()
    return __init__


def _init_9(_set, _MISSING, _set_paper, _set_shared, _set_fits, _default_starred, _set_starred):  # planner.gaps.Candidate
    def __init__(self, paper, shared, fits, starred=_default_starred):
        _set_paper(self, paper)
        _set_shared(self, shared)
        _set_fits(self, fits)
        _set_starred(self, starred)
    return __init__


def _init_10(_set, _MISSING, _set_date, _set_start, _set_end, _set_after, _set_before, _set_talks):  # planner.gaps.Gap
    def __init__(self, date, start, end, after, before, talks):
        _set_date(self, date)
        _set_start(self, start)
        _set_end(self, end)
        _set_after(self, after)
        _set_before(self, before)
        _set_talks(self, talks)
    return __init__


def _init_11(_set, _MISSING, _factory_warnings):  # planner.library.Opened
    def __init__(self, program, key, warnings=_MISSING):
        _set(self, 'program', program)
        _set(self, 'key', key)
        _set(self, 'warnings', _factory_warnings() if warnings is _MISSING else warnings)
    return __init__


def _init_12(_set, _MISSING):  # planner.library.Remembered
    def __init__(self, key, name, talks, days, source, current):
        _set(self, 'key', key)
        _set(self, 'name', name)
        _set(self, 'talks', talks)
        _set(self, 'days', days)
        _set(self, 'source', source)
        _set(self, 'current', current)
    return __init__


def _init_13(_set, _MISSING, _set_at, _set_state, _set_now, _set_also_now, _set_next, _set_first, _set_last):  # planner.now.NowNext
    def __init__(self, at, state, now, also_now, next, first, last):
        _set_at(self, at)
        _set_state(self, state)
        _set_now(self, now)
        _set_also_now(self, also_now)
        _set_next(self, next)
        _set_first(self, first)
        _set_last(self, last)
    return __init__


def _init_14(_set, _MISSING, _set_paper, _set_because, _set_reason):  # planner.plan.Dropped
    def __init__(self, paper, because, reason):
        _set_paper(self, paper)
        _set_because(self, because)
        _set_reason(self, reason)
    return __init__


def _init_15(_set, _MISSING, _set_date, _set_attend, _set_drop, _set_room_changes, _set_counts):  # planner.plan.DayPlan
    def __init__(self, date, attend, drop, room_changes, counts):
        _set_date(self, date)
        _set_attend(self, attend)
        _set_drop(self, drop)
        _set_room_changes(self, room_changes)
        _set_counts(self, counts)
    return __init__


def _init_16(_set, _MISSING):  # planner.plan.Plan
    def __init__(self, days, walk_minutes, levels, must_collisions, room_of):
        _set(self, 'days', days)
        _set(self, 'walk_minutes', walk_minutes)
        _set(self, 'levels', levels)
        _set(self, 'must_collisions', must_collisions)
        _set(self, 'room_of', room_of)
    return __init__


def _init_17(_set, _MISSING, _set_name, _default_affiliations, _set_affiliations):  # planner.program.Author
    def __init__(self, name, affiliations=_default_affiliations):
        _set_name(self, name)
        _set_affiliations(self, affiliations)
    return __init__


def _init_18(_set, _MISSING, _set_title, _set_url):  # planner.program.Link
    def __init__(self, title, url):
        _set_title(self, title)
        _set_url(self, url)
    return __init__


def _init_19(_set, _MISSING, _set_id, _set_title, _set_page, _set_start, _set_end, _set_authors, _set_session_id, _default_subtitle, _set_subtitle, _default_abstract, _set_abstract, _default_description, _set_description, _default_topic, _set_topic, _default_type, _set_type, _default_language, _set_language, _default_links, _set_links, _default_uid, _set_uid):  # planner.program.Paper
    def __init__(self, id, title, page, start, end, authors, session_id, subtitle=_default_subtitle, abstract=_default_abstract, description=_default_description, topic=_default_topic, type=_default_type, language=_default_language, links=_default_links, uid=_default_uid):
        _set_id(self, id)
        _set_title(self, title)
        _set_page(self, page)
        _set_start(self, start)
        _set_end(self, end)
        _set_authors(self, authors)
        _set_session_id(self, session_id)
        _set_subtitle(self, subtitle)
        _set_abstract(self, abstract)
        _set_description(self, description)
        _set_topic(self, topic)
        _set_type(self, type)
        _set_language(self, language)
        _set_links(self, links)
        _set_uid(self, uid)
    return __init__


def _init_20(_set, _MISSING, _set_id, _set_title, _set_track, _set_start, _set_end, _set_papers):  # planner.program.Session
    def __init__(self, id, title, track, start, end, papers):
        _set_id(self, id)
        _set_title(self, title)
        _set_track(self, track)
        _set_start(self, start)
        _set_end(self, end)
        _set_papers(self, papers)
    return __init__


def _init_21(_set, _MISSING, _set_start, _set_end, _set_sessions):  # planner.program.Slot
    def __init__(self, start, end, sessions):
        _set_start(self, start)
        _set_end(self, end)
        _set_sessions(self, sessions)
    return __init__


def _init_22(_set, _MISSING, _set_date, _set_sessions, _default_start, _set_start, _default_end, _set_end):  # planner.program.Day
    def __init__(self, date, sessions, start=_default_start, end=_default_end):
        _set_date(self, date)
        _set_sessions(self, sessions)
        _set_start(self, start)
        _set_end(self, end)
    return __init__


def _init_23(_set, _MISSING, _set_id, _set_name, _set_full_name, _set_location, _set_venue, _set_timezone, _set_tracks, _set_times_source, _default_layout, _set_layout, _default_url, _set_url, _default_times_official, _set_times_official):  # planner.program.Conference
    def __init__(self, id, name, full_name, location, venue, timezone, tracks, times_source, layout=_default_layout, url=_default_url, times_official=_default_times_official):
        _set_id(self, id)
        _set_name(self, name)
        _set_full_name(self, full_name)
        _set_location(self, location)
        _set_venue(self, venue)
        _set_timezone(self, timezone)
        _set_tracks(self, tracks)
        _set_times_source(self, times_source)
        _set_layout(self, layout)
        _set_url(self, url)
        _set_times_official(self, times_official)
    return __init__


def _init_24(_set, _MISSING):  # planner.program.Program
    def __init__(self, conference, days, raw):
        _set(self, 'conference', conference)
        _set(self, 'days', days)
        _set(self, 'raw', raw)
        self.__post_init__()
    return __init__


def _init_25(_set, _MISSING, _set_paper, _set_col, _set_row0, _set_row1):  # planner.tui.navigation.Placed
    def __init__(self, paper, col, row0, row1):
        _set_paper(self, paper)
        _set_col(self, col)
        _set_row0(self, row0)
        _set_row1(self, row1)
    return __init__


def _init_26(_set, _MISSING, _set_starred, _set_conflict, _set_hop, _default_theirs, _set_theirs, _default_on_now, _set_on_now, _default_level, _set_level, _default_planned, _set_planned):  # planner.tui.widgets.Marks
    def __init__(self, starred, conflict, hop, theirs=_default_theirs, on_now=_default_on_now, level=_default_level, planned=_default_planned):
        _set_starred(self, starred)
        _set_conflict(self, conflict)
        _set_hop(self, hop)
        _set_theirs(self, theirs)
        _set_on_now(self, on_now)
        _set_level(self, level)
        _set_planned(self, planned)
    return __init__


FACTORIES = {
    'def __init__(self, starred_at, note=_default_note, level=_default_level):\n    _set_starred_at(self, starred_at)\n    _set_note(self, note)\n    _set_level(self, level)':
        _init_0,
    "def __init__(self, entries=_MISSING):\n    _set(self, 'entries', _factory_entries() if entries is _MISSING else entries)\n    self.__post_init__()":
        _init_1,
    'def __init__(self, before, after, warnings=_default_warnings):\n    _set_before(self, before)\n    _set_after(self, after)\n    _set_warnings(self, warnings)':
        _init_2,
    'def __init__(self, agenda, warnings=_default_warnings, read_only=_default_read_only):\n    _set_agenda(self, agenda)\n    _set_warnings(self, warnings)\n    _set_read_only(self, read_only)':
        _init_3,
    'def __init__(self, data, agenda, text=_default_text):\n    _set_data(self, data)\n    _set_agenda(self, agenda)\n    _set_text(self, text)':
        _init_4,
    'def __init__(self, why, kept=_MISSING, dropped=_default_dropped):\n    _set_why(self, why)\n    _set_kept(self, _factory_kept() if kept is _MISSING else kept)\n    _set_dropped(self, dropped)':
        _init_5,
    'def __init__(self, src, dst):\n    _set_src(self, src)\n    _set_dst(self, dst)':
        _init_6,
    'def __init__(self, day, slot, starred, conflicts, hops):\n    _set_day(self, day)\n    _set_slot(self, slot)\n    _set_starred(self, starred)\n    _set_conflicts(self, conflicts)\n    _set_hops(self, hops)':
        _init_7,
    'def __init__(self, conflicts, hops, slots, conflicts_with):\n    _set_conflicts(self, conflicts)\n    _set_hops(self, hops)\n    _set_slots(self, slots)\n    _set_conflicts_with(self, conflicts_with)\n    self.__post_init__()':
        _init_8,
    'def __init__(self, paper, shared, fits, starred=_default_starred):\n    _set_paper(self, paper)\n    _set_shared(self, shared)\n    _set_fits(self, fits)\n    _set_starred(self, starred)':
        _init_9,
    'def __init__(self, date, start, end, after, before, talks):\n    _set_date(self, date)\n    _set_start(self, start)\n    _set_end(self, end)\n    _set_after(self, after)\n    _set_before(self, before)\n    _set_talks(self, talks)':
        _init_10,
    "def __init__(self, program, key, warnings=_MISSING):\n    _set(self, 'program', program)\n    _set(self, 'key', key)\n    _set(self, 'warnings', _factory_warnings() if warnings is _MISSING else warnings)":
        _init_11,
    "def __init__(self, key, name, talks, days, source, current):\n    _set(self, 'key', key)\n    _set(self, 'name', name)\n    _set(self, 'talks', talks)\n    _set(self, 'days', days)\n    _set(self, 'source', source)\n    _set(self, 'current', current)":
        _init_12,
    'def __init__(self, at, state, now, also_now, next, first, last):\n    _set_at(self, at)\n    _set_state(self, state)\n    _set_now(self, now)\n    _set_also_now(self, also_now)\n    _set_next(self, next)\n    _set_first(self, first)\n    _set_last(self, last)':
        _init_13,
    'def __init__(self, paper, because, reason):\n    _set_paper(self, paper)\n    _set_because(self, because)\n    _set_reason(self, reason)':
        _init_14,
    'def __init__(self, date, attend, drop, room_changes, counts):\n    _set_date(self, date)\n    _set_attend(self, attend)\n    _set_drop(self, drop)\n    _set_room_changes(self, room_changes)\n    _set_counts(self, counts)':
        _init_15,
    "def __init__(self, days, walk_minutes, levels, must_collisions, room_of):\n    _set(self, 'days', days)\n    _set(self, 'walk_minutes', walk_minutes)\n    _set(self, 'levels', levels)\n    _set(self, 'must_collisions', must_collisions)\n    _set(self, 'room_of', room_of)":
        _init_16,
    'def __init__(self, name, affiliations=_default_affiliations):\n    _set_name(self, name)\n    _set_affiliations(self, affiliations)':
        _init_17,
    'def __init__(self, title, url):\n    _set_title(self, title)\n    _set_url(self, url)':
        _init_18,
    'def __init__(self, id, title, page, start, end, authors, session_id, subtitle=_default_subtitle, abstract=_default_abstract, description=_default_description, topic=_default_topic, type=_default_type, language=_default_language, links=_default_links, uid=_default_uid):\n    _set_id(self, id)\n    _set_title(self, title)\n    _set_page(self, page)\n    _set_start(self, start)\n    _set_end(self, end)\n    _set_authors(self, authors)\n    _set_session_id(self, session_id)\n    _set_subtitle(self, subtitle)\n    _set_abstract(self, abstract)\n    _set_description(self, description)\n    _set_topic(self, topic)\n    _set_type(self, type)\n    _set_language(self, language)\n    _set_links(self, links)\n    _set_uid(self, uid)':
        _init_19,
    'def __init__(self, id, title, track, start, end, papers):\n    _set_id(self, id)\n    _set_title(self, title)\n    _set_track(self, track)\n    _set_start(self, start)\n    _set_end(self, end)\n    _set_papers(self, papers)':
        _init_20,
    'def __init__(self, start, end, sessions):\n    _set_start(self, start)\n    _set_end(self, end)\n    _set_sessions(self, sessions)':
        _init_21,
    'def __init__(self, date, sessions, start=_default_start, end=_default_end):\n    _set_date(self, date)\n    _set_sessions(self, sessions)\n    _set_start(self, start)\n    _set_end(self, end)':
        _init_22,
    'def __init__(self, id, name, full_name, location, venue, timezone, tracks, times_source, layout=_default_layout, url=_default_url, times_official=_default_times_official):\n    _set_id(self, id)\n    _set_name(self, name)\n    _set_full_name(self, full_name)\n    _set_location(self, location)\n    _set_venue(self, venue)\n    _set_timezone(self, timezone)\n    _set_tracks(self, tracks)\n    _set_times_source(self, times_source)\n    _set_layout(self, layout)\n    _set_url(self, url)\n    _set_times_official(self, times_official)':
        _init_23,
    "def __init__(self, conference, days, raw):\n    _set(self, 'conference', conference)\n    _set(self, 'days', days)\n    _set(self, 'raw', raw)\n    self.__post_init__()":
        _init_24,
    'def __init__(self, paper, col, row0, row1):\n    _set_paper(self, paper)\n    _set_col(self, col)\n    _set_row0(self, row0)\n    _set_row1(self, row1)':
        _init_25,
    'def __init__(self, starred, conflict, hop, theirs=_default_theirs, on_now=_default_on_now, level=_default_level, planned=_default_planned):\n    _set_starred(self, starred)\n    _set_conflict(self, conflict)\n    _set_hop(self, hop)\n    _set_theirs(self, theirs)\n    _set_on_now(self, on_now)\n    _set_level(self, level)\n    _set_planned(self, planned)':
        _init_26,
}
