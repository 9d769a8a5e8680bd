import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_sqs as sqs
from constructs import Construct


class NamedQueue(cdk.Resource):
    """A queue resource of the app's own, written as aws_cdk's docs describe a Resource subclass."""

    def __init__(self, scope: Construct, id: str, *, queue_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=queue_name)
        cfn = sqs.CfnQueue(self, "Resource", queue_name=self._physical_name)
        cfn.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
        self.queue_arn = self._get_resource_arn_attribute(
            cfn.attr_arn, service="sqs", resource=self._physical_name or "unknown"
        )
        self.queue_name = self._get_resource_name_attribute(cfn.attr_queue_name)
        self.generated = self._generate_physical_name()


app = cdk.App()
env_a = cdk.Environment(account="111111111111", region="us-east-1")
env_b = cdk.Environment(account="222222222222", region="us-east-1")
producer = cdk.Stack(app, "Producer", env=env_a)
named = NamedQueue(producer, "Named", queue_name="orders")
generated = NamedQueue(producer, "Generated", queue_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
plain = NamedQueue(producer, "Plain")
same = cdk.Stack(app, "SameEnv", env=env_a)
other = cdk.Stack(app, "OtherAccount", env=env_b)
for stack in (same, other):
    role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[named.queue_arn, generated.queue_arn]))
    cdk.CfnOutput(stack, "Names", value=cdk.Fn.join(",", [named.queue_name, generated.queue_name]))
role = iam.Role(same, "PlainReader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[plain.queue_arn]))
cdk.CfnOutput(producer, "GeneratedName", value=plain.generated)
app.synth()
