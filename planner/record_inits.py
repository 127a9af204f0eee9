"""Each record class's __init__ of the planner, written ahead: generated, do not edit.

`python -m planner.record_gen` writes it (see there). Each factory's body is the source text
planner.record would compile for the classes named above it, and FACTORIES is keyed by that
text: a class finds its __init__ here only when its text is the same, word for word.
"""

def _init_0(_set, _MISSING, _default_note, _default_level):  # planner.agenda.Entry
    def __init__(self, starred_at, note=_default_note, level=_default_level):
        _set(self, 'starred_at', starred_at)
        _set(self, 'note', note)
        _set(self, 'level', level)
    return __init__


def _init_1(_set, _MISSING, _factory_entries):  # planner.agenda.Agenda
    def __init__(self, entries=_MISSING):
        _set(self, 'entries', _factory_entries() if entries is _MISSING else entries)
        self.__post_init__()
    return __init__


def _init_2(_set, _MISSING, _default_warnings):  # planner.agenda.Updated
    def __init__(self, before, after, warnings=_default_warnings):
        _set(self, 'before', before)
        _set(self, 'after', after)
        _set(self, 'warnings', warnings)
    return __init__


def _init_3(_set, _MISSING, _default_warnings, _default_read_only):  # planner.agenda.Loaded
    def __init__(self, agenda, warnings=_default_warnings, read_only=_default_read_only):
        _set(self, 'agenda', agenda)
        _set(self, 'warnings', warnings)
        _set(self, 'read_only', read_only)
    return __init__


def _init_4(_set, _MISSING, _default_text):  # planner.agenda._Known
    def __init__(self, data, agenda, text=_default_text):
        _set(self, 'data', data)
        _set(self, 'agenda', agenda)
        _set(self, 'text', text)
    return __init__


def _init_5(_set, _MISSING, _factory_kept, _default_dropped):  # planner.agenda._Damaged
    def __init__(self, why, kept=_MISSING, dropped=_default_dropped):
        _set(self, 'why', why)
        _set(self, 'kept', _factory_kept() if kept is _MISSING else kept)
        _set(self, 'dropped', dropped)
    return __init__


def _init_6(_set, _MISSING):  # planner.conflicts.Hop
    def __init__(self, src, dst):
        _set(self, 'src', src)
        _set(self, 'dst', dst)
    return __init__


def _init_7(_set, _MISSING):  # planner.conflicts.SlotView
    def __init__(self, day, slot, starred, conflicts, hops):
        _set(self, 'day', day)
        _set(self, 'slot', slot)
        _set(self, 'starred', starred)
        _set(self, 'conflicts', conflicts)
        _set(self, 'hops', hops)
    return __init__


def _init_8(_set, _MISSING):  # planner.conflicts.Analysis
    def __init__(self, conflicts, hops, slots, conflicts_with):
        _set(self, 'conflicts', conflicts)
        _set(self, 'hops', hops)
        _set(self, 'slots', slots)
        _set(self, 'conflicts_with', conflicts_with)
        self.__post_init__()
    return __init__


def _init_9(_set, _MISSING, _default_starred):  # planner.gaps.Candidate
    def __init__(self, paper, shared, fits, starred=_default_starred):
        _set(self, 'paper', paper)
        _set(self, 'shared', shared)
        _set(self, 'fits', fits)
        _set(self, 'starred', starred)
    return __init__


def _init_10(_set, _MISSING):  # planner.gaps.Gap
    def __init__(self, date, start, end, after, before, talks):
        _set(self, 'date', date)
        _set(self, 'start', start)
        _set(self, 'end', end)
        _set(self, 'after', after)
        _set(self, 'before', before)
        _set(self, 'talks', talks)
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


def _init_13(_set, _MISSING):  # planner.now.NowNext
    def __init__(self, at, state, now, also_now, next, first, last):
        _set(self, 'at', at)
        _set(self, 'state', state)
        _set(self, 'now', now)
        _set(self, 'also_now', also_now)
        _set(self, 'next', next)
        _set(self, 'first', first)
        _set(self, 'last', last)
    return __init__


def _init_14(_set, _MISSING):  # planner.plan.Dropped
    def __init__(self, paper, because, reason):
        _set(self, 'paper', paper)
        _set(self, 'because', because)
        _set(self, 'reason', reason)
    return __init__


