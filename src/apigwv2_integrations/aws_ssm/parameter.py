"""StringParameter and StringListParameter: SSM parameters (`AWS::SSM::Parameter`), parameters imported by
name or ARN, and parameter values read at deployment (template parameters, dynamic references) or at synth
(context lookups)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..aws_iam.grant import Grant
from ..aws_iam.principals import IGrantable
from ..aws_kms import IKey
from ..cfn.aws_ssm import CfnParameter, ParameterReference
from ..core.annotations import Annotations
from ..core.cfn_dynamic_reference import CfnDynamicReference, CfnDynamicReferenceService
from ..core.cfn_parameter import CfnParameter as CfnTemplateParameter
from ..core.construct import Construct
from ..core.context_provider import ContextProvider
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.resource_types import IResource
from ..core.runtime_typing import Protocol, TypeVar, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.fn import Fn
from ..core.tokens.token import IResolvable, Token, Tokenization
from .util import arn_for_parameter_name

_READ_ACTIONS = ("ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory")
_WRITE_ACTIONS = ("ssm:PutParameter",)
_MAX_NAME_LENGTH = 2048
_MAX_DESCRIPTION_LENGTH = 1024
# Letters, digits, '_' (ASCII, as JavaScript's \w), '.', '-' and '/'.
_VALID_NAME = re.compile(r"[/\w.-]+", re.ASCII)
# aws-cdk-lib's suffix of the construct ids of the values read by `value_for_*`; it is in their logical IDs.
_IMPORTED_VALUE_SUFFIX = "C96584B6-F00A-464E-AD19-53AFF4B05118"
_LOOKUP_PROVIDER = "ssm"
_T = TypeVar("_T")


class ParameterValueType(SimpleEnum):
    """The type of a parameter's value, as CloudFormation checks it when it reads the value."""

    STRING = "String"
    AWS_EC2_AVAILABILITYZONE_NAME = "AWS::EC2::AvailabilityZone::Name"
    AWS_EC2_IMAGE_ID = "AWS::EC2::Image::Id"
    AWS_EC2_INSTANCE_ID = "AWS::EC2::Instance::Id"
    AWS_EC2_KEYPAIR_KEYNAME = "AWS::EC2::KeyPair::KeyName"
    AWS_EC2_SECURITYGROUP_GROUPNAME = "AWS::EC2::SecurityGroup::GroupName"
    AWS_EC2_SECURITYGROUP_ID = "AWS::EC2::SecurityGroup::Id"
    AWS_EC2_SUBNET_ID = "AWS::EC2::Subnet::Id"
    AWS_EC2_VOLUME_ID = "AWS::EC2::Volume::Id"
    AWS_EC2_VPC_ID = "AWS::EC2::VPC::Id"
    AWS_ROUTE53_HOSTEDZONE_ID = "AWS::Route53::HostedZone::Id"


class ParameterType(SimpleEnum):
    """The type of a parameter (deprecated in aws-cdk-lib: parameters are `String` or `StringList`)."""

    STRING = "String"
    SECURE_STRING = "SecureString"
    STRING_LIST = "StringList"
    AWS_EC2_IMAGE_ID = "AWS::EC2::Image::Id"


class ParameterDataType(SimpleEnum):
    """The data type of a String parameter: plain text, or an AMI ID that SSM checks."""

    TEXT = "text"
    AWS_EC2_IMAGE = "aws:ec2:image"


class ParameterTier(SimpleEnum):
    """The tier of a parameter: its size limit, policies and price."""

    ADVANCED = "Advanced"
    INTELLIGENT_TIERING = "Intelligent-Tiering"
    STANDARD = "Standard"


@lazy_frozen(kw_only=True)
class ParameterOptions(metaclass=LazyAttrsMeta):
    """The options every parameter created here has."""

    allowed_pattern: str | None = None
    """A regular expression the value (each value of a list) must match. Default: none."""
    description: str | None = None
    """What the parameter is for (at most 1024 characters). Default: none."""
    parameter_name: str | None = None
    """The parameter's name (at most 2048 letters, digits and `.-_/`). Default: a generated name."""
    simple_name: bool | None = None
    """Whether the name has no leading '/' (say so when the name is a token). Default: read from the name."""
    tier: ParameterTier | None = None
    """The parameter's tier. Default: the account's default tier."""


