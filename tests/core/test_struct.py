"""Struct classes (core/struct.py): attrs classes built when asked for, with a plain __init__ until then."""

from __future__ import annotations

import contextlib
import inspect
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from typing import Any, ClassVar

import attrs
import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations.core.errors import ArgumentTypeError
from apigwv2_integrations.core.struct import field, lazy_define, lazy_frozen
from apigwv2_integrations.core.type_checks import trusted_depth


def make_structs() -> tuple[type, type]:
    @lazy_frozen(kw_only=True)
    class Options:
        name: str
        tags: tuple[str, ...] = ()
        note: str | None = field(default=None, eq=False, repr=False)

    @lazy_frozen(kw_only=True)
    class Props(Options):
        size: int = 1

    return Options, Props


def test_a_struct_is_built_by_attrs_when_asked_for_with_its_subclasses() -> None:
    options, props = make_structs()
    assert options(name="a").name == "a"  # checked and made without the attrs class
    assert "__attrs_attrs__" not in options.__dict__
    assert "__attrs_attrs__" not in props.__dict__
    attrs.fields(options)
    assert "__attrs_attrs__" in options.__dict__
    assert "__attrs_attrs__" in props.__dict__


@pytest.mark.parametrize("built_first", ["Left", "Right"])
def test_a_struct_with_two_struct_bases_keeps_the_fields_of_both_whichever_is_built_first(
    built_first: str,
) -> None:
    @lazy_frozen(kw_only=True)
    class Base:
        a: int | None = None

    # Converters keep these two from the plain __init__: attrs builds them at first use.
    @lazy_frozen(kw_only=True)
    class Left(Base):
        b: int | None = field(default=None, converter=int)

    @lazy_frozen(kw_only=True)
    class Right(Base):
        c: int | None = field(default=None, converter=int)

    @lazy_frozen(kw_only=True)
    class Both(Left, Right):
        d: int | None = None

    attrs.fields({"Left": Left, "Right": Right}[built_first])

    @attrs.frozen(kw_only=True, slots=False)
    class AttrsBase:
        a: int | None = None

    @attrs.frozen(kw_only=True, slots=False)
    class AttrsLeft(AttrsBase):
        b: int | None = attrs.field(default=None, converter=int)

    @attrs.frozen(kw_only=True, slots=False)
    class AttrsRight(AttrsBase):
        c: int | None = attrs.field(default=None, converter=int)

    @attrs.frozen(kw_only=True, slots=False)
    class AttrsBoth(AttrsLeft, AttrsRight):
        d: int | None = None

    assert [f.name for f in attrs.fields(Both)] == [f.name for f in attrs.fields(AttrsBoth)]
    assert vars(Both(a=1, b=2, c=3, d=4)) == {"a": 1, "c": 3, "b": 2, "d": 4}


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
        size: int = field(default=1, converter=int)

    value = Options(size=2)
    value.size = "5"  # type: ignore[assignment]
    assert value.size == 5
    assert value == Options(size=5)
    assert repr(value) == "Options(size=5)"
    with pytest.raises(TypeError, match="unhashable type: 'Options'"):
        hash(value)


# --- the plain __init__ of structs made inside the package -------------------------------------------


@contextlib.contextmanager
def inside_the_package() -> Iterator[None]:
    """Calls made here are trusted as the package's own (no argument checks, which build attrs classes)."""
    trusted_depth[0] += 1
    try:
        yield
    finally:
        trusted_depth[0] -= 1


def make_family(log: list[str]) -> tuple[type, type]:
    def logged(label: str) -> Any:
        def convert(value: Any) -> Any:
            log.append(label)
            return tuple(value) if isinstance(value, list) else value

        return convert

    @lazy_frozen(kw_only=True)
    class Base:
        name: str
        size: int = 1
        _secret: str = "s"
        tags: tuple[str, ...] = field(default=(), converter=logged("tags"))
        extra: dict[str, str] = field(factory=dict)
        kind: ClassVar[str] = "base"

    @lazy_frozen(kw_only=True)
    class Derived(Base):
        size: int = 2  # overrides the inherited field, and moves after the inherited ones
        items: tuple[str, ...] = field(converter=logged("items"))
        counted: list[str] = field(factory=list, converter=logged("counted"))

    return Base, Derived


CALLS = [
    {"name": "a", "items": ["x"]},
    {
        "name": "b",
        "items": (),
        "size": 5,
        "secret": "t",
        "tags": ["u"],
        "extra": {"k": "v"},
        "counted": ["c"],
    },
]


