"""Destinations of asynchronous invocations: where Lambda sends the records of successes and failures."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, lazy_frozen

if TYPE_CHECKING:
    from ..core.construct import Construct
    from .function_base import IFunction


class DestinationType(SimpleEnum):
    """Which invocations a destination receives."""

    FAILURE = "Failure"
    SUCCESS = "Success"


@lazy_frozen(kw_only=True)
class DestinationConfig(metaclass=LazyAttrsMeta):
    """What a destination gives the function once bound."""

    destination: str
    """The ARN of the destination."""


@lazy_frozen(kw_only=True)
class DestinationOptions(metaclass=LazyAttrsMeta):
    """How a destination is bound."""

    type: DestinationType
    """Which invocations it receives."""


@runtime_checkable
class IDestination(Protocol):
    """A destination for asynchronous invocation records (aws_lambda_destinations implements it)."""

    def bind(
        self,
        scope: Construct,
        fn: IFunction,
        *,
        type: DestinationType,  # noqa: A002 - aws_cdk's keyword
    ) -> DestinationConfig:
        """Called when the destination is configured; grants the function access and returns the ARN."""
        ...
