"""planner.record behaves as dataclasses does, for the uses the domain makes of it."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from functools import cached_property
from types import MappingProxyType

import pytest

from planner import record as rec


def both(frozen: bool, slots: bool):
    """The same class body made by @dataclass and by @record."""

    def make(decorator, field):
        @decorator(frozen=frozen, slots=slots)
        class Talk:
            id: str
            title: str
            page: int | None = None
            tags: tuple[str, ...] = ()
            notes: dict = field(default_factory=dict, compare=False)

        return Talk

    return make(dataclasses.dataclass, dataclasses.field), make(rec.record, rec.field)


CALLS = [(("a", "A"), {}), (("a",), {"title": "A"}), ((), {"id": "a", "title": "A", "page": 3}),
         (("a", "A", 1, ("x",), {"k": 1}), {}), (("a", "A"), {"tags": ("y",)})]
BAD_CALLS = [((), {}), (("a",), {}), (("a", "A", 1, (), {}, "extra"), {}),
             (("a", "A"), {"nope": 1}), (("a", "A"), {"id": "b"})]


@pytest.mark.parametrize("frozen", [True, False])
@pytest.mark.parametrize("slots", [True, False])
def test_a_record_is_made_as_a_dataclass_is(frozen, slots):
    dc, rc = both(frozen, slots)
    for args, kw in CALLS:
        d, r = dc(*args, **kw), rc(*args, **kw)
        assert repr(r) == repr(d)
        assert r == rc(*args, **kw)
        assert (r != rc(*args, **kw)) is False
        assert r != d  # another class: never equal, as dataclasses
        assert [f.name for f in rec.fields(r)] == [f.name for f in dataclasses.fields(d)]
        if frozen:
            assert hash(r) == hash(rc(*args, **kw))
            with pytest.raises(AttributeError):
                r.title = "B"
            with pytest.raises(rec.FrozenInstanceError):
                del r.title
        else:
            assert type(r).__hash__ is None and type(d).__hash__ is None
            r.title = "B"
            assert r.title == "B"
        assert hasattr(r, "__dict__") == hasattr(d, "__dict__") == (not slots)
        assert copy.copy(r) == r and copy.deepcopy(r) == r
    for args, kw in BAD_CALLS:
        with pytest.raises(TypeError):
            dc(*args, **kw)
        with pytest.raises(TypeError):
            rc(*args, **kw)


@rec.record(frozen=True, slots=True)
class Pickled:
    id: str
    tags: tuple[str, ...] = ()


def test_a_frozen_slotted_record_pickles_as_a_dataclass_does():
    one = Pickled("a", ("x",))
    assert pickle.loads(pickle.dumps(one)) == one


def test_each_instance_gets_its_own_default_from_the_factory():
    _, rc = both(False, True)
    a, b = rc("a", "A"), rc("b", "B")
    a.notes["k"] = 1
    assert b.notes == {}


def test_replace_changes_the_named_fields_and_keeps_the_rest():
    dc, rc = both(True, True)
    r = rc("a", "A", 2, ("x",))
    assert rec.replace(r, title="B") == rc("a", "B", 2, ("x",))
    assert repr(rec.replace(r, page=None)) == repr(dataclasses.replace(dc("a", "A", 2, ("x",)),
                                                                       page=None))
    assert rec.replace(r) == r and rec.replace(r) is not r


def test_post_init_fields_not_in_init_and_own_methods():
    @rec.record(frozen=True, slots=True)
    class Index:
        items: tuple[str, ...]
        by_first: dict = rec.field(init=False, repr=False, compare=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "by_first", {i[0]: i for i in self.items})

    i = Index(("ab", "cd"))
    assert i.by_first == {"a": "ab", "c": "cd"}
    assert repr(i) == "test_post_init_fields_not_in_init_and_own_methods.<locals>.Index(" \
        "items=('ab', 'cd'))"
    assert i == Index(("ab", "cd")) and hash(i) == hash(Index(("ab", "cd")))
    with pytest.raises(TypeError):
        Index(("ab",), by_first={})

    @rec.record(frozen=True)
    class Bag:
        entries: MappingProxyType = rec.field(default_factory=lambda: MappingProxyType({}))

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Bag) and dict(self.entries) == dict(other.entries)

        def __hash__(self) -> int:
            return 7

        @cached_property
        def size(self) -> int:
            return len(self.entries)

    b = Bag(MappingProxyType({"a": 1}))
    assert b.size == 1 and hash(b) == 7 and b == Bag(MappingProxyType({"a": 1}))
    assert Bag() == Bag()


def test_the_domain_classes_are_records():
    from planner.agenda import Agenda, Entry
    from planner.program import Paper, Program

    for cls in (Agenda, Entry, Paper, Program):
        assert hasattr(cls, "__record_fields__"), cls
    assert rec.is_record(Entry("2025-01-01T00:00:00+00:00")) and not rec.is_record(Entry)
