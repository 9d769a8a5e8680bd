"""Every public constructor and struct checks its arguments at the call, in the house shape."""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import apigwv2_integrations
from apigwv2_integrations import App, Duration, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_authorizers as authorizers
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_elasticloadbalancingv2 as elbv2
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_route53_targets as targets
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_lambda._scalable_function_attribute import ScalableFunctionAttribute
from apigwv2_integrations.core import type_check_messages, type_checks
from apigwv2_integrations.core.errors import ArgumentTypeError

# Every public package (the `local` emulator needs an optional extra and is left out when missing).
for _info in pkgutil.iter_modules(apigwv2_integrations.__path__):
    if _info.ispkg and not _info.name.startswith("_") and _info.name not in ("core", "cfn"):
        try:
            importlib.import_module(f"apigwv2_integrations.{_info.name}")
        except ImportError:
            continue


class _Wrong:
    """A value no annotation of the package accepts."""


WRONG = _Wrong()


def _checked_classes() -> list[type]:
    classes = []
    for cls in type_checks.public_classes():
        module = cls.__module__
        if module.startswith(type_checks._UNCHECKED_MODULES) or issubclass(cls, (BaseException, enum.Enum)):
            continue
        if (
            type_checks._is_protocol(cls)
            or f"{module}.{cls.__qualname__}" in type_checks._BUILT_BY_THE_PACKAGE
        ):
            continue
        classes.append(cls)
    return sorted(classes, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def _plan_of(cls: type) -> type_checks._Plan | None:
    if type_checks._is_struct(cls):
        return type_checks._struct_plan(cls)
    init = inspect.unwrap(cls.__init__)  # type: ignore[misc]
    if not isinstance(init, type(_plan_of)) or not init.__module__.startswith("apigwv2_integrations"):
        return None
    return type_checks._function_plan(init, cls, skip_first=True)


def _cases() -> Iterator[tuple[type, str]]:
    for cls in _checked_classes():
        plan = _plan_of(cls)
        if plan is None:
            continue
        for name in list(plan.checks):
            check = plan.check_of(name)
            if check is not None and name != "self" and check(WRONG) is not None:
                yield cls, name


CASES = list(_cases())


def test_the_generated_cases_cover_the_package() -> None:
    classes = {cls for cls, _ in CASES}
    assert len(classes) > 150
    for cls in (
        lambda_.Function,
        apigwv2.HttpApi,
        integrations.HttpUrlIntegration,
        apigwv2.CorsPreflightOptions,
    ):
        assert cls in classes


@pytest.mark.parametrize(("cls", "argument"), CASES, ids=[f"{c.__name__}-{a}" for c, a in CASES])
def test_every_public_constructor_names_the_argument_and_the_expected_type(cls: type, argument: str) -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        cls(**{argument: WRONG})
    message = str(caught.value)
    place, _, rest = message.partition(": ")
    assert place.startswith(cls.__name__)
    assert rest.startswith(f"{argument}=<_Wrong> is a _Wrong; use ")
    mismatch = _plan_of(cls).check_of(argument)(WRONG)  # type: ignore[union-attr]
    assert rest.endswith(type_check_messages.describe(mismatch.expected, WRONG))


def test_every_public_class_with_typed_arguments_checks_them() -> None:
    unchecked = []
    for cls in _checked_classes():
        if type_checks._is_struct(cls):
            continue
        init = cls.__init__  # type: ignore[misc]
        is_ours = (getattr(init, "__module__", None) or "").startswith("apigwv2_integrations")
        typed = is_ours and type_checks._needs_checks(inspect.unwrap(init), plumbing_too=True)
        if typed and not getattr(cls.__init__, "__type_checked__", False):  # type: ignore[misc]
            unchecked.append(cls.__qualname__)
    assert unchecked == []


@pytest.fixture
def books() -> Stack:
    return Stack(App(), "Books")


def function(stack: Stack, **keywords: Any) -> lambda_.Function:
    return lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("x"),
        **keywords,
    )


def test_a_duration_given_as_a_string(books: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        function(books, timeout="30")
    assert str(caught.value) == "Books/Fn: timeout='30' is a str; use a Duration, e.g. Duration.seconds(30)"


def test_a_duration_given_as_a_number_to_an_integration() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        integrations.HttpUrlIntegration("Books", "https://example.com", timeout=10)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "HttpUrlIntegration('Books'): timeout=10 is an int; use a Duration, e.g. Duration.seconds(10)"
    )


