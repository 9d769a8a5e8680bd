"""Zone names, record names, zone ARNs and the delegation grant."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..aws_iam import Grant, IGrantable
from ..core.construct import Construct
from ..core.runtime_typing import TYPE_CHECKING, cast
from ..core.stack import Stack
from ..core.tokens.token import Token

if TYPE_CHECKING:
    from .hosted_zone_ref import IHostedZone

_ZONE_NAME_CHARACTERS = re.compile(r"^[a-z0-9!\"#$%&'()*+,/:;<=>?@\[\\\]^_`{|}~.-]+$", re.IGNORECASE)
_OCTAL_KEPT = re.compile(r"[a-z0-9\-_\\.]")


def zone_name_problem(zone_name: str) -> str | None:
    """Why `zone_name` cannot name a hosted zone, or None."""
    if len(zone_name) > 255:
        return f"is {len(zone_name)} characters long; use at most 255"
    if any(len(label) > 63 for label in zone_name.split(".")):
        return "has a label longer than 63 characters; use at most 63 per label"
    if not _ZONE_NAME_CHARACTERS.match(zone_name):
        return "has characters a zone name cannot have; use a-z, 0-9, '-', '.' and ASCII punctuation"
    return None


def strip_trailing_dot(name: str) -> str:
    """`name` without one trailing dot."""
    return name[:-1] if name.endswith(".") else name


def fully_qualified_domain_name(provided_name: str, zone: IHostedZone) -> str:
    """The record name aws-cdk-lib renders: relative names get the zone appended, then a dot."""
    if provided_name.endswith("."):
        return provided_name
    zone_name = strip_trailing_dot(zone.zone_name)
    if provided_name.endswith("." + zone_name) or provided_name == zone_name:
        return provided_name + "."
    return f"{provided_name}.{zone_name}."


def hosted_zone_arn(scope: Construct, hosted_zone_id: str) -> str:
    """`arn:<partition>:route53:::hostedzone/<id>`."""
    return Stack.of(scope).format_arn(
        account="", region="", service="route53", resource="hostedzone", resource_name=hosted_zone_id
    )


def _octal_encode(name: str) -> str:
    # Route 53 compares normalized record names with characters outside [a-z0-9-_.] octal-escaped.
    if Token.is_unresolved(name):
        return name
    return "".join(c if _OCTAL_KEPT.match(c) else "\\" + format(ord(c), "03o") for c in name)


def grant_delegation(
    zone: IHostedZone, grantee: IGrantable, delegated_zone_names: Sequence[str] | None
) -> Grant:
    """The two statements aws-cdk-lib grants for zone delegation."""
    record_conditions: dict[str, object] = {
        "route53:ChangeResourceRecordSetsRecordTypes": ["NS"],
        "route53:ChangeResourceRecordSetsActions": ["UPSERT", "DELETE"],
    }
    if delegated_zone_names is not None:
        record_conditions["route53:ChangeResourceRecordSetsNormalizedRecordNames"] = [
            _octal_encode(name) for name in delegated_zone_names
        ]
    change = Grant.add_to_principal(
        grantee=grantee,
        actions=["route53:ChangeResourceRecordSets"],
        resource_arns=[hosted_zone_arn(cast("Construct", zone), zone.hosted_zone_id)],
        conditions={"ForAllValues:StringEquals": record_conditions},
    )
    listing = Grant.add_to_principal(
        grantee=grantee, actions=["route53:ListHostedZonesByName"], resource_arns=["*"]
    )
    return change.combine(listing)
