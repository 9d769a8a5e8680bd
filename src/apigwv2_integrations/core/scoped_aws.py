"""ScopedAws: the pseudo parameters of one stack, exported when another stack reads them."""

from __future__ import annotations

from .cfn_reference import PseudoReference
from .construct import Construct
from .stack import Stack
from .tokens.token import Token

__all__ = ["ScopedAws"]


class ScopedAws:
    """The pseudo parameters of the stack of `scope`: read from another stack, they are exported from it
    (where `Aws.*` would give the consuming stack's own values)."""

    def __init__(self, scope: Construct) -> None:
        self._stack = Stack.of(scope)

    def _pseudo(self, name: str) -> str:
        return Token.as_string(PseudoReference.for_pseudo(name, self._stack))

    @property
    def account_id(self) -> str:
        """`AWS::AccountId` of the stack."""
        return self._pseudo("AWS::AccountId")

    @property
    def notification_arns(self) -> list[str]:
        """`AWS::NotificationARNs` of the stack."""
        return Token.as_list(PseudoReference.for_pseudo("AWS::NotificationARNs", self._stack))

    @property
    def partition(self) -> str:
        """`AWS::Partition` of the stack."""
        return self._pseudo("AWS::Partition")

    @property
    def region(self) -> str:
        """`AWS::Region` of the stack."""
        return self._pseudo("AWS::Region")

    @property
    def stack_id(self) -> str:
        """`AWS::StackId` of the stack."""
        return self._pseudo("AWS::StackId")

    @property
    def stack_name(self) -> str:
        """`AWS::StackName` of the stack."""
        return self._pseudo("AWS::StackName")

    @property
    def url_suffix(self) -> str:
        """`AWS::URLSuffix` of the stack."""
        return self._pseudo("AWS::URLSuffix")