def _init_15(_set, _MISSING):  # planner.plan.DayPlan
    def __init__(self, date, attend, drop, room_changes, counts):
        _set(self, 'date', date)
        _set(self, 'attend', attend)
        _set(self, 'drop', drop)
        _set(self, 'room_changes', room_changes)
        _set(self, 'counts', counts)
    return __init__


def _init_16(_set, _MISSING):  # planner.plan.Plan
    def __init__(self, days, walk_minutes, levels, must_collisions, room_of):
        _set(self, 'days', days)
        _set(self, 'walk_minutes', walk_minutes)
        _set(self, 'levels', levels)
        _set(self, 'must_collisions', must_collisions)
        _set(self, 'room_of', room_of)
    return __init__


def _init_17(_set, _MISSING, _default_affiliations):  # planner.program.Author
    def __init__(self, name, affiliations=_default_affiliations):
        _set(self, 'name', name)
        _set(self, 'affiliations', affiliations)
    return __init__


def _init_18(_set, _MISSING):  # planner.program.Link
    def __init__(self, title, url):
        _set(self, 'title', title)
        _set(self, 'url', url)
    return __init__


def _init_19(_set, _MISSING, _default_subtitle, _default_abstract, _default_description, _default_topic, _default_type, _default_language, _default_links, _default_uid):  # planner.program.Paper
    def __init__(self, id, title, page, start, end, authors, session_id, subtitle=_default_subtitle, abstract=_default_abstract, description=_default_description, topic=_default_topic, type=_default_type, language=_default_language, links=_default_links, uid=_default_uid):
        _set(self, 'id', id)
        _set(self, 'title', title)
        _set(self, 'page', page)
        _set(self, 'start', start)
        _set(self, 'end', end)
        _set(self, 'authors', authors)
        _set(self, 'session_id', session_id)
        _set(self, 'subtitle', subtitle)
        _set(self, 'abstract', abstract)
        _set(self, 'description', description)
        _set(self, 'topic', topic)
        _set(self, 'type', type)
        _set(self, 'language', language)
        _set(self, 'links', links)
        _set(self, 'uid', uid)
    return __init__


def _init_20(_set, _MISSING):  # planner.program.Session
    def __init__(self, id, title, track, start, end, papers):
        _set(self, 'id', id)
        _set(self, 'title', title)
        _set(self, 'track', track)
        _set(self, 'start', start)
        _set(self, 'end', end)
        _set(self, 'papers', papers)
    return __init__


def _init_21(_set, _MISSING):  # planner.program.Slot
    def __init__(self, start, end, sessions):
        _set(self, 'start', start)
        _set(self, 'end', end)
        _set(self, 'sessions', sessions)
    return __init__


def _init_22(_set, _MISSING, _default_start, _default_end):  # planner.program.Day
    def __init__(self, date, sessions, start=_default_start, end=_default_end):
        _set(self, 'date', date)
        _set(self, 'sessions', sessions)
        _set(self, 'start', start)
        _set(self, 'end', end)
    return __init__


def _init_23(_set, _MISSING, _default_layout, _default_url, _default_times_official):  # planner.program.Conference
    def __init__(self, id, name, full_name, location, venue, timezone, tracks, times_source, layout=_default_layout, url=_default_url, times_official=_default_times_official):
        _set(self, 'id', id)
        _set(self, 'name', name)
        _set(self, 'full_name', full_name)
        _set(self, 'location', location)
        _set(self, 'venue', venue)
        _set(self, 'timezone', timezone)
        _set(self, 'tracks', tracks)
        _set(self, 'times_source', times_source)
        _set(self, 'layout', layout)
        _set(self, 'url', url)
        _set(self, 'times_official', times_official)
    return __init__


def _init_24(_set, _MISSING):  # planner.program.Program
    def __init__(self, conference, days, raw):
        _set(self, 'conference', conference)
        _set(self, 'days', days)
        _set(self, 'raw', raw)
        self.__post_init__()
    return __init__


