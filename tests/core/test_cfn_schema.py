"""Rendering and synth-time validation of generated L1 properties (core/cfn_schema.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations.aws_iam import PolicyDocument
from apigwv2_integrations.cfn.aws_apigatewayv2 import CfnApi, CfnIntegration, CfnRoute, CfnStage
from apigwv2_integrations.cfn.aws_ec2 import CfnSecurityGroup, CfnVPC
from apigwv2_integrations.cfn.aws_elasticloadbalancingv2 import CfnTargetGroup
from apigwv2_integrations.cfn.aws_events import CfnRule
from apigwv2_integrations.cfn.aws_iam import CfnRole
from apigwv2_integrations.cfn.aws_lambda import CfnFunction, CfnPermission
from apigwv2_integrations.cfn.aws_secretsmanager import CfnSecret
from apigwv2_integrations.cfn.aws_sqs import CfnQueue, CfnQueuePolicy
from apigwv2_integrations.core.app import App
from apigwv2_integrations.core.cfn_schema import camel_case_properties
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.errors import SynthesisError
from apigwv2_integrations.core.stack import Stack
from apigwv2_integrations.core.tags import CfnTag, Tags
from apigwv2_integrations.core.tokens.lazy import Lazy
from apigwv2_integrations.core.tokens.token import Intrinsic, Token


@pytest.fixture
def app(tmp_path: Path) -> App:
    return App(outdir=str(tmp_path))


@pytest.fixture
def stack(app: App) -> Stack:
    return Stack(app, "Stack")


@pytest.fixture
def validating_app(tmp_path: Path) -> App:
    """An app under `@aws-cdk/core:validateAgainstDefaultRules`, where token values are checked resolved."""
    return App(outdir=str(tmp_path), context={"@aws-cdk/core:validateAgainstDefaultRules": True})


@pytest.fixture
def validating_stack(validating_app: App) -> Stack:
    return Stack(validating_app, "Stack")


def resources(app: App) -> dict[str, Any]:
    template: dict[str, Any] = app.synth().get_stack_by_name("Stack").template
    return template["Resources"]  # type: ignore[no-any-return]


def findings(app: App) -> list[str]:
    """The template validation's findings in validation-report.json: `rule path: description`."""
    assembly = app.synth()
    report = json.loads((Path(assembly.directory) / "validation-report.json").read_text())
    return [
        f"{violation['ruleName']} {construct['constructPath']}: {violation['description']}"
        for plugin in report["pluginReports"]
        for violation in plugin["violations"]
        for construct in violation["violatingConstructs"]
    ]


def problems(app: App) -> list[str]:
    with pytest.raises(SynthesisError) as caught:
        app.synth()
    return str(caught.value).splitlines()[1:]


def integration(stack: Stack, **props: Any) -> CfnIntegration:
    return CfnIntegration(stack, "Integration", api_id="api", integration_type="HTTP_PROXY", **props)


# --- nested property types ----------------------------------------------------------------------


def test_property_types_are_frozen_keyword_only_attrs_classes() -> None:
    assert attrs.has(CfnStage.AccessLogSettingsProperty)
    assert [f.name for f in attrs.fields(CfnStage.AccessLogSettingsProperty)] == ["destination_arn", "format"]
    settings = CfnStage.AccessLogSettingsProperty(destination_arn="arn", format="$context.requestId")
    assert (
        repr(settings)
        == "CfnStage.AccessLogSettingsProperty(destination_arn='arn', format='$context.requestId')"
    )
    assert settings == CfnStage.AccessLogSettingsProperty(destination_arn="arn", format="$context.requestId")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        settings.format = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        CfnStage.AccessLogSettingsProperty("arn")  # type: ignore[misc]


def test_required_fields_of_a_property_type_have_no_default() -> None:
    with pytest.raises(TypeError):
        CfnFunction.TracingConfigProperty()  # fine: Mode is optional
        CfnSecurityGroup.IngressProperty()  # type: ignore[call-arg]
    assert attrs.fields(CfnSecurityGroup.IngressProperty).ip_protocol.default is attrs.NOTHING


# --- rendering ------------------------------------------------------------------------------------


def test_property_class_renders_with_cloudformation_names(app: App, stack: Stack) -> None:
    integration(stack, tls_config=CfnIntegration.TlsConfigProperty(server_name_to_verify="example.com"))
    assert resources(app)["Integration"]["Properties"]["TlsConfig"] == {"ServerNameToVerify": "example.com"}


