"""The AWS account and region a stack deploys to."""

from __future__ import annotations

from .struct import LazyAttrsMeta, lazy_frozen


@lazy_frozen(kw_only=True)
class Environment(metaclass=LazyAttrsMeta):
    """Account and region of a stack; None leaves the stack environment-agnostic."""

    account: str | None = None
    region: str | None = None


UNKNOWN_ACCOUNT = "unknown-account"
UNKNOWN_REGION = "unknown-region"


def format_environment(account: str | None, region: str | None) -> str:
    """The `aws://account/region` string of the cloud assembly."""
    return f"aws://{account or UNKNOWN_ACCOUNT}/{region or UNKNOWN_REGION}"
