"""The schedule JSON pretalx publishes (`schedule.json`, the c3voc schedule schema).

schedule.conference.days[].rooms is {room name: [events]}; an event has `date` (ISO 8601 with
offset), `start`, `duration`, and `persons` as objects (public_name/name) or plain strings.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from planner.formats.common import (
    DayDraft,
    Talk,
    build,
    duration,
    event_label,
    one_word,
    published_conference,
)
from planner.program import Invalid


def _s(obj: Any, key: str) -> str:
    value = obj.get(key) if isinstance(obj, dict) else None
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value))


def _obj(obj: Any, key: str, where: str) -> Any:
    value = obj.get(key) if isinstance(obj, dict) else None
    if not isinstance(value, dict):
        raise Invalid(f"{where} has no {key!r} object")
    return value


def _when(text: str, where: str, what: str) -> datetime:
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        raise Invalid(f"{where}: {what} {text!r} is not an ISO 8601 time") from None
    if t.tzinfo is None:
        raise Invalid(f"{where}: {what} {text!r} has no UTC offset")
    return t


def document(doc: dict[str, Any]) -> dict[str, Any]:
    schedule = _obj(doc, "schedule", "the file")
    conf = _obj(schedule, "conference", "schedule")
    zone_name = _s(conf, "time_zone_name") or "UTC"
    raw_days = conf.get("days")
    if not isinstance(raw_days, list) or not raw_days:
        raise Invalid("schedule.conference has no 'days' list")
    room_order = [_s(r, "name") for r in conf.get("rooms") or [] if isinstance(r, dict)]
    days = [_day(d, i, room_order) for i, d in enumerate(raw_days)]
    title = _s(conf, "title") or _s(conf, "acronym") or "Schedule"
    version = _s(schedule, "version")
    conference = published_conference(_s(conf, "acronym"), title, zone_name, "pretalx JSON",
                                      version, _s(schedule, "base_url") or _s(conf, "url"))
    return build(conference, days, room_order)


def _day(d: Any, i: int, room_order: list[str]) -> DayDraft:
    where = f"day {i + 1}"
    try:
        day_date = date.fromisoformat(_s(d, "date"))
    except ValueError:
        raise Invalid(f"{where}: date {_s(d, 'date')!r} is not a date") from None
    where = f"day {day_date}"
    raw_start, raw_end = _s(d, "day_start"), _s(d, "day_end")
    start = _when(raw_start, where, "day_start") if raw_start else None
    end = _when(raw_end, where, "day_end") if raw_end else None
    rooms = d.get("rooms") if isinstance(d, dict) else None
    if not isinstance(rooms, dict):
        raise Invalid(f"{where}: 'rooms' is not an object of room name -> events")
    talks = []
    for room, events in rooms.items():
        if not isinstance(events, list):
            raise Invalid(f"{where}: room {room!r} does not list events")
        room_order.append(room)
        talks += [_talk(ev, room) for ev in events]
    if start is None or end is None:  # no bounds given: the day is what its talks make it
        if not talks:
            raise Invalid(f"{where}: no day_start/day_end and no events")
        start = start or min(t.start for t in talks)
        end = end or max(t.end for t in talks) + timedelta(minutes=1)
    if end <= start:
        raise Invalid(f"{where}: ends before it starts")
    # pretalx writes day_end as the last minute (03:59): the day runs until the next one.
    if end.second == 0 and end.minute % 5 == 4:
        end += timedelta(minutes=1)
    return DayDraft(day_date, start, end, talks)


def _person(p: Any) -> str:
    if isinstance(p, str):
        return p.strip()
    if isinstance(p, dict):
        return _s(p, "public_name") or _s(p, "name") or _s(p, "full_public_name")
    return ""


def _talk(ev: Any, room: str) -> Talk:
    if not isinstance(ev, dict):
        raise Invalid(f"room {room!r}: an event is not an object")
    ident = _s(ev, "id") or _s(ev, "guid") or _s(ev, "code")
    title = _s(ev, "title")
    where = event_label(ident or "without id", title)
    if not ident:
        raise Invalid(f"{where}: no id or guid")
    if not title:
        raise Invalid(f"{where}: no title")
    if not _s(ev, "date"):
        raise Invalid(f"{where}: no start ('date')")
    start = _when(_s(ev, "date"), where, "date")
    if not _s(ev, "duration"):
        raise Invalid(f"{where}: no duration")
    end = start + duration(_s(ev, "duration"), where)
    persons = [n for n in (_person(p) for p in ev.get("persons") or []) if n]
    links = [{"title": _s(x, "title"), "url": _s(x, "url")}
             for x in ev.get("links") or [] if isinstance(x, dict) and _s(x, "url")]
    url = _s(ev, "url")
    if url and all(x["url"] != url for x in links):
        links.insert(0, {"title": "Event page", "url": url})
    return Talk(
        id=one_word(ident), title=title, start=start, end=end, room=room,
        persons=persons,
        fields={"subtitle": _s(ev, "subtitle"), "abstract": _s(ev, "abstract"),
                "description": _s(ev, "description"), "topic": _s(ev, "track"),
                "type": _s(ev, "type"), "language": _s(ev, "language"), "links": links,
                "uid": _s(ev, "guid")},
    )
