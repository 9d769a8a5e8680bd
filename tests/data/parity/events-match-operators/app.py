import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sqs as sqs
from constructs import Construct

M = events.Match


class PatternsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        q = sqs.Queue(self, "Sink")
        events.Rule(
            self,
            "Complex",
            event_pattern=events.EventPattern(
                source=M.prefix("com.example."),
                detail_type=M.anything_but("Heartbeat", "Ping"),
                account=M.anything_but_prefix("999"),
                region=M.any_of(M.exact_string("us-east-1"), M.suffix("-west-2")),
                resources=M.anything_but_suffix(".tmp"),
                detail={
                    "amount": M.all_of(M.greater_than(10), M.less_than_or_equal(1000)),
                    "range": M.interval(0, 5),
                    "ratio": M.greater_than_or_equal(0.5),
                    "ip": M.cidr("10.0.0.0/8"),
                    "ip6": M.ip_address_range("2001:db8::/32"),
                    "name": M.equals_ignore_case("Alice"),
                    "path": M.wildcard("orders/*/items"),
                    "missing": M.does_not_exist(),
                    "present": M.exists(),
                    "nothing": M.null_value(),
                    "empty": M.empty_array() if hasattr(M, "empty_array") else M.exact_string(""),
                    "notWild": M.anything_but_wildcard("tmp/*"),
                    "notPrefixes": M.anything_but_prefix("a", "b"),
                    "exactNum": M.equal(5),
                    "notNums": M.anything_but(1, 2, 3),
                    "nested": {"deep": M.any_of(M.prefix("x"), M.exists()), "flag": [True]},
                    "lit": ["a", 1, None],
                },
            ),
            targets=[targets.SqsQueue(q)],
        )
        events.Rule(
            self,
            "Scheduled",
            schedule=events.Schedule.cron(minute="0/15", hour="8-17", week_day="MON-FRI", month="*", year="2026"),
            targets=[targets.SqsQueue(q, message=events.RuleTargetInput.from_multiline_text("line1\nline2"))],
        )
        events.Rule(
            self,
            "Rate",
            schedule=events.Schedule.rate(cdk.Duration.days(7)),
            targets=[
                targets.SqsQueue(
                    q,
                    message=events.RuleTargetInput.from_object(
                        {
                            "time": events.EventField.time,
                            "acct": events.EventField.account,
                            "detail": events.EventField.from_path("$.detail"),
                            "text": f"Event {events.EventField.event_id} in {events.EventField.region}",
                        }
                    ),
                )
            ],
        )


app = cdk.App()
PatternsStack(app, "PatternsStack")
app.synth()
