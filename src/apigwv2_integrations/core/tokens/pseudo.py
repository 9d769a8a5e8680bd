"""CloudFormation pseudo parameters."""

from __future__ import annotations

from .token import Intrinsic, Token


def _pseudo_string(name: str) -> str:
    return Token.as_string(Intrinsic({"Ref": name}), display_hint=name.replace("::", "."))


class Aws:
    """Pseudo parameters that resolve to a `Ref` wherever they are used."""

    ACCOUNT_ID = _pseudo_string("AWS::AccountId")
    REGION = _pseudo_string("AWS::Region")
    PARTITION = _pseudo_string("AWS::Partition")
    URL_SUFFIX = _pseudo_string("AWS::URLSuffix")
    STACK_NAME = _pseudo_string("AWS::StackName")
    STACK_ID = _pseudo_string("AWS::StackId")
    NO_VALUE = _pseudo_string("AWS::NoValue")
    NOTIFICATION_ARNS = Token.as_list(
        Intrinsic({"Ref": "AWS::NotificationARNs"}), display_hint="AWS.NotificationARNs"
    )
