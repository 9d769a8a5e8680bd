"""SingletonFunction: one function per stack however often it is declared (aws_lambda/singleton_lambda.py)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Construct, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.aws_lambda_event_sources import SqsEventSource
from apigwv2_integrations.core.errors import ArgumentTypeError, ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
UUID = "f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc"
FUNCTION_ID = "SingletonLambdaf7d4f7304ee111e89c2dfa7ae01bbebc"
CODE = lambda_.Code.from_inline("def handler(event, context):\n    return {}\n")


def singleton(scope: Construct, id: str = "Provider", **options: Any) -> lambda_.SingletonFunction:
    options.setdefault("uuid", UUID)
    options.setdefault("runtime", lambda_.Runtime.PYTHON_3_12)
    return lambda_.SingletonFunction(scope, id, code=CODE, handler="index.handler", **options)


def functions_of(rendered: dict[str, Any]) -> dict[str, Any]:
    return resources_of_type(rendered, "AWS::Lambda::Function")


def test_keywords_are_the_props_fields() -> None:
    keywords = [
        name
        for name in inspect.signature(lambda_.SingletonFunction.__init__).parameters
        if name not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(lambda_.SingletonFunctionProps))


def test_props_are_a_functions_props_with_a_uuid_and_a_purpose() -> None:
    own = {f.name for f in attrs.fields(lambda_.SingletonFunctionProps)}
    assert own - {f.name for f in attrs.fields(lambda_.FunctionProps)} == {"uuid", "lambda_purpose"}


def test_declarations_with_one_uuid_share_one_function_under_the_stack(
    stack: Stack, template: Render
) -> None:
    first = singleton(stack, timeout=None, environment={"STAGE": "prod"})
    second = singleton(Construct(stack, "Users"), runtime=lambda_.Runtime.NODEJS_22_X, memory_size=1024)
    rendered = template(stack)
    (logical_id,) = functions_of(rendered)
    assert logical_id.startswith(FUNCTION_ID)
    function = stack.node.find_child(FUNCTION_ID)
    assert isinstance(function, lambda_.Function)
    # The second declaration's props are ignored.
    assert functions_of(rendered)[logical_id]["Properties"]["Runtime"] == "python3.12"
    assert "MemorySize" not in functions_of(rendered)[logical_id]["Properties"]
    assert first.construct_name == second.construct_name == FUNCTION_ID
    assert first.function_arn == second.function_arn == function.function_arn
    assert first.function_name == function.function_name
    assert first.role is function.role
    assert second.runtime is lambda_.Runtime.PYTHON_3_12
    assert second.architecture is lambda_.Architecture.X86_64
    assert first.node.children == []
    assert_cfn_lint_clean(rendered)


def test_uuid_keeps_only_letters_and_digits_after_the_purpose(stack: Stack) -> None:
    assert singleton(stack, "A", uuid="ab_c.d e/f-G:H").construct_name == "SingletonLambdaabcdefGH"
    purposed = singleton(stack, "B", uuid="3333-4444", lambda_purpose="Cleanup")
    assert purposed.construct_name == "Cleanup33334444"
    assert isinstance(stack.node.try_find_child("Cleanup33334444"), lambda_.Function)


def test_different_uuids_make_different_functions(stack: Stack, template: Render) -> None:
    singleton(stack, "A", uuid="one")
    singleton(stack, "B", uuid="two")
    singleton(stack, "C", uuid="one", lambda_purpose="Other")
    assert len(functions_of(template(stack))) == 3


def test_environment_and_layers_added_through_any_declaration_reach_the_function(
    stack: Stack, template: Render
) -> None:
    first = singleton(stack, "A", environment={"STAGE": "prod"})
    second = singleton(stack, "B")
    returned = second.add_environment("TABLE_NAME", "books", remove_in_edge=True)
    assert returned is stack.node.find_child(FUNCTION_ID)
    layer = lambda_.LayerVersion.from_layer_version_arn(
        stack, "Layer", "arn:aws:lambda:us-east-1:123456789012:layer:shared:1"
    )
    first.add_layers(layer)
    (function,) = functions_of(template(stack)).values()
    assert function["Properties"]["Environment"] == {"Variables": {"STAGE": "prod", "TABLE_NAME": "books"}}
    assert function["Properties"]["Layers"] == ["arn:aws:lambda:us-east-1:123456789012:layer:shared:1"]


def test_permissions_are_made_under_the_function(stack: Stack, template: Render) -> None:
    first = singleton(stack, "A")
    second = singleton(stack, "B")
    second.add_permission("FromSns", principal=iam.ServicePrincipal("sns.amazonaws.com"))
    first.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
    assert first.permissions_node is stack.node.find_child(FUNCTION_ID).node
    permissions = resources_of_type(template(stack), "AWS::Lambda::Permission")
    assert sorted(p["Properties"]["Principal"] for p in permissions.values()) == [
        "events.amazonaws.com",
        "sns.amazonaws.com",
    ]
    assert all(logical_id.startswith(FUNCTION_ID) for logical_id in permissions)


def test_a_second_declaration_granting_the_same_principal_reuses_the_permission(
    stack: Stack, template: Render
) -> None:
    # aws-cdk-lib fails here on a duplicate construct id; the grant is shared instead.
    first = singleton(stack, "A")
    second = singleton(stack, "B")
    grant = first.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
    assert second.grant_invoke(iam.ServicePrincipal("events.amazonaws.com")) is grant
    assert len(resources_of_type(template(stack), "AWS::Lambda::Permission")) == 1


def test_grants_and_role_statements_go_to_the_functions_role(stack: Stack, template: Render) -> None:
    first = singleton(stack, "A")
    second = singleton(stack, "B")
    invoker = iam.Role(stack, "Invoker", assumed_by=iam.AccountRootPrincipal())
    first.grant_invoke(invoker)
    second.grant_invoke(invoker)
    second.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    assert first.grant_principal is second.role
    policies = resources_of_type(template(stack), "AWS::IAM::Policy")
    statements = {
        logical_id: policy["Properties"]["PolicyDocument"]["Statement"]
        for logical_id, policy in policies.items()
    }
    (invoker_statements,) = [s for k, s in statements.items() if k.startswith("InvokerDefaultPolicy")]
    assert [s["Action"] for s in invoker_statements] == ["lambda:InvokeFunction"]
    (role_statements,) = [s for k, s in statements.items() if k.startswith(FUNCTION_ID)]
    assert role_statements == [{"Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"}]


def test_add_dependency_and_depend_on_connect_the_function(stack: Stack, template: Render) -> None:
    first = singleton(stack, "A")
    before = sqs.Queue(stack, "Before")
    after = sqs.Queue(stack, "After")
    first.add_dependency(before)
    first.depend_on(after)
    rendered = template(stack)
    (function_id,) = functions_of(rendered)
    assert any(d.startswith("Before") for d in rendered["Resources"][function_id]["DependsOn"])
    (after_id,) = [k for k in resources_of_type(rendered, "AWS::SQS::Queue") if k.startswith("After")]
    assert function_id in rendered["Resources"][after_id]["DependsOn"]


def test_add_metadata_goes_to_the_function(stack: Stack) -> None:
    first = singleton(stack, "A")
    first.add_metadata("owner", {"team": "books"})
    function = stack.node.find_child(FUNCTION_ID)
    assert [(m.type, m.data) for m in function.node.metadata if m.type == "owner"] == [
        ("owner", {"team": "books"})
    ]
    assert first.node.metadata == []


def test_constructs_made_by_the_declaration_stay_under_it(stack: Stack, template: Render) -> None:
    first = singleton(stack, "A")
    first.configure_async_invoke(retry_attempts=0)
    url = first.add_function_url()
    assert url.node.path == "Test/A/FunctionUrl"
    assert first.node.find_child("EventInvokeConfig").node.path == "Test/A/EventInvokeConfig"
    (config,) = resources_of_type(template(stack), "AWS::Lambda::EventInvokeConfig").values()
    assert config["Properties"]["FunctionName"] == {"Ref": next(iter(functions_of(template(stack))))}


def test_current_version_is_the_functions(stack: Stack) -> None:
    first = singleton(stack, "A")
    second = singleton(stack, "B")
    assert first.current_version is second.current_version
    assert first.current_version.node.path == f"Test/{FUNCTION_ID}/CurrentVersion"


def test_log_group_is_the_functions(stack: Stack) -> None:
    first = singleton(stack, "A")
    second = singleton(stack, "B")
    assert first.log_group is second.log_group
    assert first.log_group.node.path == f"Test/{FUNCTION_ID}/{FUNCTION_ID}-LogGroup"


def test_vpc_questions_are_answered_by_the_function(stack: Stack) -> None:
    first = singleton(stack, "A")
    assert first.is_bound_to_vpc is False
    with pytest.raises(ValidationError) as caught:
        first.connections  # noqa: B018 - the property raises
    assert str(caught.value) == (
        f"Test/{FUNCTION_ID}: has no security groups: pass vpc= when creating the function to manage its "
        "connections"
    )


def test_a_construct_of_that_name_that_is_no_function_is_rejected(stack: Stack) -> None:
    sqs.Queue(stack, "SingletonLambdau1")
    with pytest.raises(ValidationError) as caught:
        singleton(stack, "A", uuid="u-1")
    assert str(caught.value) == (
        "Test/A: uuid='u-1' names the construct 'Test/SingletonLambdau1', which is a Queue, not a Function; "
        "use another uuid or lambda_purpose"
    )


def test_tenancy_config_is_the_functions_and_refuses_event_sources(stack: Stack) -> None:
    first = singleton(stack, "A", tenancy_config=lambda_.TenancyConfig.PER_TENANT)
    assert first.tenancy_config is lambda_.TenancyConfig.PER_TENANT
    with pytest.raises(ValidationError) as caught:
        first.add_event_source(SqsEventSource(sqs.Queue(stack, "Jobs")))
    assert str(caught.value) == (
        "Test/A: add_event_source: SqsEventSource is not supported by functions with tenancy_config (tenant "
        "isolation); invoke the function another way, or drop tenancy_config"
    )


def test_event_source_mappings_are_made_under_the_declaration(stack: Stack, template: Render) -> None:
    first = singleton(stack, "A")
    assert first.tenancy_config is None
    first.add_event_source(SqsEventSource(sqs.Queue(stack, "Jobs")))
    (mapping_id,) = resources_of_type(template(stack), "AWS::Lambda::EventSourceMapping")
    assert mapping_id.startswith("ASqsEventSource")


def test_a_wrong_uuid_type_is_named() -> None:
    stack = Stack(None, "Books")
    with pytest.raises(ArgumentTypeError) as caught:
        singleton(stack, "A", uuid=5)
    assert str(caught.value) == "Books/A: uuid=5 is an int; use a str"


def test_a_singleton_function_serves_as_a_route_integration(stack: Stack, template: Render) -> None:
    api = apigwv2.HttpApi(stack, "Api")
    api.add_routes(
        path="/books", integration=integrations.HttpLambdaIntegration("Books", singleton(stack, "A"))
    )
    rendered = template(stack)
    (function_id,) = functions_of(rendered)
    (integration,) = resources_of_type(rendered, "AWS::ApiGatewayV2::Integration").values()
    assert integration["Properties"]["IntegrationUri"] == {"Fn::GetAtt": [function_id, "Arn"]}
    (permission,) = resources_of_type(rendered, "AWS::Lambda::Permission").values()
    assert permission["Properties"]["FunctionName"] == {"Fn::GetAtt": [function_id, "Arn"]}
    assert_cfn_lint_clean(rendered)
