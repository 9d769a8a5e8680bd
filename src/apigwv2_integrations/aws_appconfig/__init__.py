"""AWS AppConfig: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_appconfig import *  # noqa: F403
from ..cfn.aws_appconfig import __all__ as __all__
