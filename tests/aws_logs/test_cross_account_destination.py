"""CrossAccountDestination: its generated name, its policy, and its use by subscription filters of this
and other accounts. The whole output is compared with aws-cdk-lib's in the parity case `logs-transformers`."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, Environment, Stack, SynthesisError, ValidationError
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations.core.struct import fields_of
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

_STREAM = "arn:aws:kinesis:eu-west-1:111111111111:stream/central"


def _destination(stack: Stack, id: str = "Destination", **kwargs: Any) -> logs.CrossAccountDestination:
    role = iam.Role(stack, f"{id}Role", assumed_by=iam.ServicePrincipal("logs.amazonaws.com"))
    return logs.CrossAccountDestination(stack, id, role=role, target_arn=_STREAM, **kwargs)


def test_an_unnamed_destination_is_named_after_its_stack_and_logical_id(
    stack: Stack, template: Render
) -> None:
    _subscribable_destination(stack)
    [properties] = [
        r["Properties"] for r in resources_of_type(template(stack), "AWS::Logs::Destination").values()
    ]
    assert properties["DestinationName"] == "Test-Destination920A3C57"


def test_a_destination_without_policy_statements_fails_only_under_the_validation_flag(
    stack: Stack, template: Render, tmp_path: Path
) -> None:
    # aws-cdk-lib writes an empty DestinationPolicy ("", which CloudFormation's schema refuses); its template
    # validation fails synthesis on it under @aws-cdk/core:validateAgainstDefaultRules, as here.
    _destination(stack)
    [properties] = [
        r["Properties"] for r in resources_of_type(template(stack), "AWS::Logs::Destination").values()
    ]
    assert properties["DestinationPolicy"] == ""
    validating_app = App(outdir=str(tmp_path), context={"@aws-cdk/core:validateAgainstDefaultRules": True})
    _destination(Stack(validating_app, "Test"))
    with pytest.raises(SynthesisError) as error:
        validating_app.synth()
    [(path, problem)] = error.value.problems
    assert path == "Test/Destination/Resource"
    assert problem.startswith(
        "DestinationPolicy: length 0 is below minimum 1 (CloudFormation Validate rule F3033, an error under "
        "@aws-cdk/core:validateAgainstDefaultRules)"
    )


def _subscribable_destination(stack: Stack, **kwargs: Any) -> logs.CrossAccountDestination:
    destination = _destination(stack, **kwargs)
    destination.add_to_policy(
        iam.PolicyStatement(
            actions=["logs:PutSubscriptionFilter"],
            principals=[iam.AccountPrincipal("222222222222")],
            resources=["*"],
        )
    )
    return destination


def test_add_to_policy_lets_accounts_subscribe(stack: Stack, template: Render) -> None:
    destination = _destination(stack, destination_name="central")
    destination.add_to_policy(
        iam.PolicyStatement(
            actions=["logs:PutSubscriptionFilter"],
            principals=[iam.AccountPrincipal("222222222222")],
            resources=["*"],
        )
    )
    properties = template(stack)["Resources"]["Destination920A3C57"]["Properties"]
    assert properties["DestinationName"] == "central"
    assert properties["DestinationPolicy"] == {
        "Fn::Join": [
            "",
            [
                '{"Statement":[{"Action":"logs:PutSubscriptionFilter","Effect":"Allow","Principal":{"AWS":"arn:',
                {"Ref": "AWS::Partition"},
                ':iam::222222222222:root"},"Resource":"*"}],"Version":"2012-10-17"}',
            ],
        ]
    }
    assert destination.policy_document.statement_count == 1


def test_a_subscription_filter_delivers_to_the_destination(stack: Stack, template: Render) -> None:
    destination = _subscribable_destination(stack)
    logs.LogGroup(stack, "Group").add_subscription_filter(
        "ToCentral", destination=destination, filter_pattern=logs.FilterPattern.all_events()
    )
    assert resources_of_type(template(stack), "AWS::Logs::SubscriptionFilter") == {
        "GroupToCentral4327525F": {
            "Type": "AWS::Logs::SubscriptionFilter",
            "Properties": {
                "DestinationArn": {"Fn::GetAtt": ["Destination920A3C57", "Arn"]},
                "FilterPattern": "",
                "LogGroupName": {"Ref": "GroupC77FDACD"},
            },
        }
    }
    assert stack.resolve(destination.destination_name) == {"Ref": "Destination920A3C57"}


def test_a_stack_of_another_account_reads_the_arn_by_name(app: App, template: Render) -> None:
    central = Stack(app, "Central", env=Environment(account="111111111111", region="eu-west-1"))
    workload = Stack(app, "Workload", env=Environment(account="222222222222", region="eu-west-1"))
    destination = _subscribable_destination(central, destination_name="central-logs")
    logs.SubscriptionFilter(
        workload,
        "ToCentral",
        log_group=logs.LogGroup(workload, "Group"),
        destination=destination,
        filter_pattern=logs.FilterPattern.all_events(),
    )
    [subscription] = resources_of_type(template(workload), "AWS::Logs::SubscriptionFilter").values()
    assert subscription["Properties"]["DestinationArn"] == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":logs:eu-west-1:111111111111:destination:central-logs"],
        ]
    }


def test_a_destination_takes_no_distribution(stack: Stack) -> None:
    destination = _destination(stack)
    with pytest.raises(ValidationError) as error:
        logs.LogGroup(stack, "Group").add_subscription_filter(
            "S",
            destination=destination,
            filter_pattern=logs.FilterPattern.all_events(),
            distribution=logs.Distribution.RANDOM,
        )
    assert str(error.value) == (
        "Test/Group/S: distribution=Distribution.RANDOM is given with destination=<CrossAccountDestination "
        "Test/Destination>; only a KinesisDestination takes a distribution, so drop it"
    )


def test_the_constructor_takes_the_keywords_of_its_props() -> None:
    keywords = list(inspect.signature(logs.CrossAccountDestination).parameters)
    assert keywords[2:] == [f.name for f in fields_of(logs.CrossAccountDestinationProps)]
