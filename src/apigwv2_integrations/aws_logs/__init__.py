"""Amazon CloudWatch Logs: log groups, and every `Cfn*` class of the service."""

from ..cfn.aws_logs import *  # noqa: F403
from ..cfn.aws_logs import __all__ as _cfn_all
from .log_group import LogGroup, LogGroupProps, RetentionDays

__all__ = [*_cfn_all, "LogGroup", "LogGroupProps", "RetentionDays"]
