"""User pool attributes: the standard ones a pool requires, custom ones it adds, and what clients may read."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

# aws_cdk's keyword for each standard attribute, and the attribute's name in Cognito.
STANDARD_ATTRIBUTE_NAMES: dict[str, str] = {
    "address": "address",
    "birthdate": "birthdate",
    "email": "email",
    "family_name": "family_name",
    "fullname": "name",
    "gender": "gender",
    "given_name": "given_name",
    "last_update_time": "updated_at",
    "locale": "locale",
    "middle_name": "middle_name",
    "nickname": "nickname",
    "phone_number": "phone_number",
    "preferred_username": "preferred_username",
    "profile_page": "profile",
    "profile_picture": "picture",
    "timezone": "zoneinfo",
    "website": "website",
}
_VERIFIED_ATTRIBUTE_NAMES = {
    "email_verified": "email_verified",
    "phone_number_verified": "phone_number_verified",
}


@lazy_frozen(kw_only=True)
class StandardAttribute(metaclass=LazyAttrsMeta):
    """Whether a standard attribute is required and can change."""

    mutable: bool | None = None
    """Whether the value can change after sign-up. Default: True."""
    required: bool | None = None
    """Whether users must give it at sign-up. Default: False."""


def _to_standard_attribute(value: StandardAttribute | Mapping[str, Any] | None) -> StandardAttribute | None:
    return StandardAttribute(**value) if isinstance(value, Mapping) else value


def _attribute_field() -> Any:
    return field(default=None, converter=_to_standard_attribute)


@lazy_frozen(kw_only=True)
class StandardAttributes(metaclass=LazyAttrsMeta):
    """The standard attributes a pool sets up, by aws_cdk's names (`fullname` is Cognito's `name`)."""

    address: StandardAttribute | None = _attribute_field()
    """The postal address. Default: not set up."""
    birthdate: StandardAttribute | None = _attribute_field()
    """The birth date. Default: not set up."""
    email: StandardAttribute | None = _attribute_field()
    """The email address. Default: not set up."""
    family_name: StandardAttribute | None = _attribute_field()
    """The surname. Default: not set up."""
    fullname: StandardAttribute | None = _attribute_field()
    """The full name (`name`). Default: not set up."""
    gender: StandardAttribute | None = _attribute_field()
    """The gender. Default: not set up."""
    given_name: StandardAttribute | None = _attribute_field()
    """The given name. Default: not set up."""
    last_update_time: StandardAttribute | None = _attribute_field()
    """When the profile last changed (`updated_at`). Default: not set up."""
    locale: StandardAttribute | None = _attribute_field()
    """The locale. Default: not set up."""
    middle_name: StandardAttribute | None = _attribute_field()
    """The middle name. Default: not set up."""
    nickname: StandardAttribute | None = _attribute_field()
    """The nickname. Default: not set up."""
    phone_number: StandardAttribute | None = _attribute_field()
    """The phone number. Default: not set up."""
    preferred_username: StandardAttribute | None = _attribute_field()
    """The preferred user name. Default: not set up."""
    profile_page: StandardAttribute | None = _attribute_field()
    """The profile page URL (`profile`). Default: not set up."""
    profile_picture: StandardAttribute | None = _attribute_field()
    """The picture URL (`picture`). Default: not set up."""
    timezone: StandardAttribute | None = _attribute_field()
    """The time zone (`zoneinfo`). Default: not set up."""
    website: StandardAttribute | None = _attribute_field()
    """The website. Default: not set up."""


@lazy_frozen(kw_only=True)
class StandardAttributesMask(metaclass=LazyAttrsMeta):
    """A choice of standard attributes, for the attributes a client may read or write."""

    address: bool | None = None
    """The postal address. Default: False."""
    birthdate: bool | None = None
    """The birth date. Default: False."""
    email: bool | None = None
    """The email address. Default: False."""
    email_verified: bool | None = None
    """Whether the email address is verified. Default: False."""
    family_name: bool | None = None
    """The surname. Default: False."""
    fullname: bool | None = None
    """The full name (`name`). Default: False."""
    gender: bool | None = None
    """The gender. Default: False."""
    given_name: bool | None = None
    """The given name. Default: False."""
    last_update_time: bool | None = None
    """When the profile last changed (`updated_at`). Default: False."""
    locale: bool | None = None
    """The locale. Default: False."""
    middle_name: bool | None = None
    """The middle name. Default: False."""
    nickname: bool | None = None
    """The nickname. Default: False."""
    phone_number: bool | None = None
    """The phone number. Default: False."""
    phone_number_verified: bool | None = None
    """Whether the phone number is verified. Default: False."""
    preferred_username: bool | None = None
    """The preferred user name. Default: False."""
    profile_page: bool | None = None
    """The profile page URL (`profile`). Default: False."""
    profile_picture: bool | None = None
    """The picture URL (`picture`). Default: False."""
    timezone: bool | None = None
    """The time zone (`zoneinfo`). Default: False."""
    website: bool | None = None
    """The website. Default: False."""


@lazy_frozen(kw_only=True)
class StringAttributeConstraints(metaclass=LazyAttrsMeta):
    """Length limits of a custom string attribute."""

    max_len: float | None = None
    """The maximum length, at most 2048. Default: 2048."""
    min_len: float | None = None
    """The minimum length. Default: 0."""


@lazy_frozen(kw_only=True)
class NumberAttributeConstraints(metaclass=LazyAttrsMeta):
    """Limits of a custom number attribute."""

    max: float | None = None
    """The largest value. Default: none."""
    min: float | None = None
    """The smallest value. Default: none."""


@lazy_frozen(kw_only=True)
class CustomAttributeProps(metaclass=LazyAttrsMeta):
    """Options of every custom attribute."""

    mutable: bool | None = None
    """Whether the value can change after sign-up. Default: False."""


@lazy_frozen(kw_only=True)
class StringAttributeProps(StringAttributeConstraints, CustomAttributeProps, metaclass=LazyAttrsMeta):
    """Options of a custom string attribute."""


@lazy_frozen(kw_only=True)
class NumberAttributeProps(NumberAttributeConstraints, CustomAttributeProps, metaclass=LazyAttrsMeta):
    """Options of a custom number attribute."""


@lazy_frozen(kw_only=True)
class CustomAttributeConfig(metaclass=LazyAttrsMeta):
    """What a custom attribute tells its pool."""

    data_type: str
    """The data type: String, Number, Boolean or DateTime."""
    mutable: bool | None = None
    """Whether the value can change after sign-up. Default: False."""
    number_constraints: NumberAttributeConstraints | None = None
    """Limits of a number. Default: none."""
    string_constraints: StringAttributeConstraints | None = None
    """Length limits of a string. Default: none."""


@runtime_checkable
class ICustomAttribute(Protocol):
    """A custom attribute of a user pool."""

    def bind(self) -> CustomAttributeConfig:
        """The attribute's configuration."""
        ...


