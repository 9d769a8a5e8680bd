"""CallAwsService: the aws-sdk integration, the IAM action from the SDK's service name, and its errors."""

from __future__ import annotations

import inspect

import pytest

from apigwv2_integrations import Aws, Stack, ValidationError
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations import aws_stepfunctions_tasks as tasks
from apigwv2_integrations.core.struct import fields_of
from tests.aws_stepfunctions_tasks.conftest import machine, policy_statements, state_json


def _resource(suffix: str) -> object:
    return {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, f":states:::aws-sdk:{suffix}"]]}


def test_call_aws_service_keywords_match_its_props() -> None:
    keywords = set(inspect.signature(tasks.CallAwsService.__init__).parameters) - {"self", "scope", "id"}
    assert keywords == {f.name for f in fields_of(tasks.CallAwsServiceProps)}


def test_call_renders_the_sdk_resource_and_always_parameters(stack: Stack) -> None:
    bare = tasks.CallAwsService(stack, "List", service="s3", action="listBuckets", iam_resources=["*"])
    with_parameters = tasks.CallAwsService(
        stack,
        "Get",
        service="S3",
        action="getObject",
        iam_resources=["*"],
        parameters={"Bucket": "b", "Key": sfn.JsonPath.string_at("$.key")},
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    )
    assert state_json(stack, bare) == {
        "End": True,
        "Type": "Task",
        "Resource": _resource("s3:listBuckets"),
        "Parameters": {},
    }
    # The integration's service name is lower case.
    assert state_json(stack, with_parameters)["Resource"] == _resource("s3:getObject.waitForTaskToken")
    assert state_json(stack, with_parameters)["Parameters"] == {"Bucket": "b", "Key.$": "$.key"}


def test_a_jsonata_call_renders_arguments(stack: Stack) -> None:
    task = tasks.CallAwsService.jsonata(
        stack, "List", service="dynamodb", action="listTables", iam_resources=["*"], parameters={"Limit": 1}
    )
    assert state_json(stack, task)["Arguments"] == {"Limit": 1}


def test_the_role_gets_the_action_under_the_services_iam_prefix(stack: Stack) -> None:
    chain = (
        sfn.Chain.start(
            tasks.CallAwsService(stack, "A", service="sfn", action="listStateMachines", iam_resources=["*"])
        )
        .next(
            tasks.CallAwsService(
                stack, "B", service="cloudwatchlogs", action="describeLogGroups", iam_resources=["*"]
            )
        )
        .next(
            tasks.CallAwsService(stack, "C", service="efs", action="describeFileSystems", iam_resources=["*"])
        )
        .next(
            tasks.CallAwsService(
                stack,
                "D",
                service="s3",
                action="getObject",
                iam_action="s3:GetObject",
                iam_resources=["arn:aws:s3:::bucket/*"],
                additional_iam_statements=[iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"])],
            )
        )
    )
    machine(stack, chain)
    assert policy_statements(stack) == [
        {"Action": "states:listStateMachines", "Effect": "Allow", "Resource": "*"},
        {"Action": "logs:describeLogGroups", "Effect": "Allow", "Resource": "*"},
        {"Action": "elasticfilesystem:describeFileSystems", "Effect": "Allow", "Resource": "*"},
        {"Action": "s3:GetObject", "Effect": "Allow", "Resource": "arn:aws:s3:::bucket/*"},
        {"Action": "kms:Decrypt", "Effect": "Allow", "Resource": "*"},
    ]


def test_tokens_are_left_as_they_are(stack: Stack) -> None:
    task = tasks.CallAwsService(stack, "Call", service=Aws.REGION, action=Aws.STACK_NAME, iam_resources=["*"])
    assert state_json(stack, task)["Resource"] == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":states:::aws-sdk:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::StackName"},
            ],
        ]
    }


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"integration_pattern": sfn.IntegrationPattern.RUN_JOB},
            "integration_pattern=IntegrationPattern.RUN_JOB is not supported by CallAwsService; "
            "use IntegrationPattern.REQUEST_RESPONSE or WAIT_FOR_TASK_TOKEN",
        ),
        (
            {"action": "ListBuckets"},
            "action='ListBuckets' is not camelCase; write the action as the SDK names it, e.g. 'listBuckets'",
        ),
        (
            {"iam_resources": []},
            "iam_resources=[] names no resource; list the ARNs the action is called on, or ['*'] for any",
        ),
        (
            {"parameters": {"bucket": "b", "Key": "k", "prefix": "p"}},
            "parameters has keys that are not PascalCase: 'bucket', 'prefix'; write them as the API names them, e.g. 'Bucket'",
        ),
    ],
)
def test_call_aws_service_errors(stack: Stack, options: dict[str, object], message: str) -> None:
    given: dict[str, object] = {"service": "s3", "action": "listBuckets", "iam_resources": ["*"], **options}
    with pytest.raises(ValidationError) as error:
        tasks.CallAwsService(stack, "Call", **given)  # type: ignore[arg-type]
    assert str(error.value) == f"Test/Call: {message}"
