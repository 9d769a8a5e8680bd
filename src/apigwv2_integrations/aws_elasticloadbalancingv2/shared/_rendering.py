"""Rendering shared by the ELBv2 constructs: attribute lists, lazily built CloudFormation objects, defaults.

Values produced lazily bypass the L1 classes' conversion, so they are built here with CloudFormation's
keys, in the sorted order aws-cdk-lib renders.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...cfn.aws_elasticloadbalancingv2 import CfnListener
from ...core.duration import Duration
from ...core.runtime_typing import TYPE_CHECKING
from ...core.struct import evolve
from ...core.struct_callbacks import struct_returned_by
from ...core.tokens.lazy import Lazy
from .enums import ApplicationProtocol

if TYPE_CHECKING:
    from typing import Any


class AttributeBag:
    """Attributes set so far; setting `None` removes one."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def set(self, key: str, value: str | None) -> None:
        if value is None:
            self._values.pop(key, None)
        else:
            self._values[key] = value

    def get(self, key: str) -> str | None:
        return self._values.get(key)

    def render(self) -> Any:
        """A lazy `[{key, value}, ...]` list, left out of the template while empty."""
        return Lazy.any(
            lambda: [{"Key": key, "Value": value} for key, value in self._values.items()],
            omit_empty_array=True,
        )


def cfn_object(**fields: Any) -> dict[str, Any]:
    """A CloudFormation object from PascalCase fields: unset ones dropped, keys sorted."""
    return {key: fields[key] for key in sorted(fields) if fields[key] is not None}


def bool_attribute(value: bool) -> str:
    return "true" if value else "false"


_DEFAULT_PROTOCOL_BY_PORT = {
    80: ApplicationProtocol.HTTP,
    8000: ApplicationProtocol.HTTP,
    8008: ApplicationProtocol.HTTP,
    8080: ApplicationProtocol.HTTP,
    443: ApplicationProtocol.HTTPS,
    8443: ApplicationProtocol.HTTPS,
}
_DEFAULT_PORT_BY_PROTOCOL = {ApplicationProtocol.HTTP: 80, ApplicationProtocol.HTTPS: 443}


def default_protocol_for_port(port: int | float) -> ApplicationProtocol | None:
    """The protocol aws_cdk assumes for a well-known port, else None."""
    return _DEFAULT_PROTOCOL_BY_PORT.get(int(port)) if float(port).is_integer() else None


def default_port_for_protocol(protocol: ApplicationProtocol) -> int:
    return _DEFAULT_PORT_BY_PROTOCOL[protocol]


def render_forward(
    target_groups: Sequence[Any],
    weights: Sequence[float] | None,
    stickiness: Duration | None,
    *,
    even_weight: float | None = 1,
) -> Any:
    """A forward action: a plain target group ARN, or a forward config for several or sticky groups.

    Without `weights`, each group of a forward config gets `even_weight` (None: no `Weight` at all).
    """
    if weights is None and len(target_groups) == 1 and stickiness is None:
        return cfn_object(TargetGroupArn=target_groups[0].target_group_arn, Type="forward")
    weight_list = list(weights) if weights is not None else [even_weight] * len(target_groups)
    return cfn_object(
        ForwardConfig=cfn_object(
            TargetGroupStickinessConfig=(
                cfn_object(DurationSeconds=stickiness.to_seconds(), Enabled=True) if stickiness else None
            ),
            TargetGroups=[
                cfn_object(TargetGroupArn=group.target_group_arn, Weight=weight)
                for group, weight in zip(target_groups, weight_list, strict=True)
            ],
        ),
        Type="forward",
    )


def given_action_json(action_json: Any, action_class: str) -> Any:
    """The action an app passes to `ListenerAction(...)`/`NetworkListenerAction(...)`, as aws_cdk reads
    it: a dict with aws_cdk's camelCase keys is a `CfnListener.ActionProperty`. The package's own actions
    are dicts with CloudFormation's keys (`Type`), kept as they are."""
    if isinstance(action_json, Mapping) and any(
        isinstance(key, str) and key[:1].islower() for key in action_json
    ):
        return struct_returned_by(
            action_json, CfnListener.ActionProperty, where=action_class, method="default_action_json"
        )
    return action_json


def renumber(actions: list[Any]) -> list[Any]:
    """A chain of two or more actions gets `Order` 1, 2, ...; a single action none."""
    if len(actions) < 2:
        return actions
    return [_with_order(action, index) for index, action in enumerate(actions, start=1)]


def _with_order(action: Any, order: int) -> Any:
    if isinstance(action, CfnListener.ActionProperty):  # an app's own action (see given_action_json)
        return evolve(action, order=order)
    return dict(sorted({**action, "Order": order}.items()))