def test_a_struct_made_inside_the_package_gets_a_plain_init_and_no_attrs_class() -> None:
    _, derived = make_family([])
    with inside_the_package():
        value = derived(name="a", items=["x"])
    assert "__attrs_attrs__" not in vars(derived)
    assert vars(value) == {
        "name": "a",
        "size": 2,
        "_secret": "s",
        "tags": (),
        "extra": {},
        "items": ("x",),
        "counted": (),
    }
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.name = "b"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del value.name


@pytest.mark.parametrize("call", CALLS)
def test_the_plain_init_sets_what_attrs_init_sets_calling_converters_in_the_same_order(
    call: dict[str, Any],
) -> None:
    plain_log: list[str] = []
    _, plain = make_family(plain_log)
    attrs_log: list[str] = []
    _, built = make_family(attrs_log)
    attrs.fields(built)  # builds the attrs class
    with inside_the_package():
        made_plain = plain(**call)
        made_by_attrs = built(**call)
    assert "__attrs_attrs__" not in vars(plain)
    assert list(vars(made_plain).items()) == list(vars(made_by_attrs).items())
    assert plain_log == attrs_log
    assert made_plain.extra is not plain(name="c", items=()).extra  # a factory makes a value per call


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {"name": "a"}, "items is missing; pass items=<a value>"),
        ((), {"items": ()}, "name is missing; pass name=<a str>"),
        (
            (),
            {"name": "a", "items": (), "colour": "red"},
            "colour='red' is not an argument of Derived; use one of name, secret, tags, extra, size, items, counted",
        ),
        (
            ("a",),
            {},
            "Derived takes keyword arguments only but was given 'a'; pass each by its keyword; "
            "name is missing; pass name=<a str>; items is missing; pass items=<a value>",
        ),
    ],
    ids=["missing", "other-missing", "unknown", "positional"],
)
def test_a_call_no_init_can_take_raises_the_same_error_from_the_plain_and_the_attrs_init(
    args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    _, plain = make_family([])
    _, built = make_family([])
    attrs.fields(built)
    with pytest.raises(ArgumentTypeError) as from_attrs:
        built(*args, **kwargs)
    with pytest.raises(ArgumentTypeError) as from_plain:
        plain(*args, **kwargs)
    assert str(from_plain.value) == str(from_attrs.value) == f"Derived: {message}"


def test_introspection_repr_eq_and_hash_build_the_attrs_class_of_a_plain_struct() -> None:
    base, derived = make_family([])
    with inside_the_package():
        first = derived(name="a", items=())
        second = derived(name="a", items=())
    assert "__attrs_attrs__" not in vars(derived)
    assert repr(first) == "Derived(name='a', _secret='s', tags=(), extra={}, size=2, items=(), counted=())"
    assert first == second
    assert "__attrs_attrs__" in vars(derived) and "__attrs_attrs__" in vars(base)
    assert [field.name for field in attrs.fields(derived)][3:5] == ["extra", "size"]
    assert attrs.evolve(first, name="b").name == "b"
    with inside_the_package():
        third = derived(name="a", items=())
    assert third == first and vars(third) == vars(first)


def test_a_struct_with_a_validator_is_built_by_attrs_at_first_use() -> None:
    @lazy_frozen(kw_only=True)
    class Checked:
        size: int = field(default=1, validator=attrs.validators.gt(0))

    with inside_the_package():
        Checked(size=2)
        with pytest.raises(ValueError, match="'size' must be > 0"):
            Checked(size=0)
    assert "__attrs_attrs__" in vars(Checked)


def test_arguments_from_outside_are_checked_against_the_fields_read_from_the_class() -> None:
    _, derived = make_family([])
    with pytest.raises(ArgumentTypeError, match=r"^Derived: name=5 is an int; use a str$"):
        derived(name=5, items=())
    with pytest.raises(ArgumentTypeError, match=r"^Derived: secret=1 is an int; use a str$"):
        derived(name="a", items=(), secret=1)
    assert derived(name="a", items=["x"]).items == ("x",)
    assert "__attrs_attrs__" not in vars(derived)


def test_a_struct_using_attrs_field_itself_is_built_by_attrs_at_first_use() -> None:
    @lazy_frozen(kw_only=True)
    class Direct:
        size: int = attrs.field(default=1, converter=int)

    with inside_the_package():
        assert Direct(size="2").size == 2  # type: ignore[arg-type]
    assert "__attrs_attrs__" in vars(Direct)


def test_importing_the_package_and_building_an_app_loads_no_module_it_does_not_need() -> None:
    # attrs (and inspect, which attrs imports) build a struct's class only when asked; threading, weakref
    # and copy serve features this app does not use.
    code = (
        "import sys, apigwv2_integrations as cdk\n"
        "from apigwv2_integrations import aws_apigatewayv2 as apigwv2, aws_lambda as lambda_\n"
        "from apigwv2_integrations import aws_apigatewayv2_integrations as integrations\n"
        "app = cdk.App(outdir=sys.argv[1]); stack = cdk.Stack(app, 'S')\n"
        "fn = lambda_.Function(stack, 'Fn', runtime=lambda_.Runtime.NODEJS_22_X, handler='index.handler',\n"
        "    code=lambda_.Code.from_inline('x'))\n"
        "apigwv2.HttpApi(stack, 'Api').add_routes(path='/', methods=[apigwv2.HttpMethod.GET],\n"
        "    integration=integrations.HttpLambdaIntegration('I', fn))\n"
        "app.synth()\n"
        "unused = ('attr', 'attrs', 'inspect', 'threading', 'weakref', 'copy')\n"
        "print(sorted(m for m in unused if m in sys.modules))\n"
    )
    with tempfile.TemporaryDirectory() as outdir:
        result = subprocess.run(
            [sys.executable, "-c", code, outdir], capture_output=True, text=True, check=True
        )
    assert result.stdout.strip() == "[]"


def test_a_mutable_struct_without_converters_gets_the_plain_init_and_stays_unhashable() -> None:
    @lazy_define(kw_only=True)
    class Options:
        size: int = 1
        tags: list[str] = field(factory=list)

    with inside_the_package():
        value = Options(size=2)
    assert "__attrs_attrs__" not in vars(Options)
    value.size = 3
    assert vars(value) == {"size": 3, "tags": []}
    with pytest.raises(TypeError, match="unhashable type: 'Options'"):
        hash(value)
    assert value == Options(size=3)
    assert repr(value) == "Options(size=3, tags=[])"
    with pytest.raises(TypeError, match="unhashable type: 'Options'"):
        hash(value)


def test_the_signature_of_a_struct_is_that_of_attrs_init() -> None:
    _, plain = make_family([])
    _, built = make_family([])
    attrs.fields(built)
    with inside_the_package():
        plain(name="a", items=())
    signature = inspect.signature(plain)
    assert list(signature.parameters) == ["name", "secret", "tags", "extra", "size", "items", "counted"]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in signature.parameters.values())
    assert str(signature) == str(inspect.signature(built))


