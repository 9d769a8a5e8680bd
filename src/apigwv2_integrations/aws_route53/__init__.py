"""Amazon Route 53: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_route53 import *  # noqa: F403
from ..cfn.aws_route53 import __all__ as __all__
