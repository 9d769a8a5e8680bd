"""State machine encryption: a customer-managed KMS key with logging (the role and key policy statements aws-cdk-lib adds), a named machine with a key and a data key reuse period, and an AWS-owned key."""
import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "stepfunctions-encryption")
key = kms.Key(stack, "MachineKey")
sfn.StateMachine(
    stack,
    "Logged",
    definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "A")),
    encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(key),
    logs=sfn.LogOptions(destination=logs.LogGroup(stack, "Logs"), level=sfn.LogLevel.ALL),
)
sfn.StateMachine(
    stack,
    "Named",
    state_machine_name="named-machine",
    definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "B")),
    encryption_configuration=sfn.CustomerManagedEncryptionConfiguration(key, cdk.Duration.minutes(2)),
)
sfn.StateMachine(
    stack,
    "AwsOwned",
    definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "C")),
    encryption_configuration=sfn.AwsOwnedEncryptionConfiguration(),
)
app.synth()
