"""Event patterns with Match content filters: prefix/suffix (also ignoring case), wildcard, exists / does_not_exist, null, anything_but (strings, numbers, prefix), numeric comparisons, interval and all_of, any_of, cidr, and a pattern merged with add_event_pattern."""
import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "events-match")
handler = lambda_.Function(
    stack, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
rule = events.Rule(
    stack,
    "Filtered",
    event_pattern=events.EventPattern(
        source=events.Match.prefix("shop."),
        detail_type=events.Match.any_of(events.Match.exact_string("OrderPlaced"), events.Match.suffix("Updated")),
        detail={
            "status": events.Match.anything_but("cancelled", "failed"),
            "code": events.Match.anything_but(1, 2),
            "region": events.Match.anything_but_prefix("test-"),
            "total": events.Match.interval(10, 100),
            "count": events.Match.all_of(events.Match.greater_than(1), events.Match.less_than(9)),
            "exact": events.Match.equal(5),
            "email": events.Match.suffix_equals_ignore_case("@EXAMPLE.com"),
            "name": events.Match.equals_ignore_case("Alice"),
            "path": events.Match.wildcard("/orders/*"),
            "coupon": events.Match.exists(),
            "legacy": events.Match.does_not_exist(),
            "note": events.Match.null_value(),
            "ip": events.Match.cidr("10.0.0.0/24"),
            "upper": events.Match.prefix_equals_ignore_case("ORD"),
        },
    ),
    targets=[targets.LambdaFunction(handler)],
)
rule.add_event_pattern(detail={"status": events.Match.exact_string("pending"), "extra": events.Match.greater_than_or_equal(3)})
app.synth()
