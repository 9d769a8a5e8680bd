"""HttpStepFunctionsIntegration: START_EXECUTION by default, START_SYNC_EXECUTION on an EXPRESS machine, STOP_EXECUTION with an ExecutionArn mapping, a custom mapping, and state machines with a given role (not behind a route), a role policy, substitutions and a retained machine; imported machines only in outputs (aws_cdk's integration takes a StateMachine only)."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_apigatewayv2_integrations import HttpStepFunctionsIntegration

app = cdk.App()
stack = cdk.Stack(app, "http-stepfunctions-integration")

standard = sfn.StateMachine(
    stack,
    "Standard",
    definition_body=sfn.DefinitionBody.from_string(
        '{"StartAt":"Pass","States":{"Pass":{"Type":"Pass","End":true}}}'
    ),
)
express = sfn.StateMachine(
    stack,
    "Express",
    definition_body=sfn.DefinitionBody.from_string('{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}'),
    state_machine_type=sfn.StateMachineType.EXPRESS,
    state_machine_name="ExpressMachine",
)
retained = sfn.StateMachine(
    stack,
    "Retained",
    definition_body=sfn.DefinitionBody.from_string(
        cdk.Fn.join("", ['{"StartAt":"P","States":{"P":{"Type":"Pass","Result":"', cdk.Aws.REGION, '","Next":"W"},"W":{"Type":"Wait","Seconds":${delay},"End":true}}}'])
    ),
    definition_substitutions={"delay": "5"},
    state_machine_type=sfn.StateMachineType.STANDARD,
    removal_policy=cdk.RemovalPolicy.RETAIN,
)
retained.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
own_role = iam.Role(stack, "OwnRole", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
with_role = sfn.StateMachine(
    stack,
    "WithRole",
    definition_body=sfn.DefinitionBody.from_string('{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}'),
    role=own_role,
)
imported = sfn.StateMachine.from_state_machine_arn(
    stack, "Imported", "arn:aws:states:us-east-1:123456789012:stateMachine:imported-machine"
)
named = sfn.StateMachine.from_state_machine_name(stack, "Named", "named-machine")

api = apigwv2.HttpApi(stack, "HttpApi")
post = [apigwv2.HttpMethod.POST]
api.add_routes(
    path="/start",
    methods=post,
    integration=HttpStepFunctionsIntegration("StartIntegration", state_machine=standard),
)
api.add_routes(
    path="/start-sync",
    methods=post,
    integration=HttpStepFunctionsIntegration(
        "StartSyncIntegration",
        state_machine=express,
        subtype=apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION,
    ),
)
api.add_routes(
    path="/stop",
    methods=post,
    integration=HttpStepFunctionsIntegration(
        "StopIntegration",
        state_machine=standard,
        subtype=apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
        parameter_mapping=apigwv2.ParameterMapping().custom("ExecutionArn", "$request.querystring.executionArn"),
    ),
)
api.add_routes(
    path="/start-express",
    methods=[apigwv2.HttpMethod.POST, apigwv2.HttpMethod.PUT],
    integration=HttpStepFunctionsIntegration(
        "StartExpressIntegration",
        state_machine=express,
        parameter_mapping=apigwv2.ParameterMapping()
        .custom("StateMachineArn", express.state_machine_arn)
        .custom("Input", "$request.body"),
    ),
)
api.add_routes(
    path="/retained",
    methods=post,
    integration=HttpStepFunctionsIntegration("RetainedIntegration", state_machine=retained),
)

cdk.CfnOutput(stack, "StandardArn", value=standard.state_machine_arn)
cdk.CfnOutput(stack, "StandardName", value=standard.state_machine_name)
cdk.CfnOutput(stack, "StandardRoleArn", value=standard.role.role_arn)
cdk.CfnOutput(stack, "ImportedArn", value=imported.state_machine_arn)
cdk.CfnOutput(stack, "NamedArn", value=named.state_machine_arn)

app.synth()
