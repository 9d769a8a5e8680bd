"""UserPoolEmail: how a user pool sends email, through Cognito or through Amazon SES."""

from __future__ import annotations

import base64
import re

from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.stack import Stack
from ..core.struct import LazyAttrsMeta, lazy_frozen
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

_SIMPLE_PHRASE = re.compile(r"^[\w !#$%&'*+\-/=?^_`{|}~]+$")
_QUOTED_STRING = re.compile(r'^"(?:[^\\"]|\\.)*"$')
_PRINTABLE_ASCII = re.compile(r"^[\x20-\x7e]+$")


@lazy_frozen(kw_only=True)
class EmailSettings(metaclass=LazyAttrsMeta):
    """Deprecated in aws_cdk: the sender and reply-to addresses (use `UserPoolEmail`)."""

    from_: str | None = None
    """The From address. Default: Cognito's."""
    reply_to: str | None = None
    """The reply-to address. Default: none."""


@lazy_frozen(kw_only=True)
class UserPoolSESOptions(metaclass=LazyAttrsMeta):
    """Sending email through Amazon SES."""

    from_email: str
    """The verified address mail comes from."""
    configuration_set_name: str | None = None
    """The SES configuration set. Default: none."""
    from_name: str | None = None
    """The sender's name. Default: none."""
    reply_to: str | None = None
    """The reply-to address. Default: none."""
    ses_region: str | None = None
    """The region of the SES identity. Default: the stack's region."""
    ses_verified_domain: str | None = None
    """The verified domain, when the identity is a domain. Default: the from address is the identity."""


@lazy_frozen(kw_only=True)
class UserPoolEmailConfig(metaclass=LazyAttrsMeta):
    """The EmailConfiguration a UserPoolEmail renders."""

    email_sending_account: str | None = None
    """COGNITO_DEFAULT or DEVELOPER. Default: Cognito's default (COGNITO_DEFAULT)."""
    configuration_set: str | None = None
    """The SES configuration set. Default: none."""
    from_: str | None = None
    """The From header. Default: none."""
    reply_to_email_address: str | None = None
    """The reply-to address. Default: none."""
    source_arn: str | None = None
    """The ARN of the SES identity. Default: none."""


def _ascii_address(address: str | None) -> str | None:
    """The address with its domain IDNA-encoded; the local part must be ASCII."""
    if not address:
        return None
    if Token.is_unresolved(address):
        return address
    local, at, domain = address.rpartition("@")
    if not at:
        return address.encode("idna").decode("ascii") if not address.isascii() else address
    if not local.isascii():
        raise ValidationError(
            None, f"email address {address!r} has a non-ASCII local part; use ASCII characters before '@'"
        )
    encoded = domain if domain.isascii() else domain.encode("idna").decode("ascii")
    return f"{local}@{encoded}"


def _from_header(name: str, address: str) -> str:
    if _PRINTABLE_ASCII.match(name):
        if _SIMPLE_PHRASE.match(name) or _QUOTED_STRING.match(name):
            phrase = name
        else:
            escaped = re.sub(r'([\\"])', r"\\\1", name)
            phrase = f'"{escaped}"'
    else:
        phrase = f"=?UTF-8?B?{base64.b64encode(name.encode('utf-8')).decode('ascii')}?="
    return f"{phrase} <{address}>"


class UserPoolEmail:
    """How a pool sends email: `UserPoolEmail.with_cognito(...)` or `UserPoolEmail.with_ses(...)`."""

    _ses: UserPoolSESOptions | None
    _reply_to: str | None

    @classmethod
    def _of(cls, ses: UserPoolSESOptions | None, reply_to: str | None) -> UserPoolEmail:
        # No public constructor, as in aws_cdk: the factories are the way to get one.
        email = object.__new__(cls)
        email._ses = ses
        email._reply_to = reply_to
        return email

    @staticmethod
    def with_cognito(reply_to: str | None = None) -> UserPoolEmail:
        """Send with Cognito's own email service (limited daily quota)."""
        return UserPoolEmail._of(None, reply_to)

    @staticmethod
    def with_ses(
        *,
        from_email: str,
        configuration_set_name: str | None = None,
        from_name: str | None = None,
        reply_to: str | None = None,
        ses_region: str | None = None,
        ses_verified_domain: str | None = None,
    ) -> UserPoolEmail:
        """Send through a verified Amazon SES identity."""
        options = UserPoolSESOptions(
            from_email=from_email,
            configuration_set_name=configuration_set_name,
            from_name=from_name,
            reply_to=reply_to,
            ses_region=ses_region,
            ses_verified_domain=ses_verified_domain,
        )
        return UserPoolEmail._of(options, None)

    def _bind(self, scope: Construct) -> UserPoolEmailConfig:
        options = self._ses
        if options is None:
            return UserPoolEmailConfig(
                email_sending_account="COGNITO_DEFAULT", reply_to_email_address=_ascii_address(self._reply_to)
            )
        stack = Stack.of(scope)
        if Token.is_unresolved(stack.region) and not options.ses_region:
            raise ValidationError(
                scope,
                "email=UserPoolEmail.with_ses(...) needs ses_region when the stack's region is not known; "
                "pass ses_region=... or give the stack a region",
            )
        sender = _ascii_address(options.from_email) or options.from_email
        if options.from_name:
            sender = _from_header(options.from_name, sender)
        domain = options.ses_verified_domain
        if domain and options.from_email.split("@")[-1] != domain:
            raise ValidationError(
                scope,
                f"from_email={options.from_email!r} is not in ses_verified_domain={domain!r}; "
                "use an address of that domain",
            )
        return UserPoolEmailConfig(
            email_sending_account="DEVELOPER",
            from_=sender,
            reply_to_email_address=_ascii_address(options.reply_to),
            configuration_set=options.configuration_set_name,
            source_arn=stack.format_arn(
                service="ses",
                resource="identity",
                resource_name=_ascii_address(domain or options.from_email),
                region=options.ses_region or stack.region,
            ),
        )


def render_email_configuration(config: UserPoolEmailConfig) -> dict[str, Any]:
    """The EmailConfiguration property of a pool."""
    return {
        "configuration_set": config.configuration_set,
        "email_sending_account": config.email_sending_account,
        "from_": config.from_,
        "reply_to_email_address": config.reply_to_email_address,
        "source_arn": config.source_arn,
    }
