"""Tags from `Tags.of` on a stack, on event rules (schedule and pattern) and on a named dashboard; a table widget with thresholds; a math expression alarm shown as an alarm widget, a graph annotation, a pie chart and a single value."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_events as events

app = cdk.App()
stack = cdk.Stack(app, "integ-edge-tagged-rules-dashboard")
cdk.Tags.of(stack).add("Owner", "ops")

nightly = events.Rule(
    stack,
    "Nightly",
    rule_name="nightly-sweep",
    description="Runs every hour",
    schedule=events.Schedule.rate(cdk.Duration.hours(1)),
)
cdk.Tags.of(nightly).add("Cadence", "hourly")
cdk.Tags.of(nightly).add("CostCenter", "42")
stopped = events.Rule(
    stack,
    "Stopped",
    description="Instance state changes",
    event_pattern={"source": ["aws.ec2"], "detail_type": ["EC2 Instance State-change Notification"]},
)
cdk.Tags.of(stopped).add("Purpose", "audit")

jobs = cdk.CfnResource(stack, "Jobs", type="AWS::SQS::Queue")
waiting = cloudwatch.Metric(
    namespace="AWS/SQS",
    metric_name="ApproximateNumberOfMessagesVisible",
    dimensions_map={"QueueName": jobs.get_att("QueueName").to_string()},
    period=cdk.Duration.seconds(10),
    label="Waiting",
)
running = cloudwatch.Metric(
    namespace="AWS/SQS",
    metric_name="ApproximateNumberOfMessagesNotVisible",
    dimensions_map={"QueueName": jobs.get_att("QueueName").to_string()},
    period=cdk.Duration.seconds(30),
    label="Running",
)
backlog = cloudwatch.MathExpression(
    expression="w+r",
    using_metrics={"w": waiting, "r": running},
    label="Backlog",
    period=cdk.Duration.minutes(1),
)
too_many = backlog.create_alarm(stack, "Backlog", threshold=100, evaluation_periods=3)

board = cloudwatch.Dashboard(stack, "Board", dashboard_name="JobsBoard")
cdk.Tags.of(board).add("Team", "jobs")
board.add_widgets(cloudwatch.AlarmWidget(title="Backlog alarm", alarm=too_many, account_id="123456789"))
board.add_widgets(
    cloudwatch.GraphWidget(
        title="Backlog", left=[backlog], right=[waiting, running], left_annotations=[too_many.to_annotation()]
    )
)
board.add_widgets(
    cloudwatch.GraphWidget(
        title="Share",
        left=[waiting, running],
        view=cloudwatch.GraphWidgetView.PIE,
        set_period_to_time_range=True,
    )
)
board.add_widgets(cloudwatch.SingleValueWidget(title="Now", metrics=[backlog]))
board.add_widgets(
    cloudwatch.TableWidget(
        title="Lowest",
        metrics=[cloudwatch.Metric(namespace="Jobs", metric_name="Latency", statistic="Minimum")],
        period=cdk.Duration.minutes(1),
        height=12,
        width=12,
        show_units_in_label=True,
        full_precision=True,
        layout=cloudwatch.TableLayout.HORIZONTAL,
        thresholds=[
            cloudwatch.TableThreshold.above(1000, cloudwatch.Color.RED),
            cloudwatch.TableThreshold.between(500, 1000, cloudwatch.Color.ORANGE),
            cloudwatch.TableThreshold.below(500, cloudwatch.Color.GREEN),
        ],
    )
)
board.add_widgets(cloudwatch.TextWidget(markdown="# Jobs"))
app.synth()
