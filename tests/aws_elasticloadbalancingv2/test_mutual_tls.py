"""Mutual TLS: trust stores, revocations, a listener's MutualAuthentication and listener certificates.

Expected resources are what aws-cdk-lib 2.275.0 synthesizes for the same app.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_ec2 import Vpc
from apigwv2_integrations.aws_elasticloadbalancingv2 import (
    ApplicationListener,
    ApplicationListenerCertificate,
    ApplicationListenerCertificateProps,
    ApplicationLoadBalancer,
    ApplicationProtocol,
    ListenerAction,
    ListenerCertificate,
    MutualAuthentication,
    MutualAuthenticationMode,
    RevocationContent,
    RevocationType,
    TrustStore,
    TrustStoreProps,
    TrustStoreRevocation,
    TrustStoreRevocationProps,
)
from apigwv2_integrations.aws_s3 import Bucket
from apigwv2_integrations.core.errors import ValidationError
from apigwv2_integrations.core.struct import fields_of
from tests.cfn_lint import assert_cfn_lint_clean
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

CERT_ABC = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
CERT_DEF = "arn:aws:acm:us-east-1:123456789012:certificate/def"
CERT_GHI = "arn:aws:acm:us-east-1:123456789012:certificate/ghi"
IMPORTED_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:truststore/foo/abc"
FIXED_200 = [{"FixedResponseConfig": {"StatusCode": "200"}, "Type": "fixed-response"}]


def _lb(stack: Stack) -> ApplicationLoadBalancer:
    return ApplicationLoadBalancer(stack, "Lb", vpc=Vpc(stack, "Vpc", max_azs=2))


def _store(stack: Stack) -> TrustStore:
    return TrustStore(stack, "Store", bucket=Bucket(stack, "Bucket"), key="ca.pem")


def _https_listener(lb: ApplicationLoadBalancer, id: str, port: int, mutual: Any) -> ApplicationListener:
    return lb.add_listener(
        id,
        port=port,
        protocol=ApplicationProtocol.HTTPS,
        certificates=[ListenerCertificate.from_arn(CERT_ABC)],
        default_action=ListenerAction.fixed_response(200),
        mutual_authentication=mutual,
    )


def _listener_properties(port: int, mutual: dict[str, Any]) -> dict[str, Any]:
    return {
        "Certificates": [{"CertificateArn": CERT_ABC}],
        "DefaultActions": FIXED_200,
        "LoadBalancerArn": {"Ref": "Lb1928D9D6"},
        "MutualAuthentication": mutual,
        "Port": port,
        "Protocol": "HTTPS",
    }


def test_trust_store_is_named_from_its_path(stack: Stack, template: Render) -> None:
    _store(stack)
    assert template(stack)["Resources"]["Store1D2A845B"] == {
        "Type": "AWS::ElasticLoadBalancingV2::TrustStore",
        "Properties": {
            "CaCertificatesBundleS3Bucket": {"Ref": "Bucket83908E77"},
            "CaCertificatesBundleS3Key": "ca.pem",
            "Name": "TestStoreC91E19FC",
        },
    }


def test_trust_store_renders_given_name_and_version(stack: Stack, template: Render) -> None:
    TrustStore(
        stack,
        "Named",
        bucket=Bucket(stack, "Bucket"),
        key="ca2.pem",
        trust_store_name="my-store",
        version="v1",
    )
    assert template(stack)["Resources"]["NamedD2F31604"] == {
        "Type": "AWS::ElasticLoadBalancingV2::TrustStore",
        "Properties": {
            "CaCertificatesBundleS3Bucket": {"Ref": "Bucket83908E77"},
            "CaCertificatesBundleS3Key": "ca2.pem",
            "CaCertificatesBundleS3ObjectVersion": "v1",
            "Name": "my-store",
        },
    }


def test_trust_store_attributes_resolve_to_the_resource(stack: Stack) -> None:
    store = _store(stack)
    assert stack.resolve(store.trust_store_name) == {"Ref": "Store1D2A845B"}
    assert stack.resolve(store.trust_store_arn) == {"Fn::GetAtt": ["Store1D2A845B", "TrustStoreArn"]}
    assert stack.resolve(store.number_of_ca_certificates) == {
        "Fn::GetAtt": ["Store1D2A845B", "NumberOfCaCertificates"]
    }
    assert stack.resolve(store.status) == {"Fn::GetAtt": ["Store1D2A845B", "Status"]}


def test_imported_trust_store_takes_its_name_from_the_arn(stack: Stack) -> None:
    imported = TrustStore.from_trust_store_arn(stack, "Imported", IMPORTED_ARN)
    assert imported.trust_store_arn == IMPORTED_ARN
    assert (
        stack.resolve(imported.trust_store_name)
        == "arn:aws:elasticloadbalancing:us-east-1:123456789012:truststore"
    )


def test_revocation_renders_each_content(stack: Stack, template: Render) -> None:
    bucket = Bucket(stack, "Bucket")
    store = TrustStore(stack, "Store", bucket=bucket, key="ca.pem")
    TrustStoreRevocation(
        stack,
        "Revocation",
        trust_store=store,
        revocation_contents=[
            RevocationContent(bucket=bucket, key="crl.pem"),
            {"bucket": bucket, "key": "crl2.pem", "revocation_type": RevocationType.CRL, "version": "v2"},
        ],
    )
    assert template(stack)["Resources"]["Revocation2857AF0C"] == {
        "Type": "AWS::ElasticLoadBalancingV2::TrustStoreRevocation",
        "Properties": {
            "RevocationContents": [
                {"S3Bucket": {"Ref": "Bucket83908E77"}, "S3Key": "crl.pem"},
                {
                    "RevocationType": "CRL",
                    "S3Bucket": {"Ref": "Bucket83908E77"},
                    "S3Key": "crl2.pem",
                    "S3ObjectVersion": "v2",
                },
            ],
            "TrustStoreArn": {"Fn::GetAtt": ["Store1D2A845B", "TrustStoreArn"]},
        },
    }


def test_verify_mode_renders_every_setting(stack: Stack, template: Render) -> None:
    store = _store(stack)
    _lb(stack).add_listener(
        "Verify",
        port=443,
        certificates=[ListenerCertificate.from_arn(CERT_ABC)],
        default_action=ListenerAction.fixed_response(200),
        mutual_authentication=MutualAuthentication(
            trust_store=store,
            mutual_authentication_mode=MutualAuthenticationMode.VERIFY,
            ignore_client_certificate_expiry=True,
            advertise_trust_store_ca_names=True,
        ),
    )
    assert template(stack)["Resources"]["LbVerify1BE4DEC2"] == {
        "Type": "AWS::ElasticLoadBalancingV2::Listener",
        "Properties": _listener_properties(
            443,
            {
                "AdvertiseTrustStoreCaNames": "on",
                "IgnoreClientCertificateExpiry": True,
                "Mode": "verify",
                "TrustStoreArn": {"Fn::GetAtt": ["Store1D2A845B", "TrustStoreArn"]},
            },
        ),
    }


def test_advertise_false_renders_off(stack: Stack, template: Render) -> None:
    store = _store(stack)
    mutual = MutualAuthentication(
        trust_store=store,
        mutual_authentication_mode=MutualAuthenticationMode.VERIFY,
        advertise_trust_store_ca_names=False,
        ignore_client_certificate_expiry=False,
    )
    _https_listener(_lb(stack), "L", 443, mutual)
    assert template(stack)["Resources"]["LbL59639F87"]["Properties"]["MutualAuthentication"] == {
        "AdvertiseTrustStoreCaNames": "off",
        "IgnoreClientCertificateExpiry": False,
        "Mode": "verify",
        "TrustStoreArn": {"Fn::GetAtt": ["Store1D2A845B", "TrustStoreArn"]},
    }


@pytest.mark.parametrize(
    ("id", "port", "mutual", "logical_id", "rendered"),
    [
        (
            "Pass",
            8443,
            MutualAuthentication(mutual_authentication_mode=MutualAuthenticationMode.PASS_THROUGH),
            "LbPassB3B4F70E",
            {"Mode": "passthrough"},
        ),
        (
            "Off",
            9443,
            MutualAuthentication(mutual_authentication_mode=MutualAuthenticationMode.OFF),
            "LbOff0480C655",
            {"Mode": "off"},
        ),
        ("Empty", 11443, {}, "LbEmptyC6AEF294", {}),
    ],
)
def test_modes_without_trust_store(
    stack: Stack, template: Render, id: str, port: int, mutual: Any, logical_id: str, rendered: dict[str, Any]
) -> None:
    _https_listener(_lb(stack), id, port, mutual)
    assert template(stack)["Resources"][logical_id] == {
        "Type": "AWS::ElasticLoadBalancingV2::Listener",
        "Properties": _listener_properties(port, rendered),
    }


def test_imported_trust_store_renders_its_arn(stack: Stack, template: Render) -> None:
    imported = TrustStore.from_trust_store_arn(stack, "Imported", IMPORTED_ARN)
    _https_listener(_lb(stack), "Imp", 12443, MutualAuthentication(trust_store=imported))
    assert template(stack)["Resources"]["LbImp15A494C7"] == {
        "Type": "AWS::ElasticLoadBalancingV2::Listener",
        "Properties": _listener_properties(12443, {"TrustStoreArn": IMPORTED_ARN}),
    }


def test_add_certificates_creates_application_listener_certificates(stack: Stack, template: Render) -> None:
    listener = _lb(stack).add_listener(
        "Verify",
        port=443,
        certificates=[ListenerCertificate.from_arn(arn) for arn in (CERT_ABC, CERT_DEF, CERT_GHI)],
        default_action=ListenerAction.fixed_response(200),
    )
    listener.add_certificates("More", [ListenerCertificate.from_arn(CERT_GHI)])
    assert isinstance(listener.node.find_child("DefaultCertificates1"), ApplicationListenerCertificate)
    resources = template(stack)["Resources"]
    expected = {
        "LbVerifyDefaultCertificates17EB513E7": CERT_DEF,
        "LbVerifyDefaultCertificates2CB067A83": CERT_GHI,
        "LbVerifyMore1FE20FC4B": CERT_GHI,
    }
    for logical_id, arn in expected.items():
        assert resources[logical_id] == {
            "Type": "AWS::ElasticLoadBalancingV2::ListenerCertificate",
            "Properties": {
                "Certificates": [{"CertificateArn": arn}],
                "ListenerArn": {"Ref": "LbVerify1BE4DEC2"},
            },
        }


def test_application_listener_certificate_for_direct_use(stack: Stack, template: Render) -> None:
    listener = _https_listener(_lb(stack), "Verify", 443, None)
    ApplicationListenerCertificate(
        stack, "Direct", listener=listener, certificates=[ListenerCertificate.from_arn(CERT_GHI)]
    )
    assert template(stack)["Resources"]["Direct897B135C"] == {
        "Type": "AWS::ElasticLoadBalancingV2::ListenerCertificate",
        "Properties": {
            "Certificates": [{"CertificateArn": CERT_GHI}],
            "ListenerArn": {"Ref": "LbVerify1BE4DEC2"},
        },
    }


def test_application_listener_certificate_requires_certificates(stack: Stack) -> None:
    listener = _https_listener(_lb(stack), "Verify", 443, None)
    with pytest.raises(ValidationError) as error:
        ApplicationListenerCertificate(stack, "Direct", listener=listener)
    assert str(error.value) == "Test: certificates=None; pass at least one certificate"


def test_verify_mode_requires_a_trust_store(stack: Stack) -> None:
    mutual = MutualAuthentication(mutual_authentication_mode=MutualAuthenticationMode.VERIFY)
    with pytest.raises(ValidationError) as error:
        _https_listener(_lb(stack), "L", 443, mutual)
    assert str(error.value) == (
        "Test/Lb: mutual_authentication.trust_store=None with mutual_authentication_mode=VERIFY; "
        "pass a trust_store, or choose another mode"
    )


@pytest.mark.parametrize(
    ("mode", "setting", "shown"),
    [
        (MutualAuthenticationMode.PASS_THROUGH, "ignore_client_certificate_expiry", "True"),
        (MutualAuthenticationMode.OFF, "ignore_client_certificate_expiry", "False"),
        (MutualAuthenticationMode.OFF, "advertise_trust_store_ca_names", "True"),
        (MutualAuthenticationMode.PASS_THROUGH, "advertise_trust_store_ca_names", "False"),
    ],
)
def test_off_and_pass_through_reject_verify_settings(
    stack: Stack, mode: MutualAuthenticationMode, setting: str, shown: str
) -> None:
    mutual = MutualAuthentication(mutual_authentication_mode=mode, **{setting: shown == "True"})
    with pytest.raises(ValidationError) as error:
        _https_listener(_lb(stack), "L", 443, mutual)
    assert str(error.value) == (
        f"Test/Lb: mutual_authentication.{setting}={shown} with mutual_authentication_mode={mode.name}; "
        f"remove {setting}, or use mutual_authentication_mode=VERIFY"
    )


def test_pass_through_rejects_a_trust_store(stack: Stack) -> None:
    imported = TrustStore.from_trust_store_arn(stack, "Imported", IMPORTED_ARN)
    mutual = MutualAuthentication(
        mutual_authentication_mode=MutualAuthenticationMode.PASS_THROUGH,
        trust_store=imported,
        ignore_client_certificate_expiry=True,
    )
    with pytest.raises(ValidationError) as error:
        _https_listener(_lb(stack), "L", 443, mutual)
    assert str(error.value) == (
        f"Test/Lb: mutual_authentication.trust_store={imported!r} with "
        "mutual_authentication_mode=PASS_THROUGH; remove trust_store, or use mutual_authentication_mode=VERIFY"
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("a" * 33, f"trust_store_name={'a' * 33!r} has 33 characters; use 1 to 32"),
        ("", "trust_store_name='' has 0 characters; use 1 to 32"),
        (
            "a_b",
            "trust_store_name='a_b' is invalid; use letters, digits and hyphens, "
            "not starting or ending with a hyphen",
        ),
        (
            "-ab",
            "trust_store_name='-ab' is invalid; use letters, digits and hyphens, "
            "not starting or ending with a hyphen",
        ),
        (
            "ab-",
            "trust_store_name='ab-' is invalid; use letters, digits and hyphens, "
            "not starting or ending with a hyphen",
        ),
    ],
)
def test_trust_store_name_is_checked(stack: Stack, name: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        TrustStore(stack, "T", bucket=Bucket(stack, "Bucket"), key="k", trust_store_name=name)
    assert str(error.value) == f"Test: {message}"


def test_trust_store_name_of_32_characters_is_accepted(stack: Stack, template: Render) -> None:
    TrustStore(stack, "T", bucket=Bucket(stack, "Bucket"), key="k", trust_store_name="a" * 32)
    (store,) = resources_of_type(template(stack), "AWS::ElasticLoadBalancingV2::TrustStore").values()
    assert store["Properties"]["Name"] == "a" * 32


@pytest.mark.parametrize(
    ("cls", "props", "skip"),
    [
        (TrustStore, TrustStoreProps, 2),
        (TrustStoreRevocation, TrustStoreRevocationProps, 2),
        (ApplicationListenerCertificate, ApplicationListenerCertificateProps, 2),
    ],
)
def test_keywords_match_props(cls: type, props: type, skip: int) -> None:
    keywords = list(inspect.signature(cls).parameters)[skip:]
    assert sorted(keywords) == sorted(f.name for f in fields_of(props))


def test_template_is_cfn_lint_clean(stack: Stack, template: Render) -> None:
    store = _store(stack)
    lb = _lb(stack)
    _https_listener(
        lb,
        "Verify",
        443,
        MutualAuthentication(trust_store=store, mutual_authentication_mode=MutualAuthenticationMode.VERIFY),
    ).add_certificates(
        "More", [ListenerCertificate.from_arn(CERT_DEF), ListenerCertificate.from_arn(CERT_GHI)]
    )
    _https_listener(
        lb,
        "Pass",
        8443,
        MutualAuthentication(mutual_authentication_mode=MutualAuthenticationMode.PASS_THROUGH),
    )
    TrustStoreRevocation(
        stack,
        "Revocation",
        trust_store=store,
        revocation_contents=[RevocationContent(bucket=Bucket(stack, "Crls"), key="crl.pem")],
    )
    assert_cfn_lint_clean(template(stack))
