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
from typing import Any

INDENT = "  "
_SCALARS = frozenset({str, int, float, bool, type(None)})
_LITERALS: dict[Any, str] = {True: "true", False: "false", None: "null"}
_INFINITY = float("inf")


class _Unexpected(Exception):
    pass


def dumps(doc: Any) -> str:
    """`json.dumps(doc, ensure_ascii=False, indent=2)`."""
    out: list[str] = []
    try:
        _write(doc, out, "\n", {})
    except (_Unexpected, RecursionError):
        return json.dumps(doc, ensure_ascii=False, indent=2)
    return "".join(out)


def _write(value: Any, out: list[str], newline: str,
           flat: dict[str, Callable[[Any, int], Any]]) -> None:
    """Append `value`'s text, its nested lines starting with `newline`.

    `flat` holds, per indentation, a C encoder whose item separator carries it: a container
    of scalars only is one call to it.
    """
    kind = type(value)
    if kind is dict or kind is list:
        if not value:
            out.append("{}" if kind is dict else "[]")
            return
        inner = newline + INDENT
        items = value.values() if kind is dict else value
        if all(type(item) in _SCALARS for item in items):
            encode = flat.get(inner)
            if encode is None:
                encode = flat[inner] = _flat_encoder("," + inner)
            text = "".join(encode(value, 0))  # {"a": 1,<inner>"b": 2}: brackets need lines
            out.append(text[0] + inner + text[1:-1] + newline + text[-1])
            return
        if kind is dict:
            separator = "{" + inner
            for key, item in value.items():
                if type(key) is not str:
                    raise _Unexpected
                out.append(separator)
                out.append(encode_basestring(key))
                out.append(": ")
                _write(item, out, inner, flat)
                separator = "," + inner
            out.append(newline + "}")
        else:
            separator = "[" + inner
            for item in value:
                out.append(separator)
                _write(item, out, inner, flat)
                separator = "," + inner
            out.append(newline + "]")
    elif kind is str:
        out.append(encode_basestring(value))
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is bool or value is None:
        out.append(_LITERALS[value])
    elif kind is float and value == value and value not in (_INFINITY, -_INFINITY):
        out.append(float.__repr__(value))
    else:  # NaN, infinities, a tuple, a subclass, another type: as json.dumps has them
        raise _Unexpected


def _flat_encoder(item_separator: str) -> Callable[[Any, int], Any]:
    """json's own C encoder, as json.dumps makes it when there is no indent."""
    if c_make_encoder is None:  # an interpreter without the C part: the same text, slower
        encode = json.JSONEncoder(ensure_ascii=False, separators=(item_separator, ": ")).encode
        return lambda value, _level: encode(value)
    return c_make_encoder(None, None, encode_basestring, None, ": ", item_separator,
                          False, False, True)
