from apigwv2_integrations.aws_apigatewayv2_authorizers import *  # noqa: F403
