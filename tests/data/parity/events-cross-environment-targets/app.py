import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_sns as sns
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

PROD = cdk.Environment(account="111111111111", region="us-east-1")
AUDIT = cdk.Environment(account="222222222222", region="us-east-1")
DR = cdk.Environment(account="111111111111", region="us-west-2")


class AuditStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.fn = lambda_.Function(
            self,
            "Collector",
            function_name="audit-collector",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): pass"),
        )
        self.bus = events.EventBus(self, "AuditBus", event_bus_name="audit")
        self.machine = sfn.StateMachine(
            self, "Review", state_machine_name="audit-review", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(self, "P"))
        )


class DrStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.bus = events.EventBus(self, "DrBus", event_bus_name="dr-events")
        self.queue = sqs.Queue(self, "DrQueue", queue_name="dr-queue")
        self.topic = sns.Topic(self, "DrTopic", topic_name="dr-alerts")


class ProdStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, audit: AuditStack, dr: DrStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        rule = events.Rule(
            self,
            "Changes",
            event_pattern=events.EventPattern(source=["aws.iam"], detail_type=["AWS API Call via CloudTrail"]),
        )
        rule.add_target(targets.LambdaFunction(audit.fn))
        rule.add_target(targets.EventBus(audit.bus))
        rule.add_target(targets.EventBus(dr.bus))
        rule.add_target(targets.SfnStateMachine(audit.machine))
        local = sqs.Queue(self, "Local")
        rule.add_target(targets.SqsQueue(local))
        rule.add_event_pattern(detail={"eventSource": ["iam.amazonaws.com"]})
        nightly = events.Rule(
            self,
            "Nightly",
            schedule=events.Schedule.cron(minute="0", hour="2"),
            description="nightly audit",
            rule_name="prod-nightly-audit",
        )
        nightly.add_target(targets.LambdaFunction(audit.fn, event=events.RuleTargetInput.from_object({"kind": "nightly"})))
        nightly.add_target(targets.SqsQueue(dr.queue))
        nightly.add_target(targets.SnsTopic(dr.topic))


app = cdk.App()
audit = AuditStack(app, "Audit", env=AUDIT)
dr = DrStack(app, "Dr", env=DR)
ProdStack(app, "Prod", audit=audit, dr=dr, env=PROD)
app.synth()
