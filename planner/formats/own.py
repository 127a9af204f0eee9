"""The planner's own program JSON: what `atc-planner program --json` prints.

planner.program checks it (parse_program) and writes it (program_dict); this module names the
format beside the others and writes a document the way the remembered-programs store keeps it.
"""

from __future__ import annotations

from planner.json_text import dumps as indented  # json.dumps(indent=2)'s text, faster
from planner.program import Program, program_dict


def dumps(program: Program) -> str:
    return indented(program_dict(program)) + "\n"
