"""The props structs of the core CloudFormation elements (`CfnOutputProps`, `CfnParameterProps`, ...): the
keyword arguments of each element's constructor as one value, as aws_cdk has them."""

from __future__ import annotations

from .cfn_condition import CfnCondition
from .cfn_dynamic_reference import CfnDynamicReferenceService
from .cfn_rule import CfnRuleAssertion
from .converters import optional_dict, optional_tuple
from .runtime_typing import TYPE_CHECKING
from .struct import LazyAttrsMeta, field, lazy_frozen
from .tokens.fn import ICfnConditionExpression, ICfnRuleConditionExpression

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class CfnOutputProps(metaclass=LazyAttrsMeta):
    """Properties of a CfnOutput."""

    value: str
    """The output's value."""
    condition: CfnCondition | None = None
    """The condition under which the output is created. Default: always."""
    description: str | None = None
    """What the output is. Default: none."""
    export_name: str | None = None
    """The name other stacks import the output by (`Fn::ImportValue`). Default: not exported."""
    key: str | None = None
    """The output's logical ID. Default: made from the construct path."""


@lazy_frozen(kw_only=True)
class CfnParameterProps(metaclass=LazyAttrsMeta):
    """Properties of a CfnParameter."""

    allowed_pattern: str | None = None
    """A regular expression the value must match. Default: any value."""
    allowed_values: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The values allowed. Default: any value."""
    constraint_description: str | None = None
    """The message shown when a constraint is not met. Default: CloudFormation's."""
    default: Any = None
    """The value used when none is given. Default: a value must be given."""
    description: str | None = None
    """What the parameter is. Default: none."""
    max_length: int | None = None
    """The longest value allowed (String). Default: no limit."""
    max_value: float | None = None
    """The largest value allowed (Number). Default: no limit."""
    min_length: int | None = None
    """The shortest value allowed (String). Default: no limit."""
    min_value: float | None = None
    """The smallest value allowed (Number). Default: no limit."""
    no_echo: bool | None = None
    """Mask the value wherever CloudFormation shows it. Default: False."""
    type: str | None = None
    """The parameter's type. Default: `String`."""


@lazy_frozen(kw_only=True)
class CfnConditionProps(metaclass=LazyAttrsMeta):
    """Properties of a CfnCondition."""

    expression: ICfnConditionExpression | None = None
    """The condition's expression (an `Fn.condition_*` call). Default: set it later."""


@lazy_frozen(kw_only=True)
class CfnMappingProps(metaclass=LazyAttrsMeta):
    """Properties of a CfnMapping."""

    lazy: bool | None = None
    """Render the mapping only if a lookup cannot be resolved at synth. Default: False."""
    mapping: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The mapping: top-level keys to second-level keys to values. Default: empty."""


@lazy_frozen(kw_only=True)
class CfnResourceProps(metaclass=LazyAttrsMeta):
    """Properties of a CfnResource."""

    type: str
    """The CloudFormation resource type, such as `AWS::S3::Bucket`."""
    properties: dict[str, Any] | None = field(default=None, converter=optional_dict)
    """The resource's properties. Default: none."""


@lazy_frozen(kw_only=True)
class CfnRuleProps(metaclass=LazyAttrsMeta):
    """Properties of a CfnRule."""

    assertions: tuple[CfnRuleAssertion, ...] | None = field(default=None, converter=optional_tuple)
    """The assertions the parameter values must meet. Default: none."""
    rule_condition: ICfnRuleConditionExpression | None = None
    """When the assertions apply. Default: always."""


@lazy_frozen(kw_only=True)
class CfnJsonProps(metaclass=LazyAttrsMeta):
    """Properties of a CfnJson."""

    value: Any
    """The value to render as JSON at deploy time (it may hold tokens)."""


@lazy_frozen(kw_only=True)
class CfnDynamicReferenceProps(metaclass=LazyAttrsMeta):
    """Properties of a CfnDynamicReference."""

    reference_key: str
    """The reference's key, such as a parameter name or `secret-id:SecretString:key`."""
    service: CfnDynamicReferenceService
    """The service the value comes from."""
