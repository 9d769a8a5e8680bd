import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "docex-misc-redshift-query")

workgroup_arn = "arn:aws:redshift-serverless:us-east-1:123456789012:workgroup/11111111-2222-3333-4444-555555555555"
nightly = events.Rule(stack, "Nightly", schedule=events.Schedule.cron(hour="2", minute="0"))
failed_events = sqs.Queue(stack, "FailedEvents")

# Several statements run as one batch; one statement runs alone.
nightly.add_target(
    targets.RedshiftQuery(
        workgroup_arn,
        database="sales",
        sql=["DELETE FROM staging", "INSERT INTO staging SELECT * FROM raw"],
        dead_letter_queue=failed_events,
    )
)
password = secretsmanager.Secret(stack, "WarehousePassword")
nightly.add_target(
    targets.RedshiftQuery(
        "arn:aws:redshift:us-east-1:123456789012:cluster:warehouse",
        database="sales",
        sql=["VACUUM"],
        db_user="etl",
        secret=password,
        statement_name="QS2-nightly-vacuum",
        send_event_bridge_event=True,
        input=events.RuleTargetInput.from_object({"run": "nightly"}),
    )
)

# A role of one's own gets the statement permission instead of the rule's role.
runner = iam.Role(stack, "QueryRunner", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
hourly = events.Rule(stack, "Hourly", schedule=events.Schedule.rate(cdk.Duration.hours(1)))
hourly.add_target(targets.RedshiftQuery(workgroup_arn, database="sales", sql=["SELECT 1"], role=runner))

app.synth()
