"""Amazon API Gateway (REST APIs): the access log format and fields it shares with API Gateway v2, and `Cfn*`
classes."""

from ..cfn.aws_apigateway import __all__ as _cfn_all
from ..core import runtime_typing as _typing
from ..core.lazy_exports import lazy_exports as _lazy_exports

# Every name loads on first use (PEP 562): an app pays only for the modules it uses. mypy reads them here.
if _typing.TYPE_CHECKING:
    from ..cfn.aws_apigateway import *  # noqa: F403
    from .access_log import AccessLogField, AccessLogFormat
else:
    _L2_SOURCES = {
        ".access_log": ("AccessLogField", "AccessLogFormat"),
    }
    __getattr__, __dir__ = _lazy_exports(
        __name__,
        {
            **dict.fromkeys(_cfn_all, "..cfn.aws_apigateway"),
            **{name: module for module, names in _L2_SOURCES.items() for name in names},
        },
    )


__all__ = [*_cfn_all, "AccessLogField", "AccessLogFormat"]
