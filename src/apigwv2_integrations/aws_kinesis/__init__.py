"""Amazon Kinesis: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_kinesis import *  # noqa: F403
from ..cfn.aws_kinesis import __all__ as __all__
