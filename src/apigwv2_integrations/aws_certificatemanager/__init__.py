"""AWS Certificate Manager: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_certificatemanager import *  # noqa: F403
from ..cfn.aws_certificatemanager import __all__ as __all__
