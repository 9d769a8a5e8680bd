"""Bucket: attribute-based access control (`abac_status`) and blocked encryption types."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.aws_s3 import BlockedEncryptionType, Bucket, BucketEncryption
from apigwv2_integrations.core.errors import ValidationError

Render = Callable[[Stack], dict[str, Any]]


def _bucket_properties(stack: Stack, template: Render) -> dict[str, Any]:
    [bucket] = [r for r in template(stack)["Resources"].values() if r["Type"] == "AWS::S3::Bucket"]
    properties: dict[str, Any] = bucket.get("Properties", {})
    return properties


@pytest.mark.parametrize(("abac_status", "rendered"), [(True, "Enabled"), (False, "Disabled")])
def test_abac_status_renders_enabled_or_disabled(
    stack: Stack, template: Render, abac_status: bool, rendered: str
) -> None:
    Bucket(stack, "Data", abac_status=abac_status)
    assert _bucket_properties(stack, template) == {"AbacStatus": rendered}


def test_blocked_types_without_encryption_make_a_rule_of_their_own(stack: Stack, template: Render) -> None:
    Bucket(stack, "Data", blocked_encryption_types=[BlockedEncryptionType.SSE_C])
    assert _bucket_properties(stack, template) == {
        "BucketEncryption": {
            "ServerSideEncryptionConfiguration": [{"BlockedEncryptionTypes": {"EncryptionType": ["SSE-C"]}}]
        }
    }


def test_blocked_types_join_the_default_encryption_rule(stack: Stack, template: Render) -> None:
    Bucket(
        stack,
        "Data",
        encryption=BucketEncryption.KMS_MANAGED,
        bucket_key_enabled=True,
        blocked_encryption_types=[BlockedEncryptionType.custom("SSE-C")],
    )
    assert _bucket_properties(stack, template) == {
        "BucketEncryption": {
            "ServerSideEncryptionConfiguration": [
                {
                    "BlockedEncryptionTypes": {"EncryptionType": ["SSE-C"]},
                    "BucketKeyEnabled": True,
                    "ServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"},
                }
            ]
        }
    }


def test_blocked_encryption_types_refuses_an_empty_list(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Bucket(stack, "Data", blocked_encryption_types=[])
    assert str(error.value) == (
        "Test/Data: blocked_encryption_types=[] blocks nothing; "
        "name at least one type, e.g. [BlockedEncryptionType.SSE_C], or leave it unset"
    )


def test_blocked_encryption_types_refuses_none_next_to_other_types(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        Bucket(
            stack,
            "Data",
            blocked_encryption_types=[BlockedEncryptionType.SSE_C, BlockedEncryptionType.NONE],
        )
    assert str(error.value) == (
        "Test/Data: blocked_encryption_types=[BlockedEncryptionType.SSE_C, BlockedEncryptionType.NONE] mixes "
        "NONE (block nothing) with other types; pass [BlockedEncryptionType.NONE] alone, or only the types "
        "to block"
    )


def test_blocked_encryption_type_repr_names_the_constant_or_the_factory() -> None:
    assert repr(BlockedEncryptionType.SSE_C) == "BlockedEncryptionType.SSE_C"
    assert repr(BlockedEncryptionType.custom("SSE-KMS")) == "BlockedEncryptionType.custom('SSE-KMS')"
