"""@record: the value classes of the domain, as @dataclass would make them, for less start-up.

Every command builds the program's and the agenda's value objects, so their classes are made
on every start. With dataclasses that was about half of a command's start-up: importing it
imports inspect (and with it ast, dis and tokenize), and each class compiles six methods from
source text (about 4 million instructions a class, and a command creates twenty of them).
A record class gets the same behaviour from methods written once, here:

- `@record(frozen=True, slots=True)` takes the same two flags as @dataclass (no others);
- fields are the class's annotations, in order; a default is the value after `=`, or
  `field(default_factory=..., init=..., repr=..., compare=...)` as in dataclasses;
- `__init__` takes the fields positionally or by name and calls `__post_init__` if defined;
  `__eq__` compares the same class's compared fields, `__hash__` hashes them (frozen only),
  `__repr__` shows them; a method the class defines itself is kept;
- frozen: assigning or deleting a field raises FrozenInstanceError (an AttributeError);
- `replace(obj, **changes)` and `fields(obj)` as in dataclasses.

tests/unit/test_record.py holds it to what dataclasses does, and tests/test_imports.py keeps
dataclasses and inspect out of the plain commands.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")
_MISSING: Any = object()
_set = object.__setattr__


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record."""


class Field:
    __slots__ = ("compare", "default", "default_factory", "init", "name", "repr")

    def __init__(self, default: Any = _MISSING, default_factory: Any = _MISSING,
                 init: bool = True, repr: bool = True, compare: bool = True) -> None:
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self) -> str:
        return f"Field(name={self.name!r})"


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] = _MISSING,
          init: bool = True, repr: bool = True, compare: bool = True) -> Any:
    return Field(default, default_factory, init, repr, compare)


def fields(obj: Any) -> tuple[Field, ...]:
    """The fields of a record class or instance, in order."""
    return obj.__record_fields__  # type: ignore[no-any-return]


def is_record(obj: Any) -> bool:
    return hasattr(type(obj), "__record_fields__") and not isinstance(obj, type)


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of the record with some fields changed (fields with init=False cannot be)."""
    for f in obj.__record_fields__:  # type: ignore[attr-defined]
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def record(cls: type[T] | None = None, /, *, frozen: bool = False, slots: bool = False) -> Any:
    def wrap(cls: type[T]) -> type[T]:
        return _process(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


def _process(cls: type[T], frozen: bool, slots: bool) -> type[T]:
    own = cls.__dict__
    found: list[Field] = []
    for name in own.get("__annotations__", {}):
        value = own.get(name, _MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        f.name = name
        found.append(f)
    names = tuple(f.name for f in found)
    body = {k: v for k, v in own.items()
            if k not in names and k not in ("__dict__", "__weakref__")}
    if slots:
        body["__slots__"] = names
    init_names = tuple(f.name for f in found if f.init)
    defaults = {f.name: f for f in found if f.init and
                (f.default is not _MISSING or f.default_factory is not _MISSING)}
    compared = [f.name for f in found if f.compare]
    body.update(
        __record_fields__=tuple(found),
        __record_init__=init_names,
        __record_defaults__=defaults,
        __record_post__="__post_init__" in own,
        __record_key__=staticmethod(_key(compared)),  # not a method: called with the record
        __record_shown__=tuple(f.name for f in found if f.repr),
        __match_args__=init_names,
    )
    for name, method in (("__init__", _init), ("__repr__", _repr), ("__eq__", _eq)):
        body.setdefault(name, method)
    # As dataclasses: a hash of the fields when frozen, none when mutable (compared by value),
    # unless the class wrote its own (a class with __eq__ alone gets __hash__ = None).
    if not ("__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)):
        body["__hash__"] = _hash if frozen else None
    if frozen:
        body.setdefault("__setattr__", _frozen_setattr)
        body.setdefault("__delattr__", _frozen_delattr)
    new = type(cls)(cls.__name__, cls.__bases__, body)
    new.__qualname__ = cls.__qualname__
    return new


def _key(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = names[0]
        return lambda obj: (getattr(obj, one),)
    return attrgetter(*names)


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    names = cls.__record_init__
    if len(args) == len(names) and not kwargs:  # the usual call: every field, in order
        for name, value in zip(names, args, strict=True):
            _set(self, name, value)
    else:
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__}() takes {len(names)} arguments, "
                            f"{len(args)} were given")
        for name, value in zip(names, args, strict=False):
            if name in kwargs:
                raise TypeError(f"{cls.__name__}() got multiple values for {name!r}")
            _set(self, name, value)
        defaults = cls.__record_defaults__
        for name in names[len(args):]:
            if name in kwargs:
                value = kwargs.pop(name)
            elif name in defaults:
                f = defaults[name]
                value = f.default if f.default_factory is _MISSING else f.default_factory()
            else:
                raise TypeError(f"{cls.__name__}() is missing the argument {name!r}")
            _set(self, name, value)
        if kwargs:
            raise TypeError(f"{cls.__name__}() got an unexpected argument {next(iter(kwargs))!r}")
    if cls.__record_post__:
        self.__post_init__()


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_shown__)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: Any, other: Any) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    key = self.__record_key__
    return key(self) == key(other)  # type: ignore[no-any-return]


def _hash(self: Any) -> int:
    return hash(self.__record_key__(self))


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")
