"""Stacks that allocate logical IDs their own way: one prefixes every ID through an override of
`_allocate_logical_id`, one names parameters and rules by kind, one renames the bootstrap version
parameter and rule with `rename_logical_id`, and one wraps `get_logical_id` and renames the parameter. aws-cdk-lib adds the bootstrap version parameter and rule to
each stack when it synthesizes it, so the overrides and renames apply to them too."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs


class Prefixed(cdk.Stack):
    def _allocate_logical_id(self, cfn_element: cdk.CfnElement) -> str:
        return "Pfx" + super()._allocate_logical_id(cfn_element)


class Wrapped(cdk.Stack):
    def get_logical_id(self, element: cdk.CfnElement) -> str:
        return "Z" + super().get_logical_id(element)


class ByKind(cdk.Stack):
    def _allocate_logical_id(self, cfn_element: cdk.CfnElement) -> str:
        if isinstance(cfn_element, cdk.CfnParameter):
            return "Param" + cfn_element.node.id
        if isinstance(cfn_element, cdk.CfnRule):
            return "Rule" + cfn_element.node.id + cfn_element.stack.stack_name
        return super()._allocate_logical_id(cfn_element)


app = cdk.App()
prefixed = Prefixed(app, "Prefixed")
queue = sqs.Queue(prefixed, "Queue")
cdk.CfnOutput(prefixed, "QueueUrl", value=queue.queue_url)

by_kind = ByKind(app, "ByKind")
sqs.Queue(by_kind, "Queue")
cdk.CfnParameter(by_kind, "Stage", default="dev")

renamed = cdk.Stack(app, "Renamed")
renamed.rename_logical_id("BootstrapVersion", "Version")
renamed.rename_logical_id("CheckBootstrapVersion", "CheckVersion")
sqs.Queue(renamed, "Queue")

wrapped = Wrapped(app, "Wrapped")
wrapped.rename_logical_id("BootstrapVersion", "Version")
sqs.Queue(wrapped, "Queue")

app.synth()