class StringAttribute:
    """A custom string attribute."""

    def __init__(
        self, *, max_len: float | None = None, min_len: float | None = None, mutable: bool | None = None
    ) -> None:
        props = StringAttributeProps(max_len=max_len, min_len=min_len, mutable=mutable)
        if props.min_len and not Token.is_unresolved(props.min_len) and props.min_len < 0:
            raise ValidationError(
                None, f"StringAttribute: min_len={props.min_len!r} is negative; use 0 or more"
            )
        if props.max_len and not Token.is_unresolved(props.max_len) and props.max_len > 2048:
            raise ValidationError(
                None, f"StringAttribute: max_len={props.max_len!r} is too large; use at most 2048"
            )
        self._props = props

    def bind(self) -> CustomAttributeConfig:
        """The attribute's configuration."""
        props = self._props
        constraints = (
            StringAttributeConstraints(min_len=props.min_len, max_len=props.max_len)
            if props.min_len or props.max_len
            else None
        )
        return CustomAttributeConfig(
            data_type="String", string_constraints=constraints, mutable=props.mutable
        )


class NumberAttribute:
    """A custom number attribute."""

    def __init__(
        self,
        *,
        max: float | None = None,  # noqa: A002 - aws_cdk's keyword
        min: float | None = None,  # noqa: A002 - aws_cdk's keyword
        mutable: bool | None = None,
    ) -> None:
        self._props = NumberAttributeProps(max=max, min=min, mutable=mutable)

    def bind(self) -> CustomAttributeConfig:
        """The attribute's configuration."""
        props = self._props
        constraints = (
            NumberAttributeConstraints(min=props.min, max=props.max) if props.min or props.max else None
        )
        return CustomAttributeConfig(
            data_type="Number", number_constraints=constraints, mutable=props.mutable
        )


