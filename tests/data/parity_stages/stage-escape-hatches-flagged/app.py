"""With the context of the cdk.json that `cdk init` writes (next to this file). L1 escape hatches, removal policies, exports, tags and an aspect in two instances of a Stage: default_child, add_override / add_property_override / deletion overrides, cfn_options, export_value, Tags priorities and exclusions, add_dependency with a reason."""

try:
    import jsii
except ImportError:
    from aws_cdk import jsii
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from constructs import Construct, IConstruct


@jsii.implements(cdk.IAspect)
class EnforceRetention:
    def visit(self, node: IConstruct) -> None:
        if isinstance(node, sqs.CfnQueue) and node.message_retention_period is None:
            node.message_retention_period = 1209600
        if isinstance(node, lambda_.CfnFunction):
            node.add_property_override("TracingConfig.Mode", "Active")


class DataStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.jobs = sqs.Queue(self, "Jobs", visibility_timeout=cdk.Duration.seconds(60))
        cfn_queue: sqs.CfnQueue = self.jobs.node.default_child
        cfn_queue.add_override("Properties.SqsManagedSseEnabled", False)
        cfn_queue.add_override("Metadata.Owner", "data-team")
        cfn_queue.cfn_options.update_replace_policy = cdk.CfnDeletionPolicy.RETAIN
        cfn_queue.cfn_options.deletion_policy = cdk.CfnDeletionPolicy.RETAIN
        cfn_queue.cfn_options.metadata = {"Purpose": "jobs"}
        self.archive = sqs.Queue(self, "Archive", removal_policy=cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE)
        cond = cdk.CfnCondition(
            self, "UseDlq", expression=cdk.Fn.condition_equals(cdk.Aws.REGION, "us-east-1")
        )
        dlq = sqs.CfnQueue(self, "Dlq", queue_name="jobs-dlq")
        dlq.cfn_options.condition = cond
        dlq.add_deletion_override("Properties.QueueName")
        dlq.add_property_deletion_override("DoesNotExist")
        dlq.add_dependency(cfn_queue)
        self.export_value(self.jobs.queue_arn)
        self.export_value(self.archive.queue_url, name="ArchiveUrl")
        cdk.CfnOutput(
            self, "JobsName", value=self.jobs.queue_name, export_name=f"{self.stack_name}-jobs-name"
        )
        cdk.Tags.of(self.jobs).add("tier", "gold", priority=200)
        cdk.Tags.of(self).add("tier", "silver")
        cdk.Tags.of(self).add("skipme", "yes", exclude_resource_types=["AWS::SQS::Queue"])


class ApiStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, jobs: sqs.IQueue, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        fn = lambda_.Function(
            self,
            "Handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"),
            environment={"JOBS": jobs.queue_url},
        )
        jobs.grant_send_messages(fn)
        api = apigwv2.HttpApi(self, "Api", create_default_stage=False)
        api.add_routes(
            path="/jobs",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpLambdaIntegration("JobsInt", fn),
        )
        stage = apigwv2.HttpStage(self, "Live", http_api=api, stage_name="live", auto_deploy=True)
        cfn_stage: apigwv2.CfnStage = stage.node.default_child
        cfn_stage.add_property_override(
            "DefaultRouteSettings", {"ThrottlingBurstLimit": 10, "ThrottlingRateLimit": 5}
        )
        cfn_api = api.node.default_child
        cfn_api.add_property_override("DisableExecuteApiEndpoint", True)
        cfn_api.add_override("Properties.Tags.team", "api")
        role: iam.CfnRole = fn.role.node.default_child
        role.add_property_override("MaxSessionDuration", 7200)
        fn.node.default_child.add_metadata("cfn_nag", {"rules_to_suppress": [{"id": "W58"}]})
        cdk.CfnOutput(self, "Url", value=stage.url)
        cdk.RemovalPolicies.of(self).retain(apply_to_resource_types=["AWS::SQS::Queue"])


class Backend(cdk.Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        data = DataStack(self, "Data")
        api = ApiStack(self, "Api", jobs=data.jobs)
        api.add_dependency(data, "api needs data first")
        cdk.Aspects.of(self).add(EnforceRetention())


app = cdk.App(context={"owner": "platform"})
env = cdk.Environment(account="123456789012", region="eu-central-1")
prod = Backend(app, "Prod", env=env)
Backend(app, "Beta", env=cdk.Environment(account="123456789012", region="eu-west-1"), stage_name="beta")
cdk.Tags.of(app).add("owner", app.node.try_get_context("owner"))
app.synth()
