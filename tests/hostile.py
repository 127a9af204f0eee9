"""Hostile text for tests: escape sequences a program file or a note could carry."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.helpers_programs import make_program

# Clear the screen, set the window title (OSC 0), a hyperlink (OSC 8), write the clipboard
# (OSC 52), a C1 CSI, DEL, a carriage return that would overwrite the line, a bell.
ATTACKS = [
    "\x1b[2Jcleared",
    "\x1b]0;pwned\x07title",
    "\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\",
    "\x1b]52;c;cm0gLXJmIH4=\x07clip",
    "\x9b31mred",
    "del\x7f and bs\x08 and vt\x0b ff\x0c nul\x00",
    "spoof\rOK",
]
# Control characters other than the newline (and tab, where a layout allows it).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# "Trojan Source": an override (U+202E) shows the rest of the line reversed in a terminal that
# orders text; isolates (U+2066-2069) and the marks (LRM, RLM, ALM) reorder too.
BIDI_ATTACK = "\u202egnp.exe\u202c \u2067iso\u2069 \u202a\u202b\u202dembed\u202c mark\u200f\u200e\u061c"
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def hostile_program(attack: str = "".join(ATTACKS)) -> dict[str, Any]:
    doc = make_program([[[(0, 30), (30, 30)]], [[(0, 45)]]])
    doc["conference"]["name"] = f"Conf {attack}"
    doc["conference"]["location"] = f"Town {attack}"
    for day in doc["days"]:
        for s in day["sessions"]:
            s["title"] = f"Session {attack}"
            for p in s["papers"]:
                p["title"] = f"Talk {attack} title"
                p["authors"] = [{"name": f"Ann {attack}", "affiliations": [f"Uni {attack}"]}]
    return doc


def write_program(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False))
    return path
