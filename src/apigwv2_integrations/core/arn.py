"""ARN building and parsing, with tokens."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from .struct import lazy_frozen
from .tokens.fn import Fn
from .tokens.token import Token

if TYPE_CHECKING:
    from .stack import Stack


class ArnFormat(enum.Enum):
    """How the resource name is separated from the resource type in an ARN."""

    NO_RESOURCE_NAME = "arn:aws:service:region:account:resource"
    COLON_RESOURCE_NAME = "arn:aws:service:region:account:resource:resourceName"
    SLASH_RESOURCE_NAME = "arn:aws:service:region:account:resource/resourceName"
    SLASH_RESOURCE_SLASH_RESOURCE_NAME = "arn:aws:service:region:account:/resource/resourceName"


@lazy_frozen(kw_only=True)
class ArnComponents:
    """The parts of an ARN."""

    service: str
    resource: str
    account: str | None = None
    region: str | None = None
    partition: str | None = None
    resource_name: str | None = None
    arn_format: ArnFormat | None = None


class Arn:
    """Build and take apart ARNs."""

    @staticmethod
    def format(components: ArnComponents, stack: Stack | None = None) -> str:
        """Build an ARN; missing partition, region and account come from `stack`."""
        partition = (
            components.partition if components.partition is not None else (stack.partition if stack else None)
        )
        region = components.region if components.region is not None else (stack.region if stack else None)
        account = components.account if components.account is not None else (stack.account if stack else None)
        if partition is None or region is None or account is None:
            raise ValueError(
                "Arn.format: partition, region and account are required when no stack is given; "
                f"got partition={partition!r}, region={region!r}, account={account!r}"
            )
        arn_format = components.arn_format or ArnFormat.SLASH_RESOURCE_NAME
        sep = ":" if arn_format is ArnFormat.COLON_RESOURCE_NAME else "/"
        values = ["arn:", partition, ":", components.service, ":", region, ":", account, ":"]
        if arn_format is ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME:
            values.append("/")
        values.append(components.resource)
        if components.resource_name is not None and arn_format is not ArnFormat.NO_RESOURCE_NAME:
            values.extend([sep, components.resource_name])
        return "".join(values)

    @staticmethod
    def split(arn: str, arn_format: ArnFormat) -> ArnComponents:
        """Take an ARN apart; a token ARN gives `Fn::Select`/`Fn::Split` tokens."""
        if Token.is_unresolved(arn):
            return _split_token_arn(arn, arn_format)
        parts = arn.split(":")
        if len(parts) < 6 or parts[0] != "arn":
            raise ValueError(
                f"Arn.split: arn={arn!r} is not an ARN; "
                "expected 'arn:partition:service:region:account:resource'"
            )
        partition, service, region, account = parts[1], parts[2], parts[3], parts[4]
        rest = ":".join(parts[5:])
        resource_name: str | None
        if arn_format is ArnFormat.NO_RESOURCE_NAME:
            resource, resource_name = rest, None
        elif arn_format is ArnFormat.COLON_RESOURCE_NAME:
            resource, _, tail = rest.partition(":")
            resource_name = tail or None
        else:
            if arn_format is ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME:
                rest = rest.removeprefix("/")
            resource, _, tail = rest.partition("/")
            resource_name = tail or None
        return ArnComponents(
            service=service,
            resource=resource,
            account=account,
            region=region,
            partition=partition,
            resource_name=resource_name,
            arn_format=arn_format,
        )

    @staticmethod
    def extract_resource_name(arn: str, resource_type: str) -> str:
        """The resource name of an ARN with a `type/name` resource part."""
        components = Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not Token.is_unresolved(components.resource) and components.resource != resource_type:
            raise ValueError(f"Arn.extract_resource_name: arn={arn!r} is not a {resource_type!r} ARN")
        return components.resource_name or ""


def _split_token_arn(arn: str, arn_format: ArnFormat) -> ArnComponents:
    parts = Fn.split(":", arn)
    partition, service, region, account = (Fn.select(i, parts) for i in (1, 2, 3, 4))
    if arn_format is ArnFormat.NO_RESOURCE_NAME:
        return ArnComponents(
            service=service,
            resource=Fn.select(5, parts),
            account=account,
            region=region,
            partition=partition,
            arn_format=arn_format,
        )
    if arn_format is ArnFormat.COLON_RESOURCE_NAME:
        return ArnComponents(
            service=service,
            resource=Fn.select(5, parts),
            resource_name=Fn.select(6, parts),
            account=account,
            region=region,
            partition=partition,
            arn_format=arn_format,
        )
    tail = Fn.split("/", Fn.select(5, parts))
    offset = 1 if arn_format is ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME else 0
    return ArnComponents(
        service=service,
        resource=Fn.select(offset, tail),
        resource_name=Fn.select(offset + 1, tail),
        account=account,
        region=region,
        partition=partition,
        arn_format=arn_format,
    )
