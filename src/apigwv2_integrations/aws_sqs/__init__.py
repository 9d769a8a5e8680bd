"""Amazon SQS: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_sqs import *  # noqa: F403
from ..cfn.aws_sqs import __all__ as __all__
