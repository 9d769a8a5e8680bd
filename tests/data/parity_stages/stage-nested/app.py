"""A Stage inside a Stage: region from the outer stage, account from the inner one, stacks at both levels, a stack inside a plain construct and a stage_name."""
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs
from constructs import Construct


def queue_stack(scope: Construct, id: str, **kwargs) -> cdk.Stack:
    stack = cdk.Stack(scope, id, **kwargs)
    queue = sqs.Queue(stack, "Queue")
    cdk.CfnOutput(stack, "Name", value=queue.queue_name)
    cdk.CfnOutput(stack, "Env", value=f"{stack.account}:{stack.region}:{stack.stack_name}")
    return stack


app = cdk.App()
outer = cdk.Stage(app, "Outer", env=cdk.Environment(region="eu-central-1"))
queue_stack(outer, "Shared")
inner = cdk.Stage(outer, "Inner", env=cdk.Environment(account="333333333333"))
queue_stack(inner, "Worker")
group = Construct(inner, "Group")
queue_stack(group, "Grouped")
renamed = cdk.Stage(outer, "Renamed", stage_name="blue")
queue_stack(renamed, "Blue")
app.synth()
