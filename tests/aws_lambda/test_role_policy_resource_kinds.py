"""A function's default role policy never mixes a statement whose whole resources are a list token
(`Fn.split`, `Fn.get_azs`) with statements of literal resources: CloudFormation cannot resolve both in
one document, so a statement of the other kind goes into an inline Policy of its own, as aws-cdk-lib
does without the `@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy` flag."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import App, Fn, Stack
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_lambda as lambda_

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack, id: str) -> lambda_.Function:
    return lambda_.Function(
        stack,
        id,
        runtime=lambda_.Runtime.PYTHON_3_13,
        handler="index.handler",
        code=lambda_.Code.from_inline("x"),
    )


def _statements(template: dict[str, Any]) -> dict[str, list[str]]:
    return {
        name: [statement["Action"] for statement in body["Properties"]["PolicyDocument"]["Statement"]]
        for name, body in template["Resources"].items()
        if body["Type"] == "AWS::IAM::Policy"
    }


def _buckets() -> list[str]:
    return Fn.split(",", Fn.import_value("Buckets"))


def test_a_list_token_after_literal_resources_gets_a_policy_of_its_own(template: Render) -> None:
    stack = Stack(App(), "S")
    fn = _function(stack, "Literal")
    fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=_buckets()))
    # A token inside a literal list is a literal resource: it joins the default policy.
    one_bucket = f"arn:aws:s3:::{Fn.import_value('One')}"
    fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=[one_bucket]))
    rendered = template(stack)
    # aws-cdk-lib 2.275.0's logical IDs and statements for the same app.
    assert _statements(rendered) == {
        "LiteralServiceRoleDefaultPolicy428CFB91": ["s3:GetObject", "s3:ListBucket"],
        "LiteralinlinePolicyAddedToExecutionRole01C67E1B0": ["s3:PutObject"],
    }
    inline = rendered["Resources"]["LiteralinlinePolicyAddedToExecutionRole01C67E1B0"]["Properties"]
    assert inline["PolicyDocument"]["Statement"][0]["Resource"] == {
        "Fn::Split": [",", {"Fn::ImportValue": "Buckets"}]
    }
    assert inline["Roles"] == [{"Ref": "LiteralServiceRole3234FDCB"}]


def test_literal_resources_after_a_list_token_get_a_policy_of_their_own(template: Render) -> None:
    stack = Stack(App(), "S")
    fn = _function(stack, "Token")
    fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=_buckets()))
    fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=Fn.get_azs()))
    rendered = template(stack)
    assert list(rendered["Resources"]) == [
        "TokenServiceRole479AFD3A",
        "TokenServiceRoleDefaultPolicyF4B0B634",
        "TokenCB33349F",
        "TokeninlinePolicyAddedToExecutionRole0E2D663B6",
    ]
    assert _statements(rendered) == {
        "TokenServiceRoleDefaultPolicyF4B0B634": ["s3:PutObject", "s3:ListBucket"],
        "TokeninlinePolicyAddedToExecutionRole0E2D663B6": ["s3:GetObject"],
    }


def test_statements_of_one_kind_share_the_default_policy(template: Render) -> None:
    stack = Stack(App(), "S")
    fn = _function(stack, "Same")
    fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
    fn.add_to_role_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
    assert _statements(template(stack)) == {
        "SameServiceRoleDefaultPolicyCCC4C63E": ["s3:GetObject", "sqs:SendMessage"],
    }
