"""Made-up programs for the benchmarks: any number of papers, real-looking titles and names.

Deterministic (seeded), written in the program-file schema so the planner loads them the way it
loads any --program file.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

TZ = timezone(timedelta(hours=-4))
WORDS = ("adaptive", "cache", "serverless", "scheduling", "memory", "GPU", "inference",
         "storage", "kernel", "network", "distributed", "consensus", "tiered", "compression",
         "persistent", "replication", "fault", "tolerant", "learned", "index", "graph", "stream",
         "transaction", "virtual", "machine", "container", "disaggregated", "RDMA", "eBPF",
         "file", "system", "log", "structured", "query", "vector", "database", "training",
         "cluster")
NAMES = ("José García", "Ana Müller", "Wei Zhang", "Priya Nair", "Søren Kierkegaard",
         "Zoë Dupont", "Li Wei", "Mohammed Ali", "Chloé Martin", "Kenji Satō", "Ola Nordmann",
         "María López", "Jürgen Weiß", "Fatima Zahra", "Tomás Novák")
PLACES = ("Université de Montréal", "ETH Zürich", "Tsinghua University", "MIT", "KAIST",
          "Universidad de Chile", "Microsoft Research", "Google", "EPFL", "Uni Tübingen")


def program_doc(n_papers: int, tracks: int = 20, seed: int = 14, one_day: bool = False,
                title_of: dict[int, str] | None = None) -> dict[str, Any]:
    """`n_papers` talks of 10-25 minutes in sessions of 4-6, `tracks` parallel tracks,
    09:00-18:00 each day, as many days as it takes. With `one_day`, all on one day in talks of
    3-6 minutes: give it enough tracks (n_papers / 100) that the day ends before midnight."""
    rng = random.Random(seed)
    per_track = -(-n_papers // tracks)
    days: dict[date, list[dict[str, Any]]] = {}
    pid = 0
    for t in range(tracks):
        day, clock, made, s = date(2025, 7, 7), 9 * 60 + rng.randint(0, 30), 0, 0
        while made < per_track and pid < n_papers:
            k = min(rng.randint(4, 6), per_track - made, n_papers - pid)
            lengths = [rng.randint(3, 6) if one_day else rng.randint(10, 25) for _ in range(k)]
            if not one_day and clock + sum(lengths) > 18 * 60:
                day, clock = day + timedelta(days=1), 9 * 60 + rng.randint(0, 30)
            base = datetime(day.year, day.month, day.day, tzinfo=TZ)
            papers, at = [], clock
            for length in lengths:
                b = base + timedelta(minutes=at)
                e = base + timedelta(minutes=at + length)
                title = (title_of or {}).get(pid) or " ".join(
                    rng.sample(WORDS, rng.randint(4, 9))).capitalize()
                authors = [{"name": rng.choice(NAMES), "affiliations": [rng.choice(PLACES)]}
                           for _ in range(rng.randint(1, 4))]
                papers.append({"id": f"p{pid}", "title": title, "page": pid + 1,
                               "start": b.isoformat(), "end": e.isoformat(),
                               "authors": authors})
                pid, at = pid + 1, at + length
            days.setdefault(day, []).append({
                "id": f"t{t}s{s}", "title": f"Session {s} of track {t}", "track": f"Room {t}",
                "start": min(p["start"] for p in papers), "end": max(p["end"] for p in papers),
                "papers": papers})
            made, s, clock = made + k, s + 1, at + rng.randint(0, 20)
    return {"schema": 1,
            "conference": {"id": f"bench{n_papers}", "name": f"Bench {n_papers}",
                           "timezone": "America/New_York",
                           "tracks": [f"Room {t}" for t in range(tracks)]},
            "days": [{"date": d.isoformat(), "sessions": ss} for d, ss in sorted(days.items())]}


def write_program(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def paper_ids(doc: dict[str, Any]) -> list[str]:
    return [p["id"] for d in doc["days"] for s in d["sessions"] for p in s["papers"]]


def write_agenda(path: Path, ids: list[str]) -> Path:
    """An agenda file (format 1) with every id starred."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": "atc-planner-agenda", "version": 1, "starred": {
        pid: {"starred_at": "2025-06-01T12:00:00+00:00", "note": ""} for pid in ids}}),
        encoding="utf-8")
    return path
