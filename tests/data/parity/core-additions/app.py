"""Core additions: SecretValue (Secrets Manager, SSM secure, NoEcho parameter, plain text) in resource properties, CfnJson with a token key, resource and stack dependencies, export_string_list_value, Fn.parse_domain_name, Fn.transform, and lazy CfnMappings (folded when looked up with literal keys, rendered when looked up with a token)."""
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "core-additions")
other = cdk.Stack(app, "core-additions-other")

password = cdk.CfnParameter(stack, "Password", no_echo=True)
secrets = [
    cdk.SecretValue.secrets_manager("prod/db", json_field="password"),
    cdk.SecretValue.secrets_manager("arn:aws:secretsmanager:us-east-1:123456789012:secret:x", version_stage="AWSCURRENT"),
    cdk.SecretValue.ssm_secure("/app/key", "3"),
    cdk.SecretValue.cfn_parameter(password),
    cdk.SecretValue.unsafe_plain_text("not-really-secret"),
]
q1 = sqs.CfnQueue(stack, "Q1")
for i, secret in enumerate(secrets):
    sqs.CfnQueue(stack, f"S{i}", tags=[cdk.CfnTag(key="secret", value=secret.unsafe_unwrap())])

tags = cdk.CfnJson(stack, "Tags", value={f"{q1.attr_queue_name}-key": "v", "plain": [1, 2]})
q2 = sqs.CfnQueue(stack, "Q2", redrive_allow_policy=tags)
q2.add_resource_dependency(q1)
q3 = sqs.CfnQueue(stack, "Q3")
q3.add_resource_dependency(q1)
q3.remove_resource_dependency(q1)

vpce_like = cdk.CfnResource(stack, "Lister", type="AWS::EC2::VPCEndpoint", properties={"ServiceName": "com.amazonaws.vpce.s3", "VpcId": "vpc-1"})
names = stack.export_string_list_value(cdk.Token.as_list(vpce_like.get_att("DnsEntries")))
named = stack.export_string_list_value(["a", "b"], name="FixedList", description="two letters")
other.add_stack_dependency(stack)
cdk.CfnOutput(other, "Imported", value=cdk.Fn.join(",", names))
cdk.CfnOutput(other, "ImportedNamed", value=cdk.Fn.select(0, named))

cdk.CfnOutput(stack, "Domain", value=cdk.Fn.parse_domain_name(cdk.Fn.join("", ["https://", q1.attr_queue_name, ".example.com/path"])))
q4 = sqs.CfnQueue(stack, "Q4")
q4.add_property_override("Tags", [{"Key": "t", "Value": cdk.Fn.transform("Macro", {"a": "b"})}])

folded = cdk.CfnMapping(stack, "Folded", mapping={"us-east-1": {"ami": "ami-1"}, "eu-west-1": {"ami": "ami-2"}}, lazy=True)
rendered = cdk.CfnMapping(stack, "Rendered", mapping={"us-east-1": {"ami": "ami-1"}}, lazy=True)
eager = cdk.CfnMapping(stack, "Eager", mapping={"k": {"v": "x"}})
cdk.CfnOutput(stack, "FoldedValue", value=folded.find_in_map("eu-west-1", "ami"))
cdk.CfnOutput(stack, "FoldedDefault", value=folded.find_in_map("ap-south-1", "ami", "ami-default"))
cdk.CfnOutput(stack, "RenderedValue", value=rendered.find_in_map(cdk.Aws.REGION, "ami"))
cdk.CfnOutput(stack, "EagerValue", value=eager.find_in_map("k", "v"))
app.synth()
