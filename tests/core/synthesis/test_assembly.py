"""Synthesis: the cloud assembly on disk, collected problems, limits and determinism (core/synthesis/)."""

from __future__ import annotations

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
    ]
    artifact = assembly.get_stack_artifact("S")
    assert assembly.get_stack_by_name("S") is artifact
    assert (artifact.template_file, artifact.environment.name) == (
        "S.template.json",
        "aws://unknown-account/unknown-region",
    )
    assert artifact.template_full_path == str(tmp_path / "out" / "S.template.json")
    assert assembly.version == "55.0.0"


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
    assert len(results[0]) == 9


def test_the_same_problem_found_twice_is_listed_once(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path / "out"))
    group = Construct(Stack(app, "S"), "G")
    group.node.add_validation(Problem("broken"))
    group.node.add_validation(Problem("broken"))
    with pytest.raises(SynthesisError) as error:
        app.synth()
    assert error.value.problems == [("S/G", "broken")]
