"""Amazon CloudWatch Logs: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_logs import *  # noqa: F403
from ..cfn.aws_logs import __all__ as __all__
