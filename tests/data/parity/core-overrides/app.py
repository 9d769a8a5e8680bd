"""Escape hatches: raw/property overrides and deletions, escaped dots, resource policies, metadata, logical-ID override and dependencies."""
import aws_cdk as cdk
from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "core-overrides")

res = cdk.CfnResource(
    stack,
    "Resource1",
    type="AWS::SQS::Queue",
    properties={
        "QueueName": "q",
        "Existing": {"Keep": "yes", "Drop": "no"},
        "Tags": [{"Key": "a", "Value": "b"}],
        "DelaySeconds": 5,
    },
)
res.add_override("Properties.A.B", 1)
res.add_property_override("C.D", [1, 2])
res.add_override("Properties.Existing.Added", True)
res.add_deletion_override("Properties.DelaySeconds")
res.add_property_deletion_override("Existing.Drop")
res.add_override("Properties.Tags\\.Name", "escaped")
res.add_property_override("Deep.With\\.Dot.Leaf", "x")
res.add_override("Properties.Tags.0.Value", "overridden")
res.add_override("UpdatePolicy.Custom", {"Z": 1, "A": 2})
res.add_override("Metadata.Raw", "meta")
res.add_override("Condition", "SomeCondition")
res.cfn_options.deletion_policy = cdk.CfnDeletionPolicy.SNAPSHOT
res.cfn_options.update_replace_policy = cdk.CfnDeletionPolicy.DELETE
res.cfn_options.metadata = {"Purpose": "test", "Nested": {"k": [1, "two"]}}
res.cfn_options.creation_policy = cdk.CfnCreationPolicy(
    resource_signal=cdk.CfnResourceSignal(count=2, timeout="PT5M")
)
res.cfn_options.version = "1.0"
res.cfn_options.description = "described"

retained = cdk.CfnResource(stack, "Retained", type="AWS::SQS::Queue")
retained.apply_removal_policy(cdk.RemovalPolicy.RETAIN)

snap = cdk.CfnResource(stack, "Snap", type="AWS::SQS::Queue")
snap.apply_removal_policy(cdk.RemovalPolicy.SNAPSHOT)

destroyed = cdk.CfnResource(stack, "Destroyed", type="AWS::SQS::Queue")
destroyed.apply_removal_policy(cdk.RemovalPolicy.DESTROY)

renamed = cdk.CfnResource(stack, "Renamed", type="AWS::SQS::Queue")
renamed.override_logical_id("ExplicitLogicalId")
renamed.add_depends_on(res)
renamed.add_depends_on(retained)

group_a = Construct(stack, "GroupA")
a1 = cdk.CfnResource(group_a, "A1", type="AWS::SQS::Queue")
a2 = cdk.CfnResource(group_a, "A2", type="AWS::SQS::Queue")
group_b = Construct(stack, "GroupB")
b1 = cdk.CfnResource(group_b, "B1", type="AWS::SQS::Queue")
b2 = cdk.CfnResource(group_b, "B2", type="AWS::SQS::Queue")
group_b.node.add_dependency(group_a)
b1.node.add_dependency(renamed)

app.synth()
