"""Stack synthesizers: role options in the manifest and asset manifests (core/synthesis/synthesizers.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigwv2_integrations import (
    App,
    BootstraplessSynthesizer,
    CfnResource,
    CliCredentialsStackSynthesizer,
    DefaultStackSynthesizer,
    DockerCacheOption,
    Environment,
    FileAssetPackaging,
    LegacyStackSynthesizer,
    Stack,
    Stage,
    ValidationError,
)

ROLE = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-"
TAGS = [{"Key": "team", "Value": "api"}]


def _synth(app: App) -> tuple[dict[str, Any], Path]:
    directory = Path(app.synth().directory)
    return json.loads((directory / "manifest.json").read_text()), directory


def test_role_external_ids_and_options_reach_the_manifests(app: App) -> None:
    stack = Stack(
        app,
        "S",
        synthesizer=DefaultStackSynthesizer(
            deploy_role_external_id="deploy-ext",
            deploy_role_additional_options={"RoleSessionName": "deployer", "Tags": TAGS},
            file_asset_publishing_external_id="file-ext",
            file_asset_publishing_role_additional_options={"RoleSessionName": "files"},
            lookup_role_external_id="lookup-ext",
            lookup_role_additional_options={"RoleSessionName": "looker"},
        ),
    )
    CfnResource(stack, "Q", type="AWS::SQS::Queue")
    manifest, directory = _synth(app)
    properties = manifest["artifacts"]["S"]["properties"]
    assert list(properties)[3:6] == ["assumeRoleExternalId", "assumeRoleArn", "assumeRoleAdditionalOptions"]
    assert (properties["assumeRoleExternalId"], properties["assumeRoleAdditionalOptions"]) == (
        "deploy-ext",
        {"RoleSessionName": "deployer", "Tags": TAGS},
    )
    # Session tags on the deploy role need bootstrap version 22; the asset manifest still needs 6.
    assert properties["requiresBootstrapStackVersion"] == 22
    assert manifest["artifacts"]["S.assets"]["properties"]["requiresBootstrapStackVersion"] == 6
    assert properties["lookupRole"] == {
        "arn": ROLE + "hnb659fds-lookup-role-${AWS::AccountId}-${AWS::Region}",
        "assumeRoleExternalId": "lookup-ext",
        "assumeRoleAdditionalOptions": {"RoleSessionName": "looker"},
        "requiresBootstrapStackVersion": 8,
        "bootstrapStackVersionSsmParameter": "/cdk-bootstrap/hnb659fds/version",
    }
    (destination,) = json.loads((directory / "S.assets.json").read_text())["files"].values()
    (target,) = destination["destinations"].values()
    assert (target["assumeRoleExternalId"], target["assumeRoleAdditionalOptions"]) == (
        "file-ext",
        {"RoleSessionName": "files"},
    )


def test_session_tags_raise_the_bootstrap_version_rule(app: App) -> None:
    stack = Stack(
        app, "S", synthesizer=DefaultStackSynthesizer(deploy_role_additional_options={"Tags": TAGS})
    )
    CfnResource(stack, "Q", type="AWS::SQS::Queue")
    _, directory = _synth(app)
    (assertion,) = json.loads((directory / "S.template.json").read_text())["Rules"]["CheckBootstrapVersion"][
        "Assertions"
    ]
    assert assertion["Assert"]["Fn::Not"][0]["Fn::Contains"][0] == [str(v) for v in range(1, 22)]
    assert assertion["AssertDescription"].startswith("CDK bootstrap stack version 22 required.")


def test_without_the_lookup_role_for_stack_operations_lookups_still_name_it(app: App) -> None:
    stack = Stack(
        app,
        "S",
        env=Environment(account="123456789012", region="eu-west-1"),
        synthesizer=DefaultStackSynthesizer(
            use_lookup_role_for_stack_operations=False, lookup_role_external_id="lookup-ext"
        ),
    )
    assert stack.availability_zones == ["dummy1a", "dummy1b", "dummy1c"]
    manifest, _ = _synth(app)
    assert "lookupRole" not in manifest["artifacts"]["S"]["properties"]
    (missing,) = manifest["missing"]
    assert {k: missing["props"][k] for k in ("lookupRoleArn", "lookupRoleExternalId")} == {
        "lookupRoleArn": "arn:${AWS::Partition}:iam::123456789012:role/"
        "cdk-hnb659fds-lookup-role-123456789012-eu-west-1",
        "lookupRoleExternalId": "lookup-ext",
    }


def test_bootstrapless_names_the_bootstrap_roles_of_its_qualifier(app: App) -> None:
    Stack(app, "Given", synthesizer=BootstraplessSynthesizer(deploy_role_arn="arn:aws:iam::1:role/deploy"))
    Stack(app, "Qualified", synthesizer=BootstraplessSynthesizer(qualifier="custom1"))
    manifest, _ = _synth(app)
    assert manifest["artifacts"]["Given"]["properties"] == {
        "templateFile": "Given.template.json",
        "terminationProtection": False,
        "validateOnSynth": False,
        "assumeRoleArn": "arn:aws:iam::1:role/deploy",
        "cloudFormationExecutionRoleArn": ROLE + "hnb659fds-cfn-exec-role-${AWS::AccountId}-${AWS::Region}",
    }
    qualified = manifest["artifacts"]["Qualified"]["properties"]
    assert (qualified["assumeRoleArn"], qualified["cloudFormationExecutionRoleArn"]) == (
        ROLE + "custom1-deploy-role-${AWS::AccountId}-${AWS::Region}",
        ROLE + "custom1-cfn-exec-role-${AWS::AccountId}-${AWS::Region}",
    )


def test_synthesizers_name_their_bootstrap_roles_and_qualifier(app: App) -> None:
    from apigwv2_integrations.core.errors import ValidationError

    assert DefaultStackSynthesizer.DEFAULT_QUALIFIER == "hnb659fds"
    assert DefaultStackSynthesizer.DEFAULT_DEPLOY_ROLE_ARN == (
        "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-deploy-role-${AWS::AccountId}"
        "-${AWS::Region}"
    )
    assert BootstraplessSynthesizer.DEFAULT_FILE_ASSETS_BUCKET_NAME == (
        "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}"
    )
    default = Stack(app, "Default", synthesizer=DefaultStackSynthesizer(qualifier="abc")).synthesizer
    assert default.bootstrap_qualifier == "abc"
    assert default.lookup_role == (
        "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-abc-lookup-role-${AWS::AccountId}-${AWS::Region}"
    )
    assert default.cloud_formation_execution_role == default.cloud_formation_execution_role_arn
    placed = Stack(
        app,
        "Placed",
        env=Environment(account="111111111111", region="eu-west-1"),
        synthesizer=BootstraplessSynthesizer(),
    ).synthesizer
    assert placed.deploy_role_arn == (
        "arn:${AWS::Partition}:iam::111111111111:role/cdk-hnb659fds-deploy-role-111111111111-eu-west-1"
    )
    cli = Stack(app, "Cli", synthesizer=CliCredentialsStackSynthesizer()).synthesizer
    assert (cli.bootstrap_qualifier, cli.lookup_role, cli.cloud_formation_execution_role) == (
        None,
        None,
        None,
    )
    with pytest.raises(ValidationError) as error:
        DefaultStackSynthesizer().deploy_role_arn  # noqa: B018 - the property raises
    assert str(error.value) == (
        "deploy_role_arn is read before the synthesizer is bound to a stack; read it after creating the "
        "stack with synthesizer=..."
    )


def test_assets_are_added_with_aws_cdk_keywords_and_render_every_docker_option(app: App) -> None:
    stack = Stack(app, "Assets")
    file = stack.synthesizer.add_file_asset(
        source_hash="abc",
        file_name="x.txt",
        packaging=FileAssetPackaging.FILE,
        display_name="dn",
        deploy_time=True,
    )
    command = stack.synthesizer.add_file_asset(source_hash="exe", executable=["echo", "x"])
    image = stack.synthesizer.add_docker_image_asset(
        source_hash="def",
        directory_name="dir",
        asset_name="an",
        docker_build_args={"A": "1"},
        docker_build_contexts={"a": "b"},
        docker_build_secrets={"s": "t"},
        docker_build_ssh="default",
        docker_build_target="t",
        docker_cache_disabled=True,
        docker_cache_from=[DockerCacheOption(type="local", params={"src": "x"})],
        docker_cache_to={"type": "inline"},
        docker_file="Dfile",
        docker_outputs=["type=docker"],
        network_mode="host",
        platform="linux/amd64",
    )
    _, directory = _synth(app)
    manifest = json.loads((directory / "Assets.assets.json").read_text())
    # As aws-cdk-lib 2.275 writes them: a command's object has no extension, an asset_name prefixes the key.
    assert (
        (file.object_key, command.object_key, stack.resolve(image.image_uri)["Fn::Sub"].rsplit(":", 1)[1]),
        manifest["files"]["abc"]["source"],
        manifest["files"]["exe"]["source"],
        list(manifest["dockerImages"]),
        manifest["dockerImages"]["an-def"]["source"],
    ) == (
        ("abc.txt", "exe", "def"),
        {"path": "x.txt", "packaging": "file"},
        {"executable": ["echo", "x"]},
        ["an-def"],
        {
            "directory": "dir",
            "dockerBuildArgs": {"A": "1"},
            "dockerBuildContexts": {"a": "b"},
            "dockerBuildSecrets": {"s": "t"},
            "dockerBuildSsh": "default",
            "dockerBuildTarget": "t",
            "dockerFile": "Dfile",
            "networkMode": "host",
            "platform": "linux/amd64",
            "dockerOutputs": ["type=docker"],
            "cacheFrom": [{"type": "local", "params": {"src": "x"}}],
            "cacheTo": {"type": "inline"},
            "cacheDisabled": True,
        },
    )


def test_file_asset_needs_a_file_name_or_a_command(app: App) -> None:
    stack = Stack(app, "Assets")
    with pytest.raises(ValidationError) as error:
        stack.synthesizer.add_file_asset(source_hash="abc", packaging=FileAssetPackaging.FILE)
    assert str(error.value) == (
        "Assets: add_file_asset(source_hash='abc') needs exactly one of file_name and executable; give the "
        "staged file or the command"
    )


@pytest.mark.parametrize(
    "synthesizer",
    [
        DefaultStackSynthesizer(qualifier="appq"),
        BootstraplessSynthesizer(qualifier="appq"),
        CliCredentialsStackSynthesizer(qualifier="appq"),
    ],
    ids=["default", "bootstrapless", "cli-credentials"],
)
def test_the_app_default_synthesizer_serves_every_stack_with_a_bound_copy(
    tmp_path: Path, synthesizer: Any
) -> None:
    app = App(outdir=str(tmp_path / "out"), default_stack_synthesizer=synthesizer)
    stacks = [Stack(app, "A"), Stack(app, "B"), Stack(Stage(app, "Beta"), "C")]
    for stack in stacks:
        CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    assert len({id(stack.synthesizer) for stack in stacks}) == 3
    assert all(stack.synthesizer is not synthesizer for stack in stacks)
    assert [stack.synthesizer.qualifier for stack in stacks] == ["appq"] * 3  # type: ignore[attr-defined]
    assert app.synth().get_stack_by_name("B").stack_name == "B"


def test_one_synthesizer_passed_to_two_stacks_keeps_their_assets_apart(app: App, tmp_path: Path) -> None:
    synthesizer = DefaultStackSynthesizer(qualifier="appq")
    sources = []
    for name in ("A", "B"):
        source = tmp_path / f"{name}.txt"
        source.write_text(name)
        sources.append(source)
    one = Stack(app, "One", synthesizer=synthesizer)
    two = Stack(app, "Two", synthesizer=synthesizer)
    for stack, source in zip((one, two), sources, strict=True):
        CfnResource(stack, "Queue", type="AWS::SQS::Queue")
        stack.synthesizer.add_file_asset(  # type: ignore[attr-defined]
            file_name=str(source), packaging=FileAssetPackaging.FILE, source_hash=source.stem
        )
    _, directory = _synth(app)
    files = [
        set(json.loads((directory / f"{name}.assets.json").read_text())["files"]) for name in ("One", "Two")
    ]
    # Besides its template, each stack's asset manifest lists only its own file.
    assert [sorted(f & {"A", "B"}) for f in files] == [["A"], ["B"]]
    assert [len(f) for f in files] == [2, 2]


def test_the_legacy_synthesizer_refuses_docker_image_assets() -> None:
    stack = Stack(App(), "Legacy", synthesizer=LegacyStackSynthesizer())
    with pytest.raises(ValidationError) as caught:
        stack.synthesizer.add_docker_image_asset(source_hash="abc", directory_name="asset.abc")
    assert str(caught.value) == (
        "Legacy: Docker image assets are not published by LegacyStackSynthesizer here; use "
        "DefaultStackSynthesizer, or an image already in a repository (DockerImageCode.from_ecr)"
    )
