"""VendedLogParser: a transformer step that parses the logs an AWS service writes (CloudFront, VPC flow
logs, WAF, Route 53, PostgreSQL) with CloudWatch Logs' built-in parser for them."""

from __future__ import annotations

from ...core.runtime_typing import TYPE_CHECKING
from ...core.simple_enum import SimpleEnum
from ...core.struct import LazyAttrsMeta, lazy_frozen
from ._processor import BaseProcessorProps

if TYPE_CHECKING:
    from typing import Any


class VendedLogType(SimpleEnum):
    """The AWS service whose logs a VendedLogParser parses."""

    CLOUDFRONT = "CLOUDFRONT"
    VPC = "VPC"
    WAF = "WAF"
    ROUTE53 = "ROUTE53"
    POSTGRES = "POSTGRES"


# The TransformerConfig key of each service's parser.
_PARSER_KEYS = {
    VendedLogType.CLOUDFRONT: "ParseCloudfront",
    VendedLogType.VPC: "ParseVPC",
    VendedLogType.WAF: "ParseWAF",
    VendedLogType.ROUTE53: "ParseRoute53",
    VendedLogType.POSTGRES: "ParsePostgres",
}


@lazy_frozen(kw_only=True)
class VendedLogParserProps(BaseProcessorProps, metaclass=LazyAttrsMeta):
    """Properties of a VendedLogParser."""

    log_type: VendedLogType
    """The service whose logs are parsed."""
    source: str | None = None
    """The field parsed. Default: '@message'."""


class VendedLogParser:
    """A transformer step that parses AWS vended logs; it must be the transformer's first processor."""

    def __init__(self, *, log_type: VendedLogType, source: str | None = None) -> None:
        self._props = VendedLogParserProps(log_type=log_type, source=source)

    @property
    def log_type(self) -> VendedLogType:
        """The service whose logs are parsed."""
        return self._props.log_type

    def __repr__(self) -> str:
        return f"VendedLogParser(log_type={self._props.log_type})"

    def _render(self) -> dict[str, Any]:
        # The parser always reads @message: `source` is not rendered, as in aws-cdk-lib.
        return {_PARSER_KEYS[self._props.log_type]: {}}
