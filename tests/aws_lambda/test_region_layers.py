"""Layers AWS publishes per region: Lambda Insights (aws_lambda/lambda_insights.py) and the Parameters and
Secrets Extension (aws_lambda/params_and_secrets_layers.py)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Environment, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
INSIGHTS_POLICY = {
    "Fn::Join": [
        "",
        ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/CloudWatchLambdaInsightsExecutionRolePolicy"],
    ]
}
V498_X86_EU_WEST_1 = "arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension:60"
PARAMS_X86_EU_WEST_1 = (
    "arn:aws:lambda:eu-west-1:015030872274:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4"
)
DEFAULT_PARAMS_ENVIRONMENT = {
    "PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED": "true",
    "PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE": "1000",
    "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": "2773",
    "PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL": "info",
    "PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS": "3",
    "SECRETS_MANAGER_TIMEOUT_MILLIS": "0",
    "SECRETS_MANAGER_TTL": "300",
    "SSM_PARAMETER_STORE_TIMEOUT_MILLIS": "0",
    "SSM_PARAMETER_STORE_TTL": "300",
}


def function(stack: Stack, id: str = "Fn", **props: Any) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
        handler="index.handler",
        runtime=lambda_.Runtime.PYTHON_3_12,
        **props,
    )


def function_properties(rendered: dict[str, Any], logical_id: str = "Fn9270CBC0") -> dict[str, Any]:
    properties: dict[str, Any] = rendered["Resources"][logical_id]["Properties"]
    return properties


def logical_id_of(fn: lambda_.Function) -> str:
    return str(Stack.of(fn).resolve(Stack.of(fn).get_logical_id(fn.node.default_child)))


class _Repository:
    """Stands in for an aws_ecr repository: a URI per tag and a pull grant."""

    def repository_uri_for_tag_or_digest(self, tag: str) -> str:
        return f"111111111111.dkr.ecr.us-east-1.amazonaws.com/app:{tag}"

    def grant_pull(self, grantee: Any) -> None:
        pass


def regional_stack(app: App, region: str = "eu-west-1") -> Stack:
    return Stack(app, "Regional", env=Environment(region=region))


def params(**options: Any) -> lambda_.ParamsAndSecretsLayerVersion:
    return lambda_.ParamsAndSecretsLayerVersion.from_version(
        lambda_.ParamsAndSecretsVersions.V1_0_103, **options
    )


# --- Lambda Insights -----------------------------------------------------------------------------------


def test_insights_in_a_region_stack_is_the_literal_layer_arn_and_the_role_gets_the_policy(
    app: App, template: Render
) -> None:
    stack = regional_stack(app)
    function(stack, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_498_0)
    rendered = template(stack)
    assert function_properties(rendered)["Layers"] == [V498_X86_EU_WEST_1]
    assert "Mappings" not in rendered
    (role,) = resources_of_type(rendered, "AWS::IAM::Role").values()
    assert role["Properties"]["ManagedPolicyArns"][1] == INSIGHTS_POLICY
    assert_cfn_lint_clean(rendered)


def test_insights_in_an_agnostic_stack_looks_the_arn_up_in_a_stack_wide_mapping(
    stack: Stack, template: Render
) -> None:
    a = function(stack, "A", insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_498_0)
    b = function(
        stack,
        "B",
        insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_404_0,
        architecture=lambda_.Architecture.ARM_64,
    )
    rendered = template(stack)
    assert function_properties(rendered, logical_id_of(a))["Layers"] == [
        {"Fn::FindInMap": ["CloudwatchlambdainsightsversionMap", {"Ref": "AWS::Region"}, "1x0x498x0xx86x64"]}
    ]
    assert function_properties(rendered, logical_id_of(b))["Layers"] == [
        {"Fn::FindInMap": ["CloudwatchlambdainsightsversionMap", {"Ref": "AWS::Region"}, "1x0x404x0xarm64"]}
    ]
    mapping = rendered["Mappings"]["CloudwatchlambdainsightsversionMap"]
    assert len(mapping) == 38
    assert mapping["eu-west-1"] == {
        "1x0x498x0xx86x64": V498_X86_EU_WEST_1,
        "1x0x404x0xarm64": "arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension-Arm64:23",
    }
    assert mapping["cn-north-1"]["1x0x498x0xx86x64"].startswith("arn:aws-cn:lambda:cn-north-1:488211338238:")
    assert_cfn_lint_clean(rendered)


def test_insights_target_partitions_limit_the_mapping_rows(tmp_path: Any, template: Render) -> None:
    app = App(outdir=str(tmp_path), context={"@aws-cdk/core:target-partitions": ["aws", "aws-cn"]})
    stack = Stack(app, "Test")
    function(stack, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_498_0)
    mapping = template(stack)["Mappings"]["CloudwatchlambdainsightsversionMap"]
    assert len(mapping) == 36
    assert "us-gov-west-1" not in mapping


def test_insights_published_under_one_arn_pattern_is_a_join_on_the_region(
    stack: Stack, template: Render
) -> None:
    function(stack, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_54_0)
    rendered = template(stack)
    assert function_properties(rendered)["Layers"] == [
        {
            "Fn::Join": [
                "",
                ["arn:aws:lambda:", {"Ref": "AWS::Region"}, ":580247275435:layer:LambdaInsightsExtension:2"],
            ]
        }
    ]
    assert "Mappings" not in rendered


def test_insights_from_an_arn_is_used_as_given_and_adds_a_layer_construct(
    stack: Stack, template: Render
) -> None:
    arn = "arn:aws:lambda:eu-west-1:123456789012:layer:insights:7"
    fn = function(stack, insights_version=lambda_.LambdaInsightsVersion.from_insight_version_arn(arn))
    assert lambda_.LambdaInsightsVersion.from_insight_version_arn(arn).layer_version_arn == arn
    assert fn.node.try_find_child("LambdaInsightsLayer") is not None
    assert function_properties(template(stack))["Layers"] == [arn]


def test_insights_layer_version_arn_resolves_in_the_stack_that_uses_it(app: App, template: Render) -> None:
    stack = regional_stack(app)
    arn = lambda_.LambdaInsightsVersion.VERSION_1_0_498_0.layer_version_arn
    assert stack.resolve(arn) == V498_X86_EU_WEST_1


def test_insights_on_an_image_function_adds_only_the_policy(app: App, template: Render) -> None:
    stack = regional_stack(app, "ap-southeast-6")
    lambda_.DockerImageFunction(
        stack,
        "Fn",
        code=lambda_.DockerImageCode.from_ecr(_Repository()),  # type: ignore[arg-type]
        insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_54_0,
    )
    rendered = template(stack)
    assert "Layers" not in function_properties(rendered)
    (role,) = resources_of_type(rendered, "AWS::IAM::Role").values()
    assert INSIGHTS_POLICY in role["Properties"]["ManagedPolicyArns"]


def test_insights_with_an_imported_role_adds_no_policy(stack: Stack, template: Render) -> None:
    role = iam.Role.from_role_arn(stack, "Role", "arn:aws:iam::123456789012:role/existing")
    function(stack, role=role, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_498_0)
    assert not resources_of_type(template(stack), "AWS::IAM::Role")


def test_insights_version_without_an_arm64_layer_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        function(
            stack,
            insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_98_0,
            architecture=lambda_.Architecture.ARM_64,
        )
    assert str(error.value) == (
        "Test/Fn: insights_version=LambdaInsightsVersion.VERSION_1_0_98_0 has no arm64 layer; "
        "use VERSION_1_0_119_0 or later, or architecture=Architecture.X86_64"
    )


def test_insights_version_not_published_in_the_region_is_rejected(app: App) -> None:
    stack = regional_stack(app, "ap-southeast-6")
    with pytest.raises(ValidationError) as error:
        function(stack, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_404_0)
    assert str(error.value) == (
        "Regional/Fn: insights_version=LambdaInsightsVersion.VERSION_1_0_404_0 has no x86_64 layer in "
        "region 'ap-southeast-6'; use VERSION_1_0_498_0"
    )


def test_insights_layer_version_arn_without_a_mapping_row_fails_synthesis(app: App, stack: Stack) -> None:
    from apigwv2_integrations import CfnOutput

    CfnOutput(stack, "Arn", value=lambda_.LambdaInsightsVersion.VERSION_1_0_333_0.layer_version_arn)
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n  Test: LambdaInsightsVersion.VERSION_1_0_333_0.layer_version_arn has no row in the stack's layer "
        "mapping (the stack has no region); give a function of the stack "
        "insights_version=LambdaInsightsVersion.VERSION_1_0_333_0, or give the stack a region"
    )


# --- Parameters and Secrets Extension --------------------------------------------------------------------


def test_params_and_secrets_in_a_region_stack_writes_every_setting(app: App, template: Render) -> None:
    stack = regional_stack(app)
    function(stack, environment={"STAGE": "prod"}, params_and_secrets=params())
    properties = function_properties(template(stack))
    assert properties["Layers"] == [PARAMS_X86_EU_WEST_1]
    assert properties["Environment"]["Variables"] == {"STAGE": "prod", **DEFAULT_PARAMS_ENVIRONMENT}
    assert_cfn_lint_clean(template(stack))


def test_params_and_secrets_options_become_the_environment(stack: Stack, template: Render) -> None:
    function(
        stack,
        environment={"SSM_PARAMETER_STORE_TTL": "10"},
        params_and_secrets=params(
            cache_enabled=False,
            cache_size=20,
            http_port=8080,
            log_level=lambda_.ParamsAndSecretsLogLevel.DEBUG,
            max_connections=5,
            parameter_store_timeout=Duration.seconds(2),
            parameter_store_ttl=Duration.minutes(1),
            secrets_manager_timeout=Duration.millis(1500),
            secrets_manager_ttl=Duration.seconds(0),
        ),
    )
    assert function_properties(template(stack))["Environment"]["Variables"] == {
        "SSM_PARAMETER_STORE_TTL": "60",
        "PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED": "false",
        "PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE": "20",
        "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": "8080",
        "PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL": "debug",
        "PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS": "5",
        "SECRETS_MANAGER_TIMEOUT_MILLIS": "1500",
        "SECRETS_MANAGER_TTL": "0",
        "SSM_PARAMETER_STORE_TIMEOUT_MILLIS": "2000",
    }


def test_params_and_secrets_in_an_agnostic_stack_uses_a_mapping_per_architecture(
    stack: Stack, template: Render
) -> None:
    a = function(stack, "A", params_and_secrets=params())
    b = function(stack, "B", params_and_secrets=params(), architecture=lambda_.Architecture.ARM_64)
    rendered = template(stack)
    assert function_properties(rendered, logical_id_of(a))["Layers"] == [
        {"Fn::FindInMap": ["ParamsandsecretslayerMap", {"Ref": "AWS::Region"}, "1x0x103xx86x64"]}
    ]
    assert function_properties(rendered, logical_id_of(b))["Layers"] == [
        {"Fn::FindInMap": ["ParamsandsecretslayerMap", {"Ref": "AWS::Region"}, "1x0x103xarm64"]}
    ]
    mapping = rendered["Mappings"]["ParamsandsecretslayerMap"]
    assert len(mapping) == 30
    assert mapping["eu-west-1"] == {
        "1x0x103xx86x64": PARAMS_X86_EU_WEST_1,
        "1x0x103xarm64": "arn:aws:lambda:eu-west-1:015030872274:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:4",
    }
    assert "1x0x103xarm64" not in mapping["cn-north-1"]
    assert_cfn_lint_clean(rendered)


def test_params_and_secrets_from_an_arn_is_used_as_given(stack: Stack, template: Render) -> None:
    arn = "arn:aws:lambda:eu-west-1:123456789012:layer:params:2"
    function(
        stack, params_and_secrets=lambda_.ParamsAndSecretsLayerVersion.from_version_arn(arn, cache_size=7)
    )
    properties = function_properties(template(stack))
    assert properties["Layers"] == [arn]
    assert properties["Environment"]["Variables"]["PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE"] == "7"


def test_params_and_secrets_layer_follows_insights_and_the_given_layers(
    stack: Stack, template: Render
) -> None:
    shared = lambda_.LayerVersion.from_layer_version_arn(
        stack, "Shared", "arn:aws:lambda:eu-west-1:123456789012:layer:shared:4"
    )
    function(
        stack,
        layers=[shared],
        insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_54_0,
        params_and_secrets=params(),
    )
    layers = function_properties(template(stack))["Layers"]
    assert layers[0] == "arn:aws:lambda:eu-west-1:123456789012:layer:shared:4"
    assert "Fn::Join" in layers[1]
    assert layers[2]["Fn::FindInMap"][0] == "ParamsandsecretslayerMap"


def test_params_and_secrets_not_published_in_the_region_is_rejected(app: App) -> None:
    stack = regional_stack(app, "cn-north-1")
    with pytest.raises(ValidationError) as error:
        function(stack, params_and_secrets=params(), architecture=lambda_.Architecture.ARM_64)
    assert str(error.value) == (
        "Regional/Fn: params_and_secrets=ParamsAndSecretsLayerVersion.from_version("
        "ParamsAndSecretsVersions.V1_0_103, ...) has no arm64 layer in region 'cn-north-1'; use "
        "from_version_arn with a layer there, or another architecture"
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"cache_size": 1001}, "params_and_secrets.cache_size=1001 is out of range; use 0 to 1000"),
        ({"cache_size": -1}, "params_and_secrets.cache_size=-1 is out of range; use 0 to 1000"),
        ({"http_port": 0}, "params_and_secrets.http_port=0 is out of range; use 1 to 65535"),
        ({"http_port": 65536}, "params_and_secrets.http_port=65536 is out of range; use 1 to 65535"),
        ({"max_connections": 0}, "params_and_secrets.max_connections=0 is out of range; use at least 1"),
        (
            {"secrets_manager_ttl": Duration.seconds(301)},
            "params_and_secrets.secrets_manager_ttl=Duration.seconds(301) is too long; "
            "use at most Duration.seconds(300)",
        ),
        (
            {"parameter_store_ttl": Duration.minutes(6)},
            "params_and_secrets.parameter_store_ttl=Duration.minutes(6) is too long; "
            "use at most Duration.seconds(300)",
        ),
    ],
)
def test_params_and_secrets_rejects_options_out_of_range(
    stack: Stack, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        function(stack, params_and_secrets=params(**options))
    assert str(error.value) == f"Test/Fn: {message}"


def test_params_and_secrets_leaves_unresolved_numbers_to_cloudformation(
    stack: Stack, template: Render
) -> None:
    from apigwv2_integrations import Aws, Token

    function(stack, params_and_secrets=params(cache_size=Token.as_number(Aws.ACCOUNT_ID)))
    variables = function_properties(template(stack))["Environment"]["Variables"]
    assert variables["PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE"] == {"Ref": "AWS::AccountId"}


def test_params_and_secrets_on_an_image_function_is_rejected(stack: Stack) -> None:
    code = lambda_.DockerImageCode.from_ecr(_Repository())  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as error:
        lambda_.DockerImageFunction(stack, "Fn", code=code, params_and_secrets=params())
    assert str(error.value) == (
        "Test/Fn: params_and_secrets is not supported by container image functions; put the extension in the image"
    )


def test_singleton_function_passes_the_layer_props_through(stack: Stack, template: Render) -> None:
    lambda_.SingletonFunction(
        stack,
        "Single",
        uuid="1234",
        code=lambda_.Code.from_inline("x"),
        handler="index.handler",
        runtime=lambda_.Runtime.PYTHON_3_12,
        insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_54_0,
        params_and_secrets=params(),
    )
    (fn,) = resources_of_type(template(stack), "AWS::Lambda::Function").values()
    assert len(fn["Properties"]["Layers"]) == 2


def test_a_function_without_these_props_does_not_load_their_modules() -> None:
    code = (
        "import sys\n"
        "from apigwv2_integrations import App, Stack\n"
        "from apigwv2_integrations import aws_lambda as l\n"
        "s = Stack(App(), 'S')\n"
        "l.Function(s, 'F', code=l.Code.from_inline('x'), handler='index.h', runtime=l.Runtime.PYTHON_3_12)\n"
        "prefix = 'apigwv2_integrations.aws_lambda.'\n"
        "names = ('lambda_insights', '_lambda_insights_layers', 'params_and_secrets_layers', '_region_layers')\n"
        "print(sorted(n for n in names if prefix + n in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
