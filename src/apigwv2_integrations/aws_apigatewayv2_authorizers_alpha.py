"""`aws_cdk.aws_apigatewayv2_authorizers_alpha`, this module's name before aws-cdk-lib 2.112 made it stable.

It is `aws_apigatewayv2_authorizers` itself: the alpha's last release (2.114.1) has a subset of
its names, and with aws-cdk-lib 2.275.0 it writes the templates the stable module writes, so an app
written for the alpha runs with its imports changed as any other. tree.json names the stable
classes, not the alpha's.
"""

import sys

from . import aws_apigatewayv2_authorizers

sys.modules[__name__] = aws_apigatewayv2_authorizers
