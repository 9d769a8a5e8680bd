"""AWS Key Management Service: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_kms import *  # noqa: F403
from ..cfn.aws_kms import __all__ as __all__
