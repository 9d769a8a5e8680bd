"""CustomResource: a CloudFormation custom resource backed by a Lambda function or an SNS topic."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .annotations import Annotations
from .cfn_reference import CfnReference
from .cfn_resource import CfnResource
from .construct import Construct
from .duration import Duration
from .errors import ValidationError
from .removal_policy import RemovalPolicy
from .resource import Resource
from .runtime_typing import TYPE_CHECKING
from .struct import LazyAttrsMeta, field, lazy_frozen
from .tokens.token import Token, Tokenization

if TYPE_CHECKING:
    from typing import Any

__all__ = ["CustomResource", "CustomResourceProps"]

_DEFAULT_TYPE = "AWS::CloudFormation::CustomResource"
_TYPE_PREFIX = "Custom::"
_MAX_TYPE_LENGTH = 60
_TYPE_NAME = re.compile(r"^[a-z0-9_@-]+$", re.IGNORECASE)
_MIN_TIMEOUT_SECONDS = 1
_MAX_TIMEOUT_SECONDS = 3600


def _to_properties(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return dict(value) if value is not None else None


@lazy_frozen(kw_only=True)
class CustomResourceProps(metaclass=LazyAttrsMeta):
    """Properties of a CustomResource."""

    service_token: str
    """The ARN of the provider: a Lambda function or an SNS topic that handles the resource's events."""
    pascal_case_properties: bool | None = None
    """Upper-case the first letter of every key of `properties`. Default: False."""
    properties: dict[str, Any] | None = field(default=None, converter=_to_properties)
    """The properties passed to the provider. Default: none."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the resource when it leaves the stack. Default: RemovalPolicy.DESTROY."""
    resource_type: str | None = None
    """The resource type, `Custom::<name>`. Default: `AWS::CloudFormation::CustomResource`."""
    service_timeout: Duration | None = None
    """How long CloudFormation waits for the provider, 1 second to 1 hour. Default: 1 hour."""


class CustomResource(Resource):
    """A custom resource (`AWS::CloudFormation::CustomResource` or `Custom::<name>`) whose provider is given
    by its service token."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.CustomResource"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service_token: str,
        pascal_case_properties: bool | None = None,
        properties: Mapping[str, Any] | None = None,
        removal_policy: RemovalPolicy | None = None,
        resource_type: str | None = None,
        service_timeout: Duration | None = None,
    ) -> None:
        props = CustomResourceProps(
            service_token=service_token,
            pascal_case_properties=pascal_case_properties,
            properties=properties,
            removal_policy=removal_policy,
            resource_type=resource_type,
            service_timeout=service_timeout,
        )
        super().__init__(scope, id)
        rendered_type = self._render_type(props.resource_type)
        given = props.properties or {}
        if props.pascal_case_properties:
            given = {key[:1].upper() + key[1:]: value for key, value in given.items()}
        own = {
            "ServiceToken": props.service_token,
            "ServiceTimeout": self._render_timeout(props.service_timeout),
        }
        overwritten = [key for key in given if key in own]
        if overwritten:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/core:customResourcePropConflict",
                "The following keys will be overwritten as they exist in the 'properties' prop. "
                f"Keys found: {','.join(overwritten)}",
            )
        self._resource = CfnResource(self, "Default", type=rendered_type, properties={**own, **given})
        self._resource.apply_removal_policy(props.removal_policy, default=RemovalPolicy.DESTROY)

    def _render_type(self, resource_type: str | None) -> str:
        if not resource_type:
            return _DEFAULT_TYPE
        if not resource_type.startswith(_TYPE_PREFIX):
            raise ValidationError(
                self,
                f"resource_type={resource_type!r} does not start with 'Custom::'; use 'Custom::<name>'",
            )
        if len(resource_type) > _MAX_TYPE_LENGTH:
            raise ValidationError(
                self,
                f"resource_type={resource_type!r} is {len(resource_type)} characters long; "
                f"use at most {_MAX_TYPE_LENGTH}",
            )
        name = resource_type[len(_TYPE_PREFIX) :]
        if not _TYPE_NAME.match(name):
            raise ValidationError(
                self,
                f"resource_type={resource_type!r} has a name with other characters than letters, digits "
                "and '_@-'; use only those after 'Custom::'",
            )
        return resource_type

    def _render_timeout(self, timeout: Duration | None) -> str | None:
        if timeout is None:
            return None
        seconds = timeout.to_seconds()
        if timeout.is_unresolved():
            return Token.as_string(seconds)
        if not _MIN_TIMEOUT_SECONDS <= seconds <= _MAX_TIMEOUT_SECONDS:
            raise ValidationError(
                self,
                f"service_timeout={timeout!r} is out of range; use {_MIN_TIMEOUT_SECONDS} second to "
                f"{_MAX_TIMEOUT_SECONDS} seconds (1 hour)",
            )
        return Tokenization.stringify_number(seconds)

    @property
    def ref(self) -> str:
        """The physical id the provider returned (`Ref` of the resource)."""
        return self._resource.ref

    def get_att(self, attribute_name: str) -> CfnReference:
        """`Fn::GetAtt` of `attribute_name`: a value of the provider's response `Data`."""
        return self._resource.get_att(attribute_name)

    def get_att_string(self, attribute_name: str) -> str:
        """`get_att(attribute_name)` as a string token."""
        return Token.as_string(self.get_att(attribute_name))
