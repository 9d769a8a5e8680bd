"""CfnDynamicReference: a `{{resolve:service:key}}` reference CloudFormation fills in at deploy time."""

from __future__ import annotations

from .simple_enum import SimpleEnum
from .tokens.fn import Fn
from .tokens.token import Intrinsic, Token


class CfnDynamicReferenceService(SimpleEnum):
    """Where a dynamic reference reads from."""

    SSM = "ssm"
    SSM_SECURE = "ssm-secure"
    SECRETS_MANAGER = "secretsmanager"


class CfnDynamicReference(Intrinsic):
    """`{{resolve:<service>:<key>}}`."""

    def __init__(self, service: CfnDynamicReferenceService, key: str) -> None:
        text = f"{{{{resolve:{service.value}:{key}}}}}"
        super().__init__(Fn.join("", [text]) if Token.is_unresolved(key) else text)
        self.service = service
        self.key = key

    def __repr__(self) -> str:
        return f"CfnDynamicReference({self.service}, {self.key!r})"
