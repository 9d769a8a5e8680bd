"""`@aws-cdk/aws-events:requireEventBusPolicySid`: grant_put_events_to a service principal with a statement id adds an EventBusPolicy; an explicit add_to_resource_policy; a role grant stays in its identity policy."""
import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam

app = cdk.App(context={"@aws-cdk/aws-events:requireEventBusPolicySid": True})
stack = cdk.Stack(app, "events-bus-policy")
bus = events.EventBus(stack, "Bus", event_bus_name="orders")
bus.grant_put_events_to(iam.ServicePrincipal("lambda.amazonaws.com"), "AllowLambda")
bus.add_to_resource_policy(
    iam.PolicyStatement(
        sid="ReadRules", actions=["events:DescribeRule"], principals=[iam.AccountPrincipal("111122223333")],
        resources=[bus.event_bus_arn],
    )
)
role = iam.Role(stack, "Publisher", assumed_by=iam.AccountRootPrincipal())
bus.grant_put_events_to(role)
app.synth()