class BooleanAttribute:
    """A custom boolean attribute."""

    def __init__(self, *, mutable: bool | None = None) -> None:
        self._props = CustomAttributeProps(mutable=mutable)

    def bind(self) -> CustomAttributeConfig:
        """The attribute's configuration."""
        return CustomAttributeConfig(data_type="Boolean", mutable=self._props.mutable)


class DateTimeAttribute:
    """A custom date and time attribute."""

    def __init__(self, *, mutable: bool | None = None) -> None:
        self._props = CustomAttributeProps(mutable=mutable)

    def bind(self) -> CustomAttributeConfig:
        """The attribute's configuration."""
        return CustomAttributeConfig(data_type="DateTime", mutable=self._props.mutable)


class ClientAttributes:
    """The attributes a client may read or write: standard ones and `custom:` ones."""

    def __init__(self) -> None:
        self._attributes: frozenset[str] = frozenset()

    def _with(self, names: set[str]) -> ClientAttributes:
        copy = ClientAttributes()
        copy._attributes = self._attributes | names
        return copy

    def with_standard_attributes(
        self,
        *,
        address: bool | None = None,
        birthdate: bool | None = None,
        email: bool | None = None,
        email_verified: bool | None = None,
        family_name: bool | None = None,
        fullname: bool | None = None,
        gender: bool | None = None,
        given_name: bool | None = None,
        last_update_time: bool | None = None,
        locale: bool | None = None,
        middle_name: bool | None = None,
        nickname: bool | None = None,
        phone_number: bool | None = None,
        phone_number_verified: bool | None = None,
        preferred_username: bool | None = None,
        profile_page: bool | None = None,
        profile_picture: bool | None = None,
        timezone: bool | None = None,
        website: bool | None = None,
    ) -> ClientAttributes:
        """A copy with these standard attributes added."""
        mask = StandardAttributesMask(
            address=address,
            birthdate=birthdate,
            email=email,
            email_verified=email_verified,
            family_name=family_name,
            fullname=fullname,
            gender=gender,
            given_name=given_name,
            last_update_time=last_update_time,
            locale=locale,
            middle_name=middle_name,
            nickname=nickname,
            phone_number=phone_number,
            phone_number_verified=phone_number_verified,
            preferred_username=preferred_username,
            profile_page=profile_page,
            profile_picture=profile_picture,
            timezone=timezone,
            website=website,
        )
        names = {**STANDARD_ATTRIBUTE_NAMES, **_VERIFIED_ATTRIBUTE_NAMES}
        return self._with({cognito for key, cognito in names.items() if getattr(mask, key) is True})

    def with_custom_attributes(self, *attributes: str) -> ClientAttributes:
        """A copy with these custom attributes added (`custom:` is prefixed when missing)."""
        return self._with({a if a.startswith("custom:") else f"custom:{a}" for a in attributes})

    def attributes(self) -> list[str]:
        """The attribute names, sorted."""
        return sorted(self._attributes)
