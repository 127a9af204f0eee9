"""The planner's own program JSON: what `atc-planner program --json` prints.

planner.program checks it (parse_program) and writes it (program_dict); this module names the
format beside the others and writes a document the way the remembered-programs store keeps it.
"""

from __future__ import annotations

import json

from planner.program import Program, program_dict


def dumps(program: Program) -> str:
    return json.dumps(program_dict(program), ensure_ascii=False, indent=2) + "\n"
