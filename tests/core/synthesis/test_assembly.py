"""Synthesis: the cloud assembly on disk, collected problems, limits and determinism (core/synthesis/)."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apigwv2_integrations import App, CfnOutput, CfnParameter, CfnResource, Construct, Stack
from apigwv2_integrations import aws_apigatewayv2 as apigwv2
from apigwv2_integrations import aws_apigatewayv2_integrations as integrations
from apigwv2_integrations import aws_lambda as lambda_
from apigwv2_integrations.aws_apigatewayv2 import CfnApi
from apigwv2_integrations.core.errors import SynthesisError


class Problem:
    def __init__(self, message: str) -> None:
        self.message = message

    def validate(self) -> list[str]:
        return [self.message]


def files_of(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def test_assembly_files_and_artifacts(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    CfnResource(Stack(app, "S"), "Q", type="AWS::SQS::Queue")
    assembly = app.synth()
    assert sorted(files_of(tmp_path / "out")) == [
        "S.assets.json",
        "S.metadata.json",
        "S.template.json",
        "cdk.out",
        "manifest.json",
        "tree.json",
        "validation-report.json",
    ]
    artifact = assembly.get_stack_artifact("S")
    assert assembly.get_stack_by_name("S") is artifact
    assert (artifact.template_file, artifact.environment.name) == (
        "S.template.json",
        "aws://unknown-account/unknown-region",
    )
    assert artifact.template_full_path == str(tmp_path / "out" / "S.template.json")
    assert assembly.version == "55.0.0"


def test_validation_report_is_written_unless_builtin_validation_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    App(outdir=str(tmp_path / "on")).synth()
    assert (tmp_path / "on" / "validation-report.json").read_text() == (
        '{\n  "version": "55.0.0",\n  "title": "Validation Report",\n  "pluginReports": []\n}'
    )
    App(outdir=str(tmp_path / "off"), builtin_cloud_formation_validation=False).synth()
    monkeypatch.setenv("CDK_VALIDATION", "false")
    App(outdir=str(tmp_path / "env")).synth()
    assert not (tmp_path / "off" / "validation-report.json").exists()
    assert not (tmp_path / "env" / "validation-report.json").exists()


def test_feature_flag_report_gives_the_user_value_and_the_unset_behaviour(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"), context={"@aws-cdk/core:enablePartitionLiterals": True})
    manifest = app.synth().manifest
    assert list(manifest["artifacts"])[-1] == "aws-cdk-lib/feature-flag-report"
    assert manifest["minimumCliVersion"] == "2.1148.0"
    flags = manifest["artifacts"]["aws-cdk-lib/feature-flag-report"]["properties"]["flags"]
    assert flags["@aws-cdk/core:enablePartitionLiterals"] == {
        "userValue": True,
        "recommendedValue": True,
        "explanation": "Make ARNs concrete if AWS partition is known",
    }
    assert flags["@aws-cdk/core:stackRelativeExports"]["unconfiguredBehavesLike"] == {"v2": True}


def test_unknown_stack_lookups(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    Stack(app, "S")
    assembly = app.synth()
    with pytest.raises(KeyError) as error:
        assembly.get_stack_by_name("Nope")
    assert error.value.args[0] == "no stack named 'Nope' in the assembly; stack names: ['S']"
    with pytest.raises(KeyError) as error:
        assembly.get_stack_artifact("Nope")
    assert error.value.args[0] == "no stack artifact 'Nope'; artifacts: ['S']"


def test_templates_use_one_space_indentation(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    CfnResource(Stack(app, "S"), "Q", type="AWS::SQS::Queue", properties={"A": [1]})
    app.synth()
    text = (tmp_path / "out" / "S.template.json").read_text()
    assert text.startswith(
        '{\n "Resources": {\n  "Q": {\n   "Type": "AWS::SQS::Queue",\n   "Properties": {\n    "A": [\n     1\n'
    )
    assert not text.endswith("\n")


def test_every_problem_is_collected_into_one_error(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    first, second = Stack(app, "First"), Stack(app, "Second")
    Construct(first, "A").node.add_validation(Problem("a_prop=1 is wrong; use 2"))
    Construct(second, "B").node.add_validation(Problem("b_prop='x' is wrong; use 'y'"))
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert str(error.value) == (
        "synthesis failed with 2 validation errors:\n"
        "  First/A: a_prop=1 is wrong; use 2\n"
        "  Second/B: b_prop='x' is wrong; use 'y'"
    )


def test_a_failed_synth_writes_nothing_and_keeps_an_earlier_assembly(tmp_path: Path) -> None:
    outdir = tmp_path / "cdk.out"
    good = App(outdir=str(outdir))
    CfnResource(Stack(good, "S"), "Q", type="AWS::SQS::Queue")
    good.synth()
    before = files_of(outdir)
    bad = App(outdir=str(outdir))
    stack = Stack(bad, "S")
    CfnResource(stack, "Changed", type="AWS::SQS::Queue")
    stack.node.add_validation(Problem("broken"))
    with pytest.raises(SynthesisError):
        bad.synth()
    assert files_of(outdir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cdk.out"]


def test_a_synth_again_leaves_the_files_that_hold_the_same_bytes(tmp_path: Path) -> None:
    outdir = tmp_path / "cdk.out"

    def synth(queue_id: str) -> None:
        app = App(outdir=str(outdir))
        CfnResource(Stack(app, "S"), queue_id, type="AWS::SQS::Queue")
        CfnResource(Stack(app, "Other"), "Q", type="AWS::SQS::Queue")
        app.synth()

    synth("Q")
    inodes = {p.name: p.stat().st_ino for p in outdir.iterdir()}
    (outdir / "Other.template.json").unlink()
    # A link is replaced by a file, never written through.
    target = tmp_path / "elsewhere.json"
    target.write_bytes((outdir / "cdk.out").read_bytes())
    (outdir / "cdk.out").unlink()
    (outdir / "cdk.out").symlink_to(target)
    synth("Renamed")
    after = {p.name: p.stat().st_ino for p in outdir.iterdir()}
    changed = sorted(name for name in after if after[name] != inodes.get(name))
    # The stack whose resource changed, the files that list it or its template's hash, the deleted
    # template and the link.
    assert changed == [
        "Other.template.json",
        "S.assets.json",
        "S.metadata.json",
        "S.template.json",
        "cdk.out",
        "manifest.json",
        "tree.json",
    ]
    assert not (outdir / "cdk.out").is_symlink()
    assert "Renamed" in json.loads((outdir / "S.template.json").read_text())["Resources"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cdk.out", "elsewhere.json"]


def test_a_failed_first_synth_creates_no_folder(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    Stack(app, "S").node.add_validation(Problem("broken"))
    with pytest.raises(SynthesisError):
        app.synth()
    assert list(tmp_path.iterdir()) == []


def test_resource_output_and_parameter_limits_name_the_stack_and_count(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "Big")
    for i in range(501):
        CfnResource(stack, f"R{i}", type="AWS::SQS::Queue")
    for i in range(201):
        CfnOutput(stack, f"O{i}", value="v")
    for i in range(200):
        CfnParameter(stack, f"P{i}")
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [
        (
            "Big",
            f"has {count} {label}; CloudFormation allows at most {limit} per template, so split the app into more stacks",
        )
        for count, label, limit in ((501, "resources", 500), (201, "outputs", 200), (201, "parameters", 200))
    ]


def test_limits_allow_exactly_the_maximum(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "Full")
    for i in range(500):
        CfnResource(stack, f"R{i}", type="AWS::SQS::Queue")
    assert len(app.synth().stacks[0].template["Resources"]) == 500


# --- determinism ---------------------------------------------------------------------------------


def alphanumerics(construct_id: str) -> str:
    return "".join(c for c in construct_id if c.isalnum())


# Ids carry at least one letter or digit, and siblings differ in them: aws-cdk-lib derives a
# top-level logical ID from those characters alone, so "A-" and "A " would collide there too.
ids = st.text(alphabet="AbZ09-_ ./", min_size=1, max_size=6).filter(alphanumerics)
trees = st.recursive(
    st.lists(ids, min_size=1, max_size=3, unique_by=alphanumerics).map(lambda names: {n: {} for n in names}),
    lambda children: st.lists(
        st.tuples(ids, children), min_size=1, max_size=3, unique_by=lambda p: alphanumerics(p[0])
    ).map(dict),
    max_leaves=12,
)


def build_tree(app: App, tree: dict[str, object]) -> list[CfnResource]:
    stack = Stack(app, "S")
    resources: list[CfnResource] = []

    def add(scope: Construct, subtree: dict[str, object]) -> None:
        for name, below in subtree.items():
            if below:
                add(Construct(scope, name), below)  # type: ignore[arg-type]
            else:
                resources.append(CfnResource(scope, name, type="AWS::SQS::Queue"))

    add(stack, tree)
    return resources


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=trees)
def test_random_trees_give_unique_stable_logical_ids_and_identical_assemblies(
    tree: dict[str, object], tmp_path: Path
) -> None:
    outputs = []
    for run in ("a", "b"):
        app = App(outdir=str(tmp_path / f"{run}-{abs(hash(json.dumps(tree)))}"))
        resources = build_tree(app, tree)
        logical_ids = [r.logical_id for r in resources]
        assert len(set(logical_ids)) == len(logical_ids)
        outputs.append((logical_ids, files_of(Path(app.synth().directory))))
    assert outputs[0] == outputs[1]


APP_SOURCE = """
import sys
from apigwv2_integrations import App, CfnOutput, CfnResource, Construct, Fn, Stack, Tags
app = App(outdir=sys.argv[1])
producer, consumer = Stack(app, "Producer"), Stack(app, "Consumer")
for i in range(30):
    group = Construct(producer, f"Group{i % 7}") if producer.node.try_find_child(f"Group{i % 7}") is None else producer.node.find_child(f"Group{i % 7}")
    queue = CfnResource(group, f"Queue {i}", type="AWS::SQS::Queue", properties={"Tags": [{"Key": "k", "Value": str(i)}]})
    CfnResource(consumer, f"User{i}", type="AWS::SNS::Topic", properties={"DisplayName": Fn.join("-", [queue.get_att("QueueName").to_string(), "x"])})
