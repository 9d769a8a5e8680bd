"""TreeInspector and IInspectable: attributes a construct reports about itself; the App's `Tree` construct."""

from __future__ import annotations

import json
from pathlib import Path

from apigwv2_integrations import (
    App,
    Aspects,
    CfnResource,
    Construct,
    IAspect,
    IConstruct,
    IInspectable,
    Stack,
    Stage,
    TreeInspector,
    jsii,
)
from apigwv2_integrations.assertions import Template


class _Reporting:
    def inspect(self, inspector: TreeInspector) -> None:
        inspector.add_attribute("aws:cdk:cloudformation:type", "AWS::SQS::Queue")


def test_inspector_collects_the_reported_attributes() -> None:
    inspector = TreeInspector()
    reporting = _Reporting()
    reporting.inspect(inspector)
    assert inspector.attributes == {"aws:cdk:cloudformation:type": "AWS::SQS::Queue"}
    assert isinstance(reporting, IInspectable)
    assert not isinstance(object(), IInspectable)


def _app_with_a_stack(**props: object) -> tuple[App, Stack]:
    app = App(**props)  # type: ignore[arg-type]
    stack = Stack(app, "S")
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    return app, stack


def test_synthesizing_the_app_adds_its_tree_construct_last(tmp_path: Path) -> None:
    app, _ = _app_with_a_stack(outdir=str(tmp_path))
    visited: list[str] = []

    @jsii.implements(IAspect)
    class Visits:
        def visit(self, node: IConstruct) -> None:
            visited.append(node.node.path)

    Aspects.of(app).add(Visits())
    assert [child.node.id for child in app.node.children] == ["S"]
    app.synth()
    tree = app.node.try_find_child("Tree")
    assert type(tree) is Construct
    assert [child.node.id for child in app.node.children] == ["S", "Tree"]
    assert visited == ["", "S", "S/R", "Tree"]  # as aws-cdk-lib: the App's aspects visit it
    app.synth(force=True)
    assert [child.node.id for child in app.node.children] == ["S", "Tree"]
    written = json.loads((tmp_path / "tree.json").read_text())
    assert written["tree"]["children"]["Tree"] == {
        "id": "Tree",
        "path": "Tree",
        "constructInfo": {"fqn": "constructs.Construct", "version": "10.8.1"},
    }


def test_an_app_without_tree_metadata_gets_no_tree_construct(tmp_path: Path) -> None:
    app, _ = _app_with_a_stack(outdir=str(tmp_path), tree_metadata=False)
    app.synth()
    assert [child.node.id for child in app.node.children] == ["S"]
    assert not (tmp_path / "tree.json").exists()


def test_a_template_of_a_stack_synthesizes_the_app_and_a_nested_stage_does_not(tmp_path: Path) -> None:
    app, stack = _app_with_a_stack(outdir=str(tmp_path))
    stage = Stage(app, "Dev")
    CfnResource(Stack(stage, "S2"), "R", type="AWS::SNS::Topic")
    stage.synth()
    assert [child.node.id for child in app.node.children] == ["S", "Dev"]
    Template.from_stack(stack)
    assert [child.node.id for child in app.node.children] == ["S", "Dev", "Tree"]
