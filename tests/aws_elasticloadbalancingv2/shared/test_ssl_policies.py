"""SslPolicy: the security policy names aws-cdk-lib 2.275.0 writes for each member, in its order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ListenerCertificate,
    NetworkLoadBalancer,
    Protocol,
    SslPolicy,
)

Render = Callable[[Stack], dict[str, Any]]

# Member name -> the SslPolicy of a TLS listener aws-cdk-lib synthesizes with it.
AWS_CDK_LIB_POLICIES = {
    "RECOMMENDED_TLS": "ELBSecurityPolicy-TLS13-1-2-2021-06",
    "TLS13_12_PQ": "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
    "RECOMMENDED": "ELBSecurityPolicy-2016-08",
    "TLS13_RES": "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
    "TLS13_EXT1": "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
    "TLS13_EXT2": "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
    "TLS13_10": "ELBSecurityPolicy-TLS13-1-0-2021-06",
    "TLS13_11": "ELBSecurityPolicy-TLS13-1-1-2021-06",
    "TLS13_13": "ELBSecurityPolicy-TLS13-1-3-2021-06",
    "TLS13_13_PQ": "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
    "TLS13_12_RES_PQ": "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
    "TLS13_12_EXT1_PQ": "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09",
    "TLS13_12_EXT2_PQ": "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09",
    "TLS13_10_PQ": "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09",
    "FIPS_TLS13_13": "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
    "FIPS_TLS13_12_RES": "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
    "FIPS_TLS13_12": "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
    "FIPS_TLS13_12_EXT0": "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04",
    "FIPS_TLS13_12_EXT1": "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04",
    "FIPS_TLS13_12_EXT2": "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04",
    "FIPS_TLS13_11": "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04",
    "FIPS_TLS13_10": "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04",
    "FIPS_TLS13_13_PQ": "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
    "FIPS_TLS13_12_PQ": "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09",
    "FIPS_TLS13_12_RES_PQ": "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
    "FIPS_TLS13_12_EXT0_PQ": "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09",
    "FIPS_TLS13_12_EXT1_PQ": "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09",
    "FIPS_TLS13_12_EXT2_PQ": "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09",
    "FIPS_TLS13_10_PQ": "ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09",
    "FORWARD_SECRECY_TLS12_RES_GCM": "ELBSecurityPolicy-FS-1-2-Res-2020-10",
    "FORWARD_SECRECY_TLS12_RES": "ELBSecurityPolicy-FS-1-2-Res-2019-08",
    "FORWARD_SECRECY_TLS12": "ELBSecurityPolicy-FS-1-2-2019-08",
    "FORWARD_SECRECY_TLS11": "ELBSecurityPolicy-FS-1-1-2019-08",
    "FORWARD_SECRECY": "ELBSecurityPolicy-FS-2018-06",
    "TLS12": "ELBSecurityPolicy-TLS-1-2-2017-01",
    "TLS12_EXT": "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
    "TLS11": "ELBSecurityPolicy-TLS-1-1-2017-01",
    "LEGACY": "ELBSecurityPolicy-TLS-1-0-2015-04",
}


def test_members_are_aws_cdk_libs_in_its_order() -> None:
    assert list(SslPolicy.__members__) == list(AWS_CDK_LIB_POLICIES)
    assert {name: member.value for name, member in SslPolicy.__members__.items()} == AWS_CDK_LIB_POLICIES


def test_each_policy_is_written_to_its_tls_listener(stack: Stack, template: Render) -> None:
    lb = NetworkLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=1))
    certificate = ListenerCertificate.from_arn("arn:aws:acm:us-east-1:123456789012:certificate/abc")
    for port, policy in enumerate(SslPolicy, start=1000):
        listener = lb.add_listener(
            policy.name, port=port, protocol=Protocol.TLS, certificates=[certificate], ssl_policy=policy
        )
        listener.add_targets("Targets", port=80)
    written = {
        resource["Properties"]["Port"]: resource["Properties"]["SslPolicy"]
        for resource in template(stack)["Resources"].values()
        if resource["Type"] == "AWS::ElasticLoadBalancingV2::Listener"
    }
    assert written == dict(enumerate(AWS_CDK_LIB_POLICIES.values(), start=1000))
