"""DeliveryPolicy: how SNS retries and throttles deliveries to an HTTP or HTTPS endpoint."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.duration import Duration
from ..core.runtime_typing import TYPE_CHECKING
from ..core.simple_enum import SimpleEnum
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from typing import Any

_DELAY_SECONDS = (1, 3600)
_MAX_RETRIES = 100
_DEFAULT_DELAY_SECONDS = 20
_DEFAULT_RETRIES = 3


class BackoffFunction(SimpleEnum):
    """How the delay grows between retries."""

    ARITHMETIC = "ARITHMETIC"
    EXPONENTIAL = "EXPONENTIAL"
    GEOMETRIC = "GEOMETRIC"
    LINEAR = "LINEAR"


@lazy_frozen(kw_only=True)
class HealthyRetryPolicy(metaclass=LazyAttrsMeta):
    """Retries of a delivery to a healthy endpoint."""

    backoff_function: BackoffFunction | None = None
    """How the delay grows. Default: LINEAR (SNS's)."""
    max_delay_target: Duration | None = None
    """The longest delay, 1 second to 1 hour. Default: 20 seconds."""
    min_delay_target: Duration | None = None
    """The shortest delay, 1 second to 1 hour. Default: 20 seconds."""
    num_max_delay_retries: float | None = None
    """Retries at the longest delay. Default: 0."""
    num_min_delay_retries: float | None = None
    """Retries at the shortest delay. Default: 0."""
    num_no_delay_retries: float | None = None
    """Retries without delay. Default: 0."""
    num_retries: float | None = None
    """All retries, at most 100. Default: 3."""


@lazy_frozen(kw_only=True)
class ThrottlePolicy(metaclass=LazyAttrsMeta):
    """How fast SNS delivers to the endpoint."""

    max_receives_per_second: float | None = None
    """The most deliveries a second. Default: no limit."""


@lazy_frozen(kw_only=True)
class RequestPolicy(metaclass=LazyAttrsMeta):
    """The requests SNS sends."""

    header_content_type: str | None = None
    """The Content-Type header. Default: text/plain; charset=UTF-8."""


def _to_healthy_retry_policy(
    value: HealthyRetryPolicy | Mapping[str, Any] | None,
) -> HealthyRetryPolicy | None:
    return HealthyRetryPolicy(**value) if isinstance(value, Mapping) else value


def _to_request_policy(value: RequestPolicy | Mapping[str, Any] | None) -> RequestPolicy | None:
    return RequestPolicy(**value) if isinstance(value, Mapping) else value


def _to_throttle_policy(value: ThrottlePolicy | Mapping[str, Any] | None) -> ThrottlePolicy | None:
    return ThrottlePolicy(**value) if isinstance(value, Mapping) else value


@lazy_frozen(kw_only=True)
class DeliveryPolicy(metaclass=LazyAttrsMeta):
    """The delivery policy of an HTTP or HTTPS subscription."""

    healthy_retry_policy: HealthyRetryPolicy | None = field(default=None, converter=_to_healthy_retry_policy)
    """Retries to a healthy endpoint. Default: SNS's."""
    request_policy: RequestPolicy | None = field(default=None, converter=_to_request_policy)
    """The requests sent. Default: SNS's."""
    throttle_policy: ThrottlePolicy | None = field(default=None, converter=_to_throttle_policy)
    """The delivery rate. Default: no limit."""


def to_delivery_policy(value: DeliveryPolicy | Mapping[str, Any] | None) -> DeliveryPolicy | None:
    """`value` as a DeliveryPolicy: aws_cdk accepts a dict of its keywords too."""
    return DeliveryPolicy(**value) if isinstance(value, Mapping) else value


def delivery_policy_problems(policy: DeliveryPolicy) -> list[str]:
    """What SNS would reject in `policy`, each `property=value problem; fix`."""
    problems: list[str] = []
    retry = policy.healthy_retry_policy
    if retry is not None:
        delays = {}
        for name in ("min_delay_target", "max_delay_target"):
            delay: Duration | None = getattr(retry, name)
            if delay is None or delay.is_unresolved():
                continue
            seconds = delay.to_seconds(integral=False)
            delays[name] = seconds
            if seconds != int(seconds):
                problems.append(f"{name}={delay!r} is not a whole number of seconds; round it")
            elif not _DELAY_SECONDS[0] <= seconds <= _DELAY_SECONDS[1]:
                problems.append(f"{name}={delay!r} is out of range; use 1 second to 1 hour")
        # SNS rejects a minimum above the maximum; aws-cdk-lib checks it only when both are given.
        low = delays.get("min_delay_target", _DEFAULT_DELAY_SECONDS)
        high = delays.get("max_delay_target", _DEFAULT_DELAY_SECONDS)
        if low > high:
            problems.append(
                f"min_delay_target ({low:g} s) is longer than max_delay_target ({high:g} s); "
                "lower the minimum or raise the maximum"
            )
        if retry.num_retries is not None and not 0 <= retry.num_retries <= _MAX_RETRIES:
            problems.append(f"num_retries={retry.num_retries!r} is out of range; use 0 to {_MAX_RETRIES}")
        for name in ("num_no_delay_retries", "num_min_delay_retries", "num_max_delay_retries"):
            value = getattr(retry, name)
            if value is not None and value < 0:
                problems.append(f"{name}={value!r} is negative; use 0 or more")
    throttle = policy.throttle_policy
    rate = throttle.max_receives_per_second if throttle is not None else None
    if rate is not None and (rate < 1 or rate != int(rate)):
        problems.append(f"max_receives_per_second={rate!r} is not a whole number of 1 or more; use one")
    return problems


def render_delivery_policy(policy: DeliveryPolicy) -> dict[str, Any]:
    """The `DeliveryPolicy` JSON of a subscription, as aws-cdk-lib writes it."""
    rendered: dict[str, Any] = {}
    retry = policy.healthy_retry_policy
    if retry is not None:
        low = (
            retry.min_delay_target.to_seconds()
            if retry.min_delay_target is not None
            else _DEFAULT_DELAY_SECONDS
        )
        high = (
            retry.max_delay_target.to_seconds()
            if retry.max_delay_target is not None
            else _DEFAULT_DELAY_SECONDS
        )
        healthy: dict[str, Any] = {
            "minDelayTarget": low,
            "maxDelayTarget": high,
            "numRetries": retry.num_retries if retry.num_retries is not None else _DEFAULT_RETRIES,
        }
        for key, value in (
            ("numNoDelayRetries", retry.num_no_delay_retries),
            ("numMinDelayRetries", retry.num_min_delay_retries),
            ("numMaxDelayRetries", retry.num_max_delay_retries),
            ("backoffFunction", retry.backoff_function.value if retry.backoff_function is not None else None),
        ):
            if value is not None:
                healthy[key] = value
        rendered["healthyRetryPolicy"] = healthy
    if policy.throttle_policy is not None:
        rendered["throttlePolicy"] = {"maxReceivesPerSecond": policy.throttle_policy.max_receives_per_second}
    if policy.request_policy is not None:
        rendered["requestPolicy"] = {"headerContentType": policy.request_policy.header_content_type}
    return rendered
