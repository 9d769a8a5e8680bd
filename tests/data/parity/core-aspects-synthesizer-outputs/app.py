"""Aspects, synthesizers and core values as aws-cdk-lib renders them: an aspect (priority MUTATING) that tags every queue with Tags.of inside visit; an App-wide DefaultStackSynthesizer with a qualifier serving two stacks; CfnOutput(key=...); a CfnParameter used as a value in a condition and a join; Fn.len of a literal list and of a list parameter (the AWS::LanguageExtensions transform); Fn.to_json_string of a literal; Duration.to_human_string; Names.unique_resource_name on a stack with a stack_name; a stack tag holding a token."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_sqs as sqs


@jsii.implements(cdk.IAspect)
class TagQueues:
    def visit(self, node) -> None:
        if isinstance(node, sqs.CfnQueue):
            cdk.Tags.of(node).add("CostCenter", "cc-123")


app = cdk.App(default_stack_synthesizer=cdk.DefaultStackSynthesizer(qualifier="appq"))
first = cdk.Stack(app, "core-aspects-synthesizer-outputs", stack_name="first-stack")
second = cdk.Stack(app, "core-aspects-synthesizer-outputs-second")
queue = sqs.Queue(first, "Queue")
sqs.Queue(second, "Other")
cdk.Aspects.of(app).add(TagQueues(), priority=cdk.AspectPriority.MUTATING)
cdk.Tags.of(first).add("Where", cdk.Aws.REGION)

enabled = cdk.CfnParameter(first, "Enabled", default="true")
names = cdk.CfnParameter(first, "Names", type="CommaDelimitedList")
on = cdk.CfnCondition(first, "On", expression=cdk.Fn.condition_equals(enabled, "true"))
cdk.CfnOutput(first, "Url", key="ExplicitKey", value=queue.queue_url)
cdk.CfnOutput(first, "Joined", value=cdk.Fn.join("-", [cdk.Token.as_string(enabled), "x"]), condition=on)
cdk.CfnOutput(first, "Literal", value=cdk.Token.as_string(cdk.Fn.len(["a", "b"])))
cdk.CfnOutput(first, "Count", value=cdk.Token.as_string(cdk.Fn.len(names.value_as_list)))
cdk.CfnOutput(first, "Json", value=cdk.Fn.to_json_string({"b": [1, True, None], "a": "x"}))
cdk.CfnOutput(first, "Human", value=cdk.Duration.minutes(90).to_human_string())
cdk.CfnOutput(first, "UniqueName", value=cdk.Names.unique_resource_name(queue, max_length=40))

app.synth()
