"""Nested L1 types aws-cdk-lib keeps from the retired specification or where the schemas describe a map inline.

Their rendering against aws-cdk-lib's is in tests/data/parity/l1-nested-types; these tests cover what that
case cannot: the properties aws-cdk-lib types as `Any`, validation, and the types no property takes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from apigwv2_integrations import App, Stack
from apigwv2_integrations.aws_apigatewayv2 import CfnIntegration, CfnRoute, CfnRouteResponse, CfnStage
from apigwv2_integrations.aws_appconfig import CfnEnvironment
from apigwv2_integrations.aws_cloudwatch import CfnAnomalyDetector
from apigwv2_integrations.aws_cognito import CfnIdentityPoolRoleAttachment
from apigwv2_integrations.aws_ec2 import CfnInstance
from apigwv2_integrations.aws_events import CfnRule
from apigwv2_integrations.aws_s3 import CfnBucket, CfnStorageLens
from apigwv2_integrations.aws_ssm import CfnAssociation
from apigwv2_integrations.aws_wafv2 import CfnLoggingConfiguration, CfnRuleGroup, CfnWebACL
from apigwv2_integrations.core.errors import SynthesisError

Render = Callable[[Stack], dict[str, Any]]


def properties(template: Render, stack: Stack, logical_id: str) -> dict[str, Any]:
    resource: dict[str, Any] = template(stack)["Resources"][logical_id]
    return resource["Properties"]  # type: ignore[no-any-return]


def problems(app: App) -> list[str]:
    with pytest.raises(SynthesisError) as caught:
        app.synth()
    return str(caught.value).splitlines()[1:]


def test_route_parameter_constraints_render_with_cloudformation_names(stack: Stack, template: Render) -> None:
    CfnRoute(
        stack,
        "Route",
        api_id="api",
        route_key="sendmessage",
        request_parameters={
            "route.request.querystring.id": CfnRoute.ParameterConstraintsProperty(required=True),
            "route.request.header.x-a": {"required": False},
            "route.request.header.x-b": {"Required": False},
        },
    )
    assert properties(template, stack, "Route")["RequestParameters"] == {
        "route.request.querystring.id": {"Required": True},
        "route.request.header.x-a": {"Required": False},
        "route.request.header.x-b": {"Required": False},
    }


def test_route_response_parameter_constraints_are_validated(app: App, stack: Stack) -> None:
    CfnRouteResponse(
        stack,
        "RouteResponse",
        api_id="api",
        route_id="route",
        route_response_key="$default",
        response_parameters={"route.response.header.x-a": {"optional": True}},
    )
    assert problems(app) == [
        "  Test/RouteResponse: response_parameters['route.response.header.x-a']={'optional': True} "
        "has an unknown key 'optional'; use required",
        "  Test/RouteResponse: response_parameters['route.response.header.x-a'].required is required; "
        "pass required=...",
    ]


def test_integration_response_parameters_take_a_list_or_a_map_property(
    stack: Stack, template: Render
) -> None:
    parameter = CfnIntegration.ResponseParameterProperty(destination="overwrite:statuscode", source="410")
    CfnIntegration(
        stack,
        "Integration",
        api_id="api",
        integration_type="HTTP_PROXY",
        response_parameters={
            "200": CfnIntegration.ResponseParameterListProperty(response_parameters=[parameter]),
            "404": CfnIntegration.ResponseParameterMapProperty(response_parameters=[parameter]),
        },
    )
    rendered = {"ResponseParameters": [{"Destination": "overwrite:statuscode", "Source": "410"}]}
    assert properties(template, stack, "Integration")["ResponseParameters"] == {
        "200": rendered,
        "404": rendered,
    }


def test_environment_monitors_take_monitors_and_monitor_properties(stack: Stack, template: Render) -> None:
    CfnEnvironment(
        stack,
        "Environment",
        application_id="app1234",
        name="prod",
        monitors=[
            CfnEnvironment.MonitorsProperty(alarm_arn="arn:aws:cloudwatch:us-east-1:111111111111:alarm:a"),
            CfnEnvironment.MonitorProperty(alarm_arn="arn:aws:cloudwatch:us-east-1:111111111111:alarm:b"),
        ],
    )
    assert properties(template, stack, "Environment")["Monitors"] == [
        {"AlarmArn": "arn:aws:cloudwatch:us-east-1:111111111111:alarm:a"},
        {"AlarmArn": "arn:aws:cloudwatch:us-east-1:111111111111:alarm:b"},
    ]


def test_role_mappings_render_rules_and_snake_case_dicts(stack: Stack, template: Render) -> None:
    CfnIdentityPoolRoleAttachment(
        stack,
        "Attachment",
        identity_pool_id="pool",
        role_mappings={"token": {"type": "Token", "ambiguous_role_resolution": "Deny"}},
    )
    assert properties(template, stack, "Attachment")["RoleMappings"] == {
        "token": {"AmbiguousRoleResolution": "Deny", "Type": "Token"}
    }


def test_role_mapping_rules_are_required(app: App, stack: Stack) -> None:
    CfnIdentityPoolRoleAttachment(
        stack,
        "Attachment",
        identity_pool_id="pool",
        role_mappings={
            "pool": CfnIdentityPoolRoleAttachment.RoleMappingProperty(
                type="Rules",
                rules_configuration={"rules": [{"claim": "c", "match_type": "Equals", "value": "v"}]},
            )
        },
    )
    assert problems(app) == [
        "  Test/Attachment: role_mappings['pool'].rules_configuration.rules[0].role_arn is required; "
        "pass role_arn=..."
    ]


def test_empty_and_one_of_types_render_as_objects(stack: Stack, template: Render) -> None:
    CfnInstance(
        stack,
        "Instance",
        block_device_mappings=[
            CfnInstance.BlockDeviceMappingProperty(
                device_name="/dev/sdb", no_device=CfnInstance.NoDeviceProperty()
            )
        ],
    )
    CfnBucket(
        stack,
        "Bucket",
        logging_configuration=CfnBucket.LoggingConfigurationProperty(
            target_object_key_format=CfnBucket.TargetObjectKeyFormatProperty(simple_prefix={})
        ),
    )
    CfnStorageLens(
        stack,
        "Lens",
        storage_lens_configuration=CfnStorageLens.StorageLensConfigurationProperty(
            id="lens",
            is_enabled=True,
            account_level=CfnStorageLens.AccountLevelProperty(
                bucket_level=CfnStorageLens.BucketLevelProperty()
            ),
            data_export=CfnStorageLens.DataExportProperty(
                s3_bucket_destination=CfnStorageLens.S3BucketDestinationProperty(
                    account_id="111111111111",
                    arn="arn:aws:s3:::dest",
                    format="CSV",
                    output_schema_version="V_1",
                    encryption=CfnStorageLens.EncryptionProperty(
                        ssekms=CfnStorageLens.SSEKMSProperty(key_id="key")
                    ),
                )
            ),
        ),
    )
    assert properties(template, stack, "Instance")["BlockDeviceMappings"] == [
        {"DeviceName": "/dev/sdb", "NoDevice": {}}
    ]
    assert properties(template, stack, "Bucket")["LoggingConfiguration"] == {
        "TargetObjectKeyFormat": {"SimplePrefix": {}}
    }
    lens = properties(template, stack, "Lens")["StorageLensConfiguration"]
    assert lens["DataExport"]["S3BucketDestination"]["Encryption"] == {"SSEKMS": {"KeyId": "key"}}


def test_partitioned_prefix_date_source_outside_the_schema_is_left_to_the_template_validation(
    app: App, stack: Stack
) -> None:
    # As aws-cdk-lib, which writes the template and reports the value as a warning of its validation.
    CfnBucket(
        stack,
        "Bucket",
        logging_configuration={
            "target_object_key_format": {"partitioned_prefix": {"partition_date_source": "Now"}}
        },
    )
    template = app.synth().get_stack_by_name("Test").template
    assert template["Resources"]["Bucket"]["Properties"]["LoggingConfiguration"] == {
        "TargetObjectKeyFormat": {"PartitionedPrefix": {"PartitionDateSource": "Now"}}
    }


def test_types_no_property_takes_are_plain_nested_types() -> None:
    configuration = CfnAnomalyDetector.MetricConfigurationProperty(
        metric_time_zone="UTC",
        excluded_time_ranges=[CfnAnomalyDetector.RangeProperty(start_time="a", end_time="b")],
    )
    tag = CfnRule.TagProperty(key="team")
    assert (configuration.metric_time_zone, tag.key, tag.value) == ("UTC", "team", None)
    assert configuration == CfnAnomalyDetector.MetricConfigurationProperty(
        metric_time_zone="UTC",
        excluded_time_ranges=[CfnAnomalyDetector.RangeProperty(start_time="a", end_time="b")],
    )


def test_stage_and_route_settings_keep_the_retired_properties(stack: Stack, template: Render) -> None:
    CfnStage(
        stack,
        "Stage",
        api_id="api",
        stage_name="prod",
        access_policy_id="policy",
        default_route_settings=CfnStage.RouteSettingsProperty(data_trace_enabled=True, logging_level="INFO"),
    )
    rendered = properties(template, stack, "Stage")
    assert rendered["AccessPolicyId"] == "policy"
    assert rendered["DefaultRouteSettings"] == {"DataTraceEnabled": True, "LoggingLevel": "INFO"}


def _keywords(cls: type) -> dict[str, bool]:
    """``{keyword: required}`` of a nested type or props struct, from its property table."""
    return {row[1]: row[4] for row in cls._CFN_PROPERTIES}  # type: ignore[attr-defined]


def _json_keywords(cls: type) -> set[str]:
    return {row[1] for row in cls._CFN_PROPERTIES if row[3][0] == "json"}  # type: ignore[attr-defined]


def test_wafv2_nested_types_have_the_aws_cdk_names_and_keywords() -> None:
    for name in ("Allow", "Captcha", "Challenge", "Count"):
        assert _keywords(getattr(CfnRuleGroup, f"{name}Property")) == {"custom_request_handling": False}
        assert not hasattr(CfnRuleGroup, f"{name}ActionProperty")
        assert hasattr(CfnWebACL, f"{name}ActionProperty")
    assert _keywords(CfnRuleGroup.BlockProperty) == {"custom_response": False}
    assert not hasattr(CfnRuleGroup, "BlockActionProperty")
    assert _json_keywords(CfnRuleGroup.RuleActionProperty) == {
        "allow",
        "block",
        "captcha",
        "challenge",
        "count",
    }
    for owner in (CfnRuleGroup, CfnWebACL):
        assert _keywords(owner.SingleHeaderProperty) == {"name": True}
        assert _keywords(owner.SingleQueryArgumentProperty) == {"name": True}
        assert {"single_header", "single_query_argument"} <= _json_keywords(owner.FieldToMatchProperty)
    assert _keywords(CfnLoggingConfiguration.JsonBodyProperty) == {
        "invalid_fallback_behavior": False,
        "match_pattern": True,
        "match_scope": True,
    }
    assert _keywords(CfnLoggingConfiguration.MatchPatternProperty) == {"all": False, "included_paths": False}
    assert _json_keywords(CfnLoggingConfiguration.FieldToMatchProperty) == {
        "json_body",
        "method",
        "query_string",
        "single_header",
        "uri_path",
    }
    assert _keywords(CfnLoggingConfiguration.LoggingFilterProperty) == {
        "default_behavior": True,
        "filters": True,
    }
    assert _json_keywords(CfnLoggingConfiguration) == {"logging_filter"}
    assert _json_keywords(CfnAssociation) == {"parameters"}
    body = CfnLoggingConfiguration.JsonBodyProperty(
        match_pattern=CfnLoggingConfiguration.MatchPatternProperty(included_paths=["/a"]), match_scope="VALUE"
    )
    assert (body.match_scope, body.invalid_fallback_behavior) == ("VALUE", None)


def test_wafv2_actions_and_redacted_fields_render_as_given(stack: Stack, template: Render) -> None:
    visibility = CfnRuleGroup.VisibilityConfigProperty(
        cloud_watch_metrics_enabled=True, metric_name="m", sampled_requests_enabled=False
    )
    CfnRuleGroup(
        stack,
        "Rules",
        capacity=10,
        scope="REGIONAL",
        visibility_config=visibility,
        rules=[
            CfnRuleGroup.RuleProperty(
                name="r",
                priority=1,
                visibility_config=visibility,
                action=CfnRuleGroup.RuleActionProperty(allow={}),
                statement=CfnRuleGroup.StatementProperty(
                    label_match_statement=CfnRuleGroup.LabelMatchStatementProperty(key="k", scope="LABEL")
                ),
            )
        ],
    )
    CfnLoggingConfiguration(
        stack,
        "Logging",
        log_destination_configs=["arn:aws:firehose:us-east-1:111111111111:deliverystream/aws-waf-logs-x"],
        resource_arn="arn:aws:wafv2:us-east-1:111111111111:regional/webacl/x/1",
        redacted_fields=[
            CfnLoggingConfiguration.FieldToMatchProperty(
                json_body={"MatchPattern": {"IncludedPaths": ["/a"]}, "MatchScope": "VALUE"}
            ),
            CfnLoggingConfiguration.FieldToMatchProperty(single_header={"Name": "authorization"}),
        ],
        logging_filter={"DefaultBehavior": "KEEP", "Filters": []},
    )
    CfnAssociation(stack, "Association", name="AWS-RunShellScript", parameters={"commands": ["echo hi"]})
    assert properties(template, stack, "Rules")["Rules"][0]["Action"] == {"Allow": {}}
    logging = properties(template, stack, "Logging")
    assert logging["RedactedFields"] == [
        {"JsonBody": {"MatchPattern": {"IncludedPaths": ["/a"]}, "MatchScope": "VALUE"}},
        {"SingleHeader": {"Name": "authorization"}},
    ]
    assert logging["LoggingFilter"] == {"DefaultBehavior": "KEEP", "Filters": []}
    assert properties(template, stack, "Association")["Parameters"] == {"commands": ["echo hi"]}


def test_nested_types_inside_free_form_json_render_under_cloudformation_names(stack: Stack) -> None:
    from apigwv2_integrations.assertions import Template
    from apigwv2_integrations.aws_wafv2 import CfnRuleGroup

    action = CfnRuleGroup.RuleActionProperty(
        count=CfnRuleGroup.CountProperty(),
        block=CfnRuleGroup.BlockProperty(
            custom_response=CfnRuleGroup.CustomResponseProperty(response_code=403)
        ),
    )
    CfnRuleGroup(
        stack,
        "Group",
        capacity=10,
        scope="REGIONAL",
        visibility_config=CfnRuleGroup.VisibilityConfigProperty(
            cloud_watch_metrics_enabled=True, metric_name="group", sampled_requests_enabled=True
        ),
        rules=[
            CfnRuleGroup.RuleProperty(
                name="rule",
                priority=0,
                action=action,
                statement=CfnRuleGroup.StatementProperty(
                    byte_match_statement=CfnRuleGroup.ByteMatchStatementProperty(
                        field_to_match=CfnRuleGroup.FieldToMatchProperty(uri_path={}),
                        positional_constraint="EXACTLY",
                        search_string="x",
                        text_transformations=[
                            CfnRuleGroup.TextTransformationProperty(priority=0, type="NONE")
                        ],
                    )
                ),
                visibility_config=CfnRuleGroup.VisibilityConfigProperty(
                    cloud_watch_metrics_enabled=True, metric_name="rule", sampled_requests_enabled=True
                ),
            )
        ],
    )
    (group,) = Template.from_stack(stack).find_resources("AWS::WAFv2::RuleGroup").values()
    assert group["Properties"]["Rules"][0]["Action"] == {
        "Block": {"CustomResponse": {"ResponseCode": 403}},
        "Count": {},
    }