def test_an_enum_given_as_a_string_in_a_method(books: Stack) -> None:
    api = apigwv2.HttpApi(books, "Api")
    with pytest.raises(ArgumentTypeError) as caught:
        api.add_routes(path="/books", methods=["GET"], integration=None)  # type: ignore[list-item, arg-type]
    assert str(caught.value) == (
        "Books/Api.add_routes: methods[0]='GET' is a str; use an HttpMethod, e.g. HttpMethod.GET"
    )


def test_an_enum_value_that_matches_no_member_lists_the_members() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        apigwv2.CorsPreflightOptions(allow_methods=["FETCH"])  # type: ignore[list-item]
    assert str(caught.value) == (
        "CorsPreflightOptions: allow_methods[0]='FETCH' is a str; use a CorsHttpMethod (CorsHttpMethod.ANY, "
        "CorsHttpMethod.DELETE, CorsHttpMethod.GET, CorsHttpMethod.HEAD, CorsHttpMethod.OPTIONS, "
        "CorsHttpMethod.PATCH, CorsHttpMethod.POST, CorsHttpMethod.PUT)"
    )


def test_an_http_integration_on_a_web_socket_route(books: Stack) -> None:
    ws = apigwv2.WebSocketApi(books, "Ws")
    integration = integrations.HttpLambdaIntegration("Books", function(books))
    with pytest.raises(ArgumentTypeError) as caught:
        ws.add_route("send", integration=integration)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "Books/Ws.add_route: integration=<HttpLambdaIntegration> is an HttpLambdaIntegration; use a "
        "WebSocketRouteIntegration, such as WebSocketAwsIntegration, WebSocketLambdaIntegration or "
        "WebSocketMockIntegration"
    )


def test_a_protocol_names_what_is_expected_and_how_to_get_one() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        integrations.HttpSqsIntegration("Jobs", queue="jobs")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "HttpSqsIntegration('Jobs'): queue='jobs' is a str; use an IQueue (an SQS queue, defined in this app "
        "or imported), such as Queue or Queue.from_queue_arn(...)"
    )


def test_a_class_given_for_an_object_of_an_interface(books: Stack) -> None:
    # The class has the interface's methods, unbound: it is no object of the interface.
    with pytest.raises(ArgumentTypeError) as caught:
        apigwv2.HttpApi(books, "Api", default_authorizer=authorizers.HttpIamAuthorizer)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "Books/Api: default_authorizer=HttpIamAuthorizer is a class; use an IHttpRouteAuthorizer (an "
        "authorizer that routes can use); pass an object, not its class"
    )


