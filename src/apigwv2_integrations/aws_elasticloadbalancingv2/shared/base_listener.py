"""BaseListener: the CloudFormation listener, its default action and attributes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...cfn.aws_elasticloadbalancingv2 import CfnListener, CfnListenerCertificate, ListenerReference
from ...core.annotations import Annotations
from ...core.construct import Construct
from ...core.errors import ValidationError
from ...core.feature_flags import FeatureFlags
from ...core.resource import Resource
from ...core.resource_types import IResource
from ...core.runtime_typing import TYPE_CHECKING, Protocol, runtime_checkable
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ...core.tokens.lazy import Lazy
from ...core.tokens.token import Token
from ._rendering import AttributeBag
from .enums import SslPolicy
from .listener_certificate import IListenerCertificate

if TYPE_CHECKING:
    from typing import Any

_MAX_PORT = 65535

USE_POST_QUANTUM_TLS_POLICY = "@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy"


def check_port(scope: Construct, port: float) -> None:
    """Listener ports are 1 to 65535 (a token is left to CloudFormation)."""
    if not Token.is_unresolved(port) and not 1 <= port <= _MAX_PORT:
        raise ValidationError(scope, f"port={port!r} is out of range; use 1 to {_MAX_PORT}")


def ssl_policy_of(
    scope: Construct, given: SslPolicy | None, protocol: object, secure_protocol: object
) -> str | None:
    """The given policy, else the post-quantum one on `secure_protocol` with `usePostQuantumTlsPolicy` on."""
    if (
        given is None
        and protocol == secure_protocol
        and FeatureFlags.of(scope).is_enabled(USE_POST_QUANTUM_TLS_POLICY)
    ):
        given = SslPolicy.TLS13_12_PQ
    return given.value if given is not None else None


@runtime_checkable
class IListener(IResource, Protocol):
    """A listener of an Application or Network Load Balancer, defined here or imported."""

    @property
    def listener_arn(self) -> str:
        """The listener's ARN."""
        ...

    @property
    def listener_ref(self) -> ListenerReference:
        """A reference to the listener: its ARN."""
        ...


@runtime_checkable
class IListenerAction(Protocol):
    """A listener's action, rendered into `DefaultActions` or a rule's `Actions`."""

    def render_actions(self) -> list[Any]:
        """The actions of a listener's default rule."""
        ...

    def render_rule_actions(self) -> list[Any]:
        """The actions of a listener rule."""
        ...


@lazy_frozen(kw_only=True)
class BaseListenerLookupOptions(metaclass=LazyAttrsMeta):
    """How `from_lookup` finds a listener: by its load balancer (ARN or tags) and port."""

    listener_port: float | None = None
    """The listener's port. Default: any."""
    load_balancer_arn: str | None = None
    """The ARN of the listener's load balancer. Default: found by tags."""
    load_balancer_tags: Mapping[str, str] | None = None
    """Tags the listener's load balancer has. Default: found by ARN."""


class _ListenerChecks:
    def __init__(self, listener: BaseListener) -> None:
        self._listener = listener

    def validate(self) -> list[str]:
        return self._listener._validate_listener()


class BaseListener(Resource):
    """What ALB and NLB listeners share: the resource, the default action and the certificates."""

    @property
    def listener_ref(self) -> ListenerReference:
        """A reference to the listener: its ARN."""
        return ListenerReference(listener_arn=self.listener_arn)

    def __init__(self, scope: Construct, id: str, additional_props: dict[str, Any]) -> None:
        super().__init__(scope, id)
        self._attributes = AttributeBag()
        self._default_action: IListenerAction | None = None
        self.certificate_arns: list[str] = []
        self._listener = CfnListener(
            self,
            "Resource",
            certificates=Lazy.any(
                lambda: [{"CertificateArn": arn} for arn in self.certificate_arns], omit_empty_array=True
            ),
            listener_attributes=self._attributes.render(),
            default_actions=Lazy.any(
                lambda: self._default_action.render_actions() if self._default_action is not None else []
            ),
            **additional_props,
        )
        self.listener_arn: str = self._listener.ref
        self.node.add_validation(_ListenerChecks(self))

    def set_attribute(self, key: str, value: str | None = None) -> None:
        """Set a listener attribute, or remove it with `value=None`."""
        self._attributes.set(key, value)

    def remove_attribute(self, key: str) -> None:
        """Remove a listener attribute."""
        self._attributes.set(key, None)

    def add_certificates(self, id: str, certificates: Sequence[IListenerCertificate]) -> None:
        """Add certificates: the first one of the listener becomes its default, each other one a resource."""
        additional = list(certificates)
        if not self.certificate_arns and additional:
            self.certificate_arns.append(additional.pop(0).certificate_arn)
        # A ListenerCertificate resource holds exactly one certificate, whatever its schema says.
        for index, certificate in enumerate(additional, start=1):
            self._add_listener_certificate(f"{id}{index}", certificate)

    def _add_listener_certificate(self, id: str, certificate: IListenerCertificate) -> None:
        # Matches aws-cdk-lib: a network listener holds each extra certificate in a plain construct.
        holder = Construct(self, id)
        CfnListenerCertificate(
            holder,
            "Resource",
            listener_arn=self.listener_arn,
            certificates=[{"certificate_arn": certificate.certificate_arn}],
        )

    def _set_default_action(self, action: IListenerAction) -> None:
        # Matches aws-cdk-lib: a later default action replaces an earlier one, with a warning.
        if self._default_action is not None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-elbv2:listenerExistingDefaultActionReplaced",
                "A default Action already existed on this Listener and was replaced. Configure exactly one "
                "default Action.",
            )
        self._default_action = action

    def _validate_listener(self) -> list[str]:
        if self._default_action is None:
            return [
                "the listener has no default action; call add_targets(), add_target_groups() or "
                "add_action() without priority, or pass default_action=..."
            ]
        return []
