from apigwv2_integrations.aws_apigatewayv2_integrations import *  # noqa: F403
