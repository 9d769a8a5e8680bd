"""A resource's environment read from an ARN that holds tokens, as aws-cdk-lib reads it (core/resource.py)."""

from __future__ import annotations

from apigwv2_integrations import CfnParameter, Stack
from apigwv2_integrations.aws_sqs import Queue


def test_the_literal_account_and_region_of_an_arn_with_a_token_name(stack: Stack) -> None:
    name = CfnParameter(stack, "Name").value_as_string
    queue = Queue.from_queue_arn(stack, "Queue", f"arn:aws:sqs:us-east-1:123456789012:{name}")
    assert (queue.env.account, queue.env.region) == ("123456789012", "us-east-1")


def test_an_arn_that_is_a_token_is_split_at_deploy_time(stack: Stack) -> None:
    arn = CfnParameter(stack, "Arn").value_as_string
    queue = Queue.from_queue_arn(stack, "Queue", arn)
    split = {"Fn::Split": [":", {"Ref": "Arn"}]}
    assert stack.resolve(queue.env.account) == {"Fn::Select": [4, split]}
    assert stack.resolve(queue.env.region) == {"Fn::Select": [3, split]}
