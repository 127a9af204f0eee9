"""Write planner/record_inits.py: the __init__ of every record class of the planner, ahead.

    python -m planner.record_gen            (rewrite it)
    python -m planner.record_gen --check    (exit 1 when it differs from a fresh one)

planner.record makes a record class's __init__ from source text (planner.record.init_source);
the module this writes holds, for each class of the planner, a factory whose body is that very
text, keyed by it. Installed, the module is bytecode: a start finds each class's __init__ there
and compiles nothing. A class whose fields changed has another text, misses the table and is
compiled as before, until this is run again (tests/unit/test_record_inits.py fails meanwhile).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import planner
from planner.record import init_source

MODULE = Path(__file__).with_name("record_inits.py")
HEAD = '''"""Each record class's __init__ of the planner, written ahead: generated, do not edit.

`python -m planner.record_gen` writes it (see there). Each factory's body is the source text
planner.record would compile for the classes named above it, and FACTORIES is keyed by that
text: a class finds its __init__ here only when its text is the same, word for word.
"""

'''


def record_classes() -> list[type]:
    """Every record class the planner's modules define, in module and line order."""
    found: list[type] = []
    for info in pkgutil.walk_packages(planner.__path__, "planner."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue
        module = importlib.import_module(info.name)
        found += [value for value in vars(module).values()
                  if isinstance(value, type) and "__record_fields__" in value.__dict__
                  and value.__module__ == module.__name__]
    return found


def render() -> str:
    """The text of planner/record_inits.py for the planner's classes as they are now."""
    users: dict[str, list[type]] = {}
    for cls in record_classes():
        source, _ = init_source(cls)
        users.setdefault(source, []).append(cls)
    parts, table = [HEAD], []
    for i, (source, classes) in enumerate(users.items()):
        _, names = init_source(classes[0])
        name = f"_init_{i}"
        made_for = ", ".join(f"{c.__module__}.{c.__qualname__}" for c in classes)
        body = re.sub(r"^", "    ", source, flags=re.MULTILINE)
        parts.append(f"def {name}({', '.join(names)}):  # {made_for}\n{body}\n"
                     f"    return __init__\n\n\n")
        table.append(f"    {source!r}:\n        {name},\n")
    parts.append("FACTORIES = {\n" + "".join(table) + "}\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    fresh = render()
    if "--check" in args:
        stale = not MODULE.exists() or MODULE.read_text(encoding="utf-8") != fresh
        print(f"{MODULE} differs from a fresh one" if stale else "up to date")
        return 1 if stale else 0
    MODULE.write_text(fresh, encoding="utf-8")
    print(f"wrote {MODULE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
