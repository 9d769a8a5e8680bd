from apigwv2_integrations.aws_apigatewayv2 import *  # noqa: F403
