"""Record sets: names, TTLs, value formats, alias targets and routing policies."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from apigwv2_integrations import Duration, Stack, ValidationError
from apigwv2_integrations.aws_route53 import (
    AaaaRecord,
    AaaaRecordProps,
    AliasRecordTargetConfig,
    Alpn,
    ARecord,
    ARecordProps,
    CidrRoutingConfig,
    CnameRecord,
    CnameRecordProps,
    Continent,
    Failover,
    GeoLocation,
    HostedZone,
    HttpsRecord,
    HttpsRecordValue,
    IHostedZone,
    IRecordSet,
    MxRecord,
    MxRecordValue,
    NsRecord,
    PublicHostedZone,
    RecordSet,
    RecordSetProps,
    RecordTarget,
    RecordType,
    SvcbRecordValue,
    TxtRecord,
    TxtRecordProps,
    ZoneDelegationRecord,
)
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


class _Alias:
    def bind(self, record: IRecordSet, zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        return AliasRecordTargetConfig(dns_name="target.example.net", hosted_zone_id="ZTARGET")


def _records(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: v["Properties"] for k, v in resources_of_type(template, "AWS::Route53::RecordSet").items()}


def _zone(stack: Stack) -> IHostedZone:
    return HostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z1", zone_name="example.com")


@pytest.mark.parametrize(
    ("construct", "props"),
    [
        (RecordSet, RecordSetProps),
        (ARecord, ARecordProps),
        (AaaaRecord, AaaaRecordProps),
        (CnameRecord, CnameRecordProps),
        (TxtRecord, TxtRecordProps),
    ],
)
def test_constructor_keywords_match_props(construct: type, props: type) -> None:
    keywords = [
        p for p in inspect.signature(construct.__init__).parameters if p not in ("self", "scope", "id")
    ]
    assert sorted(keywords) == sorted(f.name for f in attrs.fields(props))


@pytest.mark.parametrize(
    ("record_name", "rendered"),
    [
        (None, "example.com."),
        ("www", "www.example.com."),
        ("www.example.com", "www.example.com."),
        ("example.com", "example.com."),
        ("other.example.org.", "other.example.org."),
    ],
)
def test_record_names_are_qualified_by_the_zone(
    stack: Stack, template: Render, record_name: str | None, rendered: str
) -> None:
    ARecord(
        stack,
        "Record",
        zone=_zone(stack),
        record_name=record_name,
        target=RecordTarget.from_values("192.0.2.1"),
    )
    assert _records(template(stack))["Record83264F3E"]["Name"] == rendered


def test_ttl_defaults_to_30_minutes_and_renders_as_a_string(stack: Stack, template: Render) -> None:
    zone = _zone(stack)
    ARecord(stack, "Default", zone=zone, target=RecordTarget.from_ip_addresses("192.0.2.1"))
    ARecord(
        stack, "Zero", zone=zone, target=RecordTarget.from_ip_addresses("192.0.2.2"), ttl=Duration.seconds(0)
    )
    ttls = sorted(r["TTL"] for r in _records(template(stack)).values())
    assert ttls == ["0", "1800"]


def test_alias_record_has_no_ttl_and_warns_about_one_given(stack: Stack, template: Render) -> None:
    record = ARecord(
        stack, "Alias", zone=_zone(stack), target=RecordTarget.from_alias(_Alias()), ttl=Duration.minutes(1)
    )
    (properties,) = _records(template(stack)).values()
    assert "TTL" not in properties
    assert properties["AliasTarget"] == {"DNSName": "target.example.net", "HostedZoneId": "ZTARGET"}
    warnings = [entry.data for entry in record.node.metadata if entry.type == "aws:cdk:warning"]
    assert warnings == [
        "Ignoring ttl since 'target' uses an alias target [ack: aws-cdk-lib/aws-route53:ttlIgnored]"
    ]


def test_txt_values_are_quoted_and_split_every_255_characters(stack: Stack, template: Render) -> None:
    TxtRecord(stack, "Txt", zone=_zone(stack), values=["hello", "x" * 256])
    (properties,) = _records(template(stack)).values()
    assert properties["ResourceRecords"] == ['"hello"', '"' + "x" * 255 + '""x"']


def test_cname_mx_and_ns_records_render_their_values(stack: Stack, template: Render) -> None:
    zone = _zone(stack)
    CnameRecord(stack, "Cname", zone=zone, record_name="docs", domain_name="docs.example.net")
    MxRecord(
        stack,
        "Mx",
        zone=zone,
        values=[
            MxRecordValue(priority=10, host_name="mail.example.com"),
            {"priority": 20, "host_name": "backup.example.com"},
        ],
    )
    NsRecord(stack, "Ns", zone=zone, record_name="sub", values=["ns-1.example.net."])
    rendered = {p["Type"]: p["ResourceRecords"] for p in _records(template(stack)).values()}
    assert rendered == {
        "CNAME": ["docs.example.net"],
        "MX": ["10 mail.example.com", "20 backup.example.com"],
        "NS": ["ns-1.example.net."],
    }


def test_routing_policies_get_generated_set_identifiers(stack: Stack, template: Render) -> None:
    zone = _zone(stack)
    target = RecordTarget.from_ip_addresses("192.0.2.1")
    ARecord(stack, "Weighted", zone=zone, target=target, weight=10)
    ARecord(stack, "Regional", zone=zone, target=target, region="eu-west-1")
    ARecord(stack, "Multi", zone=zone, target=target, multi_value_answer=True)
    ARecord(stack, "Secondary", zone=zone, target=target, failover=Failover.SECONDARY)
    identifiers = sorted(p["SetIdentifier"] for p in _records(template(stack)).values())
    assert identifiers == [
        "FAILOVER_SECONDARY_ID_TestSecondary3F48FAD2",
        "MVA_ID_TestMultiE54687C0",
        "REGION_eu-west-1_ID_TestRegionalFF57E013",
        "WEIGHT_10_ID_TestWeighted5A226C77",
    ]


def test_record_type_is_the_given_enum(stack: Stack, template: Render) -> None:
    RecordSet(
        stack,
        "Spf",
        zone=_zone(stack),
        record_type=RecordType.SPF,
        target=RecordTarget.from_values('"v=spf1 -all"'),
    )
    (properties,) = _records(template(stack)).values()
    assert properties["Type"] == "SPF"


def test_weight_out_of_range_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        ARecord(stack, "Record", zone=_zone(stack), target=RecordTarget.from_values("192.0.2.1"), weight=256)
    assert str(caught.value) == "Test/Record: weight=256 is out of range; use 0 to 255"


def test_set_identifier_without_a_routing_policy_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        ARecord(
            stack,
            "Record",
            zone=_zone(stack),
            target=RecordTarget.from_values("192.0.2.1"),
            set_identifier="a",
        )
    assert str(caught.value) == (
        "Test/Record: set_identifier='a' is only for routing policies; also set one of geo_location, weight, "
        "region, multi_value_answer, cidr_routing_config or failover, or leave set_identifier unset"
    )


def test_set_identifier_longer_than_128_characters_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        ARecord(
            stack,
            "Record",
            zone=_zone(stack),
            target=RecordTarget.from_values("192.0.2.1"),
            weight=1,
            set_identifier="s" * 129,
        )
    assert (
        str(caught.value) == f"Test/Record: set_identifier={'s' * 129!r} is 129 characters long; use 1 to 128"
    )


def test_two_routing_policies_are_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        ARecord(
            stack,
            "Record",
            zone=_zone(stack),
            target=RecordTarget.from_values("192.0.2.1"),
            weight=1,
            region="us-east-1",
        )
    assert str(caught.value) == (
        "Test/Record: region and weight are both set; use only one of geo_location, region, weight, "
        "multi_value_answer, cidr_routing_config or failover"
    )


def test_multi_value_answer_with_an_alias_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        ARecord(
            stack,
            "Record",
            zone=_zone(stack),
            target=RecordTarget.from_alias(_Alias()),
            multi_value_answer=True,
        )
    assert str(caught.value) == (
        "Test/Record: multi_value_answer=True cannot be used with an alias target; use RecordTarget.from_values()"
    )


def test_primary_failover_without_health_check_or_alias_is_rejected(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        ARecord(
            stack,
            "Record",
            zone=_zone(stack),
            target=RecordTarget.from_values("192.0.2.1"),
            failover=Failover.PRIMARY,
        )
    assert str(caught.value) == (
        "Test/Record: failover=Failover.PRIMARY needs a health_check (or an alias target that evaluates its "
        "health); give health_check=HealthCheck(...)"
    )


def test_delete_existing_is_refused(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        ARecord(
            stack,
            "Record",
            zone=_zone(stack),
            target=RecordTarget.from_values("192.0.2.1"),
            delete_existing=True,
        )
    assert str(caught.value) == (
        "Test/Record: delete_existing=True is not supported; delete the existing record before deploying"
    )


def test_domain_name_is_the_record_ref(stack: Stack) -> None:
    record = ARecord(
        stack,
        "Record",
        zone=PublicHostedZone(stack, "Zone", zone_name="example.com"),
        target=RecordTarget.from_values("192.0.2.1"),
    )
    assert stack.resolve(record.domain_name) == {"Ref": "Record83264F3E"}


def test_target_repr_reads_as_the_call() -> None:
    assert repr(RecordTarget.from_values("a", "b")) == "RecordTarget.from_values('a', 'b')"


def test_geo_location_country_must_be_an_iso_code() -> None:
    with pytest.raises(ValidationError) as caught:
        GeoLocation.country("de")
    assert str(caught.value) == (
        "country_code='de' is not a country code; use an upper-case ISO 3166-1 alpha-2 code, e.g. 'DE', or '*'"
    )


def test_geo_location_subdivisions_exist_only_in_the_us_and_ukraine() -> None:
    with pytest.raises(ValidationError) as caught:
        GeoLocation.subdivision("BY", "DE")
    assert str(caught.value) == "country_code='DE' has no subdivisions for geolocation; use 'US' or 'UA'"


def test_geo_location_subdivision_code_is_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        GeoLocation.subdivision("wash")
    assert str(caught.value) == (
        "subdivision_code='wash' is not a subdivision code; use 1 to 3 upper-case letters or digits, e.g. 'WA'"
    )


def test_geo_location_repr_reads_as_the_call() -> None:
    assert repr(GeoLocation.continent(Continent.EUROPE)) == "GeoLocation.continent(Continent.EUROPE)"
    assert repr(GeoLocation.subdivision("WA")) == "GeoLocation.subdivision('WA', 'US')"
    assert repr(GeoLocation.default()) == "GeoLocation.default()"


def test_zone_delegation_record_keeps_a_name_server_token_list(stack: Stack, template: Render) -> None:
    child = PublicHostedZone(stack, "Child", zone_name="dev.example.com")
    assert child.hosted_zone_name_servers is not None
    ZoneDelegationRecord(
        stack, "Delegation", zone=_zone(stack), record_name="dev", name_servers=child.hosted_zone_name_servers
    )
    (properties,) = _records(template(stack)).values()
    assert properties["ResourceRecords"] == {"Fn::GetAtt": ["ChildDAB30558", "NameServers"]}
    assert properties["TTL"] == "172800"


def test_failover_alias_must_evaluate_target_health(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        ARecord(
            stack,
            "Record",
            zone=_zone(stack),
            target=RecordTarget.from_alias(_Alias()),
            failover=Failover.SECONDARY,
        )
    assert str(caught.value) == (
        "Test/Record: failover=Failover.SECONDARY with an alias target needs evaluate_target_health=True on the "
        "target, got None"
    )


def test_cidr_routing_config_checks_the_collection_id() -> None:
    with pytest.raises(ValidationError) as caught:
        CidrRoutingConfig.with_default_location_name("not-a-uuid")
    assert str(caught.value) == (
        "collection_id='not-a-uuid' is not a CIDR collection ID; use a lower-case UUID "
        "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"
    )


def test_cidr_routing_config_needs_a_location_name_as_aws_cdk_lib_does() -> None:
    with pytest.raises(ValidationError) as caught:
        CidrRoutingConfig.create(collection_id="12345678-1234-1234-1234-123456789012")
    assert str(caught.value) == (
        "location_name=None is not a location name; use 1 to 16 letters, digits, '_', '-' or '*', "
        "or with_default_location_name()"
    )


def test_https_record_needs_exactly_one_of_values_and_target(stack: Stack) -> None:
    with pytest.raises(ValidationError) as caught:
        HttpsRecord(stack, "Https", zone=_zone(stack))
    assert str(caught.value) == "Test/Https: give exactly one of values and target"


def test_svcb_values_render_as_presentation_text() -> None:
    value = SvcbRecordValue.service(alpn=[Alpn.H2], port=8443, no_default_alpn=True)
    assert str(value) == '1 . alpn="h2" no-default-alpn port=8443'
    assert str(HttpsRecordValue.alias("cdn.example.net")) == "0 cdn.example.net"


@pytest.mark.parametrize(
    ("construct", "own"),
    [
        (ARecord, {"target": RecordTarget.from_values("192.0.2.1")}),
        (AaaaRecord, {"target": RecordTarget.from_values("2001:db8::1")}),
        (CnameRecord, {"domain_name": "target.example.net"}),
        (TxtRecord, {"values": ["hello"]}),
        (MxRecord, {"values": [MxRecordValue(host_name="mail.example.com", priority=10)]}),
        (NsRecord, {"values": ["ns1.example.net."]}),
        (HttpsRecord, {"values": [HttpsRecordValue.alias("target.example.net")]}),
    ],
)
def test_record_classes_pass_the_common_options_on(
    stack: Stack, template: Render, construct: type, own: dict[str, Any]
) -> None:
    construct(
        stack,
        "Record",
        zone=_zone(stack),
        comment="a comment",
        record_name="www",
        ttl=Duration.minutes(5),
        weight=20,
        set_identifier="blue",
        **own,
    )
    [record] = _records(template(stack)).values()
    assert (record["Comment"], record["Name"], record["TTL"], record["Weight"], record["SetIdentifier"]) == (
        "a comment",
        "www.example.com.",
        "300",
        20,
        "blue",
    )
