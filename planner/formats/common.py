"""What the schedule formats share: talks as drafted from any source, grouped into sessions.

A published schedule lists talks per room and nothing like ATC's sessions. Consecutive talks
of one room become one session (a break of more than BREAK starts a new one), named after
their track when they share one, else after the room.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from planner.program import DEFAULT_PROGRAM_ID, Invalid

BREAK = timedelta(minutes=30)
_DURATION = re.compile(r"(-)?(\d{1,3}):(\d{2})(?::(\d{2}))?")


@dataclass
class Talk:
    id: str
    title: str
    start: datetime
    end: datetime
    room: str
    persons: list[str] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)  # subtitle, abstract, topic, uid...


@dataclass
class DayDraft:
    date: date
    start: datetime
    end: datetime
    talks: list[Talk] = field(default_factory=list)


def event_label(ident: object, title: object) -> str:
    title = str(title or "").strip()
    short = title if len(title) <= 60 else title[:59] + "…"
    return f"event {ident}" + (f" ({short!r})" if short else "")


def duration(text: str, where: str) -> timedelta:
    """frab's 'HH:MM' (or 'HH:MM:SS'); zero and negative durations are refused."""
    m = _DURATION.fullmatch(text.strip())
    if not m:
        raise Invalid(f"{where}: duration {text!r} is not HH:MM")
    sign, h, mins, secs = m.groups()
    d = timedelta(hours=int(h), minutes=int(mins), seconds=int(secs or 0))
    if sign or d <= timedelta(0):
        raise Invalid(f"{where}: duration {text!r} is {'negative' if sign else 'zero'}")
    return d


def after(start: datetime, length: timedelta) -> datetime:
    """The time `length` after `start`, in start's zone. On a zone's time (a ZoneInfo: the
    source gave no offset) `+` counts on the wall clock: across a clock change that is an
    hour more or less than the talk lasts."""
    return (start.astimezone(UTC) + length).astimezone(start.tzinfo)


def fixed(t: datetime) -> datetime:
    """`t` on its own UTC offset, the same wall clock. Two times on one ZoneInfo compare and
    subtract on the wall clock, fold ignored: in the hour the clocks repeat, the second 02:20
    came before the first 02:50, and a talk ending there ended before it started."""
    offset = t.utcoffset()
    if offset is None or isinstance(t.tzinfo, timezone):
        return t
    return t.replace(tzinfo=timezone(offset), fold=0)


def one_word(ident: str) -> str:
    return re.sub(r"\s+", "-", ident.strip())


def program_id(*candidates: str) -> str:
    """A file-name-safe id from the schedule's acronym (or title); never the embedded one's."""
    for text in candidates:
        slug = re.sub(r"[^a-z0-9._-]+", "-", (text or "").lower()).strip("-._")[:64]
        if slug:
            return slug + "-schedule" if slug == DEFAULT_PROGRAM_ID else slug
    return "program"


def published_conference(acronym: str, title: str, zone_name: str, source: str, version: str,
                         url: str) -> dict[str, Any]:
    """The conference block of a published schedule (frab XML, pretalx JSON): they say the same."""
    return {
        "id": program_id(acronym, title),
        "name": acronym or title,
        "full_name": title,
        "location": "",
        "venue": "",
        "timezone": zone_name,
        "times_source": f"the conference's published schedule ({source}"
                        + (f", version {version}" if version else "") + ")",
        "url": url,
    }


def build(conference: dict[str, Any], days: list[DayDraft], room_order: list[str] | None = None
          ) -> dict[str, Any]:
    """The own-schema document: rooms as tracks, talks grouped into sessions per room.

    Rooms come in the file's order (room_order); rooms with no talks are left out.
    """
    used = {t.room for d in days for t in d.talks}
    rooms = [r for r in dict.fromkeys(room_order or []) if r in used]
    seen_rooms = set(rooms)
    ids: set[str] = set()
    out_days = []
    for i, day in enumerate(sorted(days, key=lambda d: d.date)):
        by_room: dict[str, list[Talk]] = {}
        for t in sorted(day.talks, key=lambda t: (t.start, t.end, t.id)):
            where = event_label(t.id, t.title)
            if t.id in ids:
                raise Invalid(f"{where}: another event has the same id")
            ids.add(t.id)
            if not day.start <= t.start < day.end:
                raise Invalid(f"{where}: starts {t.start:%Y-%m-%d %H:%M}, outside its day "
                              f"{day.date} ({day.start:%Y-%m-%d %H:%M}–"
                              f"{day.end:%Y-%m-%d %H:%M})")
            if t.room not in seen_rooms:
                seen_rooms.add(t.room)
                rooms.append(t.room)
            by_room.setdefault(t.room, []).append(t)
        sessions = []
        for room, talks in by_room.items():
            r = rooms.index(room)
            for n, group in enumerate(_sessions(talks)):
                topics = {t.fields.get("topic", "") for t in group}
                title = topics.pop() if len(topics) == 1 else ""
                sessions.append({
                    "id": f"d{i + 1}-r{r + 1}-s{n + 1}",
                    "title": title or room,
                    "track": room,
                    "start": min(t.start for t in group).isoformat(),
                    "end": max(t.end for t in group).isoformat(),
                    "papers": [_paper(t) for t in group],
                })
        out_days.append({"date": day.date.isoformat(), "start": day.start.isoformat(),
                         "end": day.end.isoformat(), "sessions": sessions})
    if not rooms:
        raise Invalid("the schedule holds no talks")
    return {"schema": 1, "conference": {**conference, "tracks": rooms, "layout": "time"},
            "days": out_days}


def _sessions(talks: list[Talk]) -> list[list[Talk]]:
    groups: list[list[Talk]] = []
    end = None
    for t in talks:  # in time order
        if groups and end is not None and t.start - end <= BREAK:
            groups[-1].append(t)
            end = max(end, t.end) if end else t.end
        else:
            groups.append([t])
            end = t.end
    return groups


def _paper(t: Talk) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": t.id, "title": t.title, "start": t.start.isoformat(),
                           "end": t.end.isoformat(),
                           "authors": [{"name": n, "affiliations": []} for n in t.persons]}
    for key, value in t.fields.items():
        if value:
            doc[key] = value
    return doc
