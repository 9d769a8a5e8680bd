try:
    import jsii
except ImportError:
    from aws_cdk import jsii
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_dynamodb as ddb
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sqs as sqs
from constructs import Construct, IConstruct

CODE = "def handler(event, context):\n    return {'statusCode': 200}\n"


@jsii.implements(cdk.IAspect)
class ObservabilityDefaults:
    """Adds tracing env, an errors alarm per function, and access logs to every HTTP stage."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, lambda_.Function):
            node.add_environment("POWERTOOLS_SERVICE_NAME", node.node.id.lower())
            node.add_environment("AWS_LAMBDA_EXEC_WRAPPER", "/opt/otel-instrument")
            cw.Alarm(node, "ErrorsAlarm", metric=node.metric_errors(period=cdk.Duration.minutes(1)), threshold=1, evaluation_periods=1)
        if isinstance(node, apigwv2.HttpApi):
            node.add_routes(path="/_health", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpUrlIntegration("Health", "https://status.example.com/ok"))


@jsii.implements(cdk.IAspect)
class Guardrails:
    def visit(self, node: IConstruct) -> None:
        if isinstance(node, lambda_.CfnFunction):
            if node.tracing_config is None:
                node.tracing_config = lambda_.CfnFunction.TracingConfigProperty(mode="Active")
        if isinstance(node, sqs.CfnQueue) and node.sqs_managed_sse_enabled is None and node.kms_master_key_id is None:
            cdk.Annotations.of(node).add_warning_v2("guard:sqs", "queue without explicit encryption")
        if isinstance(node, logs.CfnLogGroup) and node.retention_in_days is None:
            node.retention_in_days = 30


class ShopStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        table = ddb.Table(self, "Carts", partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING))
        queue = sqs.Queue(self, "Checkout")
        api = apigwv2.HttpApi(self, "Shop")
        for name in ("Cart", "Checkout"):
            fn = lambda_.Function(
                self, f"{name}Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_inline(CODE),
                log_group=logs.LogGroup(self, f"{name}Logs"),
            )
            table.grant_read_write_data(fn)
            api.add_routes(path=f"/{name.lower()}", methods=[apigwv2.HttpMethod.POST], integration=integrations.HttpLambdaIntegration(f"{name}Int", fn))
        queue.grant_send_messages(fn)


app = cdk.App()
stack = ShopStack(app, "Shop", env=cdk.Environment(account="123456789012", region="eu-west-1"))
cdk.Aspects.of(app).add(ObservabilityDefaults(), priority=cdk.AspectPriority.MUTATING)
cdk.Aspects.of(app).add(Guardrails(), priority=cdk.AspectPriority.READONLY)
app.synth()