Tags.of(app).add("team", "core")
CfnOutput(consumer, "Out", value=queue.ref)
app.synth()
"""


def test_assembly_is_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(APP_SOURCE)
    results = []
    for seed in ("1", "4242"):
        outdir = tmp_path / f"out-{seed}"
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        environment.pop("CDK_OUTDIR", None)
        subprocess.run([sys.executable, str(script), str(outdir)], check=True, env=environment)
        results.append(files_of(outdir))
    assert results[0] == results[1]
    assert len(results[0]) == 10


EXAMPLES_DIR = Path(__file__).parents[3] / "examples"
RUN_EXAMPLE = "import sys; from apigwv2_integrations.__main__ import run_app_file; run_app_file(sys.argv[1], sys.argv[2])"


def test_an_example_assembly_is_byte_identical_across_runs(tmp_path: Path) -> None:
    # Every file: templates, manifests, asset manifests, tree.json, metadata and the staged asset.
    results = []
    for seed in ("0", "977"):
        outdir = tmp_path / f"out-{seed}"
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        for name in ("CDK_OUTDIR", "CDK_CONTEXT_JSON"):
            environment.pop(name, None)
        example = str(EXAMPLES_DIR / "lambda_asset.py")
        subprocess.run([sys.executable, "-c", RUN_EXAMPLE, example, str(outdir)], check=True, env=environment)
        results.append(files_of(outdir))
    assert results[0] == results[1]
    assert {"manifest.json", "tree.json", "validation-report.json"} <= set(results[0])


def test_the_same_problem_found_twice_is_listed_once(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    group = Construct(Stack(app, "S"), "G")
    group.node.add_validation(Problem("broken"))
    group.node.add_validation(Problem("broken"))
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [("S/G", "broken")]


def test_tree_json_is_compact_json_of_the_construct_tree(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    CfnResource(Construct(stack, 'Grüppe "1"'), "Q", type="AWS::SQS::Queue")
    app.synth()
    text = (tmp_path / "out" / "tree.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert text == json.dumps(document, separators=(",", ":"), ensure_ascii=False)
    group = document["tree"]["children"]["S"]["children"]['Grüppe "1"']
    assert (group["path"], group["constructInfo"]["fqn"]) == ('S/Grüppe "1"', "constructs.Construct")
    assert group["children"]["Q"]["constructInfo"]["fqn"] == "aws-cdk-lib.CfnResource"


def test_tree_json_shows_l1_properties_as_set_and_the_nodes_aws_cdk_lib_adds_at_synth(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    api = CfnApi(
        stack, "Api", name="books", protocol_type="HTTP", cors_configuration={"allow_origins": ["*"]}
    )
    api.add_property_override("Name", "renamed")
    app.synth()
    tree = json.loads((tmp_path / "out" / "tree.json").read_text())["tree"]
    assert list(tree["children"]) == ["S", "Tree"]
    assert tree["children"]["Tree"] == {
        "id": "Tree",
        "path": "Tree",
        "constructInfo": {"fqn": "constructs.Construct", "version": "10.8.1"},
    }
    assert list(tree["children"]["S"]["children"]) == ["Api", "BootstrapVersion", "CheckBootstrapVersion"]
    assert tree["children"]["S"]["children"]["Api"] == {
        "id": "Api",
        "path": "S/Api",
        "constructInfo": {"fqn": "aws-cdk-lib.aws_apigatewayv2.CfnApi", "version": "2.275.0"},
        "attributes": {
            "aws:cdk:cloudformation:type": "AWS::ApiGatewayV2::Api",
            "aws:cdk:cloudformation:logicalId": "Api",
            "aws:cdk:cloudformation:props": {
                "corsConfiguration": {"allowOrigins": ["*"]},
                "name": "books",
                "protocolType": "HTTP",
            },
        },
    }


def test_stack_metadata_lists_the_template_file_warnings_and_logical_ids_as_json_with_two_spaces(
    tmp_path: Path,
) -> None:
    app = App(outdir=str(tmp_path / "out"))
    stack = Stack(app, "S")
    queue = CfnResource(stack, "Q", type="AWS::SQS::Queue")
    queue.node.add_metadata("aws:cdk:warning", 'a "quoted"\nwarning, é')
    app.synth()
    text = (tmp_path / "out" / "S.metadata.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert text == json.dumps(document, indent=2, ensure_ascii=False)
    assert document["/S"] == [{"type": "aws:cdk:templateFile", "data": "S.template.json"}]
    assert document["/S/Q"] == [
        {"type": "aws:cdk:logicalId", "data": "Q"},
        {"type": "aws:cdk:warning", "data": 'a "quoted"\nwarning, é'},
    ]


def test_missing_context_is_listed_in_lookup_order_and_the_first_of_a_key_is_kept(tmp_path: Path) -> None:
    from apigwv2_integrations import Environment
    from apigwv2_integrations.aws_ssm import StringParameter

    app = App(outdir=str(tmp_path))
    env = Environment(account="111111111111", region="us-east-1")
    zeta = Stack(app, "Zeta", env=env)
    StringParameter.value_from_lookup(zeta, "/z")
    alpha = Stack(app, "Alpha", env=env)
    StringParameter.value_from_lookup(alpha, "/b")
    StringParameter.value_from_lookup(alpha, "/a")
    StringParameter.value_from_lookup(alpha, "/a", "second-default")
    missing = json.loads(Path(app.synth().directory, "manifest.json").read_text())["missing"]
    assert [(m["key"].split(":")[2], m["props"]["dummyValue"]) for m in missing] == [
        ("parameterName=/z", "dummy-value-for-/z"),
        ("parameterName=/b", "dummy-value-for-/b"),
        ("parameterName=/a", "dummy-value-for-/a"),
    ]


def test_synthesis_leaves_no_garbage_for_the_cyclic_collector(tmp_path: Path) -> None:
    # What synthesis makes is freed as soon as it is done with (no reference cycles), and the assembly
    # keeps its templates and metadata as text: after a large app's synth, the collector has nothing to
    # traverse (it took 0.13 s after an app of 5,000 routes).
    def app_with_routes(outdir: Path) -> App:
        app = App(outdir=str(outdir))
        stack = Stack(app, "S")
        api = apigwv2.HttpApi(stack, "Api")
        for index in range(3):
            fn = lambda_.Function(
                stack,
                f"Fn{index}",
                runtime=lambda_.Runtime.NODEJS_22_X,
                handler="index.handler",
                code=lambda_.Code.from_inline("x"),
            )
            api.add_routes(
                path=f"/items{index}",
                methods=[apigwv2.HttpMethod.GET],
                integration=integrations.HttpLambdaIntegration(f"Integration{index}", fn),
            )
        return app

    app_with_routes(tmp_path / "first").synth()  # classes built on first use are not the app's garbage
    app = app_with_routes(tmp_path / "second")
    gc.collect()
    gc.disable()
    try:
        assembly = app.synth()
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert list(assembly.get_stack_by_name("S").template["Resources"])[:1] == ["ApiF70053CD"]
