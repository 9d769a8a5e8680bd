"""The typing names the package uses at run time (core/runtime_typing.py), and apps that never load typing."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations.core import runtime_typing, type_check_messages, type_checks
from apigwv2_integrations.core.construct import Construct, IConstruct
from apigwv2_integrations.core.resource_types import IResource

_ROUTE_APP = textwrap.dedent(
    """
    import sys
    import apigwv2_integrations as cdk
    from apigwv2_integrations import aws_apigatewayv2 as apigwv2
    from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
    from apigwv2_integrations import aws_lambda as lambda_

    app = cdk.App(outdir=sys.argv[1])
    stack = cdk.Stack(app, "Api")
    fn = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
        environment={"TABLE": "items"},
    )
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(
        path="/items", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("I", fn)
    )
    try:
        lambda_.Function(stack, "Bad", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                         code=lambda_.Code.from_inline("x"), environment={"TABLE": 3})
    except TypeError as error:
        print(error)
    app.synth()
    print(sorted(m for m in ("typing", "contextlib", "importlib.util", "ast") if m in sys.modules))
    """
)


def test_an_api_app_runs_its_type_checks_without_loading_typing(tmp_path: pytest.TempPathFactory) -> None:
    output = subprocess.run(
        [sys.executable, "-c", _ROUTE_APP, str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert output == [
        "Api/Bad: environment['TABLE']=3 is an int; use a str",
        "[]",
    ]


_MISTAKES_APP = textwrap.dedent(
    """
    import sys
    if sys.argv[1] == "typing":
        import typing
    import apigwv2_integrations as cdk
    from apigwv2_integrations import aws_apigatewayv2 as apigwv2
    from apigwv2_integrations import aws_iam as iam
    from apigwv2_integrations import aws_lambda as lambda_

    stack = cdk.Stack(cdk.App(), "S")
    code = lambda_.Code.from_inline("x")
    fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="i.h", code=code)
    api = apigwv2.HttpApi(stack, "Api")
    calls = [
        lambda: apigwv2.HttpApi(stack, "A1", cors_preflight={"allow_methods": ["GET"]}),
        lambda: apigwv2.HttpApi(stack, "A2", cors_preflight={"allow_methodz": []}),
        lambda: api.add_routes(path="/y", methods=[apigwv2.HttpMethod.GET], integration=fn),
        lambda: lambda_.Function(stack, "F4", runtime=lambda_.Runtime.NODEJS_22_X, handler="i.h", code=code, layers=[fn]),
        lambda: iam.Role(stack, "R", assumed_by="lambda.amazonaws.com"),
        lambda: iam.PolicyStatement(actions="s3:GetObject"),
        lambda: fn.add_environment("K", 3),
        lambda: cdk.CfnOutput(stack, "O", value=fn),
    ]
    for call in calls:
        try:
            call()
        except TypeError as error:
            print(error)
    print("typing" in sys.modules)
    """
)


def test_mistakes_are_reported_alike_with_and_without_typing_loaded() -> None:
    runs = {
        mode: subprocess.run(
            [sys.executable, "-c", _MISTAKES_APP, mode], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        for mode in ("plain", "typing")
    }
    assert runs["plain"][-1] == "False" and runs["typing"][-1] == "True"
    assert runs["plain"][:-1] == runs["typing"][:-1]
    assert len(runs["plain"]) == 9
    assert runs["plain"][1] == (
        "S/A2: cors_preflight={'allow_methodz': []} has no key 'allow_methodz'; use one of 'allow_credentials', "
        "'allow_headers', 'allow_methods', 'allow_origins', 'expose_headers', 'max_age'"
    )


def test_an_interface_is_a_protocol_and_a_class_implementing_it_is_not() -> None:
    assert IConstruct._is_protocol is True  # type: ignore[attr-defined]
    assert IResource._is_protocol is True  # type: ignore[attr-defined]

    class Named(Construct, IResource):
        pass

    assert Named._is_protocol is False  # type: ignore[attr-defined]
    assert isinstance(Named.__new__(Named), IResource)  # type: ignore[type-abstract]  # named among its bases
    assert typing_protocol_free(Named)


def typing_protocol_free(cls: type) -> bool:
    return not any(f"{base.__module__}.{base.__qualname__}" == "typing.Protocol" for base in cls.__mro__)


def test_isinstance_matches_a_runtime_checkable_interface_by_members_as_typing_does() -> None:
    class Complete:
        def bind(self, options: object) -> object:
            return options

    class Lacking:
        pass

    assert isinstance(Complete(), apigwv2.IHttpRouteAuthorizer)
    assert not isinstance(Lacking(), apigwv2.IHttpRouteAuthorizer)
    assert not isinstance(Complete(), IConstruct)  # lacks `node`

    class NotChecked(runtime_typing.Protocol):  # an interface without runtime_checkable: nominal only
        def bind(self, options: object) -> object: ...

    assert not isinstance(Complete(), NotChecked)  # type: ignore[misc]


def test_isinstance_against_an_interface_runs_no_property_of_the_object() -> None:
    runs: list[str] = []

    class Lazy:
        @property
        def node(self) -> object:
            runs.append("node")
            raise RuntimeError("built on first read")

        def with_(self, *mixins: object) -> object:
            return self

    class WithSlot:
        __slots__ = ("node",)

        def with_(self, *mixins: object) -> object:
            return self

    assert isinstance(Lazy(), IConstruct)
    assert isinstance(WithSlot(), IConstruct)
    assert runs == []


def test_every_interface_of_a_loaded_module_is_built_on_the_stand_in() -> None:
    typing_protocol = "typing.Protocol"
    classes = [cls for cls in type_checks.public_classes() if type_checks._is_protocol(cls)]
    assert len(classes) > 50
    for cls in classes:
        bases = {f"{base.__module__}.{base.__qualname__}" for base in cls.__mro__}
        assert typing_protocol not in bases, cls
        assert runtime_typing.Protocol in cls.__mro__, cls


def test_an_object_of_the_user_matches_an_interface_by_its_members() -> None:
    class StandIn:  # implements IHttpRouteAuthorizer's bind without naming it
        def bind(self, options: object) -> object:
            return options

    assert type_checks._conforms(StandIn(), apigwv2.IHttpRouteAuthorizer)
    assert not type_checks._conforms(object(), apigwv2.IHttpRouteAuthorizer)


def test_the_stand_ins_do_what_typing_does_at_run_time() -> None:
    value = object()
    assert runtime_typing.cast("list[str]", value) is value

    @runtime_typing.runtime_checkable
    class IThing(runtime_typing.Protocol):
        def name(self) -> str: ...

    class Thing(IThing):
        def name(self) -> str:
            return "thing"

    assert IThing._is_protocol and IThing._is_runtime_protocol  # type: ignore[attr-defined]
    assert Thing._is_protocol is False  # type: ignore[attr-defined]
    variable = runtime_typing.TypeVar("T", bound="Construct")  # type: ignore[misc]
    assert (variable.__name__, variable.__bound__, repr(variable)) == ("T", "Construct", "~T")

    class Box(runtime_typing.Generic[variable]):  # type: ignore[misc]
        pass

    assert Box[int] is Box  # type: ignore[misc]
    assert runtime_typing.overload(Thing.name) is Thing.name
    assert runtime_typing.dataclass_transform(kw_only_default=True)(Thing) is Thing


def test_any_in_an_annotation_is_read_without_typing() -> None:
    namespace = type_checks._Namespace(None, "apigwv2_integrations.aws_lambda.function")
    any_value = namespace["Any"]
    assert type_checks._is_any(any_value)
    assert type_checks._is_any(any_value | None) and type_checks._is_any(None | any_value)
    assert type_checks._compile(any_value) is None
    assert type_check_messages.describe(any_value) == "any value"


# Lambda handler code shipped as an asset runs without the package, with typing of its own.
_HANDLER_FILES = {"aws_s3/_bucket_notifications_handler.py", "aws_logs/_log_retention_handler/index.py"}


def _imports_typing_at_run_time(tree: ast.Module) -> bool:
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "typing":
            return True
        if isinstance(node, ast.Import) and any(alias.name == "typing" for alias in node.names):
            return True
    return False


def test_no_module_of_the_package_imports_typing_at_run_time() -> None:
    package = Path(runtime_typing.__file__).parent.parent
    offenders = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if relative not in _HANDLER_FILES and _imports_typing_at_run_time(ast.parse(path.read_text("utf-8"))):
            offenders.append(relative)
    assert offenders == []


_BASES_APPS_EXTEND = (
    "Stack", "Construct", "Resource", "NestedStack", "Stage", "App", "CustomResource", "CfnResource",
    "aws_lambda.Function", "aws_lambda.DockerImageFunction", "aws_apigatewayv2.HttpApi",
    "aws_apigatewayv2.WebSocketApi", "aws_apigatewayv2.HttpRouteIntegration",
    "aws_apigatewayv2.WebSocketRouteIntegration", "aws_apigatewayv2.HttpAuthorizer", "aws_iam.Role",
    "aws_sqs.Queue", "aws_dynamodb.Table", "aws_s3.Bucket", "aws_ec2.Vpc", "aws_cognito.UserPool",
)  # fmt: skip


@pytest.mark.parametrize("dotted", _BASES_APPS_EXTEND)
def test_typing_get_type_hints_reads_an_app_subclass_of_a_base_apps_extend(dotted: str) -> None:
    import typing

    import apigwv2_integrations

    base: Any = apigwv2_integrations
    for part in dotted.split("."):
        base = getattr(base, part)

    class Extended(base):  # type: ignore[misc,valid-type]
        table_name: str = "items"

    assert typing.get_type_hints(Extended)["table_name"] is str
