"""Every generated service package: isolated and lazy imports, usable classes, templates cfn-lint accepts."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from apigwv2_integrations.core.app import App
from apigwv2_integrations.core.cfn_resource import CfnResource
from apigwv2_integrations.core.construct import Construct
from apigwv2_integrations.core.stack import Stack
from apigwv2_integrations.core.tags import CfnTag
from apigwv2_integrations.core.tokens.lazy import Lazy
from tests.cfn_lint import assert_cfn_lint_clean

CFN_DIR = Path(__file__).resolve().parents[2] / "src" / "apigwv2_integrations" / "cfn"
MODULES = sorted(p.parent.name for p in CFN_DIR.glob("aws_*/__init__.py"))
ROLE_ARN = "arn:aws:iam::123456789012:role/service"


def _snake(name: str) -> str:
    # jsii's snake_case: lower-upper and acronym-word boundaries, as the generator computes it.
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    return re.sub(r"([A-Z])([A-Z][a-z]+)", r"\1_\2", name).lower()


def _sample_value(kind: Any) -> Any:
    """A value of the property's type: a plain value for scalars, a token for anything else."""
    samples: dict[str, Any] = {"string": "x", "integer": 1, "number": 1, "boolean": True, "json": "x"}
    if kind[0] == "array" and kind[1][0] == "string":
        return ["x"]
    if kind[0] == "array" and kind[1][0] == "tag":
        return [{"key": "k", "value": "v"}]  # a tag manager reads required tags, so no token there
    return samples[kind[0]] if kind[0] in samples else Lazy.any(lambda: "x")


def _module(name: str) -> Any:
    return importlib.import_module(f"apigwv2_integrations.cfn.{name}")


