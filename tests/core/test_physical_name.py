"""Physical names: PhysicalName.GENERATE_IF_NEEDED and resources that stacks of other environments read
by name (Resource.get_resource_arn_attribute / get_resource_name_attribute, core/resource.py).

The expected names and ARNs are those aws-cdk-lib 2.275.0 synthesized for the same apps."""

from __future__ import annotations

from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    CfnOutput,
    CfnResource,
    Construct,
    Environment,
    Names,
    PhysicalName,
    Resource,
    Stack,
)
from apigwv2_integrations.aws_events import EventBus
from apigwv2_integrations.aws_iam import Role, ServicePrincipal
from apigwv2_integrations.aws_lambda import Code, Function, Runtime
from apigwv2_integrations.aws_sns import Topic
from apigwv2_integrations.aws_sqs import Queue
from apigwv2_integrations.core.errors import SynthesisError

GENERATE = PhysicalName.GENERATE_IF_NEEDED
HOME = Environment(account="111111111111", region="us-east-1")


def _partition_arn(rest: str) -> dict[str, Any]:
    return {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, rest]]}


def _template(app: App, stack: Stack) -> dict[str, Any]:
    return app.synth().get_stack_by_name(stack.stack_name).template


def _outputs(app: App, stack: Stack) -> dict[str, Any]:
    return {name: output["Value"] for name, output in _template(app, stack)["Outputs"].items()}


