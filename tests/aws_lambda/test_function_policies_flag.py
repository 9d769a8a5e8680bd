"""Under `@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy`, the role statements a function adds
itself (its dead-letter target, X-Ray for tracing) are inline Policies of their own, in aws-cdk-lib's
places: the dead-letter target's before the function, tracing's after it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import App, Stack
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_sns as sns

Render = Callable[[Stack], dict[str, Any]]
FLAG = "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy"


def _function(stack: Stack, id: str, **props: Any) -> None:
    lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.PYTHON_3_13,
        handler="index.handler",
        code=lambda_.Code.from_inline("x"),
        **props,
    )


def test_dead_letter_and_tracing_statements_are_policies_of_their_own(template: Render) -> None:
    stack = Stack(App(context={FLAG: True}), "S")
    _function(stack, "Fn", dead_letter_queue_enabled=True, tracing=lambda_.Tracing.ACTIVE)
    _function(stack, "Topic", dead_letter_topic=sns.Topic(stack, "T"))
    resources = template(stack)["Resources"]
    # aws-cdk-lib 2.275.0's order and logical IDs for the same app.
    assert [(name, body["Type"]) for name, body in resources.items()] == [
        ("FnServiceRoleB9001A96", "AWS::IAM::Role"),
        ("FnDeadLetterQueue48721F4D", "AWS::SQS::Queue"),
        ("FninlinePolicyAddedToExecutionRole00AF5C038", "AWS::IAM::Policy"),
        ("Fn9270CBC0", "AWS::Lambda::Function"),
        ("FninlinePolicyAddedToExecutionRole14828F0B9", "AWS::IAM::Policy"),
        ("TD925BC7E", "AWS::SNS::Topic"),
        ("TopicServiceRoleBAACD565", "AWS::IAM::Role"),
        ("TopicinlinePolicyAddedToExecutionRole06F02DD01", "AWS::IAM::Policy"),
        ("TopicBFC7AF6E", "AWS::Lambda::Function"),
    ]
    statements = {
        name: body["Properties"]["PolicyDocument"]["Statement"]
        for name, body in resources.items()
        if body["Type"] == "AWS::IAM::Policy"
    }
    assert statements == {
        "FninlinePolicyAddedToExecutionRole00AF5C038": [
            {
                "Action": "sqs:SendMessage",
                "Effect": "Allow",
                "Resource": {"Fn::GetAtt": ["FnDeadLetterQueue48721F4D", "Arn"]},
            }
        ],
        "FninlinePolicyAddedToExecutionRole14828F0B9": [
            {
                "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                "Effect": "Allow",
                "Resource": "*",
            }
        ],
        "TopicinlinePolicyAddedToExecutionRole06F02DD01": [
            {"Action": "sns:Publish", "Effect": "Allow", "Resource": {"Ref": "TD925BC7E"}}
        ],
    }
