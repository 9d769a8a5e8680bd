"""Amazon API Gateway (REST APIs): the access log format it shares with API Gateway v2, and `Cfn*` classes."""

import typing as _typing

from ..cfn.aws_apigateway import __all__ as _cfn_all
from ..core.lazy_exports import lazy_exports as _lazy_exports

# The Cfn* names load on first use; mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_apigateway import *  # noqa: F403
else:
    __getattr__, __dir__ = _lazy_exports(__name__, dict.fromkeys(_cfn_all, "..cfn.aws_apigateway"))

from .access_log import AccessLogFormat

__all__ = [*_cfn_all, "AccessLogFormat"]
