"""What identity providers share: the attribute mapping from the provider to the pool."""

from __future__ import annotations

from collections.abc import Mapping

from ...cfn.aws_cognito import CfnUserPoolIdentityProvider, UserPoolIdentityProviderReference
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.resource import Resource
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import LazyAttrsMeta, field, lazy_frozen
from ...core.tokens.token import IResolvable, Token
from .._types import IUserPool
from ..user_pool_attr import STANDARD_ATTRIBUTE_NAMES

if TYPE_CHECKING:
    from typing import Any


class ProviderAttribute:
    """An attribute of an identity provider: `ProviderAttribute.GOOGLE_EMAIL`, ..., `other(name)`."""

    APPLE_EMAIL: ProviderAttribute
    APPLE_EMAIL_VERIFIED: ProviderAttribute
    APPLE_NAME: ProviderAttribute
    APPLE_FIRST_NAME: ProviderAttribute
    APPLE_LAST_NAME: ProviderAttribute
    AMAZON_USER_ID: ProviderAttribute
    AMAZON_EMAIL: ProviderAttribute
    AMAZON_NAME: ProviderAttribute
    AMAZON_POSTAL_CODE: ProviderAttribute
    FACEBOOK_ID: ProviderAttribute
    FACEBOOK_BIRTHDAY: ProviderAttribute
    FACEBOOK_EMAIL: ProviderAttribute
    FACEBOOK_NAME: ProviderAttribute
    FACEBOOK_FIRST_NAME: ProviderAttribute
    FACEBOOK_LAST_NAME: ProviderAttribute
    FACEBOOK_MIDDLE_NAME: ProviderAttribute
    FACEBOOK_GENDER: ProviderAttribute
    FACEBOOK_LOCALE: ProviderAttribute
    GOOGLE_NAMES: ProviderAttribute
    GOOGLE_GENDER: ProviderAttribute
    GOOGLE_BIRTHDAYS: ProviderAttribute
    GOOGLE_PHONE_NUMBERS: ProviderAttribute
    GOOGLE_EMAIL: ProviderAttribute
    GOOGLE_EMAIL_VERIFIED: ProviderAttribute
    GOOGLE_NAME: ProviderAttribute
    GOOGLE_PICTURE: ProviderAttribute
    GOOGLE_GIVEN_NAME: ProviderAttribute
    GOOGLE_FAMILY_NAME: ProviderAttribute
    attribute_name: str

    @classmethod
    def _of(cls, attribute_name: str) -> ProviderAttribute:
        # No public constructor, as in aws_cdk: the constants and `other` are the way to get one.
        attribute = object.__new__(cls)
        attribute.attribute_name = attribute_name
        return attribute

    @staticmethod
    def other(attribute_name: str) -> ProviderAttribute:
        """Any attribute of the provider by name."""
        return ProviderAttribute._of(attribute_name)

    def __repr__(self) -> str:
        return f"ProviderAttribute.other({self.attribute_name!r})"


for _name, _attribute in (
    ("APPLE_EMAIL", "email"),
    ("APPLE_EMAIL_VERIFIED", "email_verified"),
    ("APPLE_NAME", "name"),
    ("APPLE_FIRST_NAME", "firstName"),
    ("APPLE_LAST_NAME", "lastName"),
    ("AMAZON_USER_ID", "user_id"),
    ("AMAZON_EMAIL", "email"),
    ("AMAZON_NAME", "name"),
    ("AMAZON_POSTAL_CODE", "postal_code"),
    ("FACEBOOK_ID", "id"),
    ("FACEBOOK_BIRTHDAY", "birthday"),
    ("FACEBOOK_EMAIL", "email"),
    ("FACEBOOK_NAME", "name"),
    ("FACEBOOK_FIRST_NAME", "first_name"),
    ("FACEBOOK_LAST_NAME", "last_name"),
    ("FACEBOOK_MIDDLE_NAME", "middle_name"),
    ("FACEBOOK_GENDER", "gender"),
    ("FACEBOOK_LOCALE", "locale"),
    ("GOOGLE_NAMES", "names"),
    ("GOOGLE_GENDER", "gender"),
    ("GOOGLE_BIRTHDAYS", "birthdays"),
    ("GOOGLE_PHONE_NUMBERS", "phoneNumbers"),
    ("GOOGLE_EMAIL", "email"),
    ("GOOGLE_EMAIL_VERIFIED", "email_verified"),
    ("GOOGLE_NAME", "name"),
    ("GOOGLE_PICTURE", "picture"),
    ("GOOGLE_GIVEN_NAME", "given_name"),
    ("GOOGLE_FAMILY_NAME", "family_name"),
):
    setattr(ProviderAttribute, _name, ProviderAttribute._of(_attribute))


def _to_custom_mapping(value: Mapping[str, ProviderAttribute] | None) -> dict[str, ProviderAttribute] | None:
    return None if value is None else dict(value)


