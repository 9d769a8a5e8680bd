"""Tag propagation: Tags.of() on stack and sub-tree, list-style and map-style L1 tags, priorities, exclusions, removals and stack tags."""
import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_sqs as sqs
from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "core-tags", tags={"stack-tag": "s"})

cdk.Tags.of(stack).add("k", "v")
cdk.Tags.of(stack).add("b-key", "2")
cdk.Tags.of(stack).add("a-key", "1")

sqs.CfnQueue(stack, "TopQueue", tags=[cdk.CfnTag(key="own", value="explicit"), cdk.CfnTag(key="k", value="own-k")])
apigwv2.CfnApi(stack, "TopApi", protocol_type="HTTP", name="x", tags={"own": "explicit", "k": "own-k"})

sub = Construct(stack, "Sub")
cdk.Tags.of(sub).add("Name", "x")
sqs.CfnQueue(sub, "SubQueue")
apigwv2.CfnApi(sub, "SubApi", protocol_type="HTTP", name="x")
cdk.CfnResource(sub, "Untaggable", type="AWS::SQS::Queue", properties={"QueueName": "raw"})

excluded = Construct(stack, "Excluded")
cdk.Tags.of(excluded).add("only-apis", "yes", exclude_resource_types=["AWS::SQS::Queue"])
cdk.Tags.of(excluded).add("only-queues", "yes", include_resource_types=["AWS::SQS::Queue"])
cdk.Tags.of(excluded).add("k", "low-priority", priority=50)
sqs.CfnQueue(excluded, "ExQueue")
apigwv2.CfnApi(excluded, "ExApi", protocol_type="HTTP", name="x")

prio = Construct(stack, "Prio")
cdk.Tags.of(prio).add("k", "high-priority", priority=200)
cdk.Tags.of(prio).add("removed", "r")
sqs.CfnQueue(prio, "PrioQueue")
cdk.Tags.of(prio).remove("removed")
cdk.Tags.of(prio).remove("a-key", priority=50)
inner = Construct(prio, "Inner")
cdk.Tags.of(inner).remove("b-key")
apigwv2.CfnApi(inner, "InnerApi", protocol_type="HTTP", name="x")

order = Construct(stack, "Order")
for key in ["Zeta", "alpha", "Beta", "_x", "1num", "a-b", "a_b", "aB", "ab", "AB", "a.b", "a:b", "~t", "10", "9"]:
    cdk.Tags.of(order).add(key, key.lower())
sqs.CfnQueue(order, "OrderQueue")
apigwv2.CfnApi(order, "OrderApi", protocol_type="HTTP", name="x")

app.synth()
