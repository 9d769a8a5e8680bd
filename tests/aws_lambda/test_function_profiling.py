"""Function profiling: the CodeGuru profiling group, its publish grant and the agent's environment."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Stack, ValidationError
from apigwv2_integrations.assertions import Annotations, Match
from apigwv2_integrations.aws_lambda import Code, DockerImageFunction, Function, Runtime, SingletonFunction
from tests.conftest import resources_of_type

Render = Callable[[Stack], dict[str, Any]]


def _function(stack: Stack, id: str = "Fn", **options: Any) -> Function:
    options.setdefault("runtime", Runtime.PYTHON_3_12)
    return Function(stack, id, handler="index.handler", code=Code.from_inline("x"), **options)


def test_profiling_makes_a_group_grants_publish_and_sets_the_agent_environment(
    stack: Stack, template: Render
) -> None:
    _function(stack, profiling=True, environment={"STAGE": "prod"})
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::CodeGuruProfiler::ProfilingGroup") == {
        "FnProfilingGroupEA872694": {
            "Type": "AWS::CodeGuruProfiler::ProfilingGroup",
            "Properties": {
                "ComputePlatform": "AWSLambda",
                "ProfilingGroupName": "TestFnProfilingGroup2159EADD",
            },
        }
    }
    group_arn = {"Fn::GetAtt": ["FnProfilingGroupEA872694", "Arn"]}
    policy = rendered["Resources"]["FnServiceRoleDefaultPolicyC6A839BF"]["Properties"]["PolicyDocument"]
    assert policy["Statement"] == [
        {
            "Action": ["codeguru-profiler:ConfigureAgent", "codeguru-profiler:PostAgentProfile"],
            "Effect": "Allow",
            "Resource": group_arn,
        }
    ]
    variables = rendered["Resources"]["Fn9270CBC0"]["Properties"]["Environment"]["Variables"]
    assert variables == {
        "AWS_CODEGURU_PROFILER_GROUP_NAME": {"Ref": "FnProfilingGroupEA872694"},
        "AWS_CODEGURU_PROFILER_TARGET_REGION": {"Ref": "AWS::Region"},
        "AWS_CODEGURU_PROFILER_GROUP_ARN": group_arn,
        "AWS_CODEGURU_PROFILER_ENABLED": "TRUE",
        "STAGE": "prod",
    }
    assert list(variables)[-1] == "STAGE"


def test_profiling_false_or_unset_adds_nothing(stack: Stack, template: Render) -> None:
    _function(stack, "Off", profiling=False)
    _function(stack, "Unset")
    rendered = template(stack)
    assert resources_of_type(rendered, "AWS::CodeGuruProfiler::ProfilingGroup") == {}
    assert resources_of_type(rendered, "AWS::IAM::Policy") == {}


def test_profiling_warns_about_agent_variables_set_by_hand(stack: Stack) -> None:
    _function(stack, profiling=True, environment={"AWS_CODEGURU_PROFILER_ENABLED": "FALSE"})
    warnings = Annotations.from_stack(stack).find_warning("/Test/Fn", Match.any_value())
    assert [w.entry.data for w in warnings] == [
        "AWS_CODEGURU_PROFILER_GROUP_NAME, AWS_CODEGURU_PROFILER_GROUP_ARN, "
        "AWS_CODEGURU_PROFILER_TARGET_REGION, and AWS_CODEGURU_PROFILER_ENABLED should not be set when "
        "profiling options enabled"
    ]


def test_profiling_needs_a_runtime_that_supports_it(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        _function(stack, runtime=Runtime.NODEJS_22_X, profiling=True)
    assert str(error.value) == (
        "Test/Fn: profiling=True is not supported by runtime='nodejs22.x'; "
        "use a Java or Python runtime, or set profiling=False"
    )


def test_singleton_and_image_functions_take_the_profiling_keywords(stack: Stack, template: Render) -> None:
    SingletonFunction(
        stack,
        "Single",
        uuid="1234",
        runtime=Runtime.PYTHON_3_12,
        handler="index.handler",
        code=Code.from_inline("x"),
        profiling=True,
    )
    assert list(resources_of_type(template(stack), "AWS::CodeGuruProfiler::ProfilingGroup")) == [
        "SingletonLambda1234ProfilingGroupF42994C2"
    ]
    assert {"profiling", "profiling_group"} <= set(inspect.signature(DockerImageFunction.__init__).parameters)
