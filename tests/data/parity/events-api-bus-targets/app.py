import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "EventTargets")

api = apigwv2.HttpApi(stack, "Api")
api.add_routes(
    path="/orders/{id}",
    methods=[apigwv2.HttpMethod.POST],
    integration=integrations.HttpUrlIntegration("Backend", "https://example.com/orders/{id}"),
)
rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.minutes(5)))
rule.add_target(targets.ApiGatewayV2(api))
dlq = sqs.Queue(stack, "Dlq")
rule.add_target(
    targets.ApiGatewayV2(
        api,
        method="POST",
        path="/orders/*",
        path_parameter_values=["42"],
        header_parameters={"x-source": "events"},
        query_string_parameters={"verbose": "true"},
        post_body=events.RuleTargetInput.from_object({"id": events.EventField.from_path("$.detail.id")}),
        stage="$default",
        dead_letter_queue=dlq,
        retry_attempts=2,
        max_event_age=cdk.Duration.hours(1),
    )
)
role = iam.Role(stack, "Invoker", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
rule.add_target(targets.ApiGatewayV2(api, event_role=role, path="/orders"))

bus_rule = events.Rule(stack, "BusRule", event_pattern=events.EventPattern(source=["my.app"]))
other_bus = events.EventBus(stack, "Other")
bus_rule.add_target(targets.EventBus(other_bus))
bus_rule.add_target(targets.EventBus(other_bus, dead_letter_queue=dlq))
imported = events.EventBus.from_event_bus_arn(stack, "Remote", "arn:aws:events:us-east-1:123456789012:event-bus/remote")
bus_role = iam.Role(stack, "BusRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
bus_rule.add_target(targets.EventBus(imported, role=bus_role))
app.synth()
