"""Amazon CloudWatch: metric descriptions returned by the `metric*` methods of other constructs."""

from ..cfn.aws_cloudwatch import *  # noqa: F403
from ..cfn.aws_cloudwatch import __all__ as _cfn_names
from .metric import Metric, MetricOptions, Stats

__all__ = [*_cfn_names, "Metric", "MetricOptions", "Stats"]
