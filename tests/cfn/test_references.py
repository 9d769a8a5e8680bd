"""Reference helpers of the L1 classes: `*_ref`, `arn_for_*` and `from_*`, as aws-cdk-lib renders them."""

from __future__ import annotations

import subprocess
import sys

from apigwv2_integrations.aws_apigateway import CfnApiKey
from apigwv2_integrations.aws_apigatewayv2 import CfnApi, CfnDomainName, CfnStage, CfnVpcLink
from apigwv2_integrations.aws_dynamodb import CfnTable
from apigwv2_integrations.aws_events import CfnRule
from apigwv2_integrations.aws_logs import CfnMetricFilter
from apigwv2_integrations.cfn.aws_apigatewayv2 import ApiReference, StageReference
from apigwv2_integrations.core.resource import Resource
from apigwv2_integrations.core.stack import Stack

ARN_PREFIX = ["arn:", {"Ref": "AWS::Partition"}, ":apigateway:", {"Ref": "AWS::Region"}]


def test_single_identifier_reference_is_the_ref(stack: Stack) -> None:
    api = CfnApi(stack, "Api", name="api", protocol_type="HTTP")
    reference = api.api_ref
    assert isinstance(reference, ApiReference)
    assert stack.resolve(reference.api_id) == {"Ref": "Api"}


def test_reference_takes_given_identifiers_from_the_properties(stack: Stack) -> None:
    stage = CfnStage(stack, "Stage", api_id="api42", stage_name="prod")
    assert isinstance(stage.stage_ref, StageReference)
    assert stage.stage_ref.api_id == "api42"
    assert stack.resolve(stage.stage_ref.stage_name) == {"Ref": "Stage"}


def test_reference_to_a_composite_ref_selects_its_parts(stack: Stack) -> None:
    metric_filter = CfnMetricFilter(
        stack, "Filter", filter_pattern="ERROR", log_group_name="logs", metric_transformations=[]
    )
    reference = metric_filter.metric_filter_ref
    assert stack.resolve([reference.log_group_name, reference.filter_name]) == [
        {"Fn::Select": [0, {"Fn::Split": ["|", {"Ref": "Filter"}]}]},
        {"Fn::Select": [1, {"Fn::Split": ["|", {"Ref": "Filter"}]}]},
    ]


def test_reference_carries_the_arn_attribute_and_arn_for_returns_it(stack: Stack) -> None:
    domain = CfnDomainName(stack, "Domain", domain_name="api.example.com")
    reference = domain.domain_name_ref
    assert stack.resolve([reference.domain_name, reference.domain_name_arn]) == [
        {"Ref": "Domain"},
        {"Fn::GetAtt": ["Domain", "DomainNameArn"]},
    ]
    assert stack.resolve(CfnDomainName.arn_for_domain_name(domain)) == {
        "Fn::GetAtt": ["Domain", "DomainNameArn"]
    }


def test_arn_for_formats_the_arn_from_the_reference(stack: Stack) -> None:
    api = CfnApi(stack, "Api", name="api", protocol_type="HTTP")
    assert stack.resolve(CfnApi.arn_for_api(api)) == {
        "Fn::Join": ["", [*ARN_PREFIX, "::/apis/", {"Ref": "Api"}]]
    }
    key = CfnApiKey(stack, "Key")
    assert stack.resolve(CfnApiKey.arn_for_api_key(key)) == {
        "Fn::Join": ["", [*ARN_PREFIX, "::/apikeys/", {"Ref": "Key"}]]
    }


def test_from_id_imports_a_resource_known_by_its_reference(stack: Stack) -> None:
    link = CfnVpcLink.from_vpc_link_id(stack, "Link", "link42")
    assert isinstance(link, Resource)
    assert link.node.path == "Test/Link"
    assert link.vpc_link_ref == CfnVpcLink.from_vpc_link_id(stack, "Other", "link42").vpc_link_ref
    assert link.vpc_link_ref.vpc_link_id == "link42"
    assert stack.resolve(CfnVpcLink.arn_for_vpc_link(link)) == {
        "Fn::Join": ["", [*ARN_PREFIX, "::/vpclinks/link42"]]
    }


def test_from_name_builds_the_arn_of_the_reference(stack: Stack) -> None:
    table = CfnTable.from_table_name(stack, "Table", "books")
    assert table.table_ref.table_name == "books"
    assert stack.resolve(table.table_ref.table_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":dynamodb:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":table/books",
            ],
        ]
    }


def test_from_arn_takes_the_environment_of_the_arn(stack: Stack) -> None:
    rule = CfnRule.from_rule_arn(stack, "Rule", "arn:aws:events:eu-west-1:111122223333:rule/nightly")
    assert rule.rule_ref.rule_arn == "arn:aws:events:eu-west-1:111122223333:rule/nightly"
    assert (rule.env.region, rule.env.account) == ("eu-west-1", "111122223333")


def test_reference_structs_are_not_re_exported_by_the_service_package() -> None:
    from apigwv2_integrations import aws_apigatewayv2
    from apigwv2_integrations.cfn import aws_apigatewayv2 as cfn

    assert "ApiReference" not in cfn.__all__
    assert "ApiReference" not in aws_apigatewayv2.__all__
    assert cfn.ApiReference is ApiReference


def test_aws_apigateway_loads_an_l1_module_only_when_its_name_is_used() -> None:
    code = (
        "import sys; import apigwv2_integrations.aws_apigateway as m; "
        "before = sorted(n for n in sys.modules if n.startswith('apigwv2_integrations.cfn.aws_apigateway.')); "
        "m.CfnUsagePlan; "
        "after = sorted(n for n in sys.modules if n.startswith('apigwv2_integrations.cfn.aws_apigateway.')); "
        "print(before, after, 'CfnRestApi' in m.__all__)"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[] ['apigwv2_integrations.cfn.aws_apigateway.usage_plan'] True"
