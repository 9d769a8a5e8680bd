"""Limits computed as floats that are whole numbers (`rate * 2.0`, `10.0`): aws-cdk-lib sends them as
JavaScript numbers, so integer properties (a stage's burst limit, a record's weight) get integers."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "apigwv2-whole-number-floats")

requests_per_second = 40.0
throttle = apigwv2.ThrottleSettings(rate_limit=requests_per_second, burst_limit=requests_per_second * 2.5)

orders = apigwv2.HttpApi(stack, "Orders", create_default_stage=False)
apigwv2.HttpStage(
    stack, "OrdersLive", http_api=orders, stage_name="$default", auto_deploy=True, throttle=throttle
)
orders.add_stage("Canary", stage_name="canary", throttle=apigwv2.ThrottleSettings(burst_limit=5.0))

feed = apigwv2.WebSocketApi(stack, "Feed")
apigwv2.WebSocketStage(stack, "FeedLive", web_socket_api=feed, stage_name="live", throttle=throttle)

zone = route53.HostedZone(stack, "Zone", zone_name="shop.example.com")
for name, share in (("Blue", 3 / 4), ("Green", 1 / 4)):
    route53.ARecord(
        stack,
        name,
        zone=zone,
        record_name="api",
        target=route53.RecordTarget.from_ip_addresses("192.0.2.10" if name == "Blue" else "192.0.2.20"),
        weight=share * 100,
        set_identifier=name.lower(),
    )

app.synth()
