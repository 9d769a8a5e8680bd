"""Hosted zones: names, VPC associations, imports, lookups and the delegation grant."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations import App, Environment, Stack, ValidationError
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_iam import AccountRootPrincipal, Role
from apigwv2_integrations.aws_kms import Key, KeySpec, KeyUsage
from apigwv2_integrations.aws_route53 import (
    HostedZone,
    HostedZoneProps,
    PrivateHostedZone,
    PrivateHostedZoneProps,
    PublicHostedZone,
    PublicHostedZoneProps,
)
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]
LOOKUP_CASE = Path(__file__).parent.parent / "data" / "parity" / "route53-lookup"


def _keywords(function: Callable[..., Any]) -> list[str]:
    return sorted(p for p in inspect.signature(function).parameters if p not in ("self", "scope", "id"))


@pytest.mark.parametrize(
    ("construct", "props"),
    [
        (HostedZone, HostedZoneProps),
        (PublicHostedZone, PublicHostedZoneProps),
        (PrivateHostedZone, PrivateHostedZoneProps),
    ],
)
def test_constructor_keywords_match_props(construct: type, props: type) -> None:
    assert _keywords(construct.__init__) == sorted(f.name for f in attrs.fields(props))


def test_zone_name_gets_a_trailing_dot_unless_told_not_to(stack: Stack, template: Render) -> None:
    HostedZone(stack, "Dotted", zone_name="example.com")
    HostedZone(stack, "AsGiven", zone_name="example.org", add_trailing_dot=False)
    names = sorted(
        r["Properties"]["Name"]
        for r in resources_of_type(template(stack), "AWS::Route53::HostedZone").values()
    )
    assert names == ["example.com.", "example.org"]


def test_zone_name_label_longer_than_63_characters_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HostedZone(stack, "Zone", zone_name="a" * 64 + ".com")
    assert str(caught.value) == (
        f"Test/Zone: zone_name={'a' * 64 + '.com'!r} has a label longer than 63 characters; use at most 63 per label"
    )


def test_zone_name_with_a_space_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        PublicHostedZone(stack, "Zone", zone_name="my zone.com")
    assert str(caught.value) == (
        "Test/Zone: zone_name='my zone.com' has characters a zone name cannot have; "
        "use a-z, 0-9, '-', '.' and ASCII punctuation"
    )


def test_public_zone_refuses_a_vpc(stack: Stack) -> None:
    zone = PublicHostedZone(stack, "Zone", zone_name="example.com")
    with pytest.raises(ValidationError) as caught:
        zone.add_vpc(Vpc(stack, "Vpc", max_azs=1, nat_gateways=0))
    assert str(caught.value) == (
        "Test/Zone: add_vpc() cannot associate a public hosted zone with a VPC; use a PrivateHostedZone"
    )


def test_delegation_role_name_without_a_principal_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        PublicHostedZone(stack, "Zone", zone_name="example.com", cross_account_zone_delegation_role_name="r")
    assert str(caught.value) == (
        "Test/Zone: cross_account_zone_delegation_role_name='r' needs a cross_account_zone_delegation_principal; "
        "give the principal or leave the name unset"
    )


def test_delegation_to_an_imported_zone_needs_its_name_servers(stack: Stack) -> None:
    zone = PublicHostedZone(stack, "Zone", zone_name="example.com")
    child = PublicHostedZone.from_public_hosted_zone_attributes(
        stack, "Child", hosted_zone_id="Z2", zone_name="dev.example.com"
    )
    with pytest.raises(ValidationError) as caught:
        zone.add_delegation(child)
    assert str(caught.value) == (
        "Test/Zone: add_delegation() needs the name servers of 'dev.example.com', which an imported zone does "
        "not know; add a ZoneDelegationRecord with name_servers instead"
    )


def test_private_zone_lists_every_vpc_with_its_region(stack: Stack, template: Render) -> None:
    vpc = Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
    zone = PrivateHostedZone(stack, "Zone", zone_name="internal.example", vpc=vpc)
    zone.add_vpc(Vpc(stack, "Other", max_azs=1, nat_gateways=0))
    (resource,) = resources_of_type(template(stack), "AWS::Route53::HostedZone").values()
    assert [v["VPCId"] for v in resource["Properties"]["VPCs"]] == [
        {"Ref": "Vpc8378EB38"},
        {"Ref": "Other34654A52"},
    ]
    assert {json.dumps(v["VPCRegion"]) for v in resource["Properties"]["VPCs"]} == {'{"Ref": "AWS::Region"}'}
    assert len(zone.vpcs) == 2


def test_zone_imported_by_id_has_no_name(stack: Stack) -> None:
    zone = HostedZone.from_hosted_zone_id(stack, "Zone", "Z123")
    assert zone.hosted_zone_id == "Z123"
    with pytest.raises(ValidationError) as caught:
        _ = zone.zone_name
    assert str(caught.value) == (
        "Test/Zone: zone_name is unknown: the zone was imported with HostedZone.from_hosted_zone_id(), which "
        "gives only its ID; import it with HostedZone.from_hosted_zone_attributes() or HostedZone.from_lookup() "
        "when its name is needed"
    )


def test_public_zone_imported_by_id_points_to_the_public_import(stack: Stack) -> None:
    zone = PublicHostedZone.from_public_hosted_zone_id(stack, "Zone", "Z123")
    with pytest.raises(ValidationError) as caught:
        _ = zone.zone_name
    assert str(caught.value) == (
        "Test/Zone: zone_name is unknown: the zone was imported with PublicHostedZone.from_public_hosted_zone_id(), "
        "which gives only its ID; import it with PublicHostedZone.from_public_hosted_zone_attributes() when its "
        "name is needed"
    )


def test_imported_zone_arn_has_no_region_or_account(stack: Stack) -> None:
    zone = HostedZone.from_hosted_zone_attributes(
        stack, "Zone", hosted_zone_id="Z123", zone_name="example.com"
    )
    assert zone.name == "example.com"
    assert stack.resolve(zone.hosted_zone_arn) == {
        "Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":route53:::hostedzone/Z123"]]
    }


def test_grant_delegation_allows_ns_changes_and_zone_listing(stack: Stack, template: Render) -> None:
    zone = PublicHostedZone(stack, "Zone", zone_name="example.com")
    role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
    zone.grant_delegation(role, delegated_zone_names=["sub.example.com", "*.example.com"])
    (policy,) = resources_of_type(template(stack), "AWS::IAM::Policy").values()
    statements = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statements[0]["Action"] == "route53:ChangeResourceRecordSets"
    assert statements[0]["Condition"] == {
        "ForAllValues:StringEquals": {
            "route53:ChangeResourceRecordSetsRecordTypes": ["NS"],
            "route53:ChangeResourceRecordSetsActions": ["UPSERT", "DELETE"],
            "route53:ChangeResourceRecordSetsNormalizedRecordNames": ["sub.example.com", "\\052.example.com"],
        }
    }
    assert statements[1] == {"Action": "route53:ListHostedZonesByName", "Effect": "Allow", "Resource": "*"}


def test_lookup_in_an_environment_agnostic_stack_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HostedZone.from_lookup(stack, "Zone", domain_name="example.com")
    assert str(caught.value) == (
        "Test: HostedZone.from_lookup(domain_name='example.com') needs the stack's account and region; give the "
        "Stack an env=Environment(account=..., region=...), or use HostedZone.from_hosted_zone_attributes()"
    )


def test_lookup_with_a_malformed_context_value_is_rejected(app: App) -> None:
    app.node.set_context("hosted-zone:account=111111111111:domainName=example.com:region=eu-west-1", "Z1")
    stack = Stack(app, "Env", env=Environment(account="111111111111", region="eu-west-1"))
    with pytest.raises(ValidationError) as caught:
        HostedZone.from_lookup(stack, "Zone", domain_name="example.com")
    assert str(caught.value) == (
        "Env: context 'hosted-zone:account=111111111111:domainName=example.com:region=eu-west-1'='Z1' is not "
        "a hosted zone; it needs an 'Id' and a 'Name'"
    )


def test_missing_lookup_is_recorded_in_the_manifest_as_aws_cdk_lib_does(app: App, tmp_path: Path) -> None:
    stack = Stack(app, "route53-lookup", env=Environment(account="123456789012", region="us-east-1"))
    zone = HostedZone.from_lookup(
        stack, "Missing", domain_name="internal.example", private_zone=True, vpc_id="vpc-12345678"
    )
    assert (zone.hosted_zone_id, zone.zone_name) == ("DUMMY", "internal.example")
    manifest = json.loads((Path(app.synth().directory) / "manifest.json").read_text())
    expected = json.loads((LOOKUP_CASE / "manifest.json").read_text())["missing"]
    assert manifest["missing"] == expected


def test_dnssec_can_be_enabled_once(stack: Stack) -> None:
    key = Key(stack, "Key", key_spec=KeySpec.ECC_NIST_P256, key_usage=KeyUsage.SIGN_VERIFY)
    zone = PublicHostedZone(stack, "Zone", zone_name="example.com")
    zone.enable_dnssec(kms_key=key)
    with pytest.raises(ValidationError) as caught:
        zone.enable_dnssec(kms_key=key)
    assert str(caught.value) == (
        "Test/Zone: enable_dnssec() was already called; a zone has one key-signing key here"
    )
