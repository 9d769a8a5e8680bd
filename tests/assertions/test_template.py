"""Template: assertions on a stack's template, with aws_cdk's failure reports (assertions/template.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from apigwv2_integrations import (
    App,
    CfnCondition,
    CfnMapping,
    CfnOutput,
    CfnParameter,
    CfnResource,
    Fn,
    Stack,
)
from apigwv2_integrations.assertions import Match, Template
from apigwv2_integrations.core.errors import SynthesisError


@pytest.fixture
def queues(stack: Stack) -> Template:
    queue = CfnResource(
        stack,
        "Queue",
        type="AWS::SQS::Queue",
        properties={"VisibilityTimeout": 30, "Tags": [{"Key": "a", "Value": "b"}], "Name": "x"},
    )
    CfnResource(
        stack,
        "Queue2",
        type="AWS::SQS::Queue",
        properties={"VisibilityTimeout": 31, "Nested": {"A": [1, 2, 3]}},
    )
    CfnOutput(stack, "Out", value=queue.ref, export_name="E")
    return Template.from_stack(stack)


def failure(call: object, *args: object) -> str:
    assert callable(call)
    with pytest.raises(AssertionError) as error:
        call(*args)
    return str(error.value)


def test_from_stack_writes_nothing(app: App, stack: Stack) -> None:
    CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    Template.from_stack(stack)
    assert not Path(app.outdir).exists()


def test_from_stack_raises_the_synthesis_problems(stack: Stack) -> None:
    CfnResource(stack, "A", type="AWS::SQS::Queue").override_logical_id("Same")
    CfnResource(stack, "B", type="AWS::SQS::Queue").override_logical_id("Same")
    with pytest.raises(SynthesisError) as error:
        Template.from_stack(stack)
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/B: logical ID 'Same' is also used by 'Test/A'; "
        "give one of them another id or call override_logical_id()"
    )


def test_to_json_is_plain_dicts_and_a_copy(stack: Stack) -> None:
    CfnResource(stack, "Queue", type="AWS::SQS::Queue", properties={"A": [1]})
    template = Template.from_stack(stack)
    rendered = template.to_json()
    assert type(rendered) is dict and rendered["Resources"]["Queue"] == {
        "Type": "AWS::SQS::Queue",
        "Properties": {"A": [1]},
    }
    rendered["Resources"].clear()
    assert template.to_json()["Resources"] != {}


def test_from_string_and_from_json() -> None:
    assert Template.from_string('{"Resources": {}}').to_json() == {"Resources": {}}
    source = {"Resources": {"A": {"Type": "T"}}}
    template = Template.from_json(source)
    source["Resources"].clear()
    template.resource_count_is("T", 1)


def test_has_resource_properties_shows_the_closest_resources(queues: Template) -> None:
    queues.has_resource_properties("AWS::SQS::Queue", {"VisibilityTimeout": 31})
    assert failure(queues.has_resource_properties, "AWS::SQS::Queue", {"VisibilityTimeout": 60}) == (
        "Template has 2 resources with type AWS::SQS::Queue, but none match as expected.\n"
        "The 2 closest matches:\n"
        "Queue :: {\n"
        '  "Properties": {\n'
        '    "Name": "x",\n'
        '    "Tags": [ { ... } ],\n'
        "!!   Expected 60 but received 30\n"
        '    "VisibilityTimeout": 30\n'
        "  },\n"
        '  "Type": "AWS::SQS::Queue"\n'
        "}\n"
        "Queue2 :: {\n"
        '  "Properties": {\n'
        '    "Nested": { "A": [ ... ] },\n'
        "!!   Expected 60 but received 31\n"
        '    "VisibilityTimeout": 31\n'
        "  },\n"
        '  "Type": "AWS::SQS::Queue"\n'
        "}"
    )


def test_has_resource_properties_orders_closest_matches_by_cost(queues: Template) -> None:
    message = failure(
        queues.has_resource_properties, "AWS::SQS::Queue", {"Tags": Match.array_with([{"Key": "c"}])}
    )
    assert message.splitlines()[2:7] == [
        "Queue2 :: {",
        '  "Properties": {',
        '    "Nested": { "A": [ ... ] },',
        "!!   Missing key 'Tags'",
        '    "Tags": undefined,',
    ]


def test_has_resource_properties_of_an_absent_type() -> None:
    template = Template.from_json({"Resources": {}})
    assert failure(template.has_resource_properties, "AWS::SNS::Topic", {}) == (
        "Template has 0 resources with type AWS::SNS::Topic.\nNo matches found"
    )


def test_has_resource_properties_sees_empty_properties() -> None:
    template = Template.from_json({"Resources": {"A": {"Type": "T"}}})
    template.has_resource_properties("T", {})
    template.has_resource_properties("T", Match.absent())
    template.has_resource_properties("T", {"X": Match.absent()})


def test_has_resource_matches_the_whole_definition(queues: Template) -> None:
    queues.has_resource("AWS::SQS::Queue", {"Properties": {"Name": "x"}})
    assert failure(queues.has_resource, "AWS::SQS::Queue", {"DependsOn": ["x"]}).splitlines()[2:7] == [
        "Queue :: {",
        "!! Missing key 'DependsOn'",
        '  "DependsOn": undefined,',
        '  "Properties": { ... },',
        '  "Type": "AWS::SQS::Queue"',
    ]


def test_resource_count_is(queues: Template) -> None:
    queues.resource_count_is("AWS::SQS::Queue", 2)
    queues.resource_count_is("AWS::SNS::Topic", 0)
    assert failure(queues.resource_count_is, "AWS::SQS::Queue", 3) == (
        "Expected 3 resources of type AWS::SQS::Queue but found 2"
    )


def test_resource_properties_count_is(queues: Template) -> None:
    queues.resource_properties_count_is("AWS::SQS::Queue", {"VisibilityTimeout": 30}, 1)
    assert failure(queues.resource_properties_count_is, "AWS::SQS::Queue", {"VisibilityTimeout": 30}, 2) == (
        "Expected 2 resources of type AWS::SQS::Queue but found 1"
    )


def test_find_resources(queues: Template) -> None:
    assert list(queues.find_resources("AWS::SQS::Queue")) == ["Queue", "Queue2"]
    assert queues.find_resources("AWS::SQS::Queue", {"Properties": {"VisibilityTimeout": 31}}) == {
        "Queue2": {
            "Type": "AWS::SQS::Queue",
            "Properties": {"VisibilityTimeout": 31, "Nested": {"A": [1, 2, 3]}},
        }
    }
    assert queues.find_resources("AWS::SNS::Topic") == {}


def test_get_resource_id(queues: Template) -> None:
    assert queues.get_resource_id("AWS::SQS::Queue", props={"Properties": {"Name": "x"}}) == "Queue"
    assert failure(lambda: queues.get_resource_id("AWS::SQS::Queue")).splitlines()[0] == (
        "Template has 2 matches, expected only one."
    )


def test_get_resource_id_lists_every_match_indented() -> None:
    template = Template.from_json(
        {"Resources": {"A": {"Type": "T"}, "B": {"Type": "T", "Properties": {"N": 1}}}}
    )
    assert failure(template.get_resource_id, "T") == (
        "Template has 2 matches, expected only one.\n"
        "  {\n"
        '    "A": {\n'
        '      "Type": "T"\n'
        "    },\n"
        '    "B": {\n'
        '      "Type": "T",\n'
        '      "Properties": {\n'
        '        "N": 1\n'
        "      }\n"
        "    }\n"
        "  }"
    )


def test_closest_matches_of_equal_cost_are_in_locale_order() -> None:
    resources = {name: {"Type": "T", "Properties": {"N": 1}} for name in ("b2", "Queue", "a3", "B1")}
    report = failure(Template.from_json({"Resources": resources}).has_resource_properties, "T", {"N": 2})
    assert [line.split(" ::")[0] for line in report.splitlines() if " :: " in line] == ["a3", "B1", "b2"]


def test_all_resources_properties(queues: Template) -> None:
    queues.all_resources_properties("AWS::SQS::Queue", {"VisibilityTimeout": Match.any_value()})
    assert failure(queues.all_resources_properties, "AWS::SQS::Queue", {"VisibilityTimeout": 30}) == (
        "Template has 2 resource(s) with type AWS::SQS::Queue, but only 1 match as expected.\n"
        "The following resources do not match the given definition:\n"
        "\tQueue2"
    )


def test_all_resources_needs_at_least_one(queues: Template) -> None:
    queues.all_resources("AWS::SQS::Queue", {"Type": "AWS::SQS::Queue"})
    assert failure(queues.all_resources, "AWS::SNS::Topic", {}) == (
        "Template has 0 resource(s) with type AWS::SNS::Topic, but none match as expected.\n"
        "The following resources do not match the given definition:"
    )


def test_has_output_and_find_outputs(queues: Template) -> None:
    queues.has_output("Out", {"Value": {"Ref": "Queue"}})
    queues.has_output("*", {"Export": {"Name": "E"}})
    assert queues.find_outputs("*") == {"Out": {"Value": {"Ref": "Queue"}, "Export": {"Name": "E"}}}
    assert queues.find_outputs("Nope") == {}
    assert failure(queues.has_output, "Out", {"Value": "x"}) == (
        "Template has 1 outputs named Out, but none match as expected.\n"
        "The 1 closest matches:\n"
        "Out :: {\n"
        '  "Export": { "Name": "E" },\n'
        "!! Expected type string but received object\n"
        '  "Value": {\n'
        '    "Ref": "Queue"\n'
        "  }\n"
        "}"
    )
    assert failure(queues.has_output, "Nope", {}) == "Template has 0 outputs named Nope.\nNo matches found"


def test_parameters_mappings_and_conditions(stack: Stack) -> None:
    CfnParameter(stack, "Size", type="Number", default=3)
    CfnMapping(stack, "Map", mapping={"a": {"b": "c"}})
    CfnCondition(stack, "IsProd", expression=Fn.condition_equals("a", "b"))
    template = Template.from_stack(stack)
    template.has_parameter("Size", {"Type": "Number", "Default": 3})
    template.has_mapping("Map", {"a": {"b": "c"}})
    template.has_condition("*", {"Fn::Equals": ["a", "b"]})
    assert list(template.find_parameters("*")) == ["Size", "BootstrapVersion"]
    assert template.find_mappings("Map") == {"Map": {"a": {"b": "c"}}}
    assert template.find_conditions("IsProd") == {"IsProd": {"Fn::Equals": ["a", "b"]}}
    assert failure(template.has_parameter, "Size", {"Type": "String"}).splitlines()[0] == (
        "Template has 1 parameters with logicalId 'Size', but none match as expected."
    )
    assert failure(template.has_mapping, "Map", {"a": {"b": "d"}}) == (
        "Template has 1 mappings with logicalId Map, but none match as expected.\n"
        "The 1 closest matches:\n"
        "Map :: {\n"
        '  "a": {\n'
        "!!   Expected d but received c\n"
        '    "b": "c"\n'
        "  }\n"
        "}"
    )
    assert failure(template.has_condition, "Other", {}) == (
        "Template has 0 conditions with logicalId Other.\nNo matches found"
    )


def test_template_matches_lists_every_mismatch_with_its_path() -> None:
    template = Template.from_json({"Resources": {"A": {"Type": "T"}}})
    template.template_matches({"Resources": {"A": {"Type": "T"}}})
    assert failure(
        template.template_matches,
        {"Resources": {"A": {"Type": "U", "Properties": {"X": [1]}}}, "Outputs": {}},
    ) == (
        "Template did not match as expected. The following mismatches were found:\n"
        "\tMissing key 'Outputs' at /Outputs (using objectLike matcher)\n"
        "\tMissing key 'Properties' at /Resources/A/Properties (using objectLike matcher)\n"
        "\tExpected U but received T at /Resources/A/Type (using objectLike matcher)"
    )


def test_template_matches_with_object_equals() -> None:
    template = Template.from_json({"Resources": {"A": {"Type": "T"}}, "Outputs": {"O": {"Value": "v"}}})
    assert failure(template.template_matches, Match.object_equals({"Resources": {}})) == (
        "Template did not match as expected. The following mismatches were found:\n"
        "\tUnexpected key Outputs at /Outputs (using objectEquals matcher)\n"
        "\tUnexpected key A at /Resources/A (using objectEquals matcher)"
    )


def test_a_dependency_cycle_is_rejected_unless_skipped() -> None:
    cyclic = {
        "Resources": {
            "A": {"Type": "T", "DependsOn": ["B"]},
            "B": {"Type": "T", "Properties": {"X": {"Ref": "A"}}},
        }
    }
    message = failure(Template.from_json, cyclic)
    assert (
        message.splitlines()[0]
        == "Template is undeployable, these resources have a dependency cycle: A -> B -> A:"
    )
    Template.from_json(cyclic, skip_cyclical_dependencies_check=True).resource_count_is("T", 2)


def test_a_dependency_cycle_is_reported_from_the_first_resource_that_leads_into_it() -> None:
    cyclic = {
        "Resources": {
            "Free": {"Type": "T", "Properties": {"X": {"Ref": "A"}, "Y": {"Ref": "Free", "Extra": 1}}},
            "A": {"Type": "T", "DependsOn": "B"},
            "B": {"Type": "T", "Properties": {"P": {"Fn::Sub": "${C.Arn} ${!B}"}}},
            "C": {"Type": "T", "Properties": {"P": {"Fn::GetAtt": ["B", "Arn"]}}},
        }
    }
    assert failure(Template.from_json, cyclic) == (
        "Template is undeployable, these resources have a dependency cycle: Free -> A -> B -> C -> B:\n"
        "\n"
        "{\n"
        '  "Free": {\n'
        '    "Type": "T",\n'
        '    "Properties": {\n'
        '      "X": {\n'
        '        "Ref": "A"\n'
        "      },\n"
        '      "Y": {\n'
        '        "Ref": "Free",\n'
        '        "Extra": 1\n'
        "      }\n"
        "    }\n"
        "  },\n"
        '  "A": {\n'
        '    "Type": "T",\n'
        '    "DependsOn": "B"\n'
        "  },\n"
        '  "B": {\n'
        '    "Type": "T",\n'
        '    "Properties": {\n'
        '      "P": {\n'
        '        "Fn::Sub": "${C.Arn} ${!B}"\n'
        "      }\n"
        "    }\n"
        "  },\n"
        '  "C": {\n'
        '    "Type": "T",\n'
        '    "Properties": {\n'
        '      "P": {\n'
        '        "Fn::GetAtt": [\n'
        '          "B",\n'
        '          "Arn"\n'
        "        ]\n"
        "      }\n"
        "    }\n"
        "  }\n"
        "}"
    )


def test_a_dependency_cycle_follows_each_resources_first_dependency() -> None:
    cyclic = {
        "Resources": {
            "Z": {"Type": "T", "DependsOn": ["Y", "X"]},
            "Y": {"Type": "T", "DependsOn": ["Z"]},
            "X": {"Type": "T", "DependsOn": ["Z"]},
        }
    }
    message = failure(Template.from_json, cyclic)
    assert message.splitlines()[0] == (
        "Template is undeployable, these resources have a dependency cycle: Z -> Y -> Z:"
    )


def test_a_ref_beside_other_keys_is_no_dependency() -> None:
    template = {
        "Resources": {
            "A": {"Type": "T", "Properties": {"X": {"Ref": "B", "Other": 1}}},
            "B": {"Type": "T", "DependsOn": "A"},
        }
    }
    Template.from_json(template).resource_count_is("T", 2)


def test_snapshot_of_a_stack_is_one_line(app: App, snapshot_json: object) -> None:
    stack = Stack(app, "Snap")
    CfnResource(stack, "Queue", type="AWS::SQS::Queue", properties={"VisibilityTimeout": 30})
    assert Template.from_stack(stack).to_json() == snapshot_json


def test_template_parsing_options_are_the_keywords_of_the_constructors() -> None:
    from apigwv2_integrations.assertions import TemplateParsingOptions

    options = TemplateParsingOptions(skip_cyclical_dependencies_check=True)
    cyclic = {"Resources": {"A": {"Type": "T", "DependsOn": "B"}, "B": {"Type": "T", "DependsOn": "A"}}}
    Template.from_json(cyclic, skip_cyclical_dependencies_check=options.skip_cyclical_dependencies_check)
    assert TemplateParsingOptions().skip_cyclical_dependencies_check is None