@pytest.mark.parametrize("key", ["server_name_to_verify", "serverNameToVerify", "ServerNameToVerify"])
def test_dict_renders_like_the_property_class(app: App, stack: Stack, key: str) -> None:
    integration(stack, tls_config={key: "example.com"})
    assert resources(app)["Integration"]["Properties"]["TlsConfig"] == {"ServerNameToVerify": "example.com"}


def test_properties_render_in_aws_cdk_order_without_unset_ones(app: App, stack: Stack) -> None:
    integration(stack, timeout_in_millis=1000, payload_format_version="2.0", connection_type="INTERNET")
    assert list(resources(app)["Integration"]["Properties"]) == [
        "ApiId",
        "ConnectionType",
        "IntegrationType",
        "PayloadFormatVersion",
        "TimeoutInMillis",
    ]


def test_lists_of_property_types_render_element_wise(app: App, stack: Stack) -> None:
    CfnSecurityGroup(
        stack,
        "Group",
        group_description="web",
        security_group_ingress=[
            CfnSecurityGroup.IngressProperty(
                ip_protocol="tcp", from_port=443, to_port=443, cidr_ip="0.0.0.0/0"
            ),
            {"ipProtocol": "tcp", "fromPort": 80, "toPort": 80, "sourceSecurityGroupId": "sg-1"},
        ],
    )
    assert resources(app)["Group"]["Properties"]["SecurityGroupIngress"] == [
        {"CidrIp": "0.0.0.0/0", "FromPort": 443, "IpProtocol": "tcp", "ToPort": 443},
        {"FromPort": 80, "IpProtocol": "tcp", "SourceSecurityGroupId": "sg-1", "ToPort": 80},
    ]


def test_free_form_json_keeps_its_keys(app: App, stack: Stack) -> None:
    document = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "principal_key": "x"}]}
    CfnRole(stack, "Role", assume_role_policy_document=document)
    assert resources(app)["Role"]["Properties"]["AssumeRolePolicyDocument"] == document


def test_maps_keep_their_keys(app: App, stack: Stack) -> None:
    integration(stack, request_parameters={"append:header.x-Id": "$request.header.id"})
    assert resources(app)["Integration"]["Properties"]["RequestParameters"] == {
        "append:header.x-Id": "$request.header.id"
    }


def test_tokens_pass_through_rendering_and_validation(app: App, stack: Stack) -> None:
    api = CfnApi(stack, "Api", name="api", protocol_type="HTTP")
    CfnIntegration(
        stack,
        "Integration",
        api_id=api.ref,
        integration_type="HTTP_PROXY",
        timeout_in_millis=Token.as_number(Intrinsic({"Ref": "Timeout"})),
        tls_config=Intrinsic({"ServerNameToVerify": "x"}),
        credentials_arn=Token.as_string(Intrinsic({"Ref": "Role"})),
    )
    props = resources(app)["Integration"]["Properties"]
    assert props["ApiId"] == {"Ref": "Api"}
    assert props["TimeoutInMillis"] == {"Ref": "Timeout"}
    assert props["TlsConfig"] == {"ServerNameToVerify": "x"}
    assert props["CredentialsArn"] == {"Ref": "Role"}


def test_attributes_are_get_att_tokens(app: App, stack: Stack) -> None:
    api = CfnApi(stack, "Api", name="api", protocol_type="HTTP")
    CfnRoute(stack, "Route", api_id=api.attr_api_id, route_key="GET /", target=api.attr_api_endpoint)
    props = resources(app)["Route"]["Properties"]
    assert props["ApiId"] == {"Fn::GetAtt": ["Api", "ApiId"]}
    assert props["Target"] == {"Fn::GetAtt": ["Api", "ApiEndpoint"]}


def test_tags_render_through_the_tag_manager(app: App, stack: Stack) -> None:
    vpc = CfnVPC(stack, "Vpc", cidr_block="10.0.0.0/16", tags=[CfnTag(key="Name", value="main")])
    CfnApi(stack, "Api", name="api", protocol_type="HTTP", tags={"team": "a"})
    Tags.of(stack).add("env", "test")
    rendered = resources(app)
    assert rendered["Vpc"]["Properties"]["Tags"] == [
        {"Key": "env", "Value": "test"},
        {"Key": "Name", "Value": "main"},
    ]
    assert rendered["Api"]["Properties"]["Tags"] == {"env": "test", "team": "a"}
    assert vpc.tags_raw == [CfnTag(key="Name", value="main")]


