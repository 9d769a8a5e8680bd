"""Methods an app may call with aws_cdk's keyword names: each call below is written as it is for aws_cdk."""

from __future__ import annotations

from apigwv2_integrations import App, Reference, Stack
from apigwv2_integrations import aws_ec2 as ec2
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_kms as kms
from apigwv2_integrations import aws_s3 as s3
from apigwv2_integrations import aws_stepfunctions as sfn


def test_calls_with_aws_cdk_keywords(stack: Stack) -> None:
    key = kms.Key(stack, "Key")
    alias = key.add_alias("alias/first")
    assert alias.add_alias(alias="alias/second").alias_name == "alias/second"
    partitioned = s3.TargetObjectKeyFormat.partitioned_prefix(
        date_source=s3.PartitionDateSource.DELIVERY_TIME
    )
    assert partitioned._render() == {"PartitionedPrefix": {"PartitionDateSource": "DeliveryTime"}}
    assert ec2.SubnetFilter.contains_ip_addresses(ipv4addrs=["10.0.0.5"]) is not None
    choice = sfn.Choice(stack, "Choice").otherwise(def_=sfn.Pass(stack, "Done"))
    assert isinstance(choice, sfn.Choice)
    assert App.is_app(obj=stack.node.root)
    assert Reference("value", stack).display_name is None
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    tagged = iam.SessionTagsPrincipal(role)
    result = tagged.add_to_principal_policy(
        statement=iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])
    )
    assert result.statement_added


def test_object_key_grants_default_to_every_key(stack: Stack) -> None:
    bucket = s3.Bucket(stack, "Bucket")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    grant = bucket.grants.actions_on_object_keys(role)
    assert grant.success
    statement = role.default_policy.document.to_json()["Statement"][0]  # type: ignore[union-attr]
    assert stack.resolve(statement["Resource"]) == {
        "Fn::Join": ["", [{"Fn::GetAtt": ["Bucket83908E77", "Arn"]}, "/*"]]
    }
