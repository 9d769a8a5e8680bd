"""The construct tree: ids, paths, addresses, children, dependencies, validation, context (core/construct.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigwv2_integrations import App, Construct, ConstructOrder, DependencyGroup, Node, Stack, ValidationError

VECTORS = json.loads((Path(__file__).parent.parent / "data" / "construct_addresses.json").read_text())


@pytest.fixture
def root() -> Construct:
    return Construct(None, "")


def test_empty_id_is_rejected_below_the_root(root: Construct) -> None:
    parent = Construct(root, "Parent")
    with pytest.raises(ValidationError) as error:
        Construct(parent, "")
    assert str(error.value) == "Parent: id='' is empty; only the root construct may have an empty id"


def test_non_string_id_is_a_type_error(root: Construct) -> None:
    with pytest.raises(TypeError) as error:
        Construct(root, 5)  # type: ignore[arg-type]
    assert str(error.value) == "Construct: id=5 is an int; use a str"


def test_non_construct_scope_is_a_type_error() -> None:
    with pytest.raises(TypeError) as error:
        Construct("scope", "A")  # type: ignore[arg-type]
    assert str(error.value) == "Construct('A'): scope='scope' is a str; use a Construct"


def test_slash_in_id_becomes_double_dash(root: Construct) -> None:
    child = Construct(Construct(root, "Api"), "GET /books")
    assert (child.node.id, child.node.path) == ("GET --books", "Api/GET --books")


def test_duplicate_sibling_id_names_the_parent_path_and_id(root: Construct) -> None:
    parent = Construct(Construct(root, "Stack"), "Api")
    Construct(parent, "Route")
    with pytest.raises(ValidationError) as error:
        Construct(parent, "Route")
    assert str(error.value) == (
        "Stack/Api: a construct with id 'Route' already exists in Stack/Api; give each sibling its own id"
    )


def test_duplicate_id_at_the_root_names_the_app(root: Construct) -> None:
    Construct(root, "A")
    with pytest.raises(ValidationError) as error:
        Construct(root, "A")
    assert (
        str(error.value) == "a construct with id 'A' already exists in the app; give each sibling its own id"
    )


def test_path_scope_root_and_scopes(root: Construct) -> None:
    a = Construct(root, "A")
    b = Construct(a, "B")
    assert (b.node.path, b.node.scope, b.node.root, b.node.scopes) == ("A/B", a, root, [root, a, b])
    assert Node.of(b) is b.node
    assert (str(b), repr(b), str(root)) == ("A/B", "<Construct A/B>", "<root>")


@pytest.mark.parametrize("vector", VECTORS, ids=["/".join(v["path"]) for v in VECTORS])
def test_addr_matches_the_constructs_package(vector: dict[str, object]) -> None:
    construct = Construct(None, "")
    for component in vector["path"]:  # type: ignore[attr-defined]
        construct = Construct(construct, component)
    assert construct.node.addr == vector["addr"]


def test_addr_is_42_characters_and_cached(root: Construct) -> None:
    node = Construct(root, "A").node
    assert len(node.addr) == 42 and node.addr is node.addr


def test_children_keep_insertion_order_and_find_child(root: Construct) -> None:
    b, a = Construct(root, "B"), Construct(root, "A")
    assert root.node.children == [b, a]
    assert root.node.find_child("A") is a
    assert root.node.try_find_child("Missing") is None
    assert root.node.try_find_child("GET /x") is None


def test_find_child_raises_with_the_path(root: Construct) -> None:
    parent = Construct(root, "Parent")
    with pytest.raises(ValidationError) as error:
        parent.node.find_child("Nope")
    assert str(error.value) == "Parent: has no child with id 'Nope'"


def test_try_find_child_sanitizes_the_id(root: Construct) -> None:
    child = Construct(root, "GET /books")
    assert root.node.try_find_child("GET /books") is child


def test_find_all_preorder_and_postorder(root: Construct) -> None:
    a = Construct(root, "A")
    a1 = Construct(a, "A1")
    b = Construct(root, "B")
    assert root.node.find_all() == [root, a, a1, b]
    assert root.node.find_all(ConstructOrder.POSTORDER) == [a1, a, b, root]


def test_default_child_is_resource_or_default(root: Construct) -> None:
    with_resource, with_default, without = Construct(root, "X"), Construct(root, "Y"), Construct(root, "Z")
    resource = Construct(with_resource, "Resource")
    default = Construct(with_default, "Default")
    Construct(without, "Other")
    assert (with_resource.node.default_child, with_default.node.default_child) == (resource, default)
    assert without.node.default_child is None


def test_add_dependency_and_dependencies(root: Construct) -> None:
    a, b, c, d = (Construct(root, name) for name in "ABCD")
    group = DependencyGroup(b)
    group.add(c)
    a.node.add_dependency(group, d)
    assert a.node.dependencies == [b, c, d]


def test_add_dependency_on_something_else_is_a_type_error(root: Construct) -> None:
    a = Construct(root, "A")
    a.node.add_dependency("B")
    with pytest.raises(TypeError) as error:
        _ = a.node.dependencies
    assert str(error.value) == "cannot depend on 'B': pass a construct or a DependencyGroup"


def test_validate_runs_every_validation(root: Construct) -> None:
    class Problems:
        def __init__(self, *problems: str) -> None:
            self.problems = list(problems)

        def validate(self) -> list[str]:
            return self.problems

    a = Construct(root, "A")
    a.node.add_validation(Problems("first"))
    a.node.add_validation(Problems())
    a.node.add_validation(Problems("second"))
    assert a.node.validate() == ["first", "second"]


def test_context_is_inherited_and_nearer_wins(root: Construct) -> None:
    root.node.set_context("k", "root")
    root.node.set_context("only-root", 1)
    a = Construct(root, "A")
    a.node.set_context("k", "a")
    b = Construct(a, "B")
    assert (b.node.try_get_context("k"), b.node.try_get_context("only-root")) == ("a", 1)
    assert b.node.try_get_context("missing") is None
    assert b.node.get_all_context() == {"k": "a", "only-root": 1}


def test_set_context_after_children_is_rejected(root: Construct) -> None:
    a = Construct(root, "A")
    Construct(a, "B")
    with pytest.raises(ValidationError) as error:
        a.node.set_context("k", 1)
    assert str(error.value) == "A: set_context('k') came after children were added; set context first"


def test_add_metadata_ignores_none(root: Construct) -> None:
    a = Construct(root, "A")
    a.node.add_metadata("note", {"x": 1})
    a.node.add_metadata("skipped", None)
    assert [(m.type, m.data) for m in a.node.metadata] == [("note", {"x": 1})]
    assert repr(a.node.metadata[0]) == "MetadataEntry(type='note', data={'x': 1})"


def test_is_construct() -> None:
    app = App()
    assert (Construct.is_construct(Stack(app, "S")), Construct.is_construct("S")) == (True, False)
