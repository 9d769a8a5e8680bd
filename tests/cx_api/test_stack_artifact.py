"""The deployment facts and metadata a stack artifact of `app.synth()` exposes, as aws_cdk.cx_api's does."""

from __future__ import annotations

from pathlib import Path

from apigwv2_integrations import Annotations, App, CfnParameter, Environment, Stack, Stage
from apigwv2_integrations import aws_sqs as sqs
from apigwv2_integrations.cx_api import (
    CloudAssembly,
    CloudFormationStackArtifact,
    NestedCloudAssemblyArtifact,
)


def _assembly(tmp_path: Path) -> CloudAssembly:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "Alpha", env=Environment(account="111122223333", region="eu-west-1"))
    queue = sqs.Queue(stack, "Q")
    Annotations.of(queue).add_warning_v2("x:y", "careful")
    CfnParameter(stack, "P", default="d")
    Stack(Stage(app, "Prod"), "Gamma")
    return app.synth()


def test_deployment_facts_of_the_default_synthesizer(tmp_path: Path) -> None:
    # The values aws-cdk-lib 2.275.0's artifact gives for the same app.
    alpha = _assembly(tmp_path).get_stack_by_name("Alpha")
    assert alpha.original_name == "Alpha"
    assert alpha.parameters == {}
    assert alpha.notification_arns is None
    assert alpha.assume_role_external_id is None
    assert alpha.assume_role_additional_options is None
    assert alpha.cloud_formation_execution_role_arn == (
        "arn:${AWS::Partition}:iam::111122223333:role/cdk-hnb659fds-cfn-exec-role-111122223333-eu-west-1"
    )
    assert alpha.requires_bootstrap_stack_version == 6
    assert alpha.bootstrap_stack_version_ssm_parameter == "/cdk-bootstrap/hnb659fds/version"
    url = alpha.stack_template_asset_object_url
    assert url is not None and url.startswith("s3://cdk-hnb659fds-assets-111122223333-eu-west-1/")
    assert alpha.validate_on_synth is False
    assert alpha.assets == []


def test_find_metadata_by_type_in_the_metadata_order(tmp_path: Path) -> None:
    alpha = _assembly(tmp_path).get_stack_artifact("Alpha")
    found = [(m.path, m.type, m.data) for m in alpha.find_metadata_by_type("aws:cdk:logicalId")]
    assert found == [
        ("/Alpha/P", "aws:cdk:logicalId", "P"),
        ("/Alpha/BootstrapVersion", "aws:cdk:logicalId", "BootstrapVersion"),
        ("/Alpha/CheckBootstrapVersion", "aws:cdk:logicalId", "CheckBootstrapVersion"),
        ("/Alpha/Q/Resource", "aws:cdk:logicalId", "Q63C6E3AB"),
    ]
    warnings = [(m.path, m.data) for m in alpha.find_metadata_by_type("aws:cdk:warning")]
    assert warnings == [("/Alpha/Q", "careful [ack: x:y]")]


def test_display_name_adds_the_stack_name_when_it_is_not_the_artifact_id(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    Stack(app, "Alpha")
    Stack(app, "Beta", stack_name="beta-stack")
    Stack(Stage(app, "Prod"), "Gamma")
    assembly = app.synth()
    names = [(s.hierarchical_id, s.display_name) for s in assembly.stacks_recursively]
    assert names == [
        ("Alpha", "Alpha"),
        ("Beta", "Beta (beta-stack)"),
        ("Prod/Gamma", "Prod/Gamma (Prod-Gamma)"),
    ]


def test_try_get_artifact(tmp_path: Path) -> None:
    assembly = _assembly(tmp_path)
    assert isinstance(assembly.try_get_artifact("Alpha"), CloudFormationStackArtifact)
    assert isinstance(assembly.try_get_artifact("assembly-Prod"), NestedCloudAssemblyArtifact)
    assert assembly.try_get_artifact("Nothing") is None
