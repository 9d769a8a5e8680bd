"""Rule, Schedule, EventPattern and RuleTargetInput (aws_events/rule.py, schedule.py, input.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Duration, Environment, Lazy, Stack, Token
from apigwv2_integrations import aws_events as events
from apigwv2_integrations import aws_events_targets as targets
from apigwv2_integrations import aws_iam as iam
from apigwv2_integrations import aws_kinesis as kinesis
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations import aws_logs as logs
from apigwv2_integrations import aws_sns as sns
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations import aws_stepfunctions as sfn
from apigwv2_integrations.core.errors import SynthesisError, ValidationError
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


@pytest.mark.parametrize(
    ("duration", "expression"),
    [
        (Duration.minutes(1), "rate(1 minute)"),
        (Duration.minutes(5), "rate(5 minutes)"),
        (Duration.minutes(90), "rate(90 minutes)"),
        (Duration.hours(1), "rate(1 hour)"),
        (Duration.hours(24), "rate(1 day)"),
        (Duration.days(3), "rate(3 days)"),
        (Duration.seconds(120), "rate(2 minutes)"),
        (Duration.hours(1.5), "rate(90 minutes)"),
        (Duration.days(0.5), "rate(12 hours)"),
    ],
)
def test_rate_uses_the_largest_whole_unit(duration: Duration, expression: str) -> None:
    assert events.Schedule.rate(duration).expression_string == expression


def test_rate_keeps_a_token_amount(stack: Stack) -> None:
    amount = Token.as_number(Lazy.number(lambda: 7))
    schedule = events.Schedule.rate(Duration.minutes(amount))
    assert stack.resolve(schedule.expression_string) == "rate(7 minutes)"


def test_rate_rejects_less_than_a_minute() -> None:
    with pytest.raises(ValidationError) as error:
        events.Schedule.rate(Duration.seconds(30))
    assert str(error.value) == (
        "duration=Duration.seconds(30) is shorter than a minute; use at least Duration.minutes(1)"
    )


@pytest.mark.parametrize("duration", [Duration.minutes(1.5), Duration.seconds(90), Duration.millis(60500)])
def test_rate_rejects_a_part_of_a_minute(duration: Duration) -> None:
    with pytest.raises(ValidationError) as error:
        events.Schedule.rate(duration)
    assert str(error.value) == (
        f"duration={duration!r} is not a whole number of minutes; "
        "a schedule rate uses whole minutes, hours or days"
    )


def test_cron_fills_unset_fields() -> None:
    assert events.Schedule.cron(minute="0", hour="3").expression_string == "cron(0 3 * * ? *)"
    assert events.Schedule.cron(minute="0", week_day="MON").expression_string == "cron(0 * ? * MON *)"


def test_cron_takes_day_or_week_day() -> None:
    with pytest.raises(ValidationError) as error:
        events.Schedule.cron(day="1", week_day="MON")
    assert str(error.value) == "day='1' and week_day='MON' are both set; set at most one"


def test_patterns_merge_and_render_detail_type(stack: Stack, template: Render) -> None:
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["a"], detail={"x": ["1"]}))
    rule.add_event_pattern(source=["b", "a"], detail_type=["T"], detail={"x": ["2"], "y": ["3"]})
    assert template(stack)["Resources"]["Rule4C995B7F"]["Properties"]["EventPattern"] == {
        "detail": {"x": ["1", "2"], "y": ["3"]},
        "detail-type": ["T"],
        "source": ["a", "b"],
    }


def test_pattern_fields_keep_their_type(stack: Stack) -> None:
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(detail={"x": ["1"]}))
    with pytest.raises(ValidationError) as error:
        rule.add_event_pattern(detail={"x": {"prefix": "a"}})
    assert str(error.value) == (
        "Test/Rule: event_pattern field 'x'={'prefix': 'a'} does not match the type of the pattern already "
        "there (['1']); use a list for both or an object for both"
    )


def test_scheduled_rules_run_on_the_default_bus(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    with pytest.raises(ValidationError) as error:
        events.Rule(stack, "Rule", event_bus=bus, schedule=events.Schedule.expression("rate(1 hour)"))
    assert str(error.value) == (
        "Test/Rule: event_bus=<EventBus Test/Bus> and schedule=Schedule.expression('rate(1 hour)') are both set; "
        "scheduled rules run on the default bus, so leave event_bus unset"
    )


def test_rule_problems_are_reported_at_synth(app: App, stack: Stack) -> None:
    events.Rule(stack, "Empty")
    events.Rule(stack, "Named", rule_name="bad name", schedule=events.Schedule.expression("rate(1 hour)"))
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 2 validation errors:\n"
        "  Test/Empty: the rule has neither event_pattern nor schedule; set one of them\n"
        "  Test/Named: rule_name='bad name' has characters a rule name cannot have; "
        "use letters, digits, periods, hyphens and underscores only"
    )


def test_object_input_with_event_fields_becomes_a_transformer(stack: Stack) -> None:
    rule = events.Rule(stack, "Rule", schedule=events.Schedule.expression("rate(1 hour)"))
    config = events.RuleTargetInput.from_object(
        {"id": events.EventField.from_path("$.detail.id"), "when": events.EventField.time, "n": 1}
    ).bind(rule)
    assert config.input_paths_map == {"detail-id": "$.detail.id", "time": "$.time"}
    assert stack.resolve(config.input_template) == '{"id":<detail-id>,"when":<time>,"n":1}'


def test_text_input_without_fields_is_literal_json(stack: Stack) -> None:
    rule = events.Rule(stack, "Rule", schedule=events.Schedule.expression("rate(1 hour)"))
    assert stack.resolve(events.RuleTargetInput.from_text("hello").bind(rule).input) == '"hello"'
    assert events.RuleTargetInput.from_event_path("$.detail").bind(rule).input_path == "$.detail"


def test_imported_rule_takes_its_name_from_the_arn(stack: Stack) -> None:
    rule = events.Rule.from_event_rule_arn(
        stack, "Imported", "arn:aws:events:us-east-1:111111111111:rule/nightly"
    )
    assert rule.rule_name == "nightly"


def test_event_bus_from_name_and_grant(stack: Stack, template: Render) -> None:
    bus = events.EventBus.from_event_bus_name(stack, "Bus", "orders")
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    bus.grant_put_events_to(role)
    statement = template(stack)["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"][
        "Statement"
    ]
    assert statement == [
        {
            "Action": "events:PutEvents",
            "Effect": "Allow",
            "Resource": {
                "Fn::Join": [
                    "",
                    [
                        "arn:",
                        {"Ref": "AWS::Partition"},
                        ":events:",
                        {"Ref": "AWS::Region"},
                        ":",
                        {"Ref": "AWS::AccountId"},
                        ":event-bus/orders",
                    ],
                ]
            },
        }
    ]


def test_match_anything_but_takes_one_type() -> None:
    with pytest.raises(ValidationError) as error:
        events.Match.anything_but("a", 1)
    assert str(error.value) == "Match.anything_but('a', 1) mixes types; pass only strings or only numbers"


def test_match_interval_must_not_be_empty() -> None:
    with pytest.raises(ValidationError) as error:
        events.Match.interval(5, 1)
    assert str(error.value) == "Match.interval(5, 1) is empty; pass lower <= upper"


def test_match_cidr_checks_the_range() -> None:
    with pytest.raises(ValidationError) as error:
        events.Match.cidr("10.0.0/24")
    assert str(error.value) == "range='10.0.0/24' is not an IPv4 or IPv6 CIDR range; use '10.0.0.0/24'"


def test_match_all_of_joins_numeric_matchers_only(stack: Stack) -> None:
    merged = events.Match.all_of(events.Match.greater_than(1), events.Match.prefix("a"))
    with pytest.raises(ValidationError) as error:
        stack.resolve(merged)
    assert str(error.value) == "Match.all_of() joins numeric matchers only; use Match.any_of() otherwise"


def test_bus_policy_statements_need_a_sid(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    statement = iam.PolicyStatement(actions=["events:PutEvents"], resources=["*"])
    with pytest.raises(ValidationError) as error:
        bus.add_to_resource_policy(statement)
    assert str(error.value) == (
        "Test/Bus: the statement given to add_to_resource_policy has no sid; bus policy statements need one, "
        "e.g. PolicyStatement(sid='AllowPutEvents', ...)"
    )


def test_service_principal_grant_without_the_flag_warns_and_grants_nothing(app: App, stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    grant = bus.grant_put_events_to(iam.ServicePrincipal("lambda.amazonaws.com"))
    assert not grant.success
    assert [path for path, _ in app.synth().warnings] == ["Test/Bus"]


def test_partner_buses_take_their_name_from_the_source(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        events.EventBus(stack, "Bus", event_bus_name="a", event_source_name="aws.partner/x.com/1/y")
    assert str(error.value) == (
        "Test/Bus: event_bus_name='a' and event_source_name='aws.partner/x.com/1/y' are both set; "
        "a partner bus takes its name from the event source, so set only one"
    )


def test_event_source_names_are_partner_sources(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        events.EventBus(stack, "Bus", event_source_name="orders")
    assert str(error.value) == (
        "Test/Bus: event_source_name='orders' is not a partner event source name; "
        "use 'aws.partner/<partner>/<source>'"
    )


def test_rate_with_a_token_amount_needs_minutes_hours_or_days() -> None:
    duration = Duration.seconds(Token.as_number(Lazy.number(lambda: 7)))
    with pytest.raises(ValidationError) as error:
        events.Schedule.rate(duration)
    assert (
        str(error.value)
        == f"duration={duration!r} is in seconds; a schedule rate uses minutes, hours or days"
    )


_REMOTE_TARGETS: dict[str, Callable[[Stack, str, str], Any]] = {
    "SqsQueue": lambda s, account, region: targets.SqsQueue(
        sqs.Queue.from_queue_arn(s, "Remote", f"arn:aws:sqs:{region}:{account}:remote")
    ),
    "SnsTopic": lambda s, account, region: targets.SnsTopic(
        sns.Topic.from_topic_arn(s, "Remote", f"arn:aws:sns:{region}:{account}:remote")
    ),
    "SfnStateMachine": lambda s, account, region: targets.SfnStateMachine(
        sfn.StateMachine.from_state_machine_arn(
            s, "Remote", f"arn:aws:states:{region}:{account}:stateMachine:remote"
        )
    ),
    "LambdaFunction": lambda s, account, region: targets.LambdaFunction(
        lambda_.Function.from_function_arn(s, "Remote", f"arn:aws:lambda:{region}:{account}:function:remote")
    ),
    "KinesisStream": lambda s, account, region: targets.KinesisStream(
        kinesis.Stream.from_stream_arn(s, "Remote", f"arn:aws:kinesis:{region}:{account}:stream/remote")
    ),
    "CloudWatchLogGroup": lambda s, account, region: targets.CloudWatchLogGroup(
        logs.LogGroup.from_log_group_arn(s, "Remote", f"arn:aws:logs:{region}:{account}:log-group:remote")
    ),
}
_HOME = Environment(account="123456789012", region="us-east-1")


@pytest.mark.parametrize("kind", sorted(_REMOTE_TARGETS))
def test_rule_rejects_an_imported_target_of_another_account(app: App, kind: str) -> None:
    stack = Stack(app, "Test", env=_HOME)
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["app"]))
    with pytest.raises(ValidationError) as error:
        rule.add_target(_REMOTE_TARGETS[kind](stack, "999999999999", "us-east-1"))
    assert str(error.value) == (
        f"Test/Rule: target={kind}('Test/Remote') is a resource of account '999999999999', region "
        "'us-east-1', imported into stack 'Test' (account '123456789012', region 'us-east-1'); a rule "
        "cannot target an imported resource in another account or region: import it into a stack whose "
        "env is the resource's account and region"
    )


def test_rule_rejects_an_imported_target_of_another_region(app: App) -> None:
    stack = Stack(app, "Test", env=_HOME)
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["app"]))
    with pytest.raises(ValidationError) as error:
        rule.add_target(_REMOTE_TARGETS["SqsQueue"](stack, "123456789012", "eu-west-1"))
    assert str(error.value) == (
        "Test/Rule: target=SqsQueue('Test/Remote') is a resource of account '123456789012', region "
        "'eu-west-1', imported into stack 'Test' (account '123456789012', region 'us-east-1'); a rule "
        "cannot target an imported resource in another account or region: import it into a stack whose "
        "env is the resource's account and region"
    )


def test_rule_in_an_environment_agnostic_stack_accepts_an_imported_remote_target(
    stack: Stack, template: Render
) -> None:
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["app"]))
    rule.add_target(_REMOTE_TARGETS["SnsTopic"](stack, "999999999999", "us-east-1"))
    resource = template(stack)["Resources"][stack.get_logical_id(rule.node.default_child)]  # type: ignore[arg-type]
    assert resource["Properties"]["Targets"] == [
        {"Arn": "arn:aws:sns:us-east-1:999999999999:remote", "Id": "Target0"}
    ]


def test_rule_forwards_events_to_a_target_of_another_account(app: App, template: Render) -> None:
    other = Stack(app, "Other", env=Environment(account="999999999999", region="us-east-1"))
    queue = sqs.Queue(other, "Queue", queue_name="remote")
    home = Stack(app, "Test", env=_HOME)
    # The queue's policy names the rule, so the rule needs a name another environment can read.
    rule = events.Rule(
        home, "Rule", rule_name="app-events", event_pattern=events.EventPattern(source=["app"])
    )
    rule.add_target(targets.SqsQueue(queue))
    rule.add_event_pattern(detail_type=["created"])
    (source,) = resources_of_type(template(home), "AWS::Events::Rule").values()
    assert source["Properties"]["Targets"] == [
        {
            "Arn": {
                "Fn::Join": [
                    "",
                    ["arn:", {"Ref": "AWS::Partition"}, ":events:us-east-1:999999999999:event-bus/default"],
                ]
            },
            "Id": "Target0",
        }
    ]
    mirror = template(other)["Resources"]["TestRuleC1B7AEF7Target099C06EC2"]
    assert mirror["Properties"] == {
        "EventPattern": {"source": ["app"], "detail-type": ["created"]},
        "State": "ENABLED",
        "Targets": [{"Arn": {"Fn::GetAtt": ["Queue4A7E3555", "Arn"]}, "Id": "Target0"}],
    }
    policy_stack = app.node.find_child("EventBusPolicy-123456789012-us-east-1-999999999999")
    assert isinstance(policy_stack, Stack)
    assert policy_stack.stack_name == "Other-EventBusPolicy-support-us-east-1-123456789012"
    assert template(policy_stack)["Resources"] == {
        "GivePermToOtherAccount": {
            "Type": "AWS::Events::EventBusPolicy",
            "Properties": {
                "Action": "events:PutEvents",
                "Principal": "123456789012",
                "StatementId": "Allow-account-123456789012-TestRuleC1B7AEF7",
            },
        }
    }
    assert home.dependencies == [policy_stack]


def test_rule_forwards_events_to_a_target_of_another_region_with_a_role(app: App, template: Render) -> None:
    other = Stack(app, "Other", env=Environment(account="123456789012", region="eu-west-1"))
    function = lambda_.Function(
        other,
        "Fn",
        function_name="remote",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(e, c): pass"),
    )
    home = Stack(app, "Test", env=_HOME)
    rule = events.Rule(home, "Rule", schedule=events.Schedule.rate(Duration.hours(1)))
    rule.add_target(targets.LambdaFunction(function))
    (source,) = resources_of_type(template(home), "AWS::Events::Rule").values()
    assert source["Properties"]["Targets"] == [
        {
            "Arn": {
                "Fn::Join": [
                    "",
                    ["arn:", {"Ref": "AWS::Partition"}, ":events:eu-west-1:123456789012:event-bus/default"],
                ]
            },
            "Id": "Target0",
            "RoleArn": {"Fn::GetAtt": ["RuleEventsRoleC51A4248", "Arn"]},
        }
    ]
    (mirror,) = resources_of_type(template(other), "AWS::Events::Rule").values()
    assert mirror["Properties"]["ScheduleExpression"] == "rate(1 hour)"
    assert app.node.try_find_child("EventBusPolicy-123456789012-eu-west-1-123456789012") is None
