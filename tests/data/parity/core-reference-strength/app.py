"""Cross-stack reference strength per resource and per scope, and mixins applied with `with_`."""
import jsii
import aws_cdk as cdk
import constructs
from aws_cdk import aws_sqs as sqs


@jsii.implements(constructs.IMixin)
class DelayQueues:
    """Sets DelaySeconds on every CfnQueue it reaches."""

    def __init__(self, seconds):
        self.seconds = seconds

    def supports(self, construct):
        return isinstance(construct, sqs.CfnQueue)

    def apply_to(self, construct):
        construct.delay_seconds = self.seconds


app = cdk.App()
producer = cdk.Stack(app, "Producer")
weak_queue = sqs.Queue(producer, "WeakQueue")
weak_queue.apply_cross_stack_reference_strength(cdk.ReferenceStrength.WEAK)
strong_queue = sqs.Queue(producer, "StrongQueue")
strong_queue.apply_cross_stack_reference_strength(cdk.ReferenceStrength.STRONG)
both_queue = sqs.Queue(producer, "BothQueue")
cdk.CrossStackReferences.of(both_queue).produce(cdk.ReferenceStrength.BOTH)
plain_queue = sqs.Queue(producer, "PlainQueue")
l1_queue = sqs.CfnQueue(producer, "L1Queue")
l1_queue.apply_cross_stack_reference_strength(cdk.ReferenceStrength.WEAK)
group = constructs.Construct(producer, "Group")
sqs.Queue(group, "Delayed")
sqs.CfnQueue(group, "DelayedL1")
group.with_(DelayQueues(5))
producer.with_(DelayQueues(9)).node.add_metadata("note", "with_ returns the stack")
plain_queue.with_(DelayQueues(3))

consumer = cdk.Stack(app, "Consumer")
sqs.Queue(consumer, "Own")
for index, queue in enumerate([weak_queue, strong_queue, both_queue, plain_queue]):
    cdk.CfnOutput(consumer, f"Arn{index}", value=queue.queue_arn)
cdk.CfnOutput(consumer, "L1Arn", value=l1_queue.attr_arn)

weak_consumer = cdk.Stack(app, "WeakConsumer")
cdk.CrossStackReferences.of(weak_consumer).consume(cdk.ReferenceStrength.WEAK)
sqs.Queue(weak_consumer, "Own")
cdk.CfnOutput(weak_consumer, "PlainArn", value=plain_queue.queue_arn)
cdk.CfnOutput(weak_consumer, "StrongArn", value=strong_queue.queue_arn)
cdk.CfnOutput(weak_consumer, "Path", value=weak_queue.to_string())

# The consumer chooses the strength of single references, over the resource's and its own.
picky = cdk.Stack(app, "PickyConsumer")
sqs.Queue(picky, "Own")
cdk.CfnOutput(picky, "WeakAsStrong", value=cdk.Stack.consume_reference(weak_queue.node.default_child.attr_arn, cdk.ReferenceStrength.STRONG))
cdk.CfnOutput(picky, "PlainAsBoth", value=cdk.Stack.consume_reference(plain_queue.node.default_child.attr_queue_name))
cdk.CfnOutput(picky, "L1AsWeak", value=cdk.Stack.consume_reference(l1_queue.attr_queue_name, cdk.ReferenceStrength.WEAK))
cdk.CfnOutput(picky, "Account", value=picky.env.account)
cdk.CfnOutput(picky, "OtherOutput", value=cdk.Fn.get_stack_output("Other", "Out", "eu-west-1"))
cdk.CfnOutput(picky, "RelativePath", value=cdk.Names.stack_relative_construct_path(group.node.children[0].node.default_child))
picky.add_stack_tag("team", "core")
picky.add_stack_tag("gone", "soon")
picky.remove_stack_tag("gone")

app.synth()
