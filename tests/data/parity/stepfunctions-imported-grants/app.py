import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct


class OpsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        role = iam.Role(self, "Ops", assumed_by=iam.AccountRootPrincipal())
        literal = sfn.StateMachine.from_state_machine_arn(
            self, "Literal", "arn:aws:states:us-east-1:123456789012:stateMachine:orders"
        )
        param = cdk.CfnParameter(self, "MachineArn")
        tokened = sfn.StateMachine.from_state_machine_arn(self, "Tokened", param.value_as_string)
        named = sfn.StateMachine.from_state_machine_name(self, "Named", "billing")
        for m in (literal, tokened, named):
            m.grant_start_execution(role)
            m.grant_start_sync_execution(role)
            m.grant_read(role)
            m.grant_task_response(role)
            m.grant_execution(role, "states:StopExecution", "states:DescribeExecution")
            m.grant_redrive_execution(role)
        activity = sfn.Activity(self, "Approve", activity_name="approve")
        activity.grant(role, "states:SendTaskSuccess")
        imported_activity = sfn.Activity.from_activity_name(self, "Ext", "external-approval")
        machine = sfn.StateMachine(
            self,
            "Parent",
            definition_body=sfn.DefinitionBody.from_chainable(
                tasks.StepFunctionsStartExecution(
                    self,
                    "Child",
                    state_machine=literal,
                    integration_pattern=sfn.IntegrationPattern.RUN_JOB,
                    input=sfn.TaskInput.from_object({"token": sfn.JsonPath.string_at("$.x")}),
                ).next(
                    tasks.StepFunctionsStartExecution(
                        self, "ChildSync", state_machine=tokened, integration_pattern=sfn.IntegrationPattern.RUN_JOB
                    )
                ).next(tasks.StepFunctionsInvokeActivity(self, "Wait", activity=imported_activity))
            ),
        )
        machine.grant_redrive_execution(role)
        cdk.CfnOutput(self, "NamedArn", value=named.state_machine_arn)
        cdk.CfnOutput(self, "ActArn", value=imported_activity.activity_arn)


app = cdk.App()
OpsStack(app, "OpsStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
