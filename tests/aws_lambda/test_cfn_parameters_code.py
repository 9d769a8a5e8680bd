"""`Code.from_cfn_parameters()` / `CfnParametersCode` (the template is in tests/data/parity/lambda-cfn-parameters-code)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import CfnParameter, Stack
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_lambda import CfnParametersCode, CfnParametersCodeProps, Code, Function, Runtime
from apigwv2_integrations.core.errors import ValidationError


def function(stack: Stack, id: str, code: Code) -> Function:
    return Function(stack, id, runtime=Runtime.PYTHON_3_12, handler="index.handler", code=code)


def test_parameters_are_created_once_under_the_first_function(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    code = Code.from_cfn_parameters()
    function(stack, "First", code)
    function(stack, "Second", code)
    rendered = template(stack)
    assert [k for k in rendered["Parameters"] if k != "BootstrapVersion"] == [
        "FirstLambdaSourceBucketNameParameterA17FFE09",
        "FirstLambdaSourceObjectKeyParameter685E76FE",
    ]
    assert (code.bucket_name_param, code.object_key_param, code.is_inline) == (
        "FirstLambdaSourceBucketNameParameterA17FFE09",
        "FirstLambdaSourceObjectKeyParameter685E76FE",
        False,
    )
    assert code.assign(bucket_name="b", object_key="k.zip") == {
        "FirstLambdaSourceBucketNameParameterA17FFE09": "b",
        "FirstLambdaSourceObjectKeyParameter685E76FE": "k.zip",
    }


def test_given_parameters_and_key_are_used(stack: Stack, template: Callable[[Stack], dict[str, Any]]) -> None:
    key = Key(stack, "Key")
    code = CfnParametersCode(
        bucket_name_param=CfnParameter(stack, "Bucket"),
        object_key_param=CfnParameter(stack, "ObjectKey"),
        source_kms_key=key,
    )
    function(stack, "Fn", code)
    properties = template(stack)["Resources"]["Fn9270CBC0"]["Properties"]
    assert properties["Code"] == {
        "S3Bucket": {"Ref": "Bucket"},
        "S3Key": {"Ref": "ObjectKey"},
        "SourceKMSKeyArn": {"Fn::GetAtt": ["Key961B73FD", "Arn"]},
    }
    assert CfnParametersCodeProps(bucket_name_param=None).object_key_param is None


def test_reading_a_parameter_before_binding_is_an_error() -> None:
    code = Code.from_cfn_parameters()
    with pytest.raises(ValidationError) as caught:
        code.bucket_name_param  # noqa: B018 - the property raises
    assert str(caught.value) == (
        "bucket_name_param is read before the code has a parameter; pass the CfnParametersCode to a Function "
        "first, or create it with bucket_name_param=CfnParameter(...)"
    )
