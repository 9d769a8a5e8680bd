"""API keys and usage plans on a WebSocket API: api_key_selection_expression, api_key_required routes,
ApiKey with every option, RateLimitedApiKey with stages, quota and throttle, a UsagePlan built up with
add_api_stage / add_api_key (one key with an overridden logical id), an imported key, and key grants."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "websocket-api-keys")

handler = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
)
api = apigwv2.WebSocketApi(
    stack,
    "Api",
    api_key_selection_expression=apigwv2.WebSocketApiKeySelectionExpression.HEADER_X_API_KEY,
)
apigwv2.WebSocketRoute(
    stack,
    "SendRoute",
    web_socket_api=api,
    route_key="send",
    integration=integrations.WebSocketLambdaIntegration("Send", handler),
    api_key_required=True,
)
api.add_route("ping", integration=integrations.WebSocketLambdaIntegration("Ping", handler))
stage = apigwv2.WebSocketStage(stack, "Stage", web_socket_api=api, stage_name="prod", auto_deploy=True)
dev = apigwv2.WebSocketStage(stack, "Dev", web_socket_api=api, stage_name="dev")

key = apigwv2.ApiKey(
    stack,
    "Key",
    api_key_name="partner-key",
    customer_id="partner-1",
    description="Key of the partner",
    enabled=False,
    generate_distinct_id=True,
    value="0123456789abcdefghij",
)
plain_key = apigwv2.ApiKey(stack, "PlainKey")
limited = apigwv2.RateLimitedApiKey(
    stack,
    "Limited",
    api_stages=[apigwv2.UsagePlanPerApiStage(api=api, stage=stage)],
    quota=apigwv2.QuotaSettings(limit=1000, offset=1, period=apigwv2.Period.WEEK),
    throttle=apigwv2.ThrottleSettings(rate_limit=10, burst_limit=2),
)
bare_limited = apigwv2.RateLimitedApiKey(stack, "BareLimited", api_key_name="bare")

plan = apigwv2.UsagePlan(
    stack,
    "Plan",
    usage_plan_name="basic",
    description="Basic plan",
    quota=apigwv2.QuotaSettings(limit=500, period=apigwv2.Period.DAY),
    throttle=apigwv2.ThrottleSettings(rate_limit=5.5, burst_limit=10),
)
plan.add_api_stage(api=api, stage=dev)
plan.add_api_key(key)
plan.add_api_key(plain_key, override_logical_id="PlainPlanKey")
imported = apigwv2.ApiKey.from_api_key_id(stack, "Imported", "abc123")
plan.add_api_key(imported)
empty_plan = apigwv2.UsagePlan(stack, "EmptyPlan")
imported_plan = apigwv2.UsagePlan.from_usage_plan_id(stack, "ImportedPlan", "plan42")
imported_plan.add_api_key(limited)

role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key.grant_read(role)
limited.grant_write(role)
plain_key.grant_read_write(role)

cdk.CfnOutput(stack, "KeyId", value=key.key_id)
cdk.CfnOutput(stack, "KeyArn", value=key.key_arn)
cdk.CfnOutput(stack, "LimitedArn", value=limited.key_arn)
cdk.CfnOutput(stack, "ImportedArn", value=imported.key_arn)
cdk.CfnOutput(stack, "PlanId", value=plan.usage_plan_id)
cdk.CfnOutput(stack, "EmptyPlanId", value=empty_plan.usage_plan_id)

app.synth()