def _init_25(_set, _MISSING):  # planner.tui.navigation.Placed
    def __init__(self, paper, col, row0, row1):
        _set(self, 'paper', paper)
        _set(self, 'col', col)
        _set(self, 'row0', row0)
        _set(self, 'row1', row1)
    return __init__


def _init_26(_set, _MISSING, _default_theirs, _default_on_now, _default_level, _default_planned):  # planner.tui.widgets.Marks
    def __init__(self, starred, conflict, hop, theirs=_default_theirs, on_now=_default_on_now, level=_default_level, planned=_default_planned):
        _set(self, 'starred', starred)
        _set(self, 'conflict', conflict)
        _set(self, 'hop', hop)
        _set(self, 'theirs', theirs)
        _set(self, 'on_now', on_now)
        _set(self, 'level', level)
        _set(self, 'planned', planned)
    return __init__


FACTORIES = {
    "def __init__(self, starred_at, note=_default_note, level=_default_level):\n    _set(self, 'starred_at', starred_at)\n    _set(self, 'note', note)\n    _set(self, 'level', level)":
        _init_0,
    "def __init__(self, entries=_MISSING):\n    _set(self, 'entries', _factory_entries() if entries is _MISSING else entries)\n    self.__post_init__()":
        _init_1,
    "def __init__(self, before, after, warnings=_default_warnings):\n    _set(self, 'before', before)\n    _set(self, 'after', after)\n    _set(self, 'warnings', warnings)":
        _init_2,
    "def __init__(self, agenda, warnings=_default_warnings, read_only=_default_read_only):\n    _set(self, 'agenda', agenda)\n    _set(self, 'warnings', warnings)\n    _set(self, 'read_only', read_only)":
        _init_3,
    "def __init__(self, data, agenda, text=_default_text):\n    _set(self, 'data', data)\n    _set(self, 'agenda', agenda)\n    _set(self, 'text', text)":
        _init_4,
    "def __init__(self, why, kept=_MISSING, dropped=_default_dropped):\n    _set(self, 'why', why)\n    _set(self, 'kept', _factory_kept() if kept is _MISSING else kept)\n    _set(self, 'dropped', dropped)":
        _init_5,
    "def __init__(self, src, dst):\n    _set(self, 'src', src)\n    _set(self, 'dst', dst)":
        _init_6,
    "def __init__(self, day, slot, starred, conflicts, hops):\n    _set(self, 'day', day)\n    _set(self, 'slot', slot)\n    _set(self, 'starred', starred)\n    _set(self, 'conflicts', conflicts)\n    _set(self, 'hops', hops)":
        _init_7,
    "def __init__(self, conflicts, hops, slots, conflicts_with):\n    _set(self, 'conflicts', conflicts)\n    _set(self, 'hops', hops)\n    _set(self, 'slots', slots)\n    _set(self, 'conflicts_with', conflicts_with)\n    self.__post_init__()":
        _init_8,
    "def __init__(self, paper, shared, fits, starred=_default_starred):\n    _set(self, 'paper', paper)\n    _set(self, 'shared', shared)\n    _set(self, 'fits', fits)\n    _set(self, 'starred', starred)":
        _init_9,
    "def __init__(self, date, start, end, after, before, talks):\n    _set(self, 'date', date)\n    _set(self, 'start', start)\n    _set(self, 'end', end)\n    _set(self, 'after', after)\n    _set(self, 'before', before)\n    _set(self, 'talks', talks)":
        _init_10,
    "def __init__(self, program, key, warnings=_MISSING):\n    _set(self, 'program', program)\n    _set(self, 'key', key)\n    _set(self, 'warnings', _factory_warnings() if warnings is _MISSING else warnings)":
        _init_11,
    "def __init__(self, key, name, talks, days, source, current):\n    _set(self, 'key', key)\n    _set(self, 'name', name)\n    _set(self, 'talks', talks)\n    _set(self, 'days', days)\n    _set(self, 'source', source)\n    _set(self, 'current', current)":
        _init_12,
    "def __init__(self, at, state, now, also_now, next, first, last):\n    _set(self, 'at', at)\n    _set(self, 'state', state)\n    _set(self, 'now', now)\n    _set(self, 'also_now', also_now)\n    _set(self, 'next', next)\n    _set(self, 'first', first)\n    _set(self, 'last', last)":
        _init_13,
    "def __init__(self, paper, because, reason):\n    _set(self, 'paper', paper)\n    _set(self, 'because', because)\n    _set(self, 'reason', reason)":
        _init_14,
    "def __init__(self, date, attend, drop, room_changes, counts):\n    _set(self, 'date', date)\n    _set(self, 'attend', attend)\n    _set(self, 'drop', drop)\n    _set(self, 'room_changes', room_changes)\n    _set(self, 'counts', counts)":
        _init_15,
    "def __init__(self, days, walk_minutes, levels, must_collisions, room_of):\n    _set(self, 'days', days)\n    _set(self, 'walk_minutes', walk_minutes)\n    _set(self, 'levels', levels)\n    _set(self, 'must_collisions', must_collisions)\n    _set(self, 'room_of', room_of)":
        _init_16,
    "def __init__(self, name, affiliations=_default_affiliations):\n    _set(self, 'name', name)\n    _set(self, 'affiliations', affiliations)":
        _init_17,
    "def __init__(self, title, url):\n    _set(self, 'title', title)\n    _set(self, 'url', url)":
        _init_18,
    "def __init__(self, id, title, page, start, end, authors, session_id, subtitle=_default_subtitle, abstract=_default_abstract, description=_default_description, topic=_default_topic, type=_default_type, language=_default_language, links=_default_links, uid=_default_uid):\n    _set(self, 'id', id)\n    _set(self, 'title', title)\n    _set(self, 'page', page)\n    _set(self, 'start', start)\n    _set(self, 'end', end)\n    _set(self, 'authors', authors)\n    _set(self, 'session_id', session_id)\n    _set(self, 'subtitle', subtitle)\n    _set(self, 'abstract', abstract)\n    _set(self, 'description', description)\n    _set(self, 'topic', topic)\n    _set(self, 'type', type)\n    _set(self, 'language', language)\n    _set(self, 'links', links)\n    _set(self, 'uid', uid)":
        _init_19,
    "def __init__(self, id, title, track, start, end, papers):\n    _set(self, 'id', id)\n    _set(self, 'title', title)\n    _set(self, 'track', track)\n    _set(self, 'start', start)\n    _set(self, 'end', end)\n    _set(self, 'papers', papers)":
        _init_20,
    "def __init__(self, start, end, sessions):\n    _set(self, 'start', start)\n    _set(self, 'end', end)\n    _set(self, 'sessions', sessions)":
        _init_21,
    "def __init__(self, date, sessions, start=_default_start, end=_default_end):\n    _set(self, 'date', date)\n    _set(self, 'sessions', sessions)\n    _set(self, 'start', start)\n    _set(self, 'end', end)":
        _init_22,
    "def __init__(self, id, name, full_name, location, venue, timezone, tracks, times_source, layout=_default_layout, url=_default_url, times_official=_default_times_official):\n    _set(self, 'id', id)\n    _set(self, 'name', name)\n    _set(self, 'full_name', full_name)\n    _set(self, 'location', location)\n    _set(self, 'venue', venue)\n    _set(self, 'timezone', timezone)\n    _set(self, 'tracks', tracks)\n    _set(self, 'times_source', times_source)\n    _set(self, 'layout', layout)\n    _set(self, 'url', url)\n    _set(self, 'times_official', times_official)":
        _init_23,
    "def __init__(self, conference, days, raw):\n    _set(self, 'conference', conference)\n    _set(self, 'days', days)\n    _set(self, 'raw', raw)\n    self.__post_init__()":
        _init_24,
    "def __init__(self, paper, col, row0, row1):\n    _set(self, 'paper', paper)\n    _set(self, 'col', col)\n    _set(self, 'row0', row0)\n    _set(self, 'row1', row1)":
        _init_25,
    "def __init__(self, starred, conflict, hop, theirs=_default_theirs, on_now=_default_on_now, level=_default_level, planned=_default_planned):\n    _set(self, 'starred', starred)\n    _set(self, 'conflict', conflict)\n    _set(self, 'hop', hop)\n    _set(self, 'theirs', theirs)\n    _set(self, 'on_now', on_now)\n    _set(self, 'level', level)\n    _set(self, 'planned', planned)":
        _init_26,
}
