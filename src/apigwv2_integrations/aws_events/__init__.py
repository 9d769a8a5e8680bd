"""Amazon EventBridge: the CloudFormation resources (L1 classes) of the service."""

from ..cfn.aws_events import *  # noqa: F403
from ..cfn.aws_events import __all__ as __all__
