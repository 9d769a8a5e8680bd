"""Amazon DynamoDB: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_dynamodb import *  # noqa: F403
from ..cfn.aws_dynamodb import __all__ as __all__
