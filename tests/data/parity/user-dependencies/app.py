"""HTTP API whose stage waits for other resources: DependencyGroup, Dependable, IConstruct helpers."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sqs as sqs
from constructs import Construct, Dependable, DependencyGroup, IConstruct, IDependable


def describe(construct: IConstruct) -> str:
    return f"{construct.node.id}@{len(construct.node.path.split('/'))}"


def all_functions(root: IConstruct) -> list[lambda_.Function]:
    return [c for c in root.node.find_all() if isinstance(c, lambda_.Function)]


def wait_for(target: IConstruct, *deps: IDependable) -> None:
    for dep in deps:
        target.node.add_dependency(dep)


class Backend(Construct):
    """A construct that is depended on as one unit via Dependable.implement."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.queue = sqs.Queue(self, "Queue")
        self.logs = logs.LogGroup(self, "Logs", retention=logs.RetentionDays.ONE_WEEK)


class DepsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        backend = Backend(self, "Backend")
        fn = lambda_.Function(
            self,
            "Fn",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"),
        )
        api = apigwv2.HttpApi(self, "Api", create_default_stage=False)
        api.add_routes(path="/jobs", integration=integrations.HttpLambdaIntegration("Jobs", fn))
        stage = apigwv2.HttpStage(self, "Stage", http_api=api, stage_name="v1", auto_deploy=True)
        group = DependencyGroup(backend.queue)
        group.add(backend.logs)
        wait_for(stage, group)
        wait_for(fn, backend)
        roots = Dependable.of(group).dependency_roots
        cdk.CfnOutput(self, "Roots", value=",".join(describe(r) for r in roots))
        cdk.CfnOutput(self, "Functions", value=",".join(describe(f) for f in all_functions(self)))


app = cdk.App()
DepsStack(app, "Dependencies")
app.synth()
