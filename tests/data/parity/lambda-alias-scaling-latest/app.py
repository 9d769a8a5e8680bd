import datetime
import aws_cdk as cdk
from aws_cdk import (aws_lambda as lambda_, aws_iam as iam, aws_applicationautoscaling as appscaling,
                     aws_lambda_destinations as destinations, aws_sqs as sqs)
from constructs import Construct

CODE = "def handler(event, context):\n    return {'ok': True}\n"


class ReleaseStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        failures = sqs.Queue(self, "InvokeFailures")
        checkout = lambda_.Function(
            self, "Checkout",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline(CODE),
            current_version_options=lambda_.VersionOptions(
                description="checkout release",
                provisioned_concurrent_executions=0,
                retry_attempts=1,
                on_failure=destinations.SqsDestination(failures),
            ),
        )
        previous = lambda_.Version(self, "PreviousVersion", lambda_=checkout, description="v-prev",
                                   removal_policy=cdk.RemovalPolicy.RETAIN)
        canary = lambda_.Alias(
            self, "Canary", alias_name="canary", version=checkout.current_version,
            additional_versions=[lambda_.VersionWeight(version=previous, weight=0.25)],
            provisioned_concurrent_executions=3,
            description="canary release",
        )
        scaling = canary.add_auto_scaling(min_capacity=3, max_capacity=50)
        scaling.scale_on_utilization(utilization_target=0.6, policy_name="CanaryUtil",
                                     scale_in_cooldown=cdk.Duration.minutes(3), disable_scale_in=False)
        scaling.scale_on_schedule("BusinessHours", schedule=appscaling.Schedule.cron(hour="7", minute="30", week_day="MON-FRI"),
                                  min_capacity=10, time_zone=cdk.TimeZone.EUROPE_BERLIN,
                                  start_time=None)
        scaling.scale_on_schedule("Nightly", schedule=appscaling.Schedule.expression("cron(0 22 * * ? *)"), max_capacity=5)
        scaling.scale_on_schedule("Once", schedule=appscaling.Schedule.at(datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)), start_time=datetime.datetime(2029, 6, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=2))), min_capacity=4, max_capacity=20)

        dev = checkout.latest_version.add_alias("dev", description="tracks latest")
        dev.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
        same = checkout.latest_version.latest_version
        cdk.CfnOutput(self, "LatestArn", value=same.function_arn)
        imported = lambda_.Version.from_version_attributes(self, "Pinned", lambda_=checkout, version="7")
        pinned = imported.add_alias("pinned")
        pinned.add_auto_scaling(max_capacity=4).scale_on_utilization(utilization_target=0.5)
        v2 = checkout.current_version.add_alias("stable", provisioned_concurrent_executions=0, retry_attempts=0)
        cdk.CfnOutput(self, "StableName", value=v2.function_name)
        cdk.CfnOutput(self, "CanaryArn", value=canary.function_arn)


app = cdk.App()
ReleaseStack(app, "ReleaseStack")
app.synth()