@lazy_frozen(kw_only=True)
class StringParameterProps(ParameterOptions, metaclass=LazyAttrsMeta):
    """Properties of a StringParameter."""

    string_value: str
    """The parameter's value."""
    data_type: ParameterDataType | None = None
    """The data type of the value. Default: ParameterDataType.TEXT."""
    type: ParameterType | None = None
    """The parameter's type (deprecated: always `String`). Default: ParameterType.STRING."""


def _to_string_list(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@lazy_frozen(kw_only=True)
class StringListParameterProps(ParameterOptions, metaclass=LazyAttrsMeta):
    """Properties of a StringListParameter."""

    string_list_value: tuple[str, ...] = field(converter=_to_string_list)
    """The parameter's values (none of them may contain ',')."""


@lazy_frozen(kw_only=True)
class CommonStringParameterAttributes(metaclass=LazyAttrsMeta):
    """What every imported parameter is known by."""

    parameter_name: str
    """The parameter's name (with its leading '/', if it has one)."""
    simple_name: bool | None = None
    """Whether the name has no leading '/' (say so when the name is a token). Default: read from the name."""


@lazy_frozen(kw_only=True)
class StringParameterAttributes(CommonStringParameterAttributes, metaclass=LazyAttrsMeta):
    """An existing String parameter."""

    force_dynamic_reference: bool | None = None
    """Read the value with a `{{resolve:ssm:...}}` reference, not a template parameter. Default: False."""
    type: ParameterType | None = None
    """The type of the value (deprecated: use `value_type`). Default: ParameterType.STRING."""
    value_type: ParameterValueType | None = None
    """The type CloudFormation checks the value against. Default: ParameterValueType.STRING."""
    version: float | None = None
    """The version to read (with a dynamic reference). Default: the latest, with a template parameter."""


@lazy_frozen(kw_only=True)
class SecureStringParameterAttributes(CommonStringParameterAttributes, metaclass=LazyAttrsMeta):
    """An existing SecureString parameter."""

    encryption_key: IKey | None = None
    """The key that encrypts the value. Default: the AWS managed key of SSM."""
    version: float | None = None
    """The version to read. Default: the latest."""


@lazy_frozen(kw_only=True)
class ListParameterAttributes(CommonStringParameterAttributes, metaclass=LazyAttrsMeta):
    """An existing StringList parameter."""

    element_type: ParameterValueType | None = None
    """The type CloudFormation checks each value against. Default: ParameterValueType.STRING."""
    version: float | None = None
    """The version to read (with a dynamic reference). Default: the latest, with a template parameter."""


@lazy_frozen(kw_only=True)
class StringParameterLookupOptions(metaclass=LazyAttrsMeta):
    """Options of `StringParameter.value_from_lookup`."""

    additional_cache_key: str | None = None
    """Added to the context key, so the same parameter can be looked up (and cached) again. Default: none."""


@runtime_checkable
class IParameter(IResource, Protocol):
    """An SSM parameter, defined in this app or imported."""

    @property
    def parameter_arn(self) -> str:
        """The parameter's ARN."""
        ...

    @property
    def parameter_name(self) -> str:
        """The parameter's name."""
        ...

    @property
    def parameter_type(self) -> str:
        """The parameter's type."""
        ...

    @property
    def parameter_ref(self) -> ParameterReference:
        """A reference to the parameter: its ARN and name."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` read the parameter (and decrypt it with its key)."""
        ...

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` change the parameter (and encrypt it with its key)."""
        ...


@runtime_checkable
class IStringParameter(IParameter, Protocol):
    """A String (or SecureString) parameter."""

    @property
    def string_value(self) -> str:
        """The parameter's value."""
        ...


@runtime_checkable
class IStringListParameter(IParameter, Protocol):
    """A StringList parameter."""

    @property
    def string_list_value(self) -> list[str]:
        """The parameter's values."""
        ...


class GrantOnKeyResult:
    """The grant made on a parameter's key, if it has one."""

    def __init__(self, grant: Grant | None) -> None:
        self.grant = grant


class _ParameterBase(Resource):
    """Grants and the reference of parameters defined here and imported."""

    parameter_arn: str
    parameter_name: str
    parameter_type: str
    encryption_key: IKey | None = None

    @property
    def parameter_ref(self) -> ParameterReference:
        """The parameter's ARN and name."""
        return ParameterReference(parameter_arn=self.parameter_arn, parameter_name=self.parameter_name)

    def grant_on_key(self, grantee: IGrantable, *actions: str) -> GrantOnKeyResult:
        """Give `grantee` `actions` on the parameter's key, if it has one."""
        key = self.encryption_key
        return GrantOnKeyResult(key.grant(grantee, *actions) if key is not None else None)

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let `grantee` describe and read the parameter and its history (and decrypt it with its key)."""
        if self.encryption_key is not None:
            self.encryption_key.grant_decrypt(grantee)
        return Grant.add_to_principal(
            grantee=grantee, actions=_READ_ACTIONS, resource_arns=[self.parameter_arn]
        )

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Let `grantee` change the parameter's value (and encrypt it with its key)."""
        if self.encryption_key is not None:
            self.encryption_key.grant_encrypt(grantee)
        return Grant.add_to_principal(
            grantee=grantee, actions=_WRITE_ACTIONS, resource_arns=[self.parameter_arn]
        )


class StringParameter(_ParameterBase):
    """A String parameter."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        string_value: str,
        data_type: ParameterDataType | None = None,
        type: ParameterType | None = None,  # noqa: A002 - aws_cdk's keyword
        allowed_pattern: str | None = None,
        description: str | None = None,
        parameter_name: str | None = None,
        simple_name: bool | None = None,
        tier: ParameterTier | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=parameter_name)
        parameter_name = self.physical_name  # a token for PhysicalName.GENERATE_IF_NEEDED
        props = StringParameterProps(
            string_value=string_value,
            data_type=data_type,
            type=type,
            allowed_pattern=allowed_pattern,
            description=description,
            parameter_name=parameter_name,
            simple_name=simple_name,
            tier=tier,
        )
        if props.allowed_pattern is not None:
            _check_value(self, props.string_value, props.allowed_pattern, "string_value")
        _check_name(self, props.parameter_name)
        _check_description(self, props.description)
        if props.type is ParameterType.AWS_EC2_IMAGE_ID:
            raise ValidationError(
                self,
                "type=ParameterType.AWS_EC2_IMAGE_ID is not a parameter type; use ParameterType.STRING with "
                "data_type=ParameterDataType.AWS_EC2_IMAGE for an AMI ID",
            )
        resource = CfnParameter(
            self,
            "Resource",
            allowed_pattern=props.allowed_pattern,
            data_type=props.data_type.value if props.data_type is not None else None,
            description=props.description,
            name=props.parameter_name,
            tier=props.tier.value if props.tier is not None else None,
            type=(props.type or ParameterType.STRING).value,
            value=props.string_value,
        )
        # Stacks of another environment read the name as given.
        self.parameter_name = self.get_resource_name_attribute(resource.ref)
        self.parameter_arn = arn_for_parameter_name(
            self, self.parameter_name, name_as_given=props.parameter_name, simple_name=props.simple_name
        )
        self.parameter_type = Token.as_string(resource.get_att("Type"))
        self.string_value: str = Token.as_string(resource.get_att("Value"))

    @staticmethod
    def from_string_parameter_name(scope: Construct, id: str, string_parameter_name: str) -> IStringParameter:
        """An existing String parameter, by name; its value is read with a template parameter."""
        return _import_string_parameter(
            scope,
            id,
            StringParameterAttributes(parameter_name=string_parameter_name),
            "string_parameter_name",
        )

    @staticmethod
    def from_string_parameter_arn(scope: Construct, id: str, string_parameter_arn: str) -> IStringParameter:
        """An existing String parameter of this stack's region, by ARN; its value is read with a template
        parameter.

        Its `parameter_name` is the ARN's part after the last '/', as in aws-cdk-lib.
        """
        if Token.is_unresolved(string_parameter_arn):
            raise ValidationError(
                scope,
                f"string_parameter_arn={string_parameter_arn!r} is a token; give the ARN as text, or use "
                "StringParameter.from_string_parameter_attributes() with the parameter's name",
            )
        parts = string_parameter_arn.split(":")
        if len(parts) != 6:
            raise ValidationError(
                scope,
                f"string_parameter_arn={string_parameter_arn!r} is not a parameter ARN; "
                "use arn:<partition>:ssm:<region>:<account>:parameter/<name>",
            )
        stack = Stack.of(scope)
        if Token.is_unresolved(stack.region):
            Annotations.of(scope).add_warning_v2(
                "aws-cdk-lib/aws-ssm:crossAccountReferenceSameRegion",
                "Cross-account references will only work within the same region",
            )
        elif parts[3] != stack.region:
            raise ValidationError(
                scope,
                f"string_parameter_arn={string_parameter_arn!r} is in region {parts[3]!r}, not in the "
                f"stack's region {stack.region!r}; CloudFormation reads parameters of its own region only",
            )
        return _ImportedStringParameter(
            scope,
            id,
            parameter_name=string_parameter_arn.split("/")[-1],
            parameter_arn=string_parameter_arn,
            parameter_type=ParameterType.STRING.value,
            source=_template_parameter(ParameterType.STRING.value, string_parameter_arn),
        )

    @staticmethod
    def from_string_parameter_attributes(
        scope: Construct,
        id: str,
        *,
        force_dynamic_reference: bool | None = None,
        type: ParameterType | None = None,  # noqa: A002 - aws_cdk's keyword
        value_type: ParameterValueType | None = None,
        version: float | None = None,
        parameter_name: str,
        simple_name: bool | None = None,
    ) -> IStringParameter:
        """An existing String parameter: a template parameter reads its latest value, or a dynamic
        reference a given version."""
        attributes = StringParameterAttributes(
            force_dynamic_reference=force_dynamic_reference,
            type=type,
            value_type=value_type,
            version=version,
            parameter_name=parameter_name,
            simple_name=simple_name,
        )
        return _import_string_parameter(scope, id, attributes, "parameter_name")

    @staticmethod
    def from_secure_string_parameter_attributes(
        scope: Construct,
        id: str,
        *,
        encryption_key: IKey | None = None,
        version: float | None = None,
        parameter_name: str,
        simple_name: bool | None = None,
    ) -> IStringParameter:
        """An existing SecureString parameter; its value is a `{{resolve:ssm-secure:...}}` reference."""
        attributes = SecureStringParameterAttributes(
            encryption_key=encryption_key,
            version=version,
            parameter_name=parameter_name,
            simple_name=simple_name,
        )
        name = attributes.parameter_name
        _check_not_empty(scope, name, "parameter_name")
        imported = _ImportedStringParameter(
            scope,
            id,
            parameter_name=name,
            parameter_arn=arn_for_parameter_name(
                scope, name, name_as_given=name, simple_name=attributes.simple_name
            ),
            parameter_type=ParameterType.SECURE_STRING.value,
            source=_dynamic_reference(CfnDynamicReferenceService.SSM_SECURE, name, attributes.version),
        )
        imported.encryption_key = attributes.encryption_key
        return imported

    @staticmethod
    def value_for_string_parameter(
        scope: Construct, parameter_name: str, version: float | None = None
    ) -> str:
        """The value of a String parameter, read at deployment (the latest, or `version`).

        Each name is read once per stack: a second call with the same name returns the first value, even
        for another version, as in aws-cdk-lib.
        """
        return StringParameter.value_for_typed_string_parameter_v2(
            scope, parameter_name, ParameterValueType.STRING, version
        )

    @staticmethod
    def value_for_typed_string_parameter_v2(
        scope: Construct,
        parameter_name: str,
        type: ParameterValueType | None = None,  # noqa: A002 - aws_cdk's keyword
        version: float | None = None,
    ) -> str:
        """The value of a String parameter that CloudFormation checks against `type`, read at deployment."""
        existing = _imported_value(scope, parameter_name, _ImportedStringParameter)
        if existing is not None:
            return existing.string_value
        return StringParameter.from_string_parameter_attributes(
            Stack.of(scope),
            _imported_value_id(parameter_name),
            parameter_name=parameter_name,
            version=version,
            value_type=type or ParameterValueType.STRING,
        ).string_value

    @staticmethod
    def value_for_typed_string_parameter(
        scope: Construct,
        parameter_name: str,
        type: ParameterType | None = None,  # noqa: A002 - aws_cdk's keyword
        version: float | None = None,
    ) -> str:
        """The value of a String parameter of the (deprecated) `type`, read at deployment."""
        if type is ParameterType.STRING_LIST:
            raise ValidationError(
                scope,
                "type=ParameterType.STRING_LIST is a list type; "
                "use StringListParameter.value_for_typed_list_parameter()",
            )
        existing = _imported_value(scope, parameter_name, _ImportedStringParameter)
        if existing is not None:
            return existing.string_value
        return StringParameter.from_string_parameter_attributes(
            Stack.of(scope),
            _imported_value_id(parameter_name),
            parameter_name=parameter_name,
            version=version,
            type=type or ParameterType.STRING,
        ).string_value

    @staticmethod
    def value_for_secure_string_parameter(scope: Construct, parameter_name: str, version: float) -> str:
        """The value of a SecureString parameter, as a `{{resolve:ssm-secure:name:version}}` reference."""
        existing = _imported_value(scope, parameter_name, _ImportedStringParameter)
        if existing is not None:
            return existing.string_value
        return StringParameter.from_secure_string_parameter_attributes(
            Stack.of(scope),
            _imported_value_id(parameter_name),
            parameter_name=parameter_name,
            version=version,
        ).string_value

    @staticmethod
    def value_from_lookup(
        scope: Construct,
        parameter_name: str,
        default_value: str | None = None,
        *,
        additional_cache_key: str | None = None,
    ) -> str:
        """The value of a parameter, looked up by the CDK CLI at synth and cached in context.

        Until it has been looked up, the value is `default_value`, or `dummy-value-for-<name>`, and the
        lookup is listed under `missing` in the cloud assembly manifest.
        """
        options = StringParameterLookupOptions(additional_cache_key=additional_cache_key)
        return _lookup(scope, parameter_name, default_value, options)


class StringListParameter(_ParameterBase):
    """A StringList parameter: values joined with ','."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        string_list_value: Sequence[str],
        allowed_pattern: str | None = None,
        description: str | None = None,
        parameter_name: str | None = None,
        simple_name: bool | None = None,
        tier: ParameterTier | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=parameter_name)
        parameter_name = self.physical_name  # a token for PhysicalName.GENERATE_IF_NEEDED
        props = StringListParameterProps(
            string_list_value=string_list_value,
            allowed_pattern=allowed_pattern,
            description=description,
            parameter_name=parameter_name,
            simple_name=simple_name,
            tier=tier,
        )
        values = props.string_list_value
        if not values:
            raise ValidationError(self, "string_list_value=[] is empty; give at least one value")
        for value in values:
            if not Token.is_unresolved(value) and "," in value:
                raise ValidationError(
                    self,
                    f"string_list_value has {value!r}, which contains ','; values are joined with ',', "
                    "so use a StringParameter for a value with commas",
                )
        if props.allowed_pattern is not None:
            for value in values:
                _check_value(self, value, props.allowed_pattern, "string_list_value has")
        _check_name(self, props.parameter_name)
        _check_description(self, props.description)
        resource = CfnParameter(
            self,
            "Resource",
            allowed_pattern=props.allowed_pattern,
            description=props.description,
            name=props.parameter_name,
            tier=props.tier.value if props.tier is not None else None,
            type=ParameterType.STRING_LIST.value,
            value=Fn.join(",", list(values)),
        )
        # Stacks of another environment read the name as given.
        self.parameter_name = self.get_resource_name_attribute(resource.ref)
        self.parameter_arn = arn_for_parameter_name(
            self, self.parameter_name, name_as_given=props.parameter_name, simple_name=props.simple_name
        )
        self.parameter_type = Token.as_string(resource.get_att("Type"))
        self.string_list_value: list[str] = Fn.split(",", Token.as_string(resource.get_att("Value")))

    @staticmethod
    def from_string_list_parameter_name(
        scope: Construct, id: str, string_list_parameter_name: str
    ) -> IStringListParameter:
        """An existing StringList parameter, by name; its values are read with a dynamic reference."""
        name = string_list_parameter_name
        reference = _dynamic_reference(CfnDynamicReferenceService.SSM, name, None)
        return _ImportedStringListParameter(
            scope,
            id,
            parameter_name=name,
            parameter_arn=arn_for_parameter_name(
                scope, name, name_as_given=name, keyword="string_list_parameter_name"
            ),
            parameter_type=ParameterType.STRING_LIST.value,
            source=reference,
            splits_reference=True,
        )

    @staticmethod
    def from_list_parameter_attributes(
        scope: Construct,
        id: str,
        *,
        element_type: ParameterValueType | None = None,
        version: float | None = None,
        parameter_name: str,
        simple_name: bool | None = None,
    ) -> IStringListParameter:
        """An existing StringList parameter: a template parameter reads its latest values, or a dynamic
        reference a given version."""
        attributes = ListParameterAttributes(
            element_type=element_type, version=version, parameter_name=parameter_name, simple_name=simple_name
        )
        name = attributes.parameter_name
        _check_not_empty(scope, name, "parameter_name")
        value_type = f"List<{(attributes.element_type or ParameterValueType.STRING).value}>"
        arn = arn_for_parameter_name(scope, name, name_as_given=name, simple_name=attributes.simple_name)
        if attributes.version is not None:
            return _ImportedStringListParameter(
                scope,
                id,
                parameter_name=name,
                parameter_arn=arn,
                parameter_type=value_type,
                source=_dynamic_reference(CfnDynamicReferenceService.SSM, name, attributes.version),
            )
        return _ImportedStringListParameter(
            scope,
            id,
            parameter_name=name,
            parameter_arn=arn,
            parameter_type=value_type,
            source=_template_parameter(value_type, name),
        )

    @staticmethod
    def value_for_typed_list_parameter(
        scope: Construct,
        parameter_name: str,
        type: ParameterValueType | None = None,  # noqa: A002 - aws_cdk's keyword
        version: float | None = None,
    ) -> list[str]:
        """The values of a StringList parameter that CloudFormation checks against `type`, read at
        deployment (each name is read once per stack)."""
        existing = _imported_value(scope, parameter_name, _ImportedStringListParameter)
        if existing is not None:
            return existing.string_list_value
        return StringListParameter.from_list_parameter_attributes(
            Stack.of(scope),
            _imported_value_id(parameter_name),
            parameter_name=parameter_name,
            element_type=type or ParameterValueType.STRING,
            version=version,
        ).string_list_value


class _TemplateParameter:
    """A template parameter of an SSM type (`AWS::SSM::Parameter::Value<...>`), to be added when needed."""

    __slots__ = ("default", "type")

    def __init__(self, type: str, default: str) -> None:  # noqa: A002 - CloudFormation's name
        self.type = type
        self.default = default


class _ImportedParameter(_ParameterBase):
    """A parameter defined elsewhere; its value is read when first asked for.

    A `_TemplateParameter` source is added next to this construct, with the id `<id>.Parameter`, only
    when the value is read, as in aws-cdk-lib (the order of the template's parameters follows).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parameter_name: str,
        parameter_arn: str,
        parameter_type: str,
        source: _TemplateParameter | CfnDynamicReference,
        splits_reference: bool = False,
    ) -> None:
        super().__init__(scope, id)
        self.parameter_name = parameter_name
        self.parameter_arn = parameter_arn
        self.parameter_type = parameter_type
        self._value_scope = scope
        self._source = source
        self._value: IResolvable | None = None
        self._splits_reference = splits_reference

    def _read_value(self) -> IResolvable:
        if self._value is None:
            source = self._source
            if isinstance(source, _TemplateParameter):
                self._value = CfnTemplateParameter(
                    self._value_scope, f"{self.node.id}.Parameter", type=source.type, default=source.default
                ).value
            else:
                self._value = source
        return self._value


class _ImportedStringParameter(_ImportedParameter):
    """A String or SecureString parameter defined elsewhere."""

    _string_value: str | None = None

    @property
    def string_value(self) -> str:
        """The parameter's value, read at deployment."""
        if self._string_value is None:
            self._string_value = Token.as_string(self._read_value())
        return self._string_value


class _ImportedStringListParameter(_ImportedParameter):
    """A StringList parameter defined elsewhere."""

    _string_list_value: list[str] | None = None

    @property
    def string_list_value(self) -> list[str]:
        """The parameter's values, read at deployment."""
        if self._string_list_value is None:
            value = self._read_value()
            self._string_list_value = (
                Fn.split(",", Token.as_string(value)) if self._splits_reference else Token.as_list(value)
            )
        return self._string_list_value


def _import_string_parameter(
    scope: Construct, id: str, attributes: StringParameterAttributes, keyword: str
) -> IStringParameter:
    name = attributes.parameter_name
    _check_not_empty(scope, name, keyword)
    if attributes.type in (ParameterType.SECURE_STRING, ParameterType.STRING_LIST):
        raise ValidationError(
            scope,
            f"type={attributes.type} is not supported here; use ParameterType.STRING or "
            "ParameterType.AWS_EC2_IMAGE_ID (read a SecureString with "
            "from_secure_string_parameter_attributes(), a StringList with "
            "StringListParameter.from_list_parameter_attributes())",
        )
    arn = arn_for_parameter_name(
        scope, name, name_as_given=name, simple_name=attributes.simple_name, keyword=keyword
    )
    if attributes.version is not None or attributes.force_dynamic_reference:
        return _ImportedStringParameter(
            scope,
            id,
            parameter_name=name,
            parameter_arn=arn,
            parameter_type=ParameterType.STRING.value,
            source=_dynamic_reference(CfnDynamicReferenceService.SSM, name, attributes.version),
        )
    value_type = (attributes.type or attributes.value_type or ParameterValueType.STRING).value
    return _ImportedStringParameter(
        scope,
        id,
        parameter_name=name,
        parameter_arn=arn,
        parameter_type=ParameterType.STRING.value,
        source=_template_parameter(value_type, name),
    )


def _template_parameter(value_type: str, default: str) -> _TemplateParameter:
    return _TemplateParameter(f"AWS::SSM::Parameter::Value<{value_type}>", default)


def _dynamic_reference(
    service: CfnDynamicReferenceService, parameter_name: str, version: float | None
) -> CfnDynamicReference:
    key = parameter_name if version is None else f"{parameter_name}:{Tokenization.stringify_number(version)}"
    return CfnDynamicReference(service, key)


def _imported_value_id(parameter_name: str) -> str:
    return f"SsmParameterValue:{parameter_name}:{_IMPORTED_VALUE_SUFFIX}"


def _imported_value(scope: Construct, parameter_name: str, kind: type[_T]) -> _T | None:
    """The parameter a `value_for_*` call already read under this name in the stack of `scope`, if any."""
    existing = Stack.of(scope).node.try_find_child(_imported_value_id(parameter_name))
    if existing is None or isinstance(existing, kind):
        return existing
    read_as = "a list" if isinstance(existing, _ImportedStringListParameter) else "a string"
    raise ValidationError(
        scope,
        f"parameter_name={parameter_name!r} is already read in this stack as {read_as}; "
        "read each parameter one way only",
    )


def _check_not_empty(scope: Construct, name: str, keyword: str) -> None:
    if not Token.is_unresolved(name) and name == "":
        raise ValidationError(scope, f"{keyword}='' is empty; give the parameter's name")


def _check_name(scope: Construct, name: str | None) -> None:
    if name is None or Token.is_unresolved(name):
        return
    if len(name) > _MAX_NAME_LENGTH:
        raise ValidationError(
            scope,
            f"parameter_name={name!r} is {len(name)} characters long; use at most {_MAX_NAME_LENGTH}",
        )
    if not _VALID_NAME.fullmatch(name):
        raise ValidationError(
            scope,
            f"parameter_name={name!r} has characters SSM does not allow; "
            "use letters, digits and the symbols . - _ /",
        )


def _check_description(scope: Construct, description: str | None) -> None:
    if (
        description is not None
        and not Token.is_unresolved(description)
        and len(description) > _MAX_DESCRIPTION_LENGTH
    ):
        raise ValidationError(
            scope,
            f"description is {len(description)} characters long; use at most {_MAX_DESCRIPTION_LENGTH}",
        )


def _check_value(scope: Construct, value: str, allowed_pattern: str, keyword: str) -> None:
    """`value` must match `allowed_pattern` (anywhere, as JavaScript's `RegExp.test`); tokens pass."""
    if Token.is_unresolved(value) or Token.is_unresolved(allowed_pattern):
        return
    try:
        pattern = re.compile(allowed_pattern)
    except re.error as error:
        raise ValidationError(
            scope,
            f"allowed_pattern={allowed_pattern!r} is not a regular expression ({error}); fix the pattern",
        ) from None
    if pattern.search(value) is None:
        shown = f"{keyword} {value!r}," if keyword.endswith(" has") else f"{keyword}={value!r}"
        raise ValidationError(
            scope,
            f"{shown} does not match allowed_pattern={allowed_pattern!r}; "
            "give a value the pattern matches, or change the pattern",
        )


def _lookup(
    scope: Construct, parameter_name: str, default_value: str | None, options: StringParameterLookupOptions
) -> str:
    """The context value of the parameter, or the dummy value after recording the lookup as missing."""
    if Token.is_unresolved(parameter_name) or Token.is_unresolved(options.additional_cache_key):
        raise ValidationError(
            scope,
            f"parameter_name={parameter_name!r} (or additional_cache_key) is a token; "
            "a lookup needs names known at synth",
        )
    stack = Stack.of(scope)
    if stack.is_environment_agnostic:
        raise ValidationError(
            scope,
            f"StringParameter.value_from_lookup(parameter_name={parameter_name!r}) needs the stack's account "
            "and region; give the Stack an env=Environment(account=..., region=...), or read the value at "
            "deployment with StringParameter.value_for_string_parameter()",
        )
    dummy = default_value if default_value is not None else f"dummy-value-for-{parameter_name}"
    props = {"parameterName": parameter_name}
    value: object = ContextProvider.get_value(
        scope,
        provider=_LOOKUP_PROVIDER,
        props=props,
        additional_cache_key=options.additional_cache_key,
        dummy_value=dummy,
        ignore_error_on_missing_context=default_value is not None,
    ).value
    if value is dummy:
        return dummy
    if not isinstance(value, str):
        key = ContextProvider.get_key(
            scope, provider=_LOOKUP_PROVIDER, props=props, additional_cache_key=options.additional_cache_key
        ).key
        raise ValidationError(
            scope, f"context {key!r}={value!r} is not a string; the lookup gives a text value"
        )
    return value
