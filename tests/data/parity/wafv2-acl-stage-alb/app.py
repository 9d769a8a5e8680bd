import aws_cdk as cdk
from aws_cdk import (
    aws_apigatewayv2 as apigwv2,
    aws_apigatewayv2_integrations as integrations,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
    aws_lambda as lambda_,
    aws_logs as logs,
    aws_wafv2 as wafv2,
)
from constructs import Construct


class ProtectedApi(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        handler = lambda_.Function(self, "Quotes", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                                   code=lambda_.Code.from_inline("def handler(e, c):\n    return {'statusCode': 200}"))
        api = apigwv2.HttpApi(self, "QuotesApi", create_default_stage=False)
        api.add_routes(path="/quotes", methods=[apigwv2.HttpMethod.GET], integration=integrations.HttpLambdaIntegration("Q", handler))
        stage = api.add_stage("Prod", stage_name="prod", auto_deploy=True)
        stage_arn = cdk.Stack.of(self).format_arn(service="apigateway", account="", resource="/apis",
                                                  resource_name=f"{api.api_id}/stages/{stage.stage_name}")
        blocked = wafv2.CfnIPSet(self, "Blocked", scope="REGIONAL", ip_address_version="IPV4",
                                 addresses=["192.0.2.0/24", "198.51.100.7/32"], name="blocked-ips",
                                 description="known bad actors")
        allowed_v6 = wafv2.CfnIPSet(self, "Partners", scope="REGIONAL", ip_address_version="IPV6",
                                    addresses=["2001:db8::/32"])
        patterns = wafv2.CfnRegexPatternSet(self, "BadAgents", scope="REGIONAL",
                                            regular_expression_list=["^curl/", "(?i)sqlmap"])
        acl = wafv2.CfnWebACL(
            self, "ApiAcl", scope="REGIONAL", name="quotes-api-acl",
            default_action=wafv2.CfnWebACL.DefaultActionProperty(allow={}),
            visibility_config=wafv2.CfnWebACL.VisibilityConfigProperty(
                cloud_watch_metrics_enabled=True, metric_name="quotesAcl", sampled_requests_enabled=True),
            custom_response_bodies={"blocked": wafv2.CfnWebACL.CustomResponseBodyProperty(
                content='{"message":"blocked"}', content_type="APPLICATION_JSON")},
            rules=[
                wafv2.CfnWebACL.RuleProperty(
                    name="BlockList", priority=0,
                    action=wafv2.CfnWebACL.RuleActionProperty(block=wafv2.CfnWebACL.BlockActionProperty(
                        custom_response=wafv2.CfnWebACL.CustomResponseProperty(response_code=403, custom_response_body_key="blocked"))),
                    statement=wafv2.CfnWebACL.StatementProperty(
                        ip_set_reference_statement=wafv2.CfnWebACL.IPSetReferenceStatementProperty(arn=blocked.attr_arn)),
                    visibility_config=wafv2.CfnWebACL.VisibilityConfigProperty(
                        cloud_watch_metrics_enabled=True, metric_name="blockList", sampled_requests_enabled=False)),
                wafv2.CfnWebACL.RuleProperty(
                    name="RateLimit", priority=1,
                    action={"block": {}},
                    statement=wafv2.CfnWebACL.StatementProperty(rate_based_statement=wafv2.CfnWebACL.RateBasedStatementProperty(
                        limit=500, aggregate_key_type="IP", evaluation_window_sec=300,
                        scope_down_statement=wafv2.CfnWebACL.StatementProperty(not_statement=wafv2.CfnWebACL.NotStatementProperty(
                            statement=wafv2.CfnWebACL.StatementProperty(ip_set_reference_statement={"arn": allowed_v6.attr_arn}))))),
                    visibility_config=wafv2.CfnWebACL.VisibilityConfigProperty(cloud_watch_metrics_enabled=True, metric_name="rateLimit", sampled_requests_enabled=True)),
                wafv2.CfnWebACL.RuleProperty(
                    name="AWSCommon", priority=2,
                    override_action=wafv2.CfnWebACL.OverrideActionProperty(none={}),
                    statement=wafv2.CfnWebACL.StatementProperty(managed_rule_group_statement=wafv2.CfnWebACL.ManagedRuleGroupStatementProperty(
                        vendor_name="AWS", name="AWSManagedRulesCommonRuleSet",
                        excluded_rules=[wafv2.CfnWebACL.ExcludedRuleProperty(name="SizeRestrictions_BODY")],
                        rule_action_overrides=[wafv2.CfnWebACL.RuleActionOverrideProperty(
                            name="NoUserAgent_HEADER", action_to_use=wafv2.CfnWebACL.RuleActionProperty(count={}))])),
                    visibility_config=wafv2.CfnWebACL.VisibilityConfigProperty(
                        cloud_watch_metrics_enabled=True, metric_name="awsCommon", sampled_requests_enabled=True)),
                wafv2.CfnWebACL.RuleProperty(
                    name="BadAgents", priority=3,
                    action=wafv2.CfnWebACL.RuleActionProperty(count=wafv2.CfnWebACL.CountActionProperty(
                        custom_request_handling=wafv2.CfnWebACL.CustomRequestHandlingProperty(
                            insert_headers=[wafv2.CfnWebACL.CustomHTTPHeaderProperty(name="x-suspect", value="1")]))),
                    statement=wafv2.CfnWebACL.StatementProperty(and_statement=wafv2.CfnWebACL.AndStatementProperty(statements=[
                        wafv2.CfnWebACL.StatementProperty(regex_pattern_set_reference_statement=wafv2.CfnWebACL.RegexPatternSetReferenceStatementProperty(
                            arn=patterns.attr_arn,
                            field_to_match=wafv2.CfnWebACL.FieldToMatchProperty(single_header={"Name": "user-agent"}),
                            text_transformations=[wafv2.CfnWebACL.TextTransformationProperty(priority=0, type="LOWERCASE")])),
                        wafv2.CfnWebACL.StatementProperty(geo_match_statement=wafv2.CfnWebACL.GeoMatchStatementProperty(country_codes=["XK", "KP"])),
                    ])),
                    rule_labels=[wafv2.CfnWebACL.LabelProperty(name="quotes:suspect")],
                    visibility_config=wafv2.CfnWebACL.VisibilityConfigProperty(
                        cloud_watch_metrics_enabled=False, metric_name="badAgents", sampled_requests_enabled=False)),
            ],
            tags=[cdk.CfnTag(key="team", value="edge")],
        )
        wafv2.CfnWebACLAssociation(self, "StageAcl", resource_arn=stage_arn, web_acl_arn=acl.attr_arn)
        waf_logs = logs.LogGroup(self, "WafLogs", log_group_name="aws-waf-logs-quotes", retention=logs.RetentionDays.ONE_MONTH)
        wafv2.CfnLoggingConfiguration(self, "AclLogging", resource_arn=acl.attr_arn,
                                      log_destination_configs=[cdk.Stack.of(self).format_arn(
                                          service="logs", resource="log-group", resource_name=waf_logs.log_group_name,
                                          arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME)],
                                      redacted_fields=[wafv2.CfnLoggingConfiguration.FieldToMatchProperty(
                                          single_header={"Name": "authorization"})],
                                      logging_filter={"DefaultBehavior": "KEEP", "Filters": [{"Behavior": "DROP", "Requirement": "MEETS_ANY",
                                                      "Conditions": [{"ActionCondition": {"Action": "ALLOW"}}]}]})
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=0)
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True, waf_fail_open=True)
        alb.add_listener("Http", port=80, default_action=elbv2.ListenerAction.fixed_response(200, message_body="ok"))
        wafv2.CfnWebACLAssociation(self, "AlbAcl", resource_arn=alb.load_balancer_arn, web_acl_arn=acl.attr_arn)
        cdk.CfnOutput(self, "AclArn", value=acl.attr_arn)


app = cdk.App()
ProtectedApi(app, "QuotesEdge", env=cdk.Environment(account="123456789012", region="us-west-2"))
app.synth()