@pytest.mark.parametrize("name", MODULES)
def test_loading_every_class_of_a_service_imports_no_other_service(name: str) -> None:
    code = (
        f"import sys, apigwv2_integrations.cfn.{name} as m; [getattr(m, n) for n in m.__all__]; "
        "print([m for m in sys.modules if m.startswith('apigwv2_integrations.cfn.aws_') and "
        f"m.split('.')[2] != {name!r}])"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_importing_a_service_package_loads_no_resource_module_until_a_name_is_used() -> None:
    code = (
        "import sys; from apigwv2_integrations.cfn import aws_ec2; loaded = lambda: sorted("
        "m for m in sys.modules if m.startswith('apigwv2_integrations.cfn.aws_ec2.')); print(loaded()); "
        "from apigwv2_integrations.cfn.aws_ec2 import CfnVPC; print(loaded()); "
        "print(len(dir(aws_ec2)) >= len(aws_ec2.__all__), set(aws_ec2.__all__) <= set(dir(aws_ec2)))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.splitlines() == ["[]", "['apigwv2_integrations.cfn.aws_ec2.vpc']", "True True"]


def test_a_name_a_service_package_does_not_have_is_an_attribute_error() -> None:
    from apigwv2_integrations.cfn import aws_sqs

    with pytest.raises(AttributeError) as raised:
        aws_sqs.CfnTopic  # noqa: B018
    assert str(raised.value) == "module 'apigwv2_integrations.cfn.aws_sqs' has no attribute 'CfnTopic'"


def test_cfn_package_imports_no_service_module() -> None:
    code = "import sys, apigwv2_integrations.cfn; print([m for m in sys.modules if '.cfn.aws_' in m])"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"


def _resource_classes(module: Any) -> list[type[Any]]:
    return [getattr(module, n) for n in module.__all__ if not n.endswith("Props")]


@pytest.mark.parametrize("name", MODULES)
def test_every_class_is_an_l1_named_as_aws_cdk(name: str) -> None:
    module = _module(name)
    assert module.__all__
    for cls in _resource_classes(module):
        class_name = cls.__name__
        assert issubclass(cls, CfnResource)
        assert class_name == "Cfn" + cls.CFN_RESOURCE_TYPE_NAME.split("::")[2]
        assert cls.CFN_RESOURCE_TYPE_NAME.split("::")[1].lower() == name[len("aws_") :]


@pytest.mark.parametrize("name", MODULES)
def test_every_class_has_a_props_struct_with_its_constructor_keywords(name: str) -> None:
    module = _module(name)
    for cls in _resource_classes(module):
        props = getattr(module, cls.__name__ + "Props")
        assert props.__name__ in module.__all__
        keywords = [
            p for p in inspect.signature(cls.__init__).parameters.values() if p.kind is p.KEYWORD_ONLY
        ]
        fields = {f.name: f.default is attrs.NOTHING for f in attrs.fields(props)}
        assert fields == {p.name: p.default is p.empty for p in keywords}, cls.__name__


@pytest.mark.parametrize("name", MODULES)
def test_every_class_recognises_its_own_instances(name: str, tmp_path: Path) -> None:
    module = _module(name)
    stack = Stack(App(outdir=str(tmp_path)), "Stack")
    other = CfnResource(stack, "Other", type="Custom::Other")
    for cls in _resource_classes(module):
        check = getattr(cls, "is_cfn_" + _snake(cls.__name__[len("Cfn") :]))
        assert not check(other)
        assert not check("x")


@pytest.mark.parametrize("name", MODULES)
def test_every_class_renders_its_required_properties(name: str, tmp_path: Path) -> None:
    module = _module(name)
    stack = Stack(App(outdir=str(tmp_path)), "Stack")
    for cls in _resource_classes(module):
        class_name = cls.__name__
        parameters = inspect.signature(cls.__init__).parameters.values()
        kinds = {row[1]: row[3] for row in cls._CFN_PROPERTIES}
        required = {
            p.name: _sample_value(kinds[p.name])
            for p in parameters
            if p.kind is p.KEYWORD_ONLY and p.default is p.empty
        }
        resource = cls(stack, class_name, **required)
        rendered = {k: v for k, v in resource._cfn_properties().items() if v is not None}
        assert set(rendered) == {row[0] for row in cls._CFN_PROPERTIES if row[1] in required}


# --- cfn-lint -------------------------------------------------------------------------------------


def _apigateway(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_apigateway as m

    api = m.CfnRestApi(stack, "Api", name="api", endpoint_configuration={"types": ["REGIONAL"]})
    books = m.CfnResource(
        stack, "Books", parent_id=api.attr_root_resource_id, path_part="books", rest_api_id=api.ref
    )
    method = m.CfnMethod(
        stack,
        "Get",
        http_method="GET",
        resource_id=books.ref,
        rest_api_id=api.ref,
        authorization_type="NONE",
        integration=m.CfnMethod.IntegrationProperty(type="MOCK"),
    )
    deployment = m.CfnDeployment(stack, "Deployment", rest_api_id=api.ref)
    deployment.add_dependency(method)
    stage = m.CfnStage(stack, "Stage", rest_api_id=api.ref, deployment_id=deployment.ref, stage_name="prod")
    key = m.CfnApiKey(stack, "Key", enabled=True)
    plan = m.CfnUsagePlan(
        stack,
        "Plan",
        api_stages=[m.CfnUsagePlan.ApiStageProperty(api_id=api.ref, stage=stage.ref)],
        quota=m.CfnUsagePlan.QuotaSettingsProperty(limit=100, period="DAY"),
        throttle=m.CfnUsagePlan.ThrottleSettingsProperty(burst_limit=2, rate_limit=10),
    )
    m.CfnUsagePlanKey(stack, "PlanKey", key_id=key.ref, key_type="API_KEY", usage_plan_id=plan.ref)


def _apigatewayv2(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_apigatewayv2 as m

    api = m.CfnApi(stack, "Api", name="api", protocol_type="HTTP", tags={"team": "a"})
    integration = m.CfnIntegration(
        stack,
        "Integration",
        api_id=api.ref,
        integration_type="HTTP_PROXY",
        integration_method="ANY",
        integration_uri="https://example.com",
        payload_format_version="1.0",
        timeout_in_millis=29000,
    )
    m.CfnRoute(
        stack, "Route", api_id=api.ref, route_key="GET /books", target="integrations/" + integration.ref
    )
    m.CfnStage(
        stack,
        "Stage",
        api_id=api.ref,
        stage_name="$default",
        auto_deploy=True,
        access_log_settings=m.CfnStage.AccessLogSettingsProperty(
            destination_arn="arn:aws:logs:us-east-1:1:x", format="$context.requestId"
        ),
    )
    m.CfnVpcLink(
        stack,
        "Link",
        name="link",
        subnet_ids=["subnet-0123456789abcdef0"],
        security_group_ids=["sg-0123456789abcdef0"],
    )


def _lambda(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_lambda as m

    function = m.CfnFunction(
        stack,
        "Function",
        role=ROLE_ARN,
        code=m.CfnFunction.CodeProperty(zip_file="exports.handler = async () => ({});"),
        handler="index.handler",
        runtime="nodejs20.x",
        memory_size=256,
        tracing_config={"mode": "Active"},
        tags=[CfnTag(key="a", value="b")],
    )
    m.CfnPermission(
        stack,
        "Permission",
        action="lambda:InvokeFunction",
        function_name=function.attr_arn,
        principal="apigateway.amazonaws.com",
    )


def _iam(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_iam as m

    trust = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    }
    m.CfnRole(
        stack,
        "Role",
        assume_role_policy_document=trust,
        managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
        policies=[
            m.CfnRole.PolicyProperty(
                policy_name="p", policy_document={"Version": "2012-10-17", "Statement": []}
            )
        ],
    )


def _ec2(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_ec2 as m

    vpc = m.CfnVPC(stack, "Vpc", cidr_block="10.0.0.0/16", enable_dns_hostnames=True, enable_dns_support=True)
    subnet = m.CfnSubnet(
        stack, "Subnet", vpc_id=vpc.ref, cidr_block="10.0.0.0/24", availability_zone="us-east-1a"
    )
    gateway = m.CfnInternetGateway(stack, "Gateway")
    m.CfnVPCGatewayAttachment(stack, "Attachment", vpc_id=vpc.ref, internet_gateway_id=gateway.ref)
    m.CfnEIP(stack, "Eip", domain="vpc")
    m.CfnSecurityGroup(
        stack,
        "Group",
        group_description="web",
        vpc_id=vpc.ref,
        security_group_ingress=[
            m.CfnSecurityGroup.IngressProperty(
                ip_protocol="tcp", from_port=443, to_port=443, cidr_ip="0.0.0.0/0"
            )
        ],
    )
    table = m.CfnRouteTable(stack, "Table", vpc_id=vpc.ref)
    m.CfnSubnetRouteTableAssociation(stack, "Association", subnet_id=subnet.ref, route_table_id=table.ref)


def _elasticloadbalancingv2(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_elasticloadbalancingv2 as m

    balancer = m.CfnLoadBalancer(
        stack,
        "Balancer",
        scheme="internal",
        type="application",
        subnets=["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
        security_groups=["sg-0123456789abcdef0"],
        load_balancer_attributes=[{"key": "deletion_protection.enabled", "value": "false"}],
    )
    group = m.CfnTargetGroup(
        stack, "Targets", port=80, protocol="HTTP", vpc_id="vpc-0123456789abcdef0", target_type="ip"
    )
    m.CfnListener(
        stack,
        "Listener",
        load_balancer_arn=balancer.ref,
        port=80,
        protocol="HTTP",
        default_actions=[m.CfnListener.ActionProperty(type="forward", target_group_arn=group.ref)],
    )


def _servicediscovery(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_servicediscovery as m

    namespace = m.CfnPrivateDnsNamespace(stack, "Namespace", name="local", vpc="vpc-0123456789abcdef0")
    m.CfnService(
        stack,
        "Service",
        name="svc",
        dns_config=m.CfnService.DnsConfigProperty(
            dns_records=[m.CfnService.DnsRecordProperty(type="A", ttl=60)],
            namespace_id=namespace.attr_id,
            routing_policy="MULTIVALUE",
        ),
        health_check_custom_config={"failure_threshold": 1},
    )


def _logs(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_logs as m

    m.CfnLogGroup(stack, "Logs", log_group_name="/api/access", retention_in_days=30)


def _stepfunctions(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_stepfunctions as m

    m.CfnStateMachine(
        stack,
        "Machine",
        role_arn=ROLE_ARN,
        definition_string='{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}',
        state_machine_type="EXPRESS",
    )


def _s3(stack: Stack) -> None:
    from apigwv2_integrations.cfn import aws_s3 as m

    bucket = m.CfnBucket(stack, "Bucket", versioning_configuration={"status": "Enabled"})
    m.CfnBucketPolicy(
        stack,
        "Policy",
        bucket=bucket.ref,
        policy_document={
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": bucket.attr_arn}
            ],
        },
    )


def _sqs(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_sqs as m

    m.CfnQueue(stack, "Queue", visibility_timeout=30, message_retention_period=3600)


def _ecr(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_ecr as m

    m.CfnRepository(
        stack,
        "Repository",
        repository_name="app",
        image_scanning_configuration={"scan_on_push": True},
        image_tag_mutability="IMMUTABLE",
        lifecycle_policy={
            "lifecycle_policy_text": '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any",'
            '"countType":"imageCountMoreThan","countNumber":10},"action":{"type":"expire"}}]}'
        },
    )


def _efs(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_efs as m

    file_system = m.CfnFileSystem(
        stack,
        "FileSystem",
        encrypted=True,
        performance_mode="generalPurpose",
        throughput_mode="bursting",
        lifecycle_policies=[m.CfnFileSystem.LifecyclePolicyProperty(transition_to_ia="AFTER_30_DAYS")],
        file_system_tags=[m.CfnFileSystem.ElasticFileSystemTagProperty(key="Name", value="shared")],
    )
    m.CfnMountTarget(
        stack,
        "MountTarget",
        file_system_id=file_system.ref,
        subnet_id="subnet-12345678",
        security_groups=["sg-12345678"],
    )
    m.CfnAccessPoint(
        stack,
        "AccessPoint",
        file_system_id=file_system.ref,
        posix_user={"uid": "1001", "gid": "1001"},
        root_directory={
            "path": "/lambda",
            "creation_info": {"owner_uid": "1001", "owner_gid": "1001", "permissions": "750"},
        },
    )


def _cloudfront(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_cloudfront as m

    m.CfnDistribution(
        stack,
        "Distribution",
        distribution_config={
            "enabled": True,
            "origins": [
                {
                    "id": "api",
                    "domain_name": "example.execute-api.us-east-1.amazonaws.com",
                    "custom_origin_config": {"origin_protocol_policy": "https-only"},
                }
            ],
            "default_cache_behavior": {
                "target_origin_id": "api",
                "viewer_protocol_policy": "redirect-to-https",
                "cache_policy_id": "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
            },
        },
    )


def _events(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_events as m

    bus = m.CfnEventBus(stack, "Bus", name="bus")
    m.CfnRule(
        stack,
        "Rule",
        event_bus_name=bus.ref,
        event_pattern={"source": ["app"]},
        targets=[m.CfnRule.TargetProperty(id="t", arn="arn:aws:sqs:us-east-1:123456789012:q")],
    )


def _dynamodb(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_dynamodb as m

    m.CfnTable(
        stack,
        "Table",
        key_schema=[m.CfnTable.KeySchemaProperty(attribute_name="pk", key_type="HASH")],
        attribute_definitions=[{"attribute_name": "pk", "attribute_type": "S"}],
        billing_mode="PAY_PER_REQUEST",
    )


def _kinesis(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_kinesis as m

    m.CfnStream(stack, "Stream", shard_count=1, retention_period_hours=24)


def _applicationautoscaling(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_applicationautoscaling as m

    target = m.CfnScalableTarget(
        stack,
        "Target",
        max_capacity=4,
        min_capacity=1,
        resource_id="service/cluster/svc",
        scalable_dimension="ecs:service:DesiredCount",
        service_namespace="ecs",
        scheduled_actions=[
            m.CfnScalableTarget.ScheduledActionProperty(
                schedule="rate(1 hour)",
                scheduled_action_name="Hourly",
                scalable_target_action=m.CfnScalableTarget.ScalableTargetActionProperty(min_capacity=2),
            )
        ],
    )
    m.CfnScalingPolicy(
        stack,
        "Policy",
        policy_name="cpu",
        policy_type="TargetTrackingScaling",
        scaling_target_id=target.ref,
        target_tracking_scaling_policy_configuration=m.CfnScalingPolicy.TargetTrackingScalingPolicyConfigurationProperty(
            target_value=50,
            predefined_metric_specification=m.CfnScalingPolicy.PredefinedMetricSpecificationProperty(
                predefined_metric_type="ECSServiceAverageCPUUtilization"
            ),
        ),
    )


def _ssm(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_ssm as m

    m.CfnParameter(stack, "Parameter", type="String", value="v", name="/app/setting")
    m.CfnDocument(
        stack,
        "Document",
        document_type="Command",
        content={
            "schemaVersion": "2.2",
            "description": "d",
            "mainSteps": [
                {"action": "aws:runShellScript", "name": "run", "inputs": {"runCommand": ["date"]}}
            ],
        },
    )


def _wafv2(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_wafv2 as m

    acl = m.CfnWebACL(
        stack,
        "Acl",
        default_action=m.CfnWebACL.DefaultActionProperty(allow={}),
        scope="REGIONAL",
        visibility_config=m.CfnWebACL.VisibilityConfigProperty(
            cloud_watch_metrics_enabled=True, metric_name="acl", sampled_requests_enabled=True
        ),
        rules=[
            m.CfnWebACL.RuleProperty(
                name="common",
                priority=0,
                override_action=m.CfnWebACL.OverrideActionProperty(none={}),
                statement=m.CfnWebACL.StatementProperty(
                    managed_rule_group_statement=m.CfnWebACL.ManagedRuleGroupStatementProperty(
                        name="AWSManagedRulesCommonRuleSet", vendor_name="AWS"
                    )
                ),
                visibility_config=m.CfnWebACL.VisibilityConfigProperty(
                    cloud_watch_metrics_enabled=True, metric_name="common", sampled_requests_enabled=True
                ),
            )
        ],
    )
    m.CfnWebACLAssociation(
        stack,
        "Association",
        resource_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/x/y",
        web_acl_arn=acl.attr_arn,
    )
    m.CfnIPSet(stack, "Ips", addresses=["10.0.0.0/8"], ip_address_version="IPV4", scope="REGIONAL")


def _cloudformation(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_cloudformation as m

    handle = m.CfnWaitConditionHandle(stack, "Handle")
    m.CfnWaitCondition(stack, "Wait", handle=handle.ref, timeout="600", count=1)
    m.CfnStack(
        stack,
        "Child",
        template_url="https://s3.amazonaws.com/templates-bucket/child.yaml",
        parameters={"Environment": "prod"},
        timeout_in_minutes=30,
    )


def _opensearchserverless(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_opensearchserverless as m

    rules = [{"ResourceType": "collection", "Resource": ["collection/docs"]}]
    encryption = m.CfnSecurityPolicy(
        stack,
        "Encryption",
        name="docs-enc",
        type="encryption",
        policy=json.dumps({"Rules": rules, "AWSOwnedKey": True}),
    )
    network = m.CfnSecurityPolicy(
        stack,
        "Network",
        name="docs-net",
        type="network",
        policy=json.dumps([{"Rules": rules, "AllowFromPublic": True}]),
    )
    collection = m.CfnCollection(
        stack, "Collection", name="docs", type="VECTORSEARCH", tags=[CfnTag(key="team", value="search")]
    )
    collection.add_dependency(encryption)
    collection.add_dependency(network)
    m.CfnAccessPolicy(
        stack,
        "Access",
        name="docs-access",
        type="data",
        policy=json.dumps(
            [
                {
                    "Rules": [{**rules[0], "Permission": ["aoss:DescribeCollectionItems"]}],
                    "Principal": ["arn:aws:iam::123456789012:role/indexer"],
                }
            ]
        ),
    )


def _budgets(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_budgets as m

    budget = m.CfnBudget(
        stack,
        "Budget",
        budget=m.CfnBudget.BudgetDataProperty(
            budget_name="monthly",
            budget_type="COST",
            time_unit="MONTHLY",
            budget_limit=m.CfnBudget.SpendProperty(amount=100, unit="USD"),
            cost_filters={"Service": ["AWS Lambda"]},
        ),
        notifications_with_subscribers=[
            m.CfnBudget.NotificationWithSubscribersProperty(
                notification=m.CfnBudget.NotificationProperty(
                    comparison_operator="GREATER_THAN", notification_type="ACTUAL", threshold=80
                ),
                subscribers=[
                    m.CfnBudget.SubscriberProperty(address="ops@example.com", subscription_type="EMAIL")
                ],
            )
        ],
    )
    action = m.CfnBudgetsAction(
        stack,
        "Action",
        budget_name="monthly",
        action_type="APPLY_IAM_POLICY",
        notification_type="ACTUAL",
        action_threshold=m.CfnBudgetsAction.ActionThresholdProperty(type="PERCENTAGE", value=100),
        definition=m.CfnBudgetsAction.DefinitionProperty(
            iam_action_definition=m.CfnBudgetsAction.IamActionDefinitionProperty(
                policy_arn="arn:aws:iam::aws:policy/AWSDenyAll", roles=["workers"]
            )
        ),
        execution_role_arn=ROLE_ARN,
        subscribers=[m.CfnBudgetsAction.SubscriberProperty(address="ops@example.com", type="EMAIL")],
    )
    action.add_dependency(budget)


def _appconfig(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_appconfig as m

    application = m.CfnApplication(stack, "App", name="app")
    m.CfnEnvironment(stack, "Env", application_id=application.ref, name="prod")
    m.CfnConfigurationProfile(
        stack, "Profile", application_id=application.ref, name="cfg", location_uri="hosted"
    )


def _certificatemanager(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_certificatemanager as m

    m.CfnCertificate(stack, "Certificate", domain_name="api.example.com", validation_method="DNS")


def _route53(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_route53 as m

    zone = m.CfnHostedZone(stack, "Zone", name="example.com")
    m.CfnRecordSet(
        stack,
        "Record",
        hosted_zone_id=zone.ref,
        name="api.example.com",
        type="A",
        alias_target=m.CfnRecordSet.AliasTargetProperty(
            dns_name="d-123.execute-api.us-east-1.amazonaws.com", hosted_zone_id="Z1UJRXOUMOOFQ8"
        ),
    )


def _cloudwatch(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_cloudwatch as m

    m.CfnAlarm(
        stack,
        "Alarm",
        comparison_operator="GreaterThanThreshold",
        evaluation_periods=1,
        metric_name="Errors",
        namespace="AWS/Lambda",
        period=60,
        statistic="Sum",
        threshold=1,
    )


def _cognito(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_cognito as m

    pool = m.CfnUserPool(stack, "Pool", user_pool_name="users")
    m.CfnUserPoolClient(stack, "Client", user_pool_id=pool.ref, generate_secret=False)


def _kms(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_kms as m

    key = m.CfnKey(
        stack,
        "Key",
        key_policy={
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                    "Action": "kms:*",
                    "Resource": "*",
                }
            ],
        },
    )
    m.CfnAlias(stack, "Alias", alias_name="alias/app", target_key_id=key.ref)


def _sns(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_sns as m

    topic = m.CfnTopic(stack, "Topic", display_name="Orders")
    m.CfnSubscription(
        stack, "Subscription", topic_arn=topic.ref, protocol="email", endpoint="ops@example.com"
    )


def _secretsmanager(stack: Construct) -> None:
    from apigwv2_integrations.cfn import aws_secretsmanager as m

    m.CfnSecret(
        stack, "Secret", generate_secret_string=m.CfnSecret.GenerateSecretStringProperty(password_length=24)
    )


TEMPLATES: dict[str, Callable[[Construct], None]] = {
    "aws_apigateway": _apigateway,
    "aws_apigatewayv2": _apigatewayv2,
    "aws_applicationautoscaling": _applicationautoscaling,
    "aws_appconfig": _appconfig,
    "aws_budgets": _budgets,
    "aws_certificatemanager": _certificatemanager,
    "aws_cloudformation": _cloudformation,
    "aws_cloudfront": _cloudfront,
    "aws_cloudwatch": _cloudwatch,
    "aws_cognito": _cognito,
    "aws_dynamodb": _dynamodb,
    "aws_ec2": _ec2,
    "aws_ecr": _ecr,
    "aws_efs": _efs,
    "aws_elasticloadbalancingv2": _elasticloadbalancingv2,
    "aws_events": _events,
    "aws_iam": _iam,
    "aws_kinesis": _kinesis,
    "aws_kms": _kms,
    "aws_lambda": _lambda,
    "aws_logs": _logs,
    "aws_opensearchserverless": _opensearchserverless,
    "aws_route53": _route53,
    "aws_servicediscovery": _servicediscovery,
    "aws_s3": _s3,
    "aws_secretsmanager": _secretsmanager,
    "aws_sns": _sns,
    "aws_sqs": _sqs,
    "aws_ssm": _ssm,
    "aws_stepfunctions": _stepfunctions,
    "aws_wafv2": _wafv2,
}


def test_every_service_has_a_linted_template() -> None:
    assert sorted(TEMPLATES) == MODULES


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_template_of_main_resources_passes_cfn_lint(name: str, tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "Stack")
    TEMPLATES[name](stack)
    template = app.synth().get_stack_by_name("Stack").template
    assert_cfn_lint_clean(template)
