"""Program documents made up for tests: many tracks, any talk lengths."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

TZ = timezone(timedelta(hours=-4))


def make_program(tracks: list[list[list[tuple[int, int]]]], day: str = "2025-07-07") -> dict[str, Any]:
    """tracks[t][s] = the talks of session s in track t as (start minute, length) from 09:00.

    Sessions span their talks; sessions of one track must not overlap.
    """
    base = datetime.fromisoformat(f"{day}T09:00:00").replace(tzinfo=TZ)
    sessions = []
    for t, track_sessions in enumerate(tracks):
        for s, talks in enumerate(track_sessions):
            starts = [base + timedelta(minutes=m) for m, _ in talks]
            ends = [b + timedelta(minutes=n) for b, (_, n) in zip(starts, talks, strict=True)]
            sessions.append({
                "id": f"t{t}s{s}", "title": f"Session {s} of track {t}", "track": f"T{t}",
                "start": min(starts).isoformat(), "end": max(ends).isoformat(),
                "papers": [
                    {"id": f"t{t}s{s}p{k}", "title": f"Talk {k}", "page": 1,
                     "start": b.isoformat(), "end": e.isoformat(),
                     "authors": [{"name": "A Person", "affiliations": []}]}
                    for k, (b, e) in enumerate(zip(starts, ends, strict=True))
                ],
            })
    return {
        "schema": 1,
        "conference": {"id": "test", "name": "Test Conf", "timezone": "America/New_York",
                       "tracks": [f"T{t}" for t in range(len(tracks))]},
        "days": [{"date": day, "sessions": sessions}],
    }
