"""The construct tree: ids, paths, addresses, children, dependencies, validation, context (core/construct.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigwv2_integrations import (
    App,
    Construct,
    ConstructOrder,
    Dependable,
    DependencyGroup,
    IConstruct,
    Node,
    RootConstruct,
    Stack,
    ValidationError,
)
from apigwv2_integrations.core.construct import ledger

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


def test_default_child_can_be_set_and_both_names_need_a_choice(root: Construct) -> None:
    holder = Construct(root, "Holder")
    resource, default, other = (Construct(holder, name) for name in ("Resource", "Default", "Other"))
    with pytest.raises(ValidationError) as raised:
        holder.node.default_child  # noqa: B018
    assert str(raised.value) == (
        'Holder: has both a "Resource" and a "Default" child; set node.default_child to say which is the '
        "default child"
    )
    holder.node.default_child = other
    assert holder.node.default_child is other
    holder.node.default_child = None
    holder.node.try_remove_child("Default")
    assert holder.node.default_child is resource and default.node.path == "Holder/Default"


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


class _TagChildren:
    """A mixin for tests: records every construct it is applied to, and adds a child to the first."""

    def __init__(self, add_child_to: Construct | None = None) -> None:
        self.applied: list[str] = []
        self._add_child_to = add_child_to

    def supports(self, construct: IConstruct) -> bool:
        return construct.node.id != "Skipped"

    def apply_to(self, construct: IConstruct) -> None:
        self.applied.append(construct.node.path)
        if construct is self._add_child_to:
            Construct(self._add_child_to, "AddedByMixin")


def test_with_applies_each_mixin_to_the_construct_and_all_below_it(root: Construct) -> None:
    parent = Construct(root, "Parent")
    Construct(Construct(parent, "A"), "Deep")
    Construct(parent, "Skipped")
    first, second = _TagChildren(), _TagChildren()
    assert parent.with_(first, second) is parent
    assert first.applied == ["Parent", "Parent/A", "Parent/A/Deep"]
    assert second.applied == first.applied


def test_with_does_not_visit_constructs_a_mixin_adds(root: Construct) -> None:
    parent = Construct(root, "Parent")
    mixin = _TagChildren(add_child_to=parent)
    parent.with_(mixin)
    assert mixin.applied == ["Parent"]
    assert [c.node.id for c in parent.node.children] == ["AddedByMixin"]
    again = _TagChildren()
    parent.with_(again)
    assert again.applied == ["Parent", "Parent/AddedByMixin"]


def test_with_on_a_stack_records_each_application_as_aws_cdk_lib_does(app: App) -> None:
    stack = Stack(app, "S")
    plain = Construct(stack, "Plain")
    stack.with_(_TagChildren())
    plain.with_(_TagChildren())
    plain.node.with_(_TagChildren())
    assert [(m.type, m.data) for m in plain.node.metadata] == [("aws:cdk:analytics:mixin", {"mixin": "*"})]
    assert [(m.type, m.data) for m in stack.node.metadata] == [("aws:cdk:analytics:mixin", {"mixin": "*"})]


def test_node_with_returns_the_host(root: Construct) -> None:
    parent = Construct(root, "Parent")
    assert parent.node.with_(_TagChildren()) is parent


def test_to_string_is_the_path_and_root_for_the_root(root: Construct) -> None:
    assert Construct(Construct(root, "A"), "B").to_string() == "A/B"
    assert root.to_string() == "<root>"
    assert Node.PATH_SEP == "/"


def test_get_context_finds_the_nearest_value_or_raises(root: Construct) -> None:
    root.node.set_context("color", "blue")
    child = Construct(root, "Child")
    assert child.node.get_context("color") == "blue"
    with pytest.raises(ValidationError) as error:
        child.node.get_context("size")
    assert str(error.value) == (
        "Child: has no context value 'size'; set it with node.set_context() or App(context=...)"
    )


def test_get_all_context_lets_the_tree_override_defaults(root: Construct) -> None:
    root.node.set_context("color", "blue")
    child = Construct(root, "Child")
    assert child.node.get_all_context({"color": "red", "size": 1}) == {"color": "blue", "size": 1}


def test_remove_dependency_removes_the_same_object(root: Construct) -> None:
    a, b, c = Construct(root, "A"), Construct(root, "B"), Construct(root, "C")
    a.node.add_dependency(b, c)
    a.node.remove_dependency(b)
    assert a.node.dependencies == [c]


def test_a_locked_construct_and_its_subtree_take_no_new_children(root: Construct) -> None:
    parent = Construct(root, "Parent")
    child = Construct(parent, "Child")
    assert not child.node.locked
    parent.node.lock()
    assert parent.node.locked and child.node.locked and not root.node.locked
    with pytest.raises(ValidationError) as error:
        Construct(child, "Late")
    assert (
        str(error.value)
        == "Parent/Child: is locked; cannot add child 'Late', add children before node.lock()"
    )
    Construct(root, "Sibling")


def test_root_construct_is_a_tree_root_with_an_empty_id_by_default() -> None:
    root = RootConstruct()
    assert root.node.path == "" and root.node.scope is None
    assert Construct(root, "Child").node.path == "Child"
    assert RootConstruct("Named").node.id == "Named"


def test_metadata_trace_is_recorded_only_when_asked_for(root: Construct) -> None:
    def add_with_trace() -> None:
        root.node.add_metadata("traced", 1, stack_trace=True)

    add_with_trace()
    root.node.add_metadata("plain", 2)
    root.node.add_metadata("given", 3, stack_trace_override=["at somewhere"])
    traced, plain, given = root.node.metadata
    assert traced.trace is not None and traced.trace[0].startswith("add_with_trace (")
    assert traced.trace[0].endswith(f"{__file__}:{add_with_trace.__code__.co_firstlineno + 1})")
    assert plain.trace is None
    assert given.trace == ["at somewhere"]
    assert repr(plain) == "MetadataEntry(type='plain', data=2)"


def test_metadata_trace_starts_below_trace_from_function(root: Construct) -> None:
    def outer() -> None:
        inner()

    def inner() -> None:
        root.node.add_metadata("traced", 1, stack_trace=True, trace_from_function=inner)

    outer()
    trace = root.node.metadata[0].trace
    assert trace is not None and trace[0].startswith("outer (")


class _Pair:
    """A plain object that stands for two constructs once made dependable."""


class _RootsOf(Dependable):
    def __init__(self, *roots: IConstruct) -> None:
        self._roots = list(roots)

    @property
    def dependency_roots(self) -> list[IConstruct]:
        return self._roots


def test_dependable_implement_makes_any_object_a_dependency(root: Construct) -> None:
    a, b, c = Construct(root, "A"), Construct(root, "B"), Construct(root, "C")
    pair = _Pair()
    Dependable.implement(pair, _RootsOf(b, c))
    a.node.add_dependency(pair)
    assert a.node.dependencies == [b, c]
    assert Dependable.of(pair).dependency_roots == [b, c]


def test_dependable_of_a_construct_or_group_lists_its_roots(root: Construct) -> None:
    a, b = Construct(root, "A"), Construct(root, "B")
    assert Dependable.of(a).dependency_roots == [a]
    assert Dependable.of(DependencyGroup(a, _RootsOf(b))).dependency_roots == [a, b]
    with pytest.raises(TypeError) as error:
        Dependable.of(["not", "dependable"])  # type: ignore[arg-type]
    assert str(error.value) == (
        "cannot depend on ['not', 'dependable']: pass a construct or a DependencyGroup"
    )


def test_ledger_is_kept_per_construct_and_name_on_its_node() -> None:
    app = App()
    first, second = Construct(app, "First"), Construct(app, "Second")
    ledger(first, "keys")["GET /"] = "First/Route"
    assert ledger(first, "keys") == {"GET /": "First/Route"}
    assert ledger(first, "counts") == {}
    assert ledger(second, "keys") == {}
    assert ledger(Construct(App(), "First"), "keys") == {}


def test_errors_about_the_app_name_it() -> None:
    app = App()
    with pytest.raises(ValidationError) as error:
        app.node.get_context("stage")
    assert str(error.value) == (
        "the App has no context value 'stage'; set it with node.set_context() or App(context=...)"
    )
    with pytest.raises(ValidationError) as error:
        app.node.find_child("Api")
    assert str(error.value) == "the App has no child with id 'Api'"
