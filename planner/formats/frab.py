"""frab/Pentabarf schedule XML (`schedule.xml` from frab and pretalx, FOSDEM, the CCC events).

Parsed with defusedxml: entity declarations (billion laughs) and external entities are
refused, never expanded or fetched.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from planner.formats.common import (
    DayDraft,
    Talk,
    after,
    build,
    duration,
    event_label,
    fixed,
    one_word,
    published_conference,
)
from planner.program import Invalid


def _text(el: Element | None, tag: str) -> str:
    child = el.find(tag) if el is not None else None
    return (child.text or "").strip() if child is not None else ""


def parse_xml(data: bytes) -> Element:
    import defusedxml.ElementTree as safe
    from defusedxml import DefusedXmlException

    try:
        return safe.fromstring(data, forbid_dtd=False, forbid_entities=True,
                               forbid_external=True)
    except DefusedXmlException as err:
        raise Invalid(f"XML refused: it declares entities or refers to external ones ({err})"
                      ) from None
    except ParseError as err:
        raise Invalid(f"malformed XML ({err})") from None


def _clock(text: str, where: str) -> time:
    try:
        return time.fromisoformat(text if len(text) > 4 else text.zfill(5))
    except ValueError:
        raise Invalid(f"{where}: {text!r} is not a time of day like 09:30") from None


def _zone(conf: Element | None) -> str:
    name = _text(conf, "time_zone_name")
    return name or ""


def document(data: bytes) -> dict[str, Any]:
    root = parse_xml(data)
    if root.tag != "schedule":
        raise Invalid(f"XML whose top element is <{root.tag}>, not a frab <schedule>")
    conf = root.find("conference")
    title = _text(conf, "title") or _text(conf, "acronym") or "Schedule"
    zone_name = _zone(conf)
    zone: Any = None
    if zone_name:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise Invalid(f"unknown time zone {zone_name!r}") from None
    day_change = _clock(_text(conf, "day_change") or "04:00", "conference day_change")
    offsets: set[timedelta] = set()
    room_order = [(r.get("name") or "").strip() or "(no room)" for r in root.iter("room")]
    days = []
    for d in root.iter("day"):
        days.append(_day(d, zone, day_change, offsets))
    if not days:
        raise Invalid("the schedule has no <day>")
    if not zone_name:  # no name: a fixed-offset zone from the events' own offsets, if one
        zone_name = _fixed_zone(offsets)
    version = _text(root, "version")
    conference = published_conference(_text(conf, "acronym"), title, zone_name, "frab XML",
                                      version, _text(conf, "base_url") or _text(conf, "url"))
    return build(conference, days, room_order)


def _fixed_zone(offsets: set[timedelta]) -> str:
    if len(offsets) != 1:
        return "UTC"
    hours, rest = divmod(int(next(iter(offsets)).total_seconds()), 3600)
    if rest or not -14 <= hours <= 12:
        return "UTC"
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"  # POSIX sign: Etc/GMT-1 is UTC+1


def _aware(t: datetime, zone: Any, where: str) -> datetime:
    if t.tzinfo is not None:
        return t
    if zone is None:
        raise Invalid(f"{where}: a time without UTC offset and no time_zone_name to place it")
    return t.replace(tzinfo=zone)


def _day(d: Element, zone: Any, day_change: time, offsets: set[timedelta]) -> DayDraft:
    raw_date = d.get("date", "")
    try:
        day_date = date.fromisoformat(raw_date)
    except ValueError:
        raise Invalid(f"<day index={d.get('index', '?')!r}>: date {raw_date!r} is not a date"
                      ) from None
    where = f"day {day_date}"
    try:
        start = datetime.fromisoformat(d.get("start") or
                                       datetime.combine(day_date, day_change).isoformat())
        end = datetime.fromisoformat(d.get("end") or datetime.combine(
            day_date + timedelta(days=1), day_change).isoformat())
    except ValueError:
        raise Invalid(f"{where}: 'start' or 'end' is not an ISO 8601 time") from None
    start, end = _aware(start, zone, where), _aware(end, zone, where)
    if end <= start:
        raise Invalid(f"{where}: ends before it starts")
    # frab writes the day's end as the last minute (03:59): the day runs until the next one.
    end += timedelta(minutes=1) if end.second == 0 and end.minute % 5 == 4 else timedelta(0)
    draft = DayDraft(day_date, start, end)
    for room in d.findall("room"):
        room_name = (room.get("name") or "").strip() or "(no room)"
        for ev in room.findall("event"):
            draft.talks.append(_talk(ev, room_name, day_date, day_change, zone, offsets))
    return draft


def _talk(ev: Element, room: str, day_date: date, day_change: time, zone: Any,
          offsets: set[timedelta]) -> Talk:
    ident = ev.get("id") or ev.get("guid") or _text(ev, "slug")
    title = _text(ev, "title")
    where = event_label(ident or "without id", title)
    if not ident:
        raise Invalid(f"{where}: no id or guid")
    if not title:
        raise Invalid(f"{where}: no title")
    raw_start = _text(ev, "date")
    if raw_start:
        try:
            start = datetime.fromisoformat(raw_start)
        except ValueError:
            raise Invalid(f"{where}: date {raw_start!r} is not an ISO 8601 time") from None
    else:
        clock = _text(ev, "start")
        if not clock:
            raise Invalid(f"{where}: no start")
        at = _clock(clock, where)
        # Before the day change (04:00) a time belongs to the night after the day's date.
        on = day_date + timedelta(days=1) if at < day_change else day_date
        start = datetime.combine(on, at)
    start = _aware(start, zone, where)
    if start.utcoffset() is not None:
        offsets.add(start.utcoffset())  # type: ignore[arg-type]
    raw_duration = _text(ev, "duration")
    if not raw_duration:
        raise Invalid(f"{where}: no duration")
    end = fixed(after(start, duration(raw_duration, where)))
    start = fixed(start)
    persons = [(p.text or "").strip() for p in ev.iter("person") if (p.text or "").strip()]
    links = [{"title": (x.text or "").strip(), "url": x.get("href", "").strip()}
             for x in ev.iter("link") if x.get("href")]
    url = _text(ev, "url")
    if url and all(x["url"] != url for x in links):
        links.insert(0, {"title": "Event page", "url": url})
    return Talk(
        id=one_word(ident), title=title, start=start, end=end,
        room=room, persons=persons,
        fields={"subtitle": _text(ev, "subtitle"), "abstract": _text(ev, "abstract"),
                "description": _text(ev, "description"), "topic": _text(ev, "track"),
                "type": _text(ev, "type"), "language": _text(ev, "language"),
                "links": links, "uid": ev.get("guid", "")},
    )
