"""Encryption of a state machine's or activity's data: an AWS-owned key or a customer-managed KMS key."""

from __future__ import annotations

from ..cfn.aws_stepfunctions import CfnActivity, CfnStateMachine
from ..core.duration import Duration
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from ..aws_kms import IKey

_MIN_REUSE_SECONDS = 60
_MAX_REUSE_SECONDS = 900
# aws-cdk-lib renders this reuse period when none is given.
_DEFAULT_REUSE_SECONDS = 300


class EncryptionConfiguration:
    """How the data is encrypted."""

    def __init__(self, type: str) -> None:  # noqa: A002 - aws_cdk's keyword
        self.type = type


class AwsOwnedEncryptionConfiguration(EncryptionConfiguration):
    """Encryption with a key AWS owns (the default)."""

    def __init__(self) -> None:
        super().__init__("AWS_OWNED_KEY")


class CustomerManagedEncryptionConfiguration(EncryptionConfiguration):
    """Encryption with your KMS key; data keys are reused for a while."""

    def __init__(self, kms_key: IKey, kms_data_key_reuse_period_seconds: Duration | None = None) -> None:
        super().__init__("CUSTOMER_MANAGED_KMS_KEY")
        period = kms_data_key_reuse_period_seconds
        if period is not None and not _MIN_REUSE_SECONDS <= period.to_seconds() <= _MAX_REUSE_SECONDS:
            raise ValidationError(
                None,
                f"kms_data_key_reuse_period_seconds={period!r} is out of range; use 60 to 900 seconds",
            )
        self.kms_key = kms_key
        self.kms_data_key_reuse_period_seconds = period


_EncryptionProperty = TypeVar(
    "_EncryptionProperty",
    CfnStateMachine.EncryptionConfigurationProperty,
    CfnActivity.EncryptionConfigurationProperty,
)


def render_encryption_configuration(
    configuration: EncryptionConfiguration | None,
    property_type: type[_EncryptionProperty],
) -> _EncryptionProperty | None:
    """The EncryptionConfiguration of a state machine or activity (`property_type`: its L1 struct)."""
    if isinstance(configuration, AwsOwnedEncryptionConfiguration):
        return property_type(type=configuration.type)
    if isinstance(configuration, CustomerManagedEncryptionConfiguration):
        period = configuration.kms_data_key_reuse_period_seconds
        return property_type(
            kms_key_id=configuration.kms_key.key_arn,
            kms_data_key_reuse_period_seconds=period.to_seconds()
            if period is not None
            else _DEFAULT_REUSE_SECONDS,
            type=configuration.type,
        )
    return None
