"""Version and Alias: rendering, ARNs and invoke grants."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.aws_iam import ServicePrincipal
from apigwv2_integrations.aws_lambda import Alias, Code, Function, Runtime, Version, VersionWeight

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack) -> Function:
    return Function(
        stack, "Fn", runtime=Runtime.NODEJS_22_X, handler="index.handler", code=Code.from_inline("x")
    )


def test_version_renders_with_do_not_refactor_metadata(stack: Stack, template: Render) -> None:
    Version(stack, "Version1", lambda_=_function(stack), description="v1")
    assert template(stack)["Resources"]["Version196602FE4"] == {
        "Type": "AWS::Lambda::Version",
        "Properties": {"Description": "v1", "FunctionName": {"Ref": "Fn9270CBC0"}},
        "Metadata": {"aws:cdk:do-not-refactor": True},
    }


def test_alias_points_to_the_version_and_grants_on_itself(stack: Stack, template: Render) -> None:
    version = Version(stack, "Version1", lambda_=_function(stack))
    alias = Alias(stack, "LiveAlias", alias_name="live", version=version, description="live alias")
    alias.grant_invoke(ServicePrincipal("apigateway.amazonaws.com"))
    resources = template(stack)["Resources"]
    assert resources["LiveAlias9B8FFEA9"]["Properties"] == {
        "Description": "live alias",
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "FunctionVersion": {"Fn::GetAtt": ["Version196602FE4", "Version"]},
        "Name": "live",
    }
    permission = resources["LiveAliasInvokeFcyXBRX02EWa52GlFECQiCzDt0fdRUDi4mo4foC5aU38B3853B"]
    assert permission["Properties"]["FunctionName"] == {"Ref": "LiveAlias9B8FFEA9"}
    assert stack.resolve(alias.function_arn) == {"Ref": "LiveAlias9B8FFEA9"}


def test_alias_routing_weights_render(stack: Stack, template: Render) -> None:
    function = _function(stack)
    v1 = Version(stack, "V1", lambda_=function)
    v2 = Version(stack, "V2", lambda_=function)
    Alias(
        stack, "A", alias_name="a", version=v1, additional_versions=[VersionWeight(version=v2, weight=0.25)]
    )
    routing = template(stack)["Resources"]["ACCC8ACD5"]["Properties"]["RoutingConfig"]
    assert routing == {
        "AdditionalVersionWeights": [
            {"FunctionVersion": {"Fn::GetAtt": ["V2EFE0F493", "Version"]}, "FunctionWeight": 0.25}
        ]
    }


def test_alias_weights_must_not_exceed_one(stack: Stack) -> None:
    function = _function(stack)
    v1 = Version(stack, "V1", lambda_=function)
    with pytest.raises(ValidationError) as error:
        Alias(
            stack,
            "A",
            alias_name="a",
            version=v1,
            additional_versions=[VersionWeight(version=v1, weight=1.5)],
        )
    assert str(error.value) == "Test/A: additional_versions weight=1.5 is out of range; use 0 to 1"


def test_version_from_arn_reads_the_qualifier(stack: Stack) -> None:
    version = Version.from_version_arn(stack, "IV", "arn:aws:lambda:us-east-1:123456789012:function:f:3")
    assert version.version == "3"
    assert version.function_arn == "arn:aws:lambda:us-east-1:123456789012:function:f:3"


@pytest.mark.parametrize("make", ["alias", "version"])
def test_negative_provisioned_concurrency_is_refused(stack: Stack, make: str) -> None:
    function = _function(stack)
    with pytest.raises(ValidationError) as error:
        if make == "alias":
            Alias(
                stack,
                "Live",
                alias_name="live",
                version=function.current_version,
                provisioned_concurrent_executions=-1,
            )
        else:
            Version(stack, "Live", lambda_=function, provisioned_concurrent_executions=-1)
    assert str(error.value) == (
        "Test/Live: provisioned_concurrent_executions=-1 is negative; use at least 1, "
        "or 0 or None for no provisioned concurrency"
    )


def test_zero_provisioned_concurrency_renders_no_config(stack: Stack, template: Render) -> None:
    function = _function(stack)
    Alias(
        stack,
        "Live",
        alias_name="live",
        version=function.current_version,
        provisioned_concurrent_executions=0,
    )
    Version(stack, "V1", lambda_=function, provisioned_concurrent_executions=0)
    resources = template(stack)["Resources"]
    assert "ProvisionedConcurrencyConfig" not in resources["Live848578DF"]["Properties"]
    assert "ProvisionedConcurrencyConfig" not in resources["V108D1B095"]["Properties"]


def test_latest_version_takes_an_alias_and_is_its_own_latest_version(stack: Stack, template: Render) -> None:
    function = _function(stack)
    latest = function.latest_version
    assert latest.latest_version is latest
    latest.add_alias("dev")
    assert template(stack)["Resources"]["FnLATESTAliasdev398FE6D6"]["Properties"] == {
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "FunctionVersion": "$LATEST",
        "Name": "dev",
    }


def test_imported_version_takes_an_alias(stack: Stack, template: Render) -> None:
    version = Version.from_version_attributes(stack, "Pinned", lambda_=_function(stack), version="7")
    version.add_alias("pinned")
    assert template(stack)["Resources"]["PinnedAliaspinned624FCCAA"]["Properties"] == {
        "FunctionName": {"Ref": "Fn9270CBC0"},
        "FunctionVersion": "7",
        "Name": "pinned",
    }


def test_versions_and_aliases_report_the_function_tenancy_config(stack: Stack) -> None:
    from apigwv2_integrations.aws_lambda import TenancyConfig

    config = TenancyConfig.PER_TENANT
    function = Function(
        stack,
        "Fn",
        runtime=Runtime.NODEJS_22_X,
        handler="index.handler",
        code=Code.from_inline("x"),
        tenancy_config=config,
    )
    version = function.current_version
    assert version.tenancy_config is config
    assert version.add_alias("live").tenancy_config is config
    assert function.latest_version.tenancy_config is config
