import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as actions
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "AlarmActions")

handler = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
)
api = apigwv2.HttpApi(
    stack, "Api", default_integration=integrations.HttpLambdaIntegration("HandlerIntegration", handler)
)
topic = sns.Topic(stack, "Alerts")
errors = api.metric_server_error(period=cdk.Duration.minutes(1)).create_alarm(
    stack, "ServerErrors", threshold=1, evaluation_periods=1
)
errors.add_alarm_action(actions.SnsAction(topic))
errors.add_ok_action(actions.SnsAction(topic))
errors.add_insufficient_data_action(actions.SsmIncidentAction("on-call"))

responder = lambda_.Function(
    stack,
    "Responder",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
)
latency = cloudwatch.Alarm(
    stack,
    "Latency",
    metric=api.metric_latency(statistic="p99"),
    threshold=1000,
    evaluation_periods=3,
)
latency.add_alarm_action(actions.LambdaAction(responder))
latency.add_ok_action(actions.LambdaAction(responder))
version = responder.current_version
latency.add_insufficient_data_action(actions.LambdaAction(version, use_unique_permission_id=True))
alias = lambda_.Alias(stack, "Live", alias_name="live", version=version)
errors.add_alarm_action(actions.LambdaAction(alias))
errors.add_alarm_action(actions.SsmAction(actions.OpsItemSeverity.HIGH, actions.OpsItemCategory.AVAILABILITY))
errors.add_alarm_action(actions.SsmAction(actions.OpsItemSeverity.LOW))
instance_alarm = cloudwatch.Alarm(
    stack,
    "InstanceDown",
    metric=cloudwatch.Metric(
        namespace="AWS/EC2", metric_name="StatusCheckFailed", dimensions_map={"InstanceId": "i-0123456789"}
    ),
    threshold=1,
    evaluation_periods=2,
)
instance_alarm.add_alarm_action(actions.Ec2Action(actions.Ec2InstanceAction.RECOVER))
instance_alarm.add_ok_action(actions.Ec2Action(actions.Ec2InstanceAction.REBOOT))
app.synth()