def test_properties_are_plain_read_write_attributes(app: App, stack: Stack) -> None:
    route = CfnRoute(stack, "Route", api_id="api", route_key="GET /")
    route.route_key = "POST /"
    route.target = "integrations/abc"
    assert resources(app)["Route"]["Properties"] == {
        "ApiId": "api",
        "RouteKey": "POST /",
        "Target": "integrations/abc",
    }


# --- validation -----------------------------------------------------------------------------------


def test_missing_required_property(app: App, stack: Stack) -> None:
    CfnRoute(stack, "Route", api_id="api", route_key=None)  # type: ignore[arg-type]
    assert problems(app) == ["  Stack/Route: route_key is required; pass route_key=..."]


def test_value_not_in_enum_is_a_warning_of_the_template_validation(app: App, stack: Stack) -> None:
    role = "arn:aws:iam::123456789012:role/r"
    CfnFunction(stack, "Function", role=role, code={"zipFile": "x"}, package_type="Jar")
    assert findings(app) == ["W3030 Stack/Function: PackageType: 'Jar' is not one of ['Image', 'Zip']"]


def test_wrong_primitive_types(app: App, stack: Stack) -> None:
    CfnFunction(
        stack,
        "Function",
        role="arn:aws:iam::123456789012:role/r",
        code={"zipFile": "x"},
        description=5,  # type: ignore[arg-type]
        architectures="arm64",  # type: ignore[arg-type]
    )
    CfnApi(stack, "Api", name="api", protocol_type="HTTP", disable_execute_api_endpoint="no")  # type: ignore[arg-type]
    assert problems(app) == [
        "  Stack/Function: architectures='arm64' must be a list",
        "  Stack/Function: description=5 must be a string",
        "  Stack/Api: disable_execute_api_endpoint='no' must be a boolean",
    ]


def test_nested_wrong_type_names_the_path(app: App, stack: Stack) -> None:
    integration(stack, tls_config={"serverNameToVerify": 5})
    assert problems(app) == ["  Stack/Integration: tls_config.server_name_to_verify=5 must be a string"]


def test_unknown_key_in_a_dict_for_a_property_type(app: App, stack: Stack) -> None:
    integration(stack, tls_config={"server_name": "x"})
    assert problems(app) == [
        "  Stack/Integration: tls_config={'server_name': 'x'} has an unknown key 'server_name'; "
        "use server_name_to_verify"
    ]


def test_wrong_type_for_a_property_type(app: App, stack: Stack) -> None:
    integration(stack, tls_config="example.com")
    assert problems(app) == [
        "  Stack/Integration: tls_config='example.com' must be a CfnIntegration.TlsConfigProperty or a dict"
    ]


def test_numbers_aws_cdk_takes_for_an_integer_are_findings_of_the_template_validation(
    app: App, stack: Stack
) -> None:
    role = "arn:aws:iam::123456789012:role/r"
    CfnFunction(stack, "Function", role=role, code={"zipFile": "x"}, memory_size=True, timeout=1.5)
    assert findings(app) == [
        "F3012 Stack/Function: MemorySize: true is not of type 'integer'",
        "F3012 Stack/Function: Timeout: 1.5 is not of type 'integer'",
    ]


def test_string_pattern_and_lengths(app: App, stack: Stack) -> None:
    CfnPermission(
        stack,
        "Permission",
        action="lambda:InvokeFunction",
        function_name="f",
        principal="*",
        source_account="1",
    )
    CfnFunction(stack, "Function", role="role", code={"zip_file": "x"}, description="d" * 257)
    assert findings(app) == [
        "F3031 Stack/Permission: SourceAccount: '1' does not match pattern '^\\d{12}$'",
        "F3031 Stack/Function: Role: 'role' does not match pattern "
        "'^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$'",
        "F3033 Stack/Permission: SourceAccount: length 1 is below minimum 12",
        "F3033 Stack/Function: Description: length 257 exceeds maximum 256",
    ]


