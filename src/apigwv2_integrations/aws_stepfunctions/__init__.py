"""AWS Step Functions: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_stepfunctions import *  # noqa: F403
from ..cfn.aws_stepfunctions import __all__ as __all__