@pytest.mark.parametrize("built_by_attrs", [False, True], ids=["plain", "attrs"])
def test_a_subclass_keeps_its_own_attributes_and_the_fields_stay_read_only(built_by_attrs: bool) -> None:
    # As aws_cdk's struct classes allow: `class TapStackProps(StackProps)` setting its own settings.
    base, _ = make_family([])
    if built_by_attrs:
        attrs.fields(base)

    class Settings(base):  # type: ignore[misc, valid-type]
        def __init__(self, stage: str, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.stage = stage

    settings = Settings("dev", name="a")
    assert (settings.stage, settings.name) == ("dev", "a")
    del settings.stage
    assert not hasattr(settings, "stage")
    for field_name in ("name", "secret", "_secret"):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(settings, field_name, "b")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del settings.name
    plain = base(name="a")
    plain.note = "kept"
    assert plain.note == "kept"


def test_a_dict_for_a_struct_may_use_aws_cdk_libs_camel_case_keys() -> None:
    # aws_cdk passes a dict inside a list of structs to JavaScript as it is: apps write camelCase there.
    stack = Stack(App(), "S")
    vpc = ec2.Vpc(
        stack,
        "Vpc",
        max_azs=1,
        subnet_configuration=[  # type: ignore[list-item]
            {"cidrMask": 24, "name": "public", "subnetType": ec2.SubnetType.PUBLIC},
            {"cidr_mask": 26, "name": "isolated", "subnet_type": ec2.SubnetType.PRIVATE_ISOLATED},
        ],
    )
    cidrs = [s.node.default_child.cidr_block for s in (*vpc.public_subnets, *vpc.isolated_subnets)]  # type: ignore[union-attr]
    assert cidrs == ["10.0.0.0/24", "10.0.1.0/26"]  # as aws-cdk-lib 2.275.0 synthesizes the same app
    with pytest.raises(ArgumentTypeError) as caught:
        ec2.Vpc(stack, "Other", subnet_configuration=[{"cidrMasc": 24, "name": "x"}])  # type: ignore[list-item]
    assert str(caught.value) == (
        "S/Other: subnet_configuration[0]={'cidrMasc': 24, 'name': 'x'} has no key 'cidrMasc'; use one of "
        "'name', 'subnet_type', 'cidr_mask', 'ipv6_assign_address_on_creation', 'map_public_ip_on_launch', "
        "'reserved'"
    )
