"""WAFv2 and SSM L1 properties aws-cdk-lib types as Any: rule actions (`allow={}`, a block with a custom response), `SingleHeader` / `SingleQueryArgument` in `FieldToMatch`, the logging configuration's `logging_filter` and `json_body` / `single_header` redacted fields, and `CfnAssociation.parameters`."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm, aws_wafv2 as wafv2

app = cdk.App()
stack = cdk.Stack(app, "L1Wafv2Ssm")

rule_group_visibility = wafv2.CfnRuleGroup.VisibilityConfigProperty(
    cloud_watch_metrics_enabled=True, metric_name="rules", sampled_requests_enabled=False
)
wafv2.CfnRuleGroup(
    stack,
    "RuleGroup",
    capacity=10,
    scope="REGIONAL",
    visibility_config=rule_group_visibility,
    rules=[
        wafv2.CfnRuleGroup.RuleProperty(
            name="allow-bots",
            priority=1,
            visibility_config=rule_group_visibility,
            action=wafv2.CfnRuleGroup.RuleActionProperty(allow={}),
            statement=wafv2.CfnRuleGroup.StatementProperty(
                byte_match_statement=wafv2.CfnRuleGroup.ByteMatchStatementProperty(
                    field_to_match=wafv2.CfnRuleGroup.FieldToMatchProperty(single_header={"Name": "user-agent"}),
                    positional_constraint="CONTAINS",
                    search_string="bot",
                    text_transformations=[wafv2.CfnRuleGroup.TextTransformationProperty(priority=0, type="NONE")],
                )
            ),
        ),
        wafv2.CfnRuleGroup.RuleProperty(
            name="block-label",
            priority=2,
            visibility_config=rule_group_visibility,
            action=wafv2.CfnRuleGroup.RuleActionProperty(block={"CustomResponse": {"ResponseCode": 403}}),
            statement=wafv2.CfnRuleGroup.StatementProperty(
                label_match_statement=wafv2.CfnRuleGroup.LabelMatchStatementProperty(key="k", scope="LABEL")
            ),
        ),
    ],
)

web_acl_visibility = wafv2.CfnWebACL.VisibilityConfigProperty(
    cloud_watch_metrics_enabled=False, metric_name="acl", sampled_requests_enabled=True
)
wafv2.CfnWebACL(
    stack,
    "WebAcl",
    default_action=wafv2.CfnWebACL.DefaultActionProperty(allow=wafv2.CfnWebACL.AllowActionProperty()),
    scope="REGIONAL",
    visibility_config=web_acl_visibility,
    rules=[
        wafv2.CfnWebACL.RuleProperty(
            name="count-query",
            priority=0,
            visibility_config=web_acl_visibility,
            action=wafv2.CfnWebACL.RuleActionProperty(count=wafv2.CfnWebACL.CountActionProperty()),
            statement=wafv2.CfnWebACL.StatementProperty(
                byte_match_statement=wafv2.CfnWebACL.ByteMatchStatementProperty(
                    field_to_match=wafv2.CfnWebACL.FieldToMatchProperty(
                        single_query_argument={"Name": "debug"}
                    ),
                    positional_constraint="EXACTLY",
                    search_string="1",
                    text_transformations=[wafv2.CfnWebACL.TextTransformationProperty(priority=0, type="NONE")],
                )
            ),
        )
    ],
)

wafv2.CfnLoggingConfiguration(
    stack,
    "Logging",
    log_destination_configs=["arn:aws:firehose:us-east-1:111111111111:deliverystream/aws-waf-logs-x"],
    resource_arn="arn:aws:wafv2:us-east-1:111111111111:regional/webacl/x/1",
    redacted_fields=[
        wafv2.CfnLoggingConfiguration.FieldToMatchProperty(
            json_body={"MatchPattern": {"IncludedPaths": ["/password"]}, "MatchScope": "VALUE"}
        ),
        wafv2.CfnLoggingConfiguration.FieldToMatchProperty(single_header={"Name": "authorization"}),
        wafv2.CfnLoggingConfiguration.FieldToMatchProperty(method={}),
    ],
    logging_filter={
        "DefaultBehavior": "KEEP",
        "Filters": [
            {
                "Behavior": "DROP",
                "Requirement": "MEETS_ANY",
                "Conditions": [{"ActionCondition": {"Action": "BLOCK"}}],
            }
        ],
    },
)

ssm.CfnAssociation(
    stack,
    "Association",
    name="AWS-RunShellScript",
    parameters={"commands": ["echo hi"], "workingDirectory": ["/"]},
)

app.synth()
