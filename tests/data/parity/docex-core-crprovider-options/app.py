"""CustomResourceProvider with the response wrapper: a Sum construct sharing one stack-level provider
between two resources (in different scopes, the second call's options ignored), policy statements and
add_to_role_policy, timeout, memory, environment and description, a second kind with only an added
statement, and get_or_create_provider's attributes (service token, role ARN, code hash) in outputs."""

import os

import aws_cdk as cdk
from constructs import Construct

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = os.path.join(HERE, "handler")


class Sum(Construct):
    def __init__(self, scope: Construct, id: str, *, lhs: int, rhs: int) -> None:
        super().__init__(scope, id)
        token = cdk.CustomResourceProvider.get_or_create(
            self,
            "Custom::Sum",
            code_directory=CODE,
            runtime=cdk.CustomResourceProviderRuntime.NODEJS_22_X,
            policy_statements=[{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}],
            timeout=cdk.Duration.minutes(5),
            memory_size=cdk.Size.mebibytes(256),
            environment={"STAGE": "prod", "REGION_NAME": cdk.Stack.of(self).region},
            description="Adds two numbers",
        )
        resource = cdk.CustomResource(
            self,
            "Resource",
            resource_type="Custom::Sum",
            service_token=token,
            properties={"lhs": lhs, "rhs": rhs},
        )
        self.result = cdk.Token.as_number(resource.get_att("Result"))


app = cdk.App()
stack = cdk.Stack(app, "docex-core-crprovider-options")
group = Construct(stack, "Group")
first = Sum(stack, "First", lhs=40, rhs=2)
second = Sum(group, "Second", lhs=1, rhs=2)
cdk.CfnOutput(stack, "FirstResult", value=cdk.Token.as_string(first.result))
cdk.CfnOutput(stack, "SecondResult", value=cdk.Token.as_string(second.result))

sum_provider = cdk.CustomResourceProvider.get_or_create_provider(
    stack, "Custom::Sum", code_directory=CODE, runtime=cdk.CustomResourceProviderRuntime.NODEJS_18_X
)
sum_provider.add_to_role_policy(
    {
        "Effect": "Allow",
        "Action": "sqs:SendMessage",
        "Resource": stack.format_arn(service="sqs", resource="jobs"),
    }
)
audit = cdk.CustomResourceProvider.get_or_create_provider(
    stack, "Custom::Audit", code_directory=CODE, runtime=cdk.CustomResourceProviderRuntime.NODEJS_24_X
)
audit.add_to_role_policy({"Effect": "Deny", "Action": "*", "Resource": "*"})
cdk.CustomResource(
    stack, "Audit", service_token=audit.service_token, properties={"CodeHash": audit.code_hash}
)
cdk.CfnOutput(stack, "AuditToken", value=audit.service_token)
cdk.CfnOutput(stack, "AuditRole", value=audit.role_arn)
cdk.CfnOutput(stack, "AuditCodeHash", value=audit.code_hash)
app.synth()