@lazy_frozen(kw_only=True)
class AttributeMapping(metaclass=LazyAttrsMeta):
    """Which provider attribute fills each pool attribute (standard ones by aws_cdk's names)."""

    address: ProviderAttribute | None = None
    """The postal address. Default: not mapped."""
    birthdate: ProviderAttribute | None = None
    """The birth date. Default: not mapped."""
    custom: Mapping[str, ProviderAttribute] | None = field(default=None, converter=_to_custom_mapping)
    """Custom attributes by their full name (`custom:...`). Default: none."""
    email: ProviderAttribute | None = None
    """The email address. Default: not mapped."""
    email_verified: ProviderAttribute | None = None
    """Whether the email address is verified. Default: not mapped."""
    family_name: ProviderAttribute | None = None
    """The surname. Default: not mapped."""
    fullname: ProviderAttribute | None = None
    """The full name (`name`). Default: not mapped."""
    gender: ProviderAttribute | None = None
    """The gender. Default: not mapped."""
    given_name: ProviderAttribute | None = None
    """The given name. Default: not mapped."""
    last_update_time: ProviderAttribute | None = None
    """When the profile last changed. Default: not mapped."""
    locale: ProviderAttribute | None = None
    """The locale. Default: not mapped."""
    middle_name: ProviderAttribute | None = None
    """The middle name. Default: not mapped."""
    nickname: ProviderAttribute | None = None
    """The nickname. Default: not mapped."""
    phone_number: ProviderAttribute | None = None
    """The phone number. Default: not mapped."""
    preferred_username: ProviderAttribute | None = None
    """The preferred user name. Default: not mapped."""
    profile_page: ProviderAttribute | None = None
    """The profile page URL. Default: not mapped."""
    profile_picture: ProviderAttribute | None = None
    """The picture URL. Default: not mapped."""
    timezone: ProviderAttribute | None = None
    """The time zone. Default: not mapped."""
    website: ProviderAttribute | None = None
    """The website. Default: not mapped."""


def to_attribute_mapping(value: AttributeMapping | Mapping[str, Any] | None) -> AttributeMapping | None:
    """Accept an AttributeMapping or a dict of its fields."""
    return AttributeMapping(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class UserPoolIdentityProviderProps(metaclass=LazyAttrsMeta):
    """Options every identity provider takes."""

    user_pool: IUserPool
    """The user pool the provider signs users in to."""
    attribute_mapping: AttributeMapping | None = field(default=None, converter=to_attribute_mapping)
    """Which provider attribute fills each pool attribute. Default: none."""


# In field order, which is the order aws_cdk's Python struct hands the mapping to aws-cdk-lib (alphabetical).
_POOL_NAMES = dict(sorted({**STANDARD_ATTRIBUTE_NAMES, "email_verified": "email_verified"}.items()))


class _UserPoolIdentityProviderBase(Resource):
    """The base of identity providers: registration with the pool and the attribute mapping."""

    provider_name: str

    def __init__(self, scope: Construct, id: str, props: UserPoolIdentityProviderProps) -> None:
        super().__init__(scope, id)
        self._idp_props = props

    @property
    def user_pool_identity_provider_ref(self) -> UserPoolIdentityProviderReference:
        """A reference to the identity provider: its name and user pool id."""
        return UserPoolIdentityProviderReference(
            provider_name=self.provider_name,
            user_pool_id=self._idp_props.user_pool.user_pool_ref.user_pool_id,
        )

    def _create_provider(
        self,
        *,
        provider_name: str,
        provider_type: str,
        provider_details: Mapping[str, Any] | IResolvable,
        identifiers: list[str] | None = None,
    ) -> None:
        """Create the provider resource and register it with the pool, which then offers it to clients."""
        resource = CfnUserPoolIdentityProvider(
            self,
            "Resource",
            user_pool_id=self._idp_props.user_pool.user_pool_id,
            provider_name=provider_name,
            provider_type=provider_type,
            provider_details=(
                {k: v for k, v in provider_details.items() if v is not None}
                if isinstance(provider_details, Mapping)
                else provider_details
            ),
            idp_identifiers=identifiers,
            attribute_mapping=self._attribute_mapping(),
        )
        self.provider_name = resource.ref
        self._idp_props.user_pool.register_identity_provider(self)

    def _check_name_length(self, name: str) -> None:
        """Cognito takes provider names of 3 to 32 characters."""
        if not Token.is_unresolved(name) and not 3 <= len(name) <= 32:
            raise ValidationError(
                self, f"name={name!r} is {len(name)} characters long; use 3 to 32 characters"
            )

    def _attribute_mapping(self) -> dict[str, str] | None:
        mapping = self._idp_props.attribute_mapping
        if mapping is None:
            return None
        rendered = {
            pool_name: getattr(mapping, key).attribute_name
            for key, pool_name in _POOL_NAMES.items()
            if getattr(mapping, key) is not None
        }
        for name, attribute in (mapping.custom or {}).items():
            rendered[name] = attribute.attribute_name
        return rendered or None
