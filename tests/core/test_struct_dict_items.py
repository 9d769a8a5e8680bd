"""A struct field whose converter takes dicts in a list (annotated `Sequence[X | Mapping[str, Any]]`)
accepts such a list from outside, as aws_cdk's binding does; other items are still checked."""

from __future__ import annotations

import pytest

from apigwv2_integrations import aws_cloudfront as cloudfront
from apigwv2_integrations import aws_cloudfront_origins as origins
from apigwv2_integrations.core.errors import ArgumentTypeError


def _behavior() -> cloudfront.BehaviorOptions:
    return cloudfront.BehaviorOptions(origin=origins.HttpOrigin("example.com"))


def test_a_list_of_dicts_is_taken_by_the_converter() -> None:
    props = cloudfront.DistributionProps(
        default_behavior=_behavior(),
        error_responses=[
            {"http_status": 404, "response_page_path": "/404.html", "response_http_status": 404}
        ],
    )
    assert props.error_responses == (
        cloudfront.ErrorResponse(http_status=404, response_page_path="/404.html", response_http_status=404),
    )


def test_an_item_that_is_neither_the_struct_nor_a_dict_is_refused() -> None:
    with pytest.raises(ArgumentTypeError) as error:
        cloudfront.DistributionProps(default_behavior=_behavior(), error_responses=[5])
    assert str(error.value) == "DistributionProps: error_responses[0]=5 is an int; use an ErrorResponse"