def test_number_range(app: App, stack: Stack) -> None:
    role = "arn:aws:iam::123456789012:role/r"
    CfnFunction(
        stack, "Function", role=role, code={"zipFile": "x"}, memory_size=64, reserved_concurrent_executions=-1
    )
    assert findings(app) == [
        "F3034 Stack/Function: MemorySize: 64 is less than the minimum of 128",
        "F3034 Stack/Function: ReservedConcurrentExecutions: -1 is less than the minimum of 0",
    ]


def test_array_items_and_item_values(app: App, stack: Stack) -> None:
    role = "arn:aws:iam::123456789012:role/r"
    CfnFunction(stack, "Function", role=role, code={"zipFile": "x"}, architectures=["arm64", "sparc"])
    assert findings(app) == [
        "F3032 Stack/Function: Architectures: expected maximum item count: 1, found: 2",
        "W3030 Stack/Function: Architectures.1: 'sparc' is not one of ['x86_64', 'arm64']",
    ]


def test_every_problem_is_reported(app: App, stack: Stack) -> None:
    CfnRoute(stack, "Route", api_id=None, route_key=None)  # type: ignore[arg-type]
    integration(stack, tls_config={"serverNameToVerify": 5, "extra": 1})
    assert len(problems(app)) == 4


def test_validate_cfn_properties_can_be_called_directly(stack: Stack) -> None:
    route = CfnRoute(stack, "Route", api_id="api", route_key="GET /")
    assert route._validate_cfn_properties() == []
    route.api_id = 3  # type: ignore[assignment]
    assert route._validate_cfn_properties() == ["api_id=3 must be a string"]


# --- aws-cdk-lib's property names (tree.json) ---------------------------------------------------------


def test_camel_case_properties_renames_nested_property_types_and_tags() -> None:
    rendered = {
        "Code": {"S3Bucket": "bucket", "S3Key": "key"},
        "Environment": {"Variables": {"TABLE_NAME": "books"}},
        "Tags": [{"Key": "team", "Value": "books"}],
    }
    assert camel_case_properties(CfnFunction, rendered) == {
        "code": {"s3Bucket": "bucket", "s3Key": "key"},
        "environment": {"variables": {"TABLE_NAME": "books"}},
        "tags": [{"key": "team", "value": "books"}],
    }


def test_camel_case_properties_keeps_values_without_names_and_unknown_keys() -> None:
    document = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}
    rendered = {
        "AssumeRolePolicyDocument": document,
        "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
        "Overridden": {"Key": "kept"},
    }
    assert camel_case_properties(CfnRole, rendered) == {
        "assumeRolePolicyDocument": document,
        "managedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
        "Overridden": {"Key": "kept"},
    }


def test_camel_case_properties_keeps_map_keys_and_renames_inside_structs() -> None:
    rendered = {
        "RequestParameters": {"append:header.x-Id": "$request.header.id"},
        "TlsConfig": {"ServerNameToVerify": "example.com"},
    }
    assert camel_case_properties(CfnIntegration, rendered) == {
        "requestParameters": {"append:header.x-Id": "$request.header.id"},
        "tlsConfig": {"serverNameToVerify": "example.com"},
    }


# --- values given through tokens ------------------------------------------------------------------


def test_lazy_values_are_checked_once_resolved(validating_app: App, validating_stack: Stack) -> None:
    app, stack = validating_app, validating_stack
    CfnTargetGroup(
        stack,
        "Group",
        health_check_timeout_seconds=Lazy.number(lambda: 1),
        target_type=Lazy.string(lambda: "computer"),
    )
    CfnRule(
        stack,
        "Rule",
        schedule_expression="rate(1 hour)",
        targets=Lazy.any(lambda: [CfnRule.TargetProperty(arn="arn", id="i" * 65)]),
    )
    # Under the flag the findings of F rules fail synthesis (by rule, then in template order); W3030 stays
    # a warning.
    assert [line.split(" (CloudFormation Validate rule")[0] for line in problems(app)] == [
        "  Stack/Rule: Targets.0.Id: length 65 exceeds maximum 64",
        "  Stack/Group: HealthCheckTimeoutSeconds: 1 is less than the minimum of 2",
    ]


