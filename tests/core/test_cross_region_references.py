"""Strong references to other regions of the account through SSM parameters (`cross_region_references`,
core/_cross_region_exports.py and its use in core/cfn_reference.py)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import App, CfnOutput, Environment, NestedStack, Stack, Stage
from apigwv2_integrations.cfn.aws_sqs import CfnQueue
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]

ACCOUNT = "123456789012"
US = Environment(account=ACCOUNT, region="us-east-1")
EU = Environment(account=ACCOUNT, region="eu-west-1")
STRENGTH = "@aws-cdk/core:defaultCrossStackReferences"
HANDLERS = (
    Path(__file__).parents[2] / "src" / "apigwv2_integrations" / "core" / "_cross_region_export_handlers"
)


def _partition_arn(rest: str) -> dict[str, Any]:
    return {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, rest]]}


def _producer_and_consumer(scope: App | Stage, **consumer_options: Any) -> tuple[Stack, CfnQueue, Stack]:
    producer = Stack(scope, "Producer", env=US, cross_region_references=True)
    queue = CfnQueue(producer, "Q")
    consumer = Stack(scope, "Consumer", env=EU, cross_region_references=True, **consumer_options)
    return producer, queue, consumer


def test_the_consumer_reads_the_value_from_its_reader(app: App, template: Render) -> None:
    _, queue, consumer = _producer_and_consumer(app)
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    rendered = template(consumer)
    name = "/cdk/exports/Consumer/Produceruseast1FnGetAttQArnA303A786"
    assert rendered["Outputs"]["Arn"]["Value"] == {"Fn::GetAtt": ["ExportsReader8B249524", name]}
    assert rendered["Resources"]["ExportsReader8B249524"]["Properties"]["ReaderProps"] == {
        "region": "eu-west-1",
        "prefix": "Consumer",
        "imports": {name: "{{resolve:ssm:" + name + "}}"},
    }


def test_the_producer_writes_the_value_in_the_consumer_region(app: App, template: Render) -> None:
    producer, queue, consumer = _producer_and_consumer(app)
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    template(consumer)
    writer = template(producer)["Resources"]["ExportsWritereuwest142AF533A3E3B99E4"]
    assert writer["Type"] == "Custom::CrossRegionExportWriter"
    assert writer["Properties"]["WriterProps"] == {
        "region": "eu-west-1",
        "exports": {
            "/cdk/exports/Consumer/Produceruseast1FnGetAttQArnA303A786": {"Fn::GetAtt": ["Q", "Arn"]}
        },
    }


def test_the_consumer_depends_on_the_producer(app: App) -> None:
    producer, queue, consumer = _producer_and_consumer(app)
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    app.synth()
    assert producer in consumer.dependencies


def test_one_writer_per_consumer_region_and_one_role_statement_for_all(app: App, template: Render) -> None:
    producer, queue, consumer = _producer_and_consumer(app)
    other = Stack(
        app, "Other", env=Environment(account=ACCOUNT, region="ap-southeast-2"), cross_region_references=True
    )
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    CfnOutput(other, "Url", value=queue.ref)
    template(consumer)
    template(other)
    rendered = template(producer)
    assert sorted(resources_of_type(rendered, "Custom::CrossRegionExportWriter")) == [
        "ExportsWriterapsoutheast2235C849A8E92266D",
        "ExportsWritereuwest142AF533A3E3B99E4",
    ]
    role = rendered["Resources"]["CustomCrossRegionExportWriterCustomResourceProviderRoleC951B1E1"]
    assert role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"] == [
        {
            "Effect": "Allow",
            "Resource": [
                _partition_arn(":ssm:eu-west-1:123456789012:parameter/cdk/exports/*"),
                _partition_arn(":ssm:ap-southeast-2:123456789012:parameter/cdk/exports/*"),
            ],
            "Action": [
                "ssm:DeleteParameters",
                "ssm:ListTagsForResource",
                "ssm:GetParameters",
                "ssm:PutParameter",
            ],
        }
    ]


def test_the_reader_may_read_and_tag_only_its_own_parameters(app: App, template: Render) -> None:
    _, queue, consumer = _producer_and_consumer(app)
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    role = template(consumer)["Resources"]["CustomCrossRegionExportReaderCustomResourceProviderRole10531BBD"]
    assert role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"] == [
        {
            "Effect": "Allow",
            "Resource": _partition_arn(":ssm:eu-west-1:123456789012:parameter/cdk/exports/Consumer/*"),
            "Action": ["ssm:AddTagsToResource", "ssm:RemoveTagsFromResource", "ssm:GetParameters"],
        }
    ]


def test_a_weak_reference_reads_an_output_and_writes_nothing(app: App, template: Render) -> None:
    app.node.set_context(STRENGTH, "weak")
    producer, queue, consumer = _producer_and_consumer(app)
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    assert "Fn::GetStackOutput" in template(consumer)["Outputs"]["Arn"]["Value"]
    assert resources_of_type(template(producer), "Custom::CrossRegionExportWriter") == {}


def test_strength_both_writes_the_parameter_and_reads_the_output(app: App, template: Render) -> None:
    app.node.set_context(STRENGTH, "both")
    producer, queue, consumer = _producer_and_consumer(app)
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    rendered = template(consumer)
    assert "Fn::GetStackOutput" in rendered["Outputs"]["Arn"]["Value"]
    assert resources_of_type(rendered, "Custom::CrossRegionExportReader") == {}
    writers = resources_of_type(template(producer), "Custom::CrossRegionExportWriter")
    assert list(writers["ExportsWritereuwest142AF533A3E3B99E4"]["Properties"]["WriterProps"]["exports"]) == [
        "/cdk/exports/Consumer/Produceruseast1FnGetAttQArnA303A786"
    ]


def test_the_flag_of_the_producer_alone_is_enough(app: App, template: Render) -> None:
    producer = Stack(app, "Producer", env=US, cross_region_references=True)
    consumer = Stack(app, "Consumer", env=EU)
    CfnOutput(consumer, "Arn", value=CfnQueue(producer, "Q").attr_arn)
    assert template(consumer)["Outputs"]["Arn"]["Value"]["Fn::GetAtt"][0] == "ExportsReader8B249524"


def test_a_nested_consumer_reads_through_the_reader_of_its_top_level_stack(
    app: App, template: Render
) -> None:
    _, queue, consumer = _producer_and_consumer(app)
    child = NestedStack(consumer, "Child")
    CfnOutput(child, "Arn", value=queue.attr_arn)
    rendered_child = template(child)
    (parameter,) = rendered_child["Parameters"]
    assert rendered_child["Outputs"]["Arn"]["Value"] == {"Ref": parameter}
    rendered = template(consumer)
    assert parameter.startswith("referencetoConsumerExportsReader")
    imports = rendered["Resources"]["ExportsReader8B249524"]["Properties"]["ReaderProps"]["imports"]
    assert list(imports) == ["/cdk/exports/Consumer/Produceruseast1FnGetAttQArnA303A786"]


def test_parameter_names_carry_the_stack_names_of_a_stage(app: App, template: Render) -> None:
    stage = Stage(app, "Prod")
    _, queue, consumer = _producer_and_consumer(stage)
    CfnOutput(consumer, "Arn", value=queue.attr_arn)
    reader = template(consumer)["Resources"]["ExportsReader8B249524"]["Properties"]["ReaderProps"]
    assert reader["prefix"] == "Prod-Consumer"
    assert list(reader["imports"]) == ["/cdk/exports/Prod-Consumer/ProdProduceruseast1FnGetAttQArn64003290"]


@pytest.mark.parametrize("folder", ["writer", "reader"])
def test_the_handlers_are_the_package_own_node_code(folder: str) -> None:
    code = (HANDLERS / folder / "index.js").read_text(encoding="utf-8")
    assert "exports.handler = async" in code
    assert "@aws-sdk/client-ssm" in code


def test_importing_the_package_does_not_load_the_writer_and_reader() -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, apigwv2_integrations; print('_cross_region_exports' in str(list(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "False"
