"""StreamGrants: the permissions a table's stream gives."""

from __future__ import annotations

from ..aws_iam.grant import Grant
from ..aws_iam.principals import IGrantable
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, lazy_frozen
from . import _perms as perms

if TYPE_CHECKING:
    from typing import Any


@lazy_frozen(kw_only=True)
class StreamGrantsProps(metaclass=LazyAttrsMeta):
    """What StreamGrants needs to know about a stream."""

    table_stream_arn: str
    """The stream's ARN."""
    encryption_key: Any = None
    """The key of the table. Default: none."""
    table: Any = None
    """The table. Default: none."""


class StreamGrants:
    """The grants of one table stream."""

    def __init__(self, *, table_stream_arn: str, encryption_key: Any = None, table: Any = None) -> None:
        self.table_stream_arn = table_stream_arn
        self.encryption_key = encryption_key
        self.table = table

    def actions(self, grantee: IGrantable, *actions: str) -> Grant:
        """Give `grantee` `actions` on the stream."""
        return Grant.add_to_principal(grantee=grantee, actions=actions, resource_arns=[self.table_stream_arn])

    def list(self, grantee: IGrantable) -> Grant:
        """List the streams of the account (`dynamodb:ListStreams` on every resource)."""
        return Grant.add_to_principal(grantee=grantee, actions=["dynamodb:ListStreams"], resource_arns=["*"])

    def read(self, grantee: IGrantable) -> Grant:
        """List streams and read the records of this one."""
        self.list(grantee)
        if self.encryption_key is not None:
            self.encryption_key.grant(grantee, *perms.KEY_READ_ACTIONS)
        return Grant.add_to_principal(
            grantee=grantee, actions=perms.READ_STREAM_DATA_ACTIONS, resource_arns=[self.table_stream_arn]
        )