def test_lazy_values_are_left_to_cloudformation_without_the_validation_flag(app: App, stack: Stack) -> None:
    # As aws-cdk-lib, which writes the template (with a warning) unless its validation flag is on.
    CfnTargetGroup(stack, "Group", health_check_timeout_seconds=Lazy.number(lambda: 1))
    assert resources(app)["Group"]["Properties"] == {"HealthCheckTimeoutSeconds": 1}


def test_lazy_value_inside_a_property_type_is_checked_once_resolved(
    validating_app: App, validating_stack: Stack
) -> None:
    app, stack = validating_app, validating_stack
    CfnFunction(
        stack,
        "Function",
        role="arn:aws:iam::123456789012:role/fn",
        code={"zip_file": "x"},
        tracing_config=CfnFunction.TracingConfigProperty(mode=Lazy.string(lambda: "On")),
    )
    assert findings(app) == [
        "W3030 Stack/Function: TracingConfig.Mode: 'On' is not one of ['Active', 'PassThrough']"
    ]


def test_lazy_values_that_pass_render_as_resolved(app: App, stack: Stack) -> None:
    queue = CfnQueue(stack, "Queue")
    CfnTargetGroup(
        stack,
        "Group",
        health_check_timeout_seconds=Lazy.number(lambda: 5),
        vpc_id=Lazy.string(lambda: queue.attr_arn),
        # CloudFormation reads a number given for a string property as its text.
        health_check_port=Lazy.any(lambda: 8080),
    )
    CfnRule(
        stack,
        "Rule",
        schedule_expression="rate(1 hour)",
        targets=Lazy.any(lambda: [CfnRule.TargetProperty(arn=queue.attr_arn, id="Queue")]),
    )
    rendered = resources(app)
    assert rendered["Group"]["Properties"] == {
        "HealthCheckPort": 8080,
        "HealthCheckTimeoutSeconds": 5,
        "VpcId": {"Fn::GetAtt": ["Queue", "Arn"]},
    }
    assert rendered["Rule"]["Properties"] == {
        "ScheduleExpression": "rate(1 hour)",
        "Targets": [{"Arn": {"Fn::GetAtt": ["Queue", "Arn"]}, "Id": "Queue"}],
    }


def test_required_property_that_resolves_to_nothing_is_an_error(app: App, stack: Stack) -> None:
    CfnQueuePolicy(stack, "Policy", queues=["url"], policy_document=PolicyDocument())
    CfnQueuePolicy(stack, "LazyQueues", queues=Lazy.list(lambda: None), policy_document={"Statement": []})
    assert problems(app) == [
        "  Stack/Policy: policy_document is required, but its value resolves to nothing; "
        "pass policy_document=... with a value",
        "  Stack/LazyQueues: queues is required, but its value resolves to nothing; pass queues=... with a value",
    ]


def test_limits_of_lists_and_long_strings_are_findings(app: App, stack: Stack) -> None:
    CfnRule(
        stack,
        "Rule",
        schedule_expression="rate(1 hour)",
        targets=[
            CfnRule.TargetProperty(arn=f"arn:aws:sqs:us-east-1:123456789012:q{i}", id=f"T{i}")
            for i in range(6)
        ],
    )
    CfnSecret(stack, "Secret", name="x" * 513)
    assert findings(app) == [
        "F3032 Stack/Rule: Targets: expected maximum item count: 5, found: 6",
        "F3033 Stack/Secret: Name: length 513 exceeds maximum 512",
    ]


def test_problems_of_a_resource_whose_parent_reported_problems_are_left_out(
    validating_app: App, validating_stack: Stack
) -> None:
    app, stack = validating_app, validating_stack

    class _Refuses:
        def validate(self) -> list[str]:
            return ["health_check.timeout=Duration.seconds(1) is out of range; use 2 to 120 seconds"]

    group = Construct(stack, "Group")
    group.node.add_validation(_Refuses())
    CfnTargetGroup(
        group,
        "Resource",
        health_check_timeout_seconds=Lazy.number(lambda: 1),
        health_check_interval_seconds=400,
    )
    CfnTargetGroup(stack, "Other", health_check_timeout_seconds=Lazy.number(lambda: 1))
    # As in aws-cdk-lib, the problems of constructs stop synthesis before the template validation runs.
    assert problems(app) == [
        "  Stack/Group: health_check.timeout=Duration.seconds(1) is out of range; use 2 to 120 seconds",
    ]
