import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct


class WorkflowStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        key = kms.Key(self, "FlowKey", enable_key_rotation=True)
        bucket = s3.Bucket(self, "Manifests")
        results = s3.Bucket(self, "Results")
        worker = lambda_.Function(
            self,
            "Worker",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): return e"),
        )
        child = sfn.StateMachine(
            self,
            "Child",
            definition_body=sfn.DefinitionBody.from_chainable(
                sfn.Pass.jsonata(self, "Echo", outputs={"echo": "{% $states.input %}"})
            ),
            query_language=sfn.QueryLanguage.JSONATA,
            state_machine_type=sfn.StateMachineType.EXPRESS,
            encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(key, cdk.Duration.minutes(10)),
            logs=sfn.LogOptions(destination=logs.LogGroup(self, "ChildLogs"), level=sfn.LogLevel.ERROR),
        )

        dmap = sfn.DistributedMap(
            self,
            "ProcessFiles",
            item_reader=sfn.S3CsvItemReader(bucket=bucket, key="manifest.csv", csv_headers=sfn.CsvHeaders.use_first_row()),
            result_writer_v2=sfn.ResultWriterV2(bucket=results, prefix="out/"),
            item_batcher=sfn.ItemBatcher(max_items_per_batch=10, batch_input={"run.$": "$.runId"}),
            max_concurrency=50,
            tolerated_failure_percentage=5,
            label="files",
            result_path=sfn.JsonPath.DISCARD,
        )
        invoke = tasks.LambdaInvoke(self, "WorkBatch", lambda_function=worker, payload_response_only=True)
        invoke.add_retry(errors=["Lambda.ServiceException"], max_attempts=2)
        dmap.item_processor(invoke, mode=sfn.ProcessorMode.DISTRIBUTED, execution_type=sfn.ProcessorType.STANDARD)

        start_child = tasks.StepFunctionsStartExecution(
            self,
            "RunChild",
            state_machine=child,
            integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE,
            input=sfn.TaskInput.from_object({"files.$": "$.files"}),
            name="child-run",
            associate_with_parent=True,
        )
        cb = tasks.LambdaInvoke(
            self,
            "WaitForApproval",
            lambda_function=worker,
            integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
            payload=sfn.TaskInput.from_object({"token": sfn.JsonPath.task_token, "input.$": "$"}),
            heartbeat_timeout=sfn.Timeout.at("$.hb"),
        )
        activity = sfn.Activity(self, "ManualReview", encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(key, cdk.Duration.minutes(2)))
        owned = sfn.Activity(self, "Audit", activity_name="audit", encryption_configuration=sfn.AwsOwnedEncryptionConfiguration())
        named = sfn.Activity(self, "Signoff", activity_name="signoff", encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(kms.Key(self, "SignoffKey")))
        audit = tasks.StepFunctionsInvokeActivity(self, "AuditTask", activity=owned)
        signoff = tasks.StepFunctionsInvokeActivity(self, "SignoffTask", activity=named)
        review = tasks.StepFunctionsInvokeActivity(self, "Review", activity=activity, result_path="$.review")
        activity.grant(worker, "states:SendTaskSuccess")

        main = sfn.StateMachine(
            self,
            "Main",
            definition_body=sfn.DefinitionBody.from_chainable(
                sfn.Chain.start(dmap).next(start_child).next(cb).next(review).next(audit).next(signoff)
            ),
            definition_substitutions={"Env": "prod"},
            role=iam.Role(self, "MainRole", assumed_by=iam.ServicePrincipal("states.amazonaws.com")),
            encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(key),
            state_machine_name="main-flow",
        )
        self.child = child
        self.main = main
        self.bus = events.EventBus(self, "Bus")
        self.bus.grant_put_events_to(main)


class ApiStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, flows: WorkflowStack, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api = apigwv2.HttpApi(self, "Api", create_default_stage=False)
        api.add_stage("prod", stage_name="prod", auto_deploy=True)
        api.add_routes(
            path="/echo",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpStepFunctionsIntegration(
                "Echo",
                state_machine=flows.child,
                subtype=apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION,
                parameter_mapping=apigwv2.ParameterMapping().custom("Input", "$request.body").custom("StateMachineArn", flows.child.state_machine_arn),
            ),
        )
        api.add_routes(
            path="/run",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpStepFunctionsIntegration("Run", state_machine=flows.main),
        )
        api.add_routes(
            path="/publish",
            methods=[apigwv2.HttpMethod.POST],
            integration=integrations.HttpEventBridgeIntegration(
                "Publish",
                event_bus_ref=flows.bus.event_bus_ref,
                parameter_mapping=apigwv2.ParameterMapping()
                .custom("Source", "api")
                .custom("DetailType", "Published")
                .custom("Detail", "$request.body"),
            ),
        )
        rule = events.Rule(
            self,
            "Kick",
            event_bus=flows.bus,
            event_pattern=events.EventPattern(detail_type=["Published"]),
        )
        rule.add_target(targets.SfnStateMachine(flows.main, input=events.RuleTargetInput.from_event_path("$.detail")))
        rule.add_target(targets.SfnStateMachine(flows.child, dead_letter_queue=sqs.Queue(self, "Dlq")))
        flows.main.grant_start_execution(iam.Role(self, "Caller", assumed_by=iam.AccountRootPrincipal()))


app = cdk.App()
env = cdk.Environment(account="111111111111", region="us-east-1")
w = WorkflowStack(app, "Workflows", env=env)
ApiStack(app, "WorkflowApi", flows=w, env=env)
app.synth()
