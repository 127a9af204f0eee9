"""An iCalendar file as a program: one VEVENT per talk.

SUMMARY is the title, DTSTART with DTEND or DURATION the time (TZID or UTC; floating times are
read in the calendar's zone), LOCATION the room, CATEGORIES the track, DESCRIPTION and URL as
they are, UID kept for the export. All-day events (a date, no time) are not talks and are left
out. A day runs from 04:00 to 04:00, so a talk at 01:00 belongs to the evening before.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from planner.formats.common import DayDraft, Talk, after, build, event_label, fixed, one_word
from planner.formats.common import program_id as make_id
from planner.program import Invalid

DAY_CHANGE = time(4, 0)


def _str(component: Any, key: str) -> str:
    value = component.get(key)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def _zone_key(t: datetime) -> str:
    key = getattr(t.tzinfo, "key", None) or getattr(t.tzinfo, "zone", None)
    return str(key) if key else ""


def document(data: bytes, file_stem: str = "") -> dict[str, Any]:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from icalendar import Calendar  # loads only when an iCalendar program is read

    try:
        cal = Calendar.from_ical(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise Invalid("the program file is not UTF-8 text") from None
    except (ValueError, IndexError, KeyError) as err:
        raise Invalid(f"malformed iCalendar ({err})") from None
    events = list(cal.walk("VEVENT"))
    zone_name = _str(cal, "X-WR-TIMEZONE")
    if not zone_name:
        zone_name = next((k for e in events if (k := _first_zone(e))), "") or "UTC"
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(f"unknown time zone {zone_name!r}") from None
    talks = [t for e in events if (t := _talk(e, zone)) is not None]
    days: dict[date, DayDraft] = {}
    for t in talks:
        local = t.start.astimezone(zone)
        on = local.date() - timedelta(days=1) if local.time() < DAY_CHANGE else local.date()
        if on not in days:
            start = datetime.combine(on, DAY_CHANGE, zone)
            days[on] = DayDraft(on, start, datetime.combine(on + timedelta(days=1),
                                                            DAY_CHANGE, zone))
        days[on].talks.append(t)
    name = _str(cal, "X-WR-CALNAME") or _str(cal, "NAME") or file_stem or "Calendar"
    conference = {
        "id": make_id(name), "name": name, "full_name": name, "location": "", "venue": "",
        "timezone": zone_name, "times_source": "the conference's published calendar (iCalendar)",
    }
    return build(conference, list(days.values()))


def _first_zone(event: Any) -> str:
    prop = event.get("DTSTART")
    value = getattr(prop, "dt", None)
    return _zone_key(value) if isinstance(value, datetime) and value.tzinfo else ""


def _check_zone(prop: Any, value: datetime, where: str) -> None:
    """A TZID that neither the file (VTIMEZONE) nor the time zone database knows.

    icalendar then hands back a floating time, which would silently be read in another zone.
    """
    tzid = getattr(prop, "params", {}).get("TZID")
    if tzid and value.tzinfo is None:
        raise Invalid(f"{where}: unknown time zone {str(tzid)!r}")


def _talk(event: Any, zone: Any) -> Talk | None:
    uid = _str(event, "UID")
    title = _str(event, "SUMMARY")
    where = event_label(uid or "without UID", title)
    start_prop = event.get("DTSTART")
    if start_prop is None:
        raise Invalid(f"{where}: no DTSTART")
    try:
        start = event.decoded("DTSTART")
    except (ValueError, KeyError, TypeError) as err:
        raise Invalid(f"{where}: DTSTART cannot be read ({err})") from None
    if not isinstance(start, datetime):
        return None  # an all-day event: no time, not a talk
    _check_zone(start_prop, start, where)
    start = start if start.tzinfo else start.replace(tzinfo=zone)
    try:
        if event.get("DTEND") is not None:
            end = event.decoded("DTEND")
            if not isinstance(end, datetime):
                raise Invalid(f"{where}: DTEND is a date, DTSTART a time")
            _check_zone(event.get("DTEND"), end, where)
            end = end if end.tzinfo else end.replace(tzinfo=zone)
        elif event.get("DURATION") is not None:
            length = event.decoded("DURATION")
            # RFC 5545 3.3.6: its days are the calendar's (wall clock), its hours exact.
            days = timedelta(days=length.days)
            end = after(start + days, length - days)
        else:
            raise Invalid(f"{where}: neither DTEND nor DURATION")
    except (ValueError, KeyError, TypeError) as err:
        raise Invalid(f"{where}: DTEND or DURATION cannot be read ({err})") from None
    start, end = fixed(start), fixed(end)
    if end < start:
        raise Invalid(f"{where}: negative duration (ends before it starts)")
    if end == start:
        raise Invalid(f"{where}: zero duration")
    if not uid:
        raise Invalid(f"{where}: no UID")
    if not title:
        raise Invalid(f"{where}: no SUMMARY")
    categories = event.get("CATEGORIES")
    topic = ""
    if categories is not None:
        first = categories[0] if isinstance(categories, list) else categories
        cats = getattr(first, "cats", None)
        topic = str(cats[0]) if cats else str(first)
    url = _str(event, "URL")
    return Talk(
        id=one_word(uid), title=title, start=start, end=end,
        room=_str(event, "LOCATION") or "(no room)", persons=[],
        fields={"description": _str(event, "DESCRIPTION"), "topic": topic.strip(),
                "links": [{"title": "Event page", "url": url}] if url else [], "uid": uid},
    )
