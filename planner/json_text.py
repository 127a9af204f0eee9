"""JSON text exactly as `json.dumps(doc, ensure_ascii=False, indent=2)` writes it, faster.

With an indent, Python 3.11's json module leaves its C encoder for the pure-Python one, which
yields every token through a chain of generators as deep as the document: under the profiler,
half of `agenda --json` at 10,000 talks and 50 s of `conflicts --json` (100,000 pairs). Here
the same characters go into one list, and a container of scalars only (a talk, a list of ids)
is one call to the C encoder, with separators that carry its indentation. Anything else (a key
that is not a string, a value of another type, a cycle) goes to json.dumps itself, so the text
never differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]

from planner.collector import cycle_collector_paused

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any

INDENT = "  "
_SCALARS = frozenset({str, int, float, bool, type(None)})
_LITERALS: dict[Any, str] = {True: "true", False: "false", None: "null"}
_INFINITY = float("inf")


class _Unexpected(Exception):
    pass


@cycle_collector_paused()  # see planner.collector: the text of a whole document
def dumps(doc: Any) -> str:
    """`json.dumps(doc, ensure_ascii=False, indent=2)`."""
    writer = _Writer()
    try:
        writer.write(doc, "\n")
    except (_Unexpected, RecursionError):
        return json.dumps(doc, ensure_ascii=False, indent=2)
    return "".join(writer.out)


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []
        # Per indentation, a C encoder whose item separator carries it.
        self._flat: dict[str, Callable[[Any, int], Any]] = {}
        # The text of each container of scalars, by the object and its indentation: a
        # document that holds one object in many places (a talk in each of its conflicts)
        # has it encoded once. The objects are the document's, alive while it is written.
        self._made: dict[tuple[int, str], str] = {}

    def write(self, value: Any, newline: str) -> None:
        """Append `value`'s text, its nested lines starting with `newline`."""
        out = self.out
        kind = type(value)
        if kind is dict or kind is list:
            if not value:
                out.append("{}" if kind is dict else "[]")
                return
            inner = newline + INDENT
            if _SCALARS.issuperset(map(type, value.values() if kind is dict else value)):
                out.append(self._flat_text(value, newline, inner))
            elif kind is dict:
                separator = "{" + inner
                for key, item in value.items():
                    if type(key) is not str:
                        raise _Unexpected
                    out.append(separator)
                    out.append(encode_basestring(key))
                    out.append(": ")
                    self.write(item, inner)
                    separator = "," + inner
                out.append(newline + "}")
            else:
                separator = "[" + inner
                for item in value:
                    out.append(separator)
                    self.write(item, inner)
                    separator = "," + inner
                out.append(newline + "]")
            return
        out.append(_scalar(value))

    def _flat_text(self, value: Any, newline: str, inner: str) -> str:
        """A non-empty container of scalars: one call to the C encoder."""
        key = (id(value), newline)
        text = self._made.get(key)
        if text is None:
            encode = self._flat.get(inner)
            if encode is None:
                encode = self._flat[inner] = _flat_encoder("," + inner)
            flat = "".join(encode(value, 0))  # {"a": 1,<inner>"b": 2}: brackets need lines
            text = self._made[key] = flat[0] + inner + flat[1:-1] + newline + flat[-1]
        return text


def _scalar(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is bool or value is None:
        return _LITERALS[value]
    if kind is float and value == value and value not in (_INFINITY, -_INFINITY):
        return float.__repr__(value)
    raise _Unexpected  # NaN, infinities, a tuple, a subclass, another type: json.dumps's


def _flat_encoder(item_separator: str) -> Callable[[Any, int], Any]:
    """json's own C encoder, as json.dumps makes it when there is no indent."""
    if c_make_encoder is None:  # an interpreter without the C part: the same text, slower
        encode = json.JSONEncoder(ensure_ascii=False, separators=(item_separator, ": ")).encode
        return lambda value, _level: encode(value)
    return c_make_encoder(None, None, encode_basestring, None, ": ", item_separator,
                          False, False, True)
