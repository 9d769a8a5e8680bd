"""A small app of three stacks with cross-stack references: snapshot and cfn-lint of every template.

aws-cdk-lib 2.275.0 synthesizes the same three templates for this app (CDK metadata aside).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from apigwv2_integrations import App, Aws, CfnOutput, CfnParameter, CfnResource, Duration, Fn, Stack
from apigwv2_integrations.assertions import Template
from tests.cfn_lint import assert_cfn_lint_clean


def build(outdir: Path) -> App:
    app = App(outdir=str(outdir))
    storage = Stack(app, "Storage")
    queue = CfnResource(
        storage,
        "Queue",
        type="AWS::SQS::Queue",
        properties={"VisibilityTimeout": Duration.minutes(2).to_seconds(), "QueueName": f"jobs-{Aws.REGION}"},
    )
    table = CfnResource(
        storage,
        "Table",
        type="AWS::DynamoDB::Table",
        properties={
            "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
            "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
            "BillingMode": "PAY_PER_REQUEST",
        },
    )
    service = Stack(app, "Service")
    retention = CfnParameter(service, "Retention", type="Number", default=7)
    topic = CfnResource(
        service,
        "Topic",
        type="AWS::SNS::Topic",
        properties={"DisplayName": Fn.join("-", ["jobs", queue.get_att("QueueName").to_string()])},
    )
    CfnResource(
        service,
        "Subscription",
        type="AWS::SNS::Subscription",
        properties={"TopicArn": topic.ref, "Protocol": "sqs", "Endpoint": queue.get_att("Arn").to_string()},
    )
    CfnResource(
        service,
        "Logs",
        type="AWS::Logs::LogGroup",
        properties={"RetentionInDays": retention.value_as_number},
    )
    CfnOutput(service, "TableName", value=table.ref)
    monitoring = Stack(app, "Monitoring")
    monitoring.add_dependency(service)
    CfnResource(
        monitoring,
        "Alerts",
        type="AWS::SNS::Subscription",
        properties={"TopicArn": topic.ref, "Protocol": "email", "Endpoint": "ops@example.com"},
    )
    CfnOutput(monitoring, "TopicArn", value=topic.ref, description="the jobs topic")
    return app


def test_cross_stack_references_become_exports_and_imports(tmp_path: Path) -> None:
    app = build(tmp_path / "out")
    assembly = app.synth()
    storage = assembly.get_stack_by_name("Storage").template
    assert sorted(storage["Outputs"]) == [
        "ExportsOutputFnGetAttQueueArn042C0F02",
        "ExportsOutputFnGetAttQueueQueueNameDE7FBC08",
        "ExportsOutputRefTable36F13FCE",
    ]
    service = assembly.get_stack_by_name("Service")
    assert [d.id for d in service.dependencies] == ["Storage"]
    assert service.template["Resources"]["Subscription"]["Properties"]["Endpoint"] == {
        "Fn::ImportValue": "Storage:ExportsOutputFnGetAttQueueArn042C0F02"
    }
    assert sorted(d.id for d in assembly.get_stack_by_name("Monitoring").dependencies) == ["Service"]


@pytest.mark.parametrize("stack_name", ["Storage", "Service", "Monitoring"])
def test_multi_stack_templates(tmp_path: Path, stack_name: str, snapshot_json: SnapshotAssertion) -> None:
    assembly = build(tmp_path / "out").synth()
    artifact = assembly.get_stack_by_name(stack_name)
    assert artifact.template == snapshot_json
    assert_cfn_lint_clean(Path(artifact.template_full_path))


def test_template_from_stack_equals_the_written_template(tmp_path: Path) -> None:
    app = build(tmp_path / "out")
    stacks: list[Any] = [c for c in app.node.children if isinstance(c, Stack)]
    in_memory = {stack.stack_name: Template.from_stack(stack).to_json() for stack in stacks}
    written = {artifact.stack_name: artifact.template for artifact in app.synth().stacks}
    assert in_memory == written
