import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct


class ReleaseSteps(Construct):
    """Looks a lock up and frees it when held; `next` returns a hand-built chain."""

    def __init__(self, scope: Construct, id: str, table: dynamodb.ITable) -> None:
        super().__init__(scope, id)
        key = {"name": tasks.DynamoAttributeValue.from_string(sfn.JsonPath.string_at("$.lock"))}
        self.lookup = tasks.DynamoGetItem(
            self,
            "Lookup",
            table=table,
            key=key,
            result_path="$.found",
            result_selector={"text.$": "States.JsonToString($.Item)"},
        )
        self.held = sfn.Choice(self, "Held")
        self.lookup.next(self.held)
        self.free = tasks.DynamoUpdateItem(
            self,
            "Free",
            table=table,
            key=key,
            update_expression="SET slots = slots - :one",
            expression_attribute_values={":one": tasks.DynamoAttributeValue.from_number(1)},
        )
        self.free.add_retry(errors=["DynamoDB.ConditionalCheckFailedException"], max_attempts=0)
        self.held.when(sfn.Condition.is_present("$.found.text"), self.free)

    def next(self, step: sfn.IChainable) -> sfn.Chain:
        self.held.otherwise(step)
        return sfn.Chain.custom(self.lookup, [step], self.free.next(step))


class LocksStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        table = dynamodb.Table(
            self,
            "Locks",
            partition_key=dynamodb.Attribute(name="name", type=dynamodb.AttributeType.STRING),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        cleanup = sfn.StateMachine(
            self,
            "Cleanup",
            definition_body=sfn.DefinitionBody.from_chainable(
                ReleaseSteps(self, "Release", table).next(sfn.Succeed(self, "Released"))
            ),
            timeout=cdk.Duration.minutes(5),
        )
        seed = tasks.DynamoPutItem(
            self,
            "Seed",
            table=table,
            result_path=sfn.JsonPath.DISCARD,
            condition_expression="attribute_not_exists(#n)",
            expression_attribute_names={"#n": "name"},
            item={
                "name": tasks.DynamoAttributeValue.from_string("jobs"),
                "slots": tasks.DynamoAttributeValue.from_number(0),
            },
        )
        work = sfn.StateMachine(
            self, "Work", definition_body=sfn.DefinitionBody.from_chainable(seed.next(sfn.Pass(self, "Run")))
        )
        rule = events.Rule(
            self,
            "OnFailure",
            event_pattern=events.EventPattern(
                source=["aws.states"],
                detail={"stateMachineArn": [work.state_machine_arn], "status": ["FAILED", "TIMED_OUT"]},
            ),
            targets=[
                targets.SfnStateMachine(
                    cleanup,
                    input=events.RuleTargetInput.from_object(
                        {"lock": "jobs", "execution": events.EventField.from_path("$.detail.executionArn")}
                    ),
                )
            ],
        )
        cleanup.grant_start_execution(
            iam.ServicePrincipal(
                "events.amazonaws.com", conditions={"ArnEquals": {"aws:SourceArn": rule.rule_arn}}
            )
        )


app = cdk.App()
LocksStack(app, "Locks")
app.synth()
