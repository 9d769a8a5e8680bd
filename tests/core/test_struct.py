"""Struct classes (core/struct.py): attrs classes built on first use, with the methods attrs writes."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from apigwv2_integrations.core.struct import lazy_define, lazy_frozen


def make_structs() -> tuple[type, type]:
    @lazy_frozen(kw_only=True)
    class Options:
        name: str
        tags: tuple[str, ...] = ()
        note: str | None = attrs.field(default=None, eq=False, repr=False)

    @lazy_frozen(kw_only=True)
    class Props(Options):
        size: int = 1

    return Options, Props


def test_a_struct_is_realized_on_first_use_with_its_subclasses() -> None:
    options, props = make_structs()
    assert "__attrs_attrs__" not in options.__dict__
    assert "__attrs_attrs__" not in props.__dict__
    options(name="a")
    assert "__attrs_attrs__" in options.__dict__
    assert "__attrs_attrs__" in props.__dict__


def test_introspection_realizes_the_struct() -> None:
    options, _ = make_structs()
    assert [f.name for f in attrs.fields(options)] == ["name", "tags", "note"]
    assert attrs.has(options)


def test_repr_lists_the_fields_in_order_and_leaves_out_repr_false_fields() -> None:
    _, props = make_structs()
    assert repr(props(name="a", tags=("x",), note="hidden", size=3)) == (
        "Props(name='a', tags=('x',), size=3)"
    )


def test_equality_compares_eq_fields_of_the_same_class_only() -> None:
    options, props = make_structs()
    assert options(name="a", note="one") == options(name="a", note="two")
    assert options(name="a") != options(name="b")
    assert options(name="a") != props(name="a")
    assert (options(name="a") == "a") is False


def test_equal_structs_hash_equally_and_unhashable_values_raise() -> None:
    options, _ = make_structs()
    assert hash(options(name="a", note="one")) == hash(options(name="a", note="two"))
    assert len({options(name="a"), options(name="a"), options(name="b")}) == 2
    with pytest.raises(TypeError, match="unhashable type: 'list'"):
        hash(options(name="a", tags=["x"]))  # type: ignore[arg-type]


def test_structs_are_frozen_keyword_only_and_evolve() -> None:
    options, _ = make_structs()
    value = options(name="a")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.name = "b"  # type: ignore[misc]
    with pytest.raises(TypeError):
        options("a")
    assert attrs.evolve(value, name="b") == options(name="b")


def test_a_method_the_class_defines_itself_is_kept() -> None:
    @lazy_frozen(kw_only=True)
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

    assert repr(Named(name="a")) == "<a>"


def _written_by_attrs(method: Any) -> bool:
    return bool(method.__code__.co_filename.startswith("<attrs generated"))


def test_repr_eq_and_hash_are_written_by_attrs_on_first_call() -> None:
    options, _ = make_structs()
    value = options(name="a")
    assert not _written_by_attrs(vars(options)["__repr__"])
    repr(value)
    assert all(_written_by_attrs(vars(options)[name]) for name in ("__repr__", "__eq__", "__hash__"))


def test_repr_of_a_struct_that_contains_itself_is_cut_short() -> None:
    @lazy_frozen(kw_only=True)
    class Node:
        children: list[object]

    node = Node(children=[])
    node.children.append(node)
    assert repr(node) == "Node(children=[...])"


def test_a_nested_struct_keeps_its_qualified_name() -> None:
    class Outer:
        @lazy_frozen(kw_only=True)
        class Inner:
            size: int = 1

    assert Outer.Inner.__qualname__.endswith("Outer.Inner")
    assert repr(Outer.Inner(size=2)) == "Outer.Inner(size=2)"


def test_methods_that_use_super_see_the_struct_class() -> None:
    class Base:
        def describe(self) -> str:
            return "base"

    @lazy_frozen(kw_only=True)
    class Child(Base):
        name: str

        def describe(self) -> str:
            return f"{self.name} of {super().describe()}"

    assert Child(name="a").describe() == "a of base"


def test_lazy_define_is_a_mutable_unhashable_struct_that_converts_on_assignment() -> None:
    @lazy_define(kw_only=True)
    class Options:
        size: int = attrs.field(default=1, converter=int)

    value = Options(size=2)
    value.size = "5"  # type: ignore[assignment]
    assert value.size == 5
    assert value == Options(size=5)
    assert repr(value) == "Options(size=5)"
    with pytest.raises(TypeError, match="unhashable type: 'Options'"):
        hash(value)
