"""Amazon Cognito: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_cognito import *  # noqa: F403
from ..cfn.aws_cognito import __all__ as __all__
