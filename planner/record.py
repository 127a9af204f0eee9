"""@record: the value classes of the domain, as @dataclass would make them, for less start-up.

Every command builds the program's and the agenda's value objects, so their classes are made
on every start. With dataclasses that was about half of a command's start-up: importing it
imports inspect (and with it ast, dis and tokenize), and each class compiles six methods from
source text (about 4 million instructions a class, and a command creates twenty of them).
A record class gets the same behaviour from methods written once, here, but for __init__,
which is made from source text as dataclasses does (instances are made by the thousand: it
takes its arguments as any function does) when the class makes its first instance. Compiling
that text cost about 0.75M instructions a class, a dozen classes per command; the planner's
own classes find the function written ahead, as bytecode, in planner.record_inits, keyed by
that very text (`python -m planner.record_gen` writes it; a test holds it up to date and
complete). Any other class, or one whose fields changed since, compiles its text.

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

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from typing import Any, TypeVar, dataclass_transform

    T = TypeVar("T")
else:
    def dataclass_transform(**kwargs: object) -> Callable[[T], T]:
        """What type checkers read (typing's); at run time the decorator changes nothing."""
        return lambda decorated: decorated

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


_Slot = type(Field.__dict__["name"])  # a __slots__ entry's descriptor (types.MemberDescriptorType)


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


# Type checkers then know a record's __init__, fields and frozenness as they do a dataclass's.
@dataclass_transform(field_specifiers=(field, Field))
def record(cls: type[T] | None = None, /, *, frozen: bool = False, slots: bool = False) -> Any:
    def wrap(cls: type[T]) -> type[T]:
        return _process(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


def _process(cls: type[T], frozen: bool, slots: bool) -> type[T]:
    own = cls.__dict__
    found: list[Field] = []
    for name in own.get("__annotations__", {}):
        value = own.get(name, _MISSING)
        f = value if isinstance(value, Field) else Field(value)
        f.name = name
        found.append(f)
    names = tuple(f.name for f in found)
    after_default = False
    for f in found:
        if not f.init:
            continue
        has_default = f.default is not _MISSING or f.default_factory is not _MISSING
        if after_default and not has_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
        after_default = after_default or has_default
    left_out = {*names, "__dict__", "__weakref__"}
    body = {k: v for k, v in own.items() if k not in left_out}
    if slots:
        body["__slots__"] = names
    init_names = tuple(f.name for f in found if f.init)
    compared = [f.name for f in found if f.compare]
    body.update(
        __record_fields__=tuple(found),
        __record_init__=init_names,
        __record_post__="__post_init__" in own,
        __record_key__=_key(compared),
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
        if slots:  # copy and pickle restore slots with setattr, which frozen refuses
            body.setdefault("__getstate__", _getstate)
            body.setdefault("__setstate__", _setstate)
    new = type(cls)(cls.__name__, cls.__bases__, body)
    new.__qualname__ = cls.__qualname__
    return new


def _key(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The compared fields' values as a tuple, called with the record. Not a method (an
    attrgetter does not bind; the lambdas are static): staticmethod() copies a callable's
    name and doc, and an attrgetter has none, each miss an exception, at every class made."""
    if not names:
        return staticmethod(lambda obj: ())  # type: ignore[return-value]
    if len(names) == 1:
        one = names[0]
        return staticmethod(lambda obj: (getattr(obj, one),))  # type: ignore[return-value]
    return attrgetter(*names)


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    """The first instance of a class compiles its __init__ (as dataclasses does, but only for
    the classes a command uses, and only this method), then every instance uses that one."""
    cls = type(self)
    if cls.__init__ is _init:
        cls.__init__ = _compiled_init(cls)
    cls.__init__(self, *args, **kwargs)


def _compiled_init(cls: type) -> Callable[..., None]:
    """The class's __init__: written ahead in planner.record_inits when its source text is
    there (every record class of the planner; its module is bytecode once installed), else
    compiled from that text. Either way the same source makes it: the table is keyed by it."""
    from planner.record_inits import FACTORIES

    source, names = init_source(cls)
    made = FACTORIES.get(source)
    if made is not None:
        init = made(**names)
    else:
        exec(source, names)
        init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init  # type: ignore[no-any-return]


def init_source(cls: type) -> tuple[str, dict[str, Any]]:
    """The source text of the class's __init__ and the names it uses besides its arguments
    (the defaults and default factories, the slots' setters, _set and _MISSING)."""
    params, lines = [], []
    names: dict[str, Any] = {"_set": _set, "_MISSING": _MISSING}
    own = cls.__dict__
    for f in cls.__record_fields__:  # type: ignore[attr-defined]
        if not f.init:
            continue
        if f.default_factory is not _MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            value = f"_factory_{f.name}() if {f.name} is _MISSING else {f.name}"
        elif f.default is not _MISSING:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
            value = f.name
        else:
            params.append(f.name)
            value = f.name
        slot = own.get(f.name)
        if type(slot) is _Slot:  # set by the slot itself: object.__setattr__ looks it up again
            names[f"_set_{f.name}"] = slot.__set__
            lines.append(f"    _set_{f.name}(self, {value})")
        else:
            lines.append(f"    _set(self, {f.name!r}, {value})")
    if cls.__record_post__:  # type: ignore[attr-defined]
        lines.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines or ["    pass"])
    return source, names


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


def _getstate(self: Any) -> list[Any]:
    return [getattr(self, f.name) for f in self.__record_fields__]


def _setstate(self: Any, state: list[Any]) -> None:
    for f, value in zip(self.__record_fields__, state, strict=True):
        _set(self, f.name, value)
