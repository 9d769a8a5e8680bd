import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct


class BillingFlowStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        prepare = sfn.Pass(
            self,
            "Prepare",
            parameters={
                "invoiceId.$": "States.UUID()",
                "lines": sfn.JsonPath.array("a", sfn.JsonPath.string_at("$.sku"), "c"),
                "total": sfn.JsonPath.math_add(sfn.JsonPath.number_at("$.net"), sfn.JsonPath.number_at("$.tax")),
                "hash": sfn.JsonPath.hash(sfn.JsonPath.string_at("$.customer"), "SHA-256"),
                "encoded": sfn.JsonPath.base64_encode(sfn.JsonPath.string_at("$.note")),
                "merged": sfn.JsonPath.json_merge(sfn.JsonPath.object_at("$.a"), sfn.JsonPath.object_at("$.b")),
                "parts": sfn.JsonPath.string_split(sfn.JsonPath.string_at("$.csv"), ","),
                "label": sfn.JsonPath.format("Invoice {} for {}", sfn.JsonPath.string_at("$.id"), sfn.JsonPath.string_at("$.customer")),
                "count": sfn.JsonPath.array_length(sfn.JsonPath.list_at("$.items")),
                "first": sfn.JsonPath.array_get_item(sfn.JsonPath.list_at("$.items"), 0),
                "unique": sfn.JsonPath.array_unique(sfn.JsonPath.list_at("$.tags")),
                "rand": sfn.JsonPath.math_random(1, 100),
                "asString": sfn.JsonPath.json_to_string(sfn.JsonPath.object_at("$.meta")),
                "token": "static",
                "execution.$": "$$.Execution.Id",
                "startTime": sfn.JsonPath.execution_start_time,
                "contains": sfn.JsonPath.array_contains(sfn.JsonPath.list_at("$.tags"), "vip"),
                "range": sfn.JsonPath.array_range(1, 10, 2),
                "chunks": sfn.JsonPath.array_partition(sfn.JsonPath.list_at("$.items"), 2),
                "decoded": sfn.JsonPath.base64_decode(sfn.JsonPath.string_at("$.b64")),
                "parsed": sfn.JsonPath.string_to_json(sfn.JsonPath.string_at("$.raw")),
            },
            result_path="$.prepared",
        )
        seed = sfn.Pass(self, "Seed", result=sfn.Result.from_array([1, 2, 3]), result_path="$.seed")
        flags = sfn.Pass(self, "Flags", result=sfn.Result.from_object({"retry": True, "limit": 3.5}), output_path="$")
        route = sfn.Choice(self, "Route", comment="by amount and date")
        big = sfn.Pass(self, "Big")
        late = sfn.Pass(self, "Late")
        other = sfn.Pass(self, "Other")
        route.when(
            sfn.Condition.and_(
                sfn.Condition.is_present("$.prepared.total"),
                sfn.Condition.number_greater_than_equals("$.prepared.total", 1000),
                sfn.Condition.not_(sfn.Condition.boolean_equals("$.exempt", True)),
            ),
            big,
            comment="large invoices",
        )
        route.when(
            sfn.Condition.or_(
                sfn.Condition.timestamp_less_than_json_path("$.due", "$.now"),
                sfn.Condition.string_matches("$.status", "LATE*"),
                sfn.Condition.is_null("$.paidAt"),
                sfn.Condition.number_less_than_equals_json_path("$.paid", "$.owed"),
            ),
            late,
        )
        route.otherwise(other)
        route.afterwards().next(sfn.Succeed(self, "Done", comment="finished"))

        worker = lambda_.Function(
            self,
            "Worker",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): return e"),
        )
        calc = tasks.LambdaInvoke(
            self,
            "Calc",
            lambda_function=worker,
            payload=sfn.TaskInput.from_object(
                {
                    "invoice": sfn.JsonPath.string_at("$.prepared.invoiceId"),
                    "nested": {"lines": sfn.JsonPath.list_at("$.prepared.lines"), "n": sfn.JsonPath.number_at("$.n")},
                    "ctx": sfn.JsonPath.string_at("$$.State.Name"),
                }
            ),
            result_selector={"value.$": "$.Payload.value", "status": "ok"},
            result_path="$.calc",
        )
        calc.add_retry(errors=[sfn.Errors.TIMEOUT, "CustomError"], max_attempts=2, max_delay=cdk.Duration.seconds(30), jitter_strategy=sfn.JitterType.FULL)
        calc.add_catch(sfn.Fail(self, "CalcFailed", cause_path="$.error.Cause", error_path="$.error.Error"), result_path="$.error")
        parallel = sfn.Parallel(self, "Checks", result_selector={"a.$": "$[0]", "b.$": "$[1]"}, result_path="$.checks")
        parallel.branch(sfn.Wait(self, "Pause", time=sfn.WaitTime.timestamp_path("$.resumeAt")))
        parallel.branch(sfn.Pass(self, "Noop"))
        parallel.add_retry(max_attempts=1)
        legacy_map = sfn.Map(self, "Legacy", items_path="$.items", result_path=sfn.JsonPath.DISCARD, parameters={"item.$": "$$.Map.Item.Value"})
        legacy_map.iterator(sfn.Pass(self, "Each"))
        bucket = s3.Bucket.from_bucket_name(self, "Exports", "billing-exports")
        queue = sqs.Queue(self, "Dlq")
        send = tasks.SqsSendMessage(
            self,
            "Report",
            queue=queue,
            message_body=sfn.TaskInput.from_json_path_at("$.calc"),
        )
        custom = sfn.CustomState(
            self,
            "PutObject",
            state_json={
                "Type": "Task",
                "Resource": "arn:aws:states:::aws-sdk:s3:putObject",
                "Parameters": {"Bucket": bucket.bucket_name, "Key.$": "$.prepared.invoiceId", "Body.$": "$.calc"},
            },
        )
        custom.add_retry(errors=["S3.SdkClientException"], interval=cdk.Duration.seconds(1))
        definition = prepare.next(seed).next(flags).next(calc).next(parallel).next(legacy_map).next(send).next(custom).next(route)
        sm = sfn.StateMachine(
            self,
            "BillingFlow",
            state_machine_name="billing-flow",
            definition_body=sfn.DefinitionBody.from_chainable(definition),
            removal_policy=cdk.RemovalPolicy.RETAIN,
        )
        bucket.grant_put(sm)
        other_sm = sfn.StateMachine(
            self,
            "FromString",
            definition_body=sfn.DefinitionBody.from_string('{"StartAt":"P","States":{"P":{"Type":"Pass","Result":"${Greeting}","End":true}}}'),
            definition_substitutions={"Greeting": "hello", "QueueUrl": queue.queue_url},
        )
        imported = sfn.StateMachine.from_state_machine_name(self, "Imported", "legacy-flow")
        imported.grant_start_execution(other_sm)
        cdk.CfnOutput(self, "ImportedArn", value=imported.state_machine_arn)


app = cdk.App()
BillingFlowStack(app, "BillingFlowStack")
app.synth()
