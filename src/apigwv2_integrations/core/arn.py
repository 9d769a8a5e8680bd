"""ARN building and parsing, with tokens."""

from __future__ import annotations

from collections.abc import Mapping

from .errors import InvalidArnError
from .runtime_typing import TYPE_CHECKING
from .simple_enum import SimpleEnum
from .struct import LazyAttrsMeta, lazy_frozen
from .tokens.token import Token

if TYPE_CHECKING:
    from typing import Any

    from .construct import IConstruct
    from .stack import Stack

_ARN_SHAPE = "'arn:partition:service:region:account:resource'"


class ArnFormat(SimpleEnum):
    """How the resource name is separated from the resource type in an ARN."""

    NO_RESOURCE_NAME = "arn:aws:service:region:account:resource"
    COLON_RESOURCE_NAME = "arn:aws:service:region:account:resource:resourceName"
    SLASH_RESOURCE_NAME = "arn:aws:service:region:account:resource/resourceName"
    SLASH_RESOURCE_SLASH_RESOURCE_NAME = "arn:aws:service:region:account:/resource/resourceName"


@lazy_frozen(kw_only=True)
class ArnComponents(metaclass=LazyAttrsMeta):
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
    def format(components: ArnComponents | Mapping[str, Any], stack: Stack | None = None) -> str:
        """Build an ARN; missing partition, region and account come from `stack`."""
        if isinstance(components, Mapping):
            components = ArnComponents(**components)
        partition = (
            components.partition if components.partition is not None else (stack.partition if stack else None)
        )
        region = components.region if components.region is not None else (stack.region if stack else None)
        account = components.account if components.account is not None else (stack.account if stack else None)
        if partition is None or region is None or account is None:
            raise InvalidArnError(
                None,
                "Arn.format",
                "partition, region and account are required when no stack is given; "
                f"got partition={partition!r}, region={region!r}, account={account!r}",
            )
        arn_format = components.arn_format or ArnFormat.SLASH_RESOURCE_NAME
        sep = ":" if arn_format is ArnFormat.COLON_RESOURCE_NAME else "/"
        values = ["arn:", partition, ":", components.service, ":", region, ":", account, ":"]
        if arn_format is ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME:
            values.append("/")
        values.append(components.resource)
        # As aws-cdk-lib does, a resource name given with NO_RESOURCE_NAME is still appended after a `/`.
        if components.resource_name is not None:
            values.extend([sep, components.resource_name])
        return "".join(values)

    @staticmethod
    def split(arn: str, arn_format: ArnFormat) -> ArnComponents:
        """Take an ARN apart.

        An ARN that starts with a literal `arn:` is split on its literal `:` and `/` separators, so
        tokens inside it (a `format_arn` result, a name appended to a literal prefix) stay whole in
        the part they sit in, and the format is detected from the separators as aws-cdk-lib does.
        Only an ARN that does not start with `arn:` and holds a token (a `Ref`, a `GetAtt`, a token
        followed by a suffix) is taken apart at deploy time with `Fn::Select`/`Fn::Split`, in
        `arn_format`.
        """
        return split_arn(arn, arn_format)

    @staticmethod
    def extract_resource_name(arn: str, resource_type: str) -> str:
        """The resource name of an ARN with a `type/name` resource part."""
        from .tokens.fn import Fn  # deferred: most apps never call Fn

        if not arn.startswith("arn:") and Token.is_unresolved(arn):
            return Fn.select(1, Fn.split(f":{resource_type}/", arn))
        components = Arn.split(arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not Token.is_unresolved(components.resource) and components.resource != resource_type:
            raise InvalidArnError(
                None, "Arn.extract_resource_name", f"arn={arn!r} is not a {resource_type!r} ARN"
            )
        if not components.resource_name:
            raise InvalidArnError(
                None,
                "Arn.extract_resource_name",
                f"arn={arn!r} has no resource name; expected '...:{resource_type}/<name>'",
            )
        return components.resource_name


def split_arn(arn: str, arn_format: ArnFormat, scope: IConstruct | None = None) -> ArnComponents:
    """`Arn.split`, with a malformed ARN reported at `scope` (the construct it was given to) when known."""
    if not arn.startswith("arn:"):
        if Token.is_unresolved(arn):
            return _split_token_arn(arn, arn_format)
        raise InvalidArnError(scope, "Arn.split", f"arn={arn!r} is not an ARN; expected {_ARN_SHAPE}")
    parts = arn.split(":")
    for index, part_name in ((1, "partition"), (2, "service"), (5, "resource")):
        if len(parts) <= index or not parts[index]:
            raise InvalidArnError(
                scope,
                "Arn.split",
                f"arn={arn!r} has no {part_name} (part {index + 1}); expected {_ARN_SHAPE}",
            )
    partition, service, region, account, head = parts[1:6]
    rest = parts[6:]
    start = 0
    slash = head.find("/")
    detected: ArnFormat
    if slash == 0:
        start = 1
        slash = head.find("/", 1)
    if slash != -1 and arn_format is not ArnFormat.NO_RESOURCE_NAME:
        detected = (
            ArnFormat.SLASH_RESOURCE_NAME if start == 0 else ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME
        )
    elif slash != -1 or not rest:
        slash = -1
        detected = ArnFormat.NO_RESOURCE_NAME
    else:
        detected = ArnFormat.COLON_RESOURCE_NAME
    resource_name: str | None = None
    if slash != -1:
        resource, resource_name = head[start:slash], head[slash + 1 :]
    else:
        resource = head
    if rest:
        resource_name = f"{resource_name}:" if resource_name else ""
        resource_name += ":".join(rest)
    return ArnComponents(
        service=service,
        resource=resource,
        account=account,
        region=region,
        partition=partition,
        resource_name=resource_name,
        arn_format=detected,
    )


def _split_token_arn(arn: str, arn_format: ArnFormat) -> ArnComponents:
    from .tokens.fn import Fn  # deferred: most apps never call Fn

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