def test_generate_if_needed_leaves_the_name_to_cloudformation_when_no_other_environment_reads_it() -> None:
    app = App()
    stack = Stack(app, "Home", env=HOME)
    Queue(stack, "Queue", queue_name=GENERATE)
    Function(
        stack,
        "Fn",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("x"),
        function_name=GENERATE,
    )
    Role(stack, "Role", role_name=GENERATE, assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    resources = _template(app, stack)["Resources"]
    assert "QueueName" not in resources["Queue4A7E3555"].get("Properties", {})
    assert "FunctionName" not in resources["Fn9270CBC0"]["Properties"]
    assert "RoleName" not in resources["Role1ABCC5F0"]["Properties"]


def test_generate_if_needed_generates_the_name_another_environment_reads() -> None:
    app = App()
    producer = Stack(app, "Producer-Stack", env=HOME)
    consumer = Stack(app, "Consumer", env=Environment(account="111111111111", region="eu-west-1"))
    queue = Queue(producer, "GenQ", queue_name=GENERATE)
    CfnOutput(consumer, "Arn", value=queue.queue_arn)
    CfnOutput(consumer, "Name", value=queue.queue_name)
    name = "producer-stackroducerstackgenqe8037bae42c3830ac183"
    assert _outputs(app, consumer) == {
        "Arn": _partition_arn(f":sqs:us-east-1:111111111111:{name}"),
        "Name": name,
    }
    queue_resource = _template(app, producer)["Resources"]["GenQ53CE891A"]
    assert queue_resource["Properties"]["QueueName"] == name


def test_a_named_resource_is_read_by_arn_and_name_from_another_account_or_region() -> None:
    app = App()
    producer = Stack(app, "Producer", env=HOME)
    topic = Topic(producer, "Topic", topic_name="my-t")
    role = Role(
        producer, "Role", role_name="my-role", path="/x/y/", assumed_by=ServicePrincipal("sns.amazonaws.com")
    )
    consumers = [
        Stack(app, "OtherRegion", env=Environment(account="111111111111", region="eu-west-1")),
        Stack(app, "OtherAccount", env=Environment(account="222222222222", region="us-east-1")),
    ]
    for consumer in consumers:
        CfnOutput(consumer, "TopicArn", value=topic.topic_arn)
        CfnOutput(consumer, "TopicName", value=topic.topic_name)
        CfnOutput(consumer, "RoleArn", value=role.role_arn)
    for consumer in consumers:
        assert _outputs(app, consumer) == {
            "TopicArn": _partition_arn(":sns:us-east-1:111111111111:my-t"),
            "TopicName": "my-t",
            # The role's path is part of its ARN.
            "RoleArn": _partition_arn(":iam::111111111111:role/x/y/my-role"),
        }
    # Nothing was exported: the consumers name the resources.
    assert "Outputs" not in _template(app, producer)


def test_a_stack_of_the_same_environment_still_imports_the_attribute() -> None:
    app = App()
    producer = Stack(app, "Producer", env=HOME)
    consumer = Stack(app, "Consumer", env=HOME)
    topic = Topic(producer, "Topic", topic_name="my-t")
    CfnOutput(consumer, "TopicArn", value=topic.topic_arn)
    assert _outputs(app, consumer) == {
        "TopicArn": {"Fn::ImportValue": "Producer:ExportsOutputRefTopicBFC7AF6ECB4A357A"}
    }


def test_an_environment_agnostic_producer_is_named_with_the_consumer_s_pseudo_parameters() -> None:
    # As in aws-cdk-lib: the producer's unknown account and region are the pseudo parameters, which
    # resolve in the consumer's template.
    app = App()
    producer = Stack(app, "Producer")
    consumer = Stack(app, "Consumer", env=HOME)
    topic = Topic(producer, "Topic", topic_name="nm")
    CfnOutput(consumer, "TopicArn", value=topic.topic_arn)
    assert _outputs(app, consumer) == {
        "TopicArn": {
            "Fn::Join": [
                "",
                [
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":sns:",
                    {"Ref": "AWS::Region"},
                    ":",
                    {"Ref": "AWS::AccountId"},
                    ":nm",
                ],
            ]
        }
    }


def test_an_unnamed_resource_read_from_another_environment_is_an_error() -> None:
    app = App()
    producer = Stack(app, "P", env=HOME)
    consumer = Stack(app, "C", env=Environment(account="222222222222", region="us-east-1"))
    CfnOutput(consumer, "O", value=Topic(producer, "T").topic_arn)
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert (
        "P/T: is read by stack 'C' of environment aws://222222222222/us-east-1, another than its own "
        "(aws://111111111111/us-east-1), which can only refer to it by its physical name; give it a name "
        "(its name property) or PhysicalName.GENERATE_IF_NEEDED"
    ) in str(error.value)


def test_a_name_cannot_be_generated_in_a_stack_without_account_and_region() -> None:
    app = App()
    producer = Stack(app, "P")
    consumer = Stack(app, "C", env=HOME)
    CfnOutput(consumer, "O", value=Queue(producer, "Q", queue_name=GENERATE).queue_name)
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert (
        "P/Q: cannot generate a physical name for another environment to use: its stack's region is not "
        "known; give the stack an env with account and region, or give the resource a name"
    ) in str(error.value)


def test_a_fifo_topic_is_named_with_its_suffix() -> None:
    # Differs from aws-cdk-lib, which names a GENERATE_IF_NEEDED FIFO topic '.fifo' and leaves the
    # suffix out of the name other environments read.
    app = App()
    producer = Stack(app, "Producer", env=HOME)
    consumer = Stack(app, "Consumer", env=Environment(account="222222222222", region="us-east-1"))
    Topic(producer, "Generated", topic_name=GENERATE, fifo=True)
    named = Topic(producer, "Named", topic_name="orders", fifo=True)
    CfnOutput(consumer, "Named", value=named.topic_name)
    resources = _template(app, producer)["Resources"]
    name = resources["Generated4DF44E21"]["Properties"]["TopicName"]
    # The name an unnamed FIFO topic gets: from its path, with the suffix.
    assert name.startswith("Producer-Generated-") and name.endswith(".fifo")
    assert _outputs(app, consumer) == {"Named": "orders.fifo"}


def test_an_event_bus_named_generate_if_needed_keeps_a_name() -> None:
    # Differs from aws-cdk-lib, which fails: a bus needs a name, so it gets an unnamed bus's name.
    app = App()
    stack = Stack(app, "Home", env=HOME)
    bus = EventBus(stack, "Bus", event_bus_name=GENERATE)
    resources = _template(app, stack)["Resources"]
    assert resources["BusEA82B648"]["Properties"]["Name"] == Names.unique_id(bus)


def test_a_resource_of_the_app_declares_its_attributes_with_get_resource_arn_and_name_attribute() -> None:
    class Widget(Resource):
        def __init__(self, scope: Construct, id: str, *, widget_name: str) -> None:
            super().__init__(scope, id, physical_name=widget_name)
            resource = CfnResource(self, "Resource", type="Custom::Widget", properties={"Name": widget_name})
            self.widget_arn = self.get_resource_arn_attribute(
                resource.get_att("Arn").to_string(),
                service="widgets",
                resource="widget",
                resource_name=widget_name,
            )
            self.widget_name = self.get_resource_name_attribute(resource.ref)

    app = App()
    producer = Stack(app, "Producer", env=HOME)
    consumer = Stack(app, "Consumer", env=Environment(account="222222222222", region="us-east-1"))
    widget = Widget(producer, "Widget", widget_name="w1")
    CfnOutput(consumer, "Arn", value=widget.widget_arn)
    CfnOutput(consumer, "Name", value=widget.widget_name)
    assert _outputs(app, consumer) == {
        "Arn": _partition_arn(":widgets:us-east-1:111111111111:widget/w1"),
        "Name": "w1",
    }


def test_a_stack_with_cross_region_references_does_not_read_other_regions_by_name() -> None:
    # As in aws-cdk-lib, such a stack reads the ARN from an SSM parameter its producer writes.
    app = App()
    producer = Stack(app, "P", env=HOME)
    consumer = Stack(
        app, "C", env=Environment(account="111111111111", region="eu-west-1"), cross_region_references=True
    )
    CfnOutput(consumer, "O", value=Topic(producer, "T", topic_name="t").topic_arn)
    assert _outputs(app, consumer)["O"] == {
        "Fn::GetAtt": ["ExportsReader8B249524", "/cdk/exports/C/Puseast1RefTD925BC7E78CF5922"]
    }
