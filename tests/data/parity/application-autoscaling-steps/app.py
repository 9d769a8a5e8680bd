import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "ApplicationAutoscalingSteps")

target = appscaling.ScalableTarget(
    stack,
    "Target",
    service_namespace=appscaling.ServiceNamespace.ECS,
    resource_id="service/cluster/workers",
    scalable_dimension="ecs:service:DesiredCount",
    min_capacity=1,
    max_capacity=20,
)
backlog = cloudwatch.Metric(
    namespace="App",
    metric_name="Backlog",
    dimensions_map={"Queue": "jobs"},
    statistic="Maximum",
    period=cdk.Duration.minutes(1),
)

# A no-change range between 10 and 50: a lower and an upper alarm around it.
target.scale_on_metric(
    "Backlog",
    metric=backlog,
    scaling_steps=[
        {"upper": 5, "change": -2},
        {"lower": 5, "upper": 10, "change": -1},
        {"lower": 50, "upper": 80, "change": 2},
        {"lower": 80, "change": 4},
    ],
    evaluation_periods=3,
    datapoints_to_alarm=2,
    cooldown=cdk.Duration.seconds(90),
)
# A zero change means no change, so only the upper alarm.
target.scale_on_metric(
    "Cpu",
    metric=cloudwatch.Metric(namespace="App", metric_name="Cpu", statistic="p99"),
    scaling_steps=[
        appscaling.ScalingInterval(lower=0, upper=70, change=0),
        appscaling.ScalingInterval(lower=70, change=3),
    ],
)
# With exact capacity, zero is a capacity: no no-change range, so the alarms split the steps in the middle.
target.scale_on_metric(
    "Exact",
    metric=cloudwatch.Metric(namespace="App", metric_name="Cpu", statistic="Minimum"),
    adjustment_type=appscaling.AdjustmentType.EXACT_CAPACITY,
    scaling_steps=[
        appscaling.ScalingInterval(upper=10, change=0),
        appscaling.ScalingInterval(lower=10, upper=20, change=5),
        appscaling.ScalingInterval(lower=20, change=10),
    ],
)
# A math expression has no statistic, so no aggregation type.
target.scale_on_metric(
    "Percent",
    metric=cloudwatch.MathExpression(
        expression="a+b",
        using_metrics={"a": backlog, "b": cloudwatch.Metric(namespace="App", metric_name="Other")},
    ),
    adjustment_type=appscaling.AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
    min_adjustment_magnitude=2,
    scaling_steps=[
        appscaling.ScalingInterval(upper=10, change=-10),
        appscaling.ScalingInterval(lower=100, change=50),
    ],
)
policy = appscaling.StepScalingPolicy(
    stack,
    "Standalone",
    scaling_target=target,
    metric=backlog,
    metric_aggregation_type=appscaling.MetricAggregationType.AVERAGE,
    scaling_steps=[
        appscaling.ScalingInterval(upper=3, change=-1),
        appscaling.ScalingInterval(lower=7, change=2),
    ],
)
manual = appscaling.StepScalingAction(
    stack,
    "Manual",
    scaling_target=target,
    policy_name="manual",
    adjustment_type=appscaling.AdjustmentType.CHANGE_IN_CAPACITY,
)
manual.add_adjustment(adjustment=1, lower_bound=0)
alarm = cloudwatch.Alarm(stack, "ManualAlarm", metric=backlog, threshold=100, evaluation_periods=1)
appscaling.StepScalingAction(stack, "Empty", scaling_target=target)

cdk.CfnOutput(stack, "UpperPolicyArn", value=policy.upper_action.scaling_policy_arn)

app.synth()