def test_a_struct_dict_with_a_wrong_value(books: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        apigwv2.HttpApi(books, "Api", cors_preflight={"allow_origins": 5})
    assert str(caught.value) == "Books/Api: cors_preflight['allow_origins']=5 is an int; use a list of str"


def test_a_struct_dict_with_an_unknown_key(books: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        apigwv2.HttpApi(books, "Api", cors_preflight={"max_agee": Duration.days(1)})
    assert str(caught.value) == (
        "Books/Api: cors_preflight={'max_agee': Duration.days(1)} has no key 'max_agee'; use one of "
        "'allow_credentials', 'allow_headers', 'allow_methods', 'allow_origins', 'expose_headers', 'max_age'"
    )


def test_a_static_factory() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        Duration.seconds("30")  # type: ignore[arg-type]
    assert str(caught.value) == "Duration.seconds: amount='30' is a str; use a number"


def test_a_float_where_an_int_is_expected_asks_for_a_whole_number(books: Stack) -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        Vpc(books, "Network", max_azs=4 / 2)
    assert str(caught.value) == "Books/Network: max_azs=2.0 is a float; use a whole number (an int)"


def test_tokens_pass_where_a_str_or_number_is_expected(books: Stack) -> None:
    from apigwv2_integrations import Aws, Token

    fn = function(books, memory_size=Token.as_number(Aws.NO_VALUE), description=Aws.STACK_NAME)
    assert fn.node.path == "Books/Fn"


def test_a_struct_converted_from_a_dict_checks_nothing_twice(books: Stack) -> None:
    api = apigwv2.HttpApi(books, "Api", cors_preflight={"allow_origins": ["*"]})
    assert attrs.has(apigwv2.CorsPreflightOptions)
    assert api.node.path == "Books/Api"


def test_a_type_whose_name_sounds_like_you_takes_a() -> None:
    stack = Stack(App(), "Books")
    function = lambda_.Function(
        stack,
        "Fn",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({})"),
    )
    with pytest.raises(ArgumentTypeError) as caught:
        function.metric_errors(unit="Count")  # type: ignore[arg-type]
    assert str(caught.value) == "Books/Fn.metric_errors: unit='Count' is a str; use a Unit, e.g. Unit.COUNT"


def test_methods_a_construct_runs_from_a_protocol_are_checked() -> None:
    # The metric methods of APIs and stages are written once, on protocols, which are never wrapped.
    stack = Stack(App(), "Books")
    api = apigwv2.HttpApi(stack, "Api")
    assert api.default_stage is not None
    calls = {
        "Books/Api.metric_client_error": lambda: api.metric_client_error(period="5"),  # type: ignore[arg-type]
        "Books/Api/DefaultStage.metric_latency": lambda: api.default_stage.metric_latency(period="5"),  # type: ignore[union-attr, arg-type]
    }
    for where, call in calls.items():
        with pytest.raises(ArgumentTypeError) as caught:
            call()
        assert str(caught.value) == f"{where}: period='5' is a str; use a Duration, e.g. Duration.seconds(5)"


def test_unexported_classes_of_mechanism_modules_check_calls_from_outside(books: Stack) -> None:
    # A user reaches them through what a public method returns (Alias.add_auto_scaling()).
    alias = lambda_.Alias(books, "Live", alias_name="live", version=function(books).current_version)
    scaling = alias.add_auto_scaling(max_capacity=5)
    assert isinstance(scaling, ScalableFunctionAttribute)
    with pytest.raises(ArgumentTypeError) as caught:
        scaling.scale_on_utilization(utilization_target="0.5")  # type: ignore[arg-type]
    assert "utilization_target='0.5' is a str" in str(caught.value)


def test_an_enum_member_where_its_text_is_taken_says_the_text_to_pass() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        integrations.WebSocketAwsIntegration(
            "Start",
            integration_uri="arn:aws:apigateway:us-east-1:states:action/StartExecution",
            integration_method=apigwv2.HttpMethod.POST,  # type: ignore[arg-type]
        )
    assert str(caught.value) == (
        "WebSocketAwsIntegration('Start'): integration_method=<HttpMethod.POST: 'POST'> is an HttpMethod; "
        "use a str, e.g. 'POST'"
    )


def test_a_class_of_the_same_name_from_another_service_is_named_with_its_module() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        lambda_.FunctionUrlCorsOptions(allowed_methods=[apigwv2.HttpMethod.GET])  # type: ignore[list-item]
    assert str(caught.value) == (
        "FunctionUrlCorsOptions: allowed_methods[0]=<HttpMethod.GET: 'GET'> is an HttpMethod of "
        "aws_apigatewayv2; use an HttpMethod (HttpMethod.GET, HttpMethod.PUT, HttpMethod.HEAD, HttpMethod.POST, "
        "HttpMethod.DELETE, HttpMethod.PATCH, HttpMethod.OPTIONS, HttpMethod.ALL) of aws_lambda"
    )


def test_an_object_of_an_interface_may_leave_out_its_optional_members(books: Stack) -> None:
    # aws_cdk's IAliasRecordTargetProps has only optional members: an object with one of them is one.
    class HealthEvaluated:
        evaluate_target_health = True

    balancer = elbv2.ApplicationLoadBalancer(books, "Alb", vpc=Vpc(books, "Vpc", max_azs=2))
    assert targets.LoadBalancerTarget(balancer, HealthEvaluated()).props is not None
    for plain in ({"evaluate_target_health": True}, "yes"):
        with pytest.raises(ArgumentTypeError) as caught:
            targets.LoadBalancerTarget(balancer, plain)  # type: ignore[arg-type]
        assert "use an IAliasRecordTargetProps" in str(caught.value)
