"""CfnMapping: CloudFormation's rule on second-level key names (core/cfn_mapping.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import Aws, CfnMapping, CfnOutput, Stack, ValidationError


def test_a_second_level_key_with_an_underscore_is_refused(stack: Stack) -> None:
    with pytest.raises(ValidationError) as error:
        CfnMapping(stack, "RegionTable", mapping={"us-east-1": {"region_name": "US East"}})
    assert str(error.value) == (
        "Test/RegionTable: mapping['us-east-1'] has the key 'region_name', which is not alphanumeric; "
        "CloudFormation takes only letters and digits in a mapping's second-level keys, so rename it "
        "(e.g. 'regionName')"
    )


def test_set_value_refuses_a_second_level_key_with_a_dash(stack: Stack) -> None:
    mapping = CfnMapping(stack, "RegionTable")
    with pytest.raises(ValidationError) as error:
        mapping.set_value("us-east-1", "region-name", "US East")
    assert str(error.value).startswith("Test/RegionTable: mapping['us-east-1'] has the key 'region-name',")


def test_a_token_second_level_key_is_refused(stack: Stack) -> None:
    with pytest.raises(ValidationError):
        CfnMapping(stack, "RegionTable", mapping={"us-east-1": {Aws.REGION: "x"}})


def test_first_level_keys_may_hold_any_character(
    stack: Stack, template: Callable[[Stack], dict[str, Any]]
) -> None:
    mapping = CfnMapping(stack, "RegionTable", mapping={"us_east-1": {"regionName1": "US East"}})
    mapping.set_value("eu_west-1", "regionName1", "EU West")
    CfnOutput(stack, "Name", value=mapping.find_in_map(Aws.REGION, "regionName1"))
    assert template(stack)["Mappings"]["RegionTable"] == {
        "us_east-1": {"regionName1": "US East"},
        "eu_west-1": {"regionName1": "EU West"},
    }
