"""Stage: nested cloud assemblies, names, environments and synth (core/stage.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from apigwv2_integrations import (
    App,
    CfnOutput,
    CfnResource,
    Construct,
    Environment,
    Stack,
    Stage,
    Tags,
)
from apigwv2_integrations.core.errors import SynthesisError, ValidationError

CROSS_STAGE_HINT = (
    "dependencies and references cannot cross stage boundaries, so pass the value another way "
    "(for example an SSM parameter or a fixed name)"
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("CDK_OUTDIR", "CDK_CONTEXT_JSON", "CONTEXT_OVERFLOW_LOCATION_ENV"):
        monkeypatch.delenv(variable, raising=False)


def queue_stack(scope: Construct, id: str, **kwargs: object) -> Stack:
    stack = Stack(scope, id, **kwargs)  # type: ignore[arg-type]
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    return stack


def test_names_ids_and_parents_of_nested_stages(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    outer = Stage(app, "Outer")
    inner = Stage(outer, "Inner")
    renamed = Stage(outer, "Renamed", stage_name="blue")
    assert (app.stage_name, outer.stage_name, inner.stage_name, renamed.stage_name) == (
        "",
        "Outer",
        "Outer-Inner",
        "Outer-blue",
    )
    assert (app.artifact_id, outer.artifact_id, inner.artifact_id) == (
        "",
        "assembly-Outer",
        "assembly-Outer-Inner",
    )
    assert (app.parent_stage, outer.parent_stage, inner.parent_stage) == (None, app, outer)
    assert inner.outdir == os.path.join(str(tmp_path), "assembly-Outer", "assembly-Outer-Inner")
    assert inner.asset_outdir == str(tmp_path)


def test_stage_of_finds_the_enclosing_stage() -> None:
    app = App(auto_synth=False)
    outer = Stage(app, "Outer")
    inner = Stage(outer, "Inner")
    stack = Stack(Construct(inner, "Group"), "S")
    assert Stage.of(stack) is inner
    assert Stage.of(inner) is outer  # a stage's own stage is its parent
    assert Stage.of(outer) is app
    assert Stage.of(app) is None
    assert Stage.of(Stack(app, "Top")) is app
    assert Stage.is_stage(inner) and Stage.is_stage(app) and not Stage.is_stage(stack)


def test_environment_is_inherited_from_stage_to_stage_and_to_stacks() -> None:
    app = App(auto_synth=False)
    outer = Stage(app, "Outer", env=Environment(region="eu-central-1"))
    inner = Stage(outer, "Inner", env={"account": "123456789012"})
    assert (outer.account, outer.region) == (None, "eu-central-1")
    assert (inner.account, inner.region) == ("123456789012", "eu-central-1")
    stack = Stack(inner, "S")
    assert (stack.account, stack.region, stack.environment) == (
        "123456789012",
        "eu-central-1",
        "aws://123456789012/eu-central-1",
    )
    own = Stack(inner, "Own", env=Environment(region="us-west-2"))
    assert own.environment == "aws://123456789012/us-west-2"
    agnostic = Stack(outer, "Agnostic")
    assert agnostic.environment == "aws://unknown-account/eu-central-1"
    assert agnostic.is_environment_agnostic


def test_stack_names_are_prefixed_with_the_stage_name() -> None:
    app = App(auto_synth=False)
    prod = Stage(app, "Prod")
    cell = Stage(prod, "Cell")
    assert Stack(prod, "Api").stack_name == "Prod-Api"
    assert Stack(prod, "Named", stack_name="named").stack_name == "named"
    grouped = Stack(Construct(cell, "Group"), "Worker")
    assert (grouped.artifact_id, grouped.stack_name) == (
        "ProdCellGroupWorker22A12D1E",
        "Prod-Cell-GroupWorkerE7AB0A95",
    )
    assert Stack(app, "Top").stack_name == "Top"


def test_stack_names_with_the_prefix_flag_hash_the_prefix_too() -> None:
    app = App(auto_synth=False, context={"@aws-cdk/core:includePrefixInUniqueNameGeneration": True})
    cell = Stage(Stage(app, "Region"), "Cell1")
    assert Stack(Construct(cell, "Services"), "Orders").stack_name == "Region-Cell1-ServicesOrdersE7D31DF1"
    assert Stack(cell, "Workers").stack_name == "Region-Cell1-Workers"


def test_a_long_default_stack_name_is_shortened_only_with_the_prefix_flag() -> None:
    flagged = App(auto_synth=False, context={"@aws-cdk/core:includePrefixInUniqueNameGeneration": True})
    stack = Stack(Construct(Stage(flagged, "Production-Environment-Stage"), "G" * 70), "W" * 50)
    assert stack.stack_name == "Production-Environment-Stage-" + "G" * 41 + "W" * 50 + "D3817D55"
    plain = App(auto_synth=False)
    with pytest.raises(ValidationError) as error:
        Stack(Construct(Stage(plain, "Production-Environment-Stage"), "G" * 70), "W" * 50)
    name = "Production-Environment-Stage-" + "G" * 70 + "W" * 50 + "D3817D55"
    assert str(error.value) == (
        f"Production-Environment-Stage/{'G' * 70}/{'W' * 50}: stack_name={name!r} is 157 characters long; "
        "use at most 128 (it is the default name, from the stage name and the construct path: pass "
        "stack_name=... or use shorter ids)"
    )


@pytest.mark.parametrize("bad_id", ["1st", "has space", "a/b", "-x"])
def test_a_stage_id_must_be_a_valid_name(bad_id: str) -> None:
    app = App(auto_synth=False)
    with pytest.raises(ValidationError) as error:
        Stage(app, bad_id)
    path = bad_id.replace("/", "--")
    assert str(error.value) == (
        f"{path}: id={bad_id!r} is not a valid stage name; start with a letter and use only letters, "
        "digits, hyphens ('-'), underscores ('_') and periods ('.')"
    )


def test_a_nested_stage_cannot_choose_its_outdir() -> None:
    with pytest.raises(ValidationError) as error:
        Stage(App(auto_synth=False), "Prod", outdir="elsewhere")
    assert str(error.value) == (
        "Prod: outdir='elsewhere' cannot be given for a nested stage; it is always inside the app's"
    )


def test_a_stage_needs_a_scope() -> None:
    with pytest.raises(ValidationError) as error:
        Stage(None, "Prod")
    assert (
        str(error.value) == "Stage 'Prod': scope=None is not allowed; create the Stage in an App or a Stage"
    )


def test_unsupported_stage_options_are_refused() -> None:
    with pytest.raises(ValidationError) as error:
        Stage(App(auto_synth=False), "Prod", property_injectors=["x"])
    assert str(error.value) == "Prod: property_injectors=['x'] is not supported; leave it unset"


def test_app_synth_writes_one_nested_assembly_per_stage(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    queue_stack(app, "Top")
    prod = Stage(app, "Prod", env=Environment(account="123456789012", region="eu-west-1"))
    queue_stack(prod, "Api")
    queue_stack(Stage(prod, "Cell"), "Worker")
    assembly = app.synth()

    assert [s.id for s in assembly.stacks] == ["Top"]
    assert [n.id for n in assembly.nested_assemblies] == ["assembly-Prod"]
    assert [(s.hierarchical_id, s.stack_name) for s in assembly.stacks_recursively] == [
        ("Top", "Top"),
        ("Prod/Api", "Prod-Api"),
        ("Prod/Cell/Worker", "Prod-Cell-Worker"),
    ]
    nested = assembly.get_nested_assembly_artifact("assembly-Prod")
    assert (nested.directory_name, nested.display_name) == ("assembly-Prod", "Prod")
    assert nested.full_path == str(tmp_path / "out" / "assembly-Prod")
    cell = nested.nested_assembly.get_nested_assembly("assembly-Prod-Cell")
    (worker,) = cell.stacks
    assert worker.template_full_path == str(
        tmp_path / "out" / "assembly-Prod" / "assembly-Prod-Cell" / "ProdCellWorker6A983A49.template.json"
    )
    assert worker.environment.name == "aws://123456789012/eu-west-1"

    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert list(manifest["artifacts"]) == [
        "assembly-Prod",
        "Top.assets",
        "Top",
        "Tree",
        "aws-cdk-lib/feature-flag-report",
    ]
    assert manifest["artifacts"]["assembly-Prod"] == {
        "type": "cdk:cloud-assembly",
        "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"},
    }
    prod_manifest = json.loads((tmp_path / "out" / "assembly-Prod" / "manifest.json").read_text())
    assert list(prod_manifest["artifacts"]) == [
        "assembly-Prod-Cell",
        "ProdApi2466CF1F.assets",
        "ProdApi2466CF1F",
        "aws-cdk-lib/feature-flag-report",
    ]
    assert prod_manifest["artifacts"]["assembly-Prod-Cell"]["properties"]["displayName"] == "Prod/Cell"
    assert sorted(os.listdir(tmp_path / "out" / "assembly-Prod" / "assembly-Prod-Cell")) == [
        "ProdCellWorker6A983A49.assets.json",
        "ProdCellWorker6A983A49.metadata.json",
        "ProdCellWorker6A983A49.template.json",
        "cdk.out",
        "manifest.json",
    ]


def test_tree_json_is_written_by_the_app_only_and_shows_the_stages(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    queue_stack(Stage(app, "Prod"), "Api")
    app.synth()
    tree = json.loads((tmp_path / "tree.json").read_text())["tree"]
    prod = tree["children"]["Prod"]
    assert (prod["path"], prod["constructInfo"]["fqn"]) == ("Prod", "aws-cdk-lib.Stage")
    assert prod["children"]["Api"]["constructInfo"]["fqn"] == "aws-cdk-lib.Stack"
    assert not (tmp_path / "assembly-Prod" / "tree.json").exists()


def test_synth_of_a_nested_stage_writes_its_own_assembly_once(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    prod = Stage(app, "Prod")
    queue_stack(prod, "Api")
    assembly = prod.synth()
    assert assembly.directory == str(tmp_path / "assembly-Prod")
    assert [s.hierarchical_id for s in assembly.stacks] == ["Prod/Api"]
    assert prod.is_synthesized and not app.is_synthesized
    assert prod.synth() is assembly
    assert sorted(os.listdir(tmp_path)) == ["assembly-Prod"]


def test_a_second_synth_replaces_the_nested_assembly(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    prod = Stage(app, "Prod")
    queue_stack(prod, "Old")
    app.synth()
    later = App(outdir=str(tmp_path))
    queue_stack(Stage(later, "Prod"), "New")
    later.synth()
    assert "ProdOld" not in " ".join(os.listdir(tmp_path / "assembly-Prod"))


def test_the_nested_assembly_of_a_removed_stage_is_removed(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    queue_stack(Stage(app, "Gone"), "S")
    queue_stack(app, "Top")
    app.synth()
    later = App(outdir=str(tmp_path))
    queue_stack(later, "Top")
    later.synth()
    assert not (tmp_path / "assembly-Gone").exists()
    assert (tmp_path / "Top.template.json").is_file()


def test_references_inside_a_stage_use_exports_named_after_the_stage(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    beta = Stage(app, "Beta")
    producer = queue_stack(beta, "Producer")
    consumer = Stack(beta, "Consumer")
    queue = producer.node.find_child("Queue")
    assert isinstance(queue, CfnResource)
    CfnOutput(consumer, "Arn", value=queue.get_att("Arn").to_string())
    nested = app.synth().get_nested_assembly("assembly-Beta")
    (producer_artifact, consumer_artifact) = nested.stacks
    assert consumer_artifact.template["Outputs"]["Arn"]["Value"] == {
        "Fn::ImportValue": "Beta-Producer:ExportsOutputFnGetAttQueueArn042C0F02"
    }
    assert [d.id for d in consumer_artifact.dependencies] == [producer_artifact.id]


def test_references_across_stages_are_refused(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    producer = queue_stack(Stage(app, "A"), "S")
    queue = producer.node.find_child("Queue")
    assert isinstance(queue, CfnResource)
    CfnOutput(Stack(Stage(app, "B"), "S"), "O", value=queue.ref)
    CfnOutput(Stack(app, "Top"), "O", value=queue.ref)
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value).splitlines() == [
        "synthesis failed with 2 validation errors:",
        f"  B/S: cannot depend on 'A/S' (B/S -> A/S/Queue.Ref): it is in stage 'A' and this stack in stage 'B'; "
        f"{CROSS_STAGE_HINT}",
        f"  Top: cannot depend on 'A/S' (Top -> A/S/Queue.Ref): it is in stage 'A' and this stack in the App; "
        f"{CROSS_STAGE_HINT}",
    ]


def test_an_explicit_dependency_across_stages_is_refused() -> None:
    app = App(auto_synth=False)
    first = Stack(Stage(app, "A"), "S")
    second = Stack(Stage(app, "B"), "S")
    with pytest.raises(ValidationError) as error:
        second.add_dependency(first, "ordering")
    assert str(error.value) == (
        f"B/S: cannot depend on 'A/S' (ordering): it is in stage 'A' and this stack in stage 'B'; {CROSS_STAGE_HINT}"
    )


def test_aspects_stop_at_stage_boundaries_as_in_aws_cdk_lib(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    prod = Stage(app, "Prod")
    api = Stack(prod, "Api")
    CfnResource(api, "Topic", type="AWS::SNS::Topic", properties={"TopicName": "t"})
    top = Stack(app, "Top")
    CfnResource(top, "Topic", type="AWS::SNS::Topic", properties={"TopicName": "t"})
    Tags.of(app).add("team", "platform")
    Tags.of(prod).add("stage", "prod")
    assembly = app.synth()
    top_tags = assembly.get_stack_artifact("Top").tags
    prod_tags = assembly.get_nested_assembly("assembly-Prod").stacks[0].tags
    assert (top_tags, prod_tags) == ({"team": "platform"}, {"stage": "prod"})
